"""The technicians' clock (工时打卡 / 考勤): a technician clocks on and off the labour lines
dispatched to them at the workshop kiosk (several technicians may share a line; a pause
ends one stretch and the next start opens another), and clocks in and out for the day.

A job still clocked on when its day is over is flagged for the foreman, never closed by
the program: only a person knows when the work stopped.  The foreman corrects a wrong
clocking with a reason, and the correction is audited.

This feeds the manager's figures: sold hours / clocked hours (efficiency) and clocked
hours / attendance (productivity), DOMAIN.md section 6.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.models import Attendance, Clocking, Staff, WorkOrder, WorkOrderLine
from desktop.models.base import utcnow
from desktop.services.common.dates import day_start, local_day
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.desk import Desk
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.workorders.in_shop import in_shop_ids
from desktop.services.workorders.rules.workflow import IN_SHOP

HOUR = Decimal(3600)
MAX_SHIFT = timedelta(hours=16)  # a clocking longer than this is certainly a forgotten one


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def hours(seconds: float) -> Decimal:
    return (Decimal(int(seconds)) / HOUR).quantize(Decimal("0.01"))


def clocked(spans: Iterable[tuple[int, datetime, datetime | None]], now: datetime) -> dict[int, Decimal]:
    """Clocked hours per labour line from (line, start, end) stretches; one still open
    counts up to ``now``."""
    seconds: dict[int, float] = {}
    for line, start, end in spans:
        seconds[line] = seconds.get(line, 0) + ((end or now) - start).total_seconds()
    return {line: hours(sec) for line, sec in seconds.items()}


@dataclass(frozen=True)
class JobView:
    """A labour line as the kiosk shows it to the technician."""

    line_id: int
    order_number: str
    plate: str
    description: str
    standard_hours: Decimal
    clocked_hours: Decimal  # by everybody, so far
    mine_open: bool  # this technician is clocked on it now
    others_on: int  # other technicians clocked on it now


@dataclass(frozen=True)
class ClockingView:
    id: int
    staff_id: int
    staff: str
    line_id: int
    order_number: str
    description: str
    started_at: datetime
    ended_at: datetime | None
    ended_by: str
    corrected_by: str
    correction_reason: str

    @property
    def hours(self) -> Decimal:
        end = self.ended_at or utcnow()
        return hours((end - self.started_at).total_seconds())


@dataclass(frozen=True)
class DayView:
    """The technician's day at the kiosk."""

    clocked_in: datetime | None
    clocked_out: datetime | None
    jobs: tuple[JobView, ...]
    forgotten: tuple[ClockingView, ...]  # still on from an earlier day: the foreman corrects


@dataclass(frozen=True)
class TechnicianFigures:
    staff_id: int
    name: str
    sold_hours: Decimal  # standard hours of the labour lines they did, on delivered orders
    clocked_hours: Decimal
    attended_hours: Decimal

    @property
    def efficiency(self) -> Decimal | None:
        return (self.sold_hours / self.clocked_hours).quantize(Decimal("0.01")) if self.clocked_hours else None

    @property
    def productivity(self) -> Decimal | None:
        return (self.clocked_hours / self.attended_hours).quantize(Decimal("0.01")) if self.attended_hours else None


