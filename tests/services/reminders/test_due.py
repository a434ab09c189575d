from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.reminders.rules.due import (
    DEFAULT_KM_PER_DAY,
    Interval,
    add_months,
    due,
    km_per_day,
    projected_km,
    status,
)

TODAY = date(2026, 12, 2)


def test_due_by_months_or_km_whichever_first() -> None:
    readings = [(date(2025, 12, 2), 10_000), (date(2026, 12, 2), 30_000)]  # 20,000 km a year
    assert km_per_day(readings) == 20_000 / 365
    on, km = due((date(2026, 12, 2), 30_000), readings, Interval(7_500, 6), Interval(5_000, 6), None, TODAY)
    assert km == 37_500 and on == TODAY + timedelta(days=int(7_500 / (20_000 / 365)))  # the km come first
    slow = [(date(2025, 12, 2), 10_000), (date(2026, 12, 2), 13_000)]
    on, _ = due((date(2026, 12, 2), 13_000), slow, Interval(7_500, 6), Interval(5_000, 6), None, TODAY)
    assert on == date(2027, 6, 2)  # the months come first
    on, km = due(None, [(date(2026, 11, 1), 300)], Interval(7_500, 6), Interval(5_000, 3), date(2026, 10, 1), TODAY)
    assert (on, km) == (date(2027, 1, 1), 5_000)  # a new car's first service from its purchase
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


def test_a_single_reading_uses_the_default_rate_and_status_reads_the_dates() -> None:
    assert km_per_day([(TODAY, 5)]) == DEFAULT_KM_PER_DAY
    assert projected_km([(TODAY, 1_000)], TODAY + timedelta(days=10)) == 1_000 + int(DEFAULT_KM_PER_DAY * 10)
    assert status(TODAY - timedelta(days=1), TODAY, TODAY - timedelta(days=100), 14) == "overdue"
    assert status(TODAY + timedelta(days=10), TODAY, TODAY, 14) == "soon"
    assert status(TODAY + timedelta(days=10), TODAY, TODAY - timedelta(days=400), 14) == "lapsed"


readings_strategy = st.lists(
    st.tuples(st.integers(min_value=0, max_value=3_000), st.integers(min_value=0, max_value=400_000)),
    min_size=1, max_size=8).map(lambda xs: sorted((date(2020, 1, 1) + timedelta(days=d), km) for d, km in xs))


@given(readings_strategy, st.integers(min_value=0, max_value=2_000), st.integers(min_value=0, max_value=2_000))
def test_the_projection_never_goes_backwards(readings: list[tuple[date, int]], a: int, b: int) -> None:
    last_day = readings[-1][0]
    early, late = sorted((a, b))
    assert projected_km(readings, last_day + timedelta(days=early)) >= readings[-1][1]
    assert projected_km(readings, last_day + timedelta(days=late)) >= projected_km(
        readings, last_day + timedelta(days=early))
