"""Computing each car's next maintenance into ``vehicle_due``: for one car at each
delivery (``workorders`` calls ``after_visit`` in the delivery's transaction), for every
car when the shop asks (the demo, a changed interval, ``servicebay due-list --refresh``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, func, insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    CustomerTag,
    LabourOperation,
    OdometerReading,
    ServiceInterval,
    Vehicle,
    VehicleDue,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.reminders.rules.due import Interval, due
from desktop.services.system import settings as shop_settings

MAINTENANCE_SYSTEM = "保养"  # the catalogue's system of maintenance operations
NEW_CAR_DAYS = 365  # a car bought within a year and never serviced here is due its first service


class Intervals:
    """The shop's intervals: by make and series, the shop's own, the first service, and
    the shorter one for customers with a tag such as 吸烟."""

    def __init__(self, s: Session) -> None:
        g = shop_settings.get
        self.default = Interval(int(g(s, "service_interval_km")), int(g(s, "service_interval_months")))
        self.first = Interval(int(g(s, "first_service_km")), int(g(s, "first_service_months")))
        self.short_tags = {t for t in str(g(s, "short_interval_tags")).replace("，", ",").replace(" ", ",").split(",")
                           if t}
        self.short_months = int(g(s, "short_interval_months"))
        self.by_make = {(m, se): Interval(k, mo) for m, se, k, mo in s.execute(
            select(ServiceInterval.make, ServiceInterval.series, ServiceInterval.km, ServiceInterval.months))}

    def of(self, make: str, series: str, tags: set[str]) -> Interval:
        found = self.by_make.get((make, series)) or self.by_make.get((make, "")) or self.default
        if tags & self.short_tags:
            return Interval(found.km, min(found.months, self.short_months))
        return found


def _maintenance_orders(s: Session, vehicle_ids: Sequence[int] | None) -> dict[int, tuple[date, int]]:
    """The last delivered maintenance visit of each car: (day, km)."""
    maint = (select(WorkOrderLine.work_order_id).join(LabourOperation, LabourOperation.id == WorkOrderLine.operation_id)
             .where(LabourOperation.system == MAINTENANCE_SYSTEM, WorkOrderLine.approval == "approved"))
    last = (select(WorkOrder.vehicle_id, func.max(WorkOrder.delivered_at).label("at"))
            .where(WorkOrder.state == "delivered", WorkOrder.id.in_(maint)).group_by(WorkOrder.vehicle_id))
    if vehicle_ids is not None:
        last = last.where(WorkOrder.vehicle_id.in_(vehicle_ids))
    sub = last.subquery()
    q = select(WorkOrder.vehicle_id, WorkOrder.delivered_at, WorkOrder.odometer_km).join(
        sub, and_(sub.c.vehicle_id == WorkOrder.vehicle_id, sub.c.at == WorkOrder.delivered_at))
    return {vid: (at.astimezone().date(), km) for vid, at, km in s.execute(q) if at is not None}


def _last_visits(s: Session, vehicle_ids: Sequence[int] | None) -> dict[int, date]:
    q = select(WorkOrder.vehicle_id, func.max(WorkOrder.opened_at)).group_by(WorkOrder.vehicle_id)
    if vehicle_ids is not None:
        q = q.where(WorkOrder.vehicle_id.in_(vehicle_ids))
    return {vid: at.astimezone().date() for vid, at in s.execute(q) if at is not None}


def refresh(s: Session, today: date, vehicle_ids: Sequence[int] | None = None) -> int:
    """Compute the next maintenance of these cars (all when None); the number written."""
    intervals = Intervals(s)
    cars = select(Vehicle.id, Vehicle.customer_id, Vehicle.make, Vehicle.series, Vehicle.purchase_date).where(
        Vehicle.archived_at.is_(None))
    if vehicle_ids is not None:
        cars = cars.where(Vehicle.id.in_(vehicle_ids))
    found = s.execute(cars).all()
    ids = [r[0] for r in found] if vehicle_ids is not None else None
    readings: dict[int, list[tuple[date, int]]] = defaultdict(list)
    rq = select(OdometerReading.vehicle_id, OdometerReading.read_at, OdometerReading.km).order_by(
        OdometerReading.vehicle_id, OdometerReading.read_at)
    if ids is not None:
        rq = rq.where(OdometerReading.vehicle_id.in_(ids))
    for vid, at, km in s.execute(rq):
        readings[vid].append((at.astimezone().date(), km))
    tags: dict[int, set[str]] = defaultdict(set)
    for cid, tag in s.execute(select(CustomerTag.customer_id, CustomerTag.tag).where(
            CustomerTag.tag.in_(sorted(intervals.short_tags) or [""]))):
        tags[cid].add(tag)
    services = _maintenance_orders(s, ids)
    visits = _last_visits(s, ids)
    stopped = dict(s.execute(select(VehicleDue.vehicle_id, VehicleDue.stop_reason).where(
        VehicleDue.stop_reason != "", *([VehicleDue.vehicle_id.in_(ids)] if ids is not None else []))).all())
    rows = []
    for vid, cid, make, series, bought in found:
        history = readings.get(vid, [])
        base = services.get(vid)
        if base is None and history and not (bought and (today - bought).days < NEW_CAR_DAYS):
            base = history[-1]  # serviced elsewhere so far: due an interval after it was last seen
        on, km = due(base, history, intervals.of(make, series, tags.get(cid, set())), intervals.first, bought, today)
        rows.append({"vehicle_id": vid, "due_on": on, "due_km": km, "last_service_on": services.get(vid, (None,))[0],
                     "last_visit_on": visits.get(vid), "stop_reason": stopped.get(vid, "")})
    if ids is None:
        s.query(VehicleDue).delete()
    else:
        s.query(VehicleDue).filter(VehicleDue.vehicle_id.in_(ids)).delete(synchronize_session=False)
    for start in range(0, len(rows), 20_000):
        s.execute(insert(VehicleDue), rows[start:start + 20_000])
    return len(rows)


def after_visit(s: Session, vehicle_id: int, today: date) -> None:
    """A delivery: the car's next maintenance from this visit on; a car that came back
    is on the list again even if its owner had declined the last call."""
    refresh(s, today, [vehicle_id])
    row = s.get(VehicleDue, vehicle_id)
    if row is not None:
        row.stop_reason = ""
