"""The measures against a small shop counted by hand: ten delivered orders, one of them a
comeback and one that waited for parts, one complaint; the figures with their numerators
and denominators, the orders behind them, a month with no orders ("—", no division by
zero), the periods, and the command line's JSON."""

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.__main__ import main
from desktop.services.aftercare.records import ComplaintForm
from desktop.services.container import Services
from desktop.services.kpi.rules.measures import MEASURES, meets, parse_month, period, value
from desktop.services.kpi.service import KpiService
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop


def deliver(services: Services, workshop: Workshop, km: int, *, rework_of: int | None = None,
            wait: bool = False, late: bool = False) -> int:
    w = services.workorders
    promised = datetime.now().astimezone() + (timedelta(minutes=1) if late else timedelta(hours=3))
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=km, concern="保养",
                                   rework_of_id=rework_of, promised_at=promised))
    o = w.add_line(o.id, o.version, LineForm("labour", "保养工时", "1", "200"))
    o = w.add_line(o.id, o.version, LineForm("part", "机油", "1", "300", part_number="OIL", unit_cost="180"))
    o = w.move(o.id, o.version, "estimated")
    o = w.move(o.id, o.version, "authorized", signed_by="张伟")
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    o = w.move(o.id, o.version, "in_progress")
    if wait:
        o = w.move(o.id, o.version, "waiting_parts")
        o = w.move(o.id, o.version, "in_progress")
    o = w.move(o.id, o.version, "quality_check")
    if late:
        from desktop.models import WorkOrder

        with services.db.write() as s:  # promised a minute ago: ready after the promise
            order = s.get(WorkOrder, o.id)
            assert order is not None
            order.promised_at = datetime.now().astimezone() - timedelta(hours=1)
        o = w.get(o.id)
    o = w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    o = w.move(o.id, o.version, "delivered")
    return o.id


@pytest.fixture
def shop(services: Services, workshop: Workshop) -> list[int]:
    ids = [deliver(services, workshop, 10_000 + i * 100, wait=i == 3, late=i == 5) for i in range(9)]
    ids.append(deliver(services, workshop, 11_000, rework_of=ids[0]))
    services.complaints.open(ComplaintForm(workshop.customer_id, "phone", "quality", "异响没修好",
                                           order_ids=(ids[-1],)))
    return ids


def test_the_figures_of_a_small_shop_counted_by_hand(services: Services, workshop: Workshop,
                                                      shop: list[int]) -> None:
    kpi = KpiService(services.db, "anna")
    month = period("month", date.today())
    figures = {f.key: f for f in kpi.figures(month)}
    assert (figures["orders"].value, figures["rework_rate"].value) == (Decimal(10), Decimal("10.0"))
    assert (figures["rework_rate"].numerator, figures["rework_rate"].denominator) == (1, 10)
    assert figures["first_time_fix"].value == Decimal("90.0") and figures["first_time_fix"].meets is False
    assert figures["complaint_rate"].value == Decimal("10.0")
    assert figures["revenue_per_order"].value == Decimal("500.00")  # 200 labour + 300 oil, excl. VAT
    assert figures["parts_gross_profit"].value == Decimal("1200.00")  # (300 - 180) x 10
    assert (figures["fill_rate"].numerator, figures["fill_rate"].denominator) == (9, 10)
    assert (figures["on_time"].numerator, figures["on_time"].denominator) == (9, 10)
    assert kpi.orders_behind("rework_rate", month) == [(shop[-1], services.workorders.get(shop[-1]).number)]
    assert [i for i, _n in kpi.orders_behind("fill_rate", month)] == [shop[3]]
    assert [i for i, _n in kpi.orders_behind("on_time", month)] == [shop[5]]
    (tech,) = kpi.by_technician(month)
    assert (tech.orders, tech.comebacks, tech.hours_sold) == (10, 1, Decimal(10))
    mine = {f.key: f for f in kpi.figures(month, technician_id=workshop.tech2)}
    assert mine["orders"].value == 0 and mine["rework_rate"].value is None  # "—", not a division by zero


def test_a_month_with_no_orders_shows_dashes(services: Services, workshop: Workshop) -> None:
    figures = {f.key: f for f in KpiService(services.db, "anna").figures(period("month", date(2020, 2, 10)))}
    assert all(f.value is None for k, f in figures.items() if f.denominator is not None)
    assert figures["orders"].value == 0 and figures["rework_rate"].meets is None


def test_periods_values_and_targets() -> None:
    assert period("quarter", date(2026, 11, 30)).first == date(2026, 10, 1)
    assert period("quarter", date(2026, 11, 30)).last == date(2026, 12, 31)
    assert period("month", date(2026, 2, 14)).last == date(2026, 2, 28)
    assert period("month", date(2026, 3, 31)).before().label == "2026-02"
    assert period("year", date(2026, 5, 1)).label == "2026"
    assert parse_month("2026/11") == parse_month("202611") == date(2026, 11, 1)
    with pytest.raises(ValueError):
        parse_month("2026-13")
    rework = MEASURES["rework_rate"]
    assert value(rework, Decimal(1), Decimal(3)) == Decimal("33.3") and value(rework, Decimal(1), Decimal(0)) is None
    assert meets(rework, Decimal("3.0"), Decimal(3)) is True and meets(rework, Decimal("3.1"), Decimal(3)) is False


