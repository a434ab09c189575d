"""The maintenance rate (定期保养实施率, DOMAIN.md section 6): of the cars whose
maintenance fell due in a period, the share that had it done here — counted from the
maintenance visits themselves, so it needs nothing kept besides the work orders and the
odometer readings."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import LabourOperation, OdometerReading, Vehicle, WorkOrder, WorkOrderLine
from desktop.services.common.dates import add_months, day_start
from desktop.services.core.service import Service
from desktop.services.core.uow import reading
from desktop.services.reminders.planning import MAINTENANCE_SYSTEM, Intervals
from desktop.services.reminders.rules.due import due

EARLY, LATE = timedelta(days=30), timedelta(days=60)  # a service this close to its due date counts


@dataclass(frozen=True)
class MaintenanceRate:
    due: int  # cars whose maintenance fell due in the period
    done: int  # of them, serviced here from a month before to two months after
    vehicle_ids: tuple[int, ...]  # the cars due, for the drill-down
    missed: tuple[int, ...] = ()  # the last maintenance order of each car due that did not come back

    @property
    def rate(self) -> float | None:
        return self.done / self.due if self.due else None


class MaintenanceKpi(Service):

    def maintenance_rate(self, first: date, last: date) -> MaintenanceRate:
        with reading(self.db) as s:
            return maintenance_rate(s, first, last)


def maintenance_rate(s: Session, first: date, last: date) -> MaintenanceRate:
    """Of the cars whose maintenance fell due from ``first`` to ``last``, those serviced
    here.  Reads only the visits that can matter: a maintenance visit falls due at most its
    longest interval after it, so visits older than that before ``first`` cannot fall due
    in the period, and visits after ``last`` only count as the car coming back."""
    intervals = Intervals(s)
    longest = max([intervals.default.months, intervals.first.months, intervals.short_months,
                   *(i.months for i in intervals.by_make.values())])
    since = day_start(add_months(first, -longest) - timedelta(days=1))
    until = day_start(last + LATE + timedelta(days=1))
    visits: dict[int, list[tuple[date, int]]] = defaultdict(list)
    maint = (select(WorkOrderLine.work_order_id).join(
        LabourOperation, LabourOperation.id == WorkOrderLine.operation_id).where(
        LabourOperation.system == MAINTENANCE_SYSTEM, WorkOrderLine.approval == "approved"))
    chosen = select(WorkOrder.id, WorkOrder.vehicle_id, WorkOrder.delivered_at, WorkOrder.odometer_km).where(
        WorkOrder.state == "delivered", WorkOrder.delivered_at >= since, WorkOrder.delivered_at < until,
        WorkOrder.id.in_(maint))
    order_of: dict[tuple[int, date], int] = {}
    for oid, vid, at, km in s.execute(chosen.order_by(WorkOrder.vehicle_id, WorkOrder.delivered_at)):
        if at is not None:
            day = at.astimezone().date()
            visits[vid].append((day, km))
            order_of[(vid, day)] = oid
    cars = chosen.with_only_columns(WorkOrder.vehicle_id).scalar_subquery()
    readings: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for vid, at, km in s.execute(select(OdometerReading.vehicle_id, OdometerReading.read_at, OdometerReading.km)
                                 .where(OdometerReading.vehicle_id.in_(cars))
                                 .order_by(OdometerReading.vehicle_id, OdometerReading.read_at)):
        readings[vid].append((at.astimezone().date(), km))
    makes = {vid: (make, series) for vid, make, series in s.execute(
        select(Vehicle.id, Vehicle.make, Vehicle.series).where(Vehicle.id.in_(cars)))}
    due_cars, missed, done = [], [], 0
    for vid, done_on in visits.items():
        make, series = makes.get(vid, ("", ""))
        interval = intervals.of(make, series, set())
        history_of = readings.get(vid, [])
        days = [r[0] for r in history_of]
        for i, service in enumerate(done_on):
            if service[0] > last:
                break  # due after the period: and every later visit too
            history = history_of[:bisect_right(days, service[0])] or [service]
            on, _km = due(service, history, interval, intervals.first, None, service[0])
            if first <= on <= last:
                due_cars.append(vid)
                if any(on - EARLY <= later[0] <= on + LATE for later in done_on[i + 1:]):
                    done += 1
                else:
                    missed.append(order_of[(vid, service[0])])
                break
    return MaintenanceRate(len(due_cars), done, tuple(due_cars), tuple(missed))
