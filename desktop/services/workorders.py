"""Work orders (维修工单): reception, estimate, authorization, dispatch, additional work,
parts issue, quality check, delivery, cancellation, comebacks; and the workshop board.

Each public method is one unit of work.  Every change of an order checks the version the
person loaded (a second workstation's save is refused, nothing overwritten) and every
state change is kept with time, user and note.
"""
# Longer than the house's ~600 lines: it is split along its seams (reception, lines, the state machine, parts issues, the board)
# with the move to one package per capability, issue #19, next.


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from desktop.db import Database
from desktop.models import (
    Bay,
    Customer,
    LabourOperation,
    MaintenancePackage,
    Part,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderLine,
)
from desktop.models.base import utcnow
from desktop.services import audit, shop_settings
from desktop.services.customers import last_readings
from desktop.services.errors import (
    NotFound,
    OdometerBelowLast,
    Refused,
    StaleEdit,
    ValidationFailed,
)
from desktop.services.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.numbering import format_number, next_number
from desktop.services.parts import post_issue
from desktop.services.rules import limits
from desktop.services.rules.money import PAYERS, Totals, line_amount, totals
from desktop.services.rules.text import clean
from desktop.services.rules.workflow import EDITABLE, IN_SHOP, OPEN_STATES, move_problem
from desktop.services.uow import reading, writing

PREFIX = "WO"
ESTIMATE_MODES = ("system", "symptom", "item")
APPROVAL_METHODS = ("phone", "in person", "wechat")
TEXT_MATCHES = 500  # cars or customers a text filter looks at


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def _refuse(text: str, **params: object) -> Refused:
    return Refused(_msg(text, **params))


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
    lines: tuple[LineView, ...]
    events: tuple[EventView, ...]
    totals: Totals
    pending: Totals

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
            rework_of_id=self.rework_of_id,
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


def _decimal(value: object, key: str, errors: dict[str, Message], kind: str) -> Decimal:
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
    qty = _decimal(form.quantity, "quantity", errors, "hours" if kind == "labour" else "quantity")
    price_in = default_rate if form.unit_price in (None, "") else form.unit_price
    price = _decimal(price_in, "unit_price", errors, "unit_price")
    cost = _decimal(form.unit_cost or 0, "unit_cost", errors, "unit_cost")
    discount = _decimal(form.discount_pct or 0, "discount_pct", errors, "discount_pct")
    payer = form.payer if form.payer in PAYERS else None
    if payer is None:
        errors["payer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose who pays for this line."))
    if "quantity" not in errors and "unit_price" not in errors and "discount_pct" not in errors:
        amount = line_amount(qty, price, discount)
        net_unit = price - price * discount / 100
        if kind == "part" and cost > 0 and net_unit < cost and not clean(form.below_cost_allowed_by):
            errors["unit_price"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{price} is below the cost of {cost}; a manager has to allow it.",
                ),
                price=f"{net_unit:.2f}", cost=f"{cost:.2f}",
            )
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
    }
    return values, errors


# --- the service --------------------------------------------------------------------------


