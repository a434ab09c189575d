"""servicebay import customers|parts|movements|campaign FILE [--map 列名=field ...] [--rejects BAD.csv]
and servicebay export customers|invoices FILE: moving in from the old system's
spreadsheets and out to the accountant's."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.cli.shell import Translate, say
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    from desktop.services.customers.importing import FIELDS

    imp = sub.add_parser("import", parents=[common], help="import from CSV or XLSX")
    imp.add_argument("what", choices=["customers", "parts", "movements", "campaign"],
                     help="customers and cars; parts with opening stock; past issues (see the README)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--rejects", type=Path, default=None, metavar="BAD.csv",
                     help="customers: import the good rows now and write the bad ones, with the reason, to this "
                          "file (.csv or .xlsx) to fix and import again; without it nothing is imported while "
                          "any row is bad")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column to a field; customers: " + ", ".join(FIELDS) + "; parts: number, name, brand, unit, "
             "bin, supplier, lead_time, pack, min_order, cost, price, on_hand; movements: date, number, quantity, "
             "cost, reference",
    )
    imp.set_defaults(command_run=run_import)
    exp = sub.add_parser("export", parents=[common], help="export to CSV")
    exp.add_argument("what", choices=["customers", "invoices"])
    exp.add_argument("file", type=Path)
    exp.add_argument("--include-archived", action="store_true")
    exp.add_argument("--since", type=date.fromisoformat, default=None, help="invoices: first day (YYYY-MM-DD)")
    exp.add_argument("--until", type=date.fromisoformat, default=None, help="invoices: last day (default today)")
    exp.set_defaults(command_run=run_export)


def _fields(what: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    from desktop.services.customers.importing import FIELDS
    from desktop.services.parts.importing import MOVEMENT_FIELDS, PART_FIELDS
    from desktop.services.warranty.recalls import FIELDS as CAMPAIGN_FIELDS

    return {"customers": FIELDS, "parts": PART_FIELDS, "movements": MOVEMENT_FIELDS, "campaign": CAMPAIGN_FIELDS}[what]


def mapping_of(headers: Sequence[str], pairs: Sequence[str], tr: Translate,
               what: str = "customers") -> dict[int, str] | None:
    """The columns' fields: recognised from the headers, then as ``--map`` says.  A pair
    that names no column or no field of this kind is refused, and so is a field that two
    columns claim (车辆型号 and 车型) until ``--map`` says which: nothing is dropped silently."""
    from desktop.services.customers.importing import guess_columns

    fields = _fields(what)
    mapping, twice = guess_columns(headers, fields)
    for pair in pairs:
        header, _, field = pair.partition("=")
        if field not in fields or header not in headers:
            print(say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Unknown column or field in --map {pair}. The fields for {kind}: {fields}"),
                pair=pair, kind=what, fields=", ".join(fields)), file=sys.stderr)
            return None
        index = headers.index(header)
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        mapping[index] = field
        twice.pop(field, None)
    for field, columns in twice.items():
        print(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "The columns {columns} all look like {field}: say which one with --map \"{first}={field}\"."),
            columns=", ".join(f"\"{c}\"" for c in columns), field=field, first=columns[0]), file=sys.stderr)
    return None if twice else mapping


def _row_errors(exc: Exception, fields: dict[str, tuple[str, tuple[str, ...]]], tr: Translate) -> None:
    from desktop.services.core.sheets import ImportFailed

    assert isinstance(exc, ImportFailed)
    print(exc.message.render(tr), file=sys.stderr)
    for err in exc.errors:
        label = fields.get(err.field, (err.field,))[0]
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "row {row} (the header is row 1), {field}: {message}"),
                  row=err.row, field=Message(label, {}, "Import").render(tr), message=err.message.render(tr)),
              file=sys.stderr)


def run_import(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    if args.what == "campaign":
        return _import_campaign(db, args, tr)
    return _import_customers(db, args, tr) if args.what == "customers" else _import_parts(db, args, tr)


def _import_campaign(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    """The manufacturer's recall file: every campaign and VIN in it, or nothing."""
    from desktop.services.core.sheets import ImportFailed, read_table
    from desktop.services.warranty.recalls import RecallService

    mapping = mapping_of(read_table(args.file).headers, args.map, tr, "campaign")
    if mapping is None:
        return 2
    try:
        report = RecallService(db, args.desk).import_campaign(args.file, mapping)
    except ImportFailed as exc:
        _row_errors(exc, _fields("campaign"), tr)
        return 1
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Imported {campaigns} campaign(s): {cars} cars, {ours} of them on file."),
              campaigns=report.campaigns, cars=report.vehicles, ours=report.on_file))
    return 0


