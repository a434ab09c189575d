"""ABC plus the full reorder review on 20,000 parts and 1,500,000 movements.

    python -m bench.bench_parts [--repeat 5]

Compared in the same run with its floor: one plain SQL aggregation over the same
movements (the sum of issued quantity per part).  Targets: within 3x of it, under 2 s.
The data (bench/data/parts.sqlite3) is made on first run.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from bench.figures import record
from bench.generate import DEFAULT_PATH
from desktop.db import open_database
from desktop.models import Part, StockMovement, Supplier
from desktop.models.parts import week_of
from desktop.services.parts.service import PartsService

PATH = DEFAULT_PATH.with_name("parts.sqlite3")
PARTS = 20_000
MOVEMENTS = 1_500_000


def generate(path: Path, parts: int = PARTS, movements: int = MOVEMENTS, seed: int = 11) -> None:
    """Parts with a long tail: a few fast movers carry most of the value (as in any shop)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    db = open_database("sqlite:///" + str(tmp))
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.write("bench") as s:
        s.execute(insert(Supplier), [{"name": f"供应商{i}", "lead_time_days": rng.randrange(1, 15),
                                      "contact": "", "phone": "", "active": True, "created_by": "bench",
                                      "updated_by": "bench"} for i in range(1, 41)])
        costs = [Decimal(rng.choice((5, 12, 30, 58, 120, 260, 480, 900, 2400))) for _ in range(parts)]
        s.execute(insert(Part), [{
            "number": f"P{i:06d}", "name": f"配件{i}", "supplier_id": rng.randrange(1, 41),
            "pack_size": Decimal(rng.choice((1, 1, 1, 4, 10))), "min_order": Decimal(0), "cost": costs[i - 1],
            "price": costs[i - 1] * Decimal("1.4"), "abc_class": "C", "version": 1, "created_by": "bench",
            "updated_by": "bench"} for i in range(1, parts + 1)])
        weights = [1 / (i ** 1.1) for i in range(1, parts + 1)]
        receipts = [{"part_id": pid, "kind": "receipt", "quantity": Decimal(500), "unit_cost": costs[pid - 1],
                     "at": now - timedelta(days=400), "reason": "", "user": "bench"} for pid in range(1, parts + 1)]
        for row in receipts:
            row["week"] = week_of(row["at"])
        s.execute(insert(StockMovement), receipts)
        chosen = rng.choices(range(1, parts + 1), weights=weights, k=movements - parts)
        batch = []
        for pid in chosen:
            at = now - timedelta(minutes=rng.randrange(0, 525_600))
            batch.append({"part_id": pid, "kind": "issue", "quantity": Decimal(-rng.randrange(1, 5)),
                          "unit_cost": costs[pid - 1], "at": at, "week": week_of(at), "reason": "", "user": "bench"})
            if len(batch) == 100_000:
                s.execute(insert(StockMovement), batch)
                batch = []
        if batch:
            s.execute(insert(StockMovement), batch)
    db.dispose()
    raw = sqlite3.connect(str(tmp))
    raw.execute("ANALYZE")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not PATH.exists():
        start = time.perf_counter()
        generate(PATH)
        print(f"made {PATH} in {time.perf_counter() - start:.0f} s")
    db = open_database("sqlite:///" + str(PATH))  # brings older bench data to the current schema
    parts = PartsService(db, "bench")
    con = sqlite3.connect(str(PATH))
    n_parts, n_moves = con.execute("SELECT (SELECT count(*) FROM part), (SELECT count(*) FROM stock_movement)").fetchone()

    def floor() -> None:
        con.execute("SELECT part_id, sum(quantity) FROM stock_movement WHERE kind = 'issue' "
                    "GROUP BY part_id").fetchall()

    def ours() -> None:
        parts.classify()
        parts.reorder_review()

    floor()
    ours()
    f, o = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        floor()
        f.append(time.perf_counter() - t)
        t = time.perf_counter()
        ours()
        o.append(time.perf_counter() - t)
    mf, mo = statistics.median(f), statistics.median(o)
    counts = con.execute("SELECT abc_class, count(*) FROM part GROUP BY abc_class ORDER BY abc_class").fetchall()
    print(f"{n_parts:,} parts, {n_moves:,} movements; classes {dict(counts)}")
    print(f"plain SQL aggregation        {mf:6.2f} s")
    print(f"ABC + full reorder review    {mo:6.2f} s   ratio {mo / mf:.2f}")
    ok = mo < 2.0 and mo / mf <= 3.0
    record("ABC + full reorder review", mo, mf, "<2 s, <3x", ok, unit="s", floor_name="plain SQL aggregation")
    print(f"targets: under 2 s and within 3x: {'met' if ok else 'NOT met'}")
    db.dispose()
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
