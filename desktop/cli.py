"""The command line: a thin shell over the same services as the window.

    servicebay                      open the window
    servicebay --version
    servicebay demo [--db DB]       fill an empty database with the demo shop
    servicebay import customers FILE [--map 列名=field ...]
    servicebay export customers FILE [--include-archived]

Every sub-command takes ``--db`` (a SQLite file or a database URL); without it the
database in the settings, or the one in the user's data folder, is used.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.config import Settings, database_url, snapshot_dir
from desktop.db import Database, NotADatabase, SchemaTooNew, open_database
from desktop.services.errors import ServiceError
from desktop.services.importing import FIELDS, ImportFailed, ImportService, read_table
from desktop.services.messages import QT_TRANSLATE_NOOP, Message

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
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", parents=[common], help="fill an empty database with a demo shop")
    demo.add_argument("--customers", type=int, default=300)
    demo.add_argument("--vehicles", type=int, default=380)
    demo.add_argument("--seed", type=int, default=2026)

    imp = sub.add_parser("import", parents=[common], help="import from CSV or XLSX")
    imp.add_argument("what", choices=["customers"])
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column to a field (fields: " + ", ".join(FIELDS) + ")",
    )

    exp = sub.add_parser("export", parents=[common], help="export to CSV")
    exp.add_argument("what", choices=["customers"])
    exp.add_argument("file", type=Path)
    exp.add_argument("--include-archived", action="store_true")
    return parser


def _open(args: argparse.Namespace) -> Database:
    return open_database(database_url(getattr(args, "db", None)), snapshot_dir())


def _say(tr: Translate, text: str, **params: object) -> str:
    return Message(text, params, "CLI").render(tr)


def _mapping(headers: Sequence[str], pairs: Sequence[str], tr: Translate) -> dict[int, str] | None:
    from desktop.services.importing import guess_mapping

    mapping = guess_mapping(headers)
    for pair in pairs:
        header, _, field = pair.partition("=")
        if field not in FIELDS or header not in headers:
            print(_say(tr, QT_TRANSLATE_NOOP("CLI", "Unknown column or field in --map {pair}"),
                       pair=pair), file=sys.stderr)
            return None
        index = headers.index(header)
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        mapping[index] = field
    return mapping


def run(argv: Sequence[str], translate: Translate) -> int:
    tr = translate
    args = _parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(getattr(args, "db", None))
    try:
        db = _open(args)
    except SchemaTooNew as exc:
        print(_say(tr, QT_TRANSLATE_NOOP(
            "CLI", "This database was written by a newer ServiceBay (schema {rev}); install that "
            "version. The file was not changed."), rev=exc.revision), file=sys.stderr)
        return 1
    except NotADatabase:
        print(_say(tr, QT_TRANSLATE_NOOP(
            "CLI", "This file is not a ServiceBay database, or it is damaged. It was not changed.")),
            file=sys.stderr)
        return 1
    try:
        if args.command == "demo":
            from desktop.services.demo import create_demo

            counts = create_demo(db, args.customers, args.vehicles, args.seed)
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Demo shop created: {customers} customers, {vehicles} vehicles, {orders} work orders."),
                **counts))
        elif args.command == "import":
            table = read_table(args.file)
            mapping = _mapping(table.headers, args.map, tr)
            if mapping is None:
                return 2
            try:
                report = ImportService(db, Settings().get("user")).import_table(table, mapping)
            except ImportFailed as exc:
                print(exc.message.render(tr), file=sys.stderr)
                for err in exc.errors:
                    label = FIELDS.get(err.field, (err.field,))[0]
                    print(_say(tr, QT_TRANSLATE_NOOP("CLI", "row {row}, {field}: {message}"),
                               row=err.row, field=translate("Import", label),
                               message=err.message.render(tr)), file=sys.stderr)
                return 1
            print(_say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Imported {rows} rows: {new} new customers, {old} existing customers, "
                "{vehicles} vehicles."), rows=report.rows, new=report.customers_created,
                old=report.customers_updated, vehicles=report.vehicles_created))
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
