"""The few Windows calls the program makes, each a no-op elsewhere.

- A named mutex held for as long as the program runs: the installer (and uninstaller)
  looks for it and asks the person to close ServiceBay before replacing files that are in
  use, instead of leaving a half-deleted program.
"""

from __future__ import annotations

import sys
from typing import Any

MUTEX_NAME = "ServiceBay-Running"  # the same name as in packaging/servicebay.nsi
_held: list[Any] = []


def hold_program_mutex(platform: str = sys.platform) -> bool:
    """Create (or open) the named mutex and keep its handle until the process ends;
    Windows closes it then, however the process ends."""
    if platform != "win32" or _held:
        return bool(_held)
    import ctypes

    handle = ctypes.windll.kernel32.CreateMutexW(None, False, MUTEX_NAME)  # type: ignore[attr-defined]
    if handle:
        _held.append(handle)
    return bool(handle)
