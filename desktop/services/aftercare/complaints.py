"""The complaints register (投诉): a complaint from any channel with its customer, car and
work orders, an owner, a report-to-the-manager date and a resolution deadline counted in
working days; every step it takes logged; past its deadline it escalates to the manager;
closed only with a resolution the customer confirmed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Complaint,
    ComplaintAction,
    ComplaintOrder,
    Customer,
    Staff,
    StaffRole,
    Vehicle,
    WorkOrder,
)
from desktop.models.base import utcnow
from desktop.services.aftercare import people
from desktop.services.aftercare.records import (
    ActionRow,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintForm,
    ComplaintRow,
)
from desktop.services.aftercare.rules.complaints import (
    CATEGORIES,
    CHANNELS,
    MOVES,
    OPEN_STATES,
    SEVERITIES,
    move_problem,
    report_by,
)
from desktop.services.common import limits
from desktop.services.common.dates import local_day
from desktop.services.common.text import clean
from desktop.services.common.workdays import add_working_days
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.system import calendar
from desktop.services.system import settings as shop_settings

PREFIX = "TS"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def default_owner(s: Session, fallback: str) -> str:
    """The service manager owns complaints (DOMAIN.md section 12); without one with a
    login, the person taking it."""
    login = s.scalar(select(Staff.login).join(StaffRole, StaffRole.staff_id == Staff.id).where(
        StaffRole.role == "manager", Staff.active.is_(True), Staff.login.is_not(None)).order_by(Staff.id).limit(1))
    return login or fallback


def form_problems(form: ComplaintForm) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if form.customer_id is None:
        errors["customer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the customer who complains."))
    if form.channel not in CHANNELS:
        errors["channel"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how the complaint came in."))
    if form.category not in CATEGORIES:
        errors["category"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what the complaint is about."))
    if form.severity not in SEVERITIES:
        errors["severity"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how serious it is."))
    if not clean(form.description):
        errors["description"] = _msg(QT_TRANSLATE_NOOP("Validation", "Write what the customer complains of."))
    return errors


def open_complaint(s: Session, user: str, form: ComplaintForm, at: datetime | None = None) -> Complaint:
    """A new complaint in the caller's transaction (the complaints page, a follow-up call)."""
    errors = form_problems(form)
    if errors:
        raise ValidationFailed(errors)
    at = at or utcnow()
    customer = s.get(Customer, form.customer_id)
    if customer is None:
        raise NotFound("customer", form.customer_id)
    if form.vehicle_id is not None and s.get(Vehicle, form.vehicle_id) is None:
        raise NotFound("vehicle", form.vehicle_id)
    orders = [s.get(WorkOrder, oid) for oid in dict.fromkeys(form.order_ids)]
    if any(o is None or o.customer_id != customer.id for o in orders):
        raise ValidationFailed({"orders": _msg(QT_TRANSLATE_NOOP(
            "Validation", "A complaint is linked to the customer's own work orders."))})
    day = local_day(at)
    cal = calendar.load(s)
    year = at.astimezone().year
    seq = next_number(s, f"{PREFIX}{year}")
    complaint = Complaint(
        number=f"{PREFIX}{year}-{seq:04d}", received_at=at, channel=form.channel, customer_id=customer.id,
        vehicle_id=form.vehicle_id or (orders[0].vehicle_id if orders and orders[0] else None),
        contact_id=form.contact_id, category=form.category, severity=form.severity,
        about_staff_id=form.about_staff_id, owner=clean(form.owner) or default_owner(s, user), state="open",
        description=clean(form.description)[:4000],
        report_by=report_by(day, shop_settings.get(s, "complaint_report_days")),
        deadline=add_working_days(day, shop_settings.get(s, "complaint_days"), cal.holidays, cal.makeup),
        created_by=user, updated_by=user)
    s.add(complaint)
    s.flush()
    for order in orders:
        if order is not None:
            s.add(ComplaintOrder(complaint_id=complaint.id, work_order_id=order.id))
    _log(s, complaint, user, "opened", form.channel, at)  # the page shows the channel's name
    spot = clean(form.settled_on_spot)
    if spot:  # settled there and then: resolved, the customer told, nothing to report
        complaint.solution = complaint.resolution = complaint.root_cause = spot[:4000]
        complaint.solution_at = complaint.told_at = complaint.resolved_at = at
        complaint.state = "resolved"
        _log(s, complaint, user, "settled", spot, at)
    audit.record(s, "complaint-opened", "complaint", complaint.id, number=complaint.number, channel=form.channel,
                 category=form.category, owner=complaint.owner)
    return complaint


