"""Work orders (维修工单): reception, estimate, authorization, dispatch, additional work,
parts issue, quality check, delivery, cancellation, comebacks; and the workshop board.

Each public method is one unit of work.  Every change of an order checks the version the
person loaded (a second workstation's save is refused, nothing overwritten) and every
state change is kept with time, user and note.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from desktop.models import (
    Bay,
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
from desktop.services.aftercare.planning import after_delivery
from desktop.services.common.money import line_amount
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import (
    NotFound,
    OdometerBelowLast,
    Refused,
    StaleEdit,
    ValidationFailed,
)
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.customers.details import last_readings
from desktop.services.parts.ledger import post_issue
from desktop.services.plans import ledger, use
from desktop.services.reminders.planning import after_visit
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.done import recalls_done
from desktop.services.warranty.lines import at_manufacturer_prices, out_of_cover
from desktop.services.workorders.board import read_board
from desktop.services.workorders.details import order_detail
from desktop.services.workorders.listing import (
    filtered,
    order_row,
    page_after,
    rows_query,
)
from desktop.services.workorders.lists import WorkshopLists
from desktop.services.workorders.records import (
    PREFIX,
    Board,
    LineForm,
    OrderFilter,
    ReceptionForm,
    WorkOrderDetail,
    WorkOrderRow,
    below_cost,
    check_km,
    check_line,
    check_number,
)
from desktop.services.workorders.rules.visit import documents_list, old_parts, papers_problem
from desktop.services.workorders.rules.workflow import (
    CLOSED,
    EDITABLE,
    IN_SHOP,
    OPEN_STATES,
    move_permission,
    move_problem,
)

ESTIMATE_MODES = ("system", "symptom", "item")
APPROVAL_METHODS = ("phone", "in person", "wechat")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def _refuse(text: str, **params: object) -> Refused:
    return Refused(_msg(text, **params))


# --- the service --------------------------------------------------------------------------


class WorkOrderService(WorkshopLists, Service):
    """The visit's use cases; the workshop's people and catalogue as its screens read
    them come from ``WorkshopLists``."""

    # reception ----------------------------------------------------------------------------

    def comeback_candidates(self, vehicle_id: int) -> list[WorkOrderRow]:
        """Orders delivered for this car within the rework window (30 days by default)."""
        with reading(self.db) as s:
            days = int(shop_settings.get(s, "rework_days"))
            since = utcnow() - timedelta(days=days)
            q = rows_query().where(
                WorkOrder.vehicle_id == vehicle_id,
                WorkOrder.state == "delivered",
                WorkOrder.delivered_at >= since,
            )
            return [order_row(r) for r in s.execute(q.order_by(WorkOrder.delivered_at.desc()))]

    def open_order(self, form: ReceptionForm) -> WorkOrderDetail:
        self.require("orders.reception")
        km = self.check_reception(form)
        with writing(self.db, self.user) as s:
            order = self.open_in(s, form, km)
            return order_detail(s, order)

    def check_reception(self, form: ReceptionForm) -> int:
        """The reception form checked field by field; the odometer reading."""
        errors: dict[str, Message] = {}
        km = check_km(form.odometer_km, errors)
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
        return km

    def open_in(self, s: Session, form: ReceptionForm, km: int) -> WorkOrder:
        """Open the order in the caller's transaction (an appointment's arrival opens its
        order in the same step as it records the arrival)."""
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
        return order

    def add_line_in(self, s: Session, order: WorkOrder, kind: str, description: str, operation_id: int | None,
                    part_number: str, quantity: Decimal) -> None:
        """A planned line at the shop's prices, in the caller's transaction."""
        price, cost = self._rate(s, operation_id), Decimal(0)
        if kind == "part":
            part = s.scalar(select(Part).where(Part.number == part_number))
            price, cost = (part.price, part.cost) if part is not None else (Decimal(0), Decimal(0))
        self._add_line(s, order, {"kind": kind, "description": description[:200], "operation_id": operation_id,
                                  "part_number": part_number, "quantity": quantity, "unit_price": price,
                                  "unit_cost": cost, "amount": line_amount(quantity, price),
                                  "payer": "customer", "below_cost_by": ""})

    def update_reception(self, order_id: int, version: int, form: ReceptionForm) -> WorkOrderDetail:
        self.require("orders.reception")
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
            return order_detail(s, order)

    # lines --------------------------------------------------------------------------------

    def add_line(self, order_id: int, version: int, form: LineForm) -> WorkOrderDetail:
        self.require("orders.lines")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            values, errors = check_line(form, self._rate(s, form.operation_id))
            if errors:
                raise ValidationFailed(errors)
            self._warranty(s, order, values, form.goodwill_allowed_by)
            self._allow_below_cost(values)
            self._add_line(s, order, values)
            s.flush()
            return order_detail(s, order)

    def add_package(self, order_id: int, version: int, package_id: int | None, payer: str = "customer",
                    plan_contract_id: int | None = None) -> WorkOrderDetail:
        """All the lines of a maintenance package at once; with a plan, one of its services, paid by it."""
        self.require("orders.lines")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            if plan_contract_id is not None:
                plan = use.check_use_in(s, order, plan_contract_id, package_id)
                package_id, payer = plan.package_id or package_id, "plan"
            if package_id is None:
                raise ValidationFailed({"package": _msg(QT_TRANSLATE_NOOP("Validation", "Choose the package."))})
            if (package := s.get(MaintenancePackage, package_id)) is None:
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
                form.warranty_component = "vehicle" if payer == "warranty" else ""  # e.g. a free inspection
                form.plan_contract_id = plan_contract_id
                values, errors = check_line(form, self._rate(s, form.operation_id))
                if errors:  # a package the shop set up wrongly
                    raise ValidationFailed(errors)
                self._warranty(s, order, values, "")
                self._allow_below_cost(values)
                self._add_line(s, order, values)
            s.flush()
            return order_detail(s, order)

    def update_line(self, order_id: int, version: int, line_id: int, form: LineForm) -> WorkOrderDetail:
        self.require("orders.lines")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            line = self._line(order, line_id)
            if not (order.state in EDITABLE or line.approval == "pending"):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Authorized lines cannot change; add the change as additional work."))
            values, errors = check_line(form, self._rate(s, form.operation_id))
            if errors:
                raise ValidationFailed(errors)
            self._warranty(s, order, values, form.goodwill_allowed_by)
            self._allow_below_cost(values)
            for key, value in values.items():
                setattr(line, key, value)
            self._audit_below_cost(s, order, line)
            self.touch(order)
            s.flush()
            return order_detail(s, order)

    def remove_line(self, order_id: int, version: int, line_id: int) -> WorkOrderDetail:
        self.require("orders.lines")
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            line = self._line(order, line_id)
            if not (order.state in EDITABLE or line.approval == "pending"):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "Authorized lines cannot be removed; the customer signed for them."))
            order.lines.remove(line)
            self.touch(order)
            s.flush()
            return order_detail(s, order)

    def approve_line(self, order_id: int, version: int, line_id: int, approved_by: str,
                     method: str, approve: bool = True) -> WorkOrderDetail:
        """The customer's answer to additional work: who, when, how."""
        self.require("orders.lines")
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
            self.touch(order)
            s.flush()
            return order_detail(s, order)

    # the workflow -------------------------------------------------------------------------

    def move(self, order_id: int, version: int, target: str, *, note: str = "",
             signed_by: str = "", inspector_id: int | None = None) -> WorkOrderDetail:
        self.require(move_permission(target), order_id=order_id, target=target)
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            problem = move_problem(order.state, target, shop_settings.get(s, "wash_step") == "on")
            if problem is not None:
                raise Refused(problem)
            if target == "released" or (order.state == "washing" and target == "ready"):
                raise _refuse(QT_TRANSLATE_NOOP("Validation", "Use “Leave unrepaired…” or “Washed…” for this step."))
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
            if target in ("ready", "washing"):  # the quality check passed
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
                papers = papers_problem(order.documents_in, order.documents_returned_at is not None)
                if papers is not None:
                    raise Refused(papers)
                order.delivered_at = utcnow()
                after_delivery(s, order, order.delivered_at)  # the follow-up calls it plans
                recalls_done(s, order)
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
            if target == "delivered":  # the car's next service due, from this visit on
                after_visit(s, order.vehicle_id, utcnow().astimezone().date())
            return order_detail(s, order)

    def dispatch(self, order_id: int, version: int, *, technician_id: int | None = None,
                 bay_id: int | None = None) -> WorkOrderDetail:
        """The foreman assigns a technician and/or a bay (the board's drag and drop)."""
        self.require("orders.dispatch")
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
            self.touch(order)
            s.flush()
            return order_detail(s, order)

    def issue_part(self, order_id: int, line_id: int, quantity: Decimal | str,
                   returning: bool = False) -> WorkOrderDetail:
        """The parts counter hands out parts against the order, or takes unused ones back.
        A part in the catalogue moves in the stock ledger; one that is not (a part the
        shop buys in for this job only) is counted on the line alone."""
        self.require("parts.issue")
        errors: dict[str, Message] = {}
        qty = check_number(quantity, "quantity", errors, "quantity")
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
            self.touch(order)
            s.flush()
            return order_detail(s, order)

    # reading ------------------------------------------------------------------------------

    def get(self, order_id: int) -> WorkOrderDetail:
        with reading(self.db) as s:
            return order_detail(s, self._order(s, order_id))

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
            rest, branches = replace(flt, states=()), []
            for state in flt.states:
                branch = page_after(filtered(select(WorkOrder.id).where(WorkOrder.state == state), rest,
                                             self.db.is_sqlite), after).order_by(*newest_first).limit(limit)
                branches.append(select(branch.subquery().c.id))
            ids = union_all(*branches).subquery()
            q = rows_query().where(WorkOrder.id.in_(select(ids.c.id)))
        else:
            q = page_after(filtered(rows_query(), flt, self.db.is_sqlite), after)
        q = q.order_by(*newest_first).limit(limit)
        with reading(self.db) as s:
            return [order_row(r) for r in s.execute(q)]

    def board(self) -> Board:
        """Every car in the shop now, with free technicians and bays."""
        with reading(self.db) as s:
            return read_board(s, utcnow())

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
        if order.state in CLOSED:
            problem = move_problem(order.state, "cancelled")
            assert problem is not None
            raise Refused(problem)

    def _rate(self, s: Session, operation_id: int | None) -> Decimal:
        if operation_id is not None:
            op = s.get(LabourOperation, operation_id)
            if op is not None and op.rate is not None:
                return op.rate
        return Decimal(shop_settings.get(s, "labour_rate"))

    def _add_line(self, s: Session, order: WorkOrder, values: dict[str, object]) -> None:
        self._refuse_closed(order)
        additional = order.state not in EDITABLE
        ledger.member_discount_in(s, order.customer_id, values)
        line = WorkOrderLine(**values)
        line.position = max((x.position for x in order.lines), default=0) + 1
        line.additional = additional
        line.approval = "pending" if additional else "approved"
        order.lines.append(line)
        self._audit_below_cost(s, order, line)
        self.touch(order)

    def _allow_below_cost(self, values: dict[str, object]) -> None:
        """A price below cost needs a manager: their approval, or the manager at the desk."""
        if below_cost(values):
            values["below_cost_by"] = self.allowed_by("orders.below_cost", str(values["below_cost_by"]))[:64]
        else:
            values["below_cost_by"] = ""

    def _warranty(self, s: Session, order: WorkOrder, values: dict[str, object], named: str) -> None:
        """A warranty line is at the manufacturer's prices; outside the car's cover it goes to
        the manufacturer only as a manager's goodwill (who, on the line and in the audit log)."""
        at_manufacturer_prices(s, values)
        values["goodwill_by"] = ""
        if values.get("payer") == "warranty" and out_of_cover(s, order, str(values["warranty_component"])):
            values["goodwill_by"] = self.allowed_by("warranty.goodwill", clean(named))[:64]
            audit.record(s, "warranty-goodwill", "work_order", order.id, component=values["warranty_component"],
                         by=values["goodwill_by"])

    def _audit_below_cost(self, s: Session, order: WorkOrder, line: WorkOrderLine) -> None:
        if line.below_cost_by:
            audit.record(s, "price-below-cost", "work_order", order.id, line=line.description,
                         price=str(line.unit_price), cost=str(line.unit_cost),
                         allowed_by=line.below_cost_by)

    def record_move(self, order: WorkOrder, target: str, note: str = "") -> None:
        """In the caller's transaction, a move another use case has checked: kept in the history."""
        self._event(order, order.state, target, note)
        order.state = target
        self.touch(order)

    def record_note(self, order: WorkOrder, note: str) -> None:
        """In the caller's transaction, something that happened to the order (not a move)."""
        self._event(order, order.state, order.state, note)
        self.touch(order)

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
        order.documents_in = "、".join(documents_list(form.documents_in))[:255]
        order.non_original_parts = clean(form.non_original_parts)[:255]
        order.old_parts_choice, order.old_parts_outcome = old_parts(form.old_parts_choice, form.old_parts_outcome)
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


__all__ = ["OPEN_STATES", "Board", "LineForm", "ReceptionForm", "WorkOrderDetail", "WorkOrderService"]
