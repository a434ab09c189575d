"""abc pin: a part's class pinned by the parts clerk, with the reason

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('part', schema=None) as batch_op:
        batch_op.add_column(sa.Column('abc_pinned', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('abc_pin_reason', sa.String(length=120), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('part', schema=None) as batch_op:
        batch_op.drop_column('abc_pin_reason')
        batch_op.drop_column('abc_pinned')
