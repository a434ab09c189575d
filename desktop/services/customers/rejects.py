"""The rows an import set aside, written back for the person to fix (待修正): the file's own
columns in order, plus a column saying why; .xlsx when asked, else CSV in the input's own
encoding (GBK stays GBK; Excel and WPS open UTF-8 with a BOM as Chinese too)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.services.common.spreadsheet import safe_cell, safe_writer
from desktop.services.core.files import replacing
from desktop.services.core.messages import Message
from desktop.services.core.sheets import RowError, Sheet, cell


def write_rejects(path: Path, table: Sheet, rejected: Sequence[RowError],
                  label: Callable[[str], str], render: Callable[[Message], str]) -> int:
    """The rows set aside, as they were in the file (its columns, in order) with a column
    saying why, to fix in Excel and import again: .xlsx when ``path`` says so, else CSV
    (UTF-8 with BOM, which Excel and WPS open as Chinese).  The number of rows written."""
    reasons: dict[int, list[str]] = {}
    for e in rejected:
        reasons.setdefault(e.row, []).append(f"{label(e.field)}: {render(e.message)}")
    header = [*table.headers, "原因 Reason"]
    rows = table.rows_at(reasons)  # one walk through the file for the rows set aside
    out = [header] + [[cell(v) for v in rows[row]] + ["; ".join(why)]
                      for row, why in sorted(reasons.items()) if row in rows]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook  # type: ignore[import-untyped]

        book = Workbook()
        sheet = book.active
        for row in out:
            sheet.append([safe_cell(v) for v in row])
        with replacing(path, binary=True) as handle:
            book.save(handle)
    else:
        with replacing(path, encoding=table.encoding) as handle:  # as the file came (GBK stays GBK)
            safe_writer(handle).writerows(out)
    return len(out) - 1
