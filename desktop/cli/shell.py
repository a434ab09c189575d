"""What every command shares: saying things in the person's language, telling why the
shop cannot be opened where it is, and a table on the console."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.config import database_url, snapshot_dir
from desktop.console import interactive
from desktop.db import Database, open_database
from desktop.services.core.desk import Actor, Desk
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

Translate = Callable[[str, str], str]
# A command that works on an open shop: (db, args, tr) -> exit code.
Command = Callable[[Database, argparse.Namespace, Translate], int]


def say(tr: Translate, text: str, **params: object) -> str:
    return Message(text, params, "CLI").render(tr)


UNATTENDED = "scheduled-task"  # what an unattended backup is recorded as


class SignInRefused(Exception):
    """The command was not run: nobody (or nobody right) signed in; the message says why."""


def password_from(prompt: str, env: str | None = "SERVICEBAY_PASSWORD") -> str | None:
    """A password from the environment (a script) or typed at the console (never echoed)."""
    value = os.environ.get(env) if env else None
    if value:
        return value
    if not interactive():
        return None
    return getpass.getpass(prompt)


def desk_for(db: Database, args: argparse.Namespace, tr: Translate, unattended: bool = False) -> Desk:
    """Who runs the command.  A shop with users says who with ``--user`` (or SERVICEBAY_USER,
    for a script; the password from SERVICEBAY_PASSWORD or asked); a shop without an owner yet acts as "admin", as before
    users existed; an unattended backup is recorded as the scheduled task."""
    from desktop.services.users.records import SignInFailed
    from desktop.services.users.service import UserService

    users = UserService(db)
    login = getattr(args, "user", None) or os.environ.get("SERVICEBAY_USER")
    if not users.has_owner():
        return Desk()
    if not login:
        if unattended:
            return Desk(Actor(UNATTENDED, UNATTENDED, unattended=True, permissions=frozenset({"backup.make"})))
        raise SignInRefused(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "This shop has users: say who runs the command with --user LOGIN (the password is asked, or "
            "taken from SERVICEBAY_PASSWORD).")))
    password = password_from(say(tr, QT_TRANSLATE_NOOP("CLI", "Password of {login}: "), login=login))
    if not password:
        raise SignInRefused(say(tr, QT_TRANSLATE_NOOP("CLI", "No password given; nothing was done.")))
    try:
        signed = users.sign_in(login, password)
    except SignInFailed as exc:
        raise SignInRefused(exc.message.render(tr)) from exc
    except ServiceError as exc:
        raise SignInRefused(exc.message.render(tr)) from exc
    return Desk(Actor(signed.login, signed.name, signed.user_id, signed.roles, signed.permissions))


def open_shop(args: argparse.Namespace) -> Database:
    """Only ``demo`` may make a new shop; every other command refuses a path with none."""
    return open_database(database_url(getattr(args, "db", None)), snapshot_dir(), create=args.command == "demo")


def place_problem(exc: BaseException, tr: Translate) -> str | None:
    """What to tell the person when the shop cannot be opened where it is."""
    from desktop.services.core.uow import place_problem as problem

    message = problem(exc)
    return message.render(tr) if message is not None else None


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A table on the console with its column headers, columns aligned (a Chinese
    character takes two columns)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(text + " " * (widths[i] - width(text)) for i, text in enumerate(row)).rstrip())


def write_csv(path: Path | None, header: list[str], rows: list[list[object]]) -> None:
    """A listing also written to a CSV file (UTF-8 with BOM for Excel; formulas defused),
    replaced in one step."""
    if path is None:
        return
    from desktop.services.common.spreadsheet import safe_writer
    from desktop.services.core.files import replacing

    with replacing(path) as handle:
        writer = safe_writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
