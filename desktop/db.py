"""The database: engine, sessions, transactions and schema upgrades at start.

One ``Database`` per program.  A session lives for one user action: ``read()`` for
looking, ``write(user)`` for changing.  On SQLite a write transaction starts with
``BEGIN IMMEDIATE`` so that two workstations (or two threads) wait for each other on the
busy timeout instead of failing half-way on a lock upgrade.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util import CommandError
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.base import AuditMixin, utcnow

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "servicebay_immediate"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer ServiceBay; it is left untouched."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class NotADatabase(RuntimeError):
    """The file is not a ServiceBay database (or is damaged); it is left untouched."""


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


def make_engine(url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        _configure_sqlite(engine, busy_timeout_ms)
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


class Database:
    def __init__(self, url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = url
        self.engine = make_engine(url, busy_timeout_ms)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _stamp_user)

    @property
    def sqlite_path(self) -> Path | None:
        database = make_url(self.url).database
        if self.is_sqlite and database and database != ":memory:":
            return Path(database.removeprefix("file:").split("?")[0])
        return None

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
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        if self.is_sqlite:
            try:  # keeps the query planner's statistics fresh, cheaply (SQLite's advice)
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # never let closing fail the program
                log.debug("PRAGMA optimize failed", exc_info=True)
        self.engine.dispose()


# --- schema -----------------------------------------------------------------------------


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
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
    """A consistent copy of a live SQLite file through the backup API, integrity-checked."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise NotADatabase(f"snapshot integrity check failed: {ok}")
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
    script = ScriptDirectory.from_config(alembic_config(db.url))
    head = script.get_current_head()
    assert head is not None
    before = current_revision(db.engine)
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


def open_database(url: str, snapshot_dir: Path | None = None) -> Database:
    """Open the database and upgrade it; the one way the program and the CLI start."""
    db = Database(url)
    try:
        upgrade(db, snapshot_dir)
    except BaseException:
        db.dispose()
        raise
    return db
