"""Cells that are safe to open in Excel or WPS (CSV injection): a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return would run as a formula there (a
customer named ``=HYPERLINK(...)``), so it gets a leading apostrophe, as OWASP advises.
Numbers the program writes itself (``int``, ``Decimal``, ``float``) are left as they are.
Every CSV the program writes goes through ``safe_writer``."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
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


_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def as_cell(text: str) -> Any:
    """A table's text as a spreadsheet cell: an amount or a count as a number (¥1,234.50 →
    1234.50, 1,200 → 1200) so the sheet can add it up; anything else (12.5%, "—", a name)
    as the text shown, made safe."""
    plain = text.replace("¥", "").replace(",", "").strip()
    if _NUMBER.fullmatch(plain):
        return Decimal(plain) if "." in plain else int(plain)
    return safe_cell(text)


Sheet = tuple[str, Sequence[str], Sequence[Sequence[str]]]  # title, headers, rows of texts


def write_tables(path: Path, sheets: Sequence[Sheet]) -> int:
    """Tables as the person sees them, to ``path``: an Excel workbook (.xlsx) with a sheet
    each, or a CSV with each table under its title and a blank line between; amounts and
    counts as numbers.  Written under a temporary name and renamed (an interrupted export
    leaves no half file).  The number of rows written."""
    from desktop.services.core.files import replacing

    count = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook  # type: ignore[import-untyped]

        book = Workbook(write_only=True)
        used: set[str] = set()
        for title, headers, rows in sheets:
            name = re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Sheet"  # what Excel allows in a sheet's name
            while name in used:
                name = name[:29] + f"{len(used) % 100:02d}"
            used.add(name)
            sheet = book.create_sheet(name)
            sheet.append([safe_cell(h) for h in headers])
            for row in rows:
                sheet.append([as_cell(c) for c in row])
                count += 1
        with replacing(path, binary=True) as handle:
            book.save(handle)
        return count
    with replacing(path) as handle:
        writer = csv.writer(handle)
        for i, (title, headers, rows) in enumerate(sheets):
            if len(sheets) > 1:
                if i:
                    writer.writerow([])
                writer.writerow([safe_cell(title)])
            writer.writerow([safe_cell(h) for h in headers])
            for row in rows:
                writer.writerow([as_cell(c) for c in row])
                count += 1
    return count
