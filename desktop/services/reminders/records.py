"""What the due list's screens and commands read and send."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from desktop.services.core.messages import QT_TRANSLATE_NOOP

KINDS = {
    "maintenance": QT_TRANSLATE_NOOP("Reminders", "Maintenance"),
    "inspection": QT_TRANSLATE_NOOP("Reminders", "Annual inspection"),
    "insurance": QT_TRANSLATE_NOOP("Reminders", "Insurance renewal"),
}
STATUSES = {
    "overdue": QT_TRANSLATE_NOOP("Reminders", "Overdue"),
    "soon": QT_TRANSLATE_NOOP("Reminders", "Due soon"),
    "later": QT_TRANSLATE_NOOP("Reminders", "Due later"),
    "lapsed": QT_TRANSLATE_NOOP("Reminders", "Lapsed (not back for a year)"),
}
OUTCOMES = {
    "not_reached": QT_TRANSLATE_NOOP("Reminders", "Not reached"),
    "reached": QT_TRANSLATE_NOOP("Reminders", "Reached, will think about it"),
    "will_come": QT_TRANSLATE_NOOP("Reminders", "Will come (book it)"),
    "declined": QT_TRANSLATE_NOOP("Reminders", "Declined"),
    "moved": QT_TRANSLATE_NOOP("Reminders", "Moved away"),
    "sold": QT_TRANSLATE_NOOP("Reminders", "Sold the car"),
}
LEAVES_THE_LIST = ("declined", "moved", "sold")


class DueRow(NamedTuple):
    """A car to remind (a named tuple: a month of a big shop's list is 20,000 of them)."""

    kind: str  # maintenance | inspection | insurance
    vehicle_id: int
    customer_id: int
    customer: str
    phone: str
    address: str
    plate: str
    vehicle: str
    due_on: date
    due_km: int | None  # maintenance only
    status: str
    last_visit_on: date | None
    last_call_at: datetime | None
    last_outcome: str
    advisor: str


@dataclass(frozen=True)
class DueFilter:
    first: date
    last: date
    kinds: tuple[str, ...] = tuple(KINDS)
    overdue: bool = True  # also what fell due before ``first`` and was not done
    advisor_id: int | None = None
