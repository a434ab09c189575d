"""Who has the shop open (在用登记): every running ServiceBay announces itself on the SQLite
file it opened, so that a restore never swaps the file under someone still writing to it.

Beside the database ``shop.sqlite3`` sits a folder ``.shop.sqlite3.open/``:

- ``gate.lock``: held for a moment by a program that arrives, and for the whole of a
  restore.  A program starting during a restore waits at the gate and then opens the
  restored file.
- ``<token>.lock`` with ``<token>.json``: one pair per open database.  The lock file is held
  exclusively for as long as the database is open; the JSON beside it says which computer,
  which process and since when.  The operating system releases the lock when the process
  ends, however it ends (a crash, a kill, a power cut), so a lock file nobody holds is a
  leftover and is removed by whoever finds it.

Locks are ``flock`` on Linux and ``LockFileEx`` (through ``msvcrt``) on Windows, both held
per open file, through portalocker.  Nothing here imports Qt or the database.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import portalocker
from portalocker import LockFlags

log = logging.getLogger(__name__)

GATE_WAIT_S = 30.0
_EXCLUSIVE_NOW = LockFlags.EXCLUSIVE | LockFlags.NON_BLOCKING


@dataclass(frozen=True)
class Holder:
    """Another running ServiceBay that has the shop open."""

    computer: str
    pid: int
    since: str  # ISO time, UTC
    what: str  # "window", or the command that runs

    @property
    def since_local(self) -> str:
        try:
            return datetime.fromisoformat(self.since).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.since


class ShopInUse(RuntimeError):
    """The shop is open in another running ServiceBay; nothing was changed."""

    def __init__(self, holders: list[Holder]) -> None:
        super().__init__(", ".join(f"{h.computer} ({h.what}, pid {h.pid})" for h in holders))
        self.holders = holders


class GateBusy(RuntimeError):
    """Another program kept the gate (a restore runs) for longer than we wait."""


def folder_for(database: Path) -> Path:
    return database.with_name(f".{database.name}.open")


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        portalocker.lock(handle, _EXCLUSIVE_NOW)
    except (portalocker.exceptions.LockException, OSError):
        return False
    return True


@contextmanager
def _gate(folder: Path, wait_s: float = GATE_WAIT_S) -> Iterator[None]:
    folder.mkdir(exist_ok=True)
    with (folder / "gate.lock").open("a+b") as handle:
        deadline = time.monotonic() + wait_s
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise GateBusy(str(folder))
            time.sleep(0.05)
        try:
            yield
        finally:
            with suppress(OSError, portalocker.exceptions.LockException):
                portalocker.unlock(handle)


class Presence:
    """This program's announcement that it has ``database`` open."""

    def __init__(self, database: Path, what: str = "") -> None:
        self.database = database
        self.folder = folder_for(database)
        self.token = f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(4)}"
        self.what = what or _program_kind()
        self._handle: IO[bytes] | None = None

    @property
    def lock_path(self) -> Path:
        return self.folder / f"{self.token}.lock"

    def register(self, wait_s: float = GATE_WAIT_S) -> None:
        with _gate(self.folder, wait_s):
            if not others(self.database):
                remove_leftovers(self.database)
            self._hold()

    def _hold(self) -> None:
        handle = self.lock_path.open("a+b")
        if not _try_lock(handle):  # a fresh random name: only a broken file system says no
            handle.close()
            raise OSError(f"cannot lock {self.lock_path}")
        from desktop.config import workstation_name

        info = {"computer": workstation_name(), "pid": os.getpid(),
                "since": datetime.now(UTC).isoformat(timespec="seconds"), "what": self.what}
        self.lock_path.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with suppress(OSError, portalocker.exceptions.LockException):
            portalocker.unlock(handle)
        handle.close()
        for path in (self.lock_path.with_suffix(".json"), self.lock_path):
            with suppress(OSError):
                path.unlink()

    @contextmanager
    def exclusive(self, wait_s: float = 5.0) -> Iterator[None]:
        """The shop to ourselves for a while (a restore): nobody else has it open, and nobody
        can open it until the block ends.  Raises ``ShopInUse`` naming who has it open."""
        with _gate(self.folder, wait_s):
            holders = others(self.database, exclude=self.token)
            if holders:
                raise ShopInUse(holders)
            yield