class WorkOrderService:
    def __init__(self, db: Database, user: str = "admin") -> None:
        self.db = db
        self.user = user

    # catalogue and people ---------------------------------------------------------------

    def staff(self, role: str | None = None) -> list[StaffView]:
        with reading(self.db) as s:
            q = select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
            if role:
                q = q.where(Staff.role == role)
            return [StaffView(x.id, x.name, x.role) for x in s.scalars(q)]

    def bays(self) -> list[BayView]:
        with reading(self.db) as s:
            q = select(Bay).where(Bay.active.is_(True)).order_by(Bay.name)
            return [BayView(b.id, b.name) for b in s.scalars(q)]

    def operations(self, text: str = "") -> list[OperationView]:
        with reading(self.db) as s:
            rate = shop_settings.get(s, "labour_rate")
            q = select(LabourOperation).where(LabourOperation.active.is_(True))
            if clean(text):
                like = f"%{clean(text)}%"
                q = q.where(or_(LabourOperation.name.like(like), LabourOperation.code.like(like)))
            return [
                OperationView(o.id, o.code, o.name, o.system, o.standard_hours, o.rate or rate)
                for o in s.scalars(q.order_by(LabourOperation.code))
            ]

    def packages(self) -> list[PackageView]:
        with reading(self.db) as s:
            q = select(MaintenancePackage).where(MaintenancePackage.active.is_(True))
            return [
                PackageView(p.id, p.code, p.name, p.interval_km, len(p.items))
                for p in s.scalars(q.order_by(MaintenancePackage.code))
            ]

    # reception ----------------------------------------------------------------------------

    def comeback_candidates(self, vehicle_id: int) -> list[WorkOrderRow]:
        """Orders delivered for this car within the rework window (30 days by default)."""
        with reading(self.db) as s:
            days = int(shop_settings.get(s, "rework_days"))
            since = utcnow() - timedelta(days=days)
            q = _rows_query().where(
                WorkOrder.vehicle_id == vehicle_id,
                WorkOrder.state == "delivered",
                WorkOrder.delivered_at >= since,
            )
            return [_row(r) for r in s.execute(q.order_by(WorkOrder.delivered_at.desc()))]

    def open_order(self, form: ReceptionForm) -> WorkOrderDetail:
        errors: dict[str, Message] = {}
        km = _km(form.odometer_km, errors)
        if form.promised_at is not None and form.promised_at < utcnow() - timedelta(minutes=5):
            errors["promised_at"] = _msg(QT_TRANSLATE_NOOP("Validation", "The promised time is in the past."))
        if form.fuel_eighths not in range(9):
            errors["fuel_eighths"] = _msg(QT_TRANSLATE_NOOP("Validation", "Fuel is between empty and full."))
        if not clean(form.concern):
            errors["concern"] = _msg(
                QT_TRANSLATE_NOOP("Validation", "Write down the customer's concern in their words.")
            )
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            vehicle = s.get(Vehicle, form.vehicle_id)
            if vehicle is None:
                raise NotFound("vehicle", form.vehicle_id)
            if vehicle.archived_at is not None or vehicle.customer.archived_at is not None:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "This vehicle or its owner is archived; restore it before opening an order."))
            self._record_odometer(s, vehicle, km, form)
            year = datetime.now(UTC).astimezone().year
            seq = next_number(s, f"{PREFIX}{year}")
            order = WorkOrder(
                number=format_number(PREFIX, year, seq), year=year, seq=seq,
                customer_id=vehicle.customer_id, vehicle_id=vehicle.id, odometer_km=km,
            )
            self._apply_reception(s, order, form)
            if form.rework_of_id is not None:
                self._link_rework(s, order, form.rework_of_id)
            s.add(order)
            s.flush()
            self._event(order, "", "draft", "")
            s.flush()
            return self._detail(s, order)

    def update_reception(self, order_id: int, version: int, form: ReceptionForm) -> WorkOrderDetail:
        errors: dict[str, Message] = {}
        if not clean(form.concern):
            errors["concern"] = _msg(
                QT_TRANSLATE_NOOP("Validation", "Write down the customer's concern in their words.")
            )
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            self._refuse_closed(order)
            if form.promised_at != order.promised_at and form.promised_at is not None \
                    and form.promised_at < utcnow() - timedelta(minutes=5):
                raise ValidationFailed({"promised_at": _msg(
                    QT_TRANSLATE_NOOP("Validation", "The promised time is in the past."))})
            self._apply_reception(s, order, form)
            s.flush()
            return self._detail(s, order)

    # lines --------------------------------------------------------------------------------

    def add_line(self, order_id: int, version: int, form: LineForm) -> WorkOrderDetail:
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            values, errors = check_line(form, self._rate(s, form.operation_id))
            if errors:
                raise ValidationFailed(errors)
            self._add_line(s, order, values)
            s.flush()
            return self._detail(s, order)

    def add_package(self, order_id: int, version: int, package_id: int, payer: str = "customer") -> WorkOrderDetail:
        """All the lines of a maintenance package at once."""
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            package = s.get(MaintenancePackage, package_id)
            if package is None:
                raise NotFound("package", package_id)
            for item in package.items:
                if item.kind == "labour" and item.operation is not None and not item.description:
                    # A catalogue operation: its name, standard hours and rate as they are now.
                    form = LineForm("labour", item.operation.name, item.operation.standard_hours,
                                    item.operation.rate, payer, operation_id=item.operation.id)
                elif item.kind == "labour":
                    form = LineForm("labour", item.description, item.quantity, item.unit_price, payer,
                                    operation_id=item.operation_id)
                else:
                    form = LineForm("part", item.description, item.quantity, item.unit_price, payer,
                                    part_number=item.part_number, unit_cost=item.unit_cost)
                values, errors = check_line(form, self._rate(s, form.operation_id))
                if errors:  # a package the shop set up wrongly
                    raise ValidationFailed(errors)
                self._add_line(s, order, values)
            s.flush()
            return self._detail(s, order)

    def update_line(self, order_id: int, version: int, line_id: int, form: LineForm) -> WorkOrderDetail:
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            line = self._line(order, line_id)
            if not (order.state in EDITABLE or line.approval == "pending"):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Authorized lines cannot change; add the change as additional work."))
            values, errors = check_line(form, self._rate(s, form.operation_id))
            if errors:
                raise ValidationFailed(errors)
            for key, value in values.items():
                setattr(line, key, value)
            self._audit_below_cost(s, order, line)
            self._touch(order)
            s.flush()
            return self._detail(s, order)

    def remove_line(self, order_id: int, version: int, line_id: int) -> WorkOrderDetail:
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            line = self._line(order, line_id)
            if not (order.state in EDITABLE or line.approval == "pending"):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Authorized lines cannot be removed; the customer signed for them."))
            order.lines.remove(line)
            self._touch(order)
            s.flush()
            return self._detail(s, order)

    def approve_line(self, order_id: int, version: int, line_id: int, approved_by: str,
                     method: str, approve: bool = True) -> WorkOrderDetail:
        """The customer's answer to additional work: who, when, how."""
        errors: dict[str, Message] = {}
        if not clean(approved_by):
            errors["approved_by"] = _msg(QT_TRANSLATE_NOOP("Validation", "Who gave the answer?"))
        if method not in APPROVAL_METHODS:
            errors["approval_method"] = _msg(QT_TRANSLATE_NOOP("Validation", "How was the answer given?"))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            self._refuse_closed(order)
            line = self._line(order, line_id)
            if line.approval != "pending":
                raise _refuse(QT_TRANSLATE_NOOP("Validation", "This line is not waiting for approval."))
            line.approval = "approved" if approve else "declined"
            line.approved_by = clean(approved_by)[:64]
            line.approved_at = utcnow()
            line.approval_method = method
            if approve and line.kind == "part":
                line.reserved_qty = line.quantity
            self._touch(order)
            s.flush()
            return self._detail(s, order)

    # the workflow -------------------------------------------------------------------------

    def move(self, order_id: int, version: int, target: str, *, note: str = "",
             signed_by: str = "", inspector_id: int | None = None) -> WorkOrderDetail:
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            problem = move_problem(order.state, target)
            if problem is not None:
                raise Refused(problem)
            counting = [line for line in order.lines if line.approval == "approved"]
            if target == "estimated" and not counting:
                raise _refuse(QT_TRANSLATE_NOOP("Validation", "Add the work to do before estimating."))
            if target == "authorized":
                if not clean(signed_by):
                    raise ValidationFailed({"signed_by": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Who signed the work order?"))})
                order.authorized_by = clean(signed_by)[:64]
                order.authorized_at = utcnow()
                for line in counting:
                    if line.kind == "part":
                        line.reserved_qty = line.quantity
            if target == "in_progress" and order.state == "authorized" and order.technician_id is None:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Dispatch the car to a technician before work starts."))
            if target == "in_progress" and order.state == "quality_check" and not clean(note):
                raise ValidationFailed({"note": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Say what failed the quality check."))})
            if target == "ready":
                if inspector_id is None or s.get(Staff, inspector_id) is None:
                    raise ValidationFailed({"inspector": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Who checked the car?"))})
                order.inspected_by_id = inspector_id
            if target == "quality_check" and any(line.approval == "pending" for line in order.lines):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Additional work is still waiting for the customer's answer."))
            if target == "delivered":
                if any(line.approval == "pending" for line in order.lines):
                    raise _refuse(QT_TRANSLATE_NOOP(
                        "Validation", "Additional work is still waiting for the customer's answer."))
                order.delivered_at = utcnow()
            if target == "cancelled":
                if not clean(note):
                    raise ValidationFailed({"note": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Say why the order is cancelled."))})
                order.cancel_reason = clean(note)[:255]
                for line in order.lines:
                    line.reserved_qty = Decimal(0)
            self._event(order, order.state, target, clean(note))
            order.state = target
            s.flush()
            return self._detail(s, order)

    def dispatch(self, order_id: int, version: int, *, technician_id: int | None = None,
                 bay_id: int | None = None) -> WorkOrderDetail:
        """The foreman assigns a technician and/or a bay (the board's drag and drop)."""
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            if order.state not in IN_SHOP:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Only authorized orders in the shop are dispatched."))
            if technician_id is not None:
                tech = s.get(Staff, technician_id)
                if tech is None or not tech.active:
                    raise NotFound("technician", technician_id)
                order.technician_id = tech.id
                for line in order.lines:
                    if line.kind == "labour" and line.technician_id is None:
                        line.technician_id = tech.id
            if bay_id is not None:
                bay = s.get(Bay, bay_id)
                if bay is None or not bay.active:
                    raise NotFound("bay", bay_id)
                order.bay_id = bay.id
            self._touch(order)
            s.flush()
            return self._detail(s, order)

    def issue_part(self, order_id: int, line_id: int, quantity: Decimal | str,
                   returning: bool = False) -> WorkOrderDetail:
        """The parts counter hands out parts against the order, or takes unused ones back.
        A part in the catalogue moves in the stock ledger; one that is not (a part the
        shop buys in for this job only) is counted on the line alone."""
        errors: dict[str, Message] = {}
        qty = _decimal(quantity, "quantity", errors, "quantity")
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id)
            if order.state not in IN_SHOP:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Parts are issued only to authorized orders in the shop."))
            line = self._line(order, line_id)
            if line.kind != "part" or line.approval != "approved":
                raise _refuse(QT_TRANSLATE_NOOP("Validation", "Only approved part lines are issued."))
            out = line.issued_qty - line.returned_qty
            part = s.scalar(select(Part).where(Part.number == line.part_number)) if line.part_number else None
            if returning:
                if qty > out:
                    raise ValidationFailed({"quantity": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Only {count} were issued and not yet returned."), count=out)})
                line.returned_qty += qty
            else:
                if out + qty > line.quantity:
                    raise ValidationFailed({"quantity": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "The order needs {count} more at most."), count=line.quantity - out)})
                line.issued_qty += qty
            if part is not None:  # a catalogue part moves in the stock ledger
                post_issue(s, part, qty, line.id, self.user, returning=returning)
            audit.record(s, "return-part" if returning else "issue-part", "work_order", order.id,
                         line=line.id, part=line.part_number, quantity=str(qty))
            self._touch(order)
            s.flush()
            return self._detail(s, order)

    # reading ------------------------------------------------------------------------------

    def get(self, order_id: int) -> WorkOrderDetail:
        with reading(self.db) as s:
            return self._detail(s, self._order(s, order_id))

    def find_number(self, number: str) -> int | None:
        with reading(self.db) as s:
            return s.scalar(select(WorkOrder.id).where(WorkOrder.number == clean(number).upper()))

    def page(self, flt: OrderFilter, after: WorkOrderRow | None = None, limit: int = 200) -> list[WorkOrderRow]:
        """The order list, newest first, one page at a time (keyset on opened time and id,
        so the list of 300,000 orders opens as fast as one of 1,000)."""
        newest_first = (WorkOrder.opened_at.desc(), WorkOrder.id.desc())
        if flt.states:
            # The newest ``limit`` of each state, each through the (state, opened) index,
            # then merged: "state IN (...) ORDER BY opened" would otherwise walk the date
            # index through 300,000 delivered orders to find a dozen open ones.
            rest = replace(flt, states=())
            branches = []
            for state in flt.states:
                branch = _after(_filtered(select(WorkOrder.id).where(WorkOrder.state == state), rest), after)
                branches.append(select(branch.order_by(*newest_first).limit(limit).subquery().c.id))
            ids = union_all(*branches).subquery()
            q = _rows_query().where(WorkOrder.id.in_(select(ids.c.id)))
        else:
            q = _after(_filtered(_rows_query(), flt), after)
        q = q.order_by(*newest_first).limit(limit)
        with reading(self.db) as s:
            return [_row(r) for r in s.execute(q)]

    def board(self) -> Board:
        """Every car in the shop now, with free technicians and bays."""
        now = utcnow()
        with reading(self.db) as s:
            tech = _staff_alias()
            q = (
                select(WorkOrder, Vehicle.plate, Vehicle.make, Vehicle.model, Customer.name,
                       Bay.name, tech.name)
                .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
                .join(Customer, Customer.id == WorkOrder.customer_id)
                .outerjoin(Bay, Bay.id == WorkOrder.bay_id)
                .outerjoin(tech, tech.id == WorkOrder.technician_id)
                .where(WorkOrder.state.in_(IN_SHOP))
                .order_by(WorkOrder.promised_at.is_(None), WorkOrder.promised_at, WorkOrder.id)
            )
            cars = tuple(
                BoardCar(
                    id=o.id, number=o.number, version=o.version, plate=plate or "",
                    vehicle=" ".join(x for x in (make, model) if x), customer=cname,
                    state=o.state, bay_id=o.bay_id, bay=bay or "", technician_id=o.technician_id,
                    technician=tname or "", promised_at=o.promised_at,
                    overdue=o.promised_at is not None and o.promised_at < now and o.state != "ready",
                    waiting_parts=o.state == "waiting_parts",
                )
                for o, plate, make, model, cname, bay, tname in cast("list[Any]", s.execute(q).all())
            )
            load: dict[int, int] = {}
            for car in cars:
                if car.technician_id is not None and car.state != "ready":
                    load[car.technician_id] = load.get(car.technician_id, 0) + 1
            techs = s.scalars(select(Staff).where(Staff.active.is_(True), Staff.role == "technician")
                              .order_by(Staff.name))
            in_bay = {c.bay_id: c.plate for c in cars if c.bay_id is not None}
            bays = s.scalars(select(Bay).where(Bay.active.is_(True)).order_by(Bay.name))
            return Board(
                cars=cars,
                technicians=tuple((StaffView(t.id, t.name, t.role), load.get(t.id, 0)) for t in techs),
                bays=tuple((BayView(b.id, b.name), in_bay.get(b.id, "")) for b in bays),
            )

    def rework_rate(self, since: datetime, until: datetime) -> tuple[int, int]:
        """(comebacks, delivered orders) in the period: the rework KPI (≤ 3 % is the target)."""
        with reading(self.db) as s:
            base = select(func.count()).select_from(WorkOrder).where(
                WorkOrder.state == "delivered", WorkOrder.delivered_at >= since,
                WorkOrder.delivered_at < until)
            delivered = int(s.scalar(base) or 0)
            comebacks = int(s.scalar(base.where(WorkOrder.rework_of_id.is_not(None))) or 0)
            return comebacks, delivered

    # internals ----------------------------------------------------------------------------

    def _order(self, s: Session, order_id: int, version: int | None = None) -> WorkOrder:
        order = s.get(WorkOrder, order_id)
        if order is None:
            raise NotFound("work order", order_id)
        if version is not None and order.version != version:
            raise StaleEdit()
        return order

    @staticmethod
    def _line(order: WorkOrder, line_id: int) -> WorkOrderLine:
        for line in order.lines:
            if line.id == line_id:
                return line
        raise NotFound("line", line_id)

    @staticmethod
    def _refuse_closed(order: WorkOrder) -> None:
        if order.state in ("delivered", "cancelled"):
            problem = move_problem(order.state, "cancelled")
            assert problem is not None
            raise Refused(problem)

    def _touch(self, order: WorkOrder) -> None:
        """Changing a line changes the order: its version moves, so a stale copy is refused."""
        order.updated_at = utcnow()
        order.updated_by = self.user

    def _rate(self, s: Session, operation_id: int | None) -> Decimal:
        if operation_id is not None:
            op = s.get(LabourOperation, operation_id)
            if op is not None and op.rate is not None:
                return op.rate
        return Decimal(shop_settings.get(s, "labour_rate"))

    def _add_line(self, s: Session, order: WorkOrder, values: dict[str, object]) -> None:
        self._refuse_closed(order)
        additional = order.state not in EDITABLE
        line = WorkOrderLine(**values)
        line.position = max((x.position for x in order.lines), default=0) + 1
        line.additional = additional
        line.approval = "pending" if additional else "approved"
        order.lines.append(line)
        self._audit_below_cost(s, order, line)
        self._touch(order)

    def _audit_below_cost(self, s: Session, order: WorkOrder, line: WorkOrderLine) -> None:
        if line.below_cost_by:
            audit.record(s, "price-below-cost", "work_order", order.id, line=line.description,
                         price=str(line.unit_price), cost=str(line.unit_cost),
                         allowed_by=line.below_cost_by)

    def _event(self, order: WorkOrder, before: str, after: str, note: str) -> None:
        order.events.append(WorkOrderEvent(user=self.user, from_state=before, to_state=after,
                                           note=note[:255]))

    def _record_odometer(self, s: Session, vehicle: Vehicle, km: int, form: ReceptionForm) -> None:
        from desktop.models import OdometerReading

        last = last_readings(s, [vehicle.id]).get(vehicle.id)
        reason = clean(form.odometer_reason)
        if last is not None and km < last.km:
            if not form.allow_lower_odometer:
                raise OdometerBelowLast(km, last.km, last.read_at)
            if not reason:
                raise ValidationFailed({"odometer_reason": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Say why the reading is below the last one."))})
            audit.record(s, "odometer-lower", "vehicle", vehicle.id, km=km, last=last.km, reason=reason)
        vehicle.readings.append(OdometerReading(km=km, source="work-order", reason=reason,
                                                recorded_by=self.user))

    def _apply_reception(self, s: Session, order: WorkOrder, form: ReceptionForm) -> None:
        order.fuel_eighths = form.fuel_eighths
        order.damage_notes = form.damage_notes.strip()
        order.belongings = form.belongings.strip()
        order.key_tag = clean(form.key_tag)[:16]
        order.concern = form.concern.strip()
        order.diagnosis = form.diagnosis.strip()
        order.promised_at = form.promised_at
        order.customer_parts = form.customer_parts
        order.estimate_mode = form.estimate_mode if form.estimate_mode in ESTIMATE_MODES else "item"
        if form.advisor_id is not None and s.get(Staff, form.advisor_id) is None:
            raise NotFound("advisor", form.advisor_id)
        order.advisor_id = form.advisor_id

    def _link_rework(self, s: Session, order: WorkOrder, first_id: int) -> None:
        first = s.get(WorkOrder, first_id)
        if first is None or first.vehicle_id != order.vehicle_id or first.state != "delivered":
            raise _refuse(QT_TRANSLATE_NOOP(
                "Validation", "A comeback links to a delivered order of the same car."))
        order.rework_of_id = first.id

    def _detail(self, s: Session, order: WorkOrder) -> WorkOrderDetail:
        vehicle = s.get(Vehicle, order.vehicle_id)
        customer = s.get(Customer, order.customer_id)
        assert vehicle is not None and customer is not None
        staff_ids = {order.advisor_id, order.technician_id, order.inspected_by_id,
                     *(line.technician_id for line in order.lines)} - {None}
        names: dict[int | None, str] = {
            sid: name for sid, name in s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids)))
        }
        bay = s.get(Bay, order.bay_id) if order.bay_id else None
        rework_number = ""
        if order.rework_of_id:
            rework_number = s.scalar(select(WorkOrder.number).where(WorkOrder.id == order.rework_of_id)) or ""
        lines = tuple(
            LineView(
                id=x.id, position=x.position, kind=x.kind, description=x.description,
                part_number=x.part_number, quantity=x.quantity, unit_price=x.unit_price,
                discount_pct=x.discount_pct, amount=x.amount, payer=x.payer,
                technician=names.get(x.technician_id, ""), approval=x.approval,
                additional=x.additional, approved_by=x.approved_by, approved_at=x.approved_at,
                approval_method=x.approval_method, reserved_qty=x.reserved_qty,
                issued_qty=x.issued_qty, returned_qty=x.returned_qty, vat_rate=x.vat_rate,
            )
            for x in order.lines
        )
        vat = Decimal(shop_settings.get(s, "vat_rate"))
        return WorkOrderDetail(
            id=order.id, number=order.number, version=order.version, state=order.state,
            customer_id=customer.id, customer_name=customer.name, vehicle_id=vehicle.id,
            plate=vehicle.plate or "", vin=vehicle.vin or "",
            vehicle=" ".join(x for x in (vehicle.make, vehicle.model, vehicle.series) if x),
            opened_at=order.opened_at, odometer_km=order.odometer_km,
            fuel_eighths=order.fuel_eighths, damage_notes=order.damage_notes,
            belongings=order.belongings, key_tag=order.key_tag, concern=order.concern,
            diagnosis=order.diagnosis, estimate_mode=order.estimate_mode,
            advisor_id=order.advisor_id, advisor=names.get(order.advisor_id, ""),
            promised_at=order.promised_at, customer_parts=order.customer_parts,
            authorized_by=order.authorized_by, authorized_at=order.authorized_at,
            technician_id=order.technician_id, technician=names.get(order.technician_id, ""),
            bay_id=order.bay_id, bay=bay.name if bay else "",
            inspected_by=names.get(order.inspected_by_id, ""),
            rework_of_id=order.rework_of_id, rework_of_number=rework_number,
            cancel_reason=order.cancel_reason, delivered_at=order.delivered_at,
            lines=lines,
            events=tuple(EventView(e.at, e.user, e.from_state, e.to_state, e.note) for e in order.events),
            totals=totals(((x.payer, x.kind, x.amount, x.vat_rate) for x in lines if x.approval == "approved"), vat),
            pending=totals(((x.payer, x.kind, x.amount, x.vat_rate) for x in lines if x.approval == "pending"), vat),
        )


def _km(value: int | str | None, errors: dict[str, Message]) -> int:
    try:
        km = int(clean(str(value)).replace(",", "")) if value not in (None, "") else None
    except ValueError:
        km = None
    if km is None or not 0 <= km <= 2_000_000:
        errors["odometer_km"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the odometer reading in km."))
        return 0
    return km


def _staff_alias() -> type[Staff]:
    return cast("type[Staff]", aliased(Staff))


def _rows_query() -> Select:  # type: ignore[type-arg]
    advisor = _staff_alias()
    return (
        select(WorkOrder.id, WorkOrder.number, WorkOrder.state, WorkOrder.opened_at,
               Vehicle.plate, Customer.name, advisor.name, WorkOrder.promised_at,
               WorkOrder.concern, WorkOrder.rework_of_id)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(advisor, advisor.id == WorkOrder.advisor_id)
    )


def _row(r: Sequence[Any]) -> WorkOrderRow:
    oid, number, state, opened, plate, customer, advisor, promised, concern, rework = r
    return WorkOrderRow(
        id=oid, number=number, state=state, opened_at=opened, plate=plate or "",
        customer=customer, advisor=advisor or "", promised_at=promised,
        concern=concern.splitlines()[0][:60] if concern else "",
        rework=rework is not None,
    )


def _after(q: Select, after: WorkOrderRow | None) -> Select:  # type: ignore[type-arg]
    """Keyset paging: the orders listed after ``after`` (newest first)."""
    if after is None:
        return q
    return q.where(or_(WorkOrder.opened_at < after.opened_at,
                       and_(WorkOrder.opened_at == after.opened_at, WorkOrder.id < after.id)))


def _filtered(q: Select, flt: OrderFilter) -> Select:  # type: ignore[type-arg]
    if flt.states:
        q = q.where(WorkOrder.state.in_(list(flt.states)))
    if flt.advisor_id is not None:
        q = q.where(WorkOrder.advisor_id == flt.advisor_id)
    if flt.vehicle_id is not None:
        q = q.where(WorkOrder.vehicle_id == flt.vehicle_id)
    if flt.rework_only:
        q = q.where(WorkOrder.rework_of_id.is_not(None))
    if flt.since is not None:
        q = q.where(WorkOrder.opened_at >= datetime.combine(flt.since, datetime.min.time()).astimezone(UTC))
    if flt.until is not None:
        end = datetime.combine(flt.until + timedelta(days=1), datetime.min.time()).astimezone(UTC)
        q = q.where(WorkOrder.opened_at < end)
    if flt.payer:
        q = q.where(WorkOrder.id.in_(
            select(WorkOrderLine.work_order_id).where(WorkOrderLine.payer == flt.payer)))
    text = clean(flt.text).upper()
    if text:
        if text.startswith("WO"):
            q = q.where(WorkOrder.number.like(f"{text}%"))
        else:
            # Find the cars and customers first (narrow scans of their own indexes), then
            # their orders by index: scanning 300,000 orders for a plate would not scale.
            cars = (select(Vehicle.id).where(Vehicle.plate.contains(text, autoescape=True))
                    .limit(TEXT_MATCHES).scalar_subquery())
            people = (select(Customer.id).where(Customer.name.contains(clean(flt.text), autoescape=True))
                      .limit(TEXT_MATCHES).scalar_subquery())
            matches = [WorkOrder.vehicle_id.in_(cars), WorkOrder.customer_id.in_(people)]
            if text.isdigit() and len(text) <= 6:  # "123" is WO<year>-000123 of a recent year
                this_year = date.today().year
                numbers = [format_number(PREFIX, y, int(text)) for y in range(this_year - 5, this_year + 1)]
                matches.append(WorkOrder.number.in_(numbers))
            q = q.where(or_(*matches))
    return q


__all__ = ["OPEN_STATES", "Board", "LineForm", "ReceptionForm", "WorkOrderDetail", "WorkOrderService"]
