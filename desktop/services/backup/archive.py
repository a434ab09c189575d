"""The backup archive (``.sbk``): one file, the database, then a manifest, then a trailer::

    [payload: the SQLite database, or "SBENC" and its AES-256-GCM ciphertext]
    [manifest: JSON, UTF-8]
    [trailer: 32-byte SHA-256 of the manifest, 8-byte manifest length, 8-byte magic]

The manifest holds the program version, schema revision, time, shop name, row counts per
table, the payload's size and SHA-256, and for an encrypted backup the scrypt parameters,
salt, nonce and GCM tag.  The passphrase is never stored.  A manifest is read from a file
that came from outside (a USB stick), so every field is checked for its type and range
before anything uses it: a bad one is "the backup's description is damaged", never a
traceback, and never an scrypt that asks for a terabyte of memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

MAGIC = b"SBACKUP1"
SUFFIX = ".sbk"
FORMAT = 1
CHUNK = 4 << 20
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
# What a backup's scrypt parameters may ask for: at most 2**20 × 128 × 16 bytes = 2 GiB
# would still be too much, so memory (128·n·r) is capped at 256 MiB and the work at p ≤ 4.
SCRYPT_N = (2**10, 2**20)
SCRYPT_R = (1, 16)
SCRYPT_P = (1, 4)
SCRYPT_MEMORY = 256 << 20
MAX_MANIFEST = 1 << 20
_HEX = re.compile(r"^[0-9a-f]*$")
_REVISION = re.compile(r"^[0-9A-Za-z_]{1,32}$")


class BackupError(ServiceError):
    """A backup or restore refused; ``kind`` says which check failed."""

    def __init__(self, kind: str, text: str, **params: object) -> None:
        super().__init__(Message(text, params, "Backup"))
        self.kind = kind


TARGET_TEXT = QT_TRANSLATE_NOOP("Backup", "Cannot use the drive or folder: {error}. Nothing was changed there.")

_TEXTS = {
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
    "foreign": QT_TRANSLATE_NOOP(
        "Backup", "The database inside this backup is not a ServiceBay shop; it cannot be restored."),
    "revision": QT_TRANSLATE_NOOP(
        "Backup", "The backup's description and the database inside it name different versions of "
                  "the data; it cannot be restored."),
}


def fail(kind: str) -> BackupError:
    return BackupError(kind, _TEXTS[kind])


def target_error(error: object) -> BackupError:
    if isinstance(error, OSError):
        error = error.strerror or str(error)
    return BackupError("target", TARGET_TEXT, error=str(error))


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

    @property
    def scrypt(self) -> dict[str, int]:
        enc = self.encryption or {}
        return {k: int(enc[k]) for k in ("n", "r", "p")}


def _is_int(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _is_hex(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and bool(_HEX.match(value))


def parse_manifest(data: object) -> Manifest:
    """A ``Manifest`` from decoded JSON, every field checked; ``fail("manifest")`` if not."""
    if not isinstance(data, dict) or set(data) != set(Manifest.__dataclass_fields__):
        raise fail("manifest")
    ok = (
        _is_int(data["format"], 1, 1000)
        and isinstance(data["program_version"], str) and len(data["program_version"]) <= 40
        and isinstance(data["schema_revision"], str) and bool(_REVISION.match(data["schema_revision"]))
        and isinstance(data["created_at"], str) and len(data["created_at"]) <= 40
        and isinstance(data["shop_name"], str) and len(data["shop_name"]) <= 200
        and isinstance(data["row_counts"], dict) and len(data["row_counts"]) <= 1000
        and all(isinstance(k, str) and len(k) <= 64 and _is_int(v, 0, 10**12)
                for k, v in data["row_counts"].items())
        and _is_int(data["payload_size"], 1, 1 << 50)
        and _is_hex(data["payload_sha256"], 64)
        and (data["encryption"] is None or _encryption_ok(data["encryption"]))
    )
    if not ok:
        raise fail("manifest")
    try:
        created = datetime.fromisoformat(data["created_at"])
    except ValueError as exc:
        raise fail("manifest") from exc
    if created.tzinfo is None or not 2000 <= created.year <= 2200:
        raise fail("manifest")
    return Manifest(**data)


def _encryption_ok(enc: object) -> bool:
    if not isinstance(enc, dict):
        return False
    if enc.get("cipher") != "AES-256-GCM" or enc.get("kdf") != "scrypt":
        return False
    n, r, p = enc.get("n"), enc.get("r"), enc.get("p")
    if not (_is_int(n, *SCRYPT_N) and _is_int(r, *SCRYPT_R) and _is_int(p, *SCRYPT_P)):
        return False
    assert isinstance(n, int) and isinstance(r, int)
    if n & (n - 1) or 128 * n * r > SCRYPT_MEMORY:
        return False
    return _is_hex(enc.get("salt"), 32) and _is_hex(enc.get("nonce"), 24) and _is_hex(enc.get("tag"), 32)


def read_manifest(path: Path) -> tuple[Manifest, int]:
    """The manifest and the payload's size; refuses anything that is not a whole backup."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            if size < 48:
                raise fail("not-backup" if size == 0 or not _looks_partial(f) else "truncated")
            f.seek(size - 48)
            tail = f.read(48)
            if tail[40:] != MAGIC:
                raise fail("truncated" if _looks_partial(f) else "not-backup")
            digest, length = tail[:32], int.from_bytes(tail[32:40], "big")
            if length <= 0 or length > min(size - 48, MAX_MANIFEST):
                raise fail("manifest")
            f.seek(size - 48 - length)
            raw = f.read(length)
    except OSError as exc:
        raise target_error(exc) from exc
    if hashlib.sha256(raw).digest() != digest:
        raise fail("manifest")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise fail("manifest") from exc
    manifest = parse_manifest(data)
    payload = size - 48 - length
    if manifest.payload_size != payload:
        raise fail("truncated")
    return manifest, payload


