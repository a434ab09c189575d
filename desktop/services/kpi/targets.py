"""The manager's targets (目标) and the dealership's monthly fixed costs: set for the year,
broken down to months and to people by the default split (rules.targets), any month or
person set by hand; the fixed costs entered month by month for service absorption.
Every change is audited."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.models import FixedCost, KpiTarget, Staff
from desktop.services.common.limits import checked
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.kpi.rules import targets as rules
from desktop.services.kpi.rules.measures import MEASURES, Period


@dataclass(frozen=True)
class TargetRow:
    key: str
    year: Decimal | None  # the year's target: set by the manager, else the usual one
    year_own: bool
    months: tuple[Decimal | None, ...]  # January to December
    own: tuple[bool, ...]  # which months were set by hand (the rest: the default split)


@dataclass(frozen=True)
class CostRow:
    month: date
    amount: Decimal | None  # None: not entered yet
    note: str


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationFailed({"year": Message(QT_TRANSLATE_NOOP("Validation", "Choose a year from 2000 to 2100."))})


def _check_key(key: str) -> None:
    if key not in MEASURES:
        raise ValidationFailed({"measure": Message(QT_TRANSLATE_NOOP("Validation", "Choose a measure."))})


def people_in(s: Session, role: str) -> int:
    """How many active people share a role's targets (advisors, technicians)."""
    return int(s.scalar(select(func.count()).select_from(Staff).where(Staff.role == role,
                                                                       Staff.active.is_(True))) or 0)


def _plain(value: Decimal) -> Decimal:
    """3.00 as kept → 3, 2.50 → 2.5: a target reads as it was typed."""
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def _own(s: Session, year: int, persons: set[int]) -> dict[tuple[str, int], dict[int, Decimal]]:
    """The year's targets set by hand, for the shop (person 0) and the people asked for:
    (measure, person) → {month (0 = the year): value}, in one read."""
    own: dict[tuple[str, int], dict[int, Decimal]] = defaultdict(dict)
    for key, person, month, v in s.execute(select(KpiTarget.measure, KpiTarget.person, KpiTarget.month,
                                                  KpiTarget.value).where(KpiTarget.year == year,
                                                                         KpiTarget.person.in_(persons))):
        own[(key, person)][month] = _plain(Decimal(v))
    return own


def _row(key: str, own: dict[tuple[str, int], dict[int, Decimal]], person: int, people: int) -> TargetRow:
    measure = MEASURES[key]
    shop = own.get((key, 0), {})
    year_value = shop.get(0, measure.target)
    months = rules.months_of(year_value, {m: v for m, v in shop.items() if m}, measure)
    own_months = {m for m in shop if m}
    if person:
        mine = own.get((key, person), {})
        if 0 in mine:  # their own year target, split over their months
            months = rules.months_of(mine[0], {}, measure)
            year_value = mine[0]
        else:
            months = {m: rules.person_default(measure, v, people) for m, v in months.items()}
            year_value = rules.person_default(measure, year_value, people)
        months.update({m: v for m, v in mine.items() if m})
        mine_months = {m for m in mine if m}
        return TargetRow(key, year_value, 0 in mine, tuple(months[m] for m in range(1, 13)),
                         tuple(m in mine_months for m in range(1, 13)))
    return TargetRow(key, year_value, 0 in shop, tuple(months[m] for m in range(1, 13)),
                     tuple(m in own_months for m in range(1, 13)))


def row_in(s: Session, year: int, key: str, person: int = 0, people: int = 1) -> TargetRow:
    """A measure's targets for the year, for the shop (person 0) or one of ``people``."""
    return _row(key, _own(s, year, {0, person}), person, people)


def _held_to(row: TargetRow, span: Period) -> Decimal | None:
    months = dict(enumerate(row.months, 1))
    return rules.for_months(MEASURES[row.key], row.year, months, span.first.month,
                            span.last.month if span.last.year == span.first.year else 12)


