"""Backup to a USB drive and restore (备份与恢复).

Backup: the SQLite online backup API copies a consistent snapshot of the live database
(others keep working) straight into a ``.part`` file on the target, held locked so that
no other backup's clean-up removes it; meanwhile, on the other core, the live database's
integrity is checked.  The copy is hashed, sealed with the manifest (``archive``), flushed
to the device, read back from the device and compared, and only then renamed to its final
name.  Before anything is written the drive's free space and file-size limit (FAT32) are
checked against the database's size.  An encrypted backup snapshots into the program's
private work folder, never beside the database and never as plaintext on the drive.  A
shop with no data, or a file that is not a shop, is not backed up.

Restore: the shop is taken exclusively first (``presence``): while another running
ServiceBay has it open, the restore is refused and names where.  Then everything is
checked (``payload``: trailer, manifest, checksum, passphrase, integrity, application id,
schema revision, every schema object, row counts); only then is a safety snapshot of the
current data taken and the file swapped in with one rename.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import version
from desktop.db import Database, NotADatabase, snapshot_sqlite, stamp_application_id
from desktop.presence import GateBusy, Holder, Presence, ShopInUse, holding, others, workspace
from desktop.services.backup import archive
from desktop.services.backup import status as backup_status
from desktop.services.backup.archive import (
    CHUNK,
    FORMAT,
    SCRYPT,
    SUFFIX,
    BackupError,
    Manifest,
    fail,
    read_manifest,
    seal,
    sha256_file,
    target_error,
)
from desktop.services.backup.payload import (
    check_copy,
    connect_ro,
    has_data,
    revision_of,
    row_counts,
)
from desktop.services.backup.rotation import KEEP_LAST, rotate
from desktop.services.backup.server import export_sqlite, load_sqlite
from desktop.services.core.desk import SYSTEM, Desk
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.core.service import Service
from desktop.services.system import settings as shop_settings
from desktop.volumes import free_space, volume_of

log = logging.getLogger(__name__)

MARGIN = 1 << 20
Progress = Callable[[float], None]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    removed: tuple[Path, ...]
    cache_bypassed: bool = True  # False: the read-back may have come from the system's cache


def _size(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def _in_use(holders: list[Holder]) -> BackupError:
    where = "; ".join(
        f"{h.computer} ({'' if h.what == 'window' else f'servicebay {h.what}, '}{h.since_local})"
        for h in holders) or "?"
    return BackupError("in-use", QT_TRANSLATE_NOOP(
        "Backup", "The shop is still open in ServiceBay on {where}. Close it there, then restore "
                  "again. Nothing was changed."), where=where)


class BackupService(Service):
    def __init__(self, db: Database, snapshots: Path | None = None, work_dir: Path | None = None,
                 user: str | Desk = SYSTEM) -> None:
        super().__init__(db, user)
        self.snapshots = snapshots
        self.work_dir = work_dir or Path(tempfile.gettempdir()) / "servicebay-work"

    def backup(self, target_dir: Path, passphrase: str | None = None, shop_name: str = "",
               progress: Progress | None = None, keep_last: int = KEEP_LAST) -> BackupResult:
        """Write a verified backup into ``target_dir`` (a USB drive) and rotate old ones.

        On PostgreSQL (several workstations) the data is first copied, in one consistent
        snapshot, into a SQLite file at the same schema revision (``export_sqlite``); the
        archive is then the same as a single PC's, and restores on either."""
        self.require("backup.make")
        report = progress or (lambda _f: None)
        live = self.db.sqlite_path
        if live is not None and (not live.is_file() or live.stat().st_size == 0):
            raise BackupError("no-shop", QT_TRANSLATE_NOOP(
                "Backup", "There is no shop at {path}; nothing was backed up."), path=str(live))
        shop_name = shop_name or self._shop_name()
        with workspace(self.work_dir) as work:
            if live is None:
                live = work / "export.sqlite3"
                export_sqlite(self.db, live)
            return self._backup_from(live, work, target_dir, passphrase, shop_name, report, keep_last)

    def _check_room(self, live: Path, target_dir: Path) -> None:
        need = live.stat().st_size + _wal_size(live)
        try:
            free = free_space(target_dir)
            limit = volume_of(target_dir).max_file_size
        except OSError as exc:
            raise target_error(exc) from exc
        if limit is not None and need > limit:
            raise BackupError("fat32", QT_TRANSLATE_NOOP(
                "Backup", "The drive is formatted FAT32, which cannot hold a file of 4 GB or more, and the "
                          "backup needs about {need}. Use a drive formatted exFAT or NTFS."), need=_size(need))
        if free < need + MARGIN:
            raise BackupError("space", QT_TRANSLATE_NOOP(
                "Backup", "The drive has {free} free, and the backup needs about {need}. Use a larger "
                          "drive or delete old files from it. Nothing was written."),
                free=_size(free), need=_size(need))

    def _backup_from(self, live: Path, work: Path, target_dir: Path, passphrase: str | None, shop_name: str,
                     report: Progress, keep_last: int) -> BackupResult:
        now = datetime.now(UTC)
        final = target_dir / f"servicebay-{now.astimezone():%Y%m%d-%H%M%S}{SUFFIX}"
        part = target_dir / f".{final.name}.{secrets.token_hex(4)}.part"
        self._check_room(live, target_dir)
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            with holding(part.with_name(part.name + "-lock")):
                check: dict[str, str] = {}
                checker = threading.Thread(target=_check_live, args=(live, check), daemon=True)
                checker.start()
                report(0.05)
                if passphrase:
                    manifest = self._write_encrypted(live, work, part, passphrase, shop_name, now, report)
                else:
                    manifest = self._write_plain(live, part, shop_name, now, report)
                report(0.8)
                if sha256_file(part, manifest.payload_size, drop_cache=True) != manifest.payload_sha256:
                    raise fail("readback")
                checker.join()
                if check.get("result") != "ok":
                    log.error("live database failed its check: %s", check)
                    raise fail("source")
                os.replace(part, final)
            _fsync_dir(target_dir)
        except OSError as exc:
            _remove(part)
            raise target_error(exc) from exc
        except sqlite3.Error as exc:  # "database or disk is full", "unable to open", read-only
            _remove(part)
            raise target_error(str(exc)) from exc
        except BaseException:
            _remove(part)
            raise
        report(0.95)
        removed = rotate(target_dir, keep_last)
        try:  # every workstation tells the same "last backup"; failing to note it never fails the backup
            backup_status.record(self.db, now, str(target_dir), self.user)
        except Exception:
            log.warning("could not note the backup in the shop's database", exc_info=True)
        report(1.0)
        log.info("backup written: %s (%d bytes)", final, manifest.payload_size)
        return BackupResult(final, manifest, tuple(removed), archive.can_bypass_cache())

    def _shop_name(self) -> str:
        try:
            with self.db.read() as s:
                return str(shop_settings.get(s, "shop_name") or "")
        except Exception:  # noqa: BLE001 - a name on the label is never worth failing a backup
            return ""

    def _manifest(self, copy: Path, size: int, digest: str, shop_name: str, now: datetime,
                  encryption: dict[str, Any] | None) -> Manifest:
        revision = revision_of(copy)
        counts = row_counts(copy)
        if not revision:
            raise BackupError("foreign-live", QT_TRANSLATE_NOOP(
                "Backup", "The file {path} is not a ServiceBay shop; nothing was backed up."),
                path=str(self.db.sqlite_path or ""))
        if not has_data(counts, revision):
            raise BackupError("empty", QT_TRANSLATE_NOOP(
                "Backup", "The shop holds no data yet, so there is nothing to back up."))
        return Manifest(
            format=FORMAT, program_version=version(), schema_revision=revision,
            created_at=now.isoformat(), shop_name=shop_name[:200], row_counts=counts,
            payload_size=size, payload_sha256=digest, encryption=encryption)

    def _write_plain(self, live: Path, part: Path, shop_name: str, now: datetime,
                     report: Progress) -> Manifest:
        _backup_api(live, part)
        report(0.5)
        size = part.stat().st_size
        # Flush the copy to the drive while hashing it from memory (two cores, two jobs).
        flushed: dict[str, BaseException] = {}
        flusher = threading.Thread(target=_fsync_path, args=(part, flushed), daemon=True)
        flusher.start()
        digest = sha256_file(part, size)
        flusher.join()
        if "error" in flushed:
            raise flushed["error"]
        manifest = self._manifest(part, size, digest, shop_name, now, None)
        with part.open("r+b") as f:
            f.seek(size)
            seal(f, manifest)
            f.flush()
            os.fsync(f.fileno())
        return manifest

    def _write_encrypted(self, live: Path, work: Path, part: Path, passphrase: str, shop_name: str,
                         now: datetime, report: Progress) -> Manifest:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        local = work / "snapshot.sqlite3"  # the plain copy never leaves the private folder
        try:
            _backup_api(live, local)
            report(0.4)
            salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
            key = archive.derive_key(passphrase, salt, SCRYPT)
            encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
            h = hashlib.sha256()
            size = 0
            with local.open("rb") as src, part.open("wb") as out:
                for data in _encrypted_blocks(src, encryptor):
                    out.write(data)
                    h.update(data)
                    size += len(data)
                encryption = {"cipher": "AES-256-GCM", "kdf": "scrypt", **SCRYPT,
                              "salt": salt.hex(), "nonce": nonce.hex(), "tag": encryptor.tag.hex()}
                manifest = self._manifest(local, size, h.hexdigest(), shop_name, now, encryption)
                seal(out, manifest)
                out.flush()
                os.fsync(out.fileno())
            return manifest
        finally:
            local.unlink(missing_ok=True)

    # --- verify and restore -------------------------------------------------------------

    def status(self) -> backup_status.BackupStatus:
        """The last verified backup of this shop (any workstation's) and its newest change."""
        return backup_status.status(self.db)

    def inspect(self, path: Path) -> Manifest:
        """What a backup holds, from its manifest (cheap: for showing before restoring)."""
        return read_manifest(path)[0]

    def verify(self, path: Path, passphrase: str | None = None) -> Manifest:
        """Every check a restore makes, without restoring."""
        with workspace(self.work_dir) as work:
            self._extract(path, passphrase, work / "verify.sqlite3")
        return read_manifest(path)[0]

    def _extract(self, path: Path, passphrase: str | None, target: Path) -> Path:
        manifest, size = read_manifest(path)
        if manifest.format > FORMAT:
            raise fail("newer")
        try:
            if manifest.encrypted:
                if not passphrase:
                    raise fail("needs-passphrase")
                archive.decrypt(path, size, manifest, passphrase, target)
            else:
                h = hashlib.sha256()
                with path.open("rb") as src, target.open("wb") as out:
                    for chunk in archive.chunks(src, size):
                        h.update(chunk)
                        out.write(chunk)
                if h.hexdigest() != manifest.payload_sha256:
                    raise fail("checksum")
            # On the disk before it replaces the shop (a power cut after "restored" must not
            # leave a file of unwritten pages), flushed while it is checked: two cores.
            flushed: dict[str, BaseException] = {}
            flusher = threading.Thread(target=_fsync_path, args=(target, flushed), daemon=True)
            flusher.start()
            try:
                check_copy(target, manifest)
            finally:
                flusher.join()
            if "error" in flushed:
                raise flushed["error"]
        except BaseException:
            _remove(target)
            raise
        return target

    def open_elsewhere(self) -> BackupError | None:
        """Why a restore would be refused now (the shop is open in another ServiceBay), to
        say so before the person chooses; ``None`` when nothing stands in the way."""
        live = self.db.sqlite_path
        if live is None:
            return None
        holders = others(live, exclude=self.db.presence.token if self.db.presence else "")
        return _in_use(holders) if holders else None

    def restore(self, path: Path, passphrase: str | None = None) -> Manifest:
        """Replace the current data with the backup's, after every check has passed and a
        safety snapshot of the current data was taken.  The caller reopens the database
        (``open_database``), which upgrades an older schema.

        On PostgreSQL the backup's data replaces the server's in one transaction (after a
        safety export of the current data into the snapshots folder): other workstations
        wait for it and then see the restored data."""
        self.require("backup.restore")
        live = self.db.sqlite_path
        if live is None:
            return self._restore_into_server(path, passphrase)
        presence = self.db.presence or Presence(live)
        try:
            with presence.exclusive():
                self._swap_in(path, passphrase, live)
        except ShopInUse as exc:
            raise _in_use(exc.holders) from exc
        except GateBusy as exc:
            raise _in_use([]) from exc
        manifest = read_manifest(path)[0]
        log.info("restored %s from %s", live, path)
        return manifest

    def _swap_in(self, path: Path, passphrase: str | None, live: Path) -> None:
        staged = live.with_name(f".{live.name}.restore-{secrets.token_hex(4)}")
        # The safety copy of the current data is taken while the backup is unpacked and
        # checked (two files, two cores; SQLite lets go of the GIL while it works).
        kept: dict[str, Path | BaseException] = {}
        aside = threading.Thread(target=self._keep_aside, args=(live, kept), daemon=True)
        aside.start()
        try:
            self._extract(path, passphrase, staged)
        except BaseException:
            aside.join()
            made = kept.get("path")
            if isinstance(made, Path):  # nothing is replaced: no safety copy of it is needed
                made.unlink(missing_ok=True)
            raise
        aside.join()
        try:
            error = kept.get("error")
            if isinstance(error, BaseException):
                raise error
            stamp_application_id(staged)
            self.db.dispose()
            for suffix in ("-wal", "-shm"):
                Path(str(live) + suffix).unlink(missing_ok=True)
            os.replace(staged, live)
            _fsync_dir(live.parent)
        except BaseException:
            _remove(staged)
            raise

    def _keep_aside(self, live: Path, out: dict[str, Path | BaseException]) -> None:
        try:
            if live.exists() and self.snapshots is not None:
                out["path"] = keep_aside(live, self.snapshots)
        except BaseException as exc:  # noqa: BLE001  (raised again on the restore's own thread)
            out["error"] = exc

    def _restore_into_server(self, path: Path, passphrase: str | None) -> Manifest:
        from alembic import command

        from desktop.db import alembic_config

        with workspace(self.work_dir) as work:
            staged = self._extract(path, passphrase, work / "backup.sqlite3")
            command.upgrade(alembic_config("sqlite:///" + str(staged)), "head")  # an older backup: its schema now
            if self.snapshots is not None:
                self.snapshots.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                export_sqlite(self.db, self.snapshots / f"server-{stamp}-before-restore.sqlite3")
            load_sqlite(self.db, staged)
        manifest = read_manifest(path)[0]
        log.info("restored the server database from %s", path)
        return manifest


