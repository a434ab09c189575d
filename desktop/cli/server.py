"""servicebay server status · setup · connect · move: the several-workstations mode for a
shop's helper with a script, with the same checks and messages as System → Several
workstations.

    servicebay server status
    servicebay server setup --admin postgresql://postgres@HOST/postgres [--host H] [--port P] [--database D] [--login L]
    servicebay server connect --host H [--port P] [--database D] [--login L]
    servicebay server move --to postgresql://LOGIN@HOST:PORT/DB      (this PC then opens the server)
    servicebay server move --to-sqlite FILE                          (back to a file on this PC)

Passwords are never typed on the command line: the administrator's from
SERVICEBAY_ADMIN_PASSWORD, the program login's from SERVICEBAY_SERVER_PASSWORD, or asked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.shell import (
    SignInRefused,
    Translate,
    desk_for,
    open_shop,
    password_from,
    place_problem,
    say,
)
from desktop.db import PLACE_ERRORS, Database
from desktop.services.core.desk import Desk
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.services.system.server import ServerAddress


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("server", parents=[common], help="the shop's server: status, setup, connect, move")
    cmd.add_argument("action", choices=("status", "setup", "connect", "move"))
    cmd.add_argument("--admin", metavar="URL", help="setup: the server's administrator (postgres), as a URL")
    cmd.add_argument("--host", help="the server's name or address (default: the --admin URL's)")
    cmd.add_argument("--port", default=None, help="default 5432")
    cmd.add_argument("--database", default="servicebay", help="the shop's database (default servicebay)")
    cmd.add_argument("--login", default="servicebay", help="the program's login (default servicebay)")
    cmd.add_argument("--to", metavar="URL", help="move: onto this (set-up, empty) server database")
    cmd.add_argument("--to-sqlite", type=Path, metavar="FILE", help="move: back into this new SQLite file")
    cmd.add_argument("--no-switch", action="store_true", help="move: copy and check only; this PC stays where it is")
    cmd.set_defaults(file_command=run)


def _errors(exc: ValidationFailed, tr: Translate) -> str:
    return "\n".join(f"--{field}: {m.render(tr)}" for field, m in exc.errors.items())


def run(args: argparse.Namespace, tr: Translate) -> int:
    try:
        if args.action == "setup":
            return _setup(args, tr)
        if args.action == "connect":
            return _connect(args, tr)
        return _on_shop(args, tr)
    except ValidationFailed as exc:
        print(_errors(exc, tr), file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(exc.message.render(tr), file=sys.stderr)
        return 1


def _program_password(tr: Translate, twice: bool) -> str | None:
    first = password_from(say(tr, QT_TRANSLATE_NOOP("CLI", "Password of the program's login: ")),
                          "SERVICEBAY_SERVER_PASSWORD")
    if first and twice and not _from_env("SERVICEBAY_SERVER_PASSWORD"):
        again = password_from(say(tr, QT_TRANSLATE_NOOP("CLI", "The same password again: ")), None)
        if again != first:
            print(say(tr, QT_TRANSLATE_NOOP("CLI", "The two passwords differ; nothing was done.")), file=sys.stderr)
            return None
    return first


def _from_env(name: str) -> bool:
    import os

    return bool(os.environ.get(name))


def _address(args: argparse.Namespace, host: str | None, password: str | None,
             port: int | None = None) -> ServerAddress:
    from desktop.services.system.server import DEFAULT_PORT, check_address

    return check_address(host or "", args.port or port or DEFAULT_PORT, args.database, args.login, password)


def _setup(args: argparse.Namespace, tr: Translate) -> int:
    from sqlalchemy.engine import make_url

    from desktop.services.system.server import set_up, with_driver

    if not args.admin:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Say where the server is with --admin postgresql://postgres@HOST/postgres.")),
              file=sys.stderr)
        return 2
    admin = make_url(with_driver(args.admin))
    if admin.password is None:
        secret = password_from(say(tr, QT_TRANSLATE_NOOP("CLI", "Password of the administrator {login}: "),
                                   login=admin.username or "postgres"), "SERVICEBAY_ADMIN_PASSWORD")
        if secret:
            admin = admin.set(password=secret)
    password = _program_password(tr, twice=True)
    if not password:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "No password given; nothing was done.")), file=sys.stderr)
        return 2
    address = _address(args, args.host or admin.host, password, admin.port)
    report = set_up(admin.render_as_string(hide_password=False), address, password)
    print(say(tr, QT_TRANSLATE_NOOP(
        "CLI", "The shop's database {where} is ready (schema {revision}); the login {login} was {login_done}, the "
        "database was {db_done}; trigram search indexes: {trigram}."),
        where=address.shown, revision=report.revision, login=address.login,
        login_done=say(tr, QT_TRANSLATE_NOOP("CLI", "created") if report.created_login else
                       QT_TRANSLATE_NOOP("CLI", "given the new password")),
        db_done=say(tr, QT_TRANSLATE_NOOP("CLI", "created") if report.created_database else
                    QT_TRANSLATE_NOOP("CLI", "kept and brought up to date")),
        trigram=say(tr, QT_TRANSLATE_NOOP("CLI", "yes") if report.trigram else QT_TRANSLATE_NOOP("CLI", "no"))))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Next: servicebay server move --to {url} (on the PC with the data), or "
                                    "servicebay server connect --host {host} (on each other PC)."),
              url=address.url(), host=address.host))
    return 0


def _connect(args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.system.move import switch_to
    from desktop.services.system.server import probe

    password = _program_password(tr, twice=False)
    if not password:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "No password given; nothing was done.")), file=sys.stderr)
        return 2
    address = _address(args, args.host, password)
    info = probe(address.url(password))
    switch_to(address.url(password))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "This PC now opens the shop on {where} (PostgreSQL {version}); the "
                                    "password is kept in this PC's credential store."),
              where=address.shown, version=info.version))
    return 0


def _on_shop(args: argparse.Namespace, tr: Translate) -> int:
    try:
        db = open_shop(args)
    except PLACE_ERRORS as exc:
        print(place_problem(exc, tr), file=sys.stderr)
        return 1
    try:
        if args.action == "status":
            return _status(db, tr)
        try:
            desk = desk_for(db, args, tr)
        except SignInRefused as exc:
            print(str(exc), file=sys.stderr)
            return 2
        return _move(db, desk, args, tr)
    finally:
        db.dispose()


def _status(db: Database, tr: Translate) -> int:
    from desktop.services.system.health import health

    h = health(db)
    kind = say(tr, QT_TRANSLATE_NOOP("CLI", "server") if h.on_server else QT_TRANSLATE_NOOP("CLI", "file on this PC"))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Connected to: {where} ({kind})"), where=h.where, kind=kind))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Version: {version}"), version=("PostgreSQL " if h.on_server else "SQLite ")
              + h.version))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Size: {mb} MB"), mb=f"{h.size_bytes / 1_048_576:.1f}"))
    last = h.last_backup_at.astimezone().strftime("%Y-%m-%d %H:%M") if h.last_backup_at else "—"
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Last backup: {when} {where}"), when=last, where=h.last_backup_where))
    if h.on_server and not h.trigram:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "The search indexes (pg_trgm) are missing: run the setup again as the "
                                        "administrator.")))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Desks with the shop open now: {count}"), count=len(h.desks)))
    for d in h.desks:
        since = d.since.astimezone().strftime("%Y-%m-%d %H:%M") if d.since else ""
        mark = say(tr, QT_TRANSLATE_NOOP("CLI", "(this one)")) if d.this_one else ""
        print(f"  {d.computer}  {since}  {mark}".rstrip())
    return 0


def _move(db: Database, desk: Desk, args: argparse.Namespace, tr: Translate) -> int:
    from sqlalchemy.engine import make_url

    from desktop.config import url_from_argument
    from desktop.services.system.move import MoveService, switch_to
    from desktop.services.system.server import with_driver

    service = MoveService(db, desk)

    def progress(step: str) -> None:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "… {step}"), step=step), file=sys.stderr, flush=True)

    if bool(args.to) == bool(args.to_sqlite):
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Say where to: --to postgresql://… or --to-sqlite FILE.")),
              file=sys.stderr)
        return 2
    if args.to:
        url = url_from_argument(with_driver(args.to))
        if make_url(url).password is None:
            password = _program_password(tr, twice=False)
            if password:
                url = make_url(url).set(password=password).render_as_string(hide_password=False)
        report = service.to_server(url, progress)
    else:
        report = service.to_file(args.to_sqlite, progress)
        url = "sqlite:///" + str(args.to_sqlite.expanduser().resolve())
    print(say(tr, QT_TRANSLATE_NOOP(
        "CLI", "Moved and checked: {rows} rows in {tables} tables identical on both sides, {invoices} invoices in an "
        "unbroken chain, in {seconds} s. The old data was left untouched at {source}."),
        rows=report.rows, tables=len(report.tables), invoices=report.invoices, seconds=report.seconds,
        source=report.source))
    if args.no_switch:
        return 0
    switch_to(url)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "This PC opens the shop on {target} from now on."), target=report.target))
    return 0
