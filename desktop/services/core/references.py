"""Who points at a row.  Merging two customers and refusing to delete a row with history
both need every foreign key that refers to a table, including those of tables added by
later features; reading them from the metadata keeps this right without a list to
maintain by hand."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Column, CursorResult, Table, func, select, update
from sqlalchemy.orm import Session

from desktop.models import Base


def referencing_columns(table: str, exclude: Iterable[str] = ()) -> list[tuple[Table, Column[int]]]:
    """(table, column) for every foreign key that points at ``table``.id."""
    skip = set(exclude)
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == table and fk.column.name == "id":
                name = f"{other.name}.{fk.parent.name}"
                if name not in skip:
                    found.append((other, fk.parent))
    return found


def count_references(session: Session, table: str, ident: int, exclude: Iterable[str] = ()) -> int:
    total = 0
    for other, column in referencing_columns(table, exclude):
        total += session.scalar(select(func.count()).select_from(other).where(column == ident)) or 0
    return total


def repoint_references(
    session: Session, table: str, from_id: int, to_id: int, exclude: Iterable[str] = ()
) -> dict[str, int]:
    """Move every reference from one row to another; returns rows moved per column."""
    moved: dict[str, int] = {}
    for other, column in referencing_columns(table, exclude):
        result = session.execute(update(other).where(column == from_id).values({column.name: to_id}))
        count = cast(CursorResult[Any], result).rowcount
        if count:
            moved[f"{other.name}.{column.name}"] = count
    return moved
