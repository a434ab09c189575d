"""Alembic environment.  The program passes its own connection in
``config.attributes["connection"]``; ``alembic`` on the command line uses the URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import desktop.models  # noqa: F401 - registers every table
from desktop.models.base import Base

config = context.config
target_metadata = Base.metadata


def _ours(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate leaves alone what the migrations made by hand: the search's fragment
    indexes (FTS5 tables on SQLite, 0025 and 0026; the two-character index, 0026), which
    no model describes."""
    return not (type_ == "table" and reflected and name is not None
                and ("_fts" in name or name.startswith("search_gram")))


def run_with(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        include_object=_ours,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run_with(conn)
