"""The customer file's plain records: what the views send, what they get back, the checks.

Nothing here touches the database: ``check_customer`` and ``check_vehicle`` turn a form into
clean values or field-named messages, and ``vehicle_history`` lays a car's owners, readings
and work orders out as one timeline.  ``desktop.services.customers.service`` does the writing and
re-exports these names, so callers import from there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.models.customer import CONTACT_CHANNELS, CUSTOMER_KINDS
from desktop.services.common.dates import EARLIEST
from desktop.services.common.phone import Phone, parse_phone
from desktop.services.common.text import clean
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.customers.rules.plate import normalize_plate, plate_problem
from desktop.services.customers.rules.vin import normalize_vin, vin_problem
from desktop.services.workorders.rules.workflow import STATE_LABELS

MAX_NAME = 120
MAX_TAG = 32
MAX_KM = 2_000_000


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)

# --- what the views send ------------------------------------------------------------------


@dataclass
class CustomerForm:
    name: str = ""
    kind: str = "person"
    phones: list[str] = field(default_factory=list)
    address: str = ""
    tax_id: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    preferred_contact: str = "phone"
    consent_contact: bool = True
    advisor_id: int | None = None  # the customer's dedicated advisor (专属服务顾问)


@dataclass
class VehicleForm:
    plate: str = ""
    plate_override: bool = False  # foreign, military or temporary plate
    plate_override_reason: str = ""
    vin: str = ""
    vin_override: bool = False  # imported car whose VIN really breaks the rule
    vin_override_reason: str = ""
    make: str = ""
    model: str = ""
    series: str = ""
    model_year: int | str | None = None
    colour: str = ""
    engine_no: str = ""
    purchase_date: date | None = None
    warranty_start: date | None = None
    notes: str = ""
    odometer_km: int | str | None = None  # first reading, for a new vehicle


# --- what the views get back --------------------------------------------------------------


@dataclass(frozen=True)
class VehicleSummary:
    id: int
    plate: str
    vin: str
    make: str
    model: str
    series: str
    model_year: int | None
    colour: str
    last_km: int | None
    archived: bool

    @property
    def description(self) -> str:
        return " ".join(p for p in (self.make, self.model, self.series) if p)


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    version: int
    kind: str
    name: str
    phones: tuple[str, ...]
    address: str
    tax_id: str
    notes: str
    tags: tuple[str, ...]
    preferred_contact: str
    consent_contact: bool
    archived: bool
    archive_reason: str
    merged_into_id: int | None
    created_at: datetime
    created_by: str
    vehicles: tuple[VehicleSummary, ...]
    legacy_id: str = ""  # the old system's id, when moved in from one
    legacy: tuple[tuple[str, str], ...] = ()  # the old system's columns with no field here
    advisor_id: int | None = None  # the dedicated advisor
    advisor: str = ""

    def form(self) -> CustomerForm:
        return CustomerForm(
            name=self.name,
            kind=self.kind,
            phones=list(self.phones),
            address=self.address,
            tax_id=self.tax_id,
            notes=self.notes,
            tags=list(self.tags),
            preferred_contact=self.preferred_contact,
            consent_contact=self.consent_contact,
            advisor_id=self.advisor_id,
        )


@dataclass(frozen=True)
class Reading:
    km: int
    read_at: datetime
    source: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class Ownership:
    customer_id: int
    customer_name: str
    since: datetime
    until: datetime | None
    note: str


@dataclass(frozen=True)
class HistoryEvent:
    """One line of a vehicle's history; later features add work orders, invoices ..."""

    at: datetime
    kind: str
    summary: Message
    ref_id: int | None = None


@dataclass(frozen=True)
class VehicleDetail:
    id: int
    version: int
    customer_id: int
    customer_name: str
    plate: str
    plate_override_reason: str
    vin: str
    vin_override_reason: str
    make: str
    model: str
    series: str
    model_year: int | None
    colour: str
    engine_no: str
    purchase_date: date | None
    warranty_start: date | None
    notes: str
    archived: bool
    readings: tuple[Reading, ...]
    owners: tuple[Ownership, ...]
    history: tuple[HistoryEvent, ...]

    @property
    def last_km(self) -> int | None:
        return self.readings[-1].km if self.readings else None

    def form(self) -> VehicleForm:
        return VehicleForm(
            plate=self.plate,
            plate_override=bool(self.plate_override_reason),
            plate_override_reason=self.plate_override_reason,
            vin=self.vin,
            vin_override=bool(self.vin_override_reason),
            vin_override_reason=self.vin_override_reason,
            make=self.make,
            model=self.model,
            series=self.series,
            model_year=self.model_year,
            colour=self.colour,
            engine_no=self.engine_no,
            purchase_date=self.purchase_date,
            warranty_start=self.warranty_start,
            notes=self.notes,
        )


