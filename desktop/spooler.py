"""The system's print spooler where it takes a PDF itself (CUPS, on Linux and macOS).

Printing there hands the spooler the PDF with the printer, copies, page range and paper:
no page becomes a picture, the job is as small as the PDF, and the printer's own driver
does the rest.  Before a job goes out the printer's state is asked for (``lpstat``): a
printer that does not exist, does not accept jobs, or is paused is said so, by name,
instead of a silent "printed".  Windows has no such spooler command: there the window
streams the pages one at a time (``desktop/views/shared/print_job.py``).  Nothing here imports Qt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 20
_ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # the spooler's words in English, to read them
MEDIA = {"A4": "A4", "A5": "A5", "241x140": "Custom.241x140mm", "241x93": "Custom.241x93mm"}


@dataclass(frozen=True)
class PrinterState:
    name: str
    exists: bool
    accepting: bool
    paused: bool
    reason: str = ""  # the spooler's own words (why it rejects, why it is paused)

    @property
    def ready(self) -> bool:
        return self.exists and self.accepting and not self.paused


class SpoolError(Exception):
    """The spooler did not take the job; ``kind``: missing, refused, paused, failed."""

    def __init__(self, kind: str, printer: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {printer}: {detail}")
        self.kind = kind
        self.printer = printer
        self.detail = detail


def available(platform: str = sys.platform) -> bool:
    """Whether this system has a spooler that takes PDF directly."""
    return platform != "win32" and shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, capture_output=True, text=True, env=_ENV, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return subprocess.CompletedProcess(args, 1, "", str(exc))


def state(name: str) -> PrinterState:
    """What the spooler says of printer ``name`` right now (one ``lpstat`` call)."""
    asked = _run(["lpstat", "-p", name, "-a", name])
    out = asked.stdout
    if asked.returncode != 0 or not re.search(rf"^printer {re.escape(name)} ", out, re.M):
        return PrinterState(name, False, False, False, (out + asked.stderr).strip())
    paused = bool(re.search(rf"^printer {re.escape(name)} disabled", out, re.M))
    accepting = bool(re.search(rf"^{re.escape(name)} accepting requests", out, re.M))
    reasons = [line.strip() for line in out.splitlines() if line.startswith(("\t", " ")) and line.strip()]
    return PrinterState(name, True, accepting, paused, "; ".join(dict.fromkeys(reasons)))


def check(name: str) -> PrinterState:
    """The printer's state; ``SpoolError`` when a job sent now would not print."""
    found = state(name)
    if not found.exists:
        raise SpoolError("missing", name, found.reason)
    if not found.accepting:
        raise SpoolError("refused", name, found.reason)
    if found.paused:
        raise SpoolError("paused", name, found.reason)
    return found


def submit(pdf: Path, printer: str, *, copies: int = 1, pages: tuple[int, int] | None = None,
           paper: str = "A4", collate: bool = True, title: str = "") -> str:
    """Queue ``pdf`` on ``printer``; the spooler's job id.  ``pages`` is (first, last),
    counted from 1."""
    check(printer)
    media = MEDIA.get(paper, f"Custom.{paper}mm")
    args = ["lp", "-d", printer, "-n", str(max(1, copies)), "-o", f"media={media}",
            "-o", "fit-to-page=false", "-o", f"collate={'true' if collate else 'false'}"]
    if title:
        args += ["-t", title]
    if pages is not None:
        args += ["-P", f"{pages[0]}-{pages[1]}"]
    done = _run([*args, str(pdf)])
    if done.returncode != 0:
        raise SpoolError("refused", printer, (done.stderr or done.stdout).strip())
    match = re.search(r"request id is (\S+)", done.stdout)
    return match.group(1) if match else ""
