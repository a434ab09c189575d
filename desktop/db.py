"""The database: engine, sessions, transactions and schema upgrades at start.

One ``Database`` per program.  A session lives for one user action: ``read()`` for
looking, ``write(user)`` for changing.  On SQLite a write transaction starts with
``BEGIN IMMEDIATE`` so that two workstations (or two threads) wait for each other on the
busy timeout instead of failing half-way on a lock upgrade.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.base import AuditMixin, utcnow
from desktop.presence import GateBusy, Presence
from desktop.volumes import volume_of

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 15_000
PROBE_TIMEOUT_S = 1.5  # how long to wait at start before saying another program has the file
_IMMEDIATE = "servicebay_immediate"
# Written into the SQLite header of every ServiceBay database (``PRAGMA application_id``),
# so that a restore can tell the shop's file from any other SQLite file: "SBay".
APPLICATION_ID = 0x53426179


class SchemaTooNew(RuntimeError):
    """The database was written by a newer ServiceBay; it is left untouched."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class NotADatabase(RuntimeError):
    """The file is not a ServiceBay database (or is damaged); it is left untouched."""


class ShopMissing(RuntimeError):
    """There is no shop at this path (no file, or an empty one), and none was created."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class NetworkLocation(RuntimeError):
    """The SQLite file is on a network share, where two PCs would corrupt it."""

    def __init__(self, path: Path, how: str) -> None:
        super().__init__(f"{path} ({how})")
        self.path = path
        self.how = how


class FolderReadOnly(RuntimeError):
    """The shop's folder (or file) cannot be written."""

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ShopLocked(RuntimeError):
    """Another program (not ServiceBay, or a stuck one) holds the file locked; try again later."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class ShopReplaced(RuntimeError):
    """The database file was replaced (restored) by another program after this one opened
    it: nothing is written into the old, unlinked file."""


# Why a shop cannot be opened where it is: each has its message (``services.uow.place_problem``).
PLACE_ERRORS = (SchemaTooNew, NotADatabase, ShopMissing, NetworkLocation, FolderReadOnly, ShopLocked)


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# Where a unit of work collects what it changed for the open pages (``services.core.notices``);
# on the server the same goes to the other desks with the transaction's notification.
NOTICES_KEY = "servicebay_notices"
APP_PREFIX = "ServiceBay "  # each server connection's application_name: the desks connected now
CONNECT_TIMEOUT_S = 5


def server_connect_args() -> dict[str, Any]:
    """A server connection names this program and this PC, and gives up quickly when the
    server does not answer (a lost network is then said, not waited on)."""
    from desktop.config import workstation_name

    return {"connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": f"{APP_PREFIX}{ascii_name(workstation_name())} #{os.getpid()}"}


def ascii_name(name: str, room: int = 44) -> str:
    """PostgreSQL keeps only ASCII in a connection's name (前台1 would read ??????1): a
    non-ASCII name travels as punycode (``xn--1-y24cq33g``), shortened to fit."""
    if name.isascii():
        return name.replace("#", "_")[:room]
    while name:
        encoded = "xn--" + name.encode("punycode").decode("ascii")
        if len(encoded) <= room:
            return encoded
        name = name[:-1]
    return "?"


def name_of(ascii_form: str) -> str:
    """The workstation's name back from its connection name."""
    if ascii_form.startswith("xn--"):
        try:
            return ascii_form[4:].encode("ascii").decode("punycode")
        except (UnicodeError, ValueError):
            return ascii_form
    return ascii_form


_WRITES = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)


def _note_writes(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                 executemany: bool) -> None:
    """Which tables a server transaction writes, for the other desks' live updates."""
    found = _WRITES.match(statement)
    if found:
        conn.info.setdefault("touched", set()).add(found.group(1).lower())


def make_engine(url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        _configure_sqlite(engine, busy_timeout_ms)
        return engine
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, connect_args=server_connect_args())
        event.listen(engine, "before_cursor_execute", _note_writes)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _stamp_user(session: Session, flush_context: Any, instances: Any) -> None:
    user = session.info.get("user", "admin")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, AuditMixin):
            obj.created_by = obj.updated_by = user
            obj.created_at = obj.updated_at = now
    for obj in session.dirty:
        if isinstance(obj, AuditMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_by = user
            obj.updated_at = now


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path``: a restore puts another file there.  On Windows ``st_ino``
    is the NTFS file index; where a file system has none, the creation time serves."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino or st.st_ctime_ns)


class Database:
    def __init__(self, url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS, announce: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url, busy_timeout_ms)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _stamp_user)
        self.presence: Presence | None = None
        self._file: tuple[int, int] | None = None
        path = self.sqlite_path
        if path is not None:
            event.listen(self.engine, "connect", self._remember_file)
            if announce:
                presence = Presence(path)
                try:
                    presence.register()
                except GateBusy as exc:
                    self.engine.dispose()
                    raise ShopLocked(path) from exc
                except OSError as exc:
                    self.engine.dispose()
                    raise FolderReadOnly(path.parent, exc.strerror or str(exc)) from exc
                self.presence = presence

    def _remember_file(self, dbapi_conn: Any, record: Any) -> None:
        if self._file is None and self.sqlite_path is not None:
            self._file = _identity(self.sqlite_path)

    def check_same_file(self) -> None:
        """Refuse to write when the file this program opened is no longer the shop's file."""
        path = self.sqlite_path
        if path is None or self._file is None:
            return
        if _identity(path) != self._file:
            raise ShopReplaced(str(path))

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self, user: str = "admin") -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        session.info["user"] = user
        try:
            if self.is_sqlite:
                session.connection(execution_options={_IMMEDIATE: True})  # type: ignore[misc]
                self.check_same_file()  # under the write lock: nobody swaps it from here on
            else:
                session.connection().info.pop("touched", None)
            yield session
            if not self.is_sqlite:
                self._announce(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _announce(self, session: Session) -> None:
        """Tell the other desks what this transaction changed (delivered at its commit)."""
        from desktop.changes import CHANNEL, notify_payload

        session.flush()
        touched = session.connection().info.pop("touched", None)
        if touched:
            origin = server_connect_args()["application_name"]
            payload = notify_payload(touched, origin, session.info.get(NOTICES_KEY))
            session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})

    def dispose(self) -> None:
        if self.is_sqlite:
            try:  # keeps the query planner's statistics fresh, cheaply (SQLite's advice)
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # never let closing fail the program
                log.debug("PRAGMA optimize failed", exc_info=True)
        self.engine.dispose()
        if self.presence is not None:
            self.presence.release()
            self.presence = None


