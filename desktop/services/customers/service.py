"""The customer file (客户档案): customers, vehicles, odometer readings, ownership.

Each public method of ``CustomerService`` is one unit of work: it opens its own
transaction, commits or rolls back, and hands back plain frozen dataclasses that a view
may keep after the session is gone.  Validation happens before anything is written; a
refusal raises a ``ServiceError`` whose message names the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import (
    Customer,
    CustomerNameKey,
    CustomerPhone,
    CustomerTag,
    OdometerReading,
    Vehicle,
    VehicleOwnership,
)
from desktop.models.base import utcnow
from desktop.services.common.names import initials, name_keys
from desktop.services.common.phone import Phone, parse_phone
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import (
    DuplicateVehicle,
    ExistingRecord,
    LikelyDuplicates,
    NotFound,
    OdometerBelowLast,
    Refused,
    StaleEdit,
    ValidationFailed,
)
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.references import count_references, repoint_references
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.customers.details import customer_detail, last_readings, vehicle_detail
from desktop.services.customers.records import (
    MAX_KM,
    CleanCustomer,
    CleanVehicle,
    CustomerDetail,
    CustomerForm,
    VehicleDetail,
    VehicleForm,
    check_customer,
    check_vehicle,
    int_or_error,
)

_OWN_CUSTOMER_ROWS = (
    "customer_phone.customer_id",
    "customer_tag.customer_id",
    "customer_name_key.customer_id",
    "customer.merged_into_id",
)
_OWN_VEHICLE_ROWS = ("odometer_reading.vehicle_id", "vehicle_ownership.vehicle_id")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


# --- the service --------------------------------------------------------------------------


def _existing_for_vehicle(vehicle: Vehicle) -> ExistingRecord:
    return ExistingRecord(
        customer_id=vehicle.customer_id,
        customer_name=vehicle.customer.name,
        vehicle_id=vehicle.id,
        plate=vehicle.plate,
        archived=vehicle.archived_at is not None or vehicle.customer.archived_at is not None,
    )



def apply_name(customer: Customer, name: str) -> None:
    customer.name = name
    customer.initials = initials(name)
    wanted = name_keys(name)
    have = {k.key: k for k in customer.name_keys}
    for key, row in have.items():
        if key not in wanted:
            customer.name_keys.remove(row)
    for key in wanted:
        if key not in have:
            customer.name_keys.append(CustomerNameKey(key=key))


def apply_phones(customer: Customer, phones: Sequence[Phone]) -> None:
    have = {p.digits: p for p in customer.phones}
    keep = []
    for position, phone in enumerate(phones):
        row = have.pop(phone.digits, None) or CustomerPhone(digits=phone.digits)
        row.number = phone.number
        row.kind = phone.kind
        row.position = position
        keep.append(row)
    customer.phones[:] = keep


def apply_customer(customer: Customer, data: CleanCustomer) -> None:
    if customer.name != data.name:
        apply_name(customer, data.name)
    customer.kind = data.kind
    customer.address = data.address
    customer.tax_id = data.tax_id
    customer.notes = data.notes
    customer.preferred_contact = data.preferred_contact
    customer.consent_contact = data.consent_contact
    customer.advisor_id = data.advisor_id
    apply_phones(customer, data.phones)
    have = {t.tag: t for t in customer.tags}
    customer.tags[:] = [have.get(tag) or CustomerTag(tag=tag) for tag in data.tags]


def apply_vehicle(vehicle: Vehicle, data: CleanVehicle) -> None:
    vehicle.plate = data.plate
    vehicle.plate_override_reason = data.plate_override_reason
    vehicle.vin = data.vin
    vehicle.vin_reversed = data.vin[::-1] if data.vin else None
    vehicle.vin_override_reason = data.vin_override_reason
    vehicle.make = data.make
    vehicle.model = data.model
    vehicle.series = data.series
    vehicle.model_year = data.model_year
    vehicle.colour = data.colour
    vehicle.engine_no = data.engine_no
    vehicle.purchase_date = data.purchase_date
    vehicle.warranty_start = data.warranty_start
    vehicle.notes = data.notes


class CustomerService(Service):

    # reading ------------------------------------------------------------------------------

    def get_customer(self, customer_id: int) -> CustomerDetail:
        with reading(self.db) as s:
            return customer_detail(s, self._customer(s, customer_id))

    def get_vehicle(self, vehicle_id: int) -> VehicleDetail:
        with reading(self.db) as s:
            return vehicle_detail(s, self._vehicle(s, vehicle_id))

    def likely_duplicates(self, phones: Iterable[str], exclude_id: int | None = None) -> list[ExistingRecord]:
        """Active customers who share one of these phone numbers."""
        digits = []
        for raw in phones:
            parsed = parse_phone(raw) if clean(raw) else None
            if isinstance(parsed, Phone):
                digits.append(parsed.digits)
        if not digits:
            return []
        with reading(self.db) as s:
            return self._phone_matches(s, digits, exclude_id)

    # creating and changing ----------------------------------------------------------------

    def create_customer(
        self,
        form: CustomerForm,
        vehicle: VehicleForm | None = None,
        *,
        allow_duplicate_phone: bool = False,
    ) -> CustomerDetail:
        """A new customer, with the first vehicle if one is given, in one transaction."""
        self.require("customers.edit")
        data, errors = check_customer(form)
        vdata = None
        if vehicle is not None:
            vdata, verrors = check_vehicle(vehicle)
            errors.update({f"vehicle.{k}": v for k, v in verrors.items()})
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            if not allow_duplicate_phone and data.phones:
                matches = self._phone_matches(s, [p.digits for p in data.phones], None)
                if matches:
                    raise LikelyDuplicates(matches)
            if vdata is not None:
                self._refuse_duplicate_vehicle(s, vdata, None)
            customer = Customer()
            apply_customer(customer, data)
            s.add(customer)
            s.flush()
            if vdata is not None:
                self._add_vehicle(s, customer, vdata)
            audit.record(s, "create", "customer", customer.id, name=customer.name)
            return customer_detail(s, customer)

    def update_customer(self, customer_id: int, version: int, form: CustomerForm) -> CustomerDetail:
        self.require("customers.edit")
        data, errors = check_customer(form)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            customer = self._customer(s, customer_id, version)
            if customer.merged_into_id is not None:
                raise Refused(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "Validation", "This customer was merged into another file."
                        )
                    )
                )
            apply_customer(customer, data)
            s.flush()
            return customer_detail(s, customer)

    def add_vehicle(self, customer_id: int, form: VehicleForm) -> VehicleDetail:
        self.require("customers.edit")
        data, errors = check_vehicle(form)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            customer = self._customer(s, customer_id)
            if customer.archived_at is not None:
                raise Refused(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{name} is archived; restore the customer before adding a vehicle.",
                        ),
                        name=customer.name,
                    )
                )
            self._refuse_duplicate_vehicle(s, data, None)
            vehicle = self._add_vehicle(s, customer, data)
            return vehicle_detail(s, vehicle)

    def update_vehicle(self, vehicle_id: int, version: int, form: VehicleForm) -> VehicleDetail:
        self.require("customers.edit")
        data, errors = check_vehicle(form)
        errors.pop("odometer_km", None)  # readings are recorded on their own
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            vehicle = self._vehicle(s, vehicle_id, version)
            self._refuse_duplicate_vehicle(s, data, vehicle.id)
            before = {"plate": vehicle.plate, "vin": vehicle.vin}
            apply_vehicle(vehicle, data)
            if before != {"plate": vehicle.plate, "vin": vehicle.vin}:
                audit.record(s, "change-identity", "vehicle", vehicle.id, before=before,
                             after={"plate": vehicle.plate, "vin": vehicle.vin})
            s.flush()
            return vehicle_detail(s, vehicle)

    def record_odometer(
        self,
        vehicle_id: int,
        km: int | str,
        *,
        source: str = "reception",
        read_at: datetime | None = None,
        allow_lower: bool = False,
        reason: str = "",
    ) -> VehicleDetail:
        """A reading below the last one is refused unless confirmed with a reason."""
        self.require("customers.edit")
        errors: dict[str, Message] = {}
        value = int_or_error(km, "odometer_km", errors, 0, MAX_KM)
        if value is None and not errors:
            errors["odometer_km"] = _msg(
                QT_TRANSLATE_NOOP("Validation", "Enter the odometer reading in km.")
            )
        if errors:
            raise ValidationFailed(errors)
        assert value is not None
        with writing(self.db, self.user) as s:
            vehicle = self._vehicle(s, vehicle_id)
            self._add_reading(s, vehicle, value, source, read_at, allow_lower, clean(reason))
            return vehicle_detail(s, vehicle)

    def transfer_vehicle(
        self, vehicle_id: int, version: int, to_customer_id: int, note: str = ""
    ) -> VehicleDetail:
        """The car changes owner; its history stays with the car."""
        self.require("customers.edit")
        with writing(self.db, self.user) as s:
            vehicle = self._vehicle(s, vehicle_id, version)
            target = self._customer(s, to_customer_id)
            if target.id == vehicle.customer_id:
                raise Refused(
                    _msg(QT_TRANSLATE_NOOP("Validation", "The vehicle already belongs to {name}."),
                         name=target.name)
                )
            if target.archived_at is not None:
                raise Refused(
                    _msg(QT_TRANSLATE_NOOP("Validation", "{name} is archived."), name=target.name)
                )
            now = utcnow()
            previous = vehicle.customer_id
            for own in vehicle.ownerships:
                if own.until is None:
                    own.until = now
            s.add(
                VehicleOwnership(
                    vehicle=vehicle, customer_id=target.id, since=now, note=clean(note),
                    recorded_by=self.user,
                )
            )
            vehicle.customer_id = target.id
            vehicle.customer = target
            audit.record(s, "transfer", "vehicle", vehicle.id, from_customer=previous,
                         to_customer=target.id, note=clean(note))
            s.flush()
            return vehicle_detail(s, vehicle)

    def merge_customers(self, keep_id: int, merge_id: int) -> CustomerDetail:
        """Fold ``merge_id`` into ``keep_id``: phones, tags, vehicles and all history move;
        the merged file stays, archived, pointing at the one kept."""
        self.require("customers.merge")
        if keep_id == merge_id:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Choose two different customers.")))
        with writing(self.db, self.user) as s:
            keep = self._customer(s, keep_id)
            gone = self._customer(s, merge_id)
            for c in (keep, gone):
                if c.merged_into_id is not None:
                    raise Refused(
                        _msg(QT_TRANSLATE_NOOP("Validation", "{name} was already merged."),
                             name=c.name)
                    )
            have = {p.digits for p in keep.phones}
            position = len(keep.phones)
            for phone in list(gone.phones):
                if phone.digits not in have:
                    keep.phones.append(CustomerPhone(digits=phone.digits, number=phone.number,
                                                     kind=phone.kind, position=position))
                    position += 1
            tags = {t.tag for t in keep.tags}
            for tag in gone.tags:
                if tag.tag not in tags:
                    keep.tags.append(CustomerTag(tag=tag.tag))
            for attr in ("address", "tax_id"):
                if not getattr(keep, attr) and getattr(gone, attr):
                    setattr(keep, attr, getattr(gone, attr))
            if gone.notes:
                keep.notes = (keep.notes + "\n" if keep.notes else "") + f"[{gone.name}] {gone.notes}"
            gone.phones.clear()
            gone.tags.clear()
            gone.archived_at = utcnow()
            gone.archive_reason = ""  # merged_into_id says it; the view words it
            gone.merged_into_id = keep.id
            s.flush()
            moved = repoint_references(s, "customer", gone.id, keep.id, exclude=_OWN_CUSTOMER_ROWS)
            audit.record(s, "merge", "customer", keep.id, merged=gone.id, merged_name=gone.name,
                         moved=moved)
            s.flush()
            s.expire_all()
            return customer_detail(s, self._customer(s, keep_id))

    def archive_customer(self, customer_id: int, reason: str = "") -> CustomerDetail:
        self.require("customers.archive")
        with writing(self.db, self.user) as s:
            customer = self._customer(s, customer_id)
            customer.archived_at = utcnow()
            customer.archive_reason = clean(reason)
            audit.record(s, "archive", "customer", customer.id, reason=clean(reason))
            s.flush()
            return customer_detail(s, customer)

    def restore_customer(self, customer_id: int) -> CustomerDetail:
        self.require("customers.archive")
        with writing(self.db, self.user) as s:
            customer = self._customer(s, customer_id)
            if customer.merged_into_id is not None:
                raise Refused(
                    _msg(QT_TRANSLATE_NOOP("Validation", "A merged customer cannot be restored."))
                )
            customer.archived_at = None
            customer.archive_reason = ""
            audit.record(s, "restore", "customer", customer.id)
            s.flush()
            return customer_detail(s, customer)

    def delete_customer(self, customer_id: int) -> None:
        """Only a customer with no vehicles and no history can be deleted; others are archived."""
        self.require("customers.archive")
        with writing(self.db, self.user) as s:
            customer = self._customer(s, customer_id)
            if customer.vehicles or count_references(
                s, "customer", customer.id, exclude=_OWN_CUSTOMER_ROWS
            ):
                raise Refused(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{name} has vehicles or history and cannot be deleted; archive "
                            "the file instead.",
                        ),
                        name=customer.name,
                    )
                )
            audit.record(s, "delete", "customer", customer.id, name=customer.name)
            s.delete(customer)

    def archive_vehicle(self, vehicle_id: int, reason: str = "") -> VehicleDetail:
        self.require("customers.archive")
        with writing(self.db, self.user) as s:
            vehicle = self._vehicle(s, vehicle_id)
            vehicle.archived_at = utcnow()
            vehicle.archive_reason = clean(reason)
            audit.record(s, "archive", "vehicle", vehicle.id, reason=clean(reason))
            s.flush()
            return vehicle_detail(s, vehicle)

    def restore_vehicle(self, vehicle_id: int) -> VehicleDetail:
        self.require("customers.archive")
        with writing(self.db, self.user) as s:
            vehicle = self._vehicle(s, vehicle_id)
            vehicle.archived_at = None
            vehicle.archive_reason = ""
            audit.record(s, "restore", "vehicle", vehicle.id)
            s.flush()
            return vehicle_detail(s, vehicle)

    def delete_vehicle(self, vehicle_id: int) -> None:
        """A vehicle entered by mistake can go; one with history is archived instead."""
        self.require("customers.archive")
        with writing(self.db, self.user) as s:
            vehicle = self._vehicle(s, vehicle_id)
            owners = {o.customer_id for o in vehicle.ownerships}
            if len(owners) > 1 or count_references(s, "vehicle", vehicle.id, exclude=_OWN_VEHICLE_ROWS):
                raise Refused(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "This vehicle has history and cannot be deleted; archive it instead.",
                        )
                    )
                )
            audit.record(s, "delete", "vehicle", vehicle.id, plate=vehicle.plate, vin=vehicle.vin)
            s.execute(delete(VehicleOwnership).where(VehicleOwnership.vehicle_id == vehicle.id))
            s.delete(vehicle)

    # internals ----------------------------------------------------------------------------

    def _customer(self, s: Session, customer_id: int, version: int | None = None) -> Customer:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFound("customer", customer_id)
        if version is not None and customer.version != version:
            raise StaleEdit()
        return customer

    def _vehicle(self, s: Session, vehicle_id: int, version: int | None = None) -> Vehicle:
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound("vehicle", vehicle_id)
        if version is not None and vehicle.version != version:
            raise StaleEdit()
        return vehicle

    def _phone_matches(self, s: Session, digits: Sequence[str], exclude_id: int | None) -> list[ExistingRecord]:
        q = (
            select(CustomerPhone.number, Customer.id, Customer.name)
            .join(Customer)
            .where(CustomerPhone.digits.in_(digits), Customer.merged_into_id.is_(None))
            .order_by(Customer.id)
        )
        if exclude_id is not None:
            q = q.where(Customer.id != exclude_id)
        seen: dict[int, ExistingRecord] = {}
        for number, cid, name in s.execute(q):
            seen.setdefault(cid, ExistingRecord(customer_id=cid, customer_name=name, phone=number))
        return list(seen.values())

    def _refuse_duplicate_vehicle(self, s: Session, data: CleanVehicle, own_id: int | None) -> None:
        for field_name, column, value in (
            ("plate", Vehicle.plate, data.plate),
            ("vin", Vehicle.vin, data.vin),
        ):
            if not value:
                continue
            q = select(Vehicle).where(column == value)
            if own_id is not None:
                q = q.where(Vehicle.id != own_id)
            other = s.scalars(q).first()
            if other is not None:
                raise DuplicateVehicle(field_name, value, _existing_for_vehicle(other))

    def _add_vehicle(self, s: Session, customer: Customer, data: CleanVehicle) -> Vehicle:
        vehicle = Vehicle(customer=customer)
        apply_vehicle(vehicle, data)
        s.add(vehicle)
        s.flush()
        s.add(VehicleOwnership(vehicle=vehicle, customer_id=customer.id, recorded_by=self.user))
        if data.odometer_km is not None:
            self._add_reading(s, vehicle, data.odometer_km, "reception", None, False, "")
        audit.record(s, "create", "vehicle", vehicle.id, plate=vehicle.plate, vin=vehicle.vin)
        s.flush()
        return vehicle

    def _add_reading(
        self,
        s: Session,
        vehicle: Vehicle,
        km: int,
        source: str,
        read_at: datetime | None,
        allow_lower: bool,
        reason: str,
    ) -> None:
        last = last_readings(s, [vehicle.id]).get(vehicle.id)
        if last is not None and km < last.km:
            if not allow_lower:
                raise OdometerBelowLast(km, last.km, last.read_at)
            if not reason:
                raise ValidationFailed(
                    {
                        "reason": _msg(
                            QT_TRANSLATE_NOOP(
                                "Validation", "Say why the reading is below the last one."
                            )
                        )
                    }
                )
            audit.record(s, "odometer-lower", "vehicle", vehicle.id, km=km, last=last.km,
                         reason=reason)
        reading = OdometerReading(
            km=km, source=source, reason=reason, recorded_by=self.user, read_at=read_at or utcnow()
        )
        vehicle.readings.append(reading)
        s.flush()
