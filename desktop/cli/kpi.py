"""servicebay report --month YYYY-MM [--period month|quarter|year] [--json] [--csv FILE]
[--pdf FILE]: the manager's measures for a month (quarter, year), each with its numerator
and denominator, target and whether it meets it; then the advisors and technicians (and, as
JSON, the parts turnover and dead stock by ABC class); and
the monthly report (经营月报) as a PDF."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from desktop.services.kpi.rules.measures import Period


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="the manager's measures for a month")
    report.add_argument("--month", default=f"{date.today():%Y-%m}", help="YYYY-MM (default: this month)")
    report.add_argument("--period", default="month", choices=["month", "quarter", "year"],
                        help="the month, its quarter or its year")
    report.add_argument("--json", action="store_true", help="print it as JSON (numerator and denominator each)")
    report.add_argument("--csv", type=Path, default=None, help="also write the figures to this CSV file")
    report.add_argument("--pdf", type=Path, default=None, metavar="FILE.pdf",
                        help="also write the month's report (经营月报) as a PDF")
    report.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="the PDF's language (default: the program's)")
    report.set_defaults(command_run=run_report)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def run_report(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.kpi.rules.measures import MEASURES, parse_month, period
    from desktop.services.kpi.service import KpiService

    try:
        span = period(args.period, parse_month(args.month))
    except ValueError:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Give the month as YYYY-MM, e.g. 2026-11.")))
        return 2
    if args.pdf is not None and args.period != "month":
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "The printed report is a month's: leave out --period.")))
        return 2
    kpi = KpiService(db, args.desk)
    figures = kpi.figures(span)
    rows: list[list[object]] = [[f.key, Message(MEASURES[f.key].name, {}, "KPI").render(tr), _text(f.value), MEASURES[f.key].unit,
                                 _text(f.numerator), _text(f.denominator), _text(f.target),
                                 {True: "yes", False: "NO", None: ""}[f.meets]] for f in figures]
    header = ["key", "measure", "value", "unit", "numerator", "denominator", "target", "meets"]
    if args.json:
        print(json.dumps({"period": span.label, "from": span.first.isoformat(), "to": span.last.isoformat(),
                          "figures": [dict(zip(header, map(str, r), strict=True)) for r in rows],
                          "advisors": [{"name": p.name, "orders": p.orders, "revenue": str(p.revenue),
                                        "comebacks": p.comebacks} for p in kpi.by_advisor(span)],
                          "technicians": [{"name": p.name, "orders": p.orders, "hours_sold": str(p.hours_sold),
                                           "hours_clocked": str(p.hours_clocked), "comebacks": p.comebacks}
                                          for p in kpi.by_technician(span)],
                          "stock": [{"class": t.abc_class or "all", "issued_12_months": str(t.issued),
                                     "average_stock": str(t.average), "turns": _text(t.turns), "stock": str(t.stock),
                                     "dead_stock": str(t.dead), "dead_parts": t.dead_parts, "parts": t.parts}
                                    for t in kpi.turnover(span)]}, ensure_ascii=False, indent=2))
        write_csv(args.csv, header, rows)
        return _pdf(db, args, tr, span)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "The measures for {period} ({first} to {last}):"), period=span.label,
              first=span.first.isoformat(), last=span.last.isoformat()))
    print_table(header[1:], [r[1:] for r in rows])
    write_csv(args.csv, header, rows)
    return _pdf(db, args, tr, span)


def _pdf(db: Database, args: argparse.Namespace, tr: Translate, span: Period) -> int:
    if args.pdf is None:
        return 0
    from desktop.config import Settings
    from desktop.services.core.files import write_bytes
    from desktop.services.kpi.report import MonthlyReport

    pdf = MonthlyReport(db, args.desk).pdf(span.first, args.lang or Settings().get("language"), tr)
    write_bytes(args.pdf, pdf)
    if not args.json:  # the JSON stays the only thing on standard output
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Wrote {file} ({size} KB)."), file=args.pdf, size=len(pdf) // 1024))
    return 0
