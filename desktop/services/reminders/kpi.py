"""The maintenance rate (定期保养实施率, DOMAIN.md section 6): of the cars whose
maintenance fell due in a period, the share that had it done here — counted from the
maintenance visits themselves, so it needs nothing kept besides the work orders and the
odometer readings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from desktop.models import LabourOperation, OdometerReading, Vehicle, WorkOrder, WorkOrderLine
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

    @property
    def rate(self) -> float | None:
        return self.done / self.due if self.due else None


class MaintenanceKpi(Service):

    def maintenance_rate(self, first: date, last: date) -> MaintenanceRate:
        with reading(self.db) as s:
            intervals = Intervals(s)
            visits: dict[int, list[tuple[date, int]]] = defaultdict(list)
            maint = (select(WorkOrderLine.work_order_id).join(
                LabourOperation, LabourOperation.id == WorkOrderLine.operation_id).where(
                LabourOperation.system == MAINTENANCE_SYSTEM, WorkOrderLine.approval == "approved"))
            for vid, at, km in s.execute(select(WorkOrder.vehicle_id, WorkOrder.delivered_at, WorkOrder.odometer_km)
                                         .where(WorkOrder.state == "delivered", WorkOrder.id.in_(maint))
                                         .order_by(WorkOrder.vehicle_id, WorkOrder.delivered_at)):
                if at is not None:
                    visits[vid].append((at.astimezone().date(), km))
            readings: dict[int, list[tuple[date, int]]] = defaultdict(list)
            for vid, at, km in s.execute(select(OdometerReading.vehicle_id, OdometerReading.read_at,
                                                OdometerReading.km).where(
                    OdometerReading.vehicle_id.in_(list(visits))).order_by(OdometerReading.vehicle_id,
                                                                           OdometerReading.read_at)):
                readings[vid].append((at.astimezone().date(), km))
            makes = {vid: (make, series) for vid, make, series in s.execute(
                select(Vehicle.id, Vehicle.make, Vehicle.series).where(Vehicle.id.in_(list(visits))))}
        due_cars, done = [], 0
        for vid, done_on in visits.items():
            make, series = makes.get(vid, ("", ""))
            for i, service in enumerate(done_on):
                history = [r for r in readings.get(vid, []) if r[0] <= service[0]] or [service]
                on, _km = due(service, history, intervals.of(make, series, set()), intervals.first, None, service[0])
                if first <= on <= last:
                    due_cars.append(vid)
                    if any(on - EARLY <= later[0] <= on + LATE for later in done_on[i + 1:]):
                        done += 1
                    break
        return MaintenanceRate(len(due_cars), done, tuple(due_cars))
