"""The console a command prints to: a Chinese Windows console is GBK (cp936), an English one
cp1252, and output redirected to a file or a pipe takes the system's code page.  A shop
name with "•" or a customer named 䶮 must never turn a finished command into a crash:
characters the console cannot show are replaced, never raised."""

from __future__ import annotations

import sys
from contextlib import suppress


def make_console_safe() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):  # a stream already closed, or not a text stream
                reconfigure(errors="replace")


def interactive() -> bool:
    """A console to ask on: the windowed Windows program has no stdin at all."""
    stdin = sys.stdin
    return stdin is not None and not stdin.closed and stdin.isatty()
