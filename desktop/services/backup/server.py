"""The several-workstations mode: the server's rows copied into a SQLite file (for the
backup archive) and back (restore), each in one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, create_engine, delete, insert, select, text

from desktop.db import Database
from desktop.models import Base
from desktop.services.backup.payload import uri

# Kept by triggers on stock_movement: rebuilt from the ledger when the rows are loaded.
DERIVED_TABLES = frozenset({"part_stock", "stock_week"})
BATCH = 5000


def export_sqlite(db: Database, target: Path) -> None:
    """Copy every row of ``db`` (PostgreSQL) into a new SQLite file at the same schema
    revision, reading all tables in one consistent snapshot (REPEATABLE READ): the same
    moment for every table, while the other workstations go on writing."""
    from alembic import command

    from desktop.db import alembic_config, stamp_application_id

    with db.engine.connect() as probe:
        revision = str(probe.execute(text("SELECT version_num FROM alembic_version")).scalar_one())
    target.unlink(missing_ok=True)
    command.upgrade(alembic_config("sqlite:///" + str(target)), revision)
    out = create_engine("sqlite:///" + str(target))
    try:
        with db.engine.connect() as connection:
            source = connection.execution_options(isolation_level="REPEATABLE READ")
            with source.begin(), out.begin() as sink:
                for table in reversed(Base.metadata.sorted_tables):  # rows a revision seeded (the grants)
                    sink.execute(delete(table))
                _copy_rows(source, sink)
    finally:
        out.dispose()
    stamp_application_id(target)


def load_sqlite(db: Database, source_file: Path) -> None:
    """Replace every row of ``db`` (PostgreSQL) with those of a SQLite file at the same
    schema revision, in one transaction; sequences continue after the restored ids."""
    src = create_engine("sqlite://", creator=lambda: __import__("sqlite3").connect(uri(source_file), uri=True))
    try:
        with src.connect() as source, db.engine.begin() as sink:
            names = ", ".join(sink.dialect.identifier_preparer.quote(t.name) for t in Base.metadata.sorted_tables)
            sink.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            _copy_rows(source, sink)
            for table in Base.metadata.sorted_tables:
                if "id" in table.c and table.c.id.primary_key and table.name not in DERIVED_TABLES:
                    sink.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 1), "
                        f"(SELECT max(id) FROM {table.name}) IS NOT NULL)"))
    finally:
        src.dispose()


def _copy_rows(source: Connection, sink: Connection) -> None:
    for table in Base.metadata.sorted_tables:  # parents before children
        if table.name in DERIVED_TABLES:
            continue
        order = list(table.primary_key.columns) or list(table.c)
        rows = source.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
        for batch in rows.mappings().partitions(BATCH):
            sink.execute(insert(table), [dict(r) for r in batch])