# --- validation (pure) --------------------------------------------------------------------


@dataclass
class CleanCustomer:
    name: str
    kind: str
    phones: list[Phone]
    address: str
    tax_id: str
    notes: str
    tags: list[str]
    preferred_contact: str
    consent_contact: bool
    advisor_id: int | None = None


@dataclass
class CleanVehicle:
    plate: str | None
    plate_override_reason: str
    vin: str | None
    vin_override_reason: str
    make: str
    model: str
    series: str
    model_year: int | None
    colour: str
    engine_no: str
    purchase_date: date | None
    warranty_start: date | None
    notes: str
    odometer_km: int | None


def check_customer(form: CustomerForm) -> tuple[CleanCustomer, dict[str, Message]]:
    errors: dict[str, Message] = {}
    name = clean(form.name)
    if not name:
        errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the customer's name."))
    elif not any(ch.isalpha() for ch in name):  # "。", "1", "--": not a name ("吴先生" is)
        errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "\"{name}\" is not a name."), name=name)
    elif len(name) > MAX_NAME:
        errors["name"] = _msg(
            QT_TRANSLATE_NOOP("Validation", "A name has at most {max} characters."), max=MAX_NAME
        )
    phones: list[Phone] = []
    seen: set[str] = set()
    for raw in form.phones:
        if not clean(raw):
            continue
        parsed = parse_phone(raw)
        if isinstance(parsed, Message):
            errors.setdefault("phones", parsed)
        elif parsed.digits not in seen:
            seen.add(parsed.digits)
            phones.append(parsed)
    kind = form.kind if form.kind in CUSTOMER_KINDS else "person"
    contact = form.preferred_contact if form.preferred_contact in CONTACT_CHANNELS else "phone"
    tags: list[str] = []
    for raw_tag in form.tags:
        tag = clean(raw_tag)
        if tag and tag not in tags:
            if len(tag) > MAX_TAG:
                errors["tags"] = _msg(
                    QT_TRANSLATE_NOOP("Validation", "A tag has at most {max} characters."),
                    max=MAX_TAG,
                )
            tags.append(tag[:MAX_TAG])
    address = clean(form.address)
    if len(address) > 255:
        errors["address"] = _msg(
            QT_TRANSLATE_NOOP("Validation", "An address has at most {max} characters."), max=255
        )
    tax_id = clean(form.tax_id).upper().replace(" ", "")
    if tax_id and not (len(tax_id) in (15, 18, 20) and tax_id.isalnum()):
        errors["tax_id"] = _msg(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A taxpayer ID (unified social credit code) has 18 letters and digits.",
            )
        )
    return (
        CleanCustomer(
            name=name,
            kind=kind,
            phones=phones,
            address=address,
            tax_id=tax_id,
            notes=(form.notes or "").strip(),
            tags=tags,
            preferred_contact=contact,
            consent_contact=bool(form.consent_contact),
            advisor_id=form.advisor_id,
        ),
        errors,
    )


def int_or_error(
    value: int | str | None, field_name: str, errors: dict[str, Message], low: int, high: int
) -> int | None:
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    try:
        number = int(clean(str(value)).replace(",", "").replace(" ", ""))
    except ValueError:
        errors[field_name] = _msg(
            QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a whole number."), value=value
        )
        return None
    if not low <= number <= high:
        errors[field_name] = _msg(
            QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
            low=low,
            high=high,
        )
        return None
    return number


