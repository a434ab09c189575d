"""Work orders' plain records: what the views send, what they get back, the checks.

Nothing here touches the database.  ``check_line`` turns a line form into clean values or
field-named messages; ``check_number`` and ``check_km`` check one typed number within its
range.  ``desktop.services.workorders.service`` does the writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop.services.common import limits
from desktop.services.common.money import PAYERS, Totals, line_amount
from desktop.services.common.text import clean
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

PREFIX = "WO"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


# --- what the views send ------------------------------------------------------------------


@dataclass
class ReceptionForm:
    vehicle_id: int
    odometer_km: int | str | None = None
    fuel_eighths: int = 4
    damage_notes: str = ""
    belongings: str = ""
    key_tag: str = ""
    concern: str = ""
    diagnosis: str = ""
    advisor_id: int | None = None
    promised_at: datetime | None = None
    customer_parts: bool = False
    estimate_mode: str = "item"
    rework_of_id: int | None = None
    allow_lower_odometer: bool = False
    odometer_reason: str = ""
    documents_in: str = ""  # the papers that came with the car, comma separated
    non_original_parts: str = ""  # key parts the customer insists on, not original (no guarantee)
    old_parts_choice: str = ""  # take | leave: the replaced parts outside warranty (rules.visit)
    old_parts_outcome: str = ""  # handed | scrapped | none


@dataclass
class LineForm:
    kind: str  # labour | part
    description: str = ""
    quantity: Decimal | str | int = Decimal(1)  # hours for labour, pieces for parts
    unit_price: Decimal | str | None = None  # None: the operation's or the shop's rate
    payer: str = "customer"
    operation_id: int | None = None
    part_number: str = ""
    unit_cost: Decimal | str = Decimal(0)
    discount_pct: Decimal | str = Decimal(0)
    technician_id: int | None = None
    below_cost_allowed_by: str = ""  # the manager who allows a price below cost
    vat_rate: Decimal | str | None = None  # None: the shop's rate; 0: exempt (免税)
    warranty_component: str = ""  # payer "warranty": the component it is claimed under
    goodwill_allowed_by: str = ""  # the manager who puts work outside the cover on the manufacturer
    plan_contract_id: int | None = None  # payer "plan": the maintenance plan that pays (set by "Use plan")


# --- what the views get back --------------------------------------------------------------


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class BayView:
    id: int
    name: str


@dataclass(frozen=True)
class OperationView:
    id: int
    code: str
    name: str
    system: str
    standard_hours: Decimal
    rate: Decimal


@dataclass(frozen=True)
class PackageView:
    id: int
    code: str
    name: str
    interval_km: int | None
    items: int


@dataclass(frozen=True)
class LineView:
    id: int
    position: int
    kind: str
    description: str
    part_number: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    amount: Decimal
    payer: str
    technician: str
    approval: str
    additional: bool
    approved_by: str
    approved_at: datetime | None
    approval_method: str
    reserved_qty: Decimal
    issued_qty: Decimal
    returned_qty: Decimal
    vat_rate: Decimal | None = None
    warranty_component: str = ""
    goodwill_by: str = ""

    @property
    def counts(self) -> bool:
        return self.approval == "approved"


@dataclass(frozen=True)
class EventView:
    at: datetime
    user: str
    from_state: str
    to_state: str
    note: str


@dataclass(frozen=True)
class WorkOrderDetail:
    id: int
    number: str
    version: int
    state: str
    customer_id: int
    customer_name: str
    vehicle_id: int
    plate: str
    vin: str
    vehicle: str
    opened_at: datetime
    odometer_km: int
    fuel_eighths: int
    damage_notes: str
    belongings: str
    key_tag: str
    concern: str
    diagnosis: str
    estimate_mode: str
    advisor_id: int | None
    advisor: str
    promised_at: datetime | None
    customer_parts: bool
    authorized_by: str
    authorized_at: datetime | None
    technician_id: int | None
    technician: str
    bay_id: int | None
    bay: str
    inspected_by: str
    rework_of_id: int | None
    rework_of_number: str
    cancel_reason: str
    delivered_at: datetime | None
    washed_by: str
    washed_at: datetime | None
    release_reason: str
    fee_waived_by: str
    documents_in: str
    documents_returned_to: str
    documents_returned_at: datetime | None
    non_original_parts: str
    lines: tuple[LineView, ...]
    events: tuple[EventView, ...]
    totals: Totals
    pending: Totals
    old_parts_choice: str = ""
    old_parts_outcome: str = ""

    @property
    def has_pending(self) -> bool:
        return any(line.approval == "pending" for line in self.lines)

    def reception(self) -> ReceptionForm:
        return ReceptionForm(
            vehicle_id=self.vehicle_id, odometer_km=self.odometer_km,
            fuel_eighths=self.fuel_eighths, damage_notes=self.damage_notes,
            belongings=self.belongings, key_tag=self.key_tag, concern=self.concern,
            diagnosis=self.diagnosis, advisor_id=self.advisor_id, promised_at=self.promised_at,
            customer_parts=self.customer_parts, estimate_mode=self.estimate_mode,
            rework_of_id=self.rework_of_id, documents_in=self.documents_in,
            non_original_parts=self.non_original_parts, old_parts_choice=self.old_parts_choice,
            old_parts_outcome=self.old_parts_outcome,
        )


@dataclass(frozen=True)
class WorkOrderRow:
    id: int
    number: str
    state: str
    opened_at: datetime
    plate: str
    customer: str
    advisor: str
    promised_at: datetime | None
    concern: str
    rework: bool


@dataclass(frozen=True)
class BoardCar:
    id: int
    number: str
    version: int
    plate: str
    vehicle: str
    customer: str
    state: str
    bay_id: int | None
    bay: str
    technician_id: int | None
    technician: str
    promised_at: datetime | None
    overdue: bool
    waiting_parts: bool


@dataclass(frozen=True)
class Board:
    cars: tuple[BoardCar, ...]
    technicians: tuple[tuple[StaffView, int], ...]  # technician, cars on them now
    bays: tuple[tuple[BayView, str], ...]  # bay, plate of the car in it ('' when free)

    @property
    def free_technicians(self) -> list[StaffView]:
        return [t for t, n in self.technicians if n == 0]

    @property
    def free_bays(self) -> list[BayView]:
        return [b for b, plate in self.bays if not plate]


@dataclass
class OrderFilter:
    states: Sequence[str] = ()
    advisor_id: int | None = None
    payer: str | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""  # number, plate or customer name
    vehicle_id: int | None = None
    rework_only: bool = False
    extra: dict[str, object] = field(default_factory=dict)


# --- checks (pure) ------------------------------------------------------------------------


def check_number(value: object, key: str, errors: dict[str, Message], kind: str) -> Decimal:
    """A typed number within its range (``rules.limits``), or the reason at its field."""
    if value in (None, ""):
        errors[key] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number."))
        return Decimal(0)
    return limits.checked(value, kind, key, errors)


def check_line(form: LineForm, default_rate: Decimal) -> tuple[dict[str, object], dict[str, Message]]:
    """The line's values, cleaned, and what is wrong with them, by field."""
    errors: dict[str, Message] = {}
    kind = form.kind if form.kind in ("labour", "part") else "labour"
    description = clean(form.description)
    if not description:
        errors["description"] = _msg(QT_TRANSLATE_NOOP("Validation", "Describe the work or the part."))
    qty = check_number(form.quantity, "quantity", errors, "hours" if kind == "labour" else "quantity")
    price_in = default_rate if form.unit_price in (None, "") else form.unit_price
    price = check_number(price_in, "unit_price", errors, "unit_price")
    cost = check_number(form.unit_cost or 0, "unit_cost", errors, "unit_cost")
    discount = check_number(form.discount_pct or 0, "discount_pct", errors, "discount_pct")
    payer = form.payer if form.payer in PAYERS else None
    if payer is None:
        errors["payer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose who pays for this line."))
    elif payer == "plan" and form.plan_contract_id is None:
        errors["payer"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "A plan pays only for its own services: put them on the order with “Use plan”."))
    if "quantity" not in errors and "unit_price" not in errors and "discount_pct" not in errors:
        amount = line_amount(qty, price, discount)
    else:
        amount = Decimal(0)
    vat_rate: Decimal | None = None
    if form.vat_rate not in (None, ""):
        vat_rate = limits.to_decimal(form.vat_rate)
        if vat_rate is None or limits.problem(vat_rate, "vat_rate") is not None:
            errors["vat_rate"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the VAT rate."))
            vat_rate = None
    values: dict[str, object] = {
        "vat_rate": vat_rate,
        "kind": kind, "description": description[:200], "quantity": qty, "unit_price": price,
        "unit_cost": cost, "discount_pct": discount, "amount": amount, "payer": payer or "customer",
        "operation_id": form.operation_id, "part_number": clean(form.part_number).upper()[:40],
        "technician_id": form.technician_id,
        "below_cost_by": clean(form.below_cost_allowed_by)[:64],
        "warranty_component": clean(form.warranty_component)[:16] if payer == "warranty" else "",
        "plan_contract_id": form.plan_contract_id if payer == "plan" else None,
    }
    if payer == "warranty" and not values["warranty_component"]:
        errors["warranty_component"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "Which component of the warranty is it claimed under?"))
    return values, errors


def check_km(value: int | str | None, errors: dict[str, Message]) -> int:
    try:
        km = int(clean(str(value)).replace(",", "")) if value not in (None, "") else None
    except ValueError:
        km = None
    if km is None or not 0 <= km <= 2_000_000:
        errors["odometer_km"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the odometer reading in km."))
        return 0
    return km


def below_cost(values: dict[str, object]) -> bool:
    """A part sold for less than it cost the shop (after the line's discount): a manager
    has to allow it."""
    if values["kind"] != "part":
        return False
    price, cost, discount = (Decimal(str(values[k])) for k in ("unit_price", "unit_cost", "discount_pct"))
    return cost > 0 and price - price * discount / 100 < cost
