"""The several-workstations mode on the big shop: the move onto the server, then reception
search and the work-order list on PostgreSQL against the same on the SQLite file.

    python -m bench.bench_server [--db FILE] [--pg URL] [--repeat 15]

Without ``--pg`` a private PostgreSQL server is started under ``bench/data/pg`` (Debian's
postgresql package; ``scripts/pg-test-server.sh``) and kept for the next run; the big shop
is moved onto it once (the move is timed and checked row by row) and reused.  Each lookup
is then timed on both backends in the same run, alternating, so a busy machine slows both
alike.  Targets: PostgreSQL within 2x of SQLite for each lookup, and under 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.bench_aftercare import SHOP
from bench.bench_aftercare import ensure as ensure_shop
from bench.bench_search import queries
from bench.figures import record
from desktop.db import Database, open_database
from desktop.services.customers.search import SearchService
from desktop.services.system.move import MoveService, holds_data
from desktop.services.workorders.records import OrderFilter
from desktop.services.workorders.rules.workflow import OPEN_STATES
from desktop.services.workorders.service import WorkOrderService

ROOT = Path(__file__).resolve().parents[1]
PG_DIR = ROOT / "bench" / "data" / "pg"
DATABASE = "bench_bigshop"
TARGET_RATIO = 2.0
TARGET_MS = 100.0


def private_server() -> str:
    out = subprocess.run([str(ROOT / "scripts" / "pg-test-server.sh"), "start", str(PG_DIR)], check=True,
                         capture_output=True, text=True, env={"SERVICEBAY_PG_PORT": "54399", "PATH": "/usr/bin:/bin"})
    return out.stdout.strip().splitlines()[-1]


def shop_on_server(admin_url: str, sqlite_db: Database) -> tuple[str, float | None]:
    """The big shop on the server (moved once); the move's seconds when it ran now."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": DATABASE}):
            conn.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    admin.dispose()
    url = make_url(admin_url).set(database=DATABASE).render_as_string(hide_password=False)
    target = open_database(url)
    try:
        if holds_data(target):
            return url, None
    finally:
        target.dispose()
    print("moving the big shop onto the server (once) …", flush=True)
    started = time.perf_counter()
    report = MoveService(sqlite_db).to_server(url, lambda step: print(f"  … {step}", flush=True))
    seconds = time.perf_counter() - started
    print(f"moved {report.rows:,} rows in {len(report.tables)} tables, {report.invoices:,} invoices checked, "
          f"in {seconds:.0f} s ({report.rows / seconds:,.0f} rows/s, copy and row-by-row check)")
    moved = open_database(url)
    with moved.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    moved.dispose()
    return url, seconds


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def lookups(db: Database, plate: str, name: str, search_queries: dict[str, str]) -> dict[str, Callable[[], object]]:
    search = SearchService(db)
    orders = WorkOrderService(db)
    found: dict[str, Callable[[], object]] = {f"search: {label}": (lambda q=q: search.search(q))
                                              for label, q in search_queries.items()}
    found.update({
        "orders: open (list)": lambda: orders.page(OrderFilter(states=list(OPEN_STATES)), None, 200),
        "orders: all (list)": lambda: orders.page(OrderFilter(), None, 200),
        "orders: by plate": lambda: orders.page(OrderFilter(text=plate[2:6]), None, 200),
        "orders: by name": lambda: orders.page(OrderFilter(text=name), None, 200),
    })
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=SHOP)
    parser.add_argument("--pg", default=None, help="an administrator's URL (default: a private server)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    ensure_shop(args.db)
    sqlite_db = open_database("sqlite:///" + str(args.db))
    url, moved = shop_on_server(args.pg or private_server(), sqlite_db)
    if moved is not None:
        record("move onto the server (copy and check)", moved, None, "measured", True, unit="s")
    pg_db = open_database(url)
    import sqlite3

    con = sqlite3.connect(str(args.db))
    search_queries = queries(con)
    plate = con.execute("SELECT plate FROM vehicle WHERE plate IS NOT NULL LIMIT 1 OFFSET 41234").fetchone()[0]
    name = con.execute("SELECT name FROM customer WHERE kind = 'person' LIMIT 1 OFFSET 33333").fetchone()[0]
    con.close()
    on_file = lookups(sqlite_db, plate, name, search_queries)
    on_server = lookups(pg_db, plate, name, search_queries)
    print(f"{'what':28} {'PostgreSQL ms':>13} {'SQLite ms':>10} {'ratio':>6}  ok")
    ok_all = True
    for label in on_file:
        on_file[label](), on_server[label]()  # warm both
        pg_times, file_times = [], []
        for _ in range(args.repeat):
            pg_times.append(median_ms(on_server[label], 1))
            file_times.append(median_ms(on_file[label], 1))
        m_pg, m_file = statistics.median(pg_times), statistics.median(file_times)
        ratio = m_pg / m_file if m_file > 0 else 1.0
        ok = m_pg < TARGET_MS and ratio <= TARGET_RATIO
        record(f"PostgreSQL {label}", m_pg, m_file, f"<{TARGET_MS:.0f} ms, <{TARGET_RATIO:.0f}x", ok,
               floor_name="the same on SQLite")
        ok_all &= ok
        print(f"{label:28} {m_pg:>13.1f} {m_file:>10.1f} {ratio:>6.2f}  {'yes' if ok else 'NO'}")
    pg_db.dispose()
    sqlite_db.dispose()
    print(f"targets: < {TARGET_MS:.0f} ms and PostgreSQL <= {TARGET_RATIO:.0f}x SQLite: "
          f"{'met' if ok_all else 'NOT met'}")
    raise SystemExit(0 if ok_all else 1)


if __name__ == "__main__":
    main()
