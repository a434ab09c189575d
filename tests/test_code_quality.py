"""ruff over the tree, and mypy strict over the services and models (DESIGN.md)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if not (BIN / tool).exists():
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([str(BIN / tool), *args], cwd=ROOT, capture_output=True, text=True,
                          check=False, timeout=600)


def test_ruff() -> None:
    result = run("ruff", "check", "--output-format", "concise", "desktop", "printing", "bench", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_services_and_models() -> None:
    result = run("mypy", "desktop/services", "desktop/demo", "desktop/models", "desktop/db.py", "desktop/config.py",
                 "desktop/presence.py", "desktop/volumes.py", "desktop/spooler.py", "desktop/startup.py", "printing")
    assert result.returncode == 0, result.stdout + result.stderr
