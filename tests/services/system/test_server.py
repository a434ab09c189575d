"""The shop's server: the address typed in the wizard, the setup on the PC that holds the
data (the program's login and database, the trigram extension, the schema), a second PC
connecting with the program's login, and what is said when a server cannot be used.

The setup tests run against the real PostgreSQL the test command starts, where every login
but the administrator must give its password (``scripts/pg-test-server.sh``)."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.db import HEAD, open_database
from desktop.services.core.errors import ValidationFailed
from desktop.services.system.server import (
    ServerAddress,
    ServerProblem,
    check_address,
    install_hint,
    probe,
    set_up,
)
from tests.conftest import PG_URL

needs_pg = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL test server (SERVICEBAY_TEST_PG_URL)")


def test_the_typed_address_is_checked_field_by_field() -> None:
    with pytest.raises(ValidationFailed) as caught:
        check_address(" ", "70000", "Shop DB", "1x", "short")
    assert set(caught.value.errors) == {"host", "port", "database", "login", "password"}
    address = check_address(" 192.168.1.10 ", " 5432", password="long enough")
    assert address == ServerAddress("192.168.1.10", 5432, "servicebay", "servicebay")
    assert ServerAddress.of(address.url("p@ss:w/rd")) == address
    assert make_url(address.url("p@ss:w/rd")).password == "p@ss:w/rd"


def test_no_server_at_the_address_is_said_in_plain_words() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ServerProblem) as caught:
        probe(ServerAddress("127.0.0.1", port).url("whatever1"))
    assert caught.value.kind == "unreachable"
    assert f"127.0.0.1:{port}/servicebay" in str(caught.value)


def test_how_to_install_a_server_is_told_per_system() -> None:
    assert "Windows installer" in str(install_hint("Windows"))
    assert "apt install postgresql" in str(install_hint("Linux"))


@pytest.fixture
def shop_address(server_names: tuple[str, str]) -> ServerAddress:
    """The test server, with a database and a login of this test's own."""
    assert PG_URL
    url = make_url(PG_URL)
    return ServerAddress(url.host or "127.0.0.1", url.port or 5432, *server_names)


@needs_pg
def test_the_setup_makes_the_login_and_the_database_and_a_second_pc_connects(shop_address: ServerAddress) -> None:
    assert PG_URL
    info = probe(PG_URL)
    assert info.superuser and info.may_create and info.version_num >= 120000
    report = set_up(PG_URL, shop_address, "Werkstatt-2026")
    assert report.created_login and report.created_database and report.trigram
    assert report.revision == HEAD
    # A second PC: the program's login with its password, nothing else.
    seen = probe(shop_address.url("Werkstatt-2026"))
    assert not seen.superuser and not seen.may_create
    db = open_database(shop_address.url("Werkstatt-2026"))
    try:
        with db.engine.connect() as conn:
            indexes = set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")))
            owner = conn.scalar(text("SELECT tableowner FROM pg_tables WHERE tablename = 'work_order'"))
        assert indexes == {"ix_vehicle_plate_trgm", "ix_customer_name_trgm", "ix_customer_phone_digits_trgm"}
        assert owner == shop_address.login
    finally:
        db.dispose()
    with pytest.raises(ServerProblem) as caught:
        probe(shop_address.url("wrong-password"))
    assert caught.value.kind == "login"
    # Running it again is safe: the login gets the new password, the data stays.
    again = set_up(PG_URL, shop_address, "Neues-Passwort-1")
    assert not again.created_login and not again.created_database
    probe(shop_address.url("Neues-Passwort-1"))


@needs_pg
def test_a_login_that_may_not_create_databases_cannot_set_up(shop_address: ServerAddress) -> None:
    assert PG_URL
    set_up(PG_URL, shop_address, "Werkstatt-2026")
    with pytest.raises(ServerProblem) as caught:
        set_up(shop_address.url("Werkstatt-2026"), ServerAddress(shop_address.host, shop_address.port,
                                                                 shop_address.database + "x", "other"), "Passwort-22")
    assert caught.value.kind == "rights"


@needs_pg
def test_a_database_that_is_not_there_is_named(shop_address: ServerAddress) -> None:
    assert PG_URL
    set_up(PG_URL, shop_address, "Werkstatt-2026")
    missing = ServerAddress(shop_address.host, shop_address.port, "no_such_shop", shop_address.login)
    with pytest.raises(ServerProblem) as caught:
        probe(missing.url("Werkstatt-2026"))
    assert caught.value.kind == "no-database"


def test_the_health_says_where_what_how_big_and_who(db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.system.health import health

    h = health(db)
    assert h.size_bytes > 0 and h.version
    assert h.on_server == (not db.is_sqlite)
    assert [d for d in h.desks if d.this_one], h.desks
    if h.on_server:
        assert h.trigram and h.where.endswith("/" + db.engine.url.database)
    else:
        assert h.where == str(db.sqlite_path)


def test_a_workstation_name_in_chinese_travels_intact_in_the_connection_name() -> None:
    from desktop.db import APP_PREFIX, ascii_name, name_of

    for name in ("前台1", "配件仓库二号工位电脑", "PC-1", "车间" * 20):
        sent = ascii_name(name)
        assert sent.isascii() and len(APP_PREFIX + sent + " #4194304") <= 63
        assert name.startswith(name_of(sent)) and (len(name) > 10 or name_of(sent) == name)


def test_the_desks_on_the_server_are_named_as_the_shop_named_them(db) -> None:  # type: ignore[no-untyped-def]
    if db.is_sqlite:
        return
    from desktop.config import set_workstation_name
    from desktop.db import Database
    from desktop.services.system.health import health

    set_workstation_name("前台1")
    desk = Database(db.url, announce=False)  # started after it was named
    try:
        assert any(d.computer == "前台1" and d.this_one for d in health(desk).desks)
    finally:
        desk.dispose()
