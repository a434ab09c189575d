"""Follow-up calls (回访): the clerk's list for the day, each call logged with its answers,
a missed call tried again at another time of day until the customer is closed as
unreachable, a low score or a complaint on the phone opening a complaint case in the same
step, inbound calls and letters in the same register, and a deputy for days away."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Customer, Deputy, FollowUp, Vehicle, WorkOrder
from desktop.models.aftercare import Contact
from desktop.models.base import utcnow
from desktop.services.aftercare import people
from desktop.services.aftercare.complaints import open_complaint
from desktop.services.aftercare.planning import call_rules, second_call
from desktop.services.aftercare.records import (
    CallForm,
    CallResult,
    ComplaintForm,
    ContactForm,
    DeputyRow,
    FollowUpRow,
)
from desktop.services.aftercare.rules.schedule import (
    CATEGORY_OF,
    QUESTIONS,
    CallRules,
    low_scores,
    next_try,
    score_problems,
)
from desktop.services.common.dates import day_span, local_day
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.system.settings import ShopSettings

TOPICS = {"inbound": ("question", "complaint", "other"), "letter": ("reminder", "thanks", "other")}


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


class FollowUpService(Service):

    # the list -----------------------------------------------------------------------------

    def day_list(self, day: date | None = None, *, mine: bool = False) -> list[FollowUpRow]:
        """The calls to make on ``day`` (today): open, due from that day, not waiting for
        a later try; overdue ones first.  ``mine``: my list, the unassigned, and the lists
        of the clerks I stand in for that day."""
        day = day or date.today()
        with reading(self.db) as s:
            q = (select(FollowUp.id, FollowUp.round, FollowUp.due_from, FollowUp.due_by, FollowUp.state,
                        FollowUp.attempts, FollowUp.next_try_at, FollowUp.assigned_to, FollowUp.customer_id,
                        FollowUp.work_order_id, WorkOrder.number, WorkOrder.delivered_at, WorkOrder.advisor_id,
                        WorkOrder.technician_id, Customer.name, Vehicle.plate, Vehicle.make, Vehicle.model)
                 .join(WorkOrder, WorkOrder.id == FollowUp.work_order_id)
                 .join(Customer, Customer.id == FollowUp.customer_id)
                 .join(Vehicle, Vehicle.id == FollowUp.vehicle_id)
                 .where(FollowUp.state == "open", FollowUp.due_from <= day,
                        or_(FollowUp.next_try_at.is_(None), FollowUp.next_try_at < day_span(day)[1])))
            if mine:
                q = q.where(FollowUp.assigned_to.in_(["", self.user, *self._standing_in_for(s, day)]))
            found: list[Any] = list(s.execute(q.order_by(FollowUp.due_by, FollowUp.id).limit(2000)).all())
            names = people.names(s)
            phones = people.phones(s, (r[8] for r in found))
            done = people.work_done(s, (r[9] for r in found))
            return [FollowUpRow(tid, round_, due_from, due_by, due_by < day, state, attempts, next_try, assigned,
                                cid, name, phones.get(cid, ""), plate or "", f"{make} {model}".strip(), oid, number,
                                delivered, done.get(oid, ""), names.get(advisor or 0, ""),
                                names.get(technician or 0, ""))
                    for (tid, round_, due_from, due_by, state, attempts, next_try, assigned, cid, oid, number,
                         delivered, advisor, technician, name, plate, make, model) in found]

    def counts(self, day: date | None = None) -> tuple[int, int]:
        """(calls due today, of which overdue) on the whole shop's list."""
        day = day or date.today()
        with reading(self.db) as s:
            base = and_(FollowUp.state == "open", FollowUp.due_from <= day,
                        or_(FollowUp.next_try_at.is_(None), FollowUp.next_try_at < day_span(day)[1]))
            due = int(s.scalar(select(func.count()).select_from(FollowUp).where(base)) or 0)
            late = int(s.scalar(select(func.count()).select_from(FollowUp).where(base, FollowUp.due_by < day)) or 0)
            return due, late

    def rules(self) -> CallRules:
        with reading(self.db) as s:
            return call_rules(s)

    def set_rules(self, rules: CallRules) -> None:
        """The windows, attempts, threshold and questions, checked together."""
        self.require("settings.edit")
        errors = rules.problems()
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            for name, value in (("followup_first_from", rules.first_from), ("followup_first_by", rules.first_by),
                                ("followup_second_from", rules.second_from), ("followup_second_by", rules.second_by),
                                ("followup_attempts", rules.attempts), ("followup_low_score", rules.low_score),
                                ("followup_questions", " ".join(rules.questions))):
                ShopSettings._put(s, name, value)  # audited as every setting change is

    # a call -------------------------------------------------------------------------------

    def log_call(self, task_id: int, form: CallForm, at: datetime | None = None) -> CallResult:
        """One call on the list: reached (the answers, the second call planned, a low score
        or a complaint opening a case) or not (tried again at another time of day, closed
        as unreachable after the set number of tries)."""
        self.require("followups.call", follow_up=task_id)
        errors = score_problems(form.scores)
        if errors:
            raise ValidationFailed(errors)
        at = at or utcnow()
        with writing(self.db, self.user) as s:
            task = s.get(FollowUp, task_id)
            if task is None:
                raise NotFound("follow-up", task_id)
            if task.state != "open":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This call is already closed ({state}).")
                                   , state=task.state))
            rules = call_rules(s)
            scores = {q: form.scores.get(q) for q in QUESTIONS} if form.reached else {}
            contact = Contact(kind="followup", at=at, by=self.user, customer_id=task.customer_id,
                              vehicle_id=task.vehicle_id, work_order_id=task.work_order_id, follow_up_id=task.id,
                              reached=form.reached, notes=clean(form.notes)[:2000], **scores)
            s.add(contact)
            task.attempts += 1
            complaint_id, complaint_number, retry = None, "", None
            if form.reached:
                task.state, task.closed_at, task.next_try_at = "done", at, None
                second_call(s, task, local_day(at))
                low = low_scores({k: v for k, v in scores.items() if k in rules.questions}, rules.low_score)
                said = clean(form.complaint)
                if said or low:
                    s.flush()
                    complaint = open_complaint(s, self.user, ComplaintForm(
                        customer_id=task.customer_id, vehicle_id=task.vehicle_id, order_ids=(task.work_order_id,),
                        channel="followup", category=CATEGORY_OF[low[0]] if low else "other",
                        description=said or clean(form.notes) or self._low_text(low, scores),
                        contact_id=contact.id), at)
                    complaint_id, complaint_number = complaint.id, complaint.number
            elif task.attempts >= rules.attempts:
                task.state, task.closed_at, task.next_try_at = "unreachable", at, None
                second_call(s, task, local_day(at))
            else:
                retry = next_try(at.astimezone()).astimezone(UTC)
                task.next_try_at = retry
            audit.record(s, "follow-up-call", "follow_up", task.id, reached=form.reached, attempt=task.attempts,
                         state=task.state, complaint=complaint_number)
            s.flush()
            return CallResult(contact.id, task.state, retry, complaint_id, complaint_number)

    @staticmethod
    def _low_text(low: list[str], scores: dict[str, int | None]) -> str:
        return "回访评分低：" + "，".join(f"{q} {scores[q]}" for q in low)

    def cancel(self, task_id: int, reason: str) -> None:
        """A call that should not be made (the customer asked not to be called again)."""
        self.require("followups.call", follow_up=task_id)
        if not clean(reason):
            raise ValidationFailed({"reason": _msg(QT_TRANSLATE_NOOP("Validation", "Say why the call is not made."))})
        with writing(self.db, self.user) as s:
            task = s.get(FollowUp, task_id)
            if task is None:
                raise NotFound("follow-up", task_id)
            if task.state != "open":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This call is already closed ({state})."),
                                   state=task.state))
            task.state, task.closed_at = "cancelled", utcnow()
            audit.record(s, "follow-up-cancelled", "follow_up", task.id, reason=clean(reason)[:255])

    def log_contact(self, form: ContactForm, at: datetime | None = None) -> int:
        """An inbound call or a letter sent, in the same register as the follow-up calls."""
        self.require("followups.call")
        errors: dict[str, Message] = {}
        if form.kind not in TOPICS:
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose an inbound call or a letter."))
        elif form.topic not in TOPICS[form.kind]:
            errors["topic"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what it was about."))
        if form.customer_id is None:
            errors["customer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the customer."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            customer = s.get(Customer, form.customer_id)
            if customer is None:
                raise NotFound("customer", form.customer_id)
            contact = Contact(kind=form.kind, at=at or utcnow(), by=self.user, customer_id=customer.id,
                              vehicle_id=form.vehicle_id, work_order_id=form.work_order_id, reached=True,
                              topic=form.topic, notes=clean(form.notes)[:2000])
            s.add(contact)
            s.flush()
            audit.record(s, f"contact-{form.kind}", "contact", contact.id, customer=customer.id, topic=form.topic)
            return contact.id

    # deputies -----------------------------------------------------------------------------

    def _standing_in_for(self, s: Session, day: date) -> list[str]:
        return list(s.scalars(select(Deputy.absent).where(Deputy.deputy == self.user, Deputy.first_day <= day,
                                                          Deputy.last_day >= day)))

    def deputies(self, from_day: date | None = None) -> list[DeputyRow]:
        from_day = from_day or date.today() - timedelta(days=30)
        with reading(self.db) as s:
            return [DeputyRow(d.id, d.absent, d.deputy, d.first_day, d.last_day) for d in s.scalars(
                select(Deputy).where(Deputy.last_day >= from_day).order_by(Deputy.first_day))]

    def add_deputy(self, absent: str, deputy: str, first_day: date, last_day: date) -> int:
        """A clerk away hands their list to a deputy; a manager may do it for anyone."""
        self.require("followups.call")
        absent, deputy = clean(absent), clean(deputy)
        if absent != self.user:
            self.require("complaints.manage", absent=absent)
        errors: dict[str, Message] = {}
        if not deputy or deputy == absent:
            errors["deputy"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose who takes the list, someone else."))
        if last_day < first_day:
            errors["last_day"] = _msg(QT_TRANSLATE_NOOP("Validation", "The last day is before the first."))
        elif (last_day - first_day).days > 366:
            errors["last_day"] = _msg(QT_TRANSLATE_NOOP("Validation", "At most a year at a time."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            row = Deputy(absent=absent, deputy=deputy, first_day=first_day, last_day=last_day, created_by=self.user)
            s.add(row)
            s.flush()
            audit.record(s, "deputy", "deputy", row.id, absent=absent, deputy=deputy, first=first_day.isoformat(),
                         last=last_day.isoformat())
            return row.id

    def remove_deputy(self, deputy_id: int) -> None:
        self.require("followups.call")
        with writing(self.db, self.user) as s:
            row = s.get(Deputy, deputy_id)
            if row is None:
                raise NotFound("deputy", deputy_id)
            if row.absent != self.user:
                self.desk.require("complaints.manage")
            s.delete(row)
            audit.record(s, "deputy-removed", "deputy", deputy_id, absent=row.absent, deputy=row.deputy)
