"""short fragments

Reception search and the work-order list on one PC, for what 0025 left to a scan:

- a customer's name: ``LIKE '%…%'`` read every name (the order list's text filter too,
  for every plate typed there); now a trigram index (FTS5) answers three characters or
  more, as for plates and phones;
- two characters (a Chinese given name 小明, the ``ZW`` of a plate, most Chinese names
  are two or three characters): too short for a trigram.  ``search_gram`` holds every two
  characters of every name (lower case) and plate, kept by triggers; a fragment of two
  is one look-up in its primary key.  ``search_gram_position`` numbers the places in a
  value (a trigger cannot loop).

SQLite only; the server (PostgreSQL) has its trigram GIN indexes since 0024, and its
``search_gram`` since 0027.  A later migration that rebuilds ``customer`` or ``vehicle``
must create these triggers again.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03 05:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None

LONGEST = 120  # customer.name is at most 120 characters; a plate far less

# (kind, table, column, how the value is folded)
GRAMS = (
    ("n", "customer", "name", "lower({v})"),
    ("p", "vehicle", "plate", "{v}"),
)


def _grams(kind: str, value: str, ref: str) -> str:
    return (f"INSERT OR IGNORE INTO search_gram (kind, gram, ref) SELECT '{kind}', substr({value}, n, 2), {ref} "
            f"FROM search_gram_position WHERE n < length({value})")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE customer_name_fts USING fts5(name, content='customer', content_rowid='id', "
               "tokenize='trigram')")
    op.execute("CREATE TRIGGER customer_name_fts_insert AFTER INSERT ON customer BEGIN "
               "INSERT INTO customer_name_fts(rowid, name) VALUES (new.id, new.name); END")
    op.execute("CREATE TRIGGER customer_name_fts_delete AFTER DELETE ON customer BEGIN "
               "INSERT INTO customer_name_fts(customer_name_fts, rowid, name) VALUES ('delete', old.id, old.name); END")
    op.execute("CREATE TRIGGER customer_name_fts_update AFTER UPDATE OF name ON customer BEGIN "
               "INSERT INTO customer_name_fts(customer_name_fts, rowid, name) VALUES ('delete', old.id, old.name); "
               "INSERT INTO customer_name_fts(rowid, name) VALUES (new.id, new.name); END")
    op.execute("INSERT INTO customer_name_fts(customer_name_fts) VALUES ('rebuild')")

    op.execute("CREATE TABLE search_gram_position (n INTEGER PRIMARY KEY)")
    op.execute(f"INSERT INTO search_gram_position (n) VALUES {', '.join(f'({n})' for n in range(1, LONGEST))}")
    op.execute("CREATE TABLE search_gram (kind TEXT NOT NULL, gram TEXT NOT NULL, ref INTEGER NOT NULL, "
               "PRIMARY KEY (kind, gram, ref)) WITHOUT ROWID")
    for kind, table, column, fold in GRAMS:
        new, old = fold.format(v=f"new.{column}"), fold.format(v=f"old.{column}")
        forget = f"DELETE FROM search_gram WHERE kind = '{kind}' AND ref = old.id AND gram IN (SELECT substr({old}, n, 2) " \
                 f"FROM search_gram_position WHERE n < length({old}))"
        op.execute(f"CREATE TRIGGER search_gram_{table}_insert AFTER INSERT ON {table} WHEN new.{column} IS NOT NULL "
                   f"BEGIN {_grams(kind, new, 'new.id')}; END")
        op.execute(f"CREATE TRIGGER search_gram_{table}_delete AFTER DELETE ON {table} WHEN old.{column} IS NOT NULL "
                   f"BEGIN {forget}; END")
        op.execute(f"CREATE TRIGGER search_gram_{table}_update AFTER UPDATE OF {column} ON {table} BEGIN "
                   f"{forget}; {_grams(kind, new, 'new.id')}; END")
        op.execute(f"INSERT OR IGNORE INTO search_gram (kind, gram, ref) SELECT '{kind}', "
                   f"substr({fold.format(v=column)}, n, 2), id FROM {table} JOIN search_gram_position "
                   f"ON n < length({column}) WHERE {column} IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _kind, table, _column, _fold in GRAMS:
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_gram_{table}_{suffix}")
    for suffix in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS customer_name_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_gram")
    op.execute("DROP TABLE IF EXISTS search_gram_position")
    op.execute("DROP TABLE IF EXISTS customer_name_fts")
