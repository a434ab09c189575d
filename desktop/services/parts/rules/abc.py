"""ABC classification (ABC分类): rank parts by consumption value over the last 12 months.

Walking from the most valuable part down, a part belongs to A while the cumulative value
*before* it is below the A threshold (80 % by default): the part that crosses the line is
still A, so the A parts always carry at least their share.  B likewise up to 95 %; the
rest are C.  Parts with no consumption are C.  Equal values keep a stable order (by id).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

A_SHARE = Decimal("0.80")
B_SHARE = Decimal("0.95")


def classify(values: Iterable[tuple[int, Decimal]] | Iterable[tuple[int, int]], a_share: Decimal = A_SHARE,
             b_share: Decimal = B_SHARE) -> dict[int, str]:
    """Values in yuan (``Decimal``) or in whole fen (``int``): only their order and their
    shares of the total matter."""
    ranked: list[tuple[int, Decimal | int]] = sorted(values, key=lambda pv: (-pv[1], pv[0]))
    total = sum((v for _, v in ranked if v > 0), Decimal(0))
    classes: dict[int, str] = {}
    running = Decimal(0)
    for part_id, value in ranked:
        if value <= 0 or total == 0:
            classes[part_id] = "C"
            continue
        before = running / total
        classes[part_id] = "A" if before < a_share else "B" if before < b_share else "C"
        running += value
    return classes


def pareto(values: Iterable[tuple[int, Decimal]]) -> list[tuple[float, float]]:
    """(share of parts, cumulative share of value) points for the Pareto chart."""
    ranked = sorted((v for _, v in values), reverse=True)
    total = sum(ranked, Decimal(0))
    if not ranked or total == 0:
        return []
    points, running = [], Decimal(0)
    for i, value in enumerate(ranked, 1):
        running += value
        points.append((i / len(ranked), float(running / total)))
    return points
