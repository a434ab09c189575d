"""legacy data: a customer's id in the old system and the columns it had that ServiceBay has no field for

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('legacy_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('legacy', sa.Text(), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_customer_legacy_id'), ['legacy_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_legacy_id'))
        batch_op.drop_column('legacy')
        batch_op.drop_column('legacy_id')
