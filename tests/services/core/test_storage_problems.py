"""Failures of the storage itself are told apart from bugs: a plain message, nothing saved."""

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.db import Database, open_database
from desktop.services.core.uow import StorageProblem, classify
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.search import SearchService
from desktop.services.customers.service import CustomerService


def test_a_database_locked_by_another_workstation_is_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database("sqlite:///" + str(path)).dispose()
    db = Database("sqlite:///" + str(path), busy_timeout_ms=200)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the other PC is in the middle of a long save
    try:
        with pytest.raises(StorageProblem) as info:
            CustomerService(db).create_customer(CustomerForm(name="张伟"))
        assert info.value.kind == "locked" and "try again" in info.value.message.render()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert SearchService(db).count() == 0
    CustomerService(db).create_customer(CustomerForm(name="张伟"))  # and then it works
    assert SearchService(db).count() == 1
    db.dispose()


def test_writers_wait_for_each_other_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database("sqlite:///" + str(path)).dispose()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        db = Database("sqlite:///" + str(path))
        try:
            for i in range(15):
                CustomerService(db).create_customer(CustomerForm(name=f"客户{n}-{i}"))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = Database("sqlite:///" + str(path))
    assert SearchService(db).count() == 45
    db.dispose()


def test_read_only_database(tmp_path: Path) -> None:
    """A database that cannot be written (read-only share, write-protected drive): opened
    here through SQLite's read-only mode, which refuses writes even to root."""
    path = tmp_path / "shop.sqlite3"
    open_database("sqlite:///" + str(path)).dispose()
    db = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with pytest.raises(StorageProblem) as info:
            CustomerService(db).create_customer(CustomerForm(name="张伟"))
        assert info.value.kind == "read-only"
        assert SearchService(db).count() == 0  # reading still works
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("text", "kind"),
    [("database is locked", "locked"), ("attempt to write a readonly database", "read-only"),
     ("database or disk is full", "full"), ("disk I/O error", "io"),
     ("database disk image is malformed", "damaged"),
     ('connection to server at "10.0.0.5", port 5432 failed: Connection refused', "unreachable"),
     ("UNIQUE constraint failed: vehicle.plate", None)],
)
def test_classification(text: str, kind: str | None) -> None:
    assert classify(Exception(text)) == kind


def test_a_record_another_desk_saved_in_between_is_a_stale_edit(db: Database) -> None:
    """The version is checked by the database itself (the UPDATE matches the version read),
    so even a change that slipped in after the service compared versions is refused."""
    from sqlalchemy import text

    from desktop.models import Customer
    from desktop.services.core.errors import StaleEdit
    from desktop.services.core.uow import writing

    made = CustomerService(db).create_customer(CustomerForm(name="张伟"))
    with pytest.raises(StaleEdit), writing(db, "lina") as s:
        customer = s.get(Customer, made.id)
        assert customer is not None
        s.execute(text("UPDATE customer SET version = version + 1 WHERE id = :i"), {"i": made.id})
        customer.name = "张伟伟"
    with writing(db, "lina") as s:
        kept = s.get(Customer, made.id)
        assert kept is not None and kept.name == "张伟"
