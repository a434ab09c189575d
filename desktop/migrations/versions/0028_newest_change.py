"""newest change indexes

The backup's reminder (at the start, at closing, and the System page) compares the last
verified backup with the newest change to the shop's records: the latest ``updated_at``
of the customers, cars, work orders and parts.  Without an index each is a scan of the
whole table (100 ms on the big shop, on the GUI thread); with one it is a single step.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-03 07:40:00
"""

from __future__ import annotations

from alembic import op

revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

TABLES = ("customer", "vehicle", "work_order", "part")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_updated_at", table_name=table)
