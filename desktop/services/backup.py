"""Backup to a USB drive and restore (备份与恢复).

The archive (``.sbk``) is one file: the database, then a manifest, then a trailer::

    [payload: the SQLite database, or its AES-GCM ciphertext]
    [manifest: JSON, UTF-8]
    [trailer: 32-byte SHA-256 of the manifest, 8-byte manifest length, 8-byte magic]

The manifest holds the program version, schema revision, time, shop name, row counts per
table, the payload's size and SHA-256, and for an encrypted backup the scrypt parameters,
salt, nonce and GCM tag.  The passphrase is never stored.

Backup: the SQLite online backup API copies a consistent snapshot of the live database
(others keep working) straight into a temporary file on the target; meanwhile, on the
other core, the live database's integrity is checked.  The copy is hashed, sealed with the
manifest, flushed to the device (fsync), read back from the device and compared, and only
then renamed to its final name.  A stick pulled out half-way leaves only a ``.part`` file,
which nothing takes for a backup.  ``verify`` and ``restore`` additionally run SQLite's
full integrity check on the database inside, and compare its row counts with the manifest.

Restore: everything is checked first (trailer, manifest, checksum, passphrase, integrity,
schema revision: an older one is upgraded afterwards, a newer one refused).  Only then is
a safety snapshot of the current data taken, and the file swapped in with one rename.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from alembic import command
from sqlalchemy import Connection, create_engine, insert, select, text

from desktop import __version__
from desktop.db import Database, snapshot_sqlite
from desktop.models import Base
from desktop.services import shop_settings
from desktop.services.errors import ServiceError
from desktop.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

MAGIC = b"SBACKUP1"
SUFFIX = ".sbk"
FORMAT = 1
CHUNK = 4 << 20
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
KEEP_LAST = 10
KEEP_MONTHS = 12
MMAP = 2**31
NAME = re.compile(r"^servicebay-(\d{8})-(\d{6})\.sbk$")
Progress = Callable[[float], None]


class BackupError(ServiceError):
    """A backup or restore refused; ``kind`` says which check failed."""

    def __init__(self, kind: str, text: str, **params: object) -> None:
        super().__init__(Message(text, params, "Backup"))
        self.kind = kind


TARGET_TEXT = QT_TRANSLATE_NOOP("Backup", "Cannot use the drive or folder: {error}. Nothing was changed there.")


def _target_error(exc: OSError) -> BackupError:
    return BackupError("target", TARGET_TEXT, error=exc.strerror or str(exc))


def _fail(kind: str) -> BackupError:
    texts = {
        "not-backup": QT_TRANSLATE_NOOP("Backup", "This file is not a ServiceBay backup."),
        "truncated": QT_TRANSLATE_NOOP(
            "Backup", "The backup is incomplete (was the drive removed while it was written?)."),
        "manifest": QT_TRANSLATE_NOOP("Backup", "The backup's description is damaged."),
        "checksum": QT_TRANSLATE_NOOP(
            "Backup", "The backup is damaged: its contents do not match their checksum."),
        "passphrase": QT_TRANSLATE_NOOP(
            "Backup", "The passphrase is wrong (or the encrypted backup was altered)."),
        "needs-passphrase": QT_TRANSLATE_NOOP("Backup", "This backup is encrypted: enter its passphrase."),
        "integrity": QT_TRANSLATE_NOOP(
            "Backup", "The database inside the backup is damaged; it cannot be restored."),
        "counts": QT_TRANSLATE_NOOP(
            "Backup", "The database inside the backup does not match its description."),
        "newer": QT_TRANSLATE_NOOP(
            "Backup", "This backup was made by a newer ServiceBay; install that version to restore it."),
        "source": QT_TRANSLATE_NOOP(
            "Backup", "The current database is damaged, so no backup was made. Restore the last good backup."),
        "readback": QT_TRANSLATE_NOOP(
            "Backup", "What was written to the drive reads back differently: the drive is faulty. "
                      "The backup was not kept; use another drive."),
    }
    return BackupError(kind, texts[kind])


@dataclass(frozen=True)
class Manifest:
    format: int
    program_version: str
    schema_revision: str
    created_at: str
    shop_name: str
    row_counts: dict[str, int]
    payload_size: int
    payload_sha256: str
    encryption: dict[str, Any] | None

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @property
    def encrypted(self) -> bool:
        return self.encryption is not None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    removed: tuple[Path, ...]


# --- archive format -------------------------------------------------------------------


def read_manifest(path: Path) -> tuple[Manifest, int]:
    """The manifest and the payload's size; refuses anything that is not a whole backup."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            if size < 48:
                raise _fail("not-backup" if size == 0 or not _looks_partial(f) else "truncated")
            f.seek(size - 48)
            tail = f.read(48)
            if tail[40:] != MAGIC:
                raise _fail("truncated" if _looks_partial(f) else "not-backup")
            digest, length = tail[:32], int.from_bytes(tail[32:40], "big")
            if length <= 0 or length > size - 48:
                raise _fail("manifest")
            f.seek(size - 48 - length)
            raw = f.read(length)
    except OSError as exc:
        raise _target_error(exc) from exc
    if hashlib.sha256(raw).digest() != digest:
        raise _fail("manifest")
    try:
        data = json.loads(raw.decode("utf-8"))
        manifest = Manifest(**data)
    except (ValueError, TypeError) as exc:
        raise _fail("manifest") from exc
    payload = size - 48 - length
    if manifest.payload_size != payload:
        raise _fail("truncated")
    return manifest, payload


