"""ServiceBay (售后管家): the after-sales desk of a car dealership or repair shop."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The installed version (read from the package's metadata when first asked: reading
    it costs the start-up 25 ms)."""
    from importlib import metadata

    try:
        return metadata.version("servicebay")
    except metadata.PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