def target_in(s: Session, key: str, span: Period, person: int = 0, people: int = 1) -> Decimal | None:
    """What a period (a month, a quarter, the year or the year to date) is held to."""
    return _held_to(row_in(s, span.first.year, key, person, people), span)


def targets_in(s: Session, span: Period, person: int = 0, people: int = 1) -> dict[str, Decimal | None]:
    """What the period is held to, every measure at once (one read of the year's targets)."""
    own = _own(s, span.first.year, {0, person})
    return {key: _held_to(_row(key, own, person, people), span) for key in MEASURES}


def fixed_costs_in(s: Session, first: date, last: date) -> Decimal | None:
    """The fixed costs of the months from ``first`` to ``last``; None while any is missing."""
    start = first.replace(day=1)
    rows = list(s.execute(select(FixedCost.month, FixedCost.amount).where(FixedCost.month >= start,
                                                                           FixedCost.month <= last)))
    wanted = (last.year - start.year) * 12 + last.month - start.month + 1
    if len(rows) < wanted:
        return None
    return sum((amount for _, amount in rows), Decimal(0))


class TargetService(Service):

    def table(self, year: int, person: int = 0, role: str = "") -> list[TargetRow]:
        """Every measure's targets for the year: the shop's, or one person's share."""
        self.require("kpi.view")
        _check_year(year)
        with reading(self.db) as s:
            people = people_in(s, role) if person else 1
            own = _own(s, year, {0, person})
            return [_row(key, own, person, people) for key in MEASURES]

    def set_target(self, year: int, month: int, key: str, value: object, person: int = 0,
                   role: str = "") -> TargetRow:
        """The year's target (month 0) or a month's, the shop's or a person's; an empty value
        goes back to the default (the usual target, or the split)."""
        self.require("kpi.targets")
        _check_year(year)
        _check_key(key)
        if not 0 <= month <= 12:
            raise ValidationFailed({"month": Message(QT_TRANSLATE_NOOP("Validation", "Choose a month."))})
        errors: dict[str, Message] = {}
        text = clean(str(value if value is not None else ""))
        number = None if not text else checked(text, rules.limit_kind(MEASURES[key]), "value", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            s.execute(delete(KpiTarget).where(KpiTarget.year == year, KpiTarget.month == month,
                                              KpiTarget.measure == key, KpiTarget.person == person))
            if number is not None:
                s.add(KpiTarget(year=year, month=month, measure=key, person=person, value=number,
                                updated_by=self.user))
            audit.record(s, "kpi-target", "kpi_target", None, year=year, month=month, measure=key, person=person,
                         value="" if number is None else str(number))
            s.flush()
            return row_in(s, year, key, person, people_in(s, role) if person else 1)

    def fixed_costs(self, year: int) -> list[CostRow]:
        self.require("kpi.view")
        _check_year(year)
        with reading(self.db) as s:
            kept = {m: (a, n) for m, a, n in s.execute(select(FixedCost.month, FixedCost.amount, FixedCost.note)
                                                       .where(FixedCost.month >= date(year, 1, 1),
                                                              FixedCost.month <= date(year, 12, 1)))}
        return [CostRow(date(year, m, 1), *kept.get(date(year, m, 1), (None, ""))) for m in range(1, 13)]

    def set_fixed_cost(self, month: date, amount: object, note: str = "") -> CostRow:
        """A month's fixed costs (rent, salaries, depreciation …); empty removes them."""
        self.require("kpi.targets")
        _check_year(month.year)
        first = month.replace(day=1)
        errors: dict[str, Message] = {}
        text = clean(str(amount if amount is not None else ""))
        value = None if not text else checked(text, "fixed_cost", "amount", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            s.execute(delete(FixedCost).where(FixedCost.month == first))
            if value is not None:
                s.add(FixedCost(month=first, amount=value, note=clean(note)[:255], updated_by=self.user))
            audit.record(s, "fixed-cost", "fixed_cost", None, month=first.isoformat(),
                         amount="" if value is None else str(value))
        return CostRow(first, value, clean(note)[:255] if value is not None else "")
