"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.config import log_dir

LOG_NAME = "servicebay.log"


def setup(level: int = logging.INFO) -> Path:
    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_servicebay", False)]:
        if Path(getattr(old, "baseFilename", "")) == path:
            root.setLevel(level)
            return path
        root.removeHandler(old)  # the data folder moved (a test, or --db elsewhere)
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._servicebay = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
