"""One table model for every list: columns declared once as data, rows are plain frozen
dataclasses from a service, fetched page by page when a fetcher is given.

    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("last_km", QT_TRANSLATE_NOOP("Columns", "Odometer"), align=RIGHT, fmt=km),
    )
    model = RowTableModel(COLUMNS, fetch_page=lambda after, n: service.page(after, n))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Row = TypeVar("Row")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DARK_TEXT = "#1a1a1a"
ALERT = "#c62828"  # overdue and late rows: red, readable on light and dark themes  # the text colour on every light background the program sets

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the row
    title: str  # untranslated; translated in context "Columns"
    width: int = 120
    align: Qt.AlignmentFlag = LEFT
    fmt: Callable[[Any], str] | None = None
    muted: Callable[[Any], bool] | None = None  # grey the whole row (archived ...)
    value: Callable[[Any], Any] | None = None  # computed from the whole row, not one attribute
    editable: bool = False  # the person types into it; the model keeps the text (``edits``)
    alert: Callable[[Any], bool] | None = None  # the whole row in red (overdue ...)

    def text(self, row: Any) -> str:
        value = self.value(row) if self.value is not None else getattr(row, self.key)
        if self.fmt is not None:
            return self.fmt(value)
        return "" if value is None else str(value)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows held in memory; with ``fetch_page(after_row, n)`` more are loaded as the view
    scrolls (``canFetchMore``/``fetchMore``), so a list of 100,000 opens like one of 100."""

    PAGE = 200

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Row] = (),
        fetch_page: Callable[[Row | None, int], Sequence[Row]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = list(rows)
        self._fetch_page = fetch_page
        self._exhausted = fetch_page is None
        self.edits: dict[tuple[int, str], str] = {}  # (row, column key) → text typed

    # data ---------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            edited = self.edits.get((index.row(), column.key)) if column.editable else None
            return edited if edited is not None else column.text(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.editable:
            return QColor("#fff8dc")  # the cells to type in stand out
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole:
            if any(c.muted is not None and c.muted(row) for c in self.columns):
                return QColor(Qt.GlobalColor.gray)
            if any(c.alert is not None and c.alert(row) for c in self.columns):
                return QColor(ALERT)
            if column.editable:  # a light cell keeps dark text in a dark theme (Windows 11)
                return QColor(DARK_TEXT)
            return None
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.columns[index.column()].editable:
            return False
        self.edits[(index.row(), self.columns[index.column()].key)] = str(value).strip()
        self.dataChanged.emit(index, index)
        return True

    def edited(self, key: str) -> dict[int, str]:
        """Row index → the text in column ``key`` (typed, or as shown when untouched)."""
        column = next(c for c in self.columns if c.key == key)
        return {i: self.edits.get((i, key), column.text(row)) for i, row in enumerate(self._rows)}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    # loading ------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch_page is None:
            return
        last = self._rows[-1] if self._rows else None
        more = list(self._fetch_page(last, self.PAGE))
        if len(more) < self.PAGE:
            self._exhausted = True
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def reset(
        self,
        rows: Sequence[Row] = (),
        fetch_page: Callable[[Row | None, int], Sequence[Row]] | None = None,
    ) -> None:
        """Replace the rows (a new search, a new list)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.edits = {}
        self._fetch_page = fetch_page
        self._exhausted = fetch_page is None
        self.endResetModel()

    def replace_row(self, index: int, row: Row) -> None:
        """One row changed: refresh it alone, not the whole model."""
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))

    def insert_row(self, index: int, row: Row) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, row)
        self.edits = {(r + (r >= index), k): v for (r, k), v in self.edits.items()}
        self.endInsertRows()

    def remove_row(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self.edits = {(r - (r > index), k): v for (r, k), v in self.edits.items() if r != index}
        self.endRemoveRows()


def table_view(model: RowTableModel[Any], row_height: int = 24) -> QTableView:
    """The house table: whole rows selected one at a time, read-only but for editable
    columns (typing starts the edit), fixed row height
    (never resized to contents: that freezes big tables), widths from the columns."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if any(c.editable for c in model.columns):
        Trigger = QAbstractItemView.EditTrigger
        view.setEditTriggers(Trigger.DoubleClicked | Trigger.EditKeyPressed | Trigger.AnyKeyPressed
                             | Trigger.SelectedClicked)
    else:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    for i, column in enumerate(model.columns):
        view.setColumnWidth(i, column.width)
    return view
