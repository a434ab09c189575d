"""server search

The several-workstations mode: on PostgreSQL the reception search and the work-order list
find a fragment of a plate, a name or a phone number (``LIKE '%…%'``) through trigram
indexes (``pg_trgm``).  The extension is added by the server's administrator at the setup
(the program's own login may not add it); where it is missing the indexes are left out and
the search still works, only slower on a big shop.  SQLite needs nothing: its search reads
narrow indexes of its own.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03 01:30:00
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# (index, table, column): the columns a search looks into for a fragment.
TRIGRAM = (
    ("ix_vehicle_plate_trgm", "vehicle", "plate"),
    ("ix_customer_name_trgm", "customer", "name"),
    ("ix_customer_phone_digits_trgm", "customer_phone", "digits"),
)


def _has_trigram(bind: sa.Connection) -> bool:
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar():
        return True
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        return True
    except sa.exc.DBAPIError:
        log.warning("pg_trgm is not available: the search runs without its trigram indexes")
        return False


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _has_trigram(bind):
        return
    for name, table, column in TRIGRAM:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table, _column in TRIGRAM:
        op.execute(f"DROP INDEX IF EXISTS {name}")
