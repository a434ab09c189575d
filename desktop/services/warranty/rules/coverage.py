"""A car's warranty coverage as a pure function (DOMAIN.md section 4).

Each component runs from the car's warranty start for its months or its km, whichever
comes first: covered up to and including the day before the anniversary, and up to and
including the km limit.  An extended-warranty contract adds months and km to its
component.  A car is out of cover, for one component or all, when an exclusion was
recorded on it (a modified part, a tampered odometer, missed maintenance …).  Two things
are flags for a person to look at, not exclusions by themselves: a gap in the car's
maintenance at this shop (it may have been serviced at another authorised shop: the
maintenance book says), and an odometer that went backwards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.services.common.dates import add_months
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

COMPONENTS = {
    "vehicle": QT_TRANSLATE_NOOP("Warranty", "Whole car"),
    "powertrain": QT_TRANSLATE_NOOP("Warranty", "Powertrain (engine, gearbox)"),
    "battery": QT_TRANSLATE_NOOP("Warranty", "Traction battery"),
    "corrosion": QT_TRANSLATE_NOOP("Warranty", "Corrosion perforation"),
    "electrics": QT_TRANSLATE_NOOP("Warranty", "Electrics and electronics"),
}
EXCLUSIONS = {
    "missed_service": QT_TRANSLATE_NOOP("Warranty", "missed the required maintenance at an authorised shop"),
    "modified": QT_TRANSLATE_NOOP("Warranty", "modified parts"),
    "consumable": QT_TRANSLATE_NOOP("Warranty", "normal maintenance and consumables"),
    "misuse": QT_TRANSLATE_NOOP("Warranty", "misuse, accident, theft or fire"),
    "fuel": QT_TRANSLATE_NOOP("Warranty", "wrong or dirty fuel or fluids"),
    "non_original": QT_TRANSLATE_NOOP("Warranty", "non-original parts"),
    "driven_on": QT_TRANSLATE_NOOP("Warranty", "damage made worse by driving on with a fault"),
    "environment": QT_TRANSLATE_NOOP("Warranty", "environmental damage (hail, salt, sap)"),
    "elsewhere": QT_TRANSLATE_NOOP("Warranty", "repairs done elsewhere"),
    "ageing": QT_TRANSLATE_NOOP("Warranty", "normal ageing of trim and paint"),
    "odometer": QT_TRANSLATE_NOOP("Warranty", "a tampered odometer"),
    "indirect": QT_TRANSLATE_NOOP("Warranty", "indirect losses (rental car, hotel)"),
    "storage": QT_TRANSLATE_NOOP("Warranty", "damage from long storage"),
}
# Why a component is out of cover (besides an exclusion's own reason).
REASONS = {
    "no_start": QT_TRANSLATE_NOOP("Warranty", "no warranty start date on file"),
    "expired": QT_TRANSLATE_NOOP("Warranty", "expired on {day}"),
    "over_km": QT_TRANSLATE_NOOP("Warranty", "over {km} km"),
    "no_policy": QT_TRANSLATE_NOOP("Warranty", "no policy for this make and series"),
}


@dataclass(frozen=True)
class Term:
    component: str
    months: int
    km: int


@dataclass(frozen=True)
class Exclusion:
    component: str  # "": the whole car
    reason: str


@dataclass(frozen=True)
class Cover:
    component: str
    covered: bool
    ends_on: date | None  # the last day covered
    ends_km: int | None  # the last km covered
    days_left: int | None
    km_left: int | None
    reason: str = ""  # "", a REASONS key, or an EXCLUSIONS key
    extended: bool = False


def coverage(terms: Iterable[Term], start: date | None, today: date, km: int,
             extensions: Iterable[Term] = (), exclusions: Iterable[Exclusion] = ()) -> list[Cover]:
    """Each component's cover on ``today`` at ``km``, in the order of the terms."""
    extra: dict[str, tuple[int, int]] = {}
    for e in extensions:
        months, kms = extra.get(e.component, (0, 0))
        extra[e.component] = (months + e.months, kms + e.km)
    excluded = {x.component: x.reason for x in exclusions}
    out = []
    for term in terms:
        months, kms = extra.get(term.component, (0, 0))
        ends_on = add_months(start, term.months + months).toordinal() - 1 if start else None
        last_day = date.fromordinal(ends_on) if ends_on is not None else None
        last_km = term.km + kms
        days_left = (last_day - today).days if last_day else None
        km_left = last_km - km
        reason = ""
        if start is None:
            reason = "no_start"
        elif excluded.get(term.component) or excluded.get(""):
            reason = excluded.get(term.component) or excluded[""]
        elif last_day is not None and today > last_day:
            reason = "expired"
        elif km > last_km:
            reason = "over_km"
        out.append(Cover(term.component, reason == "", last_day, last_km, days_left, km_left, reason,
                         extended=(term.component in extra)))
    return out


def service_gap(service_days: Iterable[date], start: date | None, today: date, months: int,
                grace_months: int) -> tuple[date, date] | None:
    """The first stretch, from the warranty start to ``today``, longer than the service
    interval and its grace without a maintenance visit at this shop; None when there is
    none."""
    if start is None or months <= 0:
        return None
    previous = start
    for day in sorted(d for d in service_days if d >= start):
        if day > add_months(previous, months + grace_months):
            return previous, day
        previous = day
    return (previous, today) if today > add_months(previous, months + grace_months) else None


def reason_text(cover: Cover) -> Message:
    """Why a component is out of cover, in words."""
    if cover.reason in EXCLUSIONS:
        return Message(QT_TRANSLATE_NOOP("Warranty", "excluded: {why}"),
                       {"why": Message(EXCLUSIONS[cover.reason], {}, "Warranty")}, "Warranty")
    if cover.reason == "expired":
        return Message(REASONS["expired"], {"day": cover.ends_on.isoformat() if cover.ends_on else ""}, "Warranty")
    if cover.reason == "over_km":
        return Message(REASONS["over_km"], {"km": f"{cover.ends_km:,}" if cover.ends_km else ""}, "Warranty")
    return Message(REASONS.get(cover.reason, cover.reason), {}, "Warranty")


def why_not(component: str, cover: Cover | None) -> Message | None:
    """Why a warranty line under ``component`` cannot go to the manufacturer, or None."""
    name = Message(COMPONENTS.get(component, component), {}, "Warranty")
    if cover is None:
        return Message(QT_TRANSLATE_NOOP("Validation", "The make and series of this car have no {component} "
                                         "warranty on file."), {"component": name})
    if not cover.covered:
        return Message(QT_TRANSLATE_NOOP("Validation", "{component} is out of warranty ({why}); only a manager's "
                                         "goodwill puts it on the manufacturer."),
                       {"component": name, "why": reason_text(cover)})
    return None
