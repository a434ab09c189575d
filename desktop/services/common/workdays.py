"""The shop's working calendar as a pure function (工作日): Monday to Friday are working
days, Saturday and Sunday are not, except that a public holiday is a day off whatever
its weekday and a make-up working day (调休) is worked whatever its weekday.  The days
themselves are data (``system.calendar``); this module only counts."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

MAX_SEARCH = 400  # a year and more without a single working day is a broken calendar


def is_working_day(day: date, holidays: Collection[date] = (), makeup: Collection[date] = ()) -> bool:
    if day in makeup:
        return True
    if day in holidays:
        return False
    return day.weekday() < 5


def add_working_days(start: date, days: int, holidays: Collection[date] = (), makeup: Collection[date] = ()) -> date:
    """The day ``days`` working days after ``start`` (the day of receipt does not count):
    received on a Friday with 2 days to go, due on the Tuesday.  ``days`` 0 gives the
    first working day on or after ``start``.  Always a working day, never before ``start``."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    left = days
    if left == 0:
        for _ in range(MAX_SEARCH):
            if is_working_day(day, holidays, makeup):
                return day
            day += timedelta(days=1)
        raise ValueError("no working day in the calendar")
    searched = 0
    while left:
        day += timedelta(days=1)
        searched += 1
        if is_working_day(day, holidays, makeup):
            left -= 1
            searched = 0
        elif searched > MAX_SEARCH:
            raise ValueError("no working day in the calendar")
    return day


def working_days_between(first: date, last: date, holidays: Collection[date] = (),
                         makeup: Collection[date] = ()) -> int:
    """Working days after ``first`` up to and including ``last`` (0 when ``last`` is not later)."""
    count = 0
    day = first
    while day < last:
        day += timedelta(days=1)
        if is_working_day(day, holidays, makeup):
            count += 1
    return count
