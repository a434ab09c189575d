"""Moving the shop's data from the SQLite file onto the shop's server, and back (a shop that
gives up its server), verified before anybody switches.

A move copies every row in one transaction on the target, from one consistent reading of
the source, while nobody else has the shop open.  Then both sides are compared: the row
count and a fingerprint of every row of every table, and the invoice chain walked on each.
Only when all agree does the caller switch this PC's settings (``switch_to``).  The source
is never written: the SQLite file stays where it was, as the fallback.  A move that fails
half-way (the server stops, the disk is full) rolls back on the target and leaves the
shop where it was, with a message that says so.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text

from desktop.config import Settings
from desktop.db import (
    APP_PREFIX,
    Database,
    name_of,
    open_database,
    server_connect_args,
    sqlite_file,
)
from desktop.models import Base
from desktop.presence import GateBusy, ShopInUse
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.system.server import ServerAddress, problem_of

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
# Rows the triggers on stock_movement keep; a part whose movements were all removed keeps
# a zero row on one side only, so only rows that say something are compared.
_DERIVED_FILTER = {"part_stock": "on_hand <> 0", "stock_week": "moves <> 0"}
_BUSINESS = ("customer", "vehicle", "work_order", "invoice", "part", "stock_movement", "audit_entry")


def _msg(text_: str, **params: object) -> Message:
    return Message(text_, params, "Storage")


class MoveFailed(ServiceError):
    def __init__(self, kind: str, message: Message) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    same: bool


@dataclass(frozen=True)
class MoveReport:
    source: str
    target: str
    tables: tuple[TableCheck, ...]
    invoices: int
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)

    @property
    def ok(self) -> bool:
        return all(t.same for t in self.tables)


def where_of(db_or_url: Database | str) -> str:
    url = db_or_url.url if isinstance(db_or_url, Database) else db_or_url
    path = sqlite_file(url)
    return str(path) if path is not None else ServerAddress.of(url).shown


def others_on_server(db: Database) -> list[str]:
    """The other running ServiceBay programs connected to the server (``PC #process``)."""
    if db.is_sqlite:
        return []
    mine = server_connect_args()["application_name"]
    with db.engine.connect() as conn:
        names = conn.scalars(text(
            "SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name LIKE :p AND application_name <> :mine"), {"p": APP_PREFIX + "%", "mine": mine})
        return sorted(name_of(str(n)[len(APP_PREFIX):].rsplit(" #", 1)[0]) for n in names)


def _normal(value: Any) -> Any:
    """One spelling of a value on both backends (a Decimal's trailing zeros, a time's zone)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f") if value else "0"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date | clock_time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def fingerprint(db: Database, table: Table) -> tuple[int, int]:
    """(rows, fingerprint): a sum of every row's hash, so that the order rows come in (which
    differs between backends for text keys) does not matter."""
    q = select(table)
    where = _DERIVED_FILTER.get(table.name)
    if where:
        q = q.where(text(where))
    total = 0
    count = 0
    with db.engine.connect() as conn:
        result = conn.execution_options(yield_per=5000).execute(q)
        for row in result:
            digest = hashlib.blake2b(repr(tuple(_normal(v) for v in row)).encode(), digest_size=8).digest()
            total = (total + int.from_bytes(digest, "big")) % (1 << 64)
            count += 1
    return count, total


def compare(source: Database, target: Database, progress: Progress | None = None) -> tuple[list[TableCheck], int]:
    """Every table compared, and the invoice chain walked on both sides."""
    from desktop.services.billing.ledger import LedgerService

    checks = []
    for table in Base.metadata.sorted_tables:
        if progress:
            progress(table.name)
        a = fingerprint(source, table)
        b = fingerprint(target, table)
        checks.append(TableCheck(table.name, a[0], b[0], a == b))
    left = LedgerService(source).verify_ledger()
    right = LedgerService(target).verify_ledger()
    if not (left.ok and right.ok and left.checked == right.checked):
        checks.append(TableCheck("invoice chain", left.checked, right.checked, False))
    return checks, right.checked


def holds_data(db: Database) -> bool:
    with db.engine.connect() as conn:
        return any(conn.execute(select(Base.metadata.tables[name]).limit(1)).first() is not None
                   for name in _BUSINESS)


class MoveService(Service):
    """Moves the open shop; the caller switches to the target when the report is good."""

    def to_server(self, url: str, progress: Progress | None = None) -> MoveReport:
        """The SQLite file onto the (set-up, empty) server database at ``url``."""
        from desktop.services.backup.server import load_sqlite

        self.require("backup.restore")
        live = self.db.sqlite_path
        if live is None:
            raise MoveFailed("same", _msg(QT_TRANSLATE_NOOP(
                "Storage", "The shop is already on a server. To move it to another server, move it back to a "
                "file first.")))
        started = time.monotonic()
        with self._quiet():  # said before anything is set up on the server
            pass
        target = self._open_target(url)
        try:
            with self._quiet():
                if progress:
                    progress("copy")
                try:
                    load_sqlite(target, live)
                except Exception as exc:
                    raise self._failed(exc, url) from exc
            return self._verified(target, url, started, progress)
        finally:
            target.dispose()

    def to_file(self, path: Path, progress: Progress | None = None) -> MoveReport:
        """The server's data into a new SQLite file at ``path`` (a shop giving up its server)."""
        from desktop.services.backup.server import export_sqlite

        self.require("backup.restore")
        if self.db.is_sqlite:
            raise MoveFailed("same", _msg(QT_TRANSLATE_NOOP(
                "Storage", "The shop is already in a file on this PC; there is nothing to move.")))
        path = path.expanduser().resolve()
        if path.exists() and path.stat().st_size > 0:
            raise MoveFailed("exists", _msg(QT_TRANSLATE_NOOP(
                "Storage", "{path} already exists. Choose a new file name: an existing file is never written over."),
                path=str(path)))
        started = time.monotonic()
        with self._quiet():
            if progress:
                progress("copy")
            staged = path.with_name(f".{path.name}.moving")
            try:
                staged.unlink(missing_ok=True)
                export_sqlite(self.db, staged)
                staged.replace(path)
            except Exception as exc:
                staged.unlink(missing_ok=True)
                raise self._failed(exc, self.db.url) from exc
        target = open_database("sqlite:///" + str(path), create=False)
        try:
            report = self._verified(target, target.url, started, progress)
        except BaseException:
            target.dispose()
            path.unlink(missing_ok=True)
            raise
        target.dispose()
        return report

    # --- the steps ---------------------------------------------------------------------

    def _open_target(self, url: str) -> Database:
        try:
            target = open_database(url)
        except ServiceError:
            raise
        except Exception as exc:
            raise problem_of(exc, where_of(url)) from exc
        try:
            if holds_data(target):
                raise MoveFailed("not-empty", _msg(QT_TRANSLATE_NOOP(
                    "Storage", "The database at {where} already holds a shop's data; nothing was copied. Set up an "
                    "empty database for the move, or connect to this one instead."), where=where_of(url)))
        except BaseException:
            target.dispose()
            raise
        return target

    def _quiet(self) -> Any:
        """Nobody else has the shop open while it moves (their work would stay behind)."""
        presence = self.db.presence
        if presence is not None:
            return _Exclusive(presence)
        others = others_on_server(self.db)
        if others:
            raise MoveFailed("in-use", _msg(QT_TRANSLATE_NOOP(
                "Storage", "The shop is open on {who}. Close ServiceBay there first; nothing was moved."),
                who=", ".join(others)))
        return _Nothing()

    def _failed(self, exc: BaseException, url: str) -> MoveFailed:
        reason = problem_of(exc, where_of(url)).message
        log.warning("move to %s failed: %s", where_of(url), exc)
        return MoveFailed("failed", _msg(QT_TRANSLATE_NOOP(
            "Storage", "The move stopped half-way and was undone: {reason} The shop stays where it was ({where}); "
            "nothing there was changed."), reason=reason, where=where_of(self.db)))

    def _verified(self, target: Database, url: str, started: float, progress: Progress | None) -> MoveReport:
        try:
            checks, invoices = compare(self.db, target, progress)
        except Exception as exc:
            raise self._failed(exc, url) from exc
        report = MoveReport(where_of(self.db), where_of(url), tuple(checks), invoices,
                            round(time.monotonic() - started, 1))
        if not report.ok:
            bad = ", ".join(c.table for c in checks if not c.same)
            raise MoveFailed("differs", _msg(QT_TRANSLATE_NOOP(
                "Storage", "The copy does not match the shop's data ({tables}); the shop stays where it was."),
                tables=bad))
        log.info("moved %s rows from %s to %s in %.1f s", report.rows, report.source, report.target, report.seconds)
        return report


