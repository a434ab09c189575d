"""Gapless document numbers: WO2026-000123.

The counter is advanced inside the caller's transaction, so the number and the document
are saved together or not at all: a crash or a refusal gives the number back, and two
workstations take turns (SQLite's write lock, PostgreSQL's row lock) instead of sharing a
number.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.models import NumberSequence


def next_number(session: Session, series: str) -> int:
    """Take the next number of ``series``; the first of a new series (a new year) is 1."""
    take = (
        update(NumberSequence)
        .where(NumberSequence.name == series)
        .values(next_value=NumberSequence.next_value + 1)
        .returning(NumberSequence.next_value)
    )
    row = session.execute(take).first()
    if row is None:
        # Two workstations may both start the year: create the counter once, then take.
        dialect = session.get_bind().dialect.name
        make = pg_insert if dialect == "postgresql" else sqlite_insert
        session.execute(make(NumberSequence).values(name=series, next_value=1).on_conflict_do_nothing())
        row = session.execute(take).first()
        assert row is not None
    return int(row[0]) - 1


def peek(session: Session, series: str) -> int:
    value = session.scalar(select(NumberSequence.next_value).where(NumberSequence.name == series))
    return int(value or 1)


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}{year}-{seq:06d}"