def test_the_monthly_report_as_json(services: Services, workshop: Workshop, shop: list[int], capsys,  # type: ignore[no-untyped-def]
                                    tmp_path: Path) -> None:
    url = services.db.engine.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["report", "--db", url, "--month", f"{date.today():%Y-%m}", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rework = next(f for f in data["figures"] if f["key"] == "rework_rate")
    assert (rework["numerator"], rework["denominator"], rework["value"]) == ("1", "10", "10.0")
    assert {f["key"] for f in data["figures"]} >= {"maintenance_rate", "parts_turnover", "dead_stock", "customer_share"}
    assert [t["class"] for t in data["stock"]] == ["A", "B", "C", "all"]
    assert main(["report", "--db", url, "--month", "2026-13"]) == 2
    out = tmp_path / "figures.csv"
    assert main(["report", "--db", url, "--month", f"{date.today():%Y-%m}", "--csv", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("key,measure,value")


def test_time_in_the_shop_efficiency_appointments_and_follow_ups(services: Services, workshop: Workshop,
                                                                 shop: list[int]) -> None:
    """Counted by hand: two appointments due (one not kept), one order booked ahead; three
    follow-up calls finished (two reached) with their scores; a technician's day at work."""
    from desktop.models import Appointment, Attendance, Contact, FollowUp, WorkOrder

    now = datetime.now().astimezone()
    today = now.date()
    with services.db.write() as s:
        order = s.get(WorkOrder, shop[1])
        assert order is not None
        for i, state in enumerate(("arrived", "no_show", "cancelled")):
            s.add(Appointment(number=f"YY{i}", slot_at=now - timedelta(minutes=30 + i), advisor_id=workshop.advisor,
                              state=state, work_order_id=shop[1] if state == "arrived" else None))
        s.add(Appointment(number="YY9", slot_at=now + timedelta(days=40), advisor_id=workshop.advisor))  # not yet
        for order_id, state in zip(shop[:4], ("done", "done", "unreachable", "open"), strict=True):
            call = s.scalars(select(FollowUp).where(FollowUp.work_order_id == order_id, FollowUp.round == 1)).one()
            call.due_from, call.state = today, state  # the delivery planned it; called today
        s.add(Contact(kind="followup", by="wu", customer_id=workshop.customer_id, work_order_id=shop[0], reached=True,
                      at=now, reception=5, quality=4, recommend=5))
        s.add(Contact(kind="followup", by="wu", customer_id=workshop.customer_id, work_order_id=shop[1], reached=True,
                      at=now, reception=3, price=2))
        s.add(Attendance(staff_id=workshop.tech, day=today, clock_in=now - timedelta(hours=1),
                         clock_out=now - timedelta(minutes=30)))
    figures = {f.key: f for f in KpiService(services.db, "anna").figures(period("month", today))}
    assert (figures["appointment_share"].numerator, figures["appointment_share"].denominator) == (1, 10)
    assert (figures["no_show_rate"].numerator, figures["no_show_rate"].denominator) == (1, 2)
    assert figures["no_show_rate"].value == Decimal("50.0")
    assert (figures["followup_reach"].numerator, figures["followup_reach"].denominator) == (2, 3)
    assert (figures["satisfaction"].numerator, figures["satisfaction"].denominator) == (19, 5)
    assert figures["satisfaction"].value == Decimal("3.8")
    assert figures["efficiency"].denominator == Decimal("0.50")
    kpi = KpiService(services.db, "anna")
    month = period("month", today)
    assert [i for i, _ in kpi.orders_behind("appointment_share", month)] == [shop[1]]
    assert [i for i, _ in kpi.orders_behind("followup_reach", month)] == [shop[2]]  # not reached
    assert [i for i, _ in kpi.orders_behind("satisfaction", month)] == [shop[1]]  # scored 3 and 2
    assert kpi.orders_behind("no_show_rate", month) == []
    stay = figures["days_to_delivery"]
    assert stay.denominator == 10 and stay.value is not None and Decimal(0) <= stay.value < 1  # the same day


def test_customer_share_counts_the_cars_sold_here_that_came_back(services: Services, workshop: Workshop) -> None:
    """Of the cars the shop sold in the 12 months to a year before the period's end, those
    back for service within a year of the handover: one came back, one never did."""
    from desktop.models import StockCar
    from desktop.services.common.dates import add_months
    from desktop.services.customers.records import CustomerForm, VehicleForm

    today = date.today()
    other = services.customers.create_customer(CustomerForm(name="李雷", phones=["13912345678"]),
                                               VehicleForm(plate="粤B54321", make="大众", model="速腾"))
    with services.db.write("anna") as s:
        s.add(StockCar(vehicle_id=workshop.vehicle_id, arrived_on=add_months(today, -13), buyer_id=workshop.customer_id,
                       handed_over_on=add_months(today, -12)))
        s.add(StockCar(vehicle_id=other.vehicles[0].id, arrived_on=add_months(today, -14), buyer_id=other.id,
                       handed_over_on=add_months(today, -13)))
    kpi = KpiService(services.db, "anna")
    month = period("month", today)
    share = {f.key: f for f in kpi.figures(month)}["customer_share"]
    assert (share.numerator, share.denominator, share.value) == (0, 2, Decimal("0.0"))
    deliver(services, workshop, 25_000)  # a year after the handover to the day: still within the year
    share = {f.key: f for f in kpi.figures(month)}["customer_share"]
    assert (share.numerator, share.denominator, share.value) == (1, 2, Decimal("50.0"))
    a_year_on = period("month", add_months(today, 13))  # the cohort then: sold after these two
    assert {f.key: f for f in kpi.figures(a_year_on)}["customer_share"].value is None  # "—"
