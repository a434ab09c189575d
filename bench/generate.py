"""Make the big shop: a database with many customers and vehicles, for the benchmarks.

    python -m bench.generate --out bench/data/bigshop.sqlite3 [--customers 60000 --vehicles 80000]

The data comes from the demo generator (valid phones, plates, VINs) and is written by the
import path in one transaction.  The file is not committed; the benchmarks make it when
it is missing.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.demo.aftercare import write_aftercare
from desktop.demo.appointments import write_appointments, write_reminders
from desktop.demo.orders import Visit, ensure_staff, write_history, write_today
from desktop.demo.shop import DemoGenerator
from desktop.demo.workshop_forms import write_inspections, write_warranty
from desktop.models import Vehicle
from desktop.services.customers.importing import write_records
from desktop.services.workorders.workshop import WorkshopSetup

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "bigshop.sqlite3"


def add_orders(db: Database, orders: int, seed: int = 7, years: int = 3) -> int:
    """About ``orders`` work orders spread over the cars and the last ``years`` years,
    written by the demo's order writer (delivered visits, comebacks, today's cars)."""
    setup = WorkshopSetup(db, "bench")
    setup.ensure_catalogue()
    ensure_staff(setup)
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.write("bench") as s:
        cars = s.execute(select(Vehicle.id, Vehicle.customer_id, Vehicle.purchase_date)).all()
        per_car = orders / len(cars)
        visits = []
        for vid, cid, bought in cars:
            count = int(per_car) + (1 if rng.random() < per_car - int(per_car) else 0)
            km = rng.randrange(3_000, 20_000)
            for day in sorted(rng.randrange(1, 365 * years) for _ in range(count)):
                km += rng.randrange(2_000, 9_000)
                at = now - timedelta(days=365 * years - day, minutes=rng.randrange(0, 600))
                visits.append(Visit(vid, cid, at, km, bought.year if bought else None))
        written = write_history(s, visits, rng, now)
        today = [Visit(v.vehicle_id, v.customer_id, now - timedelta(minutes=30 * i), v.km + 100,
                       v.purchase_year) for i, v in enumerate(rng.sample(visits, 12))]
        written += len(write_today(s, today, rng))
        write_aftercare(s, rng, now)  # the last year's follow-up calls and complaints
        write_appointments(s, rng, now)  # the last year's bookings, tomorrow's calendar
        write_reminders(s, rng, now)  # every car's next service, the due list's calls
        write_inspections(s, rng, now)  # the last months' inspection sheets
        write_warranty(s, rng)  # the manufacturers' terms and a recall
    return written


def generate(path: Path, customers: int = 60_000, vehicles: int = 80_000, seed: int = 7,
             orders: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    db = open_database("sqlite:///" + str(tmp))
    gen = DemoGenerator(seed)
    records = gen.records(customers, vehicles)
    with db.write("bench") as s:
        write_records(s, records, "bench")
    if orders:
        add_orders(db, orders, seed)
    db.dispose()
    raw = sqlite3.connect(str(tmp))
    raw.execute("ANALYZE")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    tmp.replace(path)
    return path


def ensure(path: Path = DEFAULT_PATH, customers: int = 60_000, vehicles: int = 80_000,
           orders: int = 0) -> Path:
    if not path.exists():
        generate(path, customers, vehicles, orders=orders)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--customers", type=int, default=60_000)
    parser.add_argument("--vehicles", type=int, default=80_000)
    parser.add_argument("--orders", type=int, default=0, help="work orders to add (e.g. 300000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    start = time.perf_counter()
    generate(args.out, args.customers, args.vehicles, args.seed, args.orders)
    size = args.out.stat().st_size / 1e6
    print(f"{args.out}: {args.customers} customers, {args.vehicles} vehicles, {args.orders} orders, "
          f"{size:.1f} MB in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
