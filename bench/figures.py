"""One line per figure, the way the benchmarks of small units of work print it: the time,
its raw-SQL floor in the same run, the ratio, the rows, and the goal (under ``target_ms``;
within ``target_ratio`` of the floor once the floor itself takes ``ratio_from_ms`` —
below that the fixed cost of a unit of work is the figure, not how the reads scale)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable

# Where ``python -m bench.all`` collects every figure (one JSON line each); unset when a
# benchmark runs on its own.
RESULTS_ENV = "SERVICEBAY_BENCH_RESULTS"


def record(figure: str, value: float, floor: float | None, goal: str, ok: bool, unit: str = "ms",
           floor_name: str = "raw SQL", note: str = "") -> None:
    """One figure for the whole table: its value, the floor measured in the same run, the
    goal in words and whether it was met."""
    path = os.environ.get(RESULTS_ENV)
    if not path:
        return
    bench = os.path.basename(sys.argv[0]).removesuffix(".py") if sys.argv and sys.argv[0] else "?"
    row = {"bench": os.environ.get("SERVICEBAY_BENCH_NAME", bench), "figure": figure, "value": round(value, 3),
           "unit": unit, "floor": None if floor is None else round(floor, 3), "floor_name": floor_name,
           "ratio": None if not floor else round(value / floor, 2), "goal": goal, "ok": bool(ok), "note": note}
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


HEADER = f"{'figure':30} {'ms':>8} {'raw SQL':>9} {'ratio':>6}  rows  goal"


def line(name: str, ms: float, base: float, rows: int, target_ms: float = 50.0, target_ratio: float = 3.0,
         ratio_from_ms: float = 10.0) -> str:
    ratio = ms / max(base, 0.001)
    ok = ms < target_ms and (base < ratio_from_ms or ratio <= target_ratio)
    goal = f"<{target_ms:.0f} ms" + (f", <{target_ratio}x" if base >= ratio_from_ms else "")
    record(name, ms, base, goal, ok, note=f"{rows} rows")
    return f"{name:30} {ms:8.1f} {base:9.1f} {ratio:6.2f}  {rows:5d}  {goal} {'pass' if ok else 'FAIL'}"


def report(rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]], repeat: int,
           median_ms: Callable[[Callable[[], object], int], float],
           around: Callable[[str], None] | None = None, targets: dict[str, float] | None = None) -> None:
    """Time each (name, service, floor, row count) and print its line; ``around(name)``
    runs before each figure (to put back what the last one changed); ``targets`` gives a
    figure its own time goal (a report over years of history, not a look-up at the counter)."""
    print(HEADER)
    for name, service, floor, count in rows:
        if around is not None:
            around(name)
        ms, base = median_ms(service, repeat), median_ms(floor, repeat)
        if around is not None:
            around("")
        print(line(name, ms, base, count(), **({"target_ms": targets[name]} if targets and name in targets else {})))
