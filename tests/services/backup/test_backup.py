"""Backup and restore: consistent, verified, refused when anything is wrong, and never
leaving the current data half-replaced."""

import hashlib
import json
import os
import shutil
import sqlite3
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.db import Database, open_database
from desktop.demo.shop import create_demo
from desktop.services.backup import (
    MAGIC,
    BackupError,
    BackupService,
    backups_in,
    plan_rotation,
    read_manifest,
)
from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.service import CustomerService


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop built once; each test gets its own copy of the file (the tests restore
    and mutilate)."""
    folder = tmp_path_factory.mktemp("demo-template")
    db = open_database("sqlite:///" + str(folder / "shop.sqlite3"), folder / "snaps")
    create_demo(db, customers=40, vehicles=50)
    db.dispose()  # the last connection closes: the WAL is checkpointed into the file
    assert not (folder / "shop.sqlite3-wal").exists() or (folder / "shop.sqlite3-wal").stat().st_size == 0
    return folder / "shop.sqlite3"


@pytest.fixture
def shop(demo_file: Path, tmp_path: Path) -> Database:
    shutil.copyfile(demo_file, tmp_path / "shop.sqlite3")
    db = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"), tmp_path / "snaps")
    yield db
    db.dispose()


def service(db: Database, tmp_path: Path) -> BackupService:
    return BackupService(db, tmp_path / "snaps")


def test_round_trip_equals_the_original_row_for_row(shop: Database, tmp_path: Path) -> None:
    live = shop.sqlite_path
    assert live is not None
    before = rows(live)
    result = service(shop, tmp_path).backup(tmp_path / "usb", shop_name="示范店")
    assert result.path.parent == tmp_path / "usb" and result.path.suffix == ".sbk"
    # the 40 of the demo and the shop's own file its new cars in stock stand under
    assert result.manifest.row_counts["customer"] == 41 and result.manifest.shop_name == "示范店"
    assert not list((tmp_path / "usb").glob("*.part"))
    CustomerService(shop).create_customer(CustomerForm(name="后来的人"))
    assert rows(live) != before
    service(shop, tmp_path).restore(result.path)
    db = open_database("sqlite:///" + str(live))
    db.dispose()
    assert rows(live) == before
    snaps = list((tmp_path / "snaps").glob("*before-restore*"))
    assert len(snaps) == 1 and any(r[2] == "后来的人" for r in rows(snaps[0])["customer"])


def test_backup_while_another_thread_writes_is_a_consistent_snapshot(shop: Database, tmp_path: Path) -> None:
    from desktop.services.workorders.records import LineForm, ReceptionForm
    from desktop.services.workorders.service import WorkOrderService

    stop = threading.Event()
    errors: list[BaseException] = []
    vehicle_id = 1

    def writer() -> None:
        db = Database(shop.url)
        orders = WorkOrderService(db)
        km = 300_000
        try:
            while not stop.is_set():
                km += 10
                o = orders.open_order(ReceptionForm(vehicle_id=vehicle_id, odometer_km=km, concern="并发",
                                                    allow_lower_odometer=True, odometer_reason="测试"))
                orders.add_line(o.id, o.version, LineForm("labour", "检查", "0.5"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = [service(shop, tmp_path).backup(tmp_path / "usb", keep_last=10) for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    assert errors == []
    for result in results:
        copy = tmp_path / f"check-{result.path.stem}.sqlite3"
        BackupService(Database("sqlite:///" + str(copy)))._extract(result.path, None, copy)
        con = sqlite3.connect(copy)
        # Every order in the copy has its opening event, and the counter is past every number.
        assert con.execute("SELECT count(*) FROM work_order o WHERE NOT EXISTS "
                           "(SELECT 1 FROM work_order_event e WHERE e.work_order_id = o.id)").fetchone() == (0,)
        top = con.execute("SELECT max(seq), year FROM work_order GROUP BY year ORDER BY year DESC").fetchone()
        nxt = con.execute("SELECT next_value FROM number_sequence WHERE name = ?", (f"WO{top[1]}",)).fetchone()
        assert nxt[0] == top[0] + 1
        con.close()


def _mutilate(kind: str, good: Path, out: Path, tmp_path: Path) -> Path:
    data = bytearray(good.read_bytes())
    manifest, payload = read_manifest(good)
    if kind == "empty":
        data = bytearray()
    elif kind == "text file":
        data = bytearray("这不是备份文件\n".encode() * 50)
    elif kind == "plain database":
        data = bytearray(data[:payload])  # a bare SQLite file, no manifest
    elif kind == "truncated half":
        data = data[: len(data) // 2]
    elif kind == "truncated before trailer":
        data = data[:-10]
    elif kind == "flipped byte in payload":
        data[payload // 2] ^= 0xFF
    elif kind == "flipped byte in header page":
        data[100] ^= 0x01
    elif kind == "flipped byte in manifest":
        data[payload + 5] ^= 0x20
    elif kind == "manifest does not match":
        fields = dict(manifest.__dict__)
        fields["row_counts"] = {**manifest.row_counts, "customer": manifest.row_counts["customer"] + 1}
        raw = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()
        data = data[:payload] + raw + hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "big") + MAGIC
    elif kind == "newer program":
        fields = dict(manifest.__dict__)
        fields["format"] = 99
        raw = json.dumps(fields, sort_keys=True).encode()
        data = data[:payload] + raw + hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "big") + MAGIC
    elif kind == "newer schema inside":
        copy = tmp_path / "newer.sqlite3"
        copy.write_bytes(bytes(data[:payload]))
        con = sqlite3.connect(copy)
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
        body = copy.read_bytes()
        fields = dict(manifest.__dict__)
        fields["payload_size"] = len(body)
        fields["payload_sha256"] = hashlib.sha256(body).hexdigest()
        raw = json.dumps(fields, sort_keys=True).encode()
        data = bytearray(body) + raw + hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "big") + MAGIC
    elif kind == "garbage appended":
        data += b"\x00garbage"
    out.write_bytes(bytes(data))
    return out


MUTILATIONS = ["empty", "text file", "plain database", "truncated half", "truncated before trailer",
               "flipped byte in payload", "flipped byte in header page", "flipped byte in manifest",
               "manifest does not match", "newer program", "newer schema inside", "garbage appended"]


@pytest.mark.parametrize("kind", MUTILATIONS)
def test_a_mutilated_backup_is_refused_and_the_data_untouched(shop: Database, tmp_path: Path, kind: str) -> None:
    live = shop.sqlite_path
    assert live is not None
    good = service(shop, tmp_path).backup(tmp_path / "usb").path
    bad = _mutilate(kind, good, tmp_path / "bad.sbk", tmp_path)
    shop.dispose()
    before = digest(live)
    with pytest.raises(BackupError) as info:
        service(shop, tmp_path).verify(bad)
    assert info.value.message.render()
    with pytest.raises(BackupError):
        service(shop, tmp_path).restore(bad)
    assert digest(live) == before
    assert not list(live.parent.glob(".*restore*")) and not list(live.parent.glob(".*tmp-*"))


def test_encryption_round_trip_and_wrong_passphrase(shop: Database, tmp_path: Path) -> None:
    live = shop.sqlite_path
    assert live is not None
    before = rows(live)
    result = service(shop, tmp_path).backup(tmp_path / "usb", passphrase="车行的秘密 2026")
    raw = result.path.read_bytes()
    payload = raw[: result.manifest.payload_size]
    assert b"SQLite format 3" not in payload
    # No phone number of the shop (11 digits: far too long to occur in ciphertext by chance).
    phones = [r[0] for r in sqlite3.connect(live).execute("SELECT digits FROM customer_phone")]
    assert phones and not any(p.encode() in payload for p in phones)
    assert result.manifest.encrypted and "secret" not in json.dumps(result.manifest.encryption)
    for wrong, kind in ((None, "needs-passphrase"), ("wrong", "passphrase")):
        with pytest.raises(BackupError) as info:
            service(shop, tmp_path).verify(result.path, wrong)
        assert info.value.kind == kind
    tampered = tmp_path / "tampered.sbk"
    data = bytearray(raw)
    data[1000] ^= 0x01
    tampered.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        service(shop, tmp_path).verify(tampered, "车行的秘密 2026")
    CustomerService(shop).create_customer(CustomerForm(name="后来的人"))
    snapshots = tmp_path / "snaps"
    before_tries = set(snapshots.glob("*before-restore*")) if snapshots.exists() else set()
    for wrong in ("wrong", "still wrong"):  # a refused restore leaves no safety copy behind
        with pytest.raises(BackupError):
            service(shop, tmp_path).restore(result.path, wrong)
    assert (set(snapshots.glob("*before-restore*")) if snapshots.exists() else set()) == before_tries
    service(shop, tmp_path).restore(result.path, "车行的秘密 2026")
    assert rows(live) == before
    assert len(set(snapshots.glob("*before-restore*")) - before_tries) == 1


def test_rotation_keeps_the_last_ten_and_one_a_month() -> None:
    start = datetime(2025, 1, 1, 18, 0)
    stamps = [start + timedelta(days=3 * i) for i in range(200)]  # 600 days of backups
    keep = plan_rotation(stamps)
    newest = sorted(stamps)[-10:]
    assert set(newest) <= keep
    months = {(s.year, s.month) for s in keep}
    assert len(months) >= 12 and len(keep) <= 10 + 12
    assert max(stamps) in keep
    assert plan_rotation([start]) == {start}  # never the only one
    assert plan_rotation([], 10) == set()


def test_rotation_on_the_drive(shop: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for i in range(14):
        (usb / f"servicebay-20260{1 + i // 5}{10 + i:02d}-120000.sbk").write_bytes(b"old")
    dead = usb / ".servicebay-20260101-000000.sbk.dead.part"
    dead.write_bytes(b"pulled out")
    os.utime(dead, (time.time() - 7200, time.time() - 7200))  # pulled out two hours ago
    (usb / "photos.jpg").write_bytes(b"not ours")
    result = service(shop, tmp_path).backup(usb, keep_last=3)
    names = {p.name for _, p in backups_in(usb)}
    assert result.path.name in names and len(names) == 3 + 2  # last 3, and one per older month
    assert (usb / "photos.jpg").exists() and not list(usb.glob("*.part"))


def test_a_drive_that_cannot_be_written_is_a_clear_message(shop: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupError) as info:
        service(shop, tmp_path).backup(blocker / "usb")
    assert info.value.kind == "target"
    # A drive that refuses every write (read-only, or gone): emulated the same way on every
    # system (as root, and on Windows, no real folder refuses us reliably).
    import errno

    from desktop.services.backup import service as backup_service

    real = Path.mkdir

    def refuse(self: Path, *a: object, **k: object) -> None:
        if "readonly-usb" in str(self):
            raise PermissionError(errno.EACCES, "Access is denied")
        real(self, *a, **k)  # type: ignore[arg-type]

    Path.mkdir = refuse  # type: ignore[assignment, method-assign]
    try:
        with pytest.raises(BackupError) as info:
            service(shop, tmp_path).backup(tmp_path / "readonly-usb")
    finally:
        Path.mkdir = real  # type: ignore[method-assign]
    assert info.value.kind == "target" and "Access is denied" in info.value.message.render()
    assert backup_service  # the module under test


def table_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import select

    from desktop.models import Base

    with db.read() as s:
        return {t.name: sorted((tuple(r) for r in s.execute(select(t))), key=repr)
                for t in Base.metadata.sorted_tables}


def test_the_server_database_backs_up_and_restores_on_either_kind(services: Services, tmp_path: Path) -> None:
    """On PostgreSQL (several workstations) as on SQLite: a consistent copy in the same
    archive, restored row for row; a server's backup also restores on a single PC."""
    db = services.db
    create_demo(db, customers=25, vehicles=30)
    before = table_rows(db)
    result = BackupService(db, tmp_path / "snaps").backup(tmp_path / "usb")
    assert result.manifest.row_counts["customer"] == 26 and result.manifest.shop_name  # and the stock file
    CustomerService(db).create_customer(CustomerForm(name="备份之后"))
    assert table_rows(db) != before
    BackupService(db, tmp_path / "snaps").restore(result.path)
    if db.sqlite_path is not None:
        db = open_database("sqlite:///" + str(db.sqlite_path), tmp_path / "snaps")
    assert table_rows(db) == before  # every table, the trigger-kept stock summaries included
    if db.sqlite_path is None:
        assert list((tmp_path / "snaps").glob("server-*-before-restore.sqlite3"))  # the safety copy
        new_id = CustomerService(db).create_customer(CustomerForm(name="恢复之后")).id
        assert new_id == max(r[0] for r in before["customer"]) + 1  # ids continue after the restored ones
    single_pc = open_database("sqlite:///" + str(tmp_path / "new-pc.sqlite3"), tmp_path / "snaps-pc")
    try:
        BackupService(single_pc, tmp_path / "snaps-pc").restore(result.path)
        single_pc = open_database("sqlite:///" + str(tmp_path / "new-pc.sqlite3"), tmp_path / "snaps-pc")
        assert {k: len(v) for k, v in table_rows(single_pc).items()} == {k: len(v) for k, v in before.items()}
    finally:
        single_pc.dispose()
    if db is not services.db:
        db.dispose()


def test_a_killed_process_s_reference_folder_is_swept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reference schema folder left by a process killed while making it goes once it is an
    hour old; a fresh one (another process at work) stays."""
    import os
    import time

    from desktop.services.backup import payload

    monkeypatch.setattr(payload.tempfile, "gettempdir", lambda: str(tmp_path))
    old, fresh = tmp_path / "servicebay-schema-old1", tmp_path / "servicebay-schema-new1"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "reference.sqlite3").write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert payload._sweep_stale() == 1
    assert not old.exists() and fresh.exists()


def test_the_newest_change_is_read_through_indexes_not_whole_tables(sqlite_db: Database) -> None:
    """The backup reminder asks it at every start and closing: one index step per table."""
    from sqlalchemy import text

    with sqlite_db.engine.connect() as conn:
        for table in ("customer", "vehicle", "work_order", "part"):
            steps = " ".join(row[-1] for row in conn.execute(text(
                f"EXPLAIN QUERY PLAN SELECT max(updated_at) FROM {table}")))
            assert f"ix_{table}_updated_at" in steps and "SCAN" not in steps.replace("COVERING INDEX", ""), steps

