"""Moving a shop from its SQLite file onto the server and back: every row identical, the
invoice chain checked on both sides, the file kept untouched, and a move that fails
half-way (the server gone) leaving the shop where it was."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from desktop.config import Settings, database_url
from desktop.db import Database, open_database
from desktop.demo.shop import create_demo
from desktop.models import Base
from desktop.services.backup import server as copying
from desktop.services.system.move import (
    MoveFailed,
    MoveService,
    compare,
    fingerprint,
    holds_data,
    switch_to,
)
from tests.conftest import PG_URL, _pg_database

needs_pg = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL test server (SERVICEBAY_TEST_PG_URL)")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("move") / "demo.sqlite3"
    db = open_database("sqlite:///" + str(path))
    create_demo(db, customers=15, vehicles=20)
    db.dispose()
    return path


@pytest.fixture
def shop(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database("sqlite:///" + str(path), create=False)
    yield db
    db.dispose()


@pytest.fixture
def empty_server() -> Iterator[str]:
    assert PG_URL
    yield from _pg_database()


def _prints(db: Database) -> dict[str, tuple[int, int]]:
    return {t.name: fingerprint(db, t) for t in Base.metadata.sorted_tables}


@needs_pg
def test_the_shop_moves_onto_the_server_and_back_with_every_row_identical(
        shop: Database, empty_server: str, tmp_path: Path) -> None:
    before = _prints(shop)
    report = MoveService(shop).to_server(empty_server)
    assert report.ok and report.invoices > 0 and report.rows > 1000
    assert {c.table for c in report.tables} >= {"customer", "work_order", "invoice", "stock_movement"}
    assert _prints(shop) == before  # the file is only read
    server = open_database(empty_server)
    try:
        with server.engine.connect() as conn:  # numbering goes on after the moved ids
            nxt = conn.scalar(text("SELECT nextval(pg_get_serial_sequence('work_order', 'id'))"))
            top = conn.scalar(text("SELECT max(id) FROM work_order"))
        assert nxt == top + 1
        back = tmp_path / "back" / "shop.sqlite3"
        back.parent.mkdir()
        report_back = MoveService(server).to_file(back)
        assert report_back.ok and report_back.invoices == report.invoices
    finally:
        server.dispose()
    returned = open_database("sqlite:///" + str(back), create=False)
    try:
        checks, invoices = compare(shop, returned)
        assert [c.table for c in checks if not c.same] == []
        assert invoices == report.invoices
    finally:
        returned.dispose()


@needs_pg
def test_switching_keeps_the_password_out_of_the_settings(empty_server: str) -> None:
    url = make_url(empty_server).set(password="Geheim-2026").render_as_string(hide_password=False)
    kept = switch_to(url)
    assert "Geheim" not in kept and "Geheim" not in Settings().path.read_text(encoding="utf-8")
    assert make_url(database_url()).password == "Geheim-2026"  # put back from the credential store


def _dying_copy(admin_url: str) -> object:
    """The copy as the program does it, but the server drops the connection half-way."""
    real = copying._copy_rows

    def copy(source: Connection, sink: Connection) -> None:
        tables = Base.metadata.sorted_tables
        half = tables[: len(tables) // 2]
        saved = Base.metadata.sorted_tables
        try:
            type(Base.metadata).sorted_tables = property(lambda self: half)  # type: ignore[assignment,method-assign]
            real(source, sink)
        finally:
            type(Base.metadata).sorted_tables = property(lambda self: saved)  # type: ignore[assignment,method-assign]
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": sink.connection.info.backend_pid})
        admin.dispose()
        real(source, sink)

    return copy


@needs_pg
def test_a_move_that_fails_half_way_leaves_the_shop_where_it_was(
        shop: Database, empty_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert PG_URL
    before = _prints(shop)
    monkeypatch.setattr(copying, "_copy_rows", _dying_copy(PG_URL))
    with pytest.raises(MoveFailed) as caught:
        MoveService(shop).to_server(empty_server)
    assert caught.value.kind == "failed"
    assert "undone" in str(caught.value) and str(shop.sqlite_path) in str(caught.value)
    assert _prints(shop) == before
    assert Settings().get("database_url") == ""
    server = open_database(empty_server)
    try:
        assert not holds_data(server)  # nothing half-copied stays on the server
    finally:
        server.dispose()


@needs_pg
def test_a_server_that_already_holds_a_shop_is_not_written_over(shop: Database, empty_server: str) -> None:
    MoveService(shop).to_server(empty_server)
    with pytest.raises(MoveFailed) as caught:
        MoveService(shop).to_server(empty_server)
    assert caught.value.kind == "not-empty"


def test_a_move_while_another_program_has_the_shop_open_is_refused(shop: Database) -> None:
    assert shop.sqlite_path is not None
    other = Database("sqlite:///" + str(shop.sqlite_path))  # the window on another desk
    try:
        with pytest.raises(MoveFailed) as caught:
            MoveService(shop).to_server("postgresql+psycopg://nobody@127.0.0.1:1/none")
        assert caught.value.kind == "in-use"
        assert "window" in str(caught.value) or "Close ServiceBay" in str(caught.value)
    finally:
        other.dispose()


def test_a_shop_in_a_file_cannot_be_moved_to_a_file(shop: Database, tmp_path: Path) -> None:
    with pytest.raises(MoveFailed) as caught:
        MoveService(shop).to_file(tmp_path / "x.sqlite3")
    assert caught.value.kind == "same"


@needs_pg
def test_moving_back_never_writes_over_an_existing_file(shop: Database, empty_server: str, tmp_path: Path) -> None:
    MoveService(shop).to_server(empty_server)
    server = open_database(empty_server)
    try:
        taken = tmp_path / "taken.sqlite3"
        taken.write_bytes(b"something of somebody's")
        with pytest.raises(MoveFailed) as caught:
            MoveService(server).to_file(taken)
        assert caught.value.kind == "exists"
        assert taken.read_bytes() == b"something of somebody's"
    finally:
        server.dispose()
