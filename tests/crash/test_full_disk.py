"""A full disk, for real (断电安全): a small tmpfs mounted for the test, holding the shop or
standing in for the USB stick.  Saving on a full disk fails with the plain message and
nothing committed before is lost; once space is freed the shop saves again; a backup onto
a stick that fills up half-way leaves nothing there that looks like a backup.  Skipped,
with the reason, where the test may not mount a file system (not root, no tmpfs, Windows)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.db import open_database
from desktop.services.backup import BackupError, BackupService
from desktop.services.backup import service as backup_service
from desktop.services.core.uow import StorageProblem
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.service import CustomerService


@contextlib.contextmanager
def small_disk(where: Path, kilobytes: int) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux; the full-disk faults are emulated in "
                    "tests/services/backup/test_data_safety.py")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(where)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """A file that takes all the disk's space but ``leave`` bytes."""
    filler = disk / "filler.bin"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def names(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {n for (n,) in con.execute("SELECT name FROM customer")}
    finally:
        con.close()


def test_saving_on_a_full_disk_says_so_and_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 6144) as disk:
        path = disk / "shop.sqlite3"
        db = open_database("sqlite:///" + str(path), tmp_path / "snaps")
        customers = CustomerService(db)
        acknowledged: list[str] = []
        filler = fill(disk, 96 * 1024)
        failed = None
        for i in range(5000):
            name = f"客户{i:05d}"
            try:
                customers.create_customer(CustomerForm(name=name, phones=[f"139{i:08d}"], notes="备注" * 400))
            except StorageProblem as exc:
                failed = (name, exc)
                break
            acknowledged.append(name)
        assert failed is not None, "the disk never filled"
        name, exc = failed
        assert exc.kind == "full" and "Nothing was saved" in exc.message.render()
        assert acknowledged, "nothing fit before the disk was full"
        # The next try on the same full disk says the same, and the program goes on.
        with pytest.raises(StorageProblem):
            customers.create_customer(CustomerForm(name="再试一次", phones=["13700000000"], notes="备注" * 400))
        db.dispose()
        on_file = names(path)
        assert set(acknowledged) <= on_file and name not in on_file and "再试一次" not in on_file
        # Space freed: the shop saves again, with everything still there.
        filler.unlink()
        db = open_database("sqlite:///" + str(path), tmp_path / "snaps")
        CustomerService(db).create_customer(CustomerForm(name=name, phones=["13600000000"]))
        db.dispose()
        assert set(acknowledged) | {name} <= names(path)


def test_a_backup_onto_a_stick_that_fills_up_leaves_no_backup(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"), tmp_path / "snaps")
    customers = CustomerService(db)
    for i in range(300):  # a backup of a few hundred kilobytes, hard to compress
        customers.create_customer(CustomerForm(name=f"客户{i:04d}", phones=[f"139{i:08d}"],
                                               notes=uuid.uuid4().hex * 20))
    service = BackupService(db, tmp_path / "snaps", tmp_path / "work")
    with small_disk(tmp_path / "stick", 2048) as stick:
        fill(stick, 64 * 1024)
        before = sorted(p.name for p in stick.iterdir())
        # The drive's own free space is checked first: too little, said before anything is written.
        with pytest.raises(BackupError) as info:
            service.backup(stick)
        assert info.value.kind == "space"
        assert sorted(p.name for p in stick.iterdir()) == before
        # A stick that says it has room but fills up while the backup is written (another
        # program writing to it, a drive that reports its space wrongly).
        monkeypatch.setattr(backup_service, "free_space", lambda _p: 10**12)
        with pytest.raises(BackupError) as info:
            service.backup(stick)
        assert info.value.kind == "target" and "Nothing was changed" in info.value.message.render()
        assert sorted(p.name for p in stick.iterdir()) == before, "something that looks like a backup was left"
        # The shop itself is untouched and a backup to a drive with room works.
        result = service.backup(tmp_path / "usb")
        assert result.path.exists()
    db.dispose()
