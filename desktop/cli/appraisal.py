"""servicebay appraisal --month YYYY-MM [--csv FILE]: the month's appraisals (state, score,
grade, the action a run of grades calls for) and, for the payroll the shop already runs,
each graded person's performance share and the grade's factor."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("appraisal", parents=[common], help="the month's staff appraisals and pay factors")
    cmd.add_argument("--month", default=f"{date.today():%Y-%m}", help="YYYY-MM (default: this month)")
    cmd.add_argument("--csv", type=Path, default=None, help="also write the pay table to this CSV file")
    cmd.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.kpi.appraisal import AppraisalService
    from desktop.services.kpi.rules import appraisal as rules
    from desktop.services.kpi.rules.measures import parse_month

    try:
        month = parse_month(args.month)
    except ValueError:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Give the month as YYYY-MM, e.g. 2026-11.")))
        return 2
    service = AppraisalService(db, args.desk)
    rows = service.month(month)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Appraisals of {month}: {count}."), month=f"{month:%Y-%m}", count=len(rows)))
    print_table(["name", "role", "state", "score", "grade", "due"],
                [[r.name, r.role, r.state, "" if r.score is None else str(r.score), r.grade,
                  tr("Appraisal", rules.DUE_ACTIONS[r.due]) if r.due else ""] for r in rows])
    pay = service.pay_rows(month)
    header = ["month", "name", "role", "grade", "performance_share_pct", "factor"]
    write_csv(args.csv, header, [[f"{month:%Y-%m}", n, r, g, str(share), str(factor)] for n, r, g, share, factor in pay])
    return 0
