"""Dates as people type them and spreadsheets hold them."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.services.common.text import to_halfwidth


def parse_date(value: Any) -> date | None:
    """2024-05-31, 2024/5/31, 2024.5.31, 2024年5月31日, 20240531, or a spreadsheet date.
    Empty gives None; anything else raises ``ValueError``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = to_halfwidth(str(value)).strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?", text)
    if not m:
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if not m:
        raise ValueError(text)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


# The "empty date" other systems write (and Excel's day zero): read as no date at all.
PLACEHOLDER_DATES = frozenset({date(1, 1, 1), date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1),
                               date(1970, 1, 1)})
EARLIEST = date(1980, 1, 1)  # no car on file was bought, registered or under warranty before


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it is shorter
    (31 January + 1 month is 28 or 29 February)."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_placeholder(day: date | None) -> bool:
    return day is not None and day in PLACEHOLDER_DATES


# --- days on the shop's wall clock ----------------------------------------------------------
# Times are stored in UTC; a "day" is the shop's local day.  Ranges are half-open
# [start, end) so no moment is counted twice or missed (not "<= 23:59:59").


def local_day(at: datetime) -> date:
    """The shop's local day of a moment."""
    return at.astimezone().date()


def day_start(day: date) -> datetime:
    """The first moment (UTC) of the local ``day``."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def day_span(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the start of the day after ``last`` (default: ``first``):
    compare ``start <= at < end``."""
    return day_start(first), day_start((last or first) + timedelta(days=1))