def _looks_partial(f: BinaryIO) -> bool:
    """A backup cut short starts like one (a SQLite file, or our ciphertext) but has no
    trailer; anything else is simply not a backup."""
    f.seek(0)
    head = f.read(16)
    return head.startswith(b"SQLite format 3") or head.startswith(b"SBENC")


def _seal(f: BinaryIO, manifest: Manifest) -> None:
    raw = json.dumps(manifest.__dict__, ensure_ascii=False, sort_keys=True).encode("utf-8")
    f.write(raw)
    f.write(hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "big") + MAGIC)


def _chunks(f: BinaryIO, length: int) -> Iterator[bytes]:
    left = length
    while left > 0:
        chunk = f.read(min(CHUNK, left))
        if not chunk:
            raise _fail("truncated")
        left -= len(chunk)
        yield chunk


def _sha256_file(path: Path, length: int, drop_cache: bool = False) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        if drop_cache and hasattr(os, "posix_fadvise"):
            # Read what is on the device, not what the system still holds in memory.
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        for chunk in _chunks(f, length):
            h.update(chunk)
    return h.hexdigest()


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


def _key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8"))


def _row_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.DatabaseError:
        return ""
    finally:
        con.close()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from desktop.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


# --- backup -----------------------------------------------------------------------------


class BackupService:
    def __init__(self, db: Database, snapshots: Path | None = None) -> None:
        self.db = db
        self.snapshots = snapshots

    def _live_path(self) -> Path:
        path = self.db.sqlite_path
        assert path is not None, "the server database is restored by _restore_into_server"
        return path

    def backup(self, target_dir: Path, passphrase: str | None = None, shop_name: str = "",
               progress: Progress | None = None, keep_last: int = KEEP_LAST) -> BackupResult:
        """Write a verified backup into ``target_dir`` (a USB drive) and rotate old ones.

        On PostgreSQL (several workstations) the data is first copied, in one consistent
        snapshot, into a SQLite file at the same schema revision (``export_sqlite``); the
        archive is then the same as a single PC's, and restores on either."""
        report = progress or (lambda _f: None)
        shop_name = shop_name or self._shop_name()
        if self.db.sqlite_path is not None:
            return self._backup_from(self.db.sqlite_path, target_dir, passphrase, shop_name, report, keep_last)
        work = Path(tempfile.mkdtemp(prefix="servicebay-export-"))
        try:
            export_sqlite(self.db, work / "export.sqlite3")
            return self._backup_from(work / "export.sqlite3", target_dir, passphrase, shop_name, report, keep_last)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _backup_from(self, live: Path, target_dir: Path, passphrase: str | None, shop_name: str,
                     report: Progress, keep_last: int) -> BackupResult:
        now = datetime.now(UTC)
        final = target_dir / f"servicebay-{now.astimezone():%Y%m%d-%H%M%S}{SUFFIX}"
        part = target_dir / f".{final.name}.{secrets.token_hex(4)}.part"
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            check: dict[str, str] = {}
            checker = threading.Thread(target=_check_live, args=(live, check), daemon=True)
            checker.start()
            report(0.05)
            if passphrase:
                manifest = self._write_encrypted(live, part, passphrase, shop_name, now, report)
            else:
                manifest = self._write_plain(live, part, shop_name, now, report)
            report(0.8)
            if _sha256_file(part, manifest.payload_size, drop_cache=True) != manifest.payload_sha256:
                raise _fail("readback")
            checker.join()
            if check.get("result") != "ok":
                log.error("live database failed its check: %s", check)
                raise _fail("source")
            os.replace(part, final)
            _fsync_dir(target_dir)
        except OSError as exc:
            _remove(part)
            raise _target_error(exc) from exc
        except BaseException:
            _remove(part)
            raise
        report(0.95)
        removed = rotate(target_dir, keep_last)
        report(1.0)
        log.info("backup written: %s (%d bytes)", final, manifest.payload_size)
        return BackupResult(final, manifest, tuple(removed))

    def _shop_name(self) -> str:
        try:
            with self.db.read() as s:
                return str(shop_settings.get(s, "shop_name") or "")
        except Exception:  # noqa: BLE001 - a name on the label is never worth failing a backup
            return ""

    def _manifest(self, copy: Path, size: int, digest: str, shop_name: str, now: datetime,
                  encryption: dict[str, Any] | None) -> Manifest:
        return Manifest(
            format=FORMAT, program_version=__version__, schema_revision=_revision(copy),
            created_at=now.isoformat(), shop_name=shop_name, row_counts=_row_counts(copy),
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
        digest = _sha256_file(part, size)
        flusher.join()
        if "error" in flushed:
            raise flushed["error"]
        manifest = self._manifest(part, size, digest, shop_name, now, None)
        with part.open("r+b") as f:
            f.seek(size)
            _seal(f, manifest)
            f.flush()
            os.fsync(f.fileno())
        return manifest

    def _write_encrypted(self, live: Path, part: Path, passphrase: str, shop_name: str, now: datetime,
                         report: Progress) -> Manifest:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        local = _local_temp(live)  # the plain copy never touches the drive
        try:
            _backup_api(live, local)
            report(0.4)
            salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
            encryptor = Cipher(algorithms.AES(_key(passphrase, salt, SCRYPT)), modes.GCM(nonce)).encryptor()
            h = hashlib.sha256()
            size = 0
            with local.open("rb") as src, part.open("wb") as out:
                for block in (b"SBENC", ):
                    out.write(block)
                    h.update(block)
                    size += len(block)
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    data = encryptor.update(chunk)
                    out.write(data)
                    h.update(data)
                    size += len(data)
                tail = encryptor.finalize()
                out.write(tail)
                h.update(tail)
                size += len(tail)
                encryption = {"cipher": "AES-256-GCM", "kdf": "scrypt", **SCRYPT,
                              "salt": salt.hex(), "nonce": nonce.hex(), "tag": encryptor.tag.hex()}
                manifest = self._manifest(local, size, h.hexdigest(), shop_name, now, encryption)
                _seal(out, manifest)
                out.flush()
                os.fsync(out.fileno())
            return manifest
        finally:
            local.unlink(missing_ok=True)

    # --- verify and restore -------------------------------------------------------------

    def inspect(self, path: Path) -> Manifest:
        """What a backup holds, from its manifest (cheap: for showing before restoring)."""
        return read_manifest(path)[0]

    def verify(self, path: Path, passphrase: str | None = None) -> Manifest:
        """Every check a restore makes, without restoring."""
        near = self.db.sqlite_path or Path(tempfile.gettempdir()) / "servicebay-verify"
        extracted = self._extract(path, passphrase, _local_temp(near))
        extracted.unlink(missing_ok=True)
        return read_manifest(path)[0]

    def _extract(self, path: Path, passphrase: str | None, target: Path) -> Path:
        manifest, size = read_manifest(path)
        if manifest.format > FORMAT:
            raise _fail("newer")
        try:
            if manifest.encrypted:
                if not passphrase:
                    raise _fail("needs-passphrase")
                _decrypt(path, size, manifest, passphrase, target)
            else:
                h = hashlib.sha256()
                with path.open("rb") as src, target.open("wb") as out:
                    for chunk in _chunks(src, size):
                        h.update(chunk)
                        out.write(chunk)
                if h.hexdigest() != manifest.payload_sha256:
                    raise _fail("checksum")
            _check_copy(target, manifest)
        except BaseException:
            _remove(target)
            raise
        return target

    def restore(self, path: Path, passphrase: str | None = None) -> Manifest:
        """Replace the current data with the backup's, after every check has passed and a
        safety snapshot of the current data was taken.  The caller reopens the database
        (``open_database``), which upgrades an older schema.

        On PostgreSQL the backup's data replaces the server's in one transaction (after a
        safety export of the current data into the snapshots folder): other workstations
        wait for it and then see the restored data."""
        if self.db.sqlite_path is None:
            return self._restore_into_server(path, passphrase)
        live = self._live_path()
        staged = live.with_name(f".{live.name}.restore-{secrets.token_hex(4)}")
        self._extract(path, passphrase, staged)
        try:
            if live.exists() and self.snapshots is not None:
                snapshot_sqlite(live, self.snapshots, "before-restore")
            self.db.dispose()
            for suffix in ("-wal", "-shm"):
                Path(str(live) + suffix).unlink(missing_ok=True)
            os.replace(staged, live)
            _fsync_dir(live.parent)
        except BaseException:
            _remove(staged)
            raise
        manifest = read_manifest(path)[0]
        log.info("restored %s from %s", live, path)
        return manifest


    def _restore_into_server(self, path: Path, passphrase: str | None) -> Manifest:
        from desktop.db import alembic_config

        work = Path(tempfile.mkdtemp(prefix="servicebay-restore-"))
        try:
            staged = self._extract(path, passphrase, work / "backup.sqlite3")
            command.upgrade(alembic_config("sqlite:///" + str(staged)), "head")  # an older backup: its schema now
            if self.snapshots is not None:
                self.snapshots.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                export_sqlite(self.db, self.snapshots / f"server-{stamp}-before-restore.sqlite3")
            load_sqlite(self.db, staged)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        manifest = read_manifest(path)[0]
        log.info("restored the server database from %s", path)
        return manifest


# Kept by triggers on stock_movement: rebuilt from the ledger when the rows are loaded.
DERIVED_TABLES = frozenset({"part_stock", "stock_week"})
BATCH = 5000


def export_sqlite(db: Database, target: Path) -> None:
    """Copy every row of ``db`` (PostgreSQL) into a new SQLite file at the same schema
    revision, reading all tables in one consistent snapshot (REPEATABLE READ): the same
    moment for every table, while the other workstations go on writing."""
    from desktop.db import alembic_config

    with db.engine.connect() as probe:
        revision = str(probe.execute(text("SELECT version_num FROM alembic_version")).scalar_one())
    target.unlink(missing_ok=True)
    command.upgrade(alembic_config("sqlite:///" + str(target)), revision)
    out = create_engine("sqlite:///" + str(target))
    try:
        with db.engine.connect() as connection:
            source = connection.execution_options(isolation_level="REPEATABLE READ")
            with source.begin(), out.begin() as sink:
                _copy_rows(source, sink)
    finally:
        out.dispose()


def load_sqlite(db: Database, source_file: Path) -> None:
    """Replace every row of ``db`` (PostgreSQL) with those of a SQLite file at the same
    schema revision, in one transaction; sequences continue after the restored ids."""
    src = create_engine(f"sqlite:///file:{source_file}?mode=ro&uri=true")
    try:
        with src.connect() as source, db.engine.begin() as sink:
            names = ", ".join(sink.dialect.identifier_preparer.quote(t.name) for t in Base.metadata.sorted_tables)
            sink.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            _copy_rows(source, sink)
            for table in Base.metadata.sorted_tables:
                if "id" in table.c and table.c.id.primary_key and table.name not in DERIVED_TABLES:
                    sink.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 1), "
                        f"(SELECT max(id) FROM {table.name}) IS NOT NULL)"))
    finally:
        src.dispose()


