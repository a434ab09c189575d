"""Export what a table shows to Excel (.xlsx) or CSV, for the manager's own sheets: the
columns as titled on screen, the rows as shown (amounts and counts as numbers); several
tables of a page go to one workbook, a sheet each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.views.shared import common
from desktop.views.shared.table_model import RowTableModel


def sheet_of(title: str, model: RowTableModel[Any]) -> tuple[str, list[str], list[list[str]]]:
    """A table as its title, its column titles and its rows of texts (every row it holds)."""
    headers = [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]
    rows = [[column.text(row) for column in model.columns] for row in model.rows()]
    return title, headers, rows


def export_tables(parent: QWidget, name: str, tables: Sequence[tuple[str, RowTableModel[Any]]]) -> int | None:
    """Ask where, then write the tables; the number of rows written, None when cancelled
    or it failed (the person was told why)."""
    from desktop.services.common.spreadsheet import write_tables

    path = common.choose_save_file(parent, QCoreApplication.translate("Files", "Export"), name,
                                   QCoreApplication.translate("Files", "Excel workbook (*.xlsx);;CSV (*.csv)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".xlsx")
    sheets = [sheet_of(title, model) for title, model in tables]
    written: int | None = common.saving(parent, target, lambda: write_tables(target, sheets))
    return written
