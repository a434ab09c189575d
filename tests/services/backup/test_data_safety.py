"""Nothing acknowledged is lost, nothing foreign gets in (issue 14): restore against an open
shop, foreign and altered backups, damaged manifests, paths with # and %, empty shops,
drives that are full, FAT32 or read-only, and the shop's own place at start."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop import volumes
from desktop.db import (
    Database,
    FolderReadOnly,
    NetworkLocation,
    NotADatabase,
    ShopLocked,
    ShopMissing,
    check_place,
    open_database,
)
from desktop.presence import clean_workspaces, holding, others, workspace
from desktop.services.backup import (
    BackupError,
    BackupService,
    archive,
    plan_rotation,
    read_manifest,
    rotate,
)
from desktop.services.backup import service as backup_service
from desktop.services.core.uow import StorageProblem
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.search import SearchService
from desktop.services.customers.service import CustomerService

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small real shop's backup, made once for the module."""
    folder = tmp_path_factory.mktemp("good")
    db = open_database("sqlite:///" + str(folder / "shop.sqlite3"))
    for name, phone in (("张伟", "13812345678"), ("李娜", "13812345679"), ("王芳", "13812345670")):
        CustomerService(db).create_customer(CustomerForm(name=name, phones=[phone]))
    result = BackupService(db, folder / "snaps", folder / "work").backup(folder / "usb")
    db.dispose()
    return result.path


@pytest.fixture
def shop(tmp_path: Path) -> Database:
    db = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"), tmp_path / "snaps")
    CustomerService(db).create_customer(CustomerForm(name="赵敏", phones=["13900001111"]))
    yield db
    db.dispose()


def svc(db: Database, tmp_path: Path) -> BackupService:
    return BackupService(db, tmp_path / "snaps", tmp_path / "work")


def customers(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM customer"))
    finally:
        con.close()


def reseal(payload: Path, out: Path, **changes: object) -> Path:
    """An archive around ``payload`` with a self-consistent manifest (an attacker's)."""
    from desktop.services.backup.payload import revision_of, row_counts

    data = payload.read_bytes()
    fields = {"format": 1, "program_version": "0.1.0", "schema_revision": revision_of(payload) or "0007",
              "created_at": "2026-11-30T10:00:00+00:00", "shop_name": "x", "row_counts": row_counts(payload),
              "payload_size": len(data), "payload_sha256": hashlib.sha256(data).hexdigest(), "encryption": None}
    fields.update(changes)
    with out.open("wb") as f:
        f.write(data)
        raw = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()
        f.write(raw + hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "big") + archive.MAGIC)
    return out


def names_on(db: Database) -> list[str]:
    from sqlalchemy import select

    from desktop.models import Customer

    with db.read() as s:
        return sorted(s.scalars(select(Customer.name)))


def payload_of(backup: Path, out: Path) -> Path:
    _manifest, size = read_manifest(backup)
    out.write_bytes(backup.read_bytes()[:size])
    return out


# --- restore never loses acknowledged work --------------------------------------------------

WRITER = r"""
import sys, time
from desktop.db import open_database
from desktop.services.customers.service import CustomerService
from desktop.services.customers.records import CustomerForm
db = open_database("sqlite:///" + sys.argv[1], create=False)
service = CustomerService(db)
print("open", flush=True)
for i in range(100000):
    c = service.create_customer(CustomerForm(name=f"客户{i}"))
    print(c.id, flush=True)
    time.sleep(0.01)
"""


def test_restore_is_refused_while_another_program_has_the_shop_open(shop: Database, tmp_path: Path,
                                                                    good_backup: Path) -> None:
    live = shop.sqlite_path
    assert live is not None
    shop.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(live)], stdout=subprocess.PIPE, text=True,
                              env=env, cwd=ROOT)
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "open"
        acknowledged = [int(writer.stdout.readline()) for _ in range(20)]
        restorer = open_database("sqlite:///" + str(live), create=False)
        with pytest.raises(BackupError) as info:
            svc(restorer, tmp_path).restore(good_backup)
        assert info.value.kind == "in-use" and socket.gethostname() in info.value.message.render()
        acknowledged += [int(writer.stdout.readline()) for _ in range(20)]
    finally:
        writer.kill()  # a crash (SIGKILL, or TerminateProcess on Windows): its lock goes with it
        writer.wait()
    con = sqlite3.connect(live)
    on_file = {r[0] for r in con.execute("SELECT id FROM customer")}
    con.close()
    assert set(acknowledged) <= on_file  # every acknowledged write is there
    assert [h for h in others(live, exclude=restorer.presence.token if restorer.presence else "")] == []
    svc(restorer, tmp_path).restore(good_backup)  # the crashed program no longer holds it
    assert customers(live) == ["张伟", "李娜", "王芳"]


