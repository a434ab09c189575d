"""The appraisal's figures from their owners (DOMAIN.md section 7): a goal the program
cannot count (the information clerk's satisfaction survey, the parts clerk's stock-take
accuracy) has an owner who enters what was achieved by the set day of the scoring window
(the 3rd by default, a setting).  Each owner sees the figures they still owe — at sign-in
too — and the manager sees who is late: not entered by the day, or entered after it.
Every figure entered is audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Appraisal, AppraisalItem, Staff
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.kpi.rules import appraisal as rules
from desktop.services.system import settings as shop_settings

OPEN = ("planned", "self_scored")  # the figures can still be entered (or corrected)


@dataclass(frozen=True)
class FigureDue:
    item_id: int
    appraisal_id: int
    month: date
    person: str  # whose appraisal
    text: str  # the goal
    target: str
    actual: str  # "" while not entered
    owner_id: int
    owner: str
    due_on: date
    entered_at: datetime | None
    late: bool  # not entered by the day, or entered after it


def _msg(text: str) -> Message:
    return Message(text, {}, "Validation")


class AppraisalFigures(Service):

    def to_enter(self, today: date | None = None) -> list[FigureDue]:
        """The figures the signed-in person owes: their goals' figures still empty, of
        months whose scoring has begun, the most urgent first."""
        me = self.desk.actor.user_id
        if me is None:
            return []
        today = today or self.clock().astimezone().date()
        with reading(self.db) as s:
            rows = self._rows(s, today, AppraisalItem.owner_id == me, AppraisalItem.actual == "")
        return [r for r in rows if rules.window(r.month)[0] <= today]

    def late(self, month: date, today: date | None = None) -> list[FigureDue]:
        """The manager's list for a month: every owned figure not entered by its day, or
        entered after it."""
        self.require("appraisal.manage")
        today = today or self.clock().astimezone().date()
        with reading(self.db) as s:
            rows = self._rows(s, today, Appraisal.month == month.replace(day=1))
        return [r for r in rows if r.late]

    def enter(self, item_id: int, actual: str) -> FigureDue:
        """The achieved figure of a goal, by its owner (or a manager), while the month is
        still being scored; an empty one is refused."""
        text = clean(actual)
        if not text:
            raise ValidationFailed({"actual": _msg(QT_TRANSLATE_NOOP("Validation", "Enter what was achieved."))})
        if len(text) > 60:
            raise ValidationFailed({"actual": _msg(QT_TRANSLATE_NOOP(
                "Validation", "Keep it under 60 characters: the figure, not the story."))})
        with reading(self.db) as s:  # who may: read first (a refusal is audited in its own write)
            found = s.execute(select(AppraisalItem.owner_id, AppraisalItem.kind, Appraisal.staff_id)
                              .join(Appraisal, Appraisal.id == AppraisalItem.appraisal_id)
                              .where(AppraisalItem.id == item_id)).first()
        if found is None or found.kind != "goal":
            raise NotFound("appraisal_item", item_id)
        me = self.desk.actor.user_id
        if found.staff_id == me and found.owner_id != me:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Nobody enters the figures of their own "
                                                               "appraisal; its owner does.")))
        if found.owner_id != me:
            self.require("appraisal.manage")
        with writing(self.db, self.user) as s:
            item = s.get(AppraisalItem, item_id)
            made = s.get(Appraisal, item.appraisal_id) if item is not None else None
            if item is None or made is None:
                raise NotFound("appraisal_item", item_id)
            if made.state not in OPEN:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The month has been scored; the figures "
                                                                   "cannot change now.")))
            item.actual = text
            item.entered_by = self.user
            item.entered_at = self.clock()
            self.touch(made)  # the appraisal's version moves: an open copy elsewhere is stale
            s.flush()
            audit.record(s, "appraisal-figure", "appraisal", made.id, item=item.id, actual=text)
            today = self.clock().astimezone().date()
            (row,) = self._rows(s, today, AppraisalItem.id == item.id)
            return row

    def _rows(self, s: Session, today: date, *where: object) -> list[FigureDue]:
        day = int(shop_settings.get(s, "appraisal_figures_day"))
        person = Staff.__table__.alias("person")
        owner = Staff.__table__.alias("owner")
        rows: Sequence[Any] = s.execute(
            select(AppraisalItem.id, Appraisal.id, Appraisal.month, person.c.name, AppraisalItem.text,
                   AppraisalItem.target, AppraisalItem.actual, AppraisalItem.owner_id, owner.c.name,
                   AppraisalItem.entered_at)
            .join(Appraisal, Appraisal.id == AppraisalItem.appraisal_id)
            .join(person, person.c.id == Appraisal.staff_id).join(owner, owner.c.id == AppraisalItem.owner_id)
            .where(AppraisalItem.owner_id.is_not(None),
                   *where)  # type: ignore[arg-type]
            .order_by(Appraisal.month, person.c.name, AppraisalItem.position)).all()
        out = []
        for item_id, appraisal_id, month, name, text, target, actual, owner_id, owner_name, at in rows:
            due = rules.figures_due(month, day)
            late = at.astimezone().date() > due if at is not None else not actual and today > due
            out.append(FigureDue(item_id, appraisal_id, month, name, text, target, actual, owner_id, owner_name,
                                 due, at, late))
        return sorted(out, key=lambda r: (r.due_on, r.month, r.person))