def keep_aside(live: Path, snapshots: Path) -> Path:
    """The current data, before a restore replaces it.  Where the snapshots folder is on
    the same drive, the file itself is kept: its log folded in, then a second name (a hard
    link, NTFS and ext4 alike) that the restore's atomic replace leaves pointing at the old
    data, in no time whatever the size.  Elsewhere, a checked copy.  A damaged file (the
    reason for the restore, often) is kept byte for byte as it was, never lost."""
    snapshots.mkdir(parents=True, exist_ok=True)
    try:
        return _link_aside(live, snapshots)
    except (OSError, sqlite3.OperationalError) as exc:  # another drive, FAT32, a busy log
        log.info("the current data is copied aside (%s)", exc)
    except sqlite3.DatabaseError:
        pass  # damaged: kept byte for byte below
    try:
        return snapshot_sqlite(live, snapshots, "before-restore")
    except (NotADatabase, sqlite3.DatabaseError) as exc:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = snapshots / f"{live.stem}-{stamp}-damaged-before-restore{live.suffix}"
        for suffix in ("", "-wal"):
            source = Path(str(live) + suffix)
            if source.exists():
                shutil.copy2(source, Path(str(target) + suffix))
                with open(Path(str(target) + suffix), "rb+") as handle:
                    os.fsync(handle.fileno())
        log.warning("the current data is damaged (%s); kept as it was in %s", exc, target)
        return target


