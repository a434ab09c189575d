"""Backup of the big shop against a plain copy of the same file to the same folder.

    python -m bench.bench_backup [--target DIR] [--repeat 3]

The backup includes everything it promises: the online snapshot, the integrity check of
the live database, the checksum, the manifest, flushing to the device, reading back from
the device and comparing.  Its floor is a plain copy of the database file to the same
folder, flushed to the device (as any copy to a USB stick must be before the stick is
pulled out); the unflushed copy is shown too.  Alternating, in one run.  Target: the
backup at no less than half the speed of the flushed copy.
"""

from __future__ import annotations

import argparse
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


def copy(src: Path, dst: Path, flush: bool) -> float:
    start = time.perf_counter()
    shutil.copyfile(src, dst)
    if flush:
        fd = os.open(dst, os.O_RDWR)
        os.fsync(fd)
        os.close(fd)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ensure(BIG, orders=300_000)
    target = args.target or Path(tempfile.mkdtemp(prefix="servicebay-usb-"))
    size = BIG.stat().st_size
    db = open_database("sqlite:///" + str(BIG))  # brings older bench data to the current schema
    service = BackupService(db)
    flushed, unflushed, backups = [], [], []
    for i in range(args.repeat):
        dst = target / f"copy-{i}.sqlite3"
        unflushed.append(copy(BIG, dst, False))
        dst.unlink()
        flushed.append(copy(BIG, dst, True))
        dst.unlink()
        start = time.perf_counter()
        result = service.backup(target, keep_last=1)
        backups.append(time.perf_counter() - start)
        result.path.unlink()
    db.dispose()
    mb = size / 1e6
    f, u, b = statistics.median(flushed), statistics.median(unflushed), statistics.median(backups)
    print(f"database {mb:.0f} MB, target {target}")
    print(f"plain copy, flushed     {f:6.2f} s  {mb / f:7.0f} MB/s")
    print(f"plain copy, not flushed {u:6.2f} s  {mb / u:7.0f} MB/s")
    print(f"verified backup         {b:6.2f} s  {mb / b:7.0f} MB/s")
    ratio = f / b
    record(f"verified backup ({mb:.0f} MB)", b, f, "speed >= 0.5x of a flushed plain copy", ratio >= 0.5, unit="s",
           floor_name="plain copy, flushed")
    print(f"backup speed / flushed copy speed: {ratio:.2f} (target >= 0.5): {'met' if ratio >= 0.5 else 'NOT met'}")
    if args.target is None:
        shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    main()