class ClockService(Service):
    def for_person(self, desk: Desk) -> ClockService:
        """The same clock acting for the technician signed in at the kiosk by PIN."""
        return ClockService(self.db, desk)

    # the kiosk ------------------------------------------------------------------------------

    def day(self, staff_id: int, now: datetime | None = None) -> DayView:
        now = now or utcnow()
        today = local_day(now)
        with reading(self.db) as s:
            att = s.scalar(select(Attendance).where(Attendance.staff_id == staff_id, Attendance.day == today)
                           .order_by(Attendance.id.desc()))
            lines = s.execute(
                select(WorkOrderLine, WorkOrder.number, WorkOrder.vehicle_id)
                .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
                .where(WorkOrderLine.work_order_id.in_(in_shop_ids(s)), WorkOrderLine.kind == "labour",
                       WorkOrderLine.approval == "approved",
                       or_(WorkOrderLine.technician_id == staff_id,
                           and_(WorkOrderLine.technician_id.is_(None), WorkOrder.technician_id == staff_id)))
                .order_by(WorkOrder.opened_at, WorkOrderLine.position)).all()
            ids = [line.id for line, _n, _v in lines]
            spans = s.scalars(select(Clocking).where(Clocking.work_order_line_id.in_(ids))).all() if ids else []
            plates = _plates(s, {v for _l, _n, v in lines})
            totals = clocked(((c.work_order_line_id, c.started_at, c.ended_at) for c in spans), now)
            jobs = []
            for line, number, vehicle_id in lines:
                mine = [c for c in spans if c.work_order_line_id == line.id]
                jobs.append(JobView(line.id, number, plates.get(vehicle_id, ""), line.description, line.quantity,
                                    totals.get(line.id, Decimal(0)), any(c.staff_id == staff_id and c.ended_at is None for c in mine),
                                    sum(1 for c in mine if c.staff_id != staff_id and c.ended_at is None)))
            forgotten = tuple(self._views(s, select(Clocking).where(
                Clocking.staff_id == staff_id, Clocking.ended_at.is_(None), Clocking.started_at < day_start(today))))
            return DayView(att.clock_in if att else None, att.clock_out if att else None, tuple(jobs), forgotten)

    def clock_in(self, staff_id: int, now: datetime | None = None) -> None:
        """Start of the working day."""
        self.require("orders.work")
        now = now or utcnow()
        with writing(self.db, self.user) as s:
            self._person(s, staff_id)
            open_day = s.scalar(select(Attendance).where(Attendance.staff_id == staff_id,
                                                         Attendance.day == local_day(now),
                                                         Attendance.clock_out.is_(None)))
            if open_day is None:
                s.add(Attendance(staff_id=staff_id, day=local_day(now), clock_in=now))

    def clock_out(self, staff_id: int, now: datetime | None = None) -> int:
        """End of the working day: the jobs still on are stopped now (the technician says so
        by clocking out).  The number of jobs stopped."""
        self.require("orders.work")
        now = now or utcnow()
        with writing(self.db, self.user) as s:
            day = s.scalar(select(Attendance).where(Attendance.staff_id == staff_id,
                                                    Attendance.day == local_day(now),
                                                    Attendance.clock_out.is_(None)))
            if day is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "You have not clocked in today.")))
            day.clock_out = now
            stopped = 0
            for c in s.scalars(select(Clocking).where(Clocking.staff_id == staff_id, Clocking.ended_at.is_(None),
                                                      Clocking.started_at >= day_start(local_day(now)))):
                c.ended_at, c.ended_by = now, "clock-out"
                stopped += 1
            return stopped

    def clock_on(self, staff_id: int, line_id: int, now: datetime | None = None) -> None:
        """Start (or resume) a job; a job the technician was on is paused first: one pair of
        hands, one job at a time.  Clocks in for the day when they had not."""
        self.require("orders.work")
        now = now or utcnow()
        with writing(self.db, self.user) as s:
            self._person(s, staff_id)
            line = s.get(WorkOrderLine, line_id)
            if line is None or line.kind != "labour":
                raise NotFound("labour line", line_id)
            order = s.get(WorkOrder, line.work_order_id)
            if order is None or order.state not in IN_SHOP or line.approval != "approved":
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "This job is not in the workshop (not authorized, or already done).")))
            for c in s.scalars(select(Clocking).where(Clocking.staff_id == staff_id, Clocking.ended_at.is_(None))):
                if c.started_at < day_start(local_day(now)):
                    raise Refused(_msg(QT_TRANSLATE_NOOP(
                        "Validation", "A job of an earlier day is still clocked on; the foreman corrects it "
                                      "first.")))
                if c.work_order_line_id == line_id:
                    return  # already on it
                c.ended_at, c.ended_by = now, "switch"
            if not s.scalar(select(Attendance.id).where(Attendance.staff_id == staff_id,
                                                        Attendance.day == local_day(now),
                                                        Attendance.clock_out.is_(None))):
                s.add(Attendance(staff_id=staff_id, day=local_day(now), clock_in=now))
            s.add(Clocking(staff_id=staff_id, work_order_line_id=line_id, started_at=now))

    def clock_off(self, staff_id: int, line_id: int, pause: bool = False, now: datetime | None = None) -> None:
        self.require("orders.work")
        now = now or utcnow()
        with writing(self.db, self.user) as s:
            c = s.scalar(select(Clocking).where(Clocking.staff_id == staff_id, Clocking.work_order_line_id == line_id,
                                                Clocking.ended_at.is_(None)))
            if c is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "You are not clocked on this job.")))
            c.ended_at, c.ended_by = now, "pause" if pause else "stop"

    # the foreman ----------------------------------------------------------------------------

    def forgotten(self, now: datetime | None = None) -> list[ClockingView]:
        """Every job left clocked on from an earlier day, or for longer than a shift."""
        now = now or utcnow()
        with reading(self.db) as s:
            q = select(Clocking).where(Clocking.ended_at.is_(None), or_(
                Clocking.started_at < day_start(local_day(now)), Clocking.started_at < now - MAX_SHIFT))
            return self._views(s, q)

    def clockings(self, order_id: int) -> list[ClockingView]:
        with reading(self.db) as s:
            q = (select(Clocking).join(WorkOrderLine, WorkOrderLine.id == Clocking.work_order_line_id)
                 .where(WorkOrderLine.work_order_id == order_id))
            return self._views(s, q)

    def line_hours(self, order_id: int, now: datetime | None = None) -> dict[int, Decimal]:
        """Clocked hours per labour line of an order (open stretches count up to now)."""
        return clocked(((c.line_id, c.started_at, c.ended_at) for c in self.clockings(order_id)), now or utcnow())

    def correct(self, clocking_id: int, started_at: datetime, ended_at: datetime, reason: str) -> ClockingView:
        """The foreman sets a clocking right (a forgotten stop, a wrong start), with the reason."""
        self.require("clock.correct", clocking_id=clocking_id)
        errors: dict[str, Message] = {}
        if not clean(reason):
            errors["reason"] = _msg(QT_TRANSLATE_NOOP("Validation", "Say why the clocking is corrected."))
        if ended_at <= started_at or ended_at - started_at > MAX_SHIFT:
            errors["ended_at"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "The end comes after the start, at most 16 hours later."))
        if ended_at > utcnow() + timedelta(minutes=5):
            errors["ended_at"] = _msg(QT_TRANSLATE_NOOP("Validation", "The end cannot be in the future."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            c = s.get(Clocking, clocking_id)
            if c is None:
                raise NotFound("clocking", clocking_id)
            before = {"started_at": c.started_at, "ended_at": c.ended_at}
            c.started_at, c.ended_at, c.ended_by = started_at, ended_at, "correction"
            c.corrected_by, c.correction_reason = self.user, clean(reason)[:255]
            audit.record(s, "clocking-corrected", "clocking", c.id, before=before,
                         after={"started_at": started_at, "ended_at": ended_at}, reason=c.correction_reason)
            s.flush()
            return self._views(s, select(Clocking).where(Clocking.id == c.id))[0]

    # the figures ----------------------------------------------------------------------------

    def technician_figures(self, since: date, until: date) -> list[TechnicianFigures]:
        """Per technician over the days ``since`` to ``until``: sold hours on the orders
        delivered then, clocked hours and attended hours."""
        start, end = day_start(since), day_start(until + timedelta(days=1))
        with reading(self.db) as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            sold: dict[int, Decimal] = {}
            for tech, qty in s.execute(
                    select(WorkOrderLine.technician_id, WorkOrderLine.quantity)
                    .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
                    .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start,
                           WorkOrder.delivered_at < end, WorkOrderLine.kind == "labour",
                           WorkOrderLine.approval == "approved", WorkOrderLine.technician_id.is_not(None))):
                if tech is not None:
                    sold[tech] = sold.get(tech, Decimal(0)) + qty
            clocked: dict[int, float] = {}
            for staff_id, a, b in s.execute(select(Clocking.staff_id, Clocking.started_at, Clocking.ended_at)
                                            .where(Clocking.started_at >= start, Clocking.started_at < end,
                                                   Clocking.ended_at.is_not(None))):
                if b is not None:
                    clocked[staff_id] = clocked.get(staff_id, 0) + (b - a).total_seconds()
            attended: dict[int, float] = {}
            for staff_id, a, b in s.execute(select(Attendance.staff_id, Attendance.clock_in, Attendance.clock_out)
                                            .where(Attendance.day >= since, Attendance.day <= until,
                                                   Attendance.clock_out.is_not(None))):
                if b is not None:
                    attended[staff_id] = attended.get(staff_id, 0) + (b - a).total_seconds()
            people = sorted(set(sold) | set(clocked) | set(attended), key=lambda i: names.get(i, ""))
            return [TechnicianFigures(i, names.get(i, "?"), sold.get(i, Decimal(0)), hours(clocked.get(i, 0)),
                                      hours(attended.get(i, 0))) for i in people]

    # internals ------------------------------------------------------------------------------

    @staticmethod
    def _person(s: Session, staff_id: int) -> Staff:
        person = s.get(Staff, staff_id)
        if person is None or not person.active:
            raise NotFound("staff", staff_id)
        return person

    @staticmethod
    def _views(s: Session, q: object) -> list[ClockingView]:
        rows = list(s.scalars(q.order_by(Clocking.started_at)))  # type: ignore[attr-defined]
        if not rows:
            return []
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        lines = {i: (n, d) for i, n, d in s.execute(
            select(WorkOrderLine.id, WorkOrder.number, WorkOrderLine.description)
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(WorkOrderLine.id.in_({c.work_order_line_id for c in rows})))}
        return [ClockingView(c.id, c.staff_id, names.get(c.staff_id, "?"), c.work_order_line_id,
                             lines.get(c.work_order_line_id, ("", ""))[0], lines.get(c.work_order_line_id, ("", ""))[1],
                             c.started_at, c.ended_at, c.ended_by, c.corrected_by, c.correction_reason) for c in rows]


def _plates(s: Session, vehicle_ids: set[int]) -> dict[int, str]:
    from desktop.models import Vehicle

    if not vehicle_ids:
        return {}
    return {i: p or "" for i, p in s.execute(select(Vehicle.id, Vehicle.plate).where(Vehicle.id.in_(vehicle_ids)))}