def _log(s: Session, complaint: Complaint, user: str, kind: str, note: str, at: datetime | None = None) -> None:
    s.add(ComplaintAction(complaint_id=complaint.id, at=at or utcnow(), by=user, kind=kind, note=note[:4000]))


def row_query() -> Any:  # Select of (Complaint, customer name, plate)
    return (select(Complaint, Customer.name, Vehicle.plate)
            .join(Customer, Customer.id == Complaint.customer_id)
            .outerjoin(Vehicle, Vehicle.id == Complaint.vehicle_id))


def complaint_rows(s: Session, found: Sequence[Any], today: date) -> list[ComplaintRow]:
    phones = people.phones(s, (r[0].customer_id for r in found))
    out = []
    for c, customer, plate in found:
        open_ = c.state in OPEN_STATES
        out.append(ComplaintRow(
            id=c.id, number=c.number, received_at=c.received_at, age_days=(today - local_day(c.received_at)).days,
            channel=c.channel, customer_id=c.customer_id, customer=customer, phone=phones.get(c.customer_id, ""),
            plate=plate or "", category=c.category, severity=c.severity, owner=c.owner, state=c.state,
            deadline=c.deadline, overdue=open_ and c.deadline < today, escalated=c.escalated_at is not None and open_,
            tell_today=c.solution_at is not None and c.told_at is None and c.state != "closed",
            description=c.description.splitlines()[0][:80] if c.description else "",
            report_late=open_ and c.reported_at is None and c.report_by < today))
    return out


