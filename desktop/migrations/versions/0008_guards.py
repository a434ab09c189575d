"""guards: numbers in range, and issued invoices safe from INSERT OR REPLACE

The services check every number against ``rules.limits``; these guards are the last line,
for anything written behind the program's back.  On SQLite they are triggers (a CHECK
constraint would mean rebuilding the tables); on PostgreSQL, CHECK constraints that are
``NOT VALID`` (rows already there are not re-checked, new ones are).

SQLite's ``INSERT OR REPLACE`` deletes the conflicting row without firing the DELETE
triggers that keep issued invoices, their lines and payments: a BEFORE INSERT trigger now
refuses any insert that would replace one.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# (table, column, low, high) in stored units: money in fen.
RANGES = [
    ("part", "price", 0, 100_000_000),
    ("part", "cost", 0, 100_000_000),
    ("stock_movement", "unit_cost", 0, 100_000_000),
    ("stock_movement", "quantity", -1_000_000, 1_000_000),
    ("purchase_order_line", "unit_cost", 0, 100_000_000),
    ("purchase_order_line", "quantity", 0, 100_000),
    ("work_order_line", "unit_price", 0, 100_000_000),
    ("work_order_line", "unit_cost", 0, 100_000_000),
    ("work_order_line", "quantity", 0, 100_000),
    ("work_order_line", "discount_pct", 0, 100),
    ("work_order", "odometer_km", 0, 2_000_000),
]
KEEP = "an issued invoice, its lines and payments cannot be replaced"
REPLACE_GUARDS = {
    "invoice": "id = NEW.id OR number = NEW.number OR chain_pos = NEW.chain_pos "
               "OR (series = NEW.series AND year = NEW.year AND seq = NEW.seq)",
    "invoice_line": "id = NEW.id",
    "payment": "id = NEW.id",
}


def _name(table: str, column: str) -> str:
    return f"ck_{table}_{column}_range"


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for table, column, low, high in RANGES:
            when = f"NEW.{column} NOT BETWEEN {low} AND {high}"
            message = f"{table}.{column} out of range"
            op.execute(f"CREATE TRIGGER {_name(table, column)}_insert BEFORE INSERT ON {table} WHEN {when} "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
            op.execute(f"CREATE TRIGGER {_name(table, column)}_update BEFORE UPDATE OF {column} ON {table} "
                       f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END")
        for table, clash in REPLACE_GUARDS.items():
            op.execute(f"CREATE TRIGGER {table}_not_replaced BEFORE INSERT ON {table} "
                       f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {clash}) "
                       f"BEGIN SELECT RAISE(ABORT, '{KEEP}'); END")
    else:
        for table, column, low, high in RANGES:
            op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {_name(table, column)} "
                       f"CHECK ({column} BETWEEN {low} AND {high}) NOT VALID")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for table, column, _low, _high in RANGES:
            op.execute(f"DROP TRIGGER IF EXISTS {_name(table, column)}_insert")
            op.execute(f"DROP TRIGGER IF EXISTS {_name(table, column)}_update")
        for table in REPLACE_GUARDS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_not_replaced")
    else:
        for table, column, _low, _high in RANGES:
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {_name(table, column)}")