def others(database: Path, exclude: str = "") -> list[Holder]:
    """The running programs that have ``database`` open; leftovers of ended ones are removed."""
    folder = folder_for(database)
    found: list[Holder] = []
    try:
        entries = sorted(folder.glob("*.lock"))
    except OSError:
        return found
    for lock in entries:
        if lock.name == "gate.lock" or lock.stem == exclude:
            continue
        info = lock.with_suffix(".json")
        try:
            with lock.open("a+b") as handle:
                if _try_lock(handle):  # nobody holds it: the program that made it has ended
                    portalocker.unlock(handle)
                    alive = False
                else:
                    alive = True
        except OSError:
            alive = True  # Windows will not even open a file another process holds locked
        if not alive:
            for path in (info, lock):
                with suppress(OSError):
                    path.unlink()
            continue
        found.append(_read_holder(info))
    return found


def _read_holder(info: Path) -> Holder:
    try:
        data = json.loads(info.read_text(encoding="utf-8"))
        return Holder(str(data["computer"]), int(data["pid"]), str(data["since"]), str(data.get("what", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return Holder("?", 0, "", "")


COMMANDS = ("demo", "import", "export", "backup", "verify", "restore", "parts", "print", "verify-ledger")


def _program_kind() -> str:
    import sys

    return next((a for a in sys.argv[1:] if a in COMMANDS), "window")


def is_held(lock: Path) -> bool:
    """Whether a running program holds ``lock`` (taken with ``holding``)."""
    try:
        with lock.open("a+b") as handle:
            if _try_lock(handle):
                portalocker.unlock(handle)
                return False
            return True
    except OSError:
        return True  # Windows refuses to open a file another process holds locked


@contextmanager
def holding(lock: Path) -> Iterator[None]:
    """Hold ``lock`` for the block (a backup's ``.part`` on a drive); removed afterwards."""
    handle = lock.open("a+b")
    try:
        _try_lock(handle)
        yield
    finally:
        with suppress(OSError, portalocker.exceptions.LockException):
            portalocker.unlock(handle)
        handle.close()
        with suppress(OSError):
            lock.unlink()


def remove_leftovers(database: Path) -> None:
    """Files a restore or an older version's backup left beside the database when it was
    killed (a staged restore, a plaintext copy): only called at the gate, where nobody else
    can be using them."""
    for pattern in (f".{database.name}.restore-*", f".{database.name}.tmp-*"):
        for path in database.parent.glob(pattern):
            with suppress(OSError):
                path.unlink()
                log.info("removed leftover %s", path)


@contextmanager
def workspace(root: Path) -> Iterator[Path]:
    """A private folder for plaintext work files (an encrypted backup's snapshot, a backup
    being verified), held locked while in use and removed afterwards; one killed half-way
    is removed by ``clean_workspaces`` at the next start."""
    import shutil
    import tempfile

    root.mkdir(parents=True, exist_ok=True)
    with suppress(OSError):
        root.chmod(0o700)
    folder = Path(tempfile.mkdtemp(prefix="work-", dir=root))
    with holding(folder.with_name(folder.name + ".lock")):
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def clean_workspaces(root: Path) -> int:
    """Remove the work folders of programs that ended without cleaning up."""
    import shutil

    removed = 0
    try:
        entries = [e for e in root.glob("work-*") if e.is_dir()]
    except OSError:
        return 0
    for folder in entries:
        lock = folder.with_name(folder.name + ".lock")
        if lock.exists() and is_held(lock):
            continue
        with suppress(OSError):
            if not lock.exists() and time.time() - folder.stat().st_mtime < 60:
                continue  # made a moment ago; its lock comes next
        shutil.rmtree(folder, ignore_errors=True)
        with suppress(OSError):
            lock.unlink()
        removed += 1
    return removed
