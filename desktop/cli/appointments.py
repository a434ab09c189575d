"""servicebay appointments [--date D] [--csv FILE] and servicebay due-list [--from D] [--to D]
[--csv FILE] [--refresh]: a day's appointments and the list of whom to remind."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    day = sub.add_parser("appointments", parents=[common], help="a day's appointments")
    day.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                     help="the day (default: tomorrow)")
    day.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    day.set_defaults(command_run=run_appointments)
    due = sub.add_parser("due-list", parents=[common], help="the cars whose maintenance, inspection or insurance "
                                                            "falls due")
    due.add_argument("--from", dest="first", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    due.add_argument("--to", dest="last", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    due.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    due.add_argument("--refresh", action="store_true", help="compute every car's next service again first")
    due.set_defaults(command_run=run_due_list)


def run_appointments(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.appointments.service import AppointmentService

    day = args.date or date.today() + timedelta(days=1)
    start = datetime.combine(day, time(0)).astimezone(UTC)
    found = AppointmentService(db, args.desk).between(start, start + timedelta(days=1))
    header = ["time", "number", "state", "advisor", "customer", "phone", "plate", "vehicle", "concern", "minutes",
              "technician", "bay", "new_caller", "order"]
    rows: list[list[object]] = [[a.slot_at.astimezone().strftime("%H:%M"), a.number, a.state, a.advisor, a.customer,
                                 a.phone, a.plate, a.vehicle, a.concern, a.work_minutes, a.technician, a.bay,
                                 "yes" if a.new_caller else "", a.order_number] for a in found]
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} appointments on {day}."), count=len(rows), day=day.isoformat()))
    print_table(header[:9], [r[:9] for r in rows[:60]])
    write_csv(args.csv, header, rows)
    return 0


def run_due_list(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.reminders.records import DueFilter
    from desktop.services.reminders.service import ReminderService

    reminders = ReminderService(db, args.desk)
    if args.refresh:
        count = reminders.refresh()
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Next service computed for {count} cars."), count=count))
    first = args.first or date.today()
    last = args.last or first + timedelta(days=30)
    found = reminders.due_list(DueFilter(first, last))
    header = ["due", "kind", "status", "customer", "phone", "plate", "vehicle", "due_km", "last_visit", "last_call",
              "outcome", "advisor"]
    rows: list[list[object]] = [[r.due_on.isoformat(), r.kind, r.status, r.customer, r.phone, r.plate, r.vehicle,
                                 r.due_km if r.due_km is not None else "",
                                 r.last_visit_on.isoformat() if r.last_visit_on else "",
                                 r.last_call_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.last_call_at else "",
                                 r.last_outcome, r.advisor] for r in found]
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} to remind from {first} to {last} (and overdue)."),
              count=len(rows), first=first.isoformat(), last=last.isoformat()))
    print_table(header[:8], [r[:8] for r in rows[:60]])
    write_csv(args.csv, header, rows)
    return 0
