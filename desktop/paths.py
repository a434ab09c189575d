"""Where the program's own files are: from the source tree, or inside the bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"  # Chinese and Latin, TrueType


def icon_path() -> Path:
    return resources_dir() / "icons" / "servicebay-256.png"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def help_dir() -> Path:
    """The Chinese help pages (docs/help in the source tree, the same files in the bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs" / "help"
    return Path(__file__).resolve().parent.parent / "docs" / "help"
