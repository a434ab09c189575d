"""Warranty on the big shop (300,000 work orders, 80,000 cars), each figure against the same
reads in raw SQL on the same file:

- a car's coverage at reception (policies, extensions, exclusions, its maintenance visits
  and odometer readings for the flags);
- the open recall campaigns of a car (the banner wherever the car shows);
- the recall list (each campaign's affected, on file and done).

    python -m bench.bench_warranty [--repeat 15]

Targets: each under 50 ms, and within 3x of raw SQL where the raw reads take over 10 ms
(below that the fixed cost of a unit of work is the figure).  A file made before warranty
existed gets the demo's policies and its recall once.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable

from sqlalchemy import func, select, text

from bench.bench_aftercare import SHOP, ensure, median_ms
from bench.figures import report
from desktop.db import open_database
from desktop.demo.workshop_forms import write_warranty
from desktop.models import RecallVehicle, Vehicle, WarrantyPolicy
from desktop.services.warranty.recalls import RecallService
from desktop.services.warranty.service import WarrantyService

COVER = [
    text("SELECT * FROM vehicle WHERE id = :v"),
    text("SELECT * FROM odometer_reading WHERE vehicle_id = :v ORDER BY read_at DESC LIMIT 1"),
    text("SELECT * FROM warranty_policy WHERE make = :make AND active AND series IN (:series, '')"),
    text("SELECT * FROM warranty_extension WHERE vehicle_id = :v"),
    text("SELECT * FROM warranty_exclusion WHERE vehicle_id = :v"),
    text("SELECT wo.delivered_at FROM work_order wo WHERE wo.vehicle_id = :v AND wo.state = 'delivered' AND EXISTS "
         "(SELECT 1 FROM work_order_line l JOIN labour_operation o ON o.id = l.operation_id "
         "WHERE l.work_order_id = wo.id AND o.system = '保养' AND l.approval = 'approved')"),
    text("SELECT km, read_at FROM odometer_reading WHERE vehicle_id = :v ORDER BY read_at, id"),
]
OPEN = text("SELECT c.* FROM recall_campaign c JOIN recall_vehicle r ON r.campaign_id = c.id "
            "WHERE r.vin = :vin AND r.done_on IS NULL AND c.active")
LIST = text("SELECT campaign_id, count(*), count(vehicle_id), count(done_on) FROM recall_vehicle GROUP BY campaign_id")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(WarrantyPolicy))
    if empty:
        print("writing the policies and a recall (once) …", flush=True)
        with db.write("bench") as s:
            write_warranty(s, random.Random(7))
    warranty, recalls = WarrantyService(db, "bench"), RecallService(db, "bench")
    with db.read() as s:
        vid, vin, make, series = s.execute(
            select(Vehicle.id, Vehicle.vin, Vehicle.make, Vehicle.series).join(
                RecallVehicle, RecallVehicle.vin == Vehicle.vin).where(RecallVehicle.done_on.is_(None)).limit(1)).one()
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("vehicle", "work_order", "recall_vehicle")}
    params = {"v": vid, "make": make, "series": series, "vin": vin}

    def reads(*queries: object) -> Callable[[], object]:
        def run() -> object:
            with db.engine.connect() as conn:
                return [conn.execute(q, params).all() for q in queries]  # type: ignore[call-overload]
        return run

    rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]] = [
        ("a car's coverage at reception", lambda: warranty.coverage(vid), reads(*COVER),
         lambda: len(warranty.coverage(vid).covers)),
        ("a car's open recalls", lambda: recalls.open_for(vid), reads(text("SELECT vin FROM vehicle WHERE id = :v"),
                                                                      OPEN), lambda: len(recalls.open_for(vid))),
        ("the recall list", recalls.campaigns, reads(LIST), lambda: len(recalls.campaigns())),
    ]
    try:
        print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
        report(rows, args.repeat, median_ms)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
