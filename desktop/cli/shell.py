"""What every command shares: saying things in the person's language, telling why the
shop cannot be opened where it is, and a table on the console."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from desktop.config import database_url, snapshot_dir
from desktop.db import Database, open_database
from desktop.services.core.messages import Message

Translate = Callable[[str, str], str]
# A command that works on an open shop: (db, args, tr) -> exit code.
Command = Callable[[Database, argparse.Namespace, Translate], int]


def say(tr: Translate, text: str, **params: object) -> str:
    return Message(text, params, "CLI").render(tr)


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
