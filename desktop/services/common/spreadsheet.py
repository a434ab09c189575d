"""Cells that are safe to open in Excel or WPS (CSV injection): a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return would run as a formula there (a
customer named ``=HYPERLINK(...)``), so it gets a leading apostrophe, as OWASP advises.
Numbers the program writes itself (``int``, ``Decimal``, ``float``) are left as they are.
Every CSV the program writes goes through ``safe_writer``."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


class SafeWriter:
    def __init__(self, handle: Any) -> None:
        self._writer = csv.writer(handle)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_writer(handle: Any) -> SafeWriter:
    return SafeWriter(handle)
