"""Warranty policies, and a car's coverage with its extensions and exclusions.

    cover = WarrantyService(db, desk).coverage(vehicle_id)

The policies are the manufacturer's terms as the shop keeps them (per make, and per series
where it differs); the warranty clerk records extended-warranty contracts and, when they
are found, the exclusions that take a car out of cover.  Everything is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.models import Vehicle, WarrantyExclusion, WarrantyExtension, WarrantyPolicy, WorkOrder
from desktop.services.common.limits import checked_int
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.warranty.cover import Coverage, read_coverage
from desktop.services.warranty.rules.coverage import COMPONENTS, EXCLUSIONS


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


@dataclass(frozen=True)
class PolicyRow:
    id: int
    make: str
    series: str
    component: str
    months: int
    km: int
    free_inspections: str


@dataclass
class PolicyForm:
    make: str
    component: str
    months: int | str
    km: int | str
    series: str = ""
    free_inspections: str = ""


class WarrantyService(Service):

    # coverage ------------------------------------------------------------------------------

    def coverage(self, vehicle_id: int, day: date | None = None, km: int | None = None) -> Coverage:
        """The car's cover per component on ``day`` (today) at ``km`` (its last reading)."""
        with reading(self.db) as s:
            if s.get(Vehicle, vehicle_id) is None:
                raise NotFound("vehicle", vehicle_id)
            return read_coverage(s, vehicle_id, day or date.today(), km)

    def coverage_of_order(self, order_id: int) -> Coverage:
        """The car's cover on the day the order was opened, at its reception reading."""
        with reading(self.db) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            return read_coverage(s, order.vehicle_id, order.opened_at.astimezone().date(), order.odometer_km)

    def find_vehicle(self, text: str) -> int:
        """A car by its plate or VIN (the command line's argument)."""
        key = clean(text).upper().replace(" ", "")
        with reading(self.db) as s:
            found = s.scalar(select(Vehicle.id).where((Vehicle.plate == key) | (Vehicle.vin == key)))
        if found is None:
            raise NotFound("vehicle", text)
        return int(found)

    # policies ------------------------------------------------------------------------------

    def policies(self) -> list[PolicyRow]:
        with reading(self.db) as s:
            return [PolicyRow(p.id, p.make, p.series, p.component, p.months, p.km, p.free_inspections)
                    for p in s.scalars(select(WarrantyPolicy).where(WarrantyPolicy.active.is_(True))
                                       .order_by(WarrantyPolicy.make, WarrantyPolicy.series, WarrantyPolicy.id))]

    def save_policy(self, form: PolicyForm) -> int:
        """A make's (or a series') term for a component; the same make, series and
        component again replaces the term."""
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        make, series = clean(form.make)[:64], clean(form.series)[:64]
        if not make:
            errors["make"] = _msg(QT_TRANSLATE_NOOP("Validation", "Which make?"))
        if form.component not in COMPONENTS:
            errors["component"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the component."))
        months = checked_int(form.months, "warranty_months", "months", errors)
        km = checked_int(form.km, "warranty_km", "km", errors)
        marks = clean(form.free_inspections).replace(",", " ").replace("，", " ")
        if any(not m.isdigit() or not 0 < int(m) <= 100_000 for m in marks.split()):
            errors["free_inspections"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "The km of the free inspections, e.g. 1500 5000."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            policy = s.scalar(select(WarrantyPolicy).where(WarrantyPolicy.make == make, WarrantyPolicy.series == series,
                                                           WarrantyPolicy.component == form.component))
            if policy is None:
                policy = WarrantyPolicy(make=make, series=series, component=form.component, months=months, km=km)
                s.add(policy)
            policy.months, policy.km, policy.free_inspections, policy.active = months, km, marks[:64], True
            s.flush()
            audit.record(s, "warranty-policy", "warranty_policy", policy.id, make=make, series=series,
                         component=form.component, months=months, km=km)
            return policy.id

    def retire_policy(self, policy_id: int) -> None:
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            policy = s.get(WarrantyPolicy, policy_id)
            if policy is None:
                raise NotFound("warranty policy", policy_id)
            policy.active = False
            audit.record(s, "warranty-policy-retired", "warranty_policy", policy.id)

    # a car's extensions and exclusions -----------------------------------------------------------

    def add_extension(self, vehicle_id: int, component: str, months: int | str, km: int | str,
                      contract_no: str = "", sold_on: date | None = None) -> Coverage:
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        if component not in COMPONENTS:
            errors["component"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the component."))
        extra_months = checked_int(months, "extension_months", "months", errors)
        extra_km = checked_int(km, "extension_km", "km", errors)
        if not errors and extra_months == extra_km == 0:
            errors["months"] = _msg(QT_TRANSLATE_NOOP("Validation", "An extension adds months, km or both."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            if s.get(Vehicle, vehicle_id) is None:
                raise NotFound("vehicle", vehicle_id)
            row = WarrantyExtension(vehicle_id=vehicle_id, component=component, months=extra_months, km=extra_km,
                                    contract_no=clean(contract_no)[:40], sold_on=sold_on)
            s.add(row)
            s.flush()
            audit.record(s, "warranty-extension", "vehicle", vehicle_id, component=component, months=extra_months,
                         km=extra_km, contract=row.contract_no)
            return read_coverage(s, vehicle_id, date.today())

    def exclude(self, vehicle_id: int, reason: str, note: str, component: str = "",
                work_order_id: int | None = None) -> Coverage:
        """Record why the car (or one component) is out of cover."""
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        if reason not in EXCLUSIONS:
            errors["reason"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the exclusion."))
        if component and component not in COMPONENTS:
            errors["component"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the component."))
        if not clean(note):
            errors["note"] = _msg(QT_TRANSLATE_NOOP("Validation", "Say what was found."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            if s.get(Vehicle, vehicle_id) is None:
                raise NotFound("vehicle", vehicle_id)
            row = WarrantyExclusion(vehicle_id=vehicle_id, component=component, reason=reason,
                                    note=clean(note)[:255], work_order_id=work_order_id)
            s.add(row)
            s.flush()
            audit.record(s, "warranty-exclusion", "vehicle", vehicle_id, reason=reason, component=component,
                         note=row.note)
            return read_coverage(s, vehicle_id, date.today())

    def lift_exclusion(self, exclusion_id: int, why: str) -> Coverage:
        """An exclusion recorded in error is lifted, with the reason (a manager's call)."""
        self.require("warranty.goodwill")
        if not clean(why):
            raise ValidationFailed({"why": _msg(QT_TRANSLATE_NOOP("Validation", "Say why it is lifted."))})
        with writing(self.db, self.user) as s:
            row = s.get(WarrantyExclusion, exclusion_id)
            if row is None:
                raise NotFound("warranty exclusion", exclusion_id)
            vehicle_id = row.vehicle_id
            audit.record(s, "warranty-exclusion-lifted", "vehicle", vehicle_id, reason=row.reason, why=clean(why))
            s.delete(row)
            s.flush()
            return read_coverage(s, vehicle_id, date.today())