def test_a_program_whose_file_was_replaced_refuses_to_write(shop: Database, tmp_path: Path) -> None:
    live = shop.sqlite_path
    assert live is not None
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(live).execute("VACUUM INTO ?", (str(other),))
    CustomerService(shop).create_customer(CustomerForm(name="写入旧文件前"))
    os.replace(other, live)  # a restore by a program that did not ask (an older version, by hand)
    with pytest.raises(StorageProblem) as info:
        CustomerService(shop).create_customer(CustomerForm(name="不该丢的"))
    assert info.value.kind == "replaced" and "start it again" in info.value.message.render()


def test_a_program_starting_during_a_restore_waits_and_opens_the_restored_shop(
        shop: Database, tmp_path: Path, good_backup: Path) -> None:
    live = shop.sqlite_path
    assert live is not None
    service = svc(shop, tmp_path)
    original = service._swap_in
    seen: dict[str, object] = {}

    def slow_swap(*args: object) -> None:
        import threading

        def arrive() -> None:
            db = open_database("sqlite:///" + str(live), create=False)  # waits at the gate
            seen["count"] = SearchService(db).count()
            db.dispose()

        t = threading.Thread(target=arrive)
        t.start()
        time.sleep(0.5)
        seen["waiting"] = t.is_alive()
        original(*args)  # type: ignore[arg-type]
        seen["thread"] = t

    service._swap_in = slow_swap  # type: ignore[method-assign]
    service.restore(good_backup)
    seen["thread"].join(20)  # type: ignore[attr-defined]
    assert seen["waiting"] is True
    assert seen["count"] == 3  # the restored shop's three customers, not the one before


# --- a backup is restored only if it is this program's, whole and sound -------------------------


def test_a_foreign_sqlite_file_in_the_archive_format_is_refused(shop: Database, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES ('0007')")
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = customers(shop.sqlite_path)  # type: ignore[arg-type]
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).restore(reseal(foreign, tmp_path / "foreign.sbk"))
    assert info.value.kind == "schema" and "missing" in info.value.message.render()
    con = sqlite3.connect(foreign)
    con.execute("PRAGMA application_id=1234")
    con.commit()
    con.close()
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).restore(reseal(foreign, tmp_path / "foreign2.sbk"))
    assert info.value.kind == "foreign"
    assert customers(shop.sqlite_path) == before  # type: ignore[arg-type]


def test_a_backup_whose_invoice_triggers_were_dropped_is_refused_naming_them(
        shop: Database, tmp_path: Path, good_backup: Path) -> None:
    payload = payload_of(good_backup, tmp_path / "p.sqlite3")
    con = sqlite3.connect(payload)
    con.execute("DROP TRIGGER invoice_frozen")
    con.commit()
    con.close()
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).restore(reseal(payload, tmp_path / "t.sbk"))
    assert info.value.kind == "schema" and "invoice_frozen" in info.value.message.render()


def test_the_manifest_revision_must_match_the_payload(shop: Database, tmp_path: Path, good_backup: Path) -> None:
    payload = payload_of(good_backup, tmp_path / "p.sqlite3")
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).verify(reseal(payload, tmp_path / "r.sbk", schema_revision="0006"))
    assert info.value.kind == "revision"


BAD_FIELDS = [
    {"created_at": "yesterday"},
    {"created_at": "2026-13-45T00:00:00+00:00"},
    {"created_at": "2026-11-30T10:00:00"},  # no time zone
    {"row_counts": {"customer": "many"}},
    {"row_counts": ["customer"]},
    {"row_counts": {"customer": -1}},
    {"payload_size": "big"},
    {"format": True},
    {"schema_revision": "../../etc"},
    {"encryption": "yes"},
    {"encryption": {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": 2**40, "r": 8, "p": 1,
                    "salt": "0" * 32, "nonce": "0" * 24, "tag": "0" * 32}},
    {"encryption": {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": 2**15, "r": 8, "p": 10**6,
                    "salt": "0" * 32, "nonce": "0" * 24, "tag": "0" * 32}},
    {"encryption": {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": 2**15, "r": 8, "p": 1,
                    "salt": "zz", "nonce": "0" * 24, "tag": "0" * 32}},
    {"extra": 1},
]


