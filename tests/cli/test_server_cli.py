"""``servicebay server``: a helper with a script sets up the server, moves the shop onto it,
checks its status and moves it back, with the same checks and messages as the window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.__main__ import main
from desktop.config import Settings
from desktop.db import open_database
from tests.conftest import PG_URL

needs_pg = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL test server (SERVICEBAY_TEST_PG_URL)")


def test_status_of_a_shop_in_a_file(sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, shop)
    assert main(["server", "status", "--db", str(shop)]) == 0
    out = capsys.readouterr().out
    assert str(shop) in out and "SQLite" in out  # in the language of the settings (Chinese by default)


def test_a_move_needs_to_know_where(sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, shop)
    assert main(["server", "move", "--db", str(shop)]) == 2
    assert "--to-sqlite" in capsys.readouterr().err
    assert main(["server", "connect", "--host", "", "--port", "99999"]) == 2  # no password, nothing done


@needs_pg
def test_setup_move_status_and_back(server_names: tuple[str, str], sqlite_template: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert PG_URL
    database, login = server_names
    url = make_url(PG_URL)
    shop = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, shop)
    db = open_database("sqlite:///" + str(shop), create=False)
    from desktop.services.container import Services
    from desktop.services.customers.records import CustomerForm

    Services.create(db, "anna").customers.create_customer(CustomerForm(name="王小明", phones=["13800138000"]))
    db.dispose()
    monkeypatch.setenv("SERVICEBAY_SERVER_PASSWORD", "Werkstatt-2026")
    assert main(["server", "setup", "--admin", PG_URL, "--database", database, "--login", login]) == 0
    assert database in capsys.readouterr().out
    target = f"postgresql://{login}@{url.host}:{url.port}/{database}"
    assert main(["server", "move", "--db", str(shop), "--to", target]) == 0
    out = capsys.readouterr().out
    assert str(shop) in out  # the old data left untouched there
    kept = Settings().get("database_url")
    assert login in kept and "Werkstatt" not in kept  # the password went to the credential store
    assert main(["server", "status"]) == 0  # opens the server from the settings
    out = capsys.readouterr().out
    assert f"{url.host}:{url.port}/{database}" in out and "PostgreSQL" in out
    back = tmp_path / "back.sqlite3"
    assert main(["server", "move", "--to-sqlite", str(back)]) == 0
    assert Settings().get("database_url").endswith("back.sqlite3")
    returned = open_database("sqlite:///" + str(back), create=False)
    try:
        names_there = Services.create(returned, "anna").search.search("王小明")
        assert [r.name for r in names_there] == ["王小明"]
    finally:
        returned.dispose()
