"""Logging to a file of this process's own in the data folder's ``logs``.

One file per process: the window and a scheduled backup (or two windows) never share a
file, so a rollover never fails because another process has it open (Windows refuses to
rename an open file, and its records would be lost).  A long-running window still rotates
its own file; old files are removed at start (older than ``KEEP_DAYS``, beyond
``KEEP_FILES``)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import time
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from desktop.config import log_dir

KEEP_DAYS = 30
KEEP_FILES = 60


def setup(level: int = logging.INFO) -> Path:
    folder = log_dir()
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_servicebay", False)]:
        if Path(getattr(old, "baseFilename", "")).parent == folder:
            root.setLevel(level)
            return Path(old.baseFilename)  # type: ignore[attr-defined]
        root.removeHandler(old)  # the data folder moved (a test, or --db elsewhere)
        old.close()
    _tidy(folder)
    path = folder / f"servicebay-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._servicebay = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def _tidy(folder: Path) -> None:
    try:
        files = sorted(folder.glob("servicebay*.log*"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    cutoff = time.time() - KEEP_DAYS * 86400
    for i, path in enumerate(files):
        with suppress(OSError):
            if i >= KEEP_FILES or path.stat().st_mtime < cutoff:
                path.unlink()  # a file another process still writes is refused on Windows: kept
