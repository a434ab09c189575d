"""Live updates: a change saved on one desk reaches the others within about a second, on
the server through LISTEN/NOTIFY and on one PC through the file's data version; a lost
server connection is reported and comes back by itself."""

from __future__ import annotations

import threading
import time

from sqlalchemy import create_engine, text

from desktop.changes import ChangeListener, notify_payload, parse, parse_payload
from desktop.db import Database, open_database, server_connect_args
from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm
from tests.conftest import PG_URL


class Heard:
    def __init__(self) -> None:
        self.changes: list[tuple[frozenset[str], dict[str, tuple[int, ...]]]] = []
        self.states: list[bool] = []
        self.event = threading.Event()

    def change(self, tables: frozenset[str], told: dict[str, tuple[int, ...]]) -> None:
        self.changes.append((tables, told))
        self.event.set()

    def state(self, connected: bool) -> None:
        self.states.append(connected)
        self.event.set()

    def wait_for(self, test: object, seconds: float = 5.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if test():  # type: ignore[operator]
                return True
            time.sleep(0.05)
        return False


def test_the_payload_names_the_tables_and_the_desk() -> None:
    tables, origin = parse_payload(notify_payload(["work_order", "customer", "work_order"], "ServiceBay PC-1 #12"))
    assert tables == {"work_order", "customer"} and origin == "ServiceBay PC-1 #12"
    assert parse_payload("not json") == (frozenset(), "")
    huge = notify_payload([f"t{i:05d}" for i in range(2000)], "x")
    assert parse_payload(huge) == (frozenset(), "x")  # too big for a notification: "anything changed"
    assert parse(notify_payload(["stock_movement"], "x", {"stock": {3, 1}}))[2] == {"stock": (1, 3)}


def _new_customer(db: Database, name: str) -> None:
    Services.create(db, "anna").customers.create_customer(CustomerForm(name=name, phones=["13912345678"]),
                                                           allow_duplicate_phone=True)


def test_a_change_on_another_desk_reaches_this_one(db: Database) -> None:
    heard = Heard()
    listener = ChangeListener(db.url, heard.change, heard.state, path=db.sqlite_path, connect_args=server_connect_args()).start()
    try:
        time.sleep(0.8)  # listening
        other = Database(db.url, announce=False)  # the counter's PC
        try:
            started = time.monotonic()
            _new_customer(other, "李四")
            assert heard.wait_for(lambda: heard.changes)
            assert time.monotonic() - started < 2.0
        finally:
            other.dispose()
        if not db.is_sqlite:
            tables = heard.changes[0][0]
            assert {"customer", "customer_phone", "audit_entry"} <= tables
    finally:
        listener.stop()
    assert not listener.running


def test_nothing_is_heard_when_nothing_changes(db: Database) -> None:
    heard = Heard()
    listener = ChangeListener(db.url, heard.change, path=db.sqlite_path).start()
    try:
        Services.create(db, "anna").search.search("李")
        time.sleep(1.2)
        assert heard.changes == []
    finally:
        listener.stop()


def test_a_desk_does_not_hear_its_own_changes_from_the_server(db: Database) -> None:
    if db.is_sqlite:
        return  # one file: every window of the PC refreshes, its own included (cheap)
    heard = Heard()
    mine = server_connect_args()["application_name"]
    listener = ChangeListener(db.url, heard.change, origin=mine, connect_args=server_connect_args()).start()
    try:
        time.sleep(0.8)
        _new_customer(db, "王五")
        time.sleep(1.2)
        assert heard.changes == []
    finally:
        listener.stop()


def test_a_lost_server_connection_is_reported_and_comes_back(db: Database) -> None:
    if db.is_sqlite or not PG_URL:
        return
    heard = Heard()
    listener = ChangeListener(db.url, heard.change, heard.state, path=db.sqlite_path, connect_args=server_connect_args()).start()
    try:
        time.sleep(0.8)
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the server drops the listener (a restart, a cable)
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' "
                              "AND datname = :d"), {"d": db.engine.url.database})
        admin.dispose()
        assert heard.wait_for(lambda: False in heard.states, 8)
        assert heard.wait_for(lambda: heard.states[-1] is True, 10)
        other = open_database(db.url)
        try:
            _new_customer(other, "赵六")
        finally:
            other.dispose()
        assert heard.wait_for(lambda: heard.changes, 5)  # listening again
    finally:
        listener.stop()


def test_a_save_after_the_server_dropped_the_connections_goes_through(db: Database) -> None:
    """A server restart mid-shift: the next save reconnects by itself."""
    if db.is_sqlite or not PG_URL:
        return
    _new_customer(db, "钱一")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d "
                          "AND pid <> pg_backend_pid()"), {"d": db.engine.url.database})
    admin.dispose()
    _new_customer(db, "钱二")
    assert [r.name for r in Services.create(db, "anna").search.search("钱二")] == ["钱二"]


def test_a_save_with_the_server_gone_says_so_and_saves_nothing() -> None:
    import socket

    import pytest

    from desktop.services.core.uow import StorageProblem

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gone = Database(f"postgresql+psycopg://servicebay:x@127.0.0.1:{port}/servicebay", announce=False)
    try:
        with pytest.raises(StorageProblem) as caught:
            _new_customer(gone, "孙三")
        assert caught.value.kind == "unreachable"
        assert "Nothing was saved" in str(caught.value)
    finally:
        gone.dispose()


def test_watching_the_file_holds_no_handle_that_would_block_a_restore_on_windows(sqlite_db: Database) -> None:
    """Windows cannot replace a file someone has open; a restore swaps the shop's file."""
    import os
    from pathlib import Path

    import pytest

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to list this process's open files")
    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.engine.dispose()  # the program's own connections close before a swap
    listener = ChangeListener(sqlite_db.url, lambda *_a: None, path=sqlite_db.sqlite_path).start()
    try:
        time.sleep(1.2)
        held = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                held.add(os.path.realpath(f"/proc/self/fd/{fd}"))
            except OSError:
                continue
        assert not {str(path.resolve()), str(path.resolve()) + "-wal"} & held
    finally:
        listener.stop()