def _import_parts(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.core.sheets import ImportFailed, read_table
    from desktop.services.parts.importing import PartsImportService

    importer = PartsImportService(db, args.desk)
    mapping = mapping_of(read_table(args.file).headers, args.map, tr, args.what)
    if mapping is None:
        return 2
    try:
        if args.what == "parts":
            report = importer.import_parts(args.file, mapping)
            print(say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Imported {parts} parts ({stock} with opening stock) and {suppliers} new suppliers."),
                parts=report.parts, stock=report.stock_rows, suppliers=report.suppliers))
        else:
            moved = importer.import_movements(args.file, mapping)
            print(say(tr, QT_TRANSLATE_NOOP("CLI", "Imported {issues} past issues of {parts} parts."),
                      issues=moved.issues, parts=moved.parts))
    except ImportFailed as exc:
        _row_errors(exc, _fields(args.what), tr)
        return 1
    return 0


def _import_customers(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.customers.importing import FIELDS, ImportFailed, ImportService, open_sheet
    from desktop.services.customers.rejects import write_rejects

    table = open_sheet(args.file)  # read row by row: a file of any size
    mapping = mapping_of(table.headers, args.map, tr, "customers")
    if mapping is None:
        return 2
    try:
        importer = ImportService(db, args.desk)
        if args.rejects is not None:
            report, rejected = importer.import_good_rows(table, mapping)
            aside = write_rejects(args.rejects, table, rejected,
                                  lambda f: Message(FIELDS.get(f, (f,))[0], {}, "Import").render(tr),
                                  lambda m: m.render(tr)) if rejected else 0
            if aside:
                print(say(tr, QT_TRANSLATE_NOOP(
                    "CLI", "{count} rows were set aside, with the reason, in {file}: fix them there and "
                    "import that file."), count=aside, file=args.rejects))
        else:
            report = importer.import_table(table, mapping)
    except ImportFailed as exc:
        _row_errors(exc, FIELDS, tr)
        return 1
    print(say(tr, QT_TRANSLATE_NOOP(
        "CLI", "Imported {rows} rows: {new} new customers, {old} existing customers, "
        "{vehicles} vehicles; {present} vehicles were already on file."), rows=report.rows,
        new=report.customers_created, old=report.customers_updated, vehicles=report.vehicles_created,
        present=report.vehicles_present))
    if report.foreign_vins:  # a warning, not an error (ISO 3779)
        print(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "Note: {count} VINs of cars built for other markets carry no check digit (accepted as "
            "they are): {vins}."), count=len(report.foreign_vins),
            vins=", ".join(report.foreign_vins[:10])))
    if report.kept_columns:
        print(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "Kept with the customers as data from the old system: {columns}."),
            columns=", ".join(report.kept_columns)))
    return 0


def run_export(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    if args.what == "invoices":
        from desktop.services.billing.ledger import LedgerService

        until = args.until or date.today()
        since = args.since or until.replace(day=1)
        payments = args.file.with_name(args.file.stem + "-payments.csv")
        lines, paid = LedgerService(db, args.desk).export_csv(args.file, payments, since, until)
        print(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "Exported {lines} invoice lines to {file} and {payments} payments to {other}."),
            lines=lines, file=args.file, payments=paid, other=payments))
        return 0
    from desktop.services.customers.importing import ImportService

    count = ImportService(db, args.desk).export_csv(args.file, args.include_archived)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Exported {count} rows to {file}."), count=count, file=args.file))
    return 0
