"""The technicians' clock: jobs clocked on and off at the kiosk, a day's attendance, a job
left on overnight flagged (never closed by the program), the foreman's audited correction,
and the figures it feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.workorders.clock import ClockService
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized, reception

MORNING = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 09:00 in Shenzhen


def technician(workshop: Workshop) -> Desk:
    return Desk(Actor("wang", "王师傅", workshop.tech, frozenset({"technician"}), DEFAULT_GRANTS["technician"]))


def dispatched(services: Services, workshop: Workshop) -> tuple[int, list[int]]:
    o = authorized(services, workshop)
    o = services.workorders.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    return o.id, [x.id for x in o.lines if x.kind == "labour"]


def test_a_technician_clocks_on_pauses_switches_and_clocks_out(services: Services, workshop: Workshop) -> None:
    order_id, (first, *_rest) = dispatched(services, workshop)
    clock = ClockService(services.db).for_person(technician(workshop))
    day = clock.day(workshop.tech, now=MORNING)
    assert next(j.line_id for j in day.jobs) == first and day.clocked_in is None
    clock.clock_on(workshop.tech, first, now=MORNING)  # clocks in for the day too
    clock.clock_off(workshop.tech, first, pause=True, now=MORNING + timedelta(minutes=30))
    clock.clock_on(workshop.tech, first, now=MORNING + timedelta(minutes=45))
    day = clock.day(workshop.tech, now=MORNING + timedelta(minutes=75))
    job = next(j for j in day.jobs if j.line_id == first)
    assert day.clocked_in == MORNING and job.mine_open and job.clocked_hours == Decimal("1.00")
    # A second technician on the same line.
    ClockService(services.db).clock_on(workshop.tech2, first, now=MORNING + timedelta(minutes=60))
    assert clock.day(workshop.tech, now=MORNING + timedelta(minutes=75)).jobs[0].others_on == 1
    stopped = clock.clock_out(workshop.tech, now=MORNING + timedelta(hours=2))
    assert stopped == 1
    hours = ClockService(services.db).line_hours(order_id, now=MORNING + timedelta(hours=2))
    assert hours[first] == Decimal("2.75")  # 0.5 + 1.25 for 王, 1.0 for 陈 (still on)


def test_a_job_left_on_overnight_is_flagged_and_corrected_by_the_foreman(services: Services,
                                                                       workshop: Workshop) -> None:
    _order_id, (first, *_rest) = dispatched(services, workshop)
    clock = ClockService(services.db).for_person(technician(workshop))
    clock.clock_on(workshop.tech, first, now=MORNING)
    next_day = MORNING + timedelta(days=1)
    left = ClockService(services.db).forgotten(now=next_day)
    assert [c.line_id for c in left] == [first] and left[0].ended_at is None  # flagged, not closed
    with pytest.raises(Refused):
        clock.clock_on(workshop.tech, first, now=next_day)  # the foreman corrects it first
    with pytest.raises(NotPermitted):
        clock.correct(left[0].id, MORNING, MORNING + timedelta(hours=3), "忘记打卡")
    foreman = ClockService(services.db, Desk(Actor("sun", "孙主管", None, frozenset({"foreman"}),
                                                   DEFAULT_GRANTS["foreman"])))
    with pytest.raises(ValidationFailed) as info:
        foreman.correct(left[0].id, MORNING, MORNING - timedelta(hours=1), "")
    assert set(info.value.errors) == {"reason", "ended_at"}
    fixed = foreman.correct(left[0].id, MORNING, MORNING + timedelta(hours=3), "下班忘记打卡")
    assert fixed.hours == Decimal("3.00") and fixed.corrected_by == "sun"
    assert foreman.forgotten(now=next_day) == []
    with services.db.engine.connect() as conn:
        entry = conn.execute(text("SELECT \"user\", detail FROM audit_entry WHERE action = 'clocking-corrected'")).one()
    assert entry[0] == "sun" and "下班忘记打卡" in entry[1]


def test_efficiency_and_productivity_come_from_the_clock(services: Services, workshop: Workshop) -> None:
    order_id, lines = dispatched(services, workshop)
    clock = ClockService(services.db)
    clock.clock_in(workshop.tech, now=MORNING)
    clock.clock_on(workshop.tech, lines[0], now=MORNING)
    clock.clock_off(workshop.tech, lines[0], now=MORNING + timedelta(minutes=30))
    clock.clock_out(workshop.tech, now=MORNING + timedelta(hours=8))
    w = services.workorders
    o = w.get(order_id)
    o = w.move(o.id, o.version, "in_progress")
    o = w.move(o.id, o.version, "quality_check")
    o = w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    w.move(o.id, o.version, "delivered")
    today = datetime.now(UTC).astimezone().date()
    figures = {f.name: f for f in clock.technician_figures(MORNING.astimezone().date(), today)}
    wang = figures["王师傅"]
    sold = sum(x.quantity for x in w.get(order_id).lines if x.kind == "labour")
    assert wang.sold_hours == sold and wang.clocked_hours == Decimal("0.50") and wang.attended_hours == Decimal("8.00")
    assert wang.efficiency == (sold / Decimal("0.5")).quantize(Decimal("0.01"))
    assert wang.productivity == Decimal("0.06")


def test_a_technician_may_not_clock_what_is_not_in_the_workshop(services: Services, workshop: Workshop) -> None:
    o = services.workorders.open_order(reception(workshop))
    pkg = next(p for p in services.workorders.packages() if p.code == "P10000")
    o = services.workorders.add_package(o.id, o.version, pkg.id)
    line = next(x.id for x in o.lines if x.kind == "labour")
    with pytest.raises(Refused):
        ClockService(services.db).clock_on(workshop.tech, line, now=MORNING)  # not authorized yet
    cashier = Desk(Actor("sun", "孙收银", None, frozenset({"cashier"}), DEFAULT_GRANTS["cashier"]))
    with pytest.raises(NotPermitted):
        ClockService(services.db, cashier).clock_in(workshop.tech)
