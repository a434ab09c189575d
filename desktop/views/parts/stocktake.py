"""盘点: stock-take.  Make a count sheet (the parts due by class, or every part in some
bins), export it for the clipboard, type the counts as they come in (saved as they are
typed, stamped with their time), and post the differences as adjustments in one action.
Nothing else stops meanwhile: the counter keeps issuing and receiving."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.parts.stocktake import CountLineView, CountView

from desktop.views.shared import common
from desktop.views.shared.common import FieldError
from desktop.views.shared.formats import fmt_qty
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _opt_qty(value: Decimal | None) -> str:
    return "" if value is None else fmt_qty(value)


COUNT_COLUMNS = (
    Column("bin", QT_TRANSLATE_NOOP("Columns", "Bin"), 70),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Part no."), 110),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Part name"), 170),
    Column("abc_class", QT_TRANSLATE_NOOP("Columns", "Class"), 40),
    Column("expected", QT_TRANSLATE_NOOP("Columns", "Book"), 60, RIGHT, fmt=fmt_qty),
    Column("counted", QT_TRANSLATE_NOOP("Columns", "Counted"), 70, RIGHT, fmt=_opt_qty, editable=True),
    Column("difference", QT_TRANSLATE_NOOP("Columns", "Difference"), 75, RIGHT,
           value=lambda x: x.difference if x.difference is not None
           else (x.counted - x.expected if x.counted is not None else None), fmt=_opt_qty),
)


class StockTakePage(QWidget):
    status = Signal(str)
    stock_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.take = services.stocktake
        self.current: CountView | None = None
        self.sheets = QComboBox()
        self.sheets.setMinimumWidth(260)
        self.bins = QLineEdit()
        self.bins.setPlaceholderText(self.tr("Bins starting with… (empty: all)"))
        self.due_only = QCheckBox(self.tr("Only parts due (A monthly, B quarterly, C yearly)"))
        self.due_only.setChecked(True)
        self.new_button = QPushButton(self.tr("New count sheet"))
        self.model: RowTableModel[CountLineView] = RowTableModel(COUNT_COLUMNS)
        self.view = table_view(self.model)
        self.info = QLabel()
        self.error = FieldError(self)
        self.export_button = QPushButton(self.tr("Export sheet…"))
        self.print_button = QPushButton(self.tr("Print sheet…"))
        self.post_button = QPushButton(self.tr("Post differences…"))
        self.cancel_button = QPushButton(self.tr("Discard sheet"))

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Open sheets")))
        row.addWidget(self.sheets)
        row.addSpacing(24)
        row.addWidget(self.bins)
        row.addWidget(self.due_only)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        for b in (self.print_button, self.export_button, self.post_button, self.cancel_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

        self.new_button.clicked.connect(self.new_sheet)
        self.sheets.currentIndexChanged.connect(lambda _i: self._load(self.sheets.currentData()))
        self.model.dataChanged.connect(lambda *_a: self.save_counts())
        self._saving = False
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_sheet)
        self.post_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.discard)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for sheet in self.take.open_counts():
            self.sheets.addItem(f"{sheet.number} · {sheet.scope} · {sheet.counted}/{len(sheet.lines)}", sheet.id)
        index = self.sheets.findData(keep)
        self.sheets.setCurrentIndex(index if index >= 0 else 0)
        self.sheets.blockSignals(False)
        self._load(self.sheets.currentData())

    def _load(self, count_id: int | None) -> None:
        self.error.show_message("")
        self.current = self.take.sheet(count_id) if count_id is not None else None
        sheet = self.current
        self.model.reset(list(sheet.lines) if sheet else [])
        for b in (self.print_button, self.export_button, self.post_button, self.cancel_button):
            b.setEnabled(sheet is not None)
        if sheet is None:
            self.info.setText(self.tr("No count sheet is open. Make one for some bins, or for the parts due."))
            return
        self.info.setText(self.tr("%1: %2 parts. Type the counts in the Counted column: each is saved as it is "
                                  "typed, with its time, so the counter need not stop.")
                          .replace("%1", sheet.number).replace("%2", str(len(sheet.lines))))

    def new_sheet(self) -> CountView | None:
        self.error.show_message("")
        try:
            sheet = self.take.start(self.bins.text(), self.due_only.isChecked())
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return None
        self.refresh(select_id=sheet.id)
        self.status.emit(self.tr("Count sheet %1 made with %2 parts.").replace("%1", sheet.number)
                         .replace("%2", str(len(sheet.lines))))
        return sheet

    def type_count(self, part_number: str, quantity: str) -> None:
        """Type a count for one part (what a person does in the table)."""
        for i, line in enumerate(self.model.rows()):
            if line.number == part_number:
                self.model.setData(self.model.index(i, 5), quantity)

    def _typed(self) -> dict[int, str | None]:
        rows = self.model.rows()
        return {rows[row].id: text or None for (row, key), text in self.model.edits.items() if key == "counted"}

    def save_counts(self) -> bool:
        """Save what has been typed (each count as soon as it is typed); False when a count
        was refused (it stays in the table with the message)."""
        if self.current is None or self._saving:
            return self.current is not None
        typed = self._typed()
        if not typed:
            return True
        self.error.show_message("")
        self._saving = True
        try:
            sheet = self.take.enter(self.current.id, typed)
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return False
        finally:
            self._saving = False
        lines = {x.id: x for x in sheet.lines}
        for i, row in enumerate(self.model.rows()):
            if row.id in typed:
                self.model.edits.pop((i, "counted"), None)
                self._saving = True
                try:
                    self.model.replace_row(i, lines[row.id])
                finally:
                    self._saving = False
        self.current = sheet
        index = self.sheets.findData(sheet.id)
        self.sheets.setItemText(index, f"{sheet.number} · {sheet.scope} · {sheet.counted}/{len(sheet.lines)}")
        return True

    def print_sheet(self) -> QWidget | None:
        if self.current is None:
            return None
        from desktop.views.shared.print_preview import show_document

        sheet = self.current
        return show_document(self, lambda lang: self.services.documents.render("count-sheet", sheet.id, lang),
                             "count-sheet", sheet.number, f"{sheet.number}.pdf")

    def export(self) -> None:
        if self.current is None:
            return
        path = common.choose_save_file(self, self.tr("Export"), f"{self.current.number}.csv",
                                       self.tr("CSV files (*.csv)"))
        sheet = self.current.id
        count = common.saving(self, Path(path), lambda: self.take.export_sheet(sheet, Path(path))) if path else None
        if count is not None:
            self.status.emit(self.tr("Saved %1 (%2 parts).").replace("%1", path).replace("%2", str(count)))

    def post(self) -> CountView | None:
        if self.current is None or not self.save_counts() or self.current is None:
            return None
        sheet = self.current
        short = sum((-(x.counted - x.expected) for x in sheet.lines
                     if x.counted is not None and x.counted < x.expected), Decimal(0))
        over = sum(((x.counted - x.expected) for x in sheet.lines
                    if x.counted is not None and x.counted > x.expected), Decimal(0))
        reason = common.ask_text(self, self.tr("Post differences"), self.tr(
            "%1 of %2 parts counted; %3 pieces short and %4 over against the book when the sheet was made "
            "(what moved since is taken into account). Uncounted parts are left as they are.\n\nReason:")
            .replace("%1", str(sheet.counted)).replace("%2", str(len(sheet.lines)))
            .replace("%3", fmt_qty(short)).replace("%4", fmt_qty(over)))
        if reason is None:
            return None
        try:
            posted = self.take.post(sheet.id, sheet.version, reason)
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return None
        changed = sum(1 for x in posted.lines if x.difference)
        self.current = None
        self.refresh()
        self.stock_changed.emit()
        self.status.emit(self.tr("%1 posted: %2 adjustments.").replace("%1", posted.number)
                         .replace("%2", str(changed)))
        return posted

    def discard(self) -> None:
        if self.current is None:
            return
        sheet = self.current
        if common.ask(self, self.tr("Discard sheet"), self.tr("Discard %1 and its counts? Nothing is posted.")
                      .replace("%1", sheet.number), [self.tr("Discard sheet")]) != 0:
            return
        try:
            self.take.cancel(sheet.id, sheet.version)
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.current = None
        self.refresh()

