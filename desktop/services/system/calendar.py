"""The shop's working calendar (工作日历): the public holidays and the make-up working days
(调休) off the usual Monday-to-Friday week.  Shipped with the year's official dates
(revision 0012); the shop adds next year's when the State Council publishes them, and its
own closing days.  ``common.workdays`` counts on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import WorkCalendarDay
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing

EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


@dataclass(frozen=True)
class CalendarDay:
    day: date
    working: bool  # False: a holiday; True: a weekend day worked
    name: str


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[date]
    makeup: frozenset[date]


def load(session: Session) -> Calendar:
    rows = session.execute(select(WorkCalendarDay.day, WorkCalendarDay.working)).all()
    return Calendar(frozenset(d for d, w in rows if not w), frozenset(d for d, w in rows if w))


class WorkCalendar(Service):

    def days(self, year: int | None = None) -> list[CalendarDay]:
        with reading(self.db) as s:
            q = select(WorkCalendarDay).order_by(WorkCalendarDay.day)
            if year is not None:
                q = q.where(WorkCalendarDay.day >= date(year, 1, 1), WorkCalendarDay.day <= date(year, 12, 31))
            return [CalendarDay(r.day, r.working, r.name) for r in s.scalars(q)]

    def calendar(self) -> Calendar:
        with reading(self.db) as s:
            return load(s)

    def set_day(self, day: date, working: bool, name: str) -> None:
        """A holiday (``working`` False) or a make-up working day; replaces what the day was."""
        self.require("settings.edit")
        if not EARLIEST <= day <= LATEST:
            raise ValidationFailed({"day": Message(QT_TRANSLATE_NOOP("Validation", "Choose a day between 2000 and 2100."))})
        label = clean(name)[:32]
        if not label:
            raise ValidationFailed({"name": Message(QT_TRANSLATE_NOOP(
                "Validation", "Name the day (国庆节, 春节调休 …)."))})
        with writing(self.db, self.user) as s:
            row = s.get(WorkCalendarDay, day)
            before = None if row is None else {"working": row.working, "name": row.name}
            if row is None:
                s.add(WorkCalendarDay(day=day, working=working, name=label))
            else:
                row.working, row.name = working, label
            audit.record(s, "calendar-day", "work_calendar_day", None, day=day.isoformat(), working=working,
                         name=label, before=before)

    def remove_day(self, day: date) -> None:
        """The day goes back to the usual week."""
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            s.execute(delete(WorkCalendarDay).where(WorkCalendarDay.day == day))
            audit.record(s, "calendar-day-removed", "work_calendar_day", None, day=day.isoformat())
