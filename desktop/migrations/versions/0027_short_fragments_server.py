"""short fragments on the server

The two-character index of 0026 (``search_gram``: every two characters of every name,
lower case, and plate) on PostgreSQL too, kept by a trigger function.  The server's
trigram indexes (0024) serve three characters or more and nothing shorter, so a name of
two characters, ``zw`` or the order list's filter by a short name read every name there.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-03 05:30:00
"""

from __future__ import annotations

from alembic import op

revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None

# (kind, table, column, how the value is folded), as in 0026
GRAMS = (
    ("n", "customer", "name", "lower({v})"),
    ("p", "vehicle", "plate", "{v}"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE search_gram (kind TEXT NOT NULL, gram TEXT NOT NULL, ref INTEGER NOT NULL, "
               "PRIMARY KEY (kind, gram, ref))")
    for kind, table, column, fold in GRAMS:
        new, old = fold.format(v=f"NEW.{column}"), fold.format(v=f"OLD.{column}")
        op.execute(f"""
            CREATE FUNCTION search_gram_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.{column} IS NOT NULL THEN
                    DELETE FROM search_gram WHERE kind = '{kind}' AND ref = OLD.id AND gram IN (
                        SELECT substr({old}, n, 2) FROM generate_series(1, length(OLD.{column}) - 1) AS n);
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.{column} IS NOT NULL THEN
                    INSERT INTO search_gram (kind, gram, ref)
                    SELECT '{kind}', substr({new}, n, 2), NEW.id FROM generate_series(1, length(NEW.{column}) - 1) AS n
                    ON CONFLICT DO NOTHING;
                END IF;
                RETURN NULL;
            END $$""")
        op.execute(f"CREATE TRIGGER search_gram_{table} AFTER INSERT OR DELETE OR UPDATE OF {column} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION search_gram_{table}()")
        op.execute(f"INSERT INTO search_gram (kind, gram, ref) SELECT '{kind}', substr({fold.format(v=column)}, n, 2), "
                   f"id FROM {table}, generate_series(1, length({column}) - 1) AS n WHERE {column} IS NOT NULL "
                   "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for _kind, table, _column, _fold in GRAMS:
        op.execute(f"DROP TRIGGER IF EXISTS search_gram_{table} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_gram_{table}()")
    op.execute("DROP TABLE IF EXISTS search_gram")
