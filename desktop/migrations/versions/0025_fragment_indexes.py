"""fragment indexes

Reception search on one PC: a fragment of a plate or of a phone number (``LIKE '%…%'``)
read every car's plate and every phone until it found enough, so it slowed as the shop
grew (1 ms on 800 cars, 16 ms on 80,000).  SQLite's FTS5 with the trigram tokenizer
indexes every three characters of a plate and of a phone's digits, and answers the same
``LIKE`` through that index for a fragment of three characters or more.  The indexes are
external-content tables kept by triggers; the server (PostgreSQL) has its trigram GIN
indexes since 0024.  A later migration that rebuilds ``vehicle`` or ``customer_phone``
(batch mode copies a SQLite table) must create these triggers again.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-03 02:10:00
"""

from __future__ import annotations

from alembic import op

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

# (index, table, column)
FRAGMENTS = (
    ("vehicle_plate_fts", "vehicle", "plate"),
    ("customer_phone_digits_fts", "customer_phone", "digits"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, table, column in FRAGMENTS:
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', content_rowid='id', "
                   "tokenize='trigram')")
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END")
        op.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {column} ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
                   f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, _table, _column in FRAGMENTS:
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
