"""A car's coverage read from the shop's data, inside the caller's transaction: its
policies (the series' own, else the make's), its extensions and exclusions, the flags a
person must look at (a gap in its maintenance at this shop, an odometer that went
backwards), and the free inspections of a new car."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    LabourOperation,
    OdometerReading,
    Vehicle,
    WarrantyExclusion,
    WarrantyExtension,
    WarrantyPolicy,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.customers.details import last_readings
from desktop.services.reminders.planning import MAINTENANCE_SYSTEM, Intervals
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.rules.coverage import Cover, Exclusion, Term, coverage, service_gap


@dataclass(frozen=True)
class Coverage:
    vehicle_id: int
    start: date | None
    km: int
    covers: tuple[Cover, ...]
    service_gap: tuple[date, date] | None  # no maintenance here between these days
    odometer_back: date | None  # the day a reading below the one before was taken
    free_inspections: tuple[int, ...]  # km of the new car's free checks still ahead
    exclusions: tuple[tuple[int, str, str, str], ...]  # id, component, reason, note
    extensions: tuple[tuple[int, str, int, int, str], ...]  # id, component, months, km, contract

    def of(self, component: str) -> Cover | None:
        return next((c for c in self.covers if c.component == component), None)

    @property
    def any_covered(self) -> bool:
        return any(c.covered for c in self.covers)


def policies_of(s: Session, make: str, series: str) -> list[WarrantyPolicy]:
    rows = list(s.scalars(select(WarrantyPolicy).where(WarrantyPolicy.make == make, WarrantyPolicy.active.is_(True),
                                                       WarrantyPolicy.series.in_((series, ""))).order_by(WarrantyPolicy.id)))
    own = {p.component for p in rows if p.series == series and series}
    return [p for p in rows if p.series == series or p.component not in own]  # the series' own term wins


def read_coverage(s: Session, vehicle_id: int, day: date, km: int | None = None) -> Coverage:
    vehicle = s.get(Vehicle, vehicle_id)
    assert vehicle is not None
    if km is None:
        last = last_readings(s, [vehicle_id]).get(vehicle_id)
        km = last.km if last is not None else 0
    policies = policies_of(s, vehicle.make, vehicle.series)
    terms = [Term(p.component, p.months, p.km) for p in policies]
    extensions = list(s.scalars(select(WarrantyExtension).where(WarrantyExtension.vehicle_id == vehicle_id)))
    exclusions = list(s.scalars(select(WarrantyExclusion).where(WarrantyExclusion.vehicle_id == vehicle_id)
                                .order_by(WarrantyExclusion.id)))
    covers = coverage(terms, vehicle.warranty_start, day, km,
                      [Term(e.component, e.months, e.km) for e in extensions],
                      [Exclusion(x.component, x.reason) for x in exclusions])
    interval = Intervals(s).of(vehicle.make, vehicle.series, set())
    gap = service_gap(_service_days(s, vehicle_id), vehicle.warranty_start, day, interval.months,
                      int(shop_settings.get(s, "warranty_service_grace_months"))) if terms else None
    marks = sorted({int(k) for p in policies for k in p.free_inspections.split() if k.isdigit()})
    return Coverage(vehicle_id, vehicle.warranty_start, km, tuple(covers), gap, _odometer_back(s, vehicle_id),
                    tuple(k for k in marks if k >= km),
                    tuple((x.id, x.component, x.reason, x.note) for x in exclusions),
                    tuple((e.id, e.component, e.months, e.km, e.contract_no) for e in extensions))


def _service_days(s: Session, vehicle_id: int) -> list[date]:
    """The days the car's maintenance visits were delivered (the car's own orders, each
    checked for a maintenance line: never a scan of every line in the shop)."""
    maint = (select(WorkOrderLine.id).join(LabourOperation, LabourOperation.id == WorkOrderLine.operation_id)
             .where(WorkOrderLine.work_order_id == WorkOrder.id, LabourOperation.system == MAINTENANCE_SYSTEM,
                    WorkOrderLine.approval == "approved").exists())
    return [at.astimezone().date() for at in s.scalars(select(WorkOrder.delivered_at).where(
        WorkOrder.vehicle_id == vehicle_id, WorkOrder.state == "delivered", maint)) if at is not None]


def _odometer_back(s: Session, vehicle_id: int) -> date | None:
    """The first reading below the highest one before it."""
    highest = -1
    for km, at in s.execute(select(OdometerReading.km, OdometerReading.read_at).where(
            OdometerReading.vehicle_id == vehicle_id).order_by(OdometerReading.read_at, OdometerReading.id)):
        if km < highest:
            return at.astimezone().date()
        highest = max(highest, km)
    return None
