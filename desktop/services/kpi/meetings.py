"""The after-sales meeting (售后例会) and what it gives out (DOMAIN.md section 7): announced
at least three days ahead with a topic and an agenda (the notice prints); held with its
attendees, the last meeting's action items reviewed (done or not, with a note), the cases
discussed (work orders, complaints) filed with it, the decisions, and new action items
each with an owner and a due date.  A person's overdue items are shown to them at sign-in.
Staff raise a problem at any time (问题反馈): the manager gives it an owner and a due
date, and whoever raised it sees the answer.  Every step is audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import ActionItem, Meeting, Staff
from desktop.models.base import utcnow
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from printing.data import MeetingDoc

NOTICE = timedelta(days=3)  # a meeting is announced at least this long ahead


@dataclass(frozen=True)
class NewItem:
    text: str
    owner_id: int | None
    due_on: date | None


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: str
    meeting_id: int | None
    text: str
    raised_by: str
    owner_id: int | None
    owner: str
    due_on: date | None
    state: str
    answer: str
    overdue: bool


@dataclass(frozen=True)
class MeetingView:
    id: int
    version: int
    held_at: datetime
    place: str
    topic: str
    agenda: str
    announced_at: datetime
    state: str
    attendees: str
    decisions: str
    cases: str
    given: tuple[ItemRow, ...]  # the action items it gave out
    to_review: tuple[ItemRow, ...]  # the open items from before, to follow up


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


class MeetingService(Service):

    # meetings ----------------------------------------------------------------------------------

    def announce(self, held_at: datetime, topic: str, agenda: str, place: str = "") -> MeetingView:
        """Announce a meeting: its topic and agenda, at least three days ahead."""
        self.require("meetings.manage")
        errors: dict[str, Message] = {}
        if not clean(topic):
            errors["topic"] = _msg(QT_TRANSLATE_NOOP("Validation", "Give the meeting a topic."))
        if held_at.tzinfo is None:
            held_at = held_at.astimezone()
        if held_at < self.clock() + NOTICE:
            errors["held_at"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "A meeting is announced at least three days ahead."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            made = Meeting(held_at=held_at, place=clean(place)[:80], topic=clean(topic)[:120],
                           agenda=agenda.strip()[:2000], announced_at=self.clock(), created_by=self.user,
                           updated_by=self.user)
            s.add(made)
            s.flush()
            audit.record(s, "meeting-announced", "meeting", made.id, topic=made.topic)
            return self._view(s, made)

    def minutes(self, meeting_id: int, version: int, attendees: str, decisions: str, cases: str,
                reviewed: Mapping[int, tuple[bool, str]], new_items: Sequence[NewItem]) -> MeetingView:
        """The meeting held: who came, the earlier items reviewed (done or not, a note each),
        the cases discussed, the decisions and the new action items (owner and due date
        each)."""
        self.require("meetings.manage")
        errors: dict[str, Message] = {}
        if not clean(attendees):
            errors["attendees"] = _msg(QT_TRANSLATE_NOOP("Validation", "Say who attended."))
        for n, item in enumerate(new_items):
            if not clean(item.text):
                errors[f"item{n}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Describe the action."))
            if item.owner_id is None or item.due_on is None:
                errors[f"owner{n}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Each action has an owner and a due date."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            made = self._meeting(s, meeting_id, version)
            if made.state != "announced":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The minutes of this meeting are kept already.")))
            made.attendees, made.decisions = clean(attendees)[:500], decisions.strip()[:4000]
            made.cases, made.state = clean(cases)[:500], "held"
            for item_id, (done, note) in reviewed.items():
                earlier = s.get(ActionItem, item_id)
                if earlier is None or earlier.state != "open":
                    continue
                earlier.reviewed_in = made.id
                earlier.answer = clean(note)[:1000] or earlier.answer
                if done:
                    earlier.state, earlier.closed_at = "done", self.clock()
            for new in new_items:
                if s.get(Staff, new.owner_id) is None:
                    raise NotFound("staff", new.owner_id)
                s.add(ActionItem(kind="action", meeting_id=made.id, text=clean(new.text)[:500], owner_id=new.owner_id,
                                 due_on=new.due_on, created_by=self.user, updated_by=self.user))
            made.updated_at, made.updated_by = utcnow(), self.user
            s.flush()
            audit.record(s, "meeting-minuted", "meeting", made.id, items=len(new_items), reviewed=len(reviewed))
            return self._view(s, made)

    def meetings(self, limit: int = 200) -> list[MeetingView]:
        with reading(self.db) as s:
            return [self._view(s, m) for m in s.scalars(select(Meeting).order_by(Meeting.held_at.desc()).limit(limit))]

    def get(self, meeting_id: int) -> MeetingView:
        with reading(self.db) as s:
            return self._view(s, self._meeting(s, meeting_id))

    # action items and problems --------------------------------------------------------------

    def raise_problem(self, text: str) -> ItemRow:
        """Anyone raises a problem; the manager gives it an owner, the raiser hears back."""
        if not clean(text):
            raise ValidationFailed({"text": _msg(QT_TRANSLATE_NOOP("Validation", "Describe the problem."))})
        with writing(self.db, self.user) as s:
            item = ActionItem(kind="problem", text=clean(text)[:500], raised_by=self.user, created_by=self.user,
                              updated_by=self.user)
            s.add(item)
            s.flush()
            audit.record(s, "problem-raised", "action_item", item.id)
            return self._row(s, item)

    def assign(self, item_id: int, owner_id: int, due_on: date) -> ItemRow:
        self.require("meetings.manage")
        with writing(self.db, self.user) as s:
            item = self._item(s, item_id)
            if s.get(Staff, owner_id) is None:
                raise NotFound("staff", owner_id)
            item.owner_id, item.due_on, item.updated_by = owner_id, due_on, self.user
            audit.record(s, "item-assigned", "action_item", item.id, owner_id=owner_id, due_on=due_on.isoformat())
            s.flush()
            return self._row(s, item)

    def close(self, item_id: int, answer: str, done: bool = True) -> ItemRow:
        """Its owner (or a manager) says what was done, or answers the problem."""
        if not clean(answer):
            raise ValidationFailed({"answer": _msg(QT_TRANSLATE_NOOP("Validation", "Say what was done."))})
        with writing(self.db, self.user) as s:
            item = self._item(s, item_id)
            if item.owner_id != self.desk.actor.user_id:
                self.desk.require("meetings.manage")
            if item.state != "open":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This item is closed already.")))
            item.answer, item.state = clean(answer)[:1000], "done" if done else "dropped"
            item.closed_at, item.updated_by = self.clock(), self.user
            audit.record(s, "item-closed", "action_item", item.id, state=item.state)
            s.flush()
            return self._row(s, item)

    def items(self, state: str = "open", kind: str = "") -> list[ItemRow]:
        """Action items and problems: everyone's for a manager; otherwise those one owns or
        raised."""
        with reading(self.db) as s:
            q = select(ActionItem)
            if state:
                q = q.where(ActionItem.state == state)
            if kind:
                q = q.where(ActionItem.kind == kind)
            if not self.desk.may("meetings.manage"):
                q = q.where(or_(ActionItem.owner_id == (self.desk.actor.user_id or -1),
                                ActionItem.raised_by == self.user))
            return [self._row(s, i) for i in s.scalars(q.order_by(ActionItem.due_on.is_(None), ActionItem.due_on,
                                                                  ActionItem.id))]

    def overdue_for_me(self) -> list[ItemRow]:
        """The signed-in person's open items past their due date (shown at sign-in)."""
        me = self.desk.actor.user_id
        if me is None:
            return []
        today = self.clock().astimezone().date()
        with reading(self.db) as s:
            return [self._row(s, i) for i in s.scalars(select(ActionItem).where(
                ActionItem.owner_id == me, ActionItem.state == "open", ActionItem.due_on < today)
                .order_by(ActionItem.due_on))]

    def pdf(self, meeting_id: int, what: str = "notice", lang: str = "zh_CN") -> bytes:
        """The notice to post (``notice``) or the minutes to sign (``minutes``)."""
        from desktop.services.documents.service import DocumentService
        from printing import meetings as render

        view = self.get(meeting_id)
        doc = MeetingDoc(
            shop=DocumentService(self.db, self.desk).shop(), when=view.held_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            place=view.place, topic=view.topic, agenda=view.agenda, attendees=view.attendees,
            decisions=view.decisions, cases=view.cases,
            reviewed=tuple((i.text, i.owner, i.state, i.answer) for i in view.to_review),
            actions=tuple((i.text, i.owner, f"{i.due_on:%Y-%m-%d}" if i.due_on else "") for i in view.given))
        return render.minutes(doc, lang) if what == "minutes" else render.notice(doc, lang)

    # helpers -----------------------------------------------------------------------------------

    def _meeting(self, s: Session, meeting_id: int, version: int | None = None) -> Meeting:
        made = s.get(Meeting, meeting_id)
        if made is None:
            raise NotFound("meeting", meeting_id)
        if version is not None and made.version != version:
            raise StaleEdit()
        return made

    @staticmethod
    def _item(s: Session, item_id: int) -> ActionItem:
        item = s.get(ActionItem, item_id)
        if item is None:
            raise NotFound("action item", item_id)
        return item

    def _row(self, s: Session, item: ActionItem) -> ItemRow:
        owner = s.scalar(select(Staff.name).where(Staff.id == item.owner_id)) if item.owner_id else ""
        today = self.clock().astimezone().date()
        return ItemRow(item.id, item.kind, item.meeting_id, item.text, item.raised_by, item.owner_id, owner or "",
                       item.due_on, item.state, item.answer,
                       item.state == "open" and item.due_on is not None and item.due_on < today)

    def _view(self, s: Session, made: Meeting) -> MeetingView:
        given = [self._row(s, i) for i in s.scalars(select(ActionItem).where(ActionItem.meeting_id == made.id)
                                                    .order_by(ActionItem.id))]
        review = select(ActionItem).where(ActionItem.kind == "action")
        if made.state == "announced":  # to follow up: every action still open
            review = review.where(ActionItem.state == "open")
        else:  # as minuted: those followed up in it
            review = review.where(ActionItem.reviewed_in == made.id)
        to_review = [self._row(s, i) for i in s.scalars(review.order_by(ActionItem.due_on, ActionItem.id))]
        return MeetingView(made.id, made.version, made.held_at, made.place, made.topic, made.agenda,
                           made.announced_at, made.state, made.attendees, made.decisions, made.cases,
                           tuple(given), tuple(to_review))
