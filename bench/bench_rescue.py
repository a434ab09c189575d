"""The rescue desk on the big shop (300,000 work orders) with 20,000 rescues over three
years, each figure against the same reads in raw SQL on the same file:

- the rescues under way (the desk and the workshop board's line);
- a month's rescues with their times against the targets;
- the month's summary (calls, in time, median arrival, satisfaction);
- the satisfaction questions still to ask (the last 30 days).

    python -m bench.bench_rescue [--repeat 15]

Targets: each under 50 ms, and within 3x of raw SQL where the raw reads take over 10 ms.
A file made before the rescue desk existed gets two vans and the rescues once.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, text

from bench.bench_aftercare import SHOP, ensure, median_ms
from bench.figures import report
from desktop.db import Database, open_database
from desktop.models import Rescue, ServiceVan, Vehicle
from desktop.services.rescue.service import RescueService

UNDER_WAY = [text("SELECT r.*, c.name FROM rescue r LEFT JOIN customer c ON c.id = r.customer_id "
                  "WHERE r.state IN ('called', 'dispatched', 'arrived') ORDER BY r.called_at")]
MONTH = [text("SELECT r.*, c.name, v.name, i.number, w.number FROM rescue r LEFT JOIN customer c ON c.id = "
              "r.customer_id LEFT JOIN service_van v ON v.id = r.van_id LEFT JOIN invoice i ON i.id = r.invoice_id "
              "LEFT JOIN work_order w ON w.id = r.work_order_id WHERE r.called_at >= :first AND r.called_at < :next "
              "ORDER BY r.called_at DESC LIMIT 2000")]
TO_ASK = [text("SELECT r.*, c.name FROM rescue r LEFT JOIN customer c ON c.id = r.customer_id WHERE r.called_at >= "
               ":since AND r.state = 'closed' AND r.outcome <> 'cancelled' AND r.satisfaction IS NULL "
               "ORDER BY r.solved_at")]


def write_rescues(db: Database, count: int = 20_000) -> None:
    rng = random.Random(7)
    now = datetime.now(UTC)
    with db.write("bench") as s:
        vans = []
        for n in (1, 2):
            van = ServiceVan(name=f"救援车{n}", crew="bench", created_by="bench", updated_by="bench")
            s.add(van)
            vans.append(van)
        s.flush()
        cars = s.execute(select(Vehicle.id, Vehicle.customer_id).limit(50_000)).all()
        rows = []
        for n in range(1, count + 1):
            vid, cid = rng.choice(cars)
            at = now - timedelta(minutes=rng.randrange(60, 3 * 365 * 24 * 60))
            sent = at + timedelta(minutes=rng.randrange(2, 12))
            there = sent + timedelta(minutes=rng.randrange(10, 90))
            done = there + timedelta(minutes=rng.randrange(10, 60))
            open_ = n > count - 3
            rows.append({"number": f"JY{at.year}-{n:06d}", "called_at": at, "taken_by": "bench", "caller": "",
                         "phone": "13800000000", "customer_id": cid, "vehicle_id": vid, "plate": "",
                         "address": "深南大道", "landmark": "", "coordinates": "", "distance_km": rng.randrange(1, 50),
                         "problem": "爆胎", "price_quoted": Decimal(200), "state": "dispatched" if open_ else "closed",
                         "van_id": vans[n % 2].id, "crew": "bench", "dispatched_at": sent,
                         "arrived_at": None if open_ else there, "solved_at": None if open_ else done,
                         "outcome": "" if open_ else rng.choice(("fixed", "fixed", "towed", "cancelled")),
                         "work_done": "", "tow_km": 0, "charge": Decimal(200), "cancel_reason": "",
                         "satisfaction": None if rng.random() < 0.1 else rng.randrange(2, 6),
                         "satisfaction_note": "", "created_by": "bench", "updated_by": "bench", "version": 1})
        s.execute(insert(Rescue), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(Rescue))
    if empty:
        print("writing the vans and the rescues (once) …", flush=True)
        write_rescues(db)
    service = RescueService(db, "bench")
    month = date.today().replace(day=1)
    nxt = (month + timedelta(days=32)).replace(day=1)
    params = {"first": month.isoformat(), "next": nxt.isoformat(),
              "since": (datetime.now(UTC) - timedelta(days=30)).replace(tzinfo=None).isoformat(" ")}
    with db.read() as s:
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("work_order", "rescue")}

    def reads(*queries: object) -> Callable[[], object]:
        def run() -> object:
            with db.engine.connect() as conn:
                return [conn.execute(q, params).all() for q in queries]  # type: ignore[call-overload]
        return run

    rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]] = [
        ("rescues under way", service.under_way, reads(*UNDER_WAY), lambda: len(service.under_way())),
        ("a month's rescues", lambda: service.rescues(month), reads(*MONTH), lambda: len(service.rescues(month))),
        ("a month's times", lambda: service.times(month), reads(*MONTH), lambda: service.times(month).calls),
        ("satisfaction to ask", service.to_ask, reads(*TO_ASK), lambda: len(service.to_ask())),
    ]
    try:
        print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
        report(rows, args.repeat, median_ms)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
