"""The demo shop's manager's desk is never empty: targets for the year, months of
appraisals with grades (a technician's run of As calls for an award), figures owed by their
owners, meetings held with action items, cars the shop sold that came back, and the
measures with their charts' data."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from desktop.models import Staff, StockCar
from desktop.services.common.dates import add_months
from desktop.services.container import Services
from desktop.services.core.desk import Actor
from desktop.services.core.permissions import ALL
from desktop.services.kpi.rules.measures import period


def test_the_demo_manager_s_desk(demo_shop: tuple[Services, dict[str, Any]]) -> None:
    services, counts = demo_shop
    today = date.today()
    this = today.replace(day=1)
    assert counts["appraisals"] > 0
    orders = next(r for r in services.targets.table(today.year) if r.key == "orders")
    assert orders.year == 900 and orders.year_own
    scored = services.appraisals.month(add_months(this, -2))
    assert len(scored) > 5 and all(r.grade for r in scored if r.state in ("scored", "signed"))
    last = services.appraisals.month(add_months(this, -1))
    assert {"award", "plan"} <= {r.due for r in last}  # three As in a row; two Ds in a row
    assert services.appraisals.month(this)  # this month's goals agreed
    held = [m for m in services.meetings.meetings() if m.state == "held"]
    assert len(held) >= 6
    with services.db.read() as s:
        sold = s.scalar(select(func.count()).select_from(StockCar).where(StockCar.handed_over_on.is_not(None)))
        clerk = s.execute(select(Staff.id, Staff.login).where(Staff.role == "information")).first()
    assert sold and sold > 1
    month = period("month", add_months(this, -1))
    figures = {f.key: f for f in services.kpi.figures(month)}
    assert figures["orders"].value and figures["orders"].value > 0
    assert figures["service_absorption"].value is not None  # the fixed costs entered month by month
    assert [t.abc_class for t in services.kpi.turnover(month)] == ["A", "B", "C", ""]
    # the information clerk owes last month's figure of one advisor's goal
    assert clerk is not None
    desk = services.desk
    try:
        desk.sign_in(Actor(clerk.login, clerk.login, clerk.id, frozenset({"information"}), ALL))
        owed = services.figures.to_enter()
    finally:
        desk.sign_in(Actor("anna", "anna", None, frozenset({"manager"}), ALL))
    assert len(owed) == 1 and owed[0].month == add_months(this, -1)