@pytest.mark.parametrize("change", BAD_FIELDS, ids=[next(iter(c)) + str(i) for i, c in enumerate(BAD_FIELDS)])
def test_a_damaged_manifest_field_is_a_plain_refusal(shop: Database, tmp_path: Path, good_backup: Path,
                                                      change: dict[str, object]) -> None:
    payload = payload_of(good_backup, tmp_path / "p.sqlite3")
    bad = reseal(payload, tmp_path / "m.sbk", **change)
    for call in (lambda: svc(shop, tmp_path).inspect(bad), lambda: svc(shop, tmp_path).verify(bad, "x")):
        with pytest.raises(BackupError) as info:
            call()
        assert info.value.kind == "manifest"


def test_an_encrypted_backup_leaves_no_plaintext_beside_the_shop_or_on_the_drive(
        shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = shop.sqlite_path
    assert live is not None
    written: list[Path] = []
    real = backup_service._backup_api

    def record(src: Path, target: Path) -> None:
        written.append(target)
        real(src, target)

    monkeypatch.setattr(backup_service, "_backup_api", record)
    result = svc(shop, tmp_path).backup(tmp_path / "usb", passphrase="口令 123")
    assert written and all(p.parent.parent == tmp_path / "work" for p in written)
    assert not list(live.parent.glob(f".{live.name}.tmp-*"))
    assert b"SQLite format 3" not in result.path.read_bytes()
    assert not [p for p in (tmp_path / "work").iterdir()]  # nothing left in the work folder either


def test_work_folders_of_a_killed_backup_are_removed_at_start(tmp_path: Path) -> None:
    root = tmp_path / "work"
    with workspace(root) as busy:
        (busy / "snapshot.sqlite3").write_bytes(b"SQLite format 3\0 plaintext")
        dead = root / "work-deadbeef"
        dead.mkdir()
        (dead / "snapshot.sqlite3").write_bytes(b"SQLite format 3\0 plaintext")
        os.utime(dead, (time.time() - 600, time.time() - 600))
        assert clean_workspaces(root) == 1
        assert not dead.exists() and busy.exists()  # the running one is kept
    assert list(root.iterdir()) == []


def test_a_shop_and_a_drive_with_hash_and_percent_in_their_paths_restore(tmp_path: Path) -> None:
    folder = tmp_path / "数据#1 50%"
    db = open_database("sqlite:///" + str(folder / "shop.sqlite3"))
    CustomerService(db).create_customer(CustomerForm(name="井号"))
    result = svc(db, tmp_path).backup(tmp_path / "门店备份#2")
    assert result.manifest.row_counts["customer"] == 1
    CustomerService(db).create_customer(CustomerForm(name="之后"))
    svc(db, tmp_path).verify(result.path)
    svc(db, tmp_path).restore(result.path)
    assert customers(folder / "shop.sqlite3") == ["井号"]
    assert not (tmp_path / "门店备份").exists() and not list(tmp_path.glob("数据*/shop.sqlite3?*"))


def test_an_empty_or_missing_shop_is_not_backed_up(tmp_path: Path) -> None:
    empty = open_database("sqlite:///" + str(tmp_path / "empty.sqlite3"))
    with pytest.raises(BackupError) as info:
        svc(empty, tmp_path).backup(tmp_path / "usb")
    assert info.value.kind == "empty" and not list((tmp_path / "usb").glob("*.sbk"))
    empty.dispose()
    ghost = Database("sqlite:///" + str(tmp_path / "ghost.sqlite3"), announce=False)
    with pytest.raises(BackupError) as info:
        svc(ghost, tmp_path).backup(tmp_path / "usb")
    assert info.value.kind == "no-shop" and not (tmp_path / "ghost.sqlite3").exists()


def test_rotation_never_pushes_out_the_last_backups_with_data() -> None:
    from datetime import datetime, timedelta

    start = datetime(2026, 11, 1, 9)
    real = [start + timedelta(hours=i) for i in range(10)]
    empty = [start + timedelta(days=1, hours=i) for i in range(10)]
    keep = plan_rotation(real + empty, keep_last=10, with_data=set(real))
    assert set(real) <= keep


def test_a_backup_being_written_keeps_its_part_file(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    part = usb / ".servicebay-20261201-100000.sbk.abcd.part"
    part.write_bytes(b"half written")
    with holding(part.with_name(part.name + "-lock")):
        rotate(usb)
        assert part.exists()  # another backup's clean-up leaves it alone
    part.with_name(part.name + "-lock").touch()  # its program was killed: the lock file stays, unheld
    rotate(usb)
    assert not part.exists()


def test_a_drive_too_small_or_fat32_is_said_up_front(shop: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_service, "free_space", lambda _p: 1000)
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).backup(tmp_path / "usb")
    assert info.value.kind == "space" and not (tmp_path / "usb").exists()
    monkeypatch.setattr(backup_service, "free_space", lambda _p: 10**12)
    monkeypatch.setattr(backup_service, "volume_of", lambda _p: volumes.Volume("vfat", False, ""))
    monkeypatch.setattr(volumes, "FAT_MAX_FILE", 10_000)
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).backup(tmp_path / "usb")
    assert info.value.kind == "fat32" and "exFAT" in info.value.message.render()