class ComplaintService(Service):

    def open(self, form: ComplaintForm) -> ComplaintDetail:
        self.require("complaints.handle")
        with writing(self.db, self.user) as s:
            complaint = open_complaint(s, self.user, form)
            s.flush()
            return self._detail(s, complaint)

    def page(self, flt: ComplaintFilter = ComplaintFilter(), today: date | None = None) -> list[ComplaintRow]:  # noqa: B008
        """Open complaints oldest first (or every complaint, newest first)."""
        today = today or date.today()
        with reading(self.db) as s:
            q = row_query()
            if flt.open_only:
                q = q.where(Complaint.state.in_((*OPEN_STATES, "resolved"))).order_by(Complaint.received_at)
            else:
                q = q.order_by(Complaint.received_at.desc())
            if flt.mine:
                q = q.where(Complaint.owner == self.user)
            text = clean(flt.text)
            if text:
                like = f"%{text}%"
                q = q.where(or_(Complaint.number.ilike(like), Customer.name.ilike(like), Vehicle.plate.ilike(like)))
            return complaint_rows(s, list(s.execute(q.limit(2000)).all()), today)

    def of_customer(self, customer_id: int) -> list[ComplaintRow]:
        with reading(self.db) as s:
            found = list(s.execute(row_query().where(Complaint.customer_id == customer_id)
                                   .order_by(Complaint.received_at.desc())).all())
            return complaint_rows(s, found, date.today())

    def of_order(self, order_id: int) -> list[ComplaintRow]:
        with reading(self.db) as s:
            found = list(s.execute(row_query().join(ComplaintOrder, ComplaintOrder.complaint_id == Complaint.id)
                                   .where(ComplaintOrder.work_order_id == order_id)
                                   .order_by(Complaint.received_at)).all())
            return complaint_rows(s, found, date.today())

    def get(self, complaint_id: int) -> ComplaintDetail:
        with reading(self.db) as s:
            return self._detail(s, self._complaint(s, complaint_id))

    def escalate(self, today: date | None = None) -> int:
        """Open complaints past their deadline go to the manager (once each); the count."""
        today = today or date.today()
        with writing(self.db, self.user) as s:
            late = list(s.scalars(select(Complaint).where(Complaint.state.in_(OPEN_STATES),
                                                          Complaint.deadline < today,
                                                          Complaint.escalated_at.is_(None))))
            for c in late:
                c.escalated_at = utcnow()
                _log(s, c, self.user, "escalated", c.deadline.isoformat())
                audit.record(s, "complaint-escalated", "complaint", c.id, number=c.number,
                             deadline=c.deadline.isoformat())
            return len(late)

    def counts(self, today: date | None = None) -> tuple[int, int, int]:
        """(open, past their deadline, solutions the customer has not been told yet)."""
        today = today or date.today()
        with reading(self.db) as s:
            open_ = int(s.scalar(select(func.count()).select_from(Complaint).where(
                Complaint.state.in_(OPEN_STATES))) or 0)
            late = int(s.scalar(select(func.count()).select_from(Complaint).where(
                Complaint.state.in_(OPEN_STATES), Complaint.deadline < today)) or 0)
            tell = int(s.scalar(select(func.count()).select_from(Complaint).where(
                Complaint.solution_at.is_not(None), Complaint.told_at.is_(None), Complaint.state != "closed")) or 0)
            return open_, late, tell

    # steps --------------------------------------------------------------------------------

    def start(self, complaint_id: int, version: int, note: str = "") -> ComplaintDetail:
        return self._move(complaint_id, version, "in_progress", note)

    def note(self, complaint_id: int, version: int, text: str) -> ComplaintDetail:
        return self._step(complaint_id, version, "note", text, QT_TRANSLATE_NOOP("Validation", "Write the note."),
                          lambda c, t, at: None)

    def report(self, complaint_id: int, version: int, text: str) -> ComplaintDetail:
        """Reported to the service manager (within 2 days when not settled on the spot)."""
        def apply(c: Complaint, _t: str, at: datetime) -> None:
            c.reported_at = at
        return self._step(complaint_id, version, "reported", text,
                          QT_TRANSLATE_NOOP("Validation", "Say whom it was reported to and how."), apply)

    def solution(self, complaint_id: int, version: int, text: str) -> ComplaintDetail:
        """A solution is found: the customer must be told the same day (on the owner's list)."""
        def apply(c: Complaint, t: str, at: datetime) -> None:
            c.solution, c.solution_at, c.told_at = t[:4000], at, None
            if c.state == "open":
                c.state = "in_progress"
        return self._step(complaint_id, version, "solution", text,
                          QT_TRANSLATE_NOOP("Validation", "Describe the solution."), apply)

    def told(self, complaint_id: int, version: int, how: str) -> ComplaintDetail:
        def apply(c: Complaint, _t: str, at: datetime) -> None:
            if c.solution_at is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Record the solution before telling the customer.")))
            c.told_at = at
        return self._step(complaint_id, version, "told", how,
                          QT_TRANSLATE_NOOP("Validation", "Say how the customer was told."), apply)

    def resolve(self, complaint_id: int, version: int, root_cause: str, resolution: str,
                comeback_order_id: int | None = None) -> ComplaintDetail:
        return self._move(complaint_id, version, "resolved", resolution, root_cause=root_cause,
                          comeback_order_id=comeback_order_id)

    def close(self, complaint_id: int, version: int, confirmation: str) -> ComplaintDetail:
        """Closed once the customer confirmed the solution."""
        return self._move(complaint_id, version, "closed", confirmation)

    def reopen(self, complaint_id: int, version: int, reason: str) -> ComplaintDetail:
        if not clean(reason):
            raise ValidationFailed({"note": _msg(QT_TRANSLATE_NOOP("Validation", "Say why it is not resolved."))})
        return self._move(complaint_id, version, "in_progress", reason)

    def hand_over(self, complaint_id: int, version: int, owner: str) -> ComplaintDetail:
        """A new owner (the manager's decision; approvable on the spot)."""
        self.require("complaints.manage", complaint=complaint_id)
        owner = clean(owner)

        def apply(c: Complaint, _t: str, at: datetime) -> None:
            if not owner or owner == c.owner:
                raise ValidationFailed({"owner": _msg(QT_TRANSLATE_NOOP("Validation", "Choose the new owner."))})
            c.owner = owner[:64]
        return self._step(complaint_id, version, "owner", owner or "-", "", apply)

    def goodwill(self, complaint_id: int, version: int, what: str, amount: object) -> ComplaintDetail:
        """Goodwill given (a credit note, a free line on a work order): a manager approves it."""
        self.require("complaints.manage", complaint=complaint_id, goodwill=str(amount))
        errors: dict[str, Message] = {}
        value = limits.checked(amount if str(amount).strip() else "0", "line_amount", "amount", errors)
        if not clean(what):
            errors["what"] = _msg(QT_TRANSLATE_NOOP("Validation", "Say what was given (a credit note, a free line)."))
        if errors:
            raise ValidationFailed(errors)

        def apply(c: Complaint, t: str, at: datetime) -> None:
            c.goodwill, c.goodwill_amount = clean(what)[:255], Decimal(value or 0)
            c.goodwill_by = self.allowed_by("complaints.manage")
        return self._step(complaint_id, version, "goodwill", f"{clean(what)} ¥{value}", "", apply)

    # the machinery ------------------------------------------------------------------------

    def _move(self, complaint_id: int, version: int, target: str, note: str, *, root_cause: str = "",
              comeback_order_id: int | None = None) -> ComplaintDetail:
        self.require("complaints.handle", complaint=complaint_id, target=target)
        with writing(self.db, self.user) as s:
            c = self._complaint(s, complaint_id, version)
            text = clean(note)
            cause = clean(root_cause) or c.root_cause
            if target not in MOVES.get(c.state, ()):
                raise Refused(move_problem(c.state, target, resolution=text, root_cause=cause,
                                           confirmation=text) or _msg(""))
            problem = move_problem(c.state, target, resolution=text, root_cause=cause, confirmation=text)
            if problem is not None:
                field = "confirmation" if target == "closed" else "resolution" if not text else "root_cause"
                raise ValidationFailed({field: problem})
            at = utcnow()
            if target == "resolved":
                c.resolution, c.resolved_at = text[:4000], at
                c.root_cause = cause[:4000]
                if comeback_order_id is not None:
                    order = s.get(WorkOrder, comeback_order_id)
                    if order is None or order.customer_id != c.customer_id:
                        raise ValidationFailed({"comeback": _msg(QT_TRANSLATE_NOOP(
                            "Validation", "A comeback is one of the customer's own work orders."))})
                    c.comeback_order_id = order.id
                if c.solution_at is None:
                    c.solution, c.solution_at = c.resolution, at
            if target == "closed":
                c.closed_at = at
            if target == "in_progress" and c.state == "resolved":
                c.resolved_at = None
            before, c.state = c.state, target
            c.updated_by = self.user
            _log(s, c, self.user, "state", f"{before} → {target}" + (f": {text}" if text else ""), at)
            audit.record(s, "complaint-state", "complaint", c.id, number=c.number, before=before, after=target)
            s.flush()
            return self._detail(s, c)

    def _step(self, complaint_id: int, version: int, kind: str, text: str, needed: str,
              apply: Callable[[Complaint, str, datetime], None]) -> ComplaintDetail:
        self.require("complaints.handle", complaint=complaint_id, step=kind)
        note = clean(text)
        if not note and needed:
            raise ValidationFailed({"note": _msg(needed)})
        with self.refusals_audited(), writing(self.db, self.user) as s:
            c = self._complaint(s, complaint_id, version)
            if c.state == "closed":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The complaint is closed.")))
            at = utcnow()
            apply(c, note, at)
            c.updated_by = self.user
            _log(s, c, self.user, kind, note, at)
            audit.record(s, f"complaint-{kind}", "complaint", c.id, number=c.number, note=note[:200])
            s.flush()
            return self._detail(s, c)

    @staticmethod
    def _complaint(s: Session, complaint_id: int, version: int | None = None) -> Complaint:
        c = s.get(Complaint, complaint_id)
        if c is None:
            raise NotFound("complaint", complaint_id)
        if version is not None and c.version != version:
            raise StaleEdit()
        return c

    @staticmethod
    def _detail(s: Session, c: Complaint) -> ComplaintDetail:
        customer = s.get(Customer, c.customer_id)
        plate = s.get(Vehicle, c.vehicle_id).plate if c.vehicle_id else ""  # type: ignore[union-attr]
        row = complaint_rows(s, [(c, customer.name if customer else "", plate)], date.today())[0]
        orders = tuple((i, n) for i, n in s.execute(select(WorkOrder.id, WorkOrder.number).join(
            ComplaintOrder, ComplaintOrder.work_order_id == WorkOrder.id).where(
            ComplaintOrder.complaint_id == c.id).order_by(WorkOrder.id)))
        about = s.get(Staff, c.about_staff_id).name if c.about_staff_id else ""  # type: ignore[union-attr]
        comeback = s.get(WorkOrder, c.comeback_order_id).number if c.comeback_order_id else ""  # type: ignore[union-attr]
        actions = tuple(ActionRow(a.at, a.by, a.kind, a.note) for a in s.scalars(
            select(ComplaintAction).where(ComplaintAction.complaint_id == c.id).order_by(ComplaintAction.id)))
        return ComplaintDetail(
            row=row, version=c.version, vehicle_id=c.vehicle_id, orders=orders, about=about, report_by=c.report_by,
            reported_at=c.reported_at, solution=c.solution, solution_at=c.solution_at, told_at=c.told_at,
            root_cause=c.root_cause, resolution=c.resolution, goodwill=c.goodwill,
            goodwill_amount=c.goodwill_amount, goodwill_by=c.goodwill_by, comeback_order=comeback,
            contact_id=c.contact_id, actions=actions, description=c.description)


