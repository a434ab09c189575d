"""Fixtures shared by every test: a private data folder, a real database file, services.

Services run on a real SQLite file in a temporary folder; when ``SERVICEBAY_TEST_PG_URL``
names a PostgreSQL database, the database tests run there as well.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.db import Database, open_database
from desktop.services.container import Services

PG_URL = os.environ.get("SERVICEBAY_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SERVICEBAY_DATA_DIR", str(folder))
    # The credential store: a file in this folder (the program and the commands it starts share it).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.FileKeyring")
    monkeypatch.delenv("SERVICEBAY_DB", raising=False)
    return folder


def _pg_database(template: str | None = None) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (a copy of ``template`` when given), dropped
    afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    assert PG_URL
    name = "sb_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def server_names() -> Iterator[tuple[str, str]]:
    """A database name and a login name of this test's own on the test server (what the
    server setup creates), both removed afterwards."""
    from sqlalchemy import create_engine, text

    assert PG_URL
    tag = uuid.uuid4().hex[:10]
    database, login = f"sb_shop_{tag}", f"sb_login_{tag}"
    yield database, login
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()


# Every test gets a database of its own at the current schema.  Running the migrations for
# each one took a second (SQLite) to several (PostgreSQL) per test; instead the session
# migrates one template of each kind and each test starts from a copy of it.


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "shop.sqlite3"
    open_database("sqlite:///" + str(path), folder / "snaps").dispose()
    assert not path.with_name(path.name + "-wal").exists()  # checkpointed: the file alone is the shop
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    if not PG_URL:
        yield None
        return
    for url in _pg_database():
        from sqlalchemy.engine import make_url

        open_database(url).dispose()  # migrated, and no connection left: PostgreSQL copies it
        yield make_url(url).database


def fresh_sqlite(template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(template, path)
    return open_database("sqlite:///" + str(path), tmp_path / "snaps")


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path,
       pg_template: str | None) -> Iterator[Database]:
    if request.param == "sqlite":
        database = fresh_sqlite(sqlite_template, tmp_path)
        yield database
        database.dispose()
    else:
        for url in _pg_database(pg_template):
            database = open_database(url)
            yield database
            database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    database = fresh_sqlite(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.create(db, "anna")


class Workshop:
    """A small shop ready for work orders: staff, bays, the standard catalogue, one car."""

    def __init__(self, services: Services) -> None:
        from desktop.services.customers.records import CustomerForm, VehicleForm
        from desktop.services.workorders.workshop import WorkshopSetup

        setup = WorkshopSetup(services.db)
        setup.ensure_catalogue()
        self.advisor = setup.add_staff("李顾问", "advisor")
        self.tech = setup.add_staff("王师傅", "technician")
        self.tech2 = setup.add_staff("陈师傅", "technician")
        self.inspector = setup.add_staff("赵质检", "inspector")
        self.bay = setup.add_bay("1号工位")
        self.bay2 = setup.add_bay("2号工位")
        customer = services.customers.create_customer(
            CustomerForm(name="张伟", phones=["13812345678"]),
            VehicleForm(plate="粤B12345", make="大众", model="朗逸", odometer_km=10000),
        )
        self.customer_id = customer.id
        self.vehicle_id = customer.vehicles[0].id
        # The wash step (on by default) has its own tests; these go from the check to "ready".
        services.settings.set("wash_step", "off")


@pytest.fixture
def workshop(services: Services) -> Workshop:
    return Workshop(services)


@pytest.fixture
def cli_user(monkeypatch: pytest.MonkeyPatch) -> str:
    """Command-line calls on a demo shop sign in as its owner (as a script would)."""
    from desktop.demo.people import DEMO_PASSWORD

    monkeypatch.setenv("SERVICEBAY_USER", "admin")
    monkeypatch.setenv("SERVICEBAY_PASSWORD", DEMO_PASSWORD)
    return "admin"
