"""users: sign-in, roles and permissions, an append-only audit log, the technicians' clock

The staff become the program's users: a login, an Argon2id password hash, a PIN for the
workshop kiosk, the roles each holds (``staff_role``, from the one role each had) and what
each role may do (``role_permission``, the defaults of ``users.rules.roles``).  The owner
is created at the first start after this upgrade under the login "admin", so that every
change recorded as "admin" so far is theirs.

The audit log gains the approver, the workstation and refusals, and becomes append-only:
triggers refuse UPDATE and DELETE, on SQLite and PostgreSQL alike.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.models.base

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

KEPT = "audit entries cannot be changed or deleted"

# The defaults of users.rules.roles when this revision was written (a revision never
# imports the program: later code may change).
GRANTS = {
    "advisor": "customers.edit orders.reception orders.lines orders.deliver orders.cancel backup.make",
    "reception": "customers.edit orders.reception orders.lines orders.deliver orders.cancel backup.make "
                 "customers.archive customers.exchange orders.dispatch",
    "foreman": "orders.lines orders.dispatch orders.work orders.inspect clock.correct backup.make",
    "technician": "orders.work",
    "inspector": "orders.work orders.inspect",
    "washer": "orders.work",
    "parts": "parts.edit parts.receive parts.issue parts.purchase parts.count backup.make",
    "cashier": "billing.invoice billing.fapiao billing.cash orders.deliver backup.make",
    "information": "customers.edit backup.make",
    "warranty": "customers.edit orders.lines billing.fapiao",
    "insurance": "customers.edit orders.reception orders.lines",
}
ALL = ["customers.edit", "customers.archive", "customers.merge", "customers.exchange", "orders.reception", "orders.lines", "orders.discount", "orders.below_cost", "orders.dispatch", "orders.work", "orders.inspect", "orders.deliver", "orders.cancel", "parts.edit", "parts.receive", "parts.issue", "parts.purchase", "parts.count", "parts.adjust", "billing.invoice", "billing.credit", "billing.fapiao", "billing.cash", "billing.books", "backup.make", "backup.restore", "settings.edit", "users.manage", "audit.view", "clock.correct"]


def upgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('login', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('password_hash', sa.String(length=255), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('pin_hash', sa.String(length=255), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('must_change', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('failed_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('failed_at', desktop.models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('owner', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('recovery_hash', sa.String(length=255), nullable=False, server_default=''))
    op.create_index('ix_staff_login', 'staff', ['login'], unique=True)

    op.create_table('staff_role',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_role_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('staff_id', 'role', name=op.f('pk_staff_role'))
    )
    op.create_table('role_permission',
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('permission', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('role', 'permission', name=op.f('pk_role_permission'))
    )
    op.create_table('clocking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('work_order_line_id', sa.Integer(), nullable=False),
    sa.Column('started_at', desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('ended_at', desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('ended_by', sa.String(length=16), nullable=False),
    sa.Column('corrected_by', sa.String(length=64), nullable=False),
    sa.Column('correction_reason', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_clocking_staff_id_staff')),
    sa.ForeignKeyConstraint(['work_order_line_id'], ['work_order_line.id'],
                            name=op.f('fk_clocking_work_order_line_id_work_order_line'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clocking'))
    )
    op.create_index('ix_clocking_open', 'clocking', ['staff_id', 'ended_at'], unique=False)
    op.create_index(op.f('ix_clocking_staff_id'), 'clocking', ['staff_id'], unique=False)
    op.create_index(op.f('ix_clocking_work_order_line_id'), 'clocking', ['work_order_line_id'], unique=False)
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('clock_in', desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('clock_out', desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('corrected_by', sa.String(length=64), nullable=False),
    sa.Column('correction_reason', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_attendance_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    op.create_index('ix_attendance_day', 'attendance', ['staff_id', 'day'], unique=False)

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_by', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('workstation', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('outcome', sa.String(length=8), nullable=False, server_default='done'))

    # Each person holds the role they had; each role may do what it may by default.
    op.execute("INSERT INTO staff_role (staff_id, role) SELECT id, role FROM staff")
    grants = [{"role": r, "permission": p} for r, ps in GRANTS.items() for p in ps.split()]
    grants += [{"role": "manager", "permission": p} for p in ALL if p != "users.manage"]
    grants += [{"role": "admin", "permission": p} for p in ALL]
    op.bulk_insert(sa.table('role_permission', sa.column('role'), sa.column('permission')), grants)

    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION audit_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '{KEPT}' USING ERRCODE = 'integrity_constraint_violation';
        END $$""")
        op.execute("CREATE TRIGGER audit_kept BEFORE UPDATE OR DELETE ON audit_entry "
                   "FOR EACH ROW EXECUTE FUNCTION audit_kept()")
    else:
        for op_ in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_entry_no_{op_.lower()} BEFORE {op_} ON audit_entry "
                       f"BEGIN SELECT RAISE(ABORT, '{KEPT}'); END")
        # INSERT OR REPLACE deletes without firing DELETE triggers: refuse the replacing insert.
        op.execute(f"CREATE TRIGGER audit_entry_not_replaced BEFORE INSERT ON audit_entry "
                   f"WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) "
                   f"BEGIN SELECT RAISE(ABORT, '{KEPT}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_kept ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_kept()")
    else:
        for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_not_replaced"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('outcome')
        batch_op.drop_column('workstation')
        batch_op.drop_column('approved_by')
    op.drop_index('ix_attendance_day', table_name='attendance')
    op.drop_table('attendance')
    op.drop_index(op.f('ix_clocking_work_order_line_id'), table_name='clocking')
    op.drop_index(op.f('ix_clocking_staff_id'), table_name='clocking')
    op.drop_index('ix_clocking_open', table_name='clocking')
    op.drop_table('clocking')
    op.drop_table('role_permission')
    op.drop_table('staff_role')
    op.drop_index('ix_staff_login', table_name='staff')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        for column in ('recovery_hash', 'owner', 'failed_at', 'failed_count', 'must_change', 'pin_hash',
                       'password_hash', 'login'):
            batch_op.drop_column(column)