FAULTS = [OSError(errno.ENOSPC, "No space left on device"), OSError(errno.EROFS, "Read-only file system"),
          sqlite3.OperationalError("database or disk is full"), sqlite3.OperationalError("unable to open database file")]


@pytest.mark.parametrize("step", ["_backup_api", "sha256_file", "seal", "replace"])
@pytest.mark.parametrize("fault", FAULTS, ids=["full", "read-only", "sqlite-full", "sqlite-open"])
def test_every_fault_on_the_target_is_the_drive_message(shop: Database, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        step: str, fault: BaseException) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise fault

    if step == "replace":
        monkeypatch.setattr(backup_service.os, "replace", boom)
    else:
        monkeypatch.setattr(backup_service, step, boom)
    with pytest.raises(BackupError) as info:
        svc(shop, tmp_path).backup(tmp_path / "usb")
    assert info.value.kind == "target" and "Nothing was changed" in info.value.message.render()
    assert not list((tmp_path / "usb").glob("*.part")) and not list((tmp_path / "usb").glob("*.sbk"))


def test_a_readback_that_cannot_bypass_the_cache_says_so(shop: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "can_bypass_cache", lambda: False)  # as on Windows
    result = svc(shop, tmp_path).backup(tmp_path / "usb")
    assert result.cache_bypassed is False


# --- the shop's own place ------------------------------------------------------------------------


def test_a_shop_on_a_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    if sys.platform != "win32":  # a Linux mount table (the Windows cases are emulated below)
        monkeypatch.setattr(volumes, "_mounts", lambda: [("/", "ext4"), (str(share), "cifs")])
        with pytest.raises(NetworkLocation) as info:
            open_database("sqlite:///" + str(share / "shop.sqlite3"))
        assert "cifs" in info.value.how and not (share / "shop.sqlite3").exists()
    assert volumes.volume_of(r"\\server\share\shop.sqlite3", platform="win32").network
    monkeypatch.setattr(volumes, "_windows_volume", lambda root: (volumes.DRIVE_REMOTE, "NTFS"))
    assert volumes.volume_of(r"Z:\shop\shop.sqlite3", platform="win32").how == "mapped network drive"
    monkeypatch.setattr(volumes, "_windows_volume", lambda root: (3, "NTFS"))
    assert not volumes.volume_of(r"D:\shop\shop.sqlite3", platform="win32").network
    monkeypatch.setattr(volumes, "_windows_volume", lambda root: (volumes.DRIVE_REMOVABLE, "FAT32"))
    assert volumes.volume_of(r"E:\\", platform="win32").max_file_size == volumes.FAT_MAX_FILE


