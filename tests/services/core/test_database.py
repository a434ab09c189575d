import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, inspect, text

from desktop.db import (
    Database,
    NotADatabase,
    SchemaTooNew,
    head_revision,
    open_database,
    snapshot_sqlite,
    upgrade,
)
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.service import CustomerService


def test_migration_from_an_empty_file_creates_every_table(tmp_path: Path) -> None:
    db = open_database("sqlite:///" + str(tmp_path / "new.sqlite3"), tmp_path / "snaps")
    tables = set(inspect(db.engine).get_table_names())
    assert {"customer", "vehicle", "customer_phone", "odometer_reading", "vehicle_ownership",
            "audit_entry", "alembic_version"} <= tables
    assert not (tmp_path / "snaps").exists()  # nothing to keep from an empty file
    db.dispose()


def test_sqlite_is_opened_durable(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_writes_take_the_lock_at_begin(sqlite_db: Database) -> None:
    seen: list[str] = []
    event.listen(sqlite_db.engine, "before_cursor_execute",
                 lambda conn, cur, stmt, *a: seen.append(stmt))
    CustomerService(sqlite_db).create_customer(CustomerForm(name="张伟"))
    assert seen[0] == "BEGIN IMMEDIATE"


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database("sqlite:///" + str(path)).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        open_database("sqlite:///" + str(path), tmp_path / "snaps")
    assert info.value.revision == "9999_from_the_future"
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_bytes(b"Dear customer, this is not a database. " * 100)
    before = path.read_bytes()
    with pytest.raises(NotADatabase):
        open_database("sqlite:///" + str(path))
    assert path.read_bytes() == before


def test_upgrade_at_head_is_a_no_op(sqlite_db: Database, tmp_path: Path) -> None:
    result = upgrade(sqlite_db, tmp_path / "snaps")
    assert result.before == result.after == head_revision()
    assert result.snapshot is None


def test_an_older_database_is_copied_aside_before_upgrading(tmp_path: Path) -> None:
    """A file that holds data but no revision yet (an older layout) is snapshotted first."""
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO legacy_note (text) VALUES ('keep me')")
    con.commit()
    con.close()
    db = Database("sqlite:///" + str(path))
    result = upgrade(db, tmp_path / "snaps")
    db.dispose()
    assert result.before is None and result.snapshot is not None
    copy = sqlite3.connect(result.snapshot)
    assert copy.execute("SELECT text FROM legacy_note").fetchone() == ("keep me",)
    copy.close()


def test_snapshot_is_a_consistent_checked_copy(sqlite_db: Database, tmp_path: Path) -> None:
    CustomerService(sqlite_db).create_customer(CustomerForm(name="张伟", phones=["13812345678"]))
    assert sqlite_db.sqlite_path is not None
    snap = snapshot_sqlite(sqlite_db.sqlite_path, tmp_path / "snaps", "test")
    con = sqlite3.connect(snap)
    assert con.execute("SELECT name FROM customer").fetchall() == [("张伟",)]
    con.close()


def test_a_database_from_every_earlier_revision_upgrades_without_loss(tmp_path: Path) -> None:
    """Databases at each earlier schema revision (from the Alembic history), with data,
    are snapshotted and upgraded to the head; nothing is lost."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from desktop.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))][:-1]
    assert revisions, "there is an earlier revision to upgrade from"
    for revision in revisions:
        path = tmp_path / f"at-{revision}.sqlite3"
        url = "sqlite:///" + str(path)
        command.upgrade(alembic_config(url), revision)
        con = sqlite3.connect(path)
        con.execute("INSERT INTO customer (kind, name, initials, address, tax_id, notes, preferred_contact, "
                    "consent_contact, archive_reason, created_at, created_by, updated_at, updated_by, version) "
                    "VALUES ('person', '老客户', 'lkh', '', '', '升级前', 'phone', 1, '', "
                    "'2025-01-01 00:00:00', 'old', '2025-01-01 00:00:00', 'old', 1)")
        if revision >= "0003":  # the parts ledger exists: a part with stock
            con.execute("INSERT INTO part (number, name, brand, oem, unit, bin, pack_size, min_order, cost, price, "
                        "abc_class, archived, created_at, created_by, updated_at, updated_by, version) VALUES "
                        "('OLD-1', '旧配件', '', 1, '件', 'A-01', 1, 0, 1000, 1500, 'C', 0, '2025-01-01 00:00:00', "
                        "'old', '2025-01-01 00:00:00', 'old', 1)")
            for qty, kind in ((5, "receipt"), (-2, "issue")):
                con.execute("INSERT INTO stock_movement (part_id, at, week, kind, quantity, unit_cost, reason, user) "
                            "VALUES (1, '2025-01-02 00:00:00', 2873, ?, ?, 1000, '', 'old')", (kind, qty))
        counts_before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                         for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")}
        con.commit()
        con.close()
        snaps = tmp_path / f"snaps-{revision}"
        db = open_database(url, snaps)
        try:
            assert upgrade(db, snaps).before == head_revision()
            detail = CustomerService(db).get_customer(1)
            assert (detail.name, detail.notes) == ("老客户", "升级前")
            if revision >= "0003":
                from desktop.services.parts.service import PartsService

                stock = PartsService(db).find("OLD-1")
                assert stock is not None and stock.on_hand == 3 and stock.cost == Decimal("10.00")
            with db.read() as s:
                for table, count in counts_before.items():
                    after = s.scalar(text(f"SELECT count(*) FROM {table}"))
                    if table == "role_permission":  # later revisions grant their new permissions
                        assert after >= count, table
                    else:
                        assert after == count, table
        finally:
            db.dispose()
        (snapshot,) = snaps.glob(f"*before-{revision}*")
        copy = sqlite3.connect(snapshot)
        assert copy.execute("SELECT name FROM customer").fetchall() == [("老客户",)]
        copy.close()
