"""How the shop's database is doing, for System → Several workstations and ``servicebay
server status``: connected to what, which server version, how big, the last backup, and
which desks have the shop open now."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from desktop.config import workstation_name
from desktop.db import APP_PREFIX, Database, name_of, server_connect_args
from desktop.presence import others
from desktop.services.backup.status import status as backup_status
from desktop.services.system.move import where_of


@dataclass(frozen=True)
class ConnectedDesk:
    computer: str
    since: datetime | None
    this_one: bool = False


@dataclass(frozen=True)
class Health:
    backend: str  # "sqlite" | "postgresql"
    where: str  # the file, or host:port/database
    version: str
    size_bytes: int
    last_backup_at: datetime | None
    last_backup_where: str
    desks: tuple[ConnectedDesk, ...]
    trigram: bool  # the server's search indexes are there (always true for a file)

    @property
    def on_server(self) -> bool:
        return self.backend == "postgresql"


def _file_size(path: Path) -> int:
    size = 0
    for p in (path, Path(str(path) + "-wal")):
        with contextlib.suppress(OSError):
            size += p.stat().st_size
    return size


def _computer(application_name: str) -> str:
    """``ServiceBay PC-1 #4312`` → ``PC-1``."""
    name = application_name[len(APP_PREFIX):]
    return name_of(name.rsplit(" #", 1)[0] if " #" in name else name)


def health(db: Database) -> Health:
    backup = backup_status(db)
    path = db.sqlite_path
    if path is not None:
        mine = db.presence.token if db.presence else ""
        desks = [ConnectedDesk(h.computer, _parse(h.since)) for h in others(path, exclude=mine)]
        if db.presence is not None:
            desks.insert(0, ConnectedDesk(workstation_name(), None, True))
        return Health("sqlite", str(path), sqlite3.sqlite_version, _file_size(path), backup.last_at, backup.where,
                      tuple(desks), True)
    me = server_connect_args()["application_name"]
    with db.engine.connect() as conn:
        version = str(conn.scalar(text("SHOW server_version")) or "").split(" ")[0]
        size = int(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0)
        rows = conn.execute(text(
            "SELECT application_name, min(backend_start) FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name LIKE :p GROUP BY application_name"), {"p": APP_PREFIX + "%"}).all()
        trigram = bool(conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%\\_trgm'")))
    by_computer: dict[str, ConnectedDesk] = {}
    for name, started in rows:
        since: datetime | None = started if isinstance(started, datetime) else None
        computer = _computer(str(name))
        known = by_computer.get(computer)
        this_one = name == me or (known is not None and known.this_one)
        first = since if known is None or (known.since and since and since < known.since) else known.since
        by_computer[computer] = ConnectedDesk(computer, first, this_one)
    desks = sorted(by_computer.values(), key=lambda d: (not d.this_one, d.computer))
    return Health("postgresql", where_of(db), version, size, backup.last_at, backup.where, tuple(desks), trigram)


def _parse(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
