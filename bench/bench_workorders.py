"""Opening work orders on the big shop (300,000 orders) against a small one (1,000).

    python -m bench.bench_workorders [--repeat 15]

What a person opens: the order list (open orders, all orders, a page deep down the
list, a search by plate), an order, and a car's history.  Each is timed on both files in
the same run, alternating, so a busy machine slows both alike.  Targets: under 100 ms,
and the big shop within 1.5x of the small one.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.figures import record
from bench.generate import DEFAULT_PATH
from bench.generate import ensure as ensure_shop
from desktop.db import Database, open_database
from desktop.services.customers.service import CustomerService
from desktop.services.parts.ledger import reserved_for
from desktop.services.workorders.records import OrderFilter
from desktop.services.workorders.rules.workflow import OPEN_STATES
from desktop.services.workorders.service import WorkOrderService

BIG = DEFAULT_PATH.with_name("bigshop-visits.sqlite3")  # the one big shop every benchmark shares
SMALL = DEFAULT_PATH.with_name("smallshop-orders.sqlite3")
TARGET_MS = 100.0
TARGET_RATIO = 1.5


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def scenarios(path: Path) -> dict[str, Callable[[], object]]:
    db = open_database("sqlite:///" + str(path))  # brings older bench data to the current schema
    orders = WorkOrderService(db)
    customers = CustomerService(db)
    con = sqlite3.connect(str(path))
    # A car with a typical history (the median number of orders), and one of its orders.
    vid, = con.execute(
        "SELECT vehicle_id FROM work_order GROUP BY vehicle_id ORDER BY count(*), vehicle_id "
        "LIMIT 1 OFFSET (SELECT count(DISTINCT vehicle_id) / 2 FROM work_order)").fetchone()
    oid, = con.execute("SELECT id FROM work_order WHERE vehicle_id = ? ORDER BY id DESC LIMIT 1",
                       (vid,)).fetchone()
    plate, = con.execute("SELECT plate FROM vehicle WHERE id = ?", (vid,)).fetchone()
    con.close()
    deep: list[object] = []

    def page_deep() -> None:
        after = None
        for _ in range(5):  # the fifth page of 200, by keyset
            rows = orders.page(OrderFilter(), after, 200)
            after = rows[-1]
        deep.append(after)

    return {
        "open orders (list)": lambda: orders.page(OrderFilter(states=list(OPEN_STATES)), None, 200),
        "delivered (list)": lambda: orders.page(OrderFilter(states=["delivered"]), None, 200),
        "all orders (list)": lambda: orders.page(OrderFilter(), None, 200),
        "5th page of list": page_deep,
        "one order": lambda: orders.get(oid),
        "car's history": lambda: customers.get_vehicle(vid),
        "search: orders by plate": lambda: orders.page(OrderFilter(text=plate[2:6]), None, 200),
        "workshop board": orders.board,  # the cars in the shop: tens among all orders
        "parts held for the shop": lambda: held(db),
    }


def held(db: Database) -> object:
    with db.read() as s:
        return reserved_for(s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    ensure_shop(BIG, orders=300_000)
    ensure_shop(SMALL, customers=300, vehicles=300, orders=1_000)
    counts = {}
    for label, path in (("big", BIG), ("small", SMALL)):
        con = sqlite3.connect(str(path))
        counts[label] = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                         for t in ("work_order", "work_order_line", "vehicle")]
        con.close()
    print(f"big shop: {counts['big'][0]:,} orders, {counts['big'][1]:,} lines, {counts['big'][2]:,} cars; "
          f"small shop: {counts['small'][0]:,} orders, {counts['small'][1]:,} lines")
    big, small = scenarios(BIG), scenarios(SMALL)
    print(f"{'what':24} {'big ms':>8} {'small ms':>9} {'ratio':>6}  ok")
    ok_all = True
    for name in big:
        big[name](), small[name]()  # warm both
        tb, ts = [], []
        for _ in range(args.repeat):
            tb.append(timed(big[name]))
            ts.append(timed(small[name]))
        mb, ms = statistics.median(tb), statistics.median(ts)
        ratio = mb / ms if ms else 1.0
        ok = mb < TARGET_MS and ratio <= TARGET_RATIO  # every row by the same rule, the search too
        record(f"orders: {name}", mb, ms, f"<{TARGET_MS:.0f} ms, big <{TARGET_RATIO}x small", ok,
               floor_name="same on the small shop")
        ok_all &= ok
        print(f"{name:24} {mb:>8.1f} {ms:>9.1f} {ratio:>6.2f}  {'yes' if ok else 'NO'}")
    print(f"targets: < {TARGET_MS:.0f} ms and big <= {TARGET_RATIO}x small: {'met' if ok_all else 'NOT met'}")
    raise SystemExit(0 if ok_all else 1)


if __name__ == "__main__":
    main()