def check_vehicle(form: VehicleForm, today: date | None = None) -> tuple[CleanVehicle, dict[str, Message]]:
    errors: dict[str, Message] = {}
    today = today or date.today()
    plate = normalize_plate(form.plate)
    plate_reason = clean(form.plate_override_reason)
    if plate:
        problem = plate_problem(plate)
        if problem and not form.plate_override:
            errors["plate"] = problem
        elif problem and not plate_reason:
            errors["plate_override_reason"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "Say why this plate is accepted (e.g. foreign, temporary)."
                )
            )
        elif not problem:
            plate_reason = ""
    else:
        plate_reason = ""
    vin = normalize_vin(form.vin)
    vin_reason = clean(form.vin_override_reason)
    if vin:
        problem = vin_problem(vin)
        if problem and not form.vin_override:
            errors["vin"] = problem
        elif problem and not vin_reason:
            errors["vin_override_reason"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "Say why this VIN is accepted (e.g. imported car, papers checked)."
                )
            )
        elif problem and len(vin) > 17:
            errors["vin"] = _msg(
                QT_TRANSLATE_NOOP("Validation", "A VIN has at most 17 characters.")
            )
        elif not problem:
            vin_reason = ""
    else:
        vin_reason = ""
    if not plate and not vin:
        errors["plate"] = _msg(
            QT_TRANSLATE_NOOP("Validation", "Enter the plate or the VIN (or both).")
        )
    year = int_or_error(form.model_year, "model_year", errors, 1950, today.year + 1)
    km = int_or_error(form.odometer_km, "odometer_km", errors, 0, MAX_KM)
    for name, value in (("purchase_date", form.purchase_date), ("warranty_start", form.warranty_start)):
        if value is not None and value > today:
            errors[name] = _msg(QT_TRANSLATE_NOOP("Validation", "This date is in the future."))
        elif value is not None and value < EARLIEST:
            errors[name] = _msg(QT_TRANSLATE_NOOP("Validation", "A date before {year} cannot be right here."),
                                year=EARLIEST.year)
    if (
        form.purchase_date
        and form.warranty_start
        and form.warranty_start < form.purchase_date
        and "warranty_start" not in errors
    ):
        errors["warranty_start"] = _msg(
            QT_TRANSLATE_NOOP("Validation", "The warranty cannot start before the purchase.")
        )
    return (
        CleanVehicle(
            plate=plate or None,
            plate_override_reason=plate_reason,
            vin=vin or None,
            vin_override_reason=vin_reason,
            make=clean(form.make)[:64],
            model=clean(form.model)[:64],
            series=clean(form.series)[:64],
            model_year=year,
            colour=clean(form.colour)[:32],
            engine_no=clean(form.engine_no).upper()[:32],
            purchase_date=form.purchase_date,
            warranty_start=form.warranty_start or form.purchase_date,
            notes=(form.notes or "").strip(),
            odometer_km=km,
        ),
        errors,
    )

def legacy_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """The old system's columns kept as JSON; damaged or foreign text shows nothing."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return ()
    return tuple((str(k), str(v)) for k, v in data.items()) if isinstance(data, dict) else ()


# --- the vehicle's history ---------------------------------------------------------------


READING_SOURCES = {
    "reception": QT_TRANSLATE_NOOP("History", "reception"),
    "customer": QT_TRANSLATE_NOOP("History", "told by customer"),
    "road-test": QT_TRANSLATE_NOOP("History", "road test"),
    "import": QT_TRANSLATE_NOOP("History", "imported"),
    "work-order": QT_TRANSLATE_NOOP("History", "work order"),
}


@dataclass(frozen=True)
class OrderMark:
    id: int
    number: str
    state: str
    opened_at: datetime
    odometer_km: int
    concern: str


def vehicle_history(
    readings: Iterable[Reading], owners: Iterable[Ownership], orders: Iterable[OrderMark] = ()
) -> list[HistoryEvent]:
    """Everything that touched the car, newest first: owners, odometer readings, work
    orders.  Invoices, follow-ups and complaints join this list as their features land."""
    events: list[HistoryEvent] = []
    for order in orders:
        concern = order.concern.splitlines()[0][:60] if order.concern else ""
        events.append(HistoryEvent(
            order.opened_at, "work_order",
            Message(QT_TRANSLATE_NOOP("History", "Work order {number} ({state}), {km} km: {concern}"),
                    {"number": order.number, "state": Message(STATE_LABELS[order.state], {}, "States"),
                     "km": f"{order.odometer_km:,}", "concern": concern}, "History"),
            order.id))
    for own in owners:
        events.append(
            HistoryEvent(
                own.since,
                "owner",
                Message(
                    QT_TRANSLATE_NOOP("History", "Owner: {name}"), {"name": own.customer_name}, "History"
                ),
                own.customer_id,
            )
        )
    for r in readings:
        text = (
            QT_TRANSLATE_NOOP("History", "Odometer {km} km ({source}): {reason}")
            if r.reason
            else QT_TRANSLATE_NOOP("History", "Odometer {km} km ({source})")
        )
        source = Message(READING_SOURCES.get(r.source, r.source), {}, "History")
        params = {"km": f"{r.km:,}", "source": source, "reason": r.reason}
        events.append(HistoryEvent(r.read_at, "odometer", Message(text, params, "History")))
    events.sort(key=lambda e: e.at, reverse=True)
    return events
