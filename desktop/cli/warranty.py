"""servicebay coverage PLATE_OR_VIN [--json]: a car's warranty cover per component today
(in or out, until when and how many km, what is left, why not), with the flags to look at.
servicebay claims [--state S] [--csv FILE]: the claims to the manufacturer, with what is
still owed and the drafts near their deadline.
servicebay accidents [--state S] [--csv FILE]: the accident cases with their insurers,
estimates and assessed amounts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    cover = sub.add_parser("coverage", parents=[common], help="a car's warranty cover today")
    cover.add_argument("car", metavar="PLATE_OR_VIN")
    cover.add_argument("--json", action="store_true", help="print it as JSON")
    cover.set_defaults(command_run=run_coverage)
    claims = sub.add_parser("claims", parents=[common], help="the claims to the manufacturer")
    claims.add_argument("--state", default="", choices=["", "open", "draft", "submitted", "approved", "partly",
                                                        "rejected", "paid", "closed"],
                        help="only claims in this state (open: not yet paid or closed)")
    claims.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    claims.set_defaults(command_run=run_claims)
    cases = sub.add_parser("accidents", parents=[common], help="the accident cases paid by insurers")
    cases.add_argument("--state", default="", choices=["", "open", "assessed", "split", "paid", "closed"],
                       help="only cases in this state (open: not yet paid)")
    cases.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    cases.set_defaults(command_run=run_accidents)


def run_accidents(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.insurance.cases import CaseService

    found = CaseService(db, args.desk).cases(args.state)
    header = ["case", "state", "order", "plate", "customer", "insurer", "report_no", "accident", "estimate",
              "assessed"]
    rows: list[list[object]] = [[c.number, c.state, c.order_number, c.plate, c.customer, c.insurer, c.report_no,
                                 c.accident_date.isoformat(), f"{c.estimate:.2f}", f"{c.assessed:.2f}"] for c in found]
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} accident cases, assessed {assessed} in all."), count=len(rows),
              assessed=f"¥{sum((c.assessed for c in found), start=0):,.2f}"))
    print_table(header, rows[:50])
    write_csv(args.csv, header, rows)
    return 0


def run_claims(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.warranty.claims import ClaimService

    service = ClaimService(db, args.desk)
    found = service.claims(args.state)
    header = ["claim", "state", "order", "plate", "customer", "repaired", "submitted", "claimed", "approved",
              "received", "deadline_days", "rejection"]
    rows: list[list[object]] = [[c.number, c.state, c.order_number, c.plate, c.customer, c.repaired_on.isoformat(),
                                 c.submitted_on.isoformat() if c.submitted_on else "", f"{c.claimed:.2f}",
                                 f"{c.approved:.2f}", f"{c.received:.2f}",
                                 c.days_left if c.state == "draft" else "", c.rejection_reason] for c in found]
    owed = service.receivable()
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{count} claims; the manufacturer owes {owed} on {open} of them; "
                                           "{due} drafts near their deadline."),
              count=len(rows), owed=f"¥{owed.total:,.2f}", open=owed.claims, due=len(service.due_soon())))
    print_table(header, rows[:50])
    write_csv(args.csv, header, rows)
    return 0


def run_coverage(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.warranty.rules.coverage import reason_text
    from desktop.services.warranty.service import WarrantyService

    service = WarrantyService(db, args.desk)
    cover = service.coverage(service.find_vehicle(args.car))
    rows = [{"component": c.component, "covered": c.covered,
             "until": c.ends_on.isoformat() if c.ends_on else None, "up_to_km": c.ends_km,
             "days_left": c.days_left, "km_left": c.km_left, "extended": c.extended,
             "why_not": "" if c.covered else reason_text(c).render(tr)} for c in cover.covers]
    flags = {"service_gap": [d.isoformat() for d in cover.service_gap] if cover.service_gap else None,
             "odometer_back": cover.odometer_back.isoformat() if cover.odometer_back else None,
             "free_inspections_km": list(cover.free_inspections),
             "exclusions": [{"component": c, "reason": r, "note": n} for _i, c, r, n in cover.exclusions]}
    if args.json:
        print(json.dumps({"car": args.car, "warranty_start": cover.start.isoformat() if cover.start else None,
                          "km": cover.km, "components": rows, **flags}, ensure_ascii=False, indent=2))
        return 0
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "{car}: warranty from {start}, at {km} km."), car=args.car,
              start=cover.start.isoformat() if cover.start else "—", km=f"{cover.km:,}"))
    print_table(["component", "covered", "until", "up_to_km", "days_left", "km_left", "why_not"],
                [[r["component"], "yes" if r["covered"] else "NO", r["until"] or "", r["up_to_km"] or "",
                  r["days_left"] if r["days_left"] is not None else "", r["km_left"], r["why_not"]] for r in rows])
    if flags["odometer_back"]:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "The odometer went backwards on {day}: check for tampering."),
                  day=flags["odometer_back"]))
    if flags["service_gap"]:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "No maintenance here between {first} and {last}: check the book."),
                  first=flags["service_gap"][0], last=flags["service_gap"][1]))
    return 0
