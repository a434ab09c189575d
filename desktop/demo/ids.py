"""The demo writes rows in bulk with the ids it chose (orders, calls, appointments refer to
each other); on PostgreSQL the tables' sequences must then continue after those ids, or
the next row the shop saves would take an id already used."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.models import Base


def continue_ids(s: Session) -> None:
    if s.get_bind().dialect.name != "postgresql":
        return  # SQLite continues after the largest id by itself
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement in (True, "auto"):
            s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                           f"coalesce((SELECT max(id) FROM {table.name}), 1), "
                           f"(SELECT max(id) FROM {table.name}) IS NOT NULL)"))
