"""Training (培训, DOMAIN.md section 7): the courses planned for each person, when they
were held and whether the person passed; the plan's completion (courses passed of those
due) is a measure of its own and an item a manager may put on the appraisal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Staff, Training
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing


@dataclass(frozen=True)
class TrainingRow:
    id: int
    staff_id: int
    name: str
    course: str
    planned_on: date
    done_on: date | None
    passed: bool | None


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


class TrainingService(Service):

    def plan(self, staff_id: int, course: str, planned_on: date) -> TrainingRow:
        self.require("appraisal.manage")
        if not clean(course):
            raise ValidationFailed({"course": _msg(QT_TRANSLATE_NOOP("Validation", "Name the course."))})
        if not 2000 <= planned_on.year <= 2100:
            raise ValidationFailed({"planned_on": _msg(QT_TRANSLATE_NOOP("Validation", "Choose a date."))})
        with writing(self.db, self.user) as s:
            if s.get(Staff, staff_id) is None:
                raise NotFound("staff", staff_id)
            row = Training(staff_id=staff_id, course=clean(course)[:120], planned_on=planned_on,
                           created_by=self.user, updated_by=self.user)
            s.add(row)
            s.flush()
            audit.record(s, "training-planned", "training", row.id, staff_id=staff_id, course=row.course)
            return self._row(s, row)

    def record(self, training_id: int, done_on: date, passed: bool) -> TrainingRow:
        """The course was held: when, and whether the person passed."""
        self.require("appraisal.manage")
        if done_on > self.clock().astimezone().date():
            raise ValidationFailed({"done_on": _msg(QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."))})
        with writing(self.db, self.user) as s:
            row = s.get(Training, training_id)
            if row is None:
                raise NotFound("training", training_id)
            row.done_on, row.passed, row.updated_by = done_on, passed, self.user
            audit.record(s, "training-recorded", "training", row.id, passed=passed, done_on=done_on.isoformat())
            s.flush()
            return self._row(s, row)

    def plan_of(self, year: int, staff_id: int | None = None) -> list[TrainingRow]:
        """The year's courses, everyone's for the manager, one's own otherwise."""
        if staff_id is None or staff_id != self.desk.actor.user_id:
            self.require("appraisal.manage")
        with reading(self.db) as s:
            q = select(Training).where(Training.planned_on >= date(year, 1, 1), Training.planned_on <= date(year, 12, 31))
            if staff_id is not None:
                q = q.where(Training.staff_id == staff_id)
            return [self._row(s, r) for r in s.scalars(q.order_by(Training.planned_on, Training.id))]

    def completion(self, year: int, upto: date, staff_id: int | None = None) -> tuple[int, int, Decimal | None]:
        """(passed, due, rate %): of the courses planned up to ``upto``, those passed."""
        rows = [r for r in self.plan_of(year, staff_id) if r.planned_on <= upto]
        passed = sum(1 for r in rows if r.passed)
        rate = (Decimal(passed * 100) / len(rows)).quantize(Decimal("0.1")) if rows else None
        return passed, len(rows), rate

    @staticmethod
    def _row(s: Session, row: Training) -> TrainingRow:
        name = s.scalar(select(Staff.name).where(Staff.id == row.staff_id)) or "?"
        return TrainingRow(row.id, row.staff_id, name, row.course, row.planned_on, row.done_on, row.passed)
