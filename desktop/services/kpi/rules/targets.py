"""Targets (DOMAIN.md section 6): set for the year, broken down to months and to people.
A measure that adds up (orders, parts gross profit) splits its year into twelve equal
months and a month among the people sharing it; a rate or an average (rework rate,
revenue per order) is the same target for every month and every person.  What a period
is held to: the sum of its months for a sum, the year's own figure for a rate.  Pure."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from desktop.services.kpi.rules.measures import Measure

CENT = Decimal("0.01")


def adds_up(measure: Measure) -> bool:
    """A total (nothing it is counted over), not a rate or an average."""
    return not measure.over


def limit_kind(measure: Measure) -> str:
    """The range a target of this measure is checked against (services.common.limits)."""
    return {"%": "target_percent", "¥": "target_money", "d": "target_days"}.get(measure.unit, "target_count")


def month_default(measure: Measure, year: Decimal | None) -> Decimal | None:
    """The month's share of the year's target when nobody set the month's own."""
    if year is None:
        return None
    return (year / 12).quantize(CENT, ROUND_HALF_UP) if adds_up(measure) else year


def person_default(measure: Measure, month: Decimal | None, people: int) -> Decimal | None:
    """One person's share of the month's target when nobody set theirs."""
    if month is None:
        return None
    if adds_up(measure):
        return (month / max(people, 1)).quantize(CENT, ROUND_HALF_UP)
    return month


def months_of(year: Decimal | None, own: Mapping[int, Decimal], measure: Measure) -> dict[int, Decimal | None]:
    """Each month's target: its own where set, else the default split."""
    return {m: own.get(m, month_default(measure, year)) for m in range(1, 13)}


def for_months(measure: Measure, year: Decimal | None, months: Mapping[int, Decimal | None],
               first: int, last: int) -> Decimal | None:
    """What the months ``first``..``last`` of one year are held to together."""
    if first == last:
        return months.get(first)
    if not adds_up(measure):
        return year
    values = [months.get(m) for m in range(first, last + 1)]
    if any(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), Decimal(0))