def test_a_shop_locked_by_another_program_is_said_within_two_seconds(shop: Database, tmp_path: Path) -> None:
    live = shop.sqlite_path
    assert live is not None
    shop.dispose()
    other = sqlite3.connect(live, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE customer SET name = name")
    try:
        started = time.monotonic()
        with pytest.raises(ShopLocked):
            open_database("sqlite:///" + str(live), create=False)
        assert time.monotonic() - started < 2.0
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_read_only_folder_is_a_message_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import presence

    def refuse(self: object, wait_s: float = 0) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(presence.Presence, "register", refuse)  # as root, chmod does not stop us
    with pytest.raises(FolderReadOnly) as info:
        open_database("sqlite:///" + str(tmp_path / "ro" / "shop.sqlite3"))
    assert "Read-only" in info.value.reason


def test_only_demo_creates_a_shop(tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "x.sqlite3"
    with pytest.raises(ShopMissing):
        open_database("sqlite:///" + str(missing), create=False)
    assert not missing.exists()
    zero = tmp_path / "zero.sqlite3"
    zero.touch()
    with pytest.raises(ShopMissing):
        check_place(zero, create=False)
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotADatabase):
        open_database("sqlite:///" + str(foreign))
    assert sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]


@pytest.mark.parametrize("argv", [["export", "customers", "out.csv"], ["backup", "--to", "usb"],
                                  ["verify-ledger"], ["parts", "abc"], ["verify", "nothing.sbk"]])
def test_commands_never_create_a_shop(tmp_path: Path, argv: list[str]) -> None:
    missing = tmp_path / "missing" / "x.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "desktop", *argv, "--db", str(missing)], check=False, cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    assert not missing.exists() and not missing.parent.exists()
    assert not (tmp_path / "usb").exists() and not (tmp_path / "out.csv").exists()


@pytest.mark.skipif(not os.environ.get("SERVICEBAY_TEST_PG_URL"), reason="needs the test PostgreSQL server")
def test_on_the_server_a_write_during_a_restore_waits_and_is_kept(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from desktop.services.backup import server
    from tests.conftest import _pg_database

    databases = _pg_database()
    url = next(databases)
    counter = open_database(url)
    workshop = open_database(url)  # a second workstation
    try:
        CustomerService(counter).create_customer(CustomerForm(name="备份前"))
        archive_path = svc(counter, tmp_path).backup(tmp_path / "usb").path
        CustomerService(counter).create_customer(CustomerForm(name="备份后"))
        copying = threading.Event()
        real = server._copy_rows

        def slow_copy(source: Any, sink: Any) -> None:
            if sink.dialect.name == "postgresql":  # loading (not the safety export before it)
                copying.set()  # the server's rows are gone, the restore's transaction is open
                time.sleep(1.0)
            real(source, sink)

        monkeypatch.setattr(server, "_copy_rows", slow_copy)
        restorer = threading.Thread(target=lambda: svc(counter, tmp_path).restore(archive_path))
        restorer.start()
        copying.wait(30)
        made = CustomerService(workshop).create_customer(CustomerForm(name="恢复期间"))  # waits for it
        restorer.join(30)
        names = names_on(workshop)
        assert names == names_on(counter)  # both workstations see the same
        assert "备份前" in names and "恢复期间" in names and "备份后" not in names
        assert made.id > 0
    finally:
        counter.dispose()
        workshop.dispose()
        databases.close()


def test_a_restore_over_a_damaged_shop_keeps_the_damaged_file_as_it_was(tmp_path: Path, good_backup: Path) -> None:
    """A truncated shop (the reason for the restore, often): the restore replaces it, and
    the damaged bytes are kept aside exactly, with no half snapshot beside them."""
    path = tmp_path / "shop.sqlite3"
    db = open_database("sqlite:///" + str(path))
    for i in range(200):
        CustomerService(db).create_customer(CustomerForm(name=f"客户{i}", phones=[f"139{i:08d}"], notes="x" * 400))
    db.dispose()
    os.truncate(path, path.stat().st_size // 2)
    damaged = path.read_bytes()
    with pytest.raises(NotADatabase):
        open_database("sqlite:///" + str(path))
    assert path.read_bytes() == damaged  # opening it never writes it
    restored = BackupService(Database("sqlite:///" + str(path)), tmp_path / "snaps", tmp_path / "work")
    restored.restore(good_backup)
    restored.db.dispose()
    assert customers(path) == sorted(["张伟", "李娜", "王芳"])
    kept = sorted((tmp_path / "snaps").iterdir())
    assert [p.name.endswith("damaged-before-restore.sqlite3") for p in kept] == [True]
    assert kept[0].read_bytes() == damaged
