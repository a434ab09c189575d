"""Units of work for the services: ``writing(db, user)`` and ``reading(db)``.

They are ``Database.write``/``read`` plus one thing: a failure of the storage itself (the
file locked by another workstation past the busy timeout, a read-only folder, a full
disk, a drive pulled out, a damaged file, a server out of reach) becomes a
``StorageProblem`` with a plain message that says what to do, instead of a bug report.
Anything else passes through unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import (
    Database,
    FolderReadOnly,
    NetworkLocation,
    NotADatabase,
    SchemaTooNew,
    ShopLocked,
    ShopMissing,
    ShopReplaced,
)
from desktop.services.core.errors import ServiceError, StaleEdit
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

_KINDS = (
    ("database is locked", "locked"),
    ("readonly database", "read-only"),
    ("read-only", "read-only"),
    ("disk is full", "full"),
    ("no space left", "full"),
    ("disk i/o error", "io"),
    ("malformed", "damaged"),
    ("not a database", "damaged"),
    ("connection refused", "unreachable"),
    ("could not connect", "unreachable"),
    ("server closed the connection", "unreachable"),
    ("terminating connection", "unreachable"),
    ("the connection is closed", "unreachable"),
    ("timeout expired", "unreachable"),
    ("connection to server", "unreachable"),
)
_MESSAGES = {
    "locked": QT_TRANSLATE_NOOP(
        "Validation",
        "The database is busy: another workstation has been saving for too long. Nothing "
        "was saved; try again in a moment.",
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "Validation",
        "The database cannot be written (the file or its folder is read-only). Nothing was "
        "saved; ask whoever set up this PC to make the data folder writable.",
    ),
    "full": QT_TRANSLATE_NOOP(
        "Validation", "The disk is full. Nothing was saved; free some space and try again."
    ),
    "io": QT_TRANSLATE_NOOP(
        "Validation",
        "The disk holding the database could not be read or written (was a drive removed?). "
        "Nothing was saved.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Validation",
        "The database file is damaged. Nothing was saved; stop working and restore the last "
        "backup.",
    ),
    "replaced": QT_TRANSLATE_NOOP(
        "Validation",
        "The shop's data was replaced (a backup was restored) by another program after this "
        "one opened it. Nothing was saved; close ServiceBay and start it again.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "Validation",
        "The database server cannot be reached. Nothing was saved; check the network and "
        "the server PC.",
    ),
}


class StorageProblem(ServiceError):
    def __init__(self, kind: str) -> None:
        super().__init__(Message(_MESSAGES[kind]))
        self.kind = kind


def classify(exc: BaseException) -> str | None:
    text = str(getattr(exc, "orig", exc)).lower()
    for needle, kind in _KINDS:
        if needle in text:
            return kind
    return None


@contextmanager
def _storage_errors() -> Iterator[None]:
    try:
        yield
    except ShopReplaced as exc:
        raise StorageProblem("replaced") from exc
    except DBAPIError as exc:
        kind = classify(exc)
        if kind is None:
            raise
        raise StorageProblem(kind) from exc


@contextmanager
def writing(db: Database, user: str) -> Iterator[Session]:
    """One unit of work that changes data: committed at the end, rolled back on error.  A
    versioned record that another desk saved in between (its UPDATE matched no row at the
    version read) is a ``StaleEdit``: nothing was overwritten."""
    try:
        with _storage_errors(), db.write(user) as session:
            yield session
    except StaleDataError as exc:
        raise StaleEdit() from exc


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    with _storage_errors(), db.read() as session:
        yield session


@contextmanager
def connected(db: Database) -> Iterator[Connection]:
    """A plain connection for read-only statements prepared once (the search)."""
    with _storage_errors(), db.engine.connect() as conn:
        yield conn


def place_problem(exc: BaseException) -> Message | None:
    """What to tell the person when the shop cannot be opened where it is (the window and
    the command line say the same); ``None`` for anything else."""
    if isinstance(exc, SchemaTooNew):
        return Message(QT_TRANSLATE_NOOP(
            "Storage", "This database was written by a newer version of ServiceBay (schema {rev}). Install "
            "that version to open it. The file was not changed."), {"rev": exc.revision}, "Storage")
    if isinstance(exc, NotADatabase):
        return Message(QT_TRANSLATE_NOOP(
            "Storage", "This file is not a ServiceBay database, or it is damaged. It was not changed. "
            "Restore the last backup, or choose another database."), {}, "Storage")
    if isinstance(exc, ShopMissing):
        return Message(QT_TRANSLATE_NOOP(
            "Storage", "There is no shop at {path}. Check --db (or the database setting); nothing was "
            "created."), {"path": str(exc.path)}, "Storage")
    if isinstance(exc, NetworkLocation):
        return Message(QT_TRANSLATE_NOOP(
            "Storage", "The shop's file {path} is on a network drive ({how}). Two PCs sharing one file "
            "through a network drive damage it: move the file to this PC's own disk, or set up the "
            "several-workstations mode (a shop server)."), {"path": str(exc.path), "how": exc.how}, "Storage")
    if isinstance(exc, FolderReadOnly):
        return Message(QT_TRANSLATE_NOOP(
            "Storage", "The shop's folder cannot be written ({path}: {reason}). Make it writable, or move "
            "the data to a folder this user may write."), {"path": str(exc.path), "reason": exc.reason},
            "Storage")
    if isinstance(exc, ShopLocked):
        return Message(QT_TRANSLATE_NOOP(
            "Storage", "The shop {path} is in use by another program (or a restore is running). Try "
            "again in a moment."), {"path": str(exc.path)}, "Storage")
    return None
