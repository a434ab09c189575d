"""When a car is next due for maintenance (DOMAIN.md section 1, step 11), as pure
functions: by months or by kilometres, whichever comes first, from its last maintenance
visit; the kilometres projected from the car's odometer history (the average per day, a
sensible default for a car with one reading); a car not seen for over a year is lapsed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.services.common.dates import add_months

DEFAULT_KM_PER_DAY = 40.0  # about 15,000 km a year: a car with a single reading
LAPSED_DAYS = 365
MAX_KM_PER_DAY = 1000.0  # a reading error, not a car: fall back to the default


@dataclass(frozen=True)
class Interval:
    km: int
    months: int


def km_per_day(readings: Sequence[tuple[date, int]]) -> float:
    """The car's average km per day over its readings (oldest to newest); the default when
    there is one reading, the readings span under 30 days, or they make no sense."""
    if len(readings) < 2:
        return DEFAULT_KM_PER_DAY
    (first_day, first_km), (last_day, last_km) = readings[0], readings[-1]
    days = (last_day - first_day).days
    if days < 30 or last_km <= first_km:
        return DEFAULT_KM_PER_DAY
    rate = (last_km - first_km) / days
    return rate if rate <= MAX_KM_PER_DAY else DEFAULT_KM_PER_DAY


def projected_km(readings: Sequence[tuple[date, int]], on: date) -> int:
    """The odometer on ``on``: the last reading plus the average per day since; never
    below the last reading, never lower for a later day."""
    if not readings:
        return 0
    last_day, last_km = readings[-1]
    days = max((on - last_day).days, 0)
    return last_km + int(km_per_day(readings) * days)


def due(last_service: tuple[date, int] | None, readings: Sequence[tuple[date, int]], interval: Interval,
        first: Interval, bought: date | None, today: date) -> tuple[date, int]:
    """(the day, the km) the next maintenance is due: from the last maintenance visit, or
    for a car never serviced here the first service from its purchase (or its first
    reading, else today); the day is when the months run out or the projected km reach the mark,
    whichever comes first."""
    if last_service is not None:
        since, at_km = last_service
        step = interval
    else:
        since = bought or (readings[0][0] if readings else today)
        at_km = 0 if bought else (readings[0][1] if readings else 0)
        step = first
    by_months = add_months(since, step.months)
    due_km = at_km + step.km
    rate = km_per_day(readings)
    last_day, last_km = readings[-1] if readings else (since, at_km)
    if last_km >= due_km:
        by_km = last_day
    else:
        by_km = last_day + timedelta(days=int((due_km - last_km) / rate) if rate > 0 else 36500)
    return min(by_months, by_km), due_km


def status(due_on: date, today: date, last_visit: date | None, lead_days: int) -> str:
    """lapsed (not back for over a year), overdue, soon (within the lead), or later."""
    if last_visit is not None and (today - last_visit).days > LAPSED_DAYS:
        return "lapsed"
    if due_on < today:
        return "overdue"
    if (due_on - today).days <= lead_days:
        return "soon"
    return "later"
