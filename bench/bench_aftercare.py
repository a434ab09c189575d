"""After-care on the big shop (300,000 work orders over three years, a year of follow-up
calls and complaints), each figure against the same query in raw SQL on the same file:

- the clerk's list for the day, against the same three reads in raw SQL (the calls with
  their order, customer and car; the phones of those customers; the work done on those
  orders);
- the open complaints, oldest first;
- the register of a month's calls (the printed registers read it).

    python -m bench.bench_aftercare [--repeat 15]

Targets: the day's list and the open complaints under 100 ms and within 3x of raw SQL;
the month's register (20,000 calls on the big shop, read for printing) within 3x.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from sqlalchemy import text

from bench.figures import record
from bench.generate import DEFAULT_PATH, generate
from desktop.db import open_database
from desktop.services.aftercare.complaints import ComplaintService
from desktop.services.aftercare.followups import FollowUpService
from desktop.services.aftercare.records import ComplaintFilter
from desktop.services.aftercare.reports import AftercareReports

SHOP = DEFAULT_PATH.with_name("bigshop-visits.sqlite3")  # shared with bench_appointments
TARGET_MS, TARGET_RATIO = 100.0, 3.0

DAY_LIST = text(
    "SELECT f.*, wo.number, wo.delivered_at, wo.advisor_id, wo.technician_id, c.name, v.plate, v.make, v.model "
    "FROM follow_up f JOIN work_order wo ON wo.id = f.work_order_id JOIN customer c ON c.id = f.customer_id "
    "JOIN vehicle v ON v.id = f.vehicle_id WHERE f.state = 'open' AND f.due_from <= :day "
    "AND (f.next_try_at IS NULL OR f.next_try_at <= :end) ORDER BY f.due_by, f.id LIMIT 2000")
OPEN_COMPLAINTS = text(
    "SELECT k.*, c.name, v.plate FROM complaint k JOIN customer c ON c.id = k.customer_id "
    "LEFT JOIN vehicle v ON v.id = k.vehicle_id WHERE k.state IN ('open', 'in_progress', 'resolved') "
    "ORDER BY k.received_at LIMIT 2000")
REGISTER = text(
    "SELECT k.*, c.name, c.address, v.plate, wo.number FROM contact k JOIN customer c ON c.id = k.customer_id "
    "LEFT JOIN vehicle v ON v.id = k.vehicle_id LEFT JOIN work_order wo ON wo.id = k.work_order_id "
    "WHERE k.at > :first AND k.at <= :last ORDER BY k.at, k.id")


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def ensure(path: Path) -> Path:
    if not path.exists():
        print(f"making {path} (once) …", flush=True)
        generate(path, orders=300_000)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    calls, complaints, reports = FollowUpService(db), ComplaintService(db), AftercareReports(db)
    today = date.today()
    end = datetime.combine(today, clock(23, 59, 59)).astimezone(UTC).replace(tzinfo=None)
    month_first = datetime.combine(today - timedelta(days=31), clock(23, 59, 59)).astimezone(UTC).replace(tzinfo=None)

    def raw(query: object, **params: object) -> Callable[[], object]:
        def run() -> object:
            with db.engine.connect() as conn:
                return conn.execute(query, params).all()  # type: ignore[call-overload]
        return run

    with db.read() as s:
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("work_order", "follow_up", "contact",
                                                                           "complaint")}
    def day_floor() -> object:
        with db.engine.connect() as conn:
            found = conn.execute(DAY_LIST, {"day": today, "end": end}).all()
            customers = ",".join(str(int(r.customer_id)) for r in found) or "0"
            orders = ",".join(str(int(r.work_order_id)) for r in found) or "0"
            conn.execute(text(f"SELECT customer_id, number FROM customer_phone WHERE customer_id IN ({customers}) "
                              "ORDER BY position DESC")).all()
            return conn.execute(text(
                f"SELECT work_order_id, description FROM work_order_line WHERE work_order_id IN ({orders}) "
                "AND kind = 'labour' AND approval = 'approved' ORDER BY work_order_id, position")).all()

    rows = [
        ("the day's follow-up calls", lambda: calls.day_list(today), day_floor, len(calls.day_list(today)),
         TARGET_MS),
        ("open complaints", lambda: complaints.page(ComplaintFilter()), raw(OPEN_COMPLAINTS),
         len(complaints.page(ComplaintFilter())), TARGET_MS),
        ("a month's call register", lambda: reports.register(today - timedelta(days=30), today),
         raw(REGISTER, first=month_first, last=end), len(reports.register(today - timedelta(days=30), today)),
         None),
    ]
    print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
    print(f"{'figure':28} {'ms':>8} {'raw SQL':>9} {'ratio':>6}  rows  goal")
    for name, service, floor, count, target in rows:
        ms, base = median_ms(service, args.repeat), median_ms(floor, args.repeat)
        ok = (target is None or ms < target) and ms / max(base, 0.001) <= TARGET_RATIO
        goal = (f"<{target:.0f} ms, " if target is not None else "") + f"<{TARGET_RATIO}x"
        record(name, ms, base, goal, ok, note=f"{count} rows")
        print(f"{name:28} {ms:8.1f} {base:9.1f} {ms / max(base, 0.001):6.2f}  {count:5d}  {goal:16} "
              f"{'pass' if ok else 'FAIL'}")
    db.dispose()


if __name__ == "__main__":
    main()
