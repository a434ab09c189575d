"""三包 (repair, replacement, return of a family car under the national rules, DOMAIN.md
section 4), pure: within the 三包 period, the same fault repaired too often, too many days
off the road, or a serious fault early in the car's life entitles the customer to a
replacement or a refund.  The thresholds are the shop's settings (the rules and the
manufacturer's terms change); the car is "near" a threshold a margin before it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.services.common.dates import add_months
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.warranty.rules.coverage import COMPONENTS

# The faults serious enough to count early in the car's life (engine, gearbox, battery).
SERIOUS = frozenset({"powertrain", "battery"})


@dataclass(frozen=True)
class Thresholds:
    months: int = 24  # the 三包 period …
    km: int = 50000  # … or km, whichever comes first
    same_fault: int = 5  # repairs of the same fault
    days_off: int = 35  # days off the road in total
    early_days: int = 60  # a serious fault within this many days …
    early_km: int = 3000  # … or km of the purchase
    warn_repairs: int = 1  # alert this many repairs before the threshold
    warn_days: int = 7  # … or this many days


@dataclass(frozen=True)
class Repair:
    """A warranty repair: when the car came in and went out, the km, the component."""

    opened: date
    delivered: date
    km: int
    component: str

    @property
    def days(self) -> int:
        return (self.delivered - self.opened).days + 1  # the day in and the day out count


@dataclass(frozen=True)
class Standing:
    in_period: bool
    ends_on: date | None
    repairs: dict[str, int] = field(default_factory=dict)  # per component
    days_off: int = 0
    early_serious: bool = False
    reached: tuple[Message, ...] = ()
    near: tuple[Message, ...] = ()

    @property
    def alert(self) -> bool:
        return bool(self.reached or self.near)


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Sanbao")


def _component(key: str) -> Message:
    return Message(COMPONENTS.get(key, key), {}, "Warranty")


def standing(purchase: date | None, repairs: Iterable[Repair], limits: Thresholds, today: date,
             km: int) -> Standing:
    """Where the car stands against the thresholds today (only the repairs in the period count)."""
    if purchase is None:
        return Standing(False, None)
    ends_on = add_months(purchase, limits.months)
    in_period = today < ends_on and km < limits.km
    counted = [r for r in repairs if purchase <= r.opened < ends_on and r.km < limits.km]
    per = Counter(r.component for r in counted if r.component)
    days = sum(r.days for r in {(r.opened, r.delivered): r for r in counted}.values())  # one stay, two faults
    early = any(r.component in SERIOUS and (r.opened - purchase).days <= limits.early_days and r.km <= limits.early_km
                for r in counted)
    reached: list[Message] = []
    near: list[Message] = []
    for component, n in sorted(per.items()):
        if n >= limits.same_fault:
            reached.append(_msg(QT_TRANSLATE_NOOP("Sanbao", "{component}: repaired {count} times (limit {limit})."),
                                component=_component(component), count=n, limit=limits.same_fault))
        elif n >= limits.same_fault - limits.warn_repairs:
            near.append(_msg(QT_TRANSLATE_NOOP(
                "Sanbao", "{component}: repaired {count} times, {left} more reaches the 三包 limit."),
                component=_component(component), count=n, left=limits.same_fault - n))
    if days >= limits.days_off:
        reached.append(_msg(QT_TRANSLATE_NOOP("Sanbao", "{days} days off the road (limit {limit})."),
                            days=days, limit=limits.days_off))
    elif days >= limits.days_off - limits.warn_days:
        near.append(_msg(QT_TRANSLATE_NOOP("Sanbao", "{days} days off the road, the limit is {limit}."),
                         days=days, limit=limits.days_off))
    if early:
        reached.append(_msg(QT_TRANSLATE_NOOP(
            "Sanbao", "A serious fault within {days} days or {km} km of the purchase."),
            days=limits.early_days, km=limits.early_km))
    return Standing(in_period, ends_on, dict(per), days, early, tuple(reached) if in_period else (),
                    tuple(near) if in_period else ())
