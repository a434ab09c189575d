"""Backup and restore of the big shop against a verified plain copy of the same file to the
same folder.

    python -m bench.bench_backup [--target DIR] [--repeat 3]

The backup includes everything it promises: the online snapshot, the integrity check of
the live database, the checksum, the manifest, flushing to the device, reading back from
the device and comparing.  Its floor does the same work a careful plain copy must do: copy
the file while hashing it (SHA-256), flush it to the device, forget the cached pages where
the system allows it (``posix_fadvise``; elsewhere the read-back goes through a fresh file
handle and the table says so), read it back and compare the hash.  The restore is timed
against the same floor.  Alternating, in one run.  Goals: each within 1.5x of the floor.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_workorders import BIG
from bench.figures import record
from bench.generate import ensure
from desktop.db import open_database
from desktop.services.backup import BackupService
from desktop.services.backup.archive import can_bypass_cache, sha256_file

TARGET_RATIO = 1.5
CHUNK = 1 << 20


def verified_copy(src: Path, dst: Path) -> float:
    """Copy while hashing, flush, drop the cache, read back, compare: the fair floor."""
    start = time.perf_counter()
    h = hashlib.sha256()
    with src.open("rb") as fin, dst.open("wb") as fout:
        for chunk in iter(lambda: fin.read(CHUNK), b""):
            h.update(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    if sha256_file(dst, dst.stat().st_size, drop_cache=True) != h.hexdigest():
        raise SystemExit(f"the plain copy {dst} does not read back as written")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, default=BIG, help="the shop to back up (default: the big shop)")
    args = parser.parse_args()
    if args.db == BIG:
        ensure(BIG, orders=300_000)
    big = args.db
    target = args.target or Path(tempfile.mkdtemp(prefix="servicebay-usb-"))
    size = big.stat().st_size
    db = open_database("sqlite:///" + str(big))  # brings older bench data to the current schema
    service = BackupService(db)
    floors, backups, restores = [], [], []
    home = Path(tempfile.mkdtemp(prefix="servicebay-restore-"))
    shop = home / "shop.sqlite3"
    shutil.copyfile(big, shop)
    for i in range(args.repeat):
        dst = target / f"copy-{i}.sqlite3"
        floors.append(verified_copy(big, dst))
        dst.unlink()
        start = time.perf_counter()
        result = service.backup(target, keep_last=1)
        backups.append(time.perf_counter() - start)
        restored = open_database("sqlite:///" + str(shop))
        start = time.perf_counter()
        BackupService(restored, home / "snaps", home / "work").restore(result.path)
        restores.append(time.perf_counter() - start)
        restored.dispose()
        shutil.rmtree(home / "snaps", ignore_errors=True)
        result.path.unlink()
    db.dispose()
    mb = size / 1e6
    f, b, r = statistics.median(floors), statistics.median(backups), statistics.median(restores)
    how = "page cache dropped" if can_bypass_cache() else "read back through a fresh handle (cache not dropped)"
    print(f"database {mb:.0f} MB, target {target}; floor: copy + SHA-256 + fsync + read back ({how})")
    print(f"verified plain copy     {f:6.2f} s  {mb / f:7.0f} MB/s")
    print(f"verified backup         {b:6.2f} s  {mb / b:7.0f} MB/s  {b / f:5.2f}x")
    print(f"restore                 {r:6.2f} s  {mb / r:7.0f} MB/s  {r / f:5.2f}x")
    for name, value in ((f"backup ({mb:.0f} MB)", b), (f"restore ({mb:.0f} MB)", r)):
        ok = value / f <= TARGET_RATIO
        record(name, value, f, f"<{TARGET_RATIO}x", ok, unit="s", floor_name="verified plain copy", note=how)
    print(f"targets: within {TARGET_RATIO}x of the verified copy: "
          f"{'met' if b / f <= TARGET_RATIO and r / f <= TARGET_RATIO else 'NOT met'}")
    shutil.rmtree(home, ignore_errors=True)
    if args.target is None:
        shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    main()
