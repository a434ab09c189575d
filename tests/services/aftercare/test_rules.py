from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.aftercare.rules.complaints import move_problem
from desktop.services.aftercare.rules.schedule import (
    CallRules,
    first_window,
    low_scores,
    next_try,
    score_problems,
    second_window,
)
from desktop.services.common.workdays import add_working_days, is_working_day, working_days_between

# 2026: 国庆节 1-7 October off, Saturday 10 October worked (调休).
HOLIDAYS = frozenset(date(2026, 10, d) for d in range(1, 8))
MAKEUP = frozenset({date(2026, 9, 20), date(2026, 10, 10)})


def test_two_working_days_skip_weekends_holidays_and_count_makeup_days() -> None:
    assert add_working_days(date(2026, 11, 27), 2) == date(2026, 12, 1)  # Friday → Tuesday
    assert add_working_days(date(2026, 11, 28), 2) == date(2026, 12, 1)  # Saturday → Tuesday
    assert add_working_days(date(2026, 9, 30), 2, HOLIDAYS, MAKEUP) == date(2026, 10, 9)  # 8th (Thu), 9th (Fri)
    assert add_working_days(date(2026, 10, 8), 2, HOLIDAYS, MAKEUP) == date(2026, 10, 10)  # Saturday worked
    assert add_working_days(date(2026, 10, 3), 0, HOLIDAYS, MAKEUP) == date(2026, 10, 8)
    assert working_days_between(date(2026, 9, 30), date(2026, 10, 10), HOLIDAYS, MAKEUP) == 3
    assert not is_working_day(date(2026, 10, 5), HOLIDAYS, MAKEUP) and is_working_day(date(2026, 9, 20), HOLIDAYS,
                                                                                       MAKEUP)


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(days, st.integers(min_value=0, max_value=30), st.sets(days, max_size=60), st.sets(days, max_size=10))
def test_the_deadline_is_a_working_day_never_before_receipt(received: date, n: int, holidays: set[date],
                                                            makeup: set[date]) -> None:
    due = add_working_days(received, n, holidays, makeup)
    assert is_working_day(due, holidays, makeup)
    assert due >= received and (n == 0 or due > received)
    assert working_days_between(received, due, holidays, makeup) == n or n == 0


def test_call_windows_follow_the_shop_rules_and_never_pass_a_week() -> None:
    rules = CallRules()
    assert first_window(date(2026, 12, 1), rules) == (date(2026, 12, 2), date(2026, 12, 4))
    assert second_window(date(2026, 12, 3), rules) == (date(2026, 12, 10), date(2026, 12, 17))
    assert first_window(date(2026, 12, 1), CallRules(first_by=20))[1] == date(2026, 12, 8)
    assert set(CallRules(first_from=4, first_by=3).problems()) == {"followup_first_from"}
    assert set(CallRules(first_by=9).problems()) == {"followup_first_by"}
    assert set(CallRules(questions=()).problems()) == {"followup_questions"}
    assert CallRules().problems() == {}


def test_a_missed_call_is_tried_at_another_time_of_day() -> None:
    tz = timezone(timedelta(hours=8))
    assert next_try(datetime(2026, 12, 2, 10, 5, tzinfo=tz)) == datetime(2026, 12, 2, 14, 30, tzinfo=tz)
    assert next_try(datetime(2026, 12, 2, 15, 0, tzinfo=tz)) == datetime(2026, 12, 3, 9, 30, tzinfo=tz)


@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)))
def test_a_retry_is_always_later_and_at_the_other_half_of_the_day(at: datetime) -> None:
    later = next_try(at)
    assert later > at and (later.hour < 12) != (at.hour < 12 and later.date() == at.date())


def test_scores_are_whole_numbers_from_one_to_five() -> None:
    assert score_problems({"quality": 5, "price": None}) == {}
    assert set(score_problems({"quality": 6, "price": 0, "reception": "3", "nonsense": 3})) == {
        "quality", "price", "reception", "nonsense"}
    assert low_scores({"quality": 2, "price": 1, "reception": 3}, 3) == ["price", "quality"]


def test_complaint_moves_need_their_words() -> None:
    assert move_problem("open", "closed", resolution="x", root_cause="x", confirmation="x") is not None
    assert move_problem("in_progress", "resolved", resolution="", root_cause="x", confirmation="") is not None
    assert move_problem("in_progress", "resolved", resolution="换件", root_cause="", confirmation="") is not None
    assert move_problem("in_progress", "resolved", resolution="换件", root_cause="装配", confirmation="") is None
    assert move_problem("resolved", "closed", resolution="", root_cause="", confirmation="") is not None
    assert move_problem("resolved", "closed", resolution="", root_cause="", confirmation="电话确认满意") is None
