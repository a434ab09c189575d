"""The shop's local days: one helper, half-open ranges (no second missed or counted twice)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.services.common.dates import day_span, day_start, local_day


def test_a_day_span_holds_every_moment_of_its_days_and_nothing_of_the_next() -> None:
    start, end = day_span(date(2026, 3, 1), date(2026, 3, 31))
    assert local_day(start) == date(2026, 3, 1)
    assert local_day(end) == date(2026, 4, 1)
    last_instant = end - timedelta(microseconds=1)
    assert local_day(last_instant) == date(2026, 3, 31)  # 23:59:59.999999 is inside
    assert start.tzinfo is not None and start.utcoffset() == timedelta(0)


def test_one_day_is_its_own_span() -> None:
    assert day_span(date(2026, 5, 2)) == (day_start(date(2026, 5, 2)), day_start(date(2026, 5, 3)))


def test_local_day_is_the_shop_clock_not_utc() -> None:
    at = datetime(2026, 5, 2, 12, tzinfo=UTC)
    assert local_day(at) == at.astimezone().date()