class _Exclusive:
    def __init__(self, presence: Any) -> None:
        self._cm = presence.exclusive()

    def __enter__(self) -> None:
        try:
            self._cm.__enter__()
        except ShopInUse as exc:
            raise MoveFailed("in-use", _msg(QT_TRANSLATE_NOOP(
                "Storage", "The shop is open on {who}. Close ServiceBay there first; nothing was moved."),
                who=", ".join(f"{h.computer} ({h.what})" for h in exc.holders))) from exc
        except GateBusy as exc:
            raise MoveFailed("in-use", _msg(QT_TRANSLATE_NOOP(
                "Storage", "A restore or another move is running; try again when it is done."))) from exc

    def __exit__(self, *exc: object) -> None:
        self._cm.__exit__(*exc)


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def switch_to(url: str, settings: Settings | None = None) -> str:
    """This PC opens ``url`` from its next start: a server's password goes to the credential
    store, the rest to the settings.  The URL as the settings keep it comes back."""
    from desktop.config import DB_FILENAME, data_dir
    from desktop.credentials import is_server, save

    settings = settings or Settings()
    if is_server(url):
        kept = save(url)
    else:
        path = sqlite_file(url)
        kept = "" if path is not None and path == (data_dir() / DB_FILENAME).resolve() else url
    settings.set("database_url", kept)
    settings.save()
    return kept
