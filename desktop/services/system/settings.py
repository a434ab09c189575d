"""Shop-wide settings, shared by every workstation: declared once here with type, default
and description, stored in the ``shop_setting`` table as text."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import ShopSetting
from desktop.services.common import limits
from desktop.services.core import audit
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing


@dataclass(frozen=True)
class ShopSettingSpec:
    name: str
    type: type
    default: Any
    description: str
    limit: str = ""  # its range in ``rules.limits``, for numbers
    choices: tuple[str, ...] = ()  # the values it may take, for a choice


PAPERS = ("A4", "A5", "241x140", "241x93")  # the forms printing.render lays out

SPECS = {
    s.name: s
    for s in (
        ShopSettingSpec("labour_rate", Decimal, Decimal("120.00"), "Labour rate, yuan per standard hour, excl. VAT", limit="unit_price"),
        ShopSettingSpec("vat_rate", Decimal, Decimal("0.13"), "VAT rate on parts and labour", limit="vat_rate"),
        ShopSettingSpec("rework_days", int, 30, "A return for the same car within this many days may be a comeback", limit="days"),
        ShopSettingSpec("shop_name", str, "", "The shop's name, for documents"),
        ShopSettingSpec("shop_address", str, "", "The shop's address, for documents"),
        ShopSettingSpec("shop_tax_id", str, "", "The shop's taxpayer ID (统一社会信用代码), for invoices"),
        ShopSettingSpec("shop_bank", str, "", "The shop's bank and account number, for invoices"),
        ShopSettingSpec("shop_phone", str, "", "The shop's service phone, for documents"),
        ShopSettingSpec("shop_logo", str, "", "The shop's logo (PNG or JPEG, base64), at the top of documents"),
        ShopSettingSpec("manufacturer_name", str, "", "Who pays warranty work (the manufacturer), on its invoices"),
        ShopSettingSpec("service_interval_km", int, 7500, "Next maintenance due after this many km (delivery report)", limit="km"),
        ShopSettingSpec("service_interval_months", int, 6, "Next maintenance due after this many months", limit="months"),
        ShopSettingSpec("warranty_note", str, "更换的配件保修3个月或5000公里（以先到者为准）。",
                        "The warranty note printed on the delivery report"),
        ShopSettingSpec("job_card_paper", str, "A4", "Paper for job cards and estimates", choices=PAPERS),
        ShopSettingSpec("delivery_report_paper", str, "A4", "Paper for delivery reports", choices=PAPERS),
        ShopSettingSpec("invoice_paper", str, "A4", "Paper for settlement sheets (invoices)", choices=PAPERS),
        ShopSettingSpec("label_sheet", str, "A4-3x8", "Label sheet or roll for bin labels (a preset, or "
                        "custom: page WxH, columns x rows, label WxH, left, top, gaps, in mm)"),
        ShopSettingSpec("discount_limit_pct", Decimal, Decimal("10"),
                        "Discounts above this share of an invoice need a manager's name", limit="discount_pct"),
        ShopSettingSpec("allow_negative_stock", int, 0, "1: parts may be issued beyond the stock on hand"),
        ShopSettingSpec("abc_a_share", Decimal, Decimal("0.80"), "ABC: class A up to this share of consumption value", limit="share"),
        ShopSettingSpec("abc_b_share", Decimal, Decimal("0.95"), "ABC: class B up to this share of consumption value", limit="share"),
        ShopSettingSpec("last_backup_at", str, "", "When the last verified backup was made (ISO time), any PC"),
        ShopSettingSpec("last_backup_where", str, "", "The drive or folder of the last verified backup"),
        ShopSettingSpec("last_backup_by", str, "", "Who made the last verified backup, on which PC"),
        ShopSettingSpec("abc_classified_at", str, "", "When ABC was last reclassified (ISO time; monthly)"),
        ShopSettingSpec("count_days_a", int, 30, "Stock-take: count A parts at least every this many days", limit="days"),
        ShopSettingSpec("count_days_b", int, 90, "Stock-take: count B parts at least every this many days", limit="days"),
        ShopSettingSpec("count_days_c", int, 365, "Stock-take: count C parts at least every this many days", limit="days"),
        ShopSettingSpec("followup_first_from", int, 1, "Follow-up: the first call from this many days after delivery",
                        limit="call_days"),
        ShopSettingSpec("followup_first_by", int, 3, "Follow-up: the first call within this many days of delivery "
                        "(never more than 7)", limit="call_days"),
        ShopSettingSpec("followup_second_from", int, 7, "Follow-up: the second call from this many days after the "
                        "first", limit="call_days"),
        ShopSettingSpec("followup_second_by", int, 14, "Follow-up: the second call within this many days of the first",
                        limit="call_days"),
        ShopSettingSpec("followup_attempts", int, 3, "Follow-up: tries before a customer is closed as unreachable",
                        limit="attempts"),
        ShopSettingSpec("followup_low_score", int, 3, "Follow-up: a score below this opens a complaint", limit="score"),
        ShopSettingSpec("followup_questions", str, "reception quality timeliness price cleanliness recommend",
                        "Follow-up: the questions asked on each call"),
        ShopSettingSpec("followup_clerk", str, "", "Follow-up: whose list new calls go to (a login; empty: anyone's)"),
        ShopSettingSpec("complaint_days", int, 2, "Complaints: resolved within this many working days", limit="call_days"),
        ShopSettingSpec("reception_hours", str, "08:30-17:30", "Appointments: the reception's opening hours"),
        ShopSettingSpec("reception_breaks", str, "12:00-13:30", "Appointments: breaks, no appointments (comma-separated)"),
        ShopSettingSpec("buffer_after", int, 3, "Appointments: booked slots in a row before one stays free for walk-ins",
                        limit="slots"),
        ShopSettingSpec("first_service_km", int, 5000, "Reminders: a new car's first service after this many km",
                        limit="km"),
        ShopSettingSpec("first_service_months", int, 6, "Reminders: a new car's first service after this many months",
                        limit="months"),
        ShopSettingSpec("short_interval_tags", str, "吸烟", "Reminders: customers with these tags are called sooner"),
        ShopSettingSpec("short_interval_months", int, 4, "Reminders: their maintenance interval in months",
                        limit="months"),
        ShopSettingSpec("remind_days", int, 14, "Reminders: call this many days before maintenance is due",
                        limit="days"),
        ShopSettingSpec("inspection_days", int, 30, "Reminders: call this many days before the annual inspection",
                        limit="days"),
        ShopSettingSpec("insurance_days", int, 45, "Reminders: call this many days before the insurance renewal",
                        limit="days"),
        ShopSettingSpec("template_maintenance", str, "{客户}您好，您的爱车{车牌}保养{到期}（约{里程}公里），"
                        "欢迎预约：{门店电话}。", "Reminders: the maintenance message"),
        ShopSettingSpec("template_inspection", str, "{客户}您好，您的爱车{车牌}年审{到期}，本店可代办年审，"
                        "详询{门店电话}。", "Reminders: the annual inspection message"),
        ShopSettingSpec("template_insurance", str, "{客户}您好，您的爱车{车牌}的车险{到期}，续保请联系"
                        "{门店电话}。", "Reminders: the insurance renewal message"),
        ShopSettingSpec("complaint_report_days", int, 2, "Complaints: reported to the manager within this many days",
                        limit="call_days"),
        ShopSettingSpec("warranty_service_grace_months", int, 2,
                        "Warranty: a gap in maintenance longer than the interval and this many months is flagged",
                        limit="months"),
        ShopSettingSpec("warranty_labour_rate", Decimal, Decimal("100.00"),
                        "Claims: the manufacturer's labour rate per standard hour, excl. VAT", limit="unit_price"),
        ShopSettingSpec("warranty_parts_handling_pct", Decimal, Decimal("10"),
                        "Claims: the manufacturer pays parts at the dealer's cost plus this share", limit="discount_pct"),
        ShopSettingSpec("claim_submit_days", int, 30, "Claims: submitted within this many days of the repair",
                        limit="days"),
        ShopSettingSpec("claim_warn_days", int, 7, "Claims: listed as urgent this many days before the deadline",
                        limit="call_days"),
        ShopSettingSpec("sanbao_months", int, 24, "三包: the period in months from the purchase",
                        limit="warranty_months"),
        ShopSettingSpec("sanbao_km", int, 50000, "三包: … or km, whichever comes first", limit="km"),
        ShopSettingSpec("sanbao_same_fault", int, 5, "三包: repairs of the same fault that entitle a replacement",
                        limit="repairs"),
        ShopSettingSpec("sanbao_days_off", int, 35, "三包: days off the road in total that entitle a replacement",
                        limit="days"),
        ShopSettingSpec("sanbao_early_days", int, 60, "三包: a serious fault within this many days of the purchase",
                        limit="days"),
        ShopSettingSpec("sanbao_early_km", int, 3000, "三包: … or this many km", limit="km"),
        ShopSettingSpec("sanbao_warn_repairs", int, 1, "三包: alert this many repairs before the threshold",
                        limit="attempts"),
        ShopSettingSpec("sanbao_warn_days", int, 7, "三包: alert this many days off the road before the threshold",
                        limit="call_days"),
        *(ShopSettingSpec(f"appraisal_band_{g.lower()}", Decimal, Decimal(v),
                          f"Appraisal: grade {g} from this score (an edge takes the higher grade)",
                          limit="appraisal_score") for g, v in (("A", "120"), ("B", "105"), ("C", "90"), ("D", "70"))),
        ShopSettingSpec("appraisal_manager_share", Decimal, Decimal("100"),
                        "Appraisal: the manager's score counts this much (%), the self-score the rest",
                        limit="discount_pct"),
        *(ShopSettingSpec(f"appraisal_pay_{g.lower()}", Decimal, Decimal(v),
                          f"Appraisal: grade {g} multiplies the performance share of the commission by this",
                          limit="pay_factor")
          for g, v in (("A", "1.2"), ("B", "1.1"), ("C", "1.0"), ("D", "0.8"), ("E", "0.5"))),
        ShopSettingSpec("appraisal_figures_day", int, 3,
                        "Appraisal: the owners of the goals' figures enter them by this day of the scoring window",
                        limit="window_day"),
        ShopSettingSpec("appraisal_pay_share", Decimal, Decimal("30"),
                        "Appraisal: the share of the commission (%) that follows the grade", limit="discount_pct"),
        ShopSettingSpec("appraisal_pay_share_managers", Decimal, Decimal("40"),
                        "Appraisal: … for managers and supervisors", limit="discount_pct"),
        ShopSettingSpec("wash_step", str, "on", "Workshop: cars go to the wash after the quality check",
                        choices=("on", "off")),
        ShopSettingSpec("diagnosis_fee", Decimal, Decimal("100.00"),
                        "Workshop: diagnosis fee when a car leaves unrepaired (0: none), excl. VAT",
                        limit="unit_price"),
        ShopSettingSpec("storage_check_days", int, 15, "New cars: storage check every this many days",
                        limit="call_days"),
        ShopSettingSpec("stock_customer_id", int, 0, "New cars: the shop's own customer file for cars in stock"),
        ShopSettingSpec("points_value", Decimal, Decimal("0.01"),
                        "Cards: what one point is worth when paid with, in yuan", limit="point_value"),
        ShopSettingSpec("plan_renewal_days", int, 30, "Plans: listed for a renewal call this many days before "
                        "they end", limit="call_days_long"),
        ShopSettingSpec("rescue_arrive_near", int, 30, "Rescue: minutes to reach a car up to 10 km away",
                        limit="work_minutes"),
        ShopSettingSpec("rescue_arrive_mid", int, 60, "Rescue: minutes to reach a car 10 to 30 km away",
                        limit="work_minutes"),
        ShopSettingSpec("rescue_arrive_far", int, 120, "Rescue: minutes to reach a car further away",
                        limit="work_minutes"),
        ShopSettingSpec("rescue_dispatch_minutes", int, 10, "Rescue: minutes from the call to a van sent",
                        limit="work_minutes"),
        ShopSettingSpec("rescue_callout_price", Decimal, Decimal("200.00"),
                        "Rescue: a call-out's price (excl. VAT) when no plan covers it", limit="unit_price"),
        ShopSettingSpec("rescue_tow_price_km", Decimal, Decimal("10.00"),
                        "Rescue: towing, per km beyond what a plan covers (excl. VAT)", limit="unit_price"),
        ShopSettingSpec("template_notice_ready", str, "{客户}您好，您的爱车{车牌}已完工，可以来提车了。"
                        "工单{工单号}，{门店}，电话{门店电话}。", "Notices: the car is ready"),
        ShopSettingSpec("template_notice_delayed", str, "{客户}您好，很抱歉，您的爱车{车牌}的维修需要更多时间，"
                        "预计{交车时间}完工，届时通知您。{门店}", "Notices: the repair takes longer"),
        ShopSettingSpec("template_notice_parts_arrived", str, "{客户}您好，您的爱车{车牌}所需配件已到货，"
                        "请与服务顾问{服务顾问}约定时间。{门店电话}", "Notices: the parts have arrived"),
        ShopSettingSpec("template_notice_approval", str, "{客户}您好，技师在您的爱车{车牌}上发现以下需要处理的项目："
                        "{追加项目}，合计{追加金额}元，请回复是否同意施工。服务顾问{服务顾问}",
                        "Notices: please approve additional work"),
    )
}


def get(session: Session, name: str) -> Any:
    spec = SPECS[name]
    row = session.get(ShopSetting, name)
    if row is None:
        return spec.default
    try:
        value = spec.type(row.value)
    except (ValueError, ArithmeticError):
        return spec.default
    if spec.limit and limits.problem(value, spec.limit) is not None:
        return spec.default  # written behind the program's back: never trusted out of range
    if spec.choices and value not in spec.choices:
        return spec.default
    return value


def put(session: Session, name: str, value: Any) -> None:
    """Write a setting in the caller's transaction; a number out of its range is refused."""
    spec = SPECS[name]
    if spec.limit:
        reason = limits.problem(value, spec.limit)
        if reason is not None:
            from desktop.services.core.errors import ValidationFailed

            raise ValidationFailed({name: reason})
        value = limits.to_decimal(value)
    if spec.choices and str(value) not in spec.choices:
        from desktop.services.core.errors import ValidationFailed

        raise ValidationFailed({name: Message(QT_TRANSLATE_NOOP("Validation", "Choose one of: {choices}."),
                                              {"choices": ", ".join(spec.choices)})})
    text = str(spec.type(value))
    row = session.get(ShopSetting, name)
    if row is None:
        session.add(ShopSetting(name=name, value=text))
    else:
        row.value = text


