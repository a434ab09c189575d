"""Targets set for the year and split to months and people (a total in twelve equal months
and equal shares, a rate the same everywhere), months and people set by hand, what a
quarter and the year to date are held to; the fixed costs behind service absorption; bad
input refused where it was typed, and only a manager may set them."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.container import Services
from desktop.services.core.desk import Actor, NotPermitted
from desktop.services.core.errors import ValidationFailed
from desktop.services.kpi.rules import targets as rules
from desktop.services.kpi.rules.measures import MEASURES, Period, period
from desktop.services.kpi.service import KpiService
from tests.conftest import Workshop
from tests.services.kpi.test_kpi import shop  # noqa: F401  (ten orders delivered today, one a comeback)


def test_the_default_split() -> None:
    orders, rework = MEASURES["orders"], MEASURES["rework_rate"]
    assert rules.adds_up(orders) and not rules.adds_up(rework)
    assert rules.month_default(orders, Decimal("1200")) == Decimal("100.00")
    assert rules.month_default(rework, Decimal("3")) == Decimal("3")
    assert rules.person_default(orders, Decimal("100"), 3) == Decimal("33.33")
    assert rules.person_default(rework, Decimal("3"), 3) == Decimal("3")
    months = rules.months_of(Decimal("1200"), {2: Decimal("40")}, orders)
    assert months[1] == Decimal("100.00") and months[2] == Decimal("40")
    assert rules.for_months(orders, Decimal("1200"), months, 1, 3) == Decimal("240.00")
    assert rules.for_months(rework, Decimal("3"), rules.months_of(Decimal("3"), {}, rework), 1, 12) == Decimal("3")
    assert rules.month_default(MEASURES["revenue_per_order"], None) is None


def test_targets_by_year_month_and_person(services: Services, workshop: Workshop,
                                          shop: list[int]) -> None:  # noqa: F811
    year = date.today().year
    targets = services.targets
    row = targets.set_target(year, 0, "orders", "1200")
    assert row.year_own and row.months[0] == Decimal("100.00") and not any(row.own)
    row = targets.set_target(year, date.today().month, "orders", "8")  # a quiet month
    assert row.months[date.today().month - 1] == Decimal("8") and row.own[date.today().month - 1]
    kpi = KpiService(services.db, "anna")
    month = period("month", date.today())
    figures = {f.key: f for f in kpi.figures(month)}
    assert figures["orders"].target == Decimal("8") and figures["orders"].meets is True  # 10 delivered
    assert figures["rework_rate"].target == Decimal("3") and figures["rework_rate"].meets is False  # the usual
    ytd = {f.key: f for f in kpi.figures(Period("year", date(year, 1, 1), month.last))}
    assert ytd["orders"].target == Decimal("100.00") * (date.today().month - 1) + 8
    targets.set_target(year, 0, "rework_rate", "2.5")
    assert {f.key: f for f in kpi.figures(month)}["rework_rate"].target == Decimal("2.5")
    # People: the technicians share the shop's month; one of them has their own
    (mine,) = [r for r in targets.table(year, workshop.tech, "technician") if r.key == "orders"]
    assert mine.months[date.today().month - 1] == Decimal("4.00")  # 8 between two technicians
    targets.set_target(year, date.today().month, "orders", "9", person=workshop.tech, role="technician")
    theirs = {f.key: f for f in kpi.figures(month, technician_id=workshop.tech)}
    assert theirs["orders"].target == Decimal("9") and theirs["orders"].meets is True
    assert targets.set_target(year, date.today().month, "orders", "", person=workshop.tech,
                              role="technician").months[date.today().month - 1] == Decimal("4.00")  # back to the split
    with pytest.raises(ValidationFailed) as bad:
        targets.set_target(year, 0, "rework_rate", "200%")
    assert "value" in bad.value.errors
    with pytest.raises(ValidationFailed):
        targets.set_target(year, 0, "rework_rate", "1001")
    with pytest.raises(ValidationFailed):
        targets.set_target(year, 13, "orders", "1")
    with pytest.raises(ValidationFailed):
        targets.set_target(year, 0, "no_such_measure", "1")


def test_service_absorption_needs_every_month_s_fixed_costs(services: Services, workshop: Workshop,
                                                             shop: list[int]) -> None:  # noqa: F811
    today = date.today()
    kpi = KpiService(services.db, "anna")
    month = period("month", today)
    absorption = {f.key: f for f in kpi.figures(month)}["service_absorption"]
    assert absorption.value is None  # no costs entered: "—", not a division by zero
    assert absorption.numerator == Decimal("2000") + Decimal("1200.00")  # labour, and parts less their cost
    with services.db.write("anna") as s:  # one part fitted at the shop's own cost: it earns nothing
        from desktop.models import WorkOrderLine

        line = s.query(WorkOrderLine).filter_by(work_order_id=shop[0], kind="part").first()
        assert line is not None
        line.payer, internal = "internal", line.amount - (line.unit_cost * line.quantity).quantize(Decimal("0.01"))
    figures = {f.key: f for f in kpi.figures(month)}
    assert internal > 0 and figures["service_absorption"].numerator == Decimal("3200.00") - internal
    assert figures["parts_gross_profit"].numerator == Decimal("1200.00")  # still the parts counter's margin
    with services.db.write("anna") as s:
        s.get(WorkOrderLine, line.id).payer = "customer"
    cost = services.targets.set_fixed_cost(today, "3,200", "房租、工资、折旧")
    assert cost.amount == Decimal("3200.00") and cost.month == today.replace(day=1)
    absorption = {f.key: f for f in kpi.figures(month)}["service_absorption"]
    assert absorption.value == Decimal("100.0") and absorption.meets is True
    if today.month > 1:  # the year to date lacks the earlier months' costs
        ytd = {f.key: f for f in kpi.figures(Period("year", date(today.year, 1, 1), month.last))}
        assert ytd["service_absorption"].value is None
    with pytest.raises(ValidationFailed):
        services.targets.set_fixed_cost(today, "-1")
    assert [c.amount for c in services.targets.fixed_costs(today.year)][today.month - 1] == Decimal("3200.00")
    services.targets.set_fixed_cost(today, "")
    assert services.targets.fixed_costs(today.year)[today.month - 1].amount is None


def test_only_a_manager_sets_targets(services: Services, workshop: Workshop) -> None:
    services.desk.sign_in(Actor("lina", "李娜", None, frozenset({"advisor"}), frozenset({"orders.lines"})))
    with pytest.raises(NotPermitted):
        services.targets.set_target(date.today().year, 0, "orders", "100")
    with pytest.raises(NotPermitted):
        services.targets.set_fixed_cost(date.today(), "100")
