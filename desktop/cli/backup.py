"""servicebay backup --to DIR [--encrypt] · verify FILE · restore FILE [--yes]: they work on
the file, so a damaged or newer database can still be replaced by a good backup."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.shell import SignInRefused, Translate, desk_for, place_problem, say
from desktop.config import database_url, snapshot_dir, work_dir
from desktop.console import interactive
from desktop.db import PLACE_ERRORS, Database, NotADatabase, check_place, open_database, sqlite_file
from desktop.services.core.desk import Desk
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the backup services load when a backup command runs, not at start
    from desktop.services.backup import BackupService, Manifest


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    bak = sub.add_parser("backup", parents=[common], help="write a verified backup (USB drive)")
    bak.add_argument("--to", type=Path, required=True, metavar="DIR")
    bak.add_argument("--encrypt", action="store_true",
                     help="encrypt with a passphrase (SERVICEBAY_BACKUP_PASSPHRASE, or asked)")
    ver = sub.add_parser("verify", parents=[common], help="check a backup without restoring it")
    ver.add_argument("file", type=Path)
    res = sub.add_parser("restore", parents=[common], help="replace the data with a backup's")
    res.add_argument("file", type=Path)
    res.add_argument("--yes", action="store_true", help="do not ask before replacing")
    for parser in (bak, ver, res):
        parser.set_defaults(file_command=run)


def _passphrase(tr: Translate, needed: bool) -> str | None:
    if not needed:
        return None
    value = os.environ.get("SERVICEBAY_BACKUP_PASSPHRASE")
    if value:
        return value
    if not interactive():
        return None
    return getpass.getpass(say(tr, QT_TRANSLATE_NOOP("CLI", "Passphrase: ")))


def _describe(tr: Translate, manifest: Manifest) -> str:
    rows = sum(manifest.row_counts.values())
    return say(tr, QT_TRANSLATE_NOOP(
        "CLI", "Backup of {time}, shop \"{shop}\", ServiceBay {version}, schema {schema}: "
        "{customers} customers, {orders} work orders, {rows} rows in all."),
        time=manifest.created.astimezone().strftime("%Y-%m-%d %H:%M"), shop=manifest.shop_name,
        version=manifest.program_version, schema=manifest.schema_revision,
        customers=manifest.row_counts.get("customer", 0),
        orders=manifest.row_counts.get("work_order", 0), rows=rows)


def _desk(db: Database | None, args: argparse.Namespace, tr: Translate) -> Desk:
    """Who runs it: ``--user``, else (a backup) the scheduled task.  A shop that cannot be
    read as it is (damaged, of an older version, not there yet on a new PC) has nobody to
    ask: its restore is what puts it right."""
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.services.core.uow import StorageProblem

    if db is None:
        return Desk()
    try:
        return desk_for(db, args, tr, unattended=args.command == "backup")
    except (SQLAlchemyError, OSError, StorageProblem):  # damaged: the restore is what puts it right
        return Desk()


def run(args: argparse.Namespace, tr: Translate) -> int:
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
                print(place_problem(NotADatabase(), tr), file=sys.stderr)
                return 1
            db = Database(url)
        except PLACE_ERRORS as exc:
            print(place_problem(exc, tr), file=sys.stderr)
            return 1
    try:
        desk = _desk(db, args, tr)
    except SignInRefused as exc:
        print(str(exc), file=sys.stderr)
        if db is not None:
            db.dispose()
        return 2
    service = BackupService(db or Database("sqlite://"), snapshot_dir(), work_dir(), desk)
    try:
        if args.command == "backup":
            return _backup(service, args, tr)
        if args.command == "verify":
            manifest = service.inspect(args.file)
            manifest = service.verify(args.file, _passphrase(tr, manifest.encrypted))
            print(say(tr, QT_TRANSLATE_NOOP("CLI", "The backup is good.")))
            print(_describe(tr, manifest))
            return 0
        return _restore(service, url, args, tr)
    except ServiceError as exc:
        print(exc.message.render(tr), file=sys.stderr)
        return 1
    finally:
        service.db.dispose()


def _backup(service: BackupService, args: argparse.Namespace, tr: Translate) -> int:
    passphrase = _passphrase(tr, args.encrypt)
    if args.encrypt and not passphrase:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "No passphrase given; nothing was written.")), file=sys.stderr)
        return 2
    result = service.backup(args.to, passphrase)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Backup written and verified: {file}"), file=result.path))
    print(_describe(tr, result.manifest))
    if not result.cache_bypassed:
        print(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "Note: this system could not read the backup back past its cache, so a drive that "
            "lies about its size would not be caught. Run 'servicebay verify' on the backup after "
            "plugging the drive in again.")))
    return 0


def _restore(service: BackupService, url: str, args: argparse.Namespace, tr: Translate) -> int:
    manifest = service.inspect(args.file)
    print(_describe(tr, manifest))
    if not args.yes:
        if not interactive():
            print(say(tr, QT_TRANSLATE_NOOP(
                "CLI", "Add --yes to replace the current data without being asked.")), file=sys.stderr)
            return 2
        answer = input(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "Replace ALL current data with this backup? A safety copy is kept. [y/N] ")))
        if answer.strip().lower() not in ("y", "yes", "是"):
            return 1
    service.restore(args.file, _passphrase(tr, manifest.encrypted))
    open_database(url, snapshot_dir()).dispose()  # an older schema is upgraded now
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Restored. The previous data was kept in {folder}."),
              folder=snapshot_dir()))
    return 0