class ShopSettings(Service):

    def get(self, name: str) -> Any:
        with reading(self.db) as s:
            return get(s, name)

    def set_logo(self, data: bytes | None) -> None:
        """The shop's logo for printed documents (None removes it)."""
        self.require("settings.edit")
        import base64

        from desktop.services.core.errors import ValidationFailed

        if data is not None:
            problem = check_logo(data)
            if problem is not None:
                raise ValidationFailed({"logo": problem})
        self.set("shop_logo", base64.b64encode(data).decode("ascii") if data else "")

    def set(self, name: str, value: Any) -> None:
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            self._put(s, name, value)

    def set_many(self, values: dict[str, Any]) -> None:
        """Several settings saved together: all of them, or (one out of its range, or not one
        of its choices) none, with every field's message."""
        from desktop.services.core.errors import ValidationFailed

        self.require("settings.edit")
        errors: dict[str, Message] = {}
        for name, value in values.items():
            spec = SPECS[name]
            reason = limits.problem(value, spec.limit) if spec.limit else None
            if reason is not None:
                errors[name] = reason
            elif spec.choices and value not in spec.choices:
                errors[name] = Message(QT_TRANSLATE_NOOP("Validation", "Choose one of the offered values."), {})
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            for name, value in values.items():
                self._put(s, name, value)

    def set_prices(self, labour_rate: object, vat_percent: object) -> None:
        """The labour rate (yuan per standard hour) and the VAT rate as people type it, in
        percent (13 = 13 %), checked together: every screen goes through here."""
        self.require("settings.edit")
        from desktop.services.core.errors import ValidationFailed

        errors: dict[str, Message] = {}
        rate = limits.checked(labour_rate, "unit_price", "labour_rate", errors)
        percent = limits.checked(str(vat_percent).strip().rstrip("%％"), "vat_percent", "vat_rate", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            self._put(s, "labour_rate", rate)
            self._put(s, "vat_rate", percent / 100)

    def check_details(self, values: dict[str, str]) -> dict[str, Message]:
        """What is wrong with the shop's details (name, address, phone, tax id, bank): the
        name is needed, and the service phone follows the one phone rule of the program."""
        from desktop.services.common.phone import parse_phone

        errors: dict[str, Message] = {}
        if not values.get("shop_name", "").strip():
            errors["shop_name"] = Message(QT_TRANSLATE_NOOP("Validation", "Enter the shop's name."))
        phone = values.get("shop_phone", "").strip()
        if phone:
            parsed = parse_phone(phone)
            if isinstance(parsed, Message):
                errors["shop_phone"] = parsed
        return errors

    def set_details(self, values: dict[str, str]) -> None:
        """Save the shop's details, checked as a whole; the phone as the program writes it."""
        self.require("settings.edit")
        from desktop.services.common.phone import parse_phone
        from desktop.services.core.errors import ValidationFailed

        errors = self.check_details(values)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            for name, raw in values.items():
                text = raw.strip()
                parsed = parse_phone(text) if name == "shop_phone" and text else None
                self._put(s, name, (parsed.number if parsed is not None and not isinstance(parsed, Message) else text)[:500])

    def set_printing(self, papers: dict[str, str], label_sheet: str) -> None:
        """The paper per document (job card, delivery report, invoice) and the label sheet
        or roll, checked together."""
        self.require("settings.edit")
        from desktop.services.core.errors import ValidationFailed
        from printing.sheets import parse

        errors: dict[str, Message] = {}
        if parse(label_sheet) is None:
            errors["label_sheet"] = Message(QT_TRANSLATE_NOOP(
                "Validation", "Choose a label sheet, or describe one that fits its page "
                "(custom:210x297:3x8:70x37:0,0.5:0,0)."))
        for name, paper in papers.items():
            if name not in ("job_card_paper", "delivery_report_paper", "invoice_paper") or paper not in PAPERS:
                errors[name] = Message(QT_TRANSLATE_NOOP("Validation", "Choose one of: {choices}."),
                                       {"choices": ", ".join(PAPERS)})
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            for name, paper in papers.items():
                self._put(s, name, paper)
            self._put(s, "label_sheet", label_sheet.strip())

    def vat_percent(self) -> Decimal:
        return (Decimal(self.get("vat_rate")) * 100).normalize()

    @staticmethod
    def _put(s: Session, name: str, value: Any) -> None:
        """Write a setting and put the change on the record (before and after)."""
        before = get(s, name)
        put(s, name, value)
        after = get(s, name)
        if before != after:
            shown = (lambda v: "(image)" if v else "") if name == "shop_logo" else str
            audit.record(s, "setting-changed", "shop_setting", None, name=name, before=shown(before),
                         after=shown(after))


LOGO_MAX_BYTES = 512 * 1024


def logo_bytes(session: Session) -> bytes | None:
    import base64
    import binascii

    text = get(session, "shop_logo")
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def check_logo(data: bytes) -> Message | None:
    """Why an image cannot be the logo (None when it can): PNG or JPEG, at most 512 KB."""
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return Message(QT_TRANSLATE_NOOP("Validation", "Choose a PNG or JPEG image."))
    if len(data) > LOGO_MAX_BYTES:
        return Message(QT_TRANSLATE_NOOP("Validation", "The logo is larger than {size} KB; choose a smaller "
                                         "image."), {"size": LOGO_MAX_BYTES // 1024})
    return None


def is_empty(db: Database) -> bool:
    """No customers, no work orders, no parts: a shop that has not started yet (the first
    run offers its wizard; the demo shop goes only into such a shop)."""
    from sqlalchemy import func, select

    from desktop.models import Customer, Part, WorkOrder

    with db.read() as s:
        return not any(s.scalar(select(func.count()).select_from(model)) for model in (Customer, WorkOrder, Part))
