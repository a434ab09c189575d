"""servicebay followups [--date D] [--csv FILE] and servicebay complaints [--open] [--csv FILE]:
the day's follow-up calls and the complaints register, for a script or the clerk's console."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    calls = sub.add_parser("followups", parents=[common], help="the follow-up calls due on a day")
    calls.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                       help="the day (default: today)")
    calls.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    calls.set_defaults(command_run=run_followups)
    complaints = sub.add_parser("complaints", parents=[common], help="the complaints register")
    complaints.add_argument("--open", action="store_true", help="only those not closed")
    complaints.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    complaints.set_defaults(command_run=run_complaints)


def run_followups(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.aftercare.followups import FollowUpService

    day = args.date or date.today()
    calls = FollowUpService(db, args.desk).day_list(day)
    header = ["due_by", "call", "customer", "phone", "plate", "vehicle", "order", "work_done", "advisor",
              "technician", "tries", "overdue"]
    rows: list[list[object]] = [[c.due_by.isoformat(), c.round, c.customer, c.phone, c.plate, c.vehicle,
                                 c.order_number, c.work_done, c.advisor, c.technician, c.attempts,
                                 "yes" if c.overdue else ""] for c in calls]
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} calls for {day}, {late} overdue."), count=len(rows),
              day=day.isoformat(), late=sum(1 for c in calls if c.overdue)))
    print_table(header, rows[:50])
    write_csv(args.csv, header, rows)
    return 0


def run_complaints(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.aftercare.complaints import ComplaintService
    from desktop.services.aftercare.records import ComplaintFilter

    service = ComplaintService(db, args.desk)
    found = service.page(ComplaintFilter(open_only=args.open))
    header = ["number", "received", "state", "customer", "phone", "plate", "channel", "category", "severity",
              "owner", "deadline", "overdue", "complaint"]
    rows: list[list[object]] = [[c.number, c.received_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.state,
                                 c.customer, c.phone, c.plate, c.channel, c.category, c.severity, c.owner,
                                 c.deadline.isoformat(), "yes" if c.overdue else "", c.description] for c in found]
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} complaints, {late} past their deadline."), count=len(rows),
              late=sum(1 for c in found if c.overdue)))
    print_table(header[:12], [r[:12] for r in rows[:50]])
    write_csv(args.csv, header, rows)
    return 0
