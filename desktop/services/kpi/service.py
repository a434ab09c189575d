"""The manager's measures computed from the records (DOMAIN.md section 6): for a month,
quarter or year, for the shop or one advisor or technician, each with its numerator and
denominator (so it can be checked), its target and whether it meets it; and the orders
behind a figure (the comebacks behind the rework rate, the late orders behind on-time
delivery).  Aggregates in SQL, a handful of reads per period whatever the shop's size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Numeric,
    Select,
    and_,
    exists,
    func,
    intersect,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.models import (
    Appointment,
    Attendance,
    Clocking,
    Complaint,
    ComplaintOrder,
    Contact,
    FollowUp,
    Staff,
    StockCar,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderLine,
)
from desktop.services.common.dates import add_months, day_span, local_day
from desktop.services.core.service import Service
from desktop.services.core.uow import reading
from desktop.services.kpi.rules.measures import MEASURES, Period, meets, value
from desktop.services.kpi.targets import fixed_costs_in, people_in, targets_in
from desktop.services.parts.turnover import Turnover, dead_parts, turnover
from desktop.services.reminders.kpi import maintenance_rate

ZERO = Decimal(0)


@dataclass(frozen=True)
class Figure:
    key: str
    value: Decimal | None  # None: nothing to count over ("—")
    numerator: Decimal
    denominator: Decimal | None  # None: the figure is a sum, not a ratio
    target: Decimal | None
    meets: bool | None

    @property
    def name(self) -> str:
        return MEASURES[self.key].name


@dataclass(frozen=True)
class PersonRow:
    staff_id: int
    name: str
    orders: int
    revenue: Decimal
    comebacks: int
    hours_sold: Decimal
    hours_clocked: Decimal

    @property
    def productivity(self) -> Decimal | None:
        return value(MEASURES["productivity"], self.hours_sold, self.hours_clocked)


def _hours(s: Session, start: object, end: object, staff_id: int | None = None) -> dict[int, Decimal]:
    """Hours clocked on jobs per person between two moments (open clockings count to now)."""
    q = select(Clocking.staff_id, Clocking.started_at, Clocking.ended_at).where(
        Clocking.started_at >= start, Clocking.started_at < end, Clocking.ended_at.is_not(None))
    if staff_id is not None:
        q = q.where(Clocking.staff_id == staff_id)
    out: dict[int, Decimal] = {}
    for sid, started, ended in s.execute(q):
        if ended is not None:
            out[sid] = out.get(sid, ZERO) + Decimal((ended - started).total_seconds()) / 3600
    return {k: v.quantize(Decimal("0.01")) for k, v in out.items()}


def _figure(key: str, numerator: Decimal, denominator: Decimal | None, target: Decimal | None) -> Figure:
    measure = MEASURES[key]
    figure = value(measure, numerator, denominator)
    return Figure(key, figure, numerator, denominator, target, meets(measure, figure, target))


def _profit(sales: object, cost_fen: object) -> Decimal:
    """Parts sold less their cost kept in fen (each line's cost rounded to the fen, summed)."""
    return (Decimal(str(sales or 0)) - Decimal(str(cost_fen or 0)).scaleb(-2)).quantize(Decimal("0.01"))


def _days(s: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """Days between two moments, in SQL (a year of orders is not read row by row)."""
    if s.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start) / 86400
    return func.julianday(end) - func.julianday(start)


def _attendance(s: Session, start: object, end: object, staff_id: int | None = None) -> dict[int, Decimal]:
    """Hours at work per person (clocked in to out at the kiosk) between two moments."""
    q = select(Attendance.staff_id, Attendance.clock_in, Attendance.clock_out).where(
        Attendance.clock_in >= start, Attendance.clock_in < end, Attendance.clock_out.is_not(None))
    if staff_id is not None:
        q = q.where(Attendance.staff_id == staff_id)
    out: dict[int, Decimal] = {}
    for sid, came, left in s.execute(q):
        if left is not None:
            out[sid] = out.get(sid, ZERO) + Decimal((left - came).total_seconds()) / 3600
    return {k: v.quantize(Decimal("0.01")) for k, v in out.items()}


class KpiService(Service):

    def figures(self, span: Period, advisor_id: int | None = None, technician_id: int | None = None, *,
                maintenance: bool = True) -> list[Figure]:
        """Every measure for the period (for the shop, or one advisor's orders, or one
        technician's work).  ``maintenance=False`` leaves out the maintenance rate, the one
        slow figure (every car's next due day from its visits and odometer): the page shows
        the rest at once and adds it when ``maintenance_figure`` has counted it."""
        self.require("kpi.view")
        with reading(self.db) as s:
            start, end = day_span(span.first, span.last)
            delivered = self._delivered(start, end, advisor_id, technician_id)
            ids = delivered.subquery()
            orders, comebacks = s.execute(select(func.count(), func.count(ids.c.rework_of_id))).one()
            lines = select(WorkOrderLine).where(WorkOrderLine.work_order_id.in_(select(ids.c.id)),
                                                WorkOrderLine.approval == "approved").subquery()
            revenue = s.scalar(select(func.coalesce(func.sum(lines.c.amount), 0)))
            # Money is kept in fen: the cost of each line rounded to the fen, summed in fen.
            cost = func.round(lines.c.unit_cost * lines.c.quantity)
            outside = lines.c.payer != "internal"  # the shop's own work earns nothing
            sales, cost_fen, sales_out, cost_out = s.execute(select(
                func.coalesce(func.sum(lines.c.amount), 0),
                type_coerce(func.coalesce(func.sum(cost), 0), Numeric()),
                func.coalesce(func.sum(lines.c.amount).filter(outside), 0),
                type_coerce(func.coalesce(func.sum(cost).filter(outside), 0), Numeric()))
                .where(lines.c.kind == "part")).one()
            parts_profit = _profit(sales, cost_fen)
            earned = _profit(sales_out, cost_out)  # what absorbs the fixed costs: the customers' money
            sold = s.scalar(select(func.coalesce(func.sum(lines.c.quantity), 0)).where(lines.c.kind == "labour"))
            labour = s.scalar(select(func.coalesce(func.sum(lines.c.amount), 0)).where(
                lines.c.kind == "labour", outside))
            fixed = fixed_costs_in(s, span.first, span.last)
            complaints = s.scalar(self._complaints(start, end, advisor_id, technician_id))
            promised, in_time = s.execute(
                select(func.count(ids.c.promised_at), func.count(ids.c.id).filter(self._ready_by_promise(ids)))
                .where(ids.c.promised_at.is_not(None))).one()
            with_parts = select(lines.c.work_order_id).where(lines.c.kind == "part").distinct().subquery()
            waited = exists().where(WorkOrderEvent.work_order_id == with_parts.c.work_order_id,
                                    WorkOrderEvent.to_state == "waiting_parts")
            parted, unwaited = s.execute(select(func.count(), func.count().filter(~waited))
                                         .select_from(with_parts)).one()
            clocked = sum(_hours(s, start, end, technician_id).values(), ZERO)
            came_back, base = self._return(s, span)
            days = s.scalar(select(func.coalesce(func.sum(_days(s, ids.c.opened_at, ids.c.delivered_at)), 0)))
            booked = s.scalar(select(func.count(func.distinct(Appointment.work_order_id))).where(
                Appointment.work_order_id.in_(select(ids.c.id)))) or 0
            attended = sum(_attendance(s, start, end, technician_id).values(), ZERO)
            no_shows, due = self._appointments(s, start, min(end, self.clock()), advisor_id, technician_id)
            reached, calls, score, answers = self._follow_ups(s, span, start, end, advisor_id, technician_id)
            person = advisor_id or technician_id or 0
            if not person:
                upkeep = maintenance_rate(s, span.first, span.last) if maintenance else None
                parts = turnover(s, span.last)[-1]
                came_back_sold, sold_cars = self._customer_share(s, span)
            people = people_in(s, "advisor" if advisor_id else "technician") if person else 1
            targets = targets_in(s, span, person, people)
        raw: dict[str, tuple[Decimal, Decimal | None]] = {
            "rework_rate": (Decimal(comebacks), Decimal(orders)),
            "first_time_fix": (Decimal(orders - comebacks), Decimal(orders)),
            "complaint_rate": (Decimal(complaints or 0), Decimal(orders)),
            "revenue_per_order": (Decimal(revenue or 0), Decimal(orders)),
            "on_time": (Decimal(in_time), Decimal(promised)),
            "fill_rate": (Decimal(unwaited), Decimal(parted)),
            "parts_gross_profit": (Decimal(parts_profit or 0), None),
            "productivity": (Decimal(sold or 0), clocked),
            "return_rate": (Decimal(came_back), Decimal(base)),
            "orders": (Decimal(orders), None),
            "days_to_delivery": (Decimal(str(round(float(days or 0), 2))), Decimal(orders)),
            "efficiency": (clocked, attended),
            "appointment_share": (Decimal(booked), Decimal(orders)),
            "no_show_rate": (Decimal(no_shows), Decimal(due)),
            "followup_reach": (Decimal(reached), Decimal(calls)),
            "satisfaction": (Decimal(score), Decimal(answers)),
            "service_absorption": (Decimal(labour or 0) + earned, fixed if fixed is not None else ZERO),
        }
        if not person:  # the shop's own: cars due for maintenance, the shelves
            if upkeep is not None:
                raw["maintenance_rate"] = (Decimal(upkeep.done), Decimal(upkeep.due))
            raw["parts_turnover"] = (parts.issued, parts.average)
            raw["dead_stock"] = (parts.dead, None)
            raw["customer_share"] = (Decimal(came_back_sold), Decimal(sold_cars))
        return [_figure(key, *raw[key], targets[key]) for key in MEASURES if key in raw]  # (a person: not the shop's own)

    def maintenance_figure(self, span: Period) -> Figure:
        """The shop's maintenance rate for the period, with its target (a second or two on a
        big shop: the page counts it in the background)."""
        self.require("kpi.view")
        with reading(self.db) as s:
            upkeep = maintenance_rate(s, span.first, span.last)
            goal = targets_in(s, span)["maintenance_rate"]
        return _figure("maintenance_rate", Decimal(upkeep.done), Decimal(upkeep.due), goal)

    def trend(self, spans: list[Period]) -> list[tuple[int, int, Decimal]]:
        """Per period: orders delivered, of them comebacks, and their amount excl. VAT (the
        twelve months on the report's charts): two range reads a period, not every measure."""
        self.require("kpi.view")
        out = []
        with reading(self.db) as s:
            for span in spans:
                start, end = day_span(span.first, span.last)
                ids = self._delivered(start, end).subquery()
                orders, comebacks = s.execute(select(func.count(), func.count(ids.c.rework_of_id))).one()
                amount = s.scalar(select(func.coalesce(func.sum(WorkOrderLine.amount), 0)).where(
                    WorkOrderLine.work_order_id.in_(select(ids.c.id)), WorkOrderLine.approval == "approved"))
                out.append((int(orders), int(comebacks), Decimal(amount or 0)))
        return out

    def revenue_split(self, span: Period) -> dict[tuple[str, str], Decimal]:
        """The amount of the orders delivered in the period (excl. VAT) by (payer, kind):
        what the customers, the manufacturer (warranty), the insurers and the shop itself
        (internal) paid for labour and for parts."""
        self.require("kpi.view")
        with reading(self.db) as s:
            start, end = day_span(span.first, span.last)
            rows = s.execute(select(WorkOrderLine.payer, WorkOrderLine.kind, func.sum(WorkOrderLine.amount))
                             .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
                             .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start,
                                    WorkOrder.delivered_at < end, WorkOrderLine.approval == "approved")
                             .group_by(WorkOrderLine.payer, WorkOrderLine.kind))
            return {(payer, kind): Decimal(amount or 0) for payer, kind, amount in rows}

    def turnover(self, span: Period) -> list[Turnover]:
        """Parts turnover and dead stock by ABC class (and the shop's) at the period's end."""
        self.require("kpi.view")
        with reading(self.db) as s:
            return turnover(s, span.last)

    def dead_parts(self, span: Period) -> list[tuple[str, str, str, Decimal]]:
        """The parts behind the dead-stock figure at the period's end: (number, name, class,
        value at cost), the dearest first."""
        self.require("kpi.view")
        with reading(self.db) as s:
            return dead_parts(s, span.last)

    def by_advisor(self, span: Period) -> list[PersonRow]:
        return self._people(span, WorkOrder.advisor_id)

    def by_technician(self, span: Period) -> list[PersonRow]:
        return self._people(span, WorkOrder.technician_id)

    def orders_behind(self, key: str, span: Period) -> list[tuple[int, str]]:
        """The orders a figure counts (the comebacks, the late ones, those that waited for
        parts, those booked ahead, those whose follow-up call failed or scored 3 or less;
        the delivered orders otherwise): (id, number), newest first."""
        self.require("kpi.view")
        with reading(self.db) as s:
            start, end = day_span(span.first, span.last)
            q = self._delivered(start, end)
            ids = q.subquery()
            if key in ("rework_rate", "first_time_fix"):
                chosen = select(ids.c.id).where(ids.c.rework_of_id.is_not(None))
            elif key == "on_time":
                chosen = select(ids.c.id).where(ids.c.promised_at.is_not(None), ~self._ready_by_promise(ids))
            elif key == "fill_rate":
                chosen = select(ids.c.id).where(exists().where(WorkOrderEvent.work_order_id == ids.c.id,
                                                               WorkOrderEvent.to_state == "waiting_parts"))
            elif key == "appointment_share":
                chosen = select(Appointment.work_order_id).where(Appointment.work_order_id.in_(select(ids.c.id)))
            elif key == "followup_reach":  # the customers the calls did not reach
                chosen = select(FollowUp.work_order_id).where(
                    FollowUp.due_from >= span.first, FollowUp.due_from <= span.last, FollowUp.state == "unreachable")
            elif key == "satisfaction":  # a score of 3 or less on any question
                low = [q <= 3 for q in (Contact.reception, Contact.quality, Contact.timeliness, Contact.price,
                                        Contact.cleanliness, Contact.recommend)]
                chosen = select(Contact.work_order_id).where(
                    Contact.kind == "followup", Contact.at >= start, Contact.at < end, or_(*low))
            elif key == "maintenance_rate":  # the cars due that did not come back: their last service
                missed = maintenance_rate(s, span.first, span.last).missed
                chosen = select(WorkOrder.id).where(WorkOrder.id.in_(missed))
            elif key in ("no_show_rate", "parts_turnover", "dead_stock", "customer_share"):
                return []  # appointments not kept have no order; the shelves are on the parts pages
            else:
                chosen = select(ids.c.id)
            return [(i, n) for i, n in s.execute(select(WorkOrder.id, WorkOrder.number).where(
                WorkOrder.id.in_(chosen)).order_by(WorkOrder.delivered_at.desc()))]

    # reads ---------------------------------------------------------------------------------

    @staticmethod
    def _delivered(start: object, end: object, advisor_id: int | None = None,
                   technician_id: int | None = None) -> Select:  # type: ignore[type-arg]
        q = select(WorkOrder.id, WorkOrder.rework_of_id, WorkOrder.promised_at, WorkOrder.advisor_id,
                   WorkOrder.technician_id, WorkOrder.opened_at, WorkOrder.delivered_at).where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start,
                                                  WorkOrder.delivered_at < end)
        if advisor_id is not None:
            q = q.where(WorkOrder.advisor_id == advisor_id)
        if technician_id is not None:
            q = q.where(WorkOrder.technician_id == technician_id)
        return q

    @staticmethod
    def _ready_by_promise(ids: object) -> ColumnElement[bool]:
        ready = (select(func.min(WorkOrderEvent.at)).where(WorkOrderEvent.work_order_id == ids.c.id,  # type: ignore[attr-defined]
                                                           WorkOrderEvent.to_state == "ready").scalar_subquery())
        return and_(ready.is_not(None), ready <= ids.c.promised_at)  # type: ignore[attr-defined]

    @staticmethod
    def _complaints(start: object, end: object, advisor_id: int | None,
                    technician_id: int | None) -> Select:  # type: ignore[type-arg]
        q = select(func.count(func.distinct(Complaint.id))).where(Complaint.received_at >= start,
                                                                 Complaint.received_at < end)
        if advisor_id is not None or technician_id is not None:
            mine = select(WorkOrder.id).where(
                WorkOrder.advisor_id == advisor_id if advisor_id is not None else WorkOrder.technician_id == technician_id)
            q = q.join(ComplaintOrder, ComplaintOrder.complaint_id == Complaint.id).where(
                ComplaintOrder.work_order_id.in_(mine))
        return q

    @staticmethod
    def _appointments(s: Session, start: datetime, end: datetime, advisor_id: int | None,
                      technician_id: int | None) -> tuple[int, int]:
        """Appointments whose time has come in the period (not cancelled), and of them those
        the customer did not keep."""
        q = select(func.count().filter(Appointment.state == "no_show"), func.count()).where(
            Appointment.slot_at >= start, Appointment.slot_at < end, Appointment.state != "cancelled")
        if advisor_id is not None:
            q = q.where(Appointment.advisor_id == advisor_id)
        if technician_id is not None:
            q = q.where(Appointment.technician_id == technician_id)
        no_shows, due = s.execute(q).one()
        return int(no_shows), int(due)

    @staticmethod
    def _follow_ups(s: Session, span: Period, start: datetime, end: datetime, advisor_id: int | None,
                    technician_id: int | None) -> tuple[int, int, int, int]:
        """The follow-up calls due in the period that are finished (reached, or given up as
        unreachable), those reached; and the scores (1-5) given on the calls made in it."""
        mine = None
        if advisor_id is not None or technician_id is not None:
            mine = select(WorkOrder.id).where(WorkOrder.advisor_id == advisor_id if advisor_id is not None
                                              else WorkOrder.technician_id == technician_id)
        calls = select(func.count().filter(FollowUp.state == "done"), func.count()).where(
            FollowUp.due_from >= span.first, FollowUp.due_from <= span.last,
            FollowUp.state.in_(("done", "unreachable")))
        if mine is not None:
            calls = calls.where(FollowUp.work_order_id.in_(mine))
        reached, finished = s.execute(calls).one()
        questions = (Contact.reception, Contact.quality, Contact.timeliness, Contact.price, Contact.cleanliness,
                     Contact.recommend)
        scores = select(*(func.coalesce(func.sum(q), 0) for q in questions),
                        *(func.count(q) for q in questions)).where(
            Contact.kind == "followup", Contact.reached.is_(True), Contact.at >= start, Contact.at < end)
        if mine is not None:
            scores = scores.where(Contact.work_order_id.in_(mine))
        row: list[Any] = list(s.execute(scores).one())
        return int(reached), int(finished), sum(int(x) for x in row[:6]), sum(int(x) for x in row[6:])

    @staticmethod
    def _return(s: Session, span: Period) -> tuple[int, int]:
        """Of the customers served in the 12 months before the year to the period's end, how
        many came back in that year."""
        day = timedelta(days=1)
        year_ago = add_months(span.last, -12)
        base_start, base_end = day_span(add_months(span.last, -24) + day, year_ago)
        now_start, now_end = day_span(year_ago + day, span.last)
        served = select(WorkOrder.customer_id).where(WorkOrder.state == "delivered")
        base = served.where(WorkOrder.delivered_at >= base_start, WorkOrder.delivered_at < base_end)
        back = served.where(WorkOrder.delivered_at >= now_start, WorkOrder.delivered_at < now_end)
        # two range scans of the (state, delivered, customer) index, intersected: not a look-up per customer
        came_back = s.scalar(select(func.count()).select_from(intersect(base, back).subquery())) or 0
        total = s.scalar(select(func.count()).select_from(base.distinct().subquery())) or 0
        return int(came_back), int(total)

    @staticmethod
    def _customer_share(s: Session, span: Period) -> tuple[int, int]:
        """Of the cars the shop sold (handed over) in the 12 months to a year before the
        period's end — each has had its whole year — how many came back for service (a
        delivered order opened after the handover) within a year of it."""
        first, last = add_months(span.last, -24) + timedelta(days=1), add_months(span.last, -12)
        sold = {vid: day for vid, day in s.execute(select(StockCar.vehicle_id, StockCar.handed_over_on).where(
            StockCar.handed_over_on >= first, StockCar.handed_over_on <= last)) if day is not None}
        if not sold:
            return 0, 0
        start, end = day_span(first + timedelta(days=1), add_months(last, 12))
        visits = s.execute(select(WorkOrder.vehicle_id, WorkOrder.opened_at).where(
            WorkOrder.vehicle_id.in_(select(StockCar.vehicle_id).where(StockCar.handed_over_on >= first,
                                                                        StockCar.handed_over_on <= last)),
            WorkOrder.state == "delivered", WorkOrder.opened_at >= start, WorkOrder.opened_at < end))
        back = {vid for vid, at in visits if sold[vid] < local_day(at) <= add_months(sold[vid], 12)}
        return len(back), len(sold)

    def _people(self, span: Period, column: Any) -> list[PersonRow]:
        self.require("kpi.view")
        with reading(self.db) as s:
            start, end = day_span(span.first, span.last)
            rows: list[Any] = list(s.execute(
                select(column, func.count(func.distinct(WorkOrder.id)), func.count(WorkOrder.rework_of_id))
                .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start, WorkOrder.delivered_at < end,
                       column.is_not(None)).group_by(column)).all())
            money: dict[Any, Any] = dict(s.execute(
                select(column, func.sum(WorkOrderLine.amount)).join(WorkOrderLine)
                .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start, WorkOrder.delivered_at < end,
                       WorkOrderLine.approval == "approved").group_by(column)).all())
            sold: dict[Any, Any] = dict(s.execute(
                select(WorkOrderLine.technician_id, func.sum(WorkOrderLine.quantity)).join(WorkOrder)
                .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start, WorkOrder.delivered_at < end,
                       WorkOrderLine.kind == "labour", WorkOrderLine.approval == "approved")
                .group_by(WorkOrderLine.technician_id)).all())
            hours = _hours(s, start, end)
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            return sorted((PersonRow(sid, names.get(sid, "?"), int(n), Decimal(money.get(sid) or 0), int(back),
                                     Decimal(sold.get(sid) or 0), hours.get(sid, ZERO))
                           for sid, n, back in rows), key=lambda r: (-r.revenue, r.name))