def _looks_partial(f: BinaryIO) -> bool:
    """A backup cut short starts like one (a SQLite file, or our ciphertext) but has no
    trailer; anything else is simply not a backup."""
    f.seek(0)
    head = f.read(16)
    return head.startswith(b"SQLite format 3") or head.startswith(b"SBENC")


def seal(f: BinaryIO, manifest: Manifest) -> None:
    raw = json.dumps(manifest.__dict__, ensure_ascii=False, sort_keys=True).encode("utf-8")
    f.write(raw)
    f.write(hashlib.sha256(raw).digest() + len(raw).to_bytes(8, "big") + MAGIC)


def chunks(f: BinaryIO, length: int) -> Iterator[bytes]:
    left = length
    while left > 0:
        chunk = f.read(min(CHUNK, left))
        if not chunk:
            raise fail("truncated")
        left -= len(chunk)
        yield chunk


def can_bypass_cache() -> bool:
    """Whether a read-back can ask the system to forget what it cached (Linux, macOS)."""
    return hasattr(os, "posix_fadvise")


def sha256_file(path: Path, length: int, drop_cache: bool = False) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        if drop_cache and can_bypass_cache():
            # Read what is on the device, not what the system still holds in memory.
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        for chunk in chunks(f, length):
            h.update(chunk)
    return h.hexdigest()


def derive_key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8"))


def decrypt(path: Path, size: int, manifest: Manifest, passphrase: str, target: Path) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    enc = manifest.encryption or {}
    key = derive_key(passphrase, bytes.fromhex(enc["salt"]), manifest.scrypt)
    decryptor = Cipher(algorithms.AES(key), modes.GCM(bytes.fromhex(enc["nonce"]),
                                                      bytes.fromhex(enc["tag"]))).decryptor()
    h = hashlib.sha256()
    with path.open("rb") as src, target.open("wb") as out:
        first = True
        for chunk in chunks(src, size):
            h.update(chunk)
            body = chunk
            if first:
                if not chunk.startswith(b"SBENC"):
                    raise fail("checksum")
                body, first = chunk[5:], False
            out.write(decryptor.update(body))
        if h.hexdigest() != manifest.payload_sha256:
            raise fail("checksum")
        try:
            out.write(decryptor.finalize())
        except InvalidTag as exc:
            raise fail("passphrase") from exc