def _copy_rows(source: Connection, sink: Connection) -> None:
    for table in Base.metadata.sorted_tables:  # parents before children
        if table.name in DERIVED_TABLES:
            continue
        order = list(table.primary_key.columns) or list(table.c)
        rows = source.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
        for batch in rows.mappings().partitions(BATCH):
            sink.execute(insert(table), [dict(r) for r in batch])


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


def _local_temp(near: Path) -> Path:
    return near.with_name(f".{near.name}.tmp-{secrets.token_hex(4)}")


def _backup_api(live: Path, target: Path) -> None:
    """A consistent snapshot of the live database, through SQLite's online backup."""
    src = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(str(target))
    try:
        src.execute(f"PRAGMA mmap_size={MMAP}")  # reads the live file without copying it twice
        dst.execute("PRAGMA journal_mode=OFF")  # a fresh file; we flush and verify it ourselves
        dst.execute("PRAGMA synchronous=OFF")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _check_live(live: Path, out: dict[str, str]) -> None:
    try:
        con = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=30)
        try:
            con.execute(f"PRAGMA mmap_size={MMAP}")
            out["result"] = str(con.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error as exc:
        out["result"] = f"error: {exc}"


def _check_copy(copy: Path, manifest: Manifest) -> None:
    try:
        con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _fail("integrity") from exc
    if result != "ok":
        raise _fail("integrity")
    revision = _revision(copy)
    if revision and revision not in _known_revisions():
        raise _fail("newer")
    if _row_counts(copy) != manifest.row_counts:
        raise _fail("counts")


def _decrypt(path: Path, size: int, manifest: Manifest, passphrase: str, target: Path) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    enc = manifest.encryption or {}
    try:
        params = {k: int(enc[k]) for k in ("n", "r", "p")}
        key = _key(passphrase, bytes.fromhex(enc["salt"]), params)
        decryptor = Cipher(algorithms.AES(key), modes.GCM(bytes.fromhex(enc["nonce"]),
                                                          bytes.fromhex(enc["tag"]))).decryptor()
    except (KeyError, ValueError) as exc:
        raise _fail("manifest") from exc
    h = hashlib.sha256()
    with path.open("rb") as src, target.open("wb") as out:
        first = True
        for chunk in _chunks(src, size):
            h.update(chunk)
            body = chunk
            if first:
                if not chunk.startswith(b"SBENC"):
                    raise _fail("checksum")
                body, first = chunk[5:], False
            out.write(decryptor.update(body))
        if h.hexdigest() != manifest.payload_sha256:
            raise _fail("checksum")
        try:
            out.write(decryptor.finalize())
        except InvalidTag as exc:
            raise _fail("passphrase") from exc


# --- rotation ---------------------------------------------------------------------------


def backups_in(folder: Path) -> list[tuple[datetime, Path]]:
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        m = NAME.match(entry.name)
        if m:
            found.append((datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S"), entry))
    return sorted(found)


def plan_rotation(stamps: list[datetime], keep_last: int = KEEP_LAST, months: int = KEEP_MONTHS) -> set[datetime]:
    """Which backups to keep: the newest ``keep_last``, plus the newest of each of the last
    ``months`` months.  Pure, so it is tested on its own."""
    keep = set(sorted(stamps)[-keep_last:]) if keep_last > 0 else set()
    by_month: dict[tuple[int, int], datetime] = {}
    for stamp in stamps:
        key = (stamp.year, stamp.month)
        if key not in by_month or stamp > by_month[key]:
            by_month[key] = stamp
    for key in sorted(by_month)[-months:]:
        keep.add(by_month[key])
    if stamps:
        keep.add(max(stamps))  # never the only good one
    return keep


def rotate(folder: Path, keep_last: int = KEEP_LAST) -> list[Path]:
    found = backups_in(folder)
    keep = plan_rotation([stamp for stamp, _ in found], keep_last)
    removed = []
    for stamp, path in found:
        if stamp not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                log.warning("could not remove old backup %s", path)
    for stale in folder.glob(".servicebay-*.part"):  # left by a drive pulled out earlier
        stale.unlink(missing_ok=True)
    return removed


def copy_free_space(folder: Path) -> int:
    return shutil.disk_usage(folder).free