# --- schema -----------------------------------------------------------------------------


# The schema this program writes.  Checked against the migration scripts by a test, so that
# a start on a current database reads one row instead of loading Alembic and every script.
HEAD = "0028"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for a new one), read as plain SQL."""
    try:
        with engine.connect() as conn:
            if "alembic_version" not in inspect(conn).get_table_names():
                return None
            rows: list[Any] = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
            return str(rows[0]) if rows else None
    except Exception as exc:  # sqlite3 says "file is not a database" for a foreign file
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise NotADatabase(str(exc)) from exc
        raise


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    snapshot: Path | None


def snapshot_sqlite(source: Path, target_dir: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file through the backup API, checked (every page,
    record and free list: ``quick_check``)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise NotADatabase(f"snapshot integrity check failed: {ok}")
    except BaseException:
        dst.close()
        target.unlink(missing_ok=True)  # no half copy that looks like a snapshot
        raise
    finally:
        dst.close()
        src.close()
    return target


def upgrade(db: Database, snapshot_dir: Path | None = None) -> UpgradeResult:
    """Bring the schema to this program's head revision.

    A database at a revision this program does not know (written by a newer version) is
    refused before anything is written.  A SQLite file that already holds data is copied
    aside into ``snapshot_dir`` before the first upgrade step.
    """
    before = current_revision(db.engine)
    if before == HEAD:  # the everyday start: nothing to load
        return UpgradeResult(before, HEAD, None)
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config(db.url))
    head = script.get_current_head()
    assert head is not None
    if before is not None:
        try:
            known = script.get_revision(before) is not None
        except (RevisionError, CommandError):  # a revision this program has never heard of
            known = False
        if not known:
            raise SchemaTooNew(before)
    if before == head:
        return UpgradeResult(before, head, None)
    snapshot = None
    path = db.sqlite_path
    if path is not None and snapshot_dir is not None and path.exists():
        has_tables = bool(inspect(db.engine).get_table_names())
        if has_tables:
            snapshot = snapshot_sqlite(path, snapshot_dir, f"before-{before or 'none'}")
            log.info("snapshot before upgrade: %s", snapshot)
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database upgraded from %s to %s", before, head)
    return UpgradeResult(before, head, snapshot)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (``None`` for a server or an in-memory database)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database.removeprefix("file:").split("?")[0])


def stamp_application_id(path: Path) -> None:
    """Mark a SQLite file as a ServiceBay database (in its header)."""
    con = sqlite3.connect(str(path))
    try:
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.commit()
    finally:
        con.close()


def check_place(path: Path, create: bool) -> None:
    """Before a SQLite shop is opened: not on a network share, there (unless it may be
    created), not held by another program, and this program's.  Fast: a file locked by
    another program is reported within ``PROBE_TIMEOUT_S``."""
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    volume = volume_of(folder)
    if volume.network:
        raise NetworkLocation(path, volume.how)
    try:
        size = path.stat().st_size if path.exists() else 0
    except OSError as exc:
        raise FolderReadOnly(path, exc.strerror or str(exc)) from exc
    if size == 0:
        if not create:
            raise ShopMissing(path)
        return
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=PROBE_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise FolderReadOnly(path, str(exc)) from exc
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise ShopLocked(path) from exc
        raise FolderReadOnly(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        raise NotADatabase(str(exc)) from exc
    finally:
        con.close()
    if app_id not in (0, APPLICATION_ID) or (names and "alembic_version" not in names):
        raise NotADatabase(f"{path}: application id {app_id:#x}, tables {sorted(names)[:5]}")


def open_database(url: str, snapshot_dir: Path | None = None, create: bool = True) -> Database:
    """Open the database and upgrade it; the one way the program and the CLI start.

    ``create=False`` (every command but ``demo``, and the window once the shop exists)
    refuses a path where there is no shop instead of making an empty one there."""
    path = sqlite_file(url)
    if path is not None:
        check_place(path, create)
    db = Database(url)
    try:
        upgrade(db, snapshot_dir)
        if path is not None:
            stamp_application_id(path)
    except sqlite3.OperationalError as exc:
        db.dispose()
        raise FolderReadOnly(path or Path(url), str(exc)) from exc
    except BaseException as exc:
        db.dispose()
        inner = getattr(exc, "orig", None)
        if path is not None and isinstance(inner, sqlite3.OperationalError) and (
                "readonly" in str(inner) or "unable to open" in str(inner)):
            raise FolderReadOnly(path, str(inner)) from exc
        raise
    return db
