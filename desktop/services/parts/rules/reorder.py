"""T/S ordering (T/S订货策略): periodic review, order up to a ceiling.

Every T days the clerk looks at a part and orders  S - (on hand + on order - reserved),
rounded up to the pack size, when that is positive.

Demand is estimated from the weekly issue history of the last 52 weeks as a moving
average: the mean weekly quantity and its standard deviation (weeks without issues count
as zero).  The service gets the sums from the database in one pass (``from_sums``);
``estimate`` gives an exponentially smoothed alternative from a weekly series.  Over the
protection period P = T + lead time (in days):

    expected demand  D = rate_per_day * P
    safety stock     k * sigma_per_day * sqrt(P)     k = the normal quantile of the service level
    ceiling          S = ceil(D + safety stock)

Slow movers (fewer than one issue a month on average) get no normal approximation, which
would give ceilings like 0.3 units: their demand over P is taken as Poisson with mean D,
and S is the smallest whole number of pieces that covers demand with the service level's
probability.  A part with no demand has S = 0 and is never ordered.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from functools import lru_cache
from statistics import NormalDist

ALPHA = 0.2
WEEKS = 52
SLOW_ISSUES_PER_YEAR = 12

DEFAULT_REVIEW_DAYS = {"A": 7, "B": 14, "C": 30}
DEFAULT_SERVICE_LEVEL = {"A": 0.98, "B": 0.95, "C": 0.90}


@dataclass(frozen=True)
class Demand:
    per_day: float
    sigma_per_day: float
    issues_per_year: int


def from_sums(total: float, total_sq: float, issues: int, weeks: int = WEEKS) -> Demand:
    """The 52-week moving average and deviation from the sum and the sum of squares of
    the weekly quantities."""
    if total <= 0:
        return Demand(0.0, 0.0, issues)
    mean = total / weeks
    var = max(total_sq / weeks - mean * mean, 0.0)
    return Demand(mean / 7, math.sqrt(var) / math.sqrt(7), issues)


def estimate(weekly: Sequence[float], issues_per_year: int) -> Demand:
    """Smoothed demand from weekly quantities, oldest first."""
    if not weekly or not any(weekly):
        return Demand(0.0, 0.0, issues_per_year)
    mean = sum(weekly) / len(weekly)  # start from the plain average, then smooth forward
    var = sum((w - mean) ** 2 for w in weekly) / len(weekly)
    for w in weekly:
        error = w - mean
        mean += ALPHA * error
        var = (1 - ALPHA) * (var + ALPHA * error * error)
    return Demand(max(mean, 0.0) / 7, math.sqrt(max(var, 0.0)) / math.sqrt(7), issues_per_year)


@lru_cache(maxsize=256)
def _quantile(service_level: float) -> float:
    return NormalDist().inv_cdf(min(max(service_level, 0.5), 0.9999))


def safety_stock(demand: Demand, protection_days: float, service_level: float) -> float:
    return _quantile(service_level) * demand.sigma_per_day * math.sqrt(protection_days)


def ceiling(demand: Demand, review_days: int, lead_days: int, service_level: float) -> int:
    """S, the stock ceiling, in whole pieces."""
    period = review_days + lead_days
    expected = demand.per_day * period
    if expected <= 0:
        return 0
    if demand.issues_per_year < SLOW_ISSUES_PER_YEAR:
        # Poisson: the smallest s with P(demand <= s) >= service level.
        s, term = 0, math.exp(-expected)
        total = term
        while total < service_level and s < 10_000:
            s += 1
            term *= expected / s
            total += term
        return s
    return math.ceil(expected + safety_stock(demand, period, service_level))


def order_quantity(ceiling_qty: int, on_hand: Decimal, on_order: Decimal, reserved: Decimal,
                   pack_size: Decimal = Decimal(1), min_order: Decimal = Decimal(0)) -> Decimal:
    """S - (on hand + on order - reserved), rounded up to whole packs; never negative."""
    need = Decimal(ceiling_qty) - (on_hand + on_order - reserved)
    if need <= 0:
        return Decimal(0)
    pack = pack_size if pack_size > 0 else Decimal(1)
    packs = (need / pack).to_integral_value(rounding=ROUND_CEILING)
    qty = packs * pack
    if qty < min_order:
        qty = (min_order / pack).to_integral_value(rounding=ROUND_CEILING) * pack
    return qty
