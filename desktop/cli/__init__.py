"""The command line: a thin shell over the same services as the window.

    servicebay                      open the window
    servicebay --version
    servicebay demo [--db DB]       fill an empty database with the demo shop
    servicebay import customers FILE [--map 列名=field ...]
    servicebay export customers FILE [--include-archived]
    servicebay backup --to DIR [--encrypt]
    servicebay verify FILE
    servicebay restore FILE [--yes]
    servicebay parts abc|reorder [--csv FILE]

Every sub-command takes ``--db`` (a SQLite file or a database URL); without it the
database in the settings, or the one in the user's data folder, is used.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop import __version__
from desktop.config import Settings, database_url, snapshot_dir, work_dir
from desktop.console import interactive
from desktop.db import PLACE_ERRORS, Database, NotADatabase, check_place, open_database, sqlite_file
from desktop.services.backup import Manifest
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.customers.importing import (
    FIELDS,
    ImportFailed,
    ImportService,
    read_table,
)
from desktop.services.customers.rejects import write_rejects

log = logging.getLogger(__name__)

Translate = Callable[[str, str], str]


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=argparse.SUPPRESS, help="SQLite file or database URL (default: settings)"
    )
    parser = argparse.ArgumentParser(
        prog="servicebay",
        description="ServiceBay (售后管家): the after-sales desk. Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ServiceBay {__version__}")
    parser.add_argument("--open-backup", type=Path, default=None, metavar="FILE.sbk",
                        help="open the window with this backup in the restore dialog (a double-clicked .sbk)")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", parents=[common], help="fill an empty database with a demo shop")
    demo.add_argument("--customers", type=int, default=300)
    demo.add_argument("--vehicles", type=int, default=380)
    demo.add_argument("--seed", type=int, default=2026)

    imp = sub.add_parser("import", parents=[common], help="import from CSV or XLSX")
    imp.add_argument("what", choices=["customers", "parts", "movements"],
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

    bak = sub.add_parser("backup", parents=[common], help="write a verified backup (USB drive)")
    bak.add_argument("--to", type=Path, required=True, metavar="DIR")
    bak.add_argument("--encrypt", action="store_true",
                     help="encrypt with a passphrase (SERVICEBAY_BACKUP_PASSPHRASE, or asked)")
    ver = sub.add_parser("verify", parents=[common], help="check a backup without restoring it")
    ver.add_argument("file", type=Path)
    res = sub.add_parser("restore", parents=[common], help="replace the data with a backup's")
    res.add_argument("file", type=Path)
    res.add_argument("--yes", action="store_true", help="do not ask before replacing")

    parts = sub.add_parser("parts", parents=[common], help="ABC classification and the reorder review")
    parts.add_argument("what", choices=["abc", "reorder"])
    parts.add_argument("--csv", type=Path, default=None, help="also write the table to this CSV file")
    parts.add_argument("--all", action="store_true",
                       help="reorder: every part with something to order, not only those due for review")
    parts.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                       help="abc: the analysis of the 12 months up to that day (a past month's report); "
                            "the parts' current classes are left as they are")

    prt = sub.add_parser("print", parents=[common], help="write a document as PDF (no window needed)")
    prt.add_argument("kind", choices=["job-card", "technician-copy", "estimate", "delivery-report", "invoice",
                                      "purchase-order", "pick-list", "count-sheet"])
    prt.add_argument("number", help="WO… for order documents, INV…/CN…, PO…, ST…")
    prt.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    prt.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="default: the language setting")
    prt.add_argument("--paper", choices=["A4", "A5", "241x140", "241x93"], default=None,
                     help="default: the shop's paper for this document (241x140 and 241x93: dot-matrix forms)")

    sub.add_parser("verify-ledger", parents=[common],
                   help="walk the invoice chain and name the first invoice changed after issue")

    exp = sub.add_parser("export", parents=[common], help="export to CSV")
    exp.add_argument("what", choices=["customers", "invoices"])
    exp.add_argument("file", type=Path)
    exp.add_argument("--include-archived", action="store_true")
    exp.add_argument("--since", type=date.fromisoformat, default=None, help="invoices: first day (YYYY-MM-DD)")
    exp.add_argument("--until", type=date.fromisoformat, default=None, help="invoices: last day (default today)")
    return parser


def _open(args: argparse.Namespace) -> Database:
    """Only ``demo`` may make a new shop; every other command refuses a path with none."""
    return open_database(database_url(getattr(args, "db", None)), snapshot_dir(), create=args.command == "demo")


def _place_problem(exc: BaseException, tr: Translate) -> str | None:
    """What to tell the person when the shop cannot be opened where it is."""
    from desktop.services.core.uow import place_problem

    message = place_problem(exc)
    return message.render(tr) if message is not None else None


def _say(tr: Translate, text: str, **params: object) -> str:
    return Message(text, params, "CLI").render(tr)


def _fields(what: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    from desktop.services.parts.importing import MOVEMENT_FIELDS, PART_FIELDS

    return {"customers": FIELDS, "parts": PART_FIELDS, "movements": MOVEMENT_FIELDS}[what]


def _mapping(headers: Sequence[str], pairs: Sequence[str], tr: Translate,
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
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Unknown column or field in --map {pair}. The fields for {kind}: {fields}"),
                pair=pair, kind=what, fields=", ".join(fields)), file=sys.stderr)
            return None
        index = headers.index(header)
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        mapping[index] = field
        twice.pop(field, None)
    for field, columns in twice.items():
        print(_say(tr, QT_TRANSLATE_NOOP(
            "CLI", "The columns {columns} all look like {field}: say which one with --map \"{first}={field}\"."),
            columns=", ".join(f"\"{c}\"" for c in columns), field=field, first=columns[0]), file=sys.stderr)
    return None if twice else mapping


def _passphrase(tr: Translate, needed: bool) -> str | None:
    if not needed:
        return None
    value = os.environ.get("SERVICEBAY_BACKUP_PASSPHRASE")
    if value:
        return value
    if not interactive():
        return None
    return getpass.getpass(_say(tr, QT_TRANSLATE_NOOP("CLI", "Passphrase: ")))


def _describe(tr: Translate, manifest: Manifest) -> str:
    rows = sum(manifest.row_counts.values())
    return _say(tr, QT_TRANSLATE_NOOP(
        "CLI", "Backup of {time}, shop \"{shop}\", ServiceBay {version}, schema {schema}: "
        "{customers} customers, {orders} work orders, {rows} rows in all."),
        time=manifest.created.astimezone().strftime("%Y-%m-%d %H:%M"), shop=manifest.shop_name,
        version=manifest.program_version, schema=manifest.schema_revision,
        customers=manifest.row_counts.get("customer", 0),
        orders=manifest.row_counts.get("work_order", 0), rows=rows)


def _backup_commands(args: argparse.Namespace, tr: Translate) -> int:
    """backup, verify and restore: they work on the file, so a damaged or newer database
    can still be replaced by a good backup."""
    from desktop.services.backup import BackupService

    url = database_url(getattr(args, "db", None))
    path = sqlite_file(url)
    if args.command == "verify":  # needs no shop at all
        db = None
    else:
        try:
            if path is not None:
                check_place(path, create=args.command == "restore")  # a new PC restores into nothing
            db = Database(url)
        except NotADatabase:
            if args.command != "restore":  # a damaged shop can still be replaced by a good backup
                print(_place_problem(NotADatabase(), tr), file=sys.stderr)
                return 1
            db = Database(url)
        except PLACE_ERRORS as exc:
            print(_place_problem(exc, tr), file=sys.stderr)
            return 1
    service = BackupService(db or Database("sqlite://"), snapshot_dir(), work_dir(), Settings().get("user"))
    try:
        if args.command == "backup":
            passphrase = _passphrase(tr, args.encrypt)
            if args.encrypt and not passphrase:
                print(_say(tr, QT_TRANSLATE_NOOP("CLI", "No passphrase given; nothing was written.")),
                      file=sys.stderr)
                return 2
            result = service.backup(args.to, passphrase)
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Backup written and verified: {file}"), file=result.path))
            print(_describe(tr, result.manifest))
            if not result.cache_bypassed:
                print(_say(tr, QT_TRANSLATE_NOOP(
                    "CLI", "Note: this system could not read the backup back past its cache, so a drive that "
                    "lies about its size would not be caught. Run 'servicebay verify' on the backup after "
                    "plugging the drive in again.")))
        elif args.command == "verify":
            manifest = service.inspect(args.file)
            manifest = service.verify(args.file, _passphrase(tr, manifest.encrypted))
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "The backup is good.")))
            print(_describe(tr, manifest))
        else:
            manifest = service.inspect(args.file)
            print(_describe(tr, manifest))
            if not args.yes:
                if not interactive():
                    print(_say(tr, QT_TRANSLATE_NOOP(
                        "CLI", "Add --yes to replace the current data without being asked.")), file=sys.stderr)
                    return 2
                answer = input(_say(tr, QT_TRANSLATE_NOOP(
                    "CLI", "Replace ALL current data with this backup? A safety copy is kept. [y/N] ")))
                if answer.strip().lower() not in ("y", "yes", "是"):
                    return 1
            service.restore(args.file, _passphrase(tr, manifest.encrypted))
            open_database(url, snapshot_dir()).dispose()  # an older schema is upgraded now
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Restored. The previous data was kept in {folder}."),
                       folder=snapshot_dir()))
    except ServiceError as exc:
        print(exc.message.render(tr), file=sys.stderr)
        return 1
    finally:
        service.db.dispose()
    return 0


def _parts_command(db: Database, args: argparse.Namespace, tr: Translate) -> None:
    from desktop.services.common.spreadsheet import safe_writer
    from desktop.services.parts.service import PartsService

    parts = PartsService(db, Settings().get("user"))
    rows: list[list[object]]
    if args.what == "abc":
        header = ["part", "name", "class", "value_12_months", "picks_12_months", "share", "cumulative", "on_hand",
                  "dead_stock", "pinned_because"]
        if args.as_of is not None:
            from datetime import UTC, datetime, time

            as_of = datetime.combine(args.as_of, time(23, 59, 59)).astimezone(UTC)
            analysis = parts.abc_analysis(as_of)
            counts = {k: sum(1 for r in analysis if r.abc_class == k) for k in "ABC"}
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "As of {day}: {a} A parts, {b} B parts, {c} C parts (current classes unchanged)."),
                day=args.as_of.isoformat(), a=counts["A"], b=counts["B"], c=counts["C"]))
        else:
            counts = parts.classify()
            analysis = parts.abc_analysis()
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Classified: {a} A parts, {b} B parts, {c} C parts."),
                       a=counts["A"], b=counts["B"], c=counts["C"]))
        rows = [[r.number, r.name, r.abc_class, r.value, r.picks, f"{r.share:.4f}", f"{r.cumulative:.4f}", r.on_hand,
                 "yes" if r.dead else "", r.pinned] for r in analysis]
    else:
        suggestions = [x for x in parts.reorder_review(due_only=not args.all) if x.quantity > 0]
        header = ["supplier", "part", "name", "class", "ceiling", "on_hand", "on_order", "reserved", "order"]
        rows = [[x.supplier, x.number, x.name, x.abc_class, x.ceiling, x.on_hand, x.on_order, x.reserved,
                 x.quantity] for x in sorted(suggestions, key=lambda x: (x.supplier, x.number))]
        print(_say(tr, QT_TRANSLATE_NOOP("CLI", "{count} parts to order."), count=len(rows)))
        _print_table(header, rows[:50])
    if args.csv:
        from desktop.services.core.files import replacing

        with replacing(args.csv) as handle:
            writer = safe_writer(handle)
            writer.writerow(header)
            writer.writerows(rows)


def _print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A table on the console with its column headers, columns aligned (a Chinese
    character takes two columns)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(text + " " * (widths[i] - width(text)) for i, text in enumerate(row)).rstrip())


def _import_parts(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.parts.importing import MOVEMENT_FIELDS, PART_FIELDS, PartsImportService

    importer = PartsImportService(db, Settings().get("user"))
    fields = PART_FIELDS if args.what == "parts" else MOVEMENT_FIELDS
    mapping = _mapping(read_table(args.file).headers, args.map, tr, args.what)
    if mapping is None:
        return 2
    try:
        if args.what == "parts":
            report = importer.import_parts(args.file, mapping)
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Imported {parts} parts ({stock} with opening stock) and {suppliers} new suppliers."),
                parts=report.parts, stock=report.stock_rows, suppliers=report.suppliers))
        else:
            moved = importer.import_movements(args.file, mapping)
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Imported {issues} past issues of {parts} parts."),
                       issues=moved.issues, parts=moved.parts))
    except ImportFailed as exc:
        print(exc.message.render(tr), file=sys.stderr)
        for err in exc.errors:
            label = fields.get(err.field, (err.field,))[0]
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "row {row} (the header is row 1), {field}: {message}"),
                       row=err.row, field=Message(label, {}, "Import").render(tr), message=err.message.render(tr)),
                  file=sys.stderr)
        return 1
    return 0


def run(argv: Sequence[str], translate: Translate) -> int:
    tr = translate
    args = _parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(getattr(args, "db", None), args.open_backup)
    if args.command in ("backup", "verify", "restore"):
        return _backup_commands(args, tr)
    try:
        db = _open(args)
    except PLACE_ERRORS as exc:
        print(_place_problem(exc, tr), file=sys.stderr)
        return 1
    try:
        if args.command == "demo":
            from desktop.demo.shop import create_demo

            counts = create_demo(db, args.customers, args.vehicles, args.seed)
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Demo shop created: {customers} customers, {vehicles} vehicles, {orders} work orders, "
                "{invoices} invoices."),
                **counts))
        elif args.command == "import" and args.what != "customers":
            return _import_parts(db, args, tr)
        elif args.command == "import":
            table = read_table(args.file)
            mapping = _mapping(table.headers, args.map, tr, "customers")
            if mapping is None:
                return 2
            try:
                importer = ImportService(db, Settings().get("user"))
                if args.rejects is not None:
                    report, rejected = importer.import_good_rows(table, mapping)
                    aside = write_rejects(args.rejects, table, rejected,
                                          lambda f: translate("Import", FIELDS.get(f, (f,))[0]),
                                          lambda m: m.render(tr)) if rejected else 0
                    if aside:
                        print(_say(tr, QT_TRANSLATE_NOOP(
                            "CLI", "{count} rows were set aside, with the reason, in {file}: fix them there and "
                            "import that file."), count=aside, file=args.rejects))
                else:
                    report = importer.import_table(table, mapping)
            except ImportFailed as exc:
                print(exc.message.render(tr), file=sys.stderr)
                for err in exc.errors:
                    label = FIELDS.get(err.field, (err.field,))[0]
                    print(_say(tr, QT_TRANSLATE_NOOP("CLI", "row {row} (the header is row 1), {field}: {message}"),
                               row=err.row, field=translate("Import", label),
                               message=err.message.render(tr)), file=sys.stderr)
                return 1
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Imported {rows} rows: {new} new customers, {old} existing customers, "
                "{vehicles} vehicles; {present} vehicles were already on file."), rows=report.rows,
                new=report.customers_created, old=report.customers_updated, vehicles=report.vehicles_created,
                present=report.vehicles_present))
            if report.foreign_vins:  # a warning, not an error (ISO 3779)
                print(_say(tr, QT_TRANSLATE_NOOP(
                    "CLI", "Note: {count} VINs of cars built for other markets carry no check digit (accepted as "
                    "they are): {vins}."), count=len(report.foreign_vins),
                    vins=", ".join(report.foreign_vins[:10])))
            if report.kept_columns:
                print(_say(tr, QT_TRANSLATE_NOOP(
                    "CLI", "Kept with the customers as data from the old system: {columns}."),
                    columns=", ".join(report.kept_columns)))
        elif args.command == "parts":
            _parts_command(db, args, tr)
        elif args.command == "print":
            from desktop.services.documents.service import DocumentService

            pdf = DocumentService(db).render(args.kind, args.number, args.lang or Settings().get("language"),
                                             args.paper)
            from desktop.services.core.files import write_bytes

            write_bytes(args.out, pdf)
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Wrote {file} ({size} KB)."), file=args.out,
                       size=len(pdf) // 1024))
        elif args.command == "verify-ledger":
            from desktop.services.billing.service import InvoicingService

            check = InvoicingService(db).verify_ledger()
            if not check.ok:
                print(_say(tr, QT_TRANSLATE_NOOP(
                    "CLI", "Invoice {number} is not as it was issued: {reason}. The {count} before it are intact."),
                    number=check.first_bad, reason=check.reason.render(tr) if check.reason else "",
                    count=check.checked), file=sys.stderr)
                return 1
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "All {count} invoices and credit notes are as issued."),
                       count=check.checked))
        elif args.command == "export" and args.what == "invoices":
            from desktop.services.billing.service import InvoicingService

            until = args.until or date.today()
            since = args.since or until.replace(day=1)
            payments = args.file.with_name(args.file.stem + "-payments.csv")
            lines, paid = InvoicingService(db).export_csv(args.file, payments, since, until)
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Exported {lines} invoice lines to {file} and {payments} payments to {other}."),
                lines=lines, file=args.file, payments=paid, other=payments))
        elif args.command == "export":
            count = ImportService(db).export_csv(args.file, args.include_archived)
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Exported {count} rows to {file}."),
                       count=count, file=args.file))
    except ServiceError as exc:
        print(exc.message.render(tr), file=sys.stderr)
        return 1
    except OSError as exc:
        print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Cannot read or write {file}: {error}"),
                   file=exc.filename or "", error=exc.strerror or exc), file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0
