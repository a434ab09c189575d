"""servicebay rescues [--month YYYY-MM] [--csv FILE]: the month's breakdown calls with their
times against the targets and their outcomes, and the month's summary."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("rescues", parents=[common], help="the month's rescues, their times and outcomes")
    cmd.add_argument("--month", default=f"{date.today():%Y-%m}", help="YYYY-MM (default: this month)")
    cmd.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    cmd.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.kpi.rules.measures import parse_month
    from desktop.services.rescue.service import RescueService

    try:
        month = parse_month(args.month)
    except ValueError:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Give the month as YYYY-MM, e.g. 2026-11.")))
        return 2
    service = RescueService(db, args.desk)
    rows = service.rescues(month)
    t = service.times(month)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Rescues of {month}: {count} ({cancelled} cancelled, {partner} by partner "
                                    "stations); reached in time {in_time} of {measured}; median arrival {median} min; "
                                    "satisfied {satisfied} of {asked} asked."),
              month=t.month, count=t.calls, cancelled=t.cancelled, partner=t.by_partner, in_time=t.in_time,
              measured=t.measured, median="—" if t.arrival_median is None else t.arrival_median,
              satisfied=t.satisfied, asked=t.asked))
    header = ["number", "called", "plate", "customer", "distance_km", "state", "outcome", "dispatch_min",
              "arrival_min", "target_min", "in_time", "charge", "work_order", "satisfaction"]
    table: list[list[object]] = [
        [r.number, f"{r.called_at.astimezone():%Y-%m-%d %H:%M}", r.plate, r.customer, r.distance_km, r.state,
         r.outcome, "" if r.dispatch_minutes is None else r.dispatch_minutes,
         "" if r.arrival_minutes is None else r.arrival_minutes, r.target_minutes,
         "" if r.in_time is None else ("yes" if r.in_time else "no"), str(r.charge), r.work_order,
         "" if r.satisfaction is None else r.satisfaction] for r in rows]
    print_table(header, table)
    write_csv(args.csv, header, table)
    return 0
