"""The measures a service manager runs the department on (DOMAIN.md section 6), pure: what
each counts over what, its unit, which way is better and its usual target, the periods
(month, quarter, year) and whether a figure meets its target.  A figure with nothing to
count over is "—", never a division by zero."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.services.common.dates import add_months
from desktop.services.core.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Measure:
    key: str
    name: str  # untranslated, context "KPI"
    counts: str  # the numerator, in words
    over: str  # the denominator, in words
    unit: str  # "%" | "¥" | "h" | "d" (days) | "x" | "" (a count or a score)
    higher_is_better: bool
    target: Decimal | None  # the usual target (a setting may override)


def _m(key: str, name: str, counts: str, over: str, unit: str, higher: bool, target: str | None) -> Measure:
    return Measure(key, name, counts, over, unit, higher, Decimal(target) if target is not None else None)


MEASURES = {m.key: m for m in (
    _m("rework_rate", QT_TRANSLATE_NOOP("KPI", "Rework rate (返修率)"),
       QT_TRANSLATE_NOOP("KPI", "comebacks delivered"), QT_TRANSLATE_NOOP("KPI", "orders delivered"), "%", False, "3"),
    _m("first_time_fix", QT_TRANSLATE_NOOP("KPI", "First-time fix (一次修复率)"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered that were not comebacks"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered"), "%", True, "97"),
    _m("complaint_rate", QT_TRANSLATE_NOOP("KPI", "Complaint rate (投诉率)"),
       QT_TRANSLATE_NOOP("KPI", "complaints received"), QT_TRANSLATE_NOOP("KPI", "orders delivered"), "%", False, "1"),
    _m("revenue_per_order", QT_TRANSLATE_NOOP("KPI", "Revenue per order (单车产值)"),
       QT_TRANSLATE_NOOP("KPI", "amount of the orders delivered, excl. VAT"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered"), "¥", True, None),
    _m("on_time", QT_TRANSLATE_NOOP("KPI", "On-time delivery (准时交车率)"),
       QT_TRANSLATE_NOOP("KPI", "orders ready by the promised time"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered with a promised time"), "%", True, "90"),
    _m("fill_rate", QT_TRANSLATE_NOOP("KPI", "Parts fill rate (快速的服务率)"),
       QT_TRANSLATE_NOOP("KPI", "orders with parts that never waited for parts"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered with parts"), "%", True, "90"),
    _m("parts_gross_profit", QT_TRANSLATE_NOOP("KPI", "Parts gross profit (配件毛利)"),
       QT_TRANSLATE_NOOP("KPI", "parts sold less their cost, on the orders delivered"), "", "¥", True, None),
    _m("productivity", QT_TRANSLATE_NOOP("KPI", "Technician productivity (生产率)"),
       QT_TRANSLATE_NOOP("KPI", "hours sold on the orders delivered"), QT_TRANSLATE_NOOP("KPI", "hours clocked"),
       "%", True, "100"),
    _m("return_rate", QT_TRANSLATE_NOOP("KPI", "Return rate (回厂率)"),
       QT_TRANSLATE_NOOP("KPI", "of them, customers who came back in the 12 months to the period's end"),
       QT_TRANSLATE_NOOP("KPI", "customers served in the 12 months before"), "%", True, "50"),
    _m("orders", QT_TRANSLATE_NOOP("KPI", "Orders delivered (交车台次)"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered"), "", "", True, None),
    _m("days_to_delivery", QT_TRANSLATE_NOOP("KPI", "Days in the shop (平均在厂天数)"),
       QT_TRANSLATE_NOOP("KPI", "days from arrival to delivery, added up"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered"), "d", False, None),
    _m("efficiency", QT_TRANSLATE_NOOP("KPI", "Technician efficiency (效率)"),
       QT_TRANSLATE_NOOP("KPI", "hours clocked on jobs"), QT_TRANSLATE_NOOP("KPI", "hours at work (attendance)"),
       "%", True, None),
    _m("appointment_share", QT_TRANSLATE_NOOP("KPI", "Appointment share (预约率)"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered that were booked ahead"),
       QT_TRANSLATE_NOOP("KPI", "orders delivered"), "%", True, None),
    _m("no_show_rate", QT_TRANSLATE_NOOP("KPI", "No-show rate (爽约率)"),
       QT_TRANSLATE_NOOP("KPI", "appointments not kept"), QT_TRANSLATE_NOOP("KPI", "appointments due so far"),
       "%", False, None),
    _m("followup_reach", QT_TRANSLATE_NOOP("KPI", "Follow-up reach (回访成功率)"),
       QT_TRANSLATE_NOOP("KPI", "follow-up calls that reached the customer"),
       QT_TRANSLATE_NOOP("KPI", "follow-up calls finished"), "%", True, None),
    _m("service_absorption", QT_TRANSLATE_NOOP("KPI", "Service absorption (服务吸收率)"),
       QT_TRANSLATE_NOOP("KPI", "after-sales gross profit: labour, and parts less their cost"),
       QT_TRANSLATE_NOOP("KPI", "the dealership's fixed costs"), "%", True, "100"),
    _m("maintenance_rate", QT_TRANSLATE_NOOP("KPI", "Maintenance rate (定期保养实施率)"),
       QT_TRANSLATE_NOOP("KPI", "of them, cars serviced here from a month before to two months after"),
       QT_TRANSLATE_NOOP("KPI", "cars whose maintenance fell due in the period"), "%", True, None),
    _m("parts_turnover", QT_TRANSLATE_NOOP("KPI", "Parts turnover (库存周转)"),
       QT_TRANSLATE_NOOP("KPI", "cost of the parts issued in the 12 months to the period's end"),
       QT_TRANSLATE_NOOP("KPI", "average stock value at cost over them"), "x", True, "4"),
    _m("dead_stock", QT_TRANSLATE_NOOP("KPI", "Dead stock (呆滞库存)"),
       QT_TRANSLATE_NOOP("KPI", "stock at cost of the parts with no movement for 12 months"), "", "¥", False, None),
    _m("customer_share", QT_TRANSLATE_NOOP("KPI", "Customer share (顾客占有率)"),
       QT_TRANSLATE_NOOP("KPI", "of them, cars that came back for service within a year of handover"),
       QT_TRANSLATE_NOOP("KPI", "cars the shop sold in the 12 months to a year before the period's end"),
       "%", True, None),
    _m("satisfaction", QT_TRANSLATE_NOOP("KPI", "Satisfaction (回访满意度, 1-5)"),
       QT_TRANSLATE_NOOP("KPI", "scores given on follow-up calls, added up"),
       QT_TRANSLATE_NOOP("KPI", "answers"), "", True, None),
)}

PERIODS = ("month", "quarter", "year")
SHOP_ONLY = frozenset({"maintenance_rate", "parts_turnover", "dead_stock", "customer_share"})  # not one person's


@dataclass(frozen=True)
class Period:
    kind: str  # month | quarter | year
    first: date
    last: date  # inclusive

    @property
    def label(self) -> str:
        if self.kind == "year":
            return f"{self.first.year}"
        if self.kind == "quarter":
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        return f"{self.first:%Y-%m}"

    def before(self) -> Period:
        """The same span just before (last month, last quarter, last year)."""
        months = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        return period(self.kind, add_months(self.first, -months))


def period(kind: str, day: date) -> Period:
    if kind == "year":
        return Period(kind, date(day.year, 1, 1), date(day.year, 12, 31))
    if kind == "quarter":
        first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return Period(kind, first, add_months(first, 3) - timedelta(days=1))
    first = day.replace(day=1)
    return Period("month", first, add_months(first, 1) - timedelta(days=1))


def parse_month(text: str) -> date:
    """2026-11 (or 2026/11, 202611) as its first day; ``ValueError`` otherwise."""
    digits = text.strip().replace("/", "-").replace(".", "-")
    if "-" in digits:
        year, _, month = digits.partition("-")
    else:
        year, month = digits[:4], digits[4:]
    day = date(int(year), int(month), 1)
    if not 1990 <= day.year <= 2100:
        raise ValueError(text)
    return day


def value(measure: Measure, numerator: Decimal, denominator: Decimal | None) -> Decimal | None:
    """The figure: a share in %, an average, or the numerator itself; None ("—") when
    there is nothing to count over."""
    if denominator is None:
        return numerator
    if denominator == 0:
        return None
    raw = numerator / denominator * (100 if measure.unit == "%" else 1)
    return raw.quantize(Decimal("0.01") if measure.unit == "¥" else Decimal("0.1"), ROUND_HALF_UP)


def meets(measure: Measure, figure: Decimal | None, target: Decimal | None) -> bool | None:
    if figure is None or target is None:
        return None
    return figure >= target if measure.higher_is_better else figure <= target


DAYS = QT_TRANSLATE_NOOP("KPI", "days")


def text(measure: Measure, figure: Decimal | None, days: str = DAYS) -> str:
    """The figure as printed: 12.5%, ¥1,234.00, 1.5 days, 46; "—" when there is nothing to
    count over.  ``days``: the word in the reader's language."""
    if figure is None:
        return "—"
    if measure.unit == "¥":
        return f"¥{figure:,.2f}"
    if measure.unit == "d":
        return f"{figure:,} {days}"
    if measure.unit == "%":
        return f"{figure:,}%"
    if measure.unit == "x":
        return f"{figure:,}×"
    return f"{figure:,}"


def target_text(measure: Measure, target: Decimal | None, days: str = DAYS) -> str:
    """A target as printed beside its figure: 3%, ¥650.00, 75 (a split month's 75.00), 1 day;
    empty when there is none."""
    if target is None:
        return ""
    if measure.unit != "¥" and target == target.to_integral():
        target = target.quantize(Decimal(1))
    return text(measure, target, days)
