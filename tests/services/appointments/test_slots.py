from datetime import date, datetime, time, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.appointments.rules.slots import (
    Hours,
    buffer_slots,
    day_slots,
    needs_override,
    parse_hours,
    run_with,
    slot_problem,
)

DAY = date(2026, 12, 3)
HOURS = Hours()
SLOTS = day_slots(DAY, HOURS)


def test_the_day_has_fifteen_minute_slots_without_the_break() -> None:
    assert SLOTS[0] == time(8, 30) and SLOTS[-1] == time(17, 15)
    assert time(12, 0) not in SLOTS and time(13, 15) not in SLOTS and time(11, 45) in SLOTS
    assert len(SLOTS) == (9 * 60 - 90) // 15
    assert parse_hours("08:00-18:00", "12:00-13:00") == Hours(time(8), time(18), ((time(12), time(13)),))
    assert parse_hours("18:00-08:00", "") is None and parse_hours("08:00-17:00", "07:00-09:00") is None


def test_after_three_booked_slots_the_fourth_stays_free() -> None:
    booked = {time(9), time(9, 15), time(9, 30)}
    assert needs_override(booked, time(9, 45), SLOTS, 3)
    assert not needs_override(booked, time(10), SLOTS, 3)  # so 9:00, 9:15, 9:30, then 10:00
    assert needs_override({time(9), time(9, 30), time(9, 45)}, time(9, 15), SLOTS, 3)  # filling a gap
    assert buffer_slots(booked, SLOTS, 3) == {time(8, 45), time(9, 45)}
    assert run_with({time(11, 30), time(11, 45)}, time(13, 30), SLOTS) == 1  # a break splits the run


@given(st.lists(st.sampled_from(SLOTS), max_size=40), st.integers(min_value=1, max_value=5))
def test_no_run_longer_than_the_buffer_rule_without_an_override(tries: list[time], limit: int) -> None:
    booked: set[time] = set()
    for slot in tries:
        if slot not in booked and not needs_override(booked, slot, SLOTS, limit):
            booked.add(slot)
    assert all(run_with(booked - {t}, t, SLOTS) <= limit for t in booked)


def test_a_slot_in_the_past_outside_hours_or_too_long_is_refused() -> None:
    tz = timezone(timedelta(hours=8))
    now = datetime(2026, 12, 2, 10, 0, tzinfo=tz)
    assert slot_problem(datetime(2026, 12, 2, 9, 0, tzinfo=tz), now, HOURS, 60)[0] == "slot"  # type: ignore[index]
    assert slot_problem(datetime(2026, 12, 3, 12, 15, tzinfo=tz), now, HOURS, 60)[0] == "slot"  # type: ignore[index]
    assert slot_problem(datetime(2026, 12, 3, 9, 10, tzinfo=tz), now, HOURS, 60)[0] == "slot"  # type: ignore[index]
    assert slot_problem(datetime(2026, 12, 3, 9, 0, tzinfo=tz), now, HOURS, 9 * 60)[0] == "duration"  # type: ignore[index]
    assert slot_problem(datetime(2026, 12, 3, 9, 0, tzinfo=tz), now, HOURS, 90) is None
