"""Parts turnover and dead stock by ABC class, counted by hand: a part received 13 months
ago and partly issued six and a half months ago, and a part received 14 months ago that
never moved since; both on the KPI figures."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from desktop.models import Part, StockMovement
from desktop.services.common.dates import add_months
from desktop.services.container import Services
from desktop.services.kpi.rules.measures import period
from desktop.services.kpi.service import KpiService
from desktop.services.parts.records import PartForm
from desktop.services.parts.turnover import turnover


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 4, tzinfo=UTC)


def test_turnover_and_dead_stock_by_class(services: Services) -> None:
    today = date.today()
    fast = services.parts.save_part(PartForm("OIL-1", "机油", price="150")).part_id
    slow = services.parts.save_part(PartForm("TRIM-9", "装饰条", price="90")).part_id
    with services.db.write("anna") as s:
        s.get(Part, fast).abc_class = "A"
        s.get(Part, slow).abc_class = "C"
        s.add_all([
            StockMovement(part_id=fast, kind="receipt", quantity=Decimal(10), unit_cost=Decimal(100),
                          at=_moment(add_months(today, -13))),
            StockMovement(part_id=fast, kind="issue", quantity=Decimal(-6), unit_cost=Decimal(100),
                          at=_moment(add_months(today, -6) - timedelta(days=15))),
            StockMovement(part_id=slow, kind="receipt", quantity=Decimal(3), unit_cost=Decimal(50),
                          at=_moment(add_months(today, -14))),
        ])
    kpi = KpiService(services.db, "anna")
    month = period("month", today)
    with services.db.read() as s:  # as of today: the month ends counted back from today
        a, b, c, shop = turnover(s, today)
    # A: 600 issued; the stock was 1,000 at the 6 oldest month ends and 400 at the 7 newest.
    assert (a.issued, a.stock, a.dead, a.parts) == (Decimal("600.00"), Decimal("400.00"), Decimal("0.00"), 1)
    assert a.average == Decimal("676.92") and a.turns == Decimal("0.9")
    assert (b.average, b.turns, b.parts) == (Decimal("0.00"), None, 0)  # no stock: "—", no division by zero
    assert (c.issued, c.stock, c.dead, c.dead_parts, c.turns) == (Decimal("0.00"), Decimal("150.00"),
                                                                  Decimal("150.00"), 1, Decimal("0.0"))
    assert (shop.abc_class, shop.stock, shop.dead, shop.dead_parts) == ("", Decimal("550.00"), Decimal("150.00"), 1)
    assert shop.turns == Decimal("0.7")  # 600 / (676.92 + 150)
    figures = {f.key: f for f in kpi.figures(month)}  # the month: as of its last day
    at_end = kpi.turnover(month)[-1]
    assert (figures["parts_turnover"].numerator, figures["parts_turnover"].denominator) == (at_end.issued,
                                                                                          at_end.average)
    assert figures["parts_turnover"].value == at_end.turns and figures["parts_turnover"].meets is False  # target 4
    assert figures["dead_stock"].value == Decimal("150.00")
    # a year ago the slow part had moved within the twelve months: not dead then
    (*_, then) = kpi.turnover(period("month", add_months(today, -12)))
    assert then.dead == 0 and then.stock == Decimal("1150.00")
    assert kpi.orders_behind("dead_stock", month) == []  # parts, not orders: listed by dead_parts
    assert kpi.dead_parts(month) == [("TRIM-9", "装饰条", "C", Decimal("150.00"))]
    assert "dead_stock" not in {f.key for f in kpi.figures(month, advisor_id=1)}  # the shop's own, not a person's