def _link_aside(live: Path, snapshots: Path) -> Path:
    con = sqlite3.connect(str(live), timeout=30)
    try:
        busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        con.close()
    if busy:
        raise OSError("the log could not be folded in")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = snapshots / f"{live.stem}-{stamp}-before-restore{live.suffix}"
    os.link(live, target)
    _fsync_dir(snapshots)
    return target


def _encrypted_blocks(src: Any, encryptor: Any) -> Any:
    yield b"SBENC"
    for chunk in iter(lambda: src.read(CHUNK), b""):
        yield encryptor.update(chunk)
    yield encryptor.finalize()


def _wal_size(live: Path) -> int:
    try:
        return Path(str(live) + "-wal").stat().st_size
    except OSError:
        return 0


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not on every system (Windows); the file itself was flushed
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    """Clean up a temporary file; a drive that is gone or read-only must not turn a clear
    message into a confusing one."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove %s", path)


def _fsync_path(path: Path, out: dict[str, BaseException]) -> None:
    try:
        fd = os.open(path, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        out["error"] = exc


def _backup_api(live: Path, target: Path) -> None:
    """A consistent snapshot of the live database, through SQLite's online backup."""
    src = connect_ro(live, timeout=30)
    dst = sqlite3.connect(str(target))
    try:
        dst.execute("PRAGMA journal_mode=OFF")  # a fresh file; we flush and verify it ourselves
        dst.execute("PRAGMA synchronous=OFF")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _check_live(live: Path, out: dict[str, str]) -> None:
    try:
        con = connect_ro(live, timeout=30)
        try:
            out["result"] = str(con.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error as exc:
        out["result"] = f"error: {exc}"


def copy_free_space(folder: Path) -> int:
    return free_space(folder)
