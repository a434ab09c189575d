"""Parts turnover (库存周转) and dead stock (呆滞库存), DOMAIN.md sections 3 and 6, by ABC
class, as of a day: the cost of the parts issued in the twelve months to that day over
the average stock value at cost in those months (the stock at the start and at the end
of each of the twelve months), and the stock of the parts that did not move for twelve
months.  Read from the weekly stock summaries (so by whole weeks, as the ABC analysis),
two grouped reads whatever the shop's size."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Float, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.models import Part, StockWeek
from desktop.models.parts import week_of
from desktop.services.common.dates import add_months, day_start

CLASSES = ("A", "B", "C")
WEEKS = 52  # twelve months of weeks


@dataclass(frozen=True)
class Turnover:
    abc_class: str  # A, B, C; "" for the whole shop
    issued: Decimal  # the cost of the parts issued (less returns) in the twelve months
    average: Decimal  # the average stock value at cost over them
    stock: Decimal  # the stock value at cost on the day
    dead: Decimal  # of it, parts with no movement for twelve months
    dead_parts: int
    parts: int  # parts in stock on the day

    @property
    def turns(self) -> Decimal | None:
        """Times a year the stock turned: None ("—") with no stock to turn."""
        if self.average <= 0:
            return None
        return (self.issued / self.average).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _yuan(fen: float) -> Decimal:
    return (Decimal(str(fen or 0)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _end_week(day: date) -> int:
    return week_of(day_start(day + timedelta(days=1)) - timedelta(seconds=1))


def _on_hand(s: Session, end: int) -> Sequence[Any]:
    """Per part at the end of week ``end``: its number, name and class, on hand, value at
    cost (fen) and the last week it moved."""
    value = type_coerce(StockWeek.value_fen, Float)
    return s.execute(select(Part.id, Part.number, Part.name, Part.abc_class,
                            func.sum(type_coerce(StockWeek.quantity, Float)), func.sum(value),
                            func.max(StockWeek.week))
                     .join(Part, Part.id == StockWeek.part_id).where(StockWeek.week <= end)
                     .group_by(Part.id, Part.number, Part.name, Part.abc_class)).all()


def dead_parts(s: Session, day: date) -> list[tuple[str, str, str, Decimal]]:
    """The parts behind the dead-stock figure as of the end of ``day``: (number, name,
    class, value at cost), the dearest first."""
    end = _end_week(day)
    rows = [(number, name, cls, _yuan(fen)) for _pid, number, name, cls, quantity, fen, last in _on_hand(s, end)
            if (quantity or 0) > 0 and last <= end - WEEKS]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def turnover(s: Session, day: date) -> list[Turnover]:
    """Per class A, B and C, then the whole shop, as of the end of ``day``."""
    end = _end_week(day)
    ends = [week_of(day_start(add_months(day, -i) + timedelta(days=1)) - timedelta(seconds=1)) for i in range(13)]
    value = type_coerce(StockWeek.value_fen, Float)
    # The stock value per class by week: added up from the start, the value at each month's end.
    by_week: dict[str, dict[int, float]] = defaultdict(dict)
    issued: dict[str, float] = defaultdict(float)
    used = StockWeek.kind.in_(("issue", "return"))
    for cls, week, fen, used_fen in s.execute(
            select(Part.abc_class, StockWeek.week, func.sum(value), func.sum(value).filter(used))
            .join(Part, Part.id == StockWeek.part_id).where(StockWeek.week <= end)
            .group_by(Part.abc_class, StockWeek.week)):
        by_week[cls][week] = fen or 0.0
        if week > end - WEEKS:
            issued[cls] -= used_fen or 0.0
    parts = [(cls, quantity, fen, last) for _pid, _number, _name, cls, quantity, fen, last in _on_hand(s, end)]
    stock: dict[str, float] = defaultdict(float)
    dead: dict[str, float] = defaultdict(float)
    dead_parts: dict[str, int] = defaultdict(int)
    held: dict[str, int] = defaultdict(int)
    for cls, quantity, fen, last in parts:
        if (quantity or 0) <= 0:
            continue
        stock[cls] += fen or 0.0
        held[cls] += 1
        if last <= end - WEEKS:
            dead[cls] += fen or 0.0
            dead_parts[cls] += 1
    rows = []
    for cls in CLASSES:
        weeks = by_week[cls].items()
        points = [sum(v for w, v in weeks if w <= at) for at in ends]
        average = sum(points) / len(points)
        rows.append(Turnover(cls, _yuan(issued[cls]), _yuan(average), _yuan(stock[cls]), _yuan(dead[cls]),
                             dead_parts[cls], held[cls]))
    rows.append(Turnover("", sum((r.issued for r in rows), Decimal(0)), sum((r.average for r in rows), Decimal(0)),
                         sum((r.stock for r in rows), Decimal(0)), sum((r.dead for r in rows), Decimal(0)),
                         sum(r.dead_parts for r in rows), sum(r.parts for r in rows)))
    return rows
