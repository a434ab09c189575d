"""Which backups on a drive to keep: the newest ten, one a month for a year, and never the
last ones that hold a shop's data (ten backups of an empty shop, made by a scheduled task
pointed at the wrong file, must not push the real ones out)."""

from __future__ import annotations

import logging
import re
import time
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from desktop.services.backup.archive import BackupError, read_manifest

log = logging.getLogger(__name__)

KEEP_LAST = 10
KEEP_MONTHS = 12
NAME = re.compile(r"^servicebay-(\d{8})-(\d{6})\.sbk$")
STALE_PART_S = 3600  # a .part with no lock beside it (an older version's) is stale after this


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


def plan_rotation(stamps: list[datetime], keep_last: int = KEEP_LAST, months: int = KEEP_MONTHS,
                  with_data: set[datetime] | None = None) -> set[datetime]:
    """Which backups to keep: the newest ``keep_last``, the newest ``keep_last`` of those
    that hold data, and the newest of each of the last ``months`` months.  Pure, so it is
    tested on its own."""
    keep = set(sorted(stamps)[-keep_last:]) if keep_last > 0 else set()
    if with_data is not None and keep_last > 0:
        keep |= set(sorted(s for s in stamps if s in with_data)[-keep_last:])
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


def _holds_data(path: Path) -> bool:
    from desktop.services.backup.payload import has_data

    try:
        manifest = read_manifest(path)[0]
    except BackupError:
        return True  # unreadable here and now: not ours to judge, so it counts as kept data
    return has_data(manifest.row_counts, manifest.schema_revision)


def rotate(folder: Path, keep_last: int = KEEP_LAST) -> list[Path]:
    found = backups_in(folder)
    with_data = {stamp for stamp, path in found if _holds_data(path)}
    keep = plan_rotation([stamp for stamp, _ in found], keep_last, with_data=with_data)
    removed = []
    for stamp, path in found:
        if stamp not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                log.warning("could not remove old backup %s", path)
    remove_stale_parts(folder)
    return removed


def remove_stale_parts(folder: Path) -> None:
    """Remove what a drive pulled out earlier left behind, but never the ``.part`` of a
    backup that is being written right now (its lock file beside it is held)."""
    from desktop.presence import is_held

    try:
        parts = list(folder.glob(".servicebay-*.part"))
    except OSError:
        return
    for part in parts:
        lock = part.with_name(part.name + "-lock")
        if lock.exists():
            if is_held(lock):
                continue
        else:
            with suppress(OSError):
                if time.time() - part.stat().st_mtime < STALE_PART_S:
                    continue
        for path in (part, lock):
            with suppress(OSError):
                path.unlink()
