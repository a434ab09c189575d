"""Reception search on the big shop (60,000 customers, 80,000 vehicles).

    python -m bench.bench_search [--db FILE] [--repeat 15]

For each kind of query a person types, the program's search (``SearchService.search``)
is timed against its floor: the same lookups written by hand as raw SQL with the
sqlite3 module on the same file (the index scans, the archived filter, and loading the
shown rows), in the same run, alternating, so a busy machine slows both alike.
Targets: under 50 ms per query, and within 2x of the floor.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.figures import record
from bench.generate import DEFAULT_PATH, ensure
from desktop.db import open_database
from desktop.services.customers.search import SearchService, plan

TARGET_MS = 50.0
TARGET_RATIO = 2.0
LIMIT = 50


def raw_search(con: sqlite3.Connection, query: str) -> list[tuple[object, ...]]:
    """The same lookups as the service, by hand."""
    p = plan(query)
    if p is None:
        return []
    fetch = LIMIT * 2
    hits: dict[int, int] = {}

    def hit(cid: int, rank: int) -> None:
        if cid not in hits or rank < hits[cid]:
            hits[cid] = rank

    if p.pinyin:
        for (cid,) in con.execute(
            "SELECT customer_id FROM customer_name_key WHERE key >= ? AND key < ? LIMIT ?",
            (p.pinyin, p.pinyin[:-1] + chr(ord(p.pinyin[-1]) + 1), fetch),
        ):
            hit(cid, 1)
    if p.plate:
        rows = con.execute(
            "SELECT id, plate FROM vehicle WHERE plate LIKE '%' || ? || '%' ESCAPE '/' LIMIT ?",
            (p.plate.replace("/", "//").replace("%", "/%").replace("_", "/_"), fetch),
        ).fetchall()
        if rows:
            marks = ",".join("?" * len(rows))
            owners = dict(con.execute(f"SELECT id, customer_id FROM vehicle WHERE id IN ({marks})",
                                      [r[0] for r in rows]))
            for vid, plate in rows:
                hit(owners[vid], 0 if plate == p.plate else 2)
    if p.vin_tail:
        rev = p.vin_tail[::-1]
        for cid, _vid in con.execute(
            "SELECT customer_id, id FROM vehicle WHERE vin_reversed >= ? AND vin_reversed < ? LIMIT ?",
            (rev, rev[:-1] + chr(ord(rev[-1]) + 1), fetch),
        ):
            hit(cid, 0)
    if p.phone:
        for cid, digits in con.execute(
            "SELECT customer_id, digits FROM customer_phone "
            "WHERE digits LIKE '%' || ? || '%' ESCAPE '/' LIMIT ?",
            (p.phone, fetch),
        ):
            hit(cid, 0 if digits == p.phone else 2)
    if p.name:
        for cid, name in con.execute(
            "SELECT id, name FROM customer WHERE name LIKE '%' || ? || '%' ESCAPE '/' LIMIT ?",
            (p.name, fetch),
        ):
            hit(cid, 0 if name == p.name else 2)
    if not hits:
        return []
    marks = ",".join("?" * len(hits))
    active = {r[0] for r in con.execute(
        f"SELECT id FROM customer WHERE id IN ({marks}) AND archived_at IS NULL "
        "AND merged_into_id IS NULL", list(hits))}
    ids = sorted((c for c in hits if c in active), key=lambda c: (hits[c], c))[:LIMIT]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    customers = con.execute(f"SELECT id, name, kind, archived_at FROM customer WHERE id IN ({marks})",
                            ids).fetchall()
    phones = con.execute(f"SELECT customer_id, number FROM customer_phone WHERE customer_id IN ({marks}) "
                         "ORDER BY customer_id, position", ids).fetchall()
    vehicles = con.execute(f"SELECT customer_id, plate, vin, make, model FROM vehicle "
                           f"WHERE customer_id IN ({marks}) AND archived_at IS NULL "
                           "ORDER BY customer_id, id", ids).fetchall()
    return customers + phones + vehicles


def queries(con: sqlite3.Connection) -> dict[str, str]:
    """Realistic queries, taken from the data so they find something."""
    plate, vin, digits = con.execute(
        "SELECT v.plate, v.vin, p.digits FROM vehicle v JOIN customer_phone p "
        "ON p.customer_id = v.customer_id WHERE length(p.digits) = 11 LIMIT 1 OFFSET 41234"
    ).fetchone()
    name = con.execute("SELECT name FROM customer WHERE kind = 'person' LIMIT 1 OFFSET 33333").fetchone()[0]
    return {
        "plate fragment": plate[2:5],
        "whole plate": plate,
        "plate, lower case": plate.lower(),
        "last 6 of VIN": vin[-6:],
        "phone, last 4": digits[-4:],
        "phone, any part": digits[3:8],
        "whole phone": f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
        "name": name,
        "surname": name[0],
        "pinyin initials": "zw",
        "full pinyin": "wangfang",
        "nothing found": "qqqqq",
    }


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(path: Path, repeat: int) -> bool:
    db = open_database("sqlite:///" + str(path))  # brings older bench data to the current schema
    search = SearchService(db)
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA query_only=1")
    counts = con.execute("SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM vehicle)").fetchone()
    print(f"big shop: {counts[0]:,} customers, {counts[1]:,} vehicles ({path.stat().st_size / 1e6:.0f} MB)")
    print(f"{'query':20} {'typed':14} {'rows':>4} {'program ms':>10} {'raw SQL ms':>10} {'ratio':>6}  ok")
    ok_all = True
    for label, q in queries(con).items():
        search.search(q)
        raw_search(con, q)  # warm both
        ours, floor = [], []
        for _ in range(repeat):
            ours.append(timed(lambda q=q: search.search(q)))
            floor.append(timed(lambda q=q: raw_search(con, q)))
        rows = len(search.search(q))
        m_ours, m_floor = statistics.median(ours), statistics.median(floor)
        ratio = m_ours / m_floor if m_floor > 0 else 1.0
        ok = m_ours < TARGET_MS and ratio <= TARGET_RATIO
        record(f"search: {label}", m_ours, m_floor, f"<{TARGET_MS:.0f} ms, <{TARGET_RATIO:.0f}x", ok,
               note=f"{rows} rows")
        ok_all &= ok
        print(f"{label:20} {q:14} {rows:>4} {m_ours:>10.1f} {m_floor:>10.1f} {ratio:>6.2f}  "
              f"{'yes' if ok else 'NO'}")
    con.close()
    db.dispose()
    print(f"targets: < {TARGET_MS:.0f} ms and <= {TARGET_RATIO:.0f}x raw SQL: "
          f"{'met' if ok_all else 'NOT met'}")
    return ok_all


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_PATH.with_name("bigshop-visits.sqlite3"))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    ensure(args.db, orders=300_000)  # the one big shop every benchmark shares
    raise SystemExit(0 if run(args.db, args.repeat) else 1)


if __name__ == "__main__":
    main()
