"""servicebay parts abc|reorder [--csv FILE]: the monthly ABC classification and the reorder
review, for a script or the parts clerk's console."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    parts = sub.add_parser("parts", parents=[common], help="ABC classification and the reorder review")
    parts.add_argument("what", choices=["abc", "reorder"])
    parts.add_argument("--csv", type=Path, default=None, help="also write the table to this CSV file")
    parts.add_argument("--all", action="store_true",
                       help="reorder: every part with something to order, not only those due for review")
    parts.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                       help="abc: the analysis of the 12 months up to that day (a past month's report); "
                            "the parts' current classes are left as they are")
    parts.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.common.spreadsheet import safe_writer
    from desktop.services.parts.service import PartsService

    parts = PartsService(db, args.desk)
    rows: list[list[object]]
    if args.what == "abc":
        header = ["part", "name", "class", "value_12_months", "picks_12_months", "share", "cumulative", "on_hand",
                  "dead_stock", "pinned_because"]
        if args.as_of is not None:
            from datetime import UTC, datetime, time

            as_of = datetime.combine(args.as_of, time(23, 59, 59)).astimezone(UTC)
            analysis = parts.abc_analysis(as_of)
            counts = {k: sum(1 for r in analysis if r.abc_class == k) for k in "ABC"}
            print(say(tr, QT_TRANSLATE_NOOP(
                "CLI", "As of {day}: {a} A parts, {b} B parts, {c} C parts (current classes unchanged)."),
                day=args.as_of.isoformat(), a=counts["A"], b=counts["B"], c=counts["C"]))
        else:
            counts = parts.classify()
            analysis = parts.abc_analysis()
            print(say(tr, QT_TRANSLATE_NOOP("CLI", "Classified: {a} A parts, {b} B parts, {c} C parts."),
                      a=counts["A"], b=counts["B"], c=counts["C"]))
        rows = [[r.number, r.name, r.abc_class, r.value, r.picks, f"{r.share:.4f}", f"{r.cumulative:.4f}", r.on_hand,
                 "yes" if r.dead else "", r.pinned] for r in analysis]
    else:
        suggestions = [x for x in parts.reorder_review(due_only=not args.all) if x.quantity > 0]
        header = ["supplier", "part", "name", "class", "ceiling", "on_hand", "on_order", "reserved", "order"]
        rows = [[x.supplier, x.number, x.name, x.abc_class, x.ceiling, x.on_hand, x.on_order, x.reserved,
                 x.quantity] for x in sorted(suggestions, key=lambda x: (x.supplier, x.number))]
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} parts to order."), count=len(rows)))
        print_table(header, rows[:50])
    if args.csv:
        from desktop.services.core.files import replacing

        with replacing(args.csv) as handle:
            writer = safe_writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    return 0
