"""Appointments and reminders on the big shop (300,000 work orders over three years, a
year of bookings, every car's next service), each against its floor in the same run:

- the due list for a month (maintenance, inspection and insurance, with phones and the
  last calls), against the same three statements in raw SQL on the same file;
- an advisor's week in the calendar, against the same appointments read in raw SQL;
- the day view (every advisor) with the load.

    python -m bench.bench_appointments [--repeat 15]

Targets: the month's due list under 200 ms and within 3x of raw SQL; the week view under
100 ms (the issue's figures).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

from sqlalchemy import text

from bench.bench_aftercare import SHOP, ensure
from bench.figures import record
from desktop.db import open_database
from desktop.services.appointments.service import AppointmentService
from desktop.services.reminders.records import DueFilter
from desktop.services.reminders.service import ReminderService

PHONE = "(SELECT number FROM customer_phone p WHERE p.customer_id = c.id ORDER BY position LIMIT 1)"
CALL = ("(SELECT {col} FROM contact k WHERE k.vehicle_id = v.id AND k.kind = 'reminder' AND k.topic = '{kind}' "
        "ORDER BY k.at DESC LIMIT 1)")
REACHABLE = "c.consent_contact = 1 AND c.preferred_contact != 'none' AND c.archived_at IS NULL AND v.archived_at IS NULL"


def _cols(kind: str) -> str:
    return (f"v.id, v.customer_id, c.name, c.address, v.plate, v.make, v.model, c.advisor_id, {PHONE}, "
            f"{CALL.format(col='at', kind=kind)}, {CALL.format(col='outcome', kind=kind)}")


DUE = text(
    f"SELECT {_cols('maintenance')}, d.due_on, d.due_km, d.last_visit_on FROM vehicle v "
    "JOIN vehicle_due d ON d.vehicle_id = v.id JOIN customer c ON c.id = v.customer_id "
    f"WHERE d.due_on >= :first AND d.due_on <= :last AND d.stop_reason = '' AND {REACHABLE}")
DUE_OTHER = (
    "SELECT {cols}, v.{col}, NULL, d.last_visit_on FROM vehicle v JOIN customer c ON c.id = v.customer_id "
    "LEFT JOIN vehicle_due d ON d.vehicle_id = v.id WHERE v.{col} >= :first AND v.{col} <= :last "
    f"AND (d.stop_reason IS NULL OR d.stop_reason = '') AND {REACHABLE}")
WEEK = text(
    "SELECT a.*, c.name, v.plate FROM appointment a LEFT JOIN customer c ON c.id = a.customer_id "
    "LEFT JOIN vehicle v ON v.id = a.vehicle_id WHERE a.slot_at >= :first AND a.slot_at < :last "
    "ORDER BY a.slot_at")


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    reminders, appointments = ReminderService(db), AppointmentService(db)
    today = date.today()
    first, last = today, today + timedelta(days=30)
    flt = DueFilter(first, last, overdue=False)
    advisor = appointments.advisors()[0][0]
    week_start = datetime.combine(today, clock(0)).astimezone(UTC).replace(tzinfo=None)

    def due_floor() -> object:
        with db.engine.connect() as conn:
            found = conn.execute(DUE, {"first": first, "last": last}).all()
            for kind, col in (("inspection", "inspection_due"), ("insurance", "insurance_due")):
                found += conn.execute(text(DUE_OTHER.format(cols=_cols(kind), col=col)),
                                      {"first": first, "last": last}).all()
            return found

    def week_floor() -> object:
        with db.engine.connect() as conn:
            return conn.execute(WEEK, {"first": week_start, "last": week_start + timedelta(days=7)}).all()

    with db.read() as s:
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("vehicle", "work_order", "appointment",
                                                                           "vehicle_due")}
    print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
    print(f"{'figure':28} {'ms':>8} {'floor':>9} {'ratio':>6}  rows  goal")
    rows = [
        ("due list, a month", lambda: reminders.due_list(flt), due_floor, len(reminders.due_list(flt)), 200.0, 3.0),
        ("an advisor's week", lambda: appointments.week(advisor, today), week_floor,
         len(appointments.week(advisor, today).booked), 100.0, None),
        ("the day, every advisor", lambda: appointments.day(today + timedelta(days=1)), week_floor,
         len(appointments.day(today + timedelta(days=1)).booked), 100.0, None),
    ]
    for name, service, floor, count, target, ratio in rows:
        ms, base = median_ms(service, args.repeat), median_ms(floor, args.repeat)
        ok = ms < target and (ratio is None or ms / max(base, 0.001) <= ratio)
        goal = f"<{target:.0f} ms" + (f", <{ratio}x" if ratio else "")
        record(name, ms, base, goal, ok, floor_name="same reads in raw SQL", note=f"{count} rows")
        print(f"{name:28} {ms:8.1f} {base:9.1f} {ms / max(base, 0.001):6.2f}  {count:5d}  {goal:16} "
              f"{'pass' if ok else 'FAIL'}")
    db.dispose()


if __name__ == "__main__":
    main()
