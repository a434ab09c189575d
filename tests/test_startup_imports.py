"""Start-up loads only what the first page needs: the window, its pages and the services
import none of the heavy packages that only a print, an import, a chart, the demo or a
schema upgrade use (each is imported where it is used)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("PySide6.QtCharts", "openpyxl", "reportlab", "printing.render", "python_calamine", "pypdfium2",
         "alembic", "pypinyin", "desktop.demo", "PIL")


def test_the_window_starts_without_the_heavy_packages() -> None:
    code = ("import json, sys\n"
            "import desktop.__main__, desktop.views.main_window, desktop.services.container\n"
            f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_sign_in_shows_before_the_database_layer_is_imported() -> None:
    """The sign-in is the first window: it and everything the start runs before it import
    neither SQLAlchemy nor the models; the shop opens behind it (``desktop/startup.py``)."""
    code = ("import json, sys\n"
            "import desktop.__main__, desktop.cli, desktop.app, desktop.views.users.signin\n"
            "print(json.dumps([m for m in ('sqlalchemy', 'desktop.db', 'desktop.models') if m in sys.modules]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
