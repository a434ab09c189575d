"""The command line: a thin shell over the same services as the window.

    servicebay                      open the window
    servicebay --version
    servicebay demo [--db DB]       fill an empty database with the demo shop
    servicebay import customers|parts|movements|campaign FILE [--map 列名=field ...]
    servicebay export customers|invoices FILE [--include-archived]
    servicebay backup --to DIR [--encrypt]
    servicebay verify FILE
    servicebay restore FILE [--yes]
    servicebay parts abc|reorder [--csv FILE]
    servicebay print KIND NUMBER --out FILE.pdf   (claim, old-part-tags: SP…; accident-*: BX…)
    servicebay verify-ledger
    servicebay users list|add|passwd|disable|enable|roles ...
    servicebay followups [--date D] [--csv FILE]
    servicebay complaints [--open] [--csv FILE]
    servicebay appointments [--date D] [--csv FILE]
    servicebay due-list [--from D] [--to D] [--csv FILE] [--refresh]
    servicebay coverage PLATE_OR_VIN [--json]
    servicebay claims [--state S] [--csv FILE]
    servicebay accidents [--state S] [--csv FILE]
    servicebay report [--month YYYY-MM] [--period month|quarter|year] [--json] [--csv FILE]
    servicebay server status|setup|connect|move [--to URL | --to-sqlite FILE]

Every sub-command takes ``--db`` (a SQLite file or a database URL); without it the
database in the settings, or the one in the user's data folder, is used.  In a shop with
users every command says who runs it with ``--user LOGIN`` (the password is asked, or read
from SERVICEBAY_PASSWORD); a backup without ``--user`` runs unattended and is recorded as
the scheduled task.

One module per command group, each registering its sub-commands and running them over the
services: ``demo``, ``exchange`` (import, export), ``backup`` (backup, verify, restore),
``parts``, ``documents`` (print), ``billing`` (verify-ledger), ``users``, ``aftercare``
(followups, complaints), ``appointments`` (appointments, due-list), ``warranty`` (coverage, claims, accidents), ``kpi`` (report), ``appraisal``, ``plans`` (plans, cards), ``rescue`` (rescues), ``server`` (the several-workstations mode); ``shell`` holds
what they share (who runs the command, messages, tables).  A new capability adds its module here and its name to ``GROUP_NAMES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import version

if TYPE_CHECKING:
    from types import ModuleType

    from desktop.cli.shell import Translate

# The command groups, loaded only for a command: the window's start imports none of them
# (nor the database layer they bring).
GROUP_NAMES = ("demo", "exchange", "backup", "parts", "documents", "billing", "users", "aftercare", "appointments",
               "warranty", "kpi", "appraisal", "plans", "rescue", "server")


def groups() -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"desktop.cli.{name}") for name in GROUP_NAMES)


WINDOW_OPTIONS = ("--db", "--user", "--open-backup")


def opens_window(argv: Sequence[str]) -> bool:
    """Only the window's options: the commands' parsers (and what they import) are not
    built, so the window starts sooner."""
    args = iter(argv)
    for arg in args:
        if arg in WINDOW_OPTIONS:
            next(args, None)
        elif not arg.startswith(tuple(o + "=" for o in WINDOW_OPTIONS)):
            return False
    return True


def parser(commands: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=argparse.SUPPRESS, help="SQLite file or database URL (default: settings)"
    )
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="LOGIN",
                        help="who runs the command, in a shop with users (password: asked, or SERVICEBAY_PASSWORD)")
    main = argparse.ArgumentParser(
        prog="servicebay",
        description="ServiceBay (售后管家): the after-sales desk. Without a command, opens the window.",
        parents=[common],
    )
    main.add_argument("--version", action="version", version=f"ServiceBay {version() if commands else ''}")
    main.add_argument("--open-backup", type=Path, default=None, metavar="FILE.sbk",
                      help="open the window with this backup in the restore dialog (a double-clicked .sbk)")
    sub = main.add_subparsers(dest="command")
    for group in groups() if commands else ():
        group.register(sub, common)
    return main


def run(argv: Sequence[str], translate: Translate) -> int:
    tr = translate
    args = parser(commands=not opens_window(argv)).parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(getattr(args, "db", None), args.open_backup)
    from desktop.cli.shell import SignInRefused, desk_for, open_shop, place_problem, say
    from desktop.db import PLACE_ERRORS
    from desktop.services.core.desk import Desk
    from desktop.services.core.errors import ServiceError
    from desktop.services.core.messages import QT_TRANSLATE_NOOP

    if hasattr(args, "file_command"):  # works on the file itself (backup, verify, restore)
        code: int = args.file_command(args, tr)
        return code
    try:
        db = open_shop(args)
    except PLACE_ERRORS as exc:
        print(place_problem(exc, tr), file=sys.stderr)
        return 1
    try:
        if args.command != "demo":  # the demo goes only into an empty shop: nobody to sign in yet
            args.desk = desk_for(db, args, tr)
        else:
            args.desk = Desk()
        code = args.command_run(db, args, tr)
        return code
    except SignInRefused as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(exc.message.render(tr), file=sys.stderr)
        return 1
    except OSError as exc:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Cannot read or write {file}: {error}"),
                  file=exc.filename or "", error=exc.strerror or exc), file=sys.stderr)
        return 1
    finally:
        db.dispose()
