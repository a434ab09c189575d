"""Import customers and vehicles from a CSV, XLSX or XLS sheet: choose the file, check the
column mapping (recognised headers are filled in), import.  Bad rows show in a grid with
the cells at fault marked and their reasons: correct them there and import again, or
import the good rows and save the bad ones to a file of rejects."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.sheets import ImportFailed, RowError, Sheet, cell, open_sheet
from desktop.services.customers.importing import FIELDS, ImportReport, guess_mapping
from desktop.services.customers.rejects import write_rejects

from desktop.views.shared import background, common
from desktop.views.shared.common import FieldError, tr_message


def field_label(key: str) -> str:
    return QCoreApplication.translate("Import", FIELDS[key][0]) if key in FIELDS else key


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers and vehicles"))
        self.resize(760, 560)
        self.services = services
        self.table_data: Sheet | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("A CSV or Excel (.xlsx, .xls) file, one vehicle per row."))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns of the file and what they hold:")))
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Import as")]
        )
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.verticalHeader().hide()
        self.mapping.setColumnWidth(0, 160)
        self.mapping.setColumnWidth(1, 220)
        layout.addWidget(self.mapping, 2)
        self.result = FieldError(self)
        layout.addWidget(self.result)
        # The bad rows as they are in the file, the cells at fault marked with their reason:
        # corrected here and imported again, or set aside in a file of rejects.
        self.errors = QTableWidget(0, 0)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.verticalHeader().hide()
        self.errors.hide()
        self.bad_rows: list[int] = []  # the sheet row of each grid row
        layout.addWidget(self.errors, 2)
        self.aside_button = QPushButton(self.tr("Import the good rows, save the bad ones…"))
        self.aside_button.clicked.connect(self.import_setting_aside)
        self.aside_button.hide()
        layout.addWidget(self.aside_button)
        self.done_label = QLabel()
        layout.addWidget(self.done_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        path = common.choose_open_file(
            self, self.tr("Import customers"), self.tr("Spreadsheets (*.csv *.tsv *.xlsx *.xls)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.result.show_message("")
        self.errors.hide()
        self.done_label.setText("")
        try:
            table = open_sheet(path)  # read row by row: a file of any size
        except ServiceError as exc:
            self.result.show_message(tr_message(exc.message))
            return
        except (OSError, ValueError, KeyError) as exc:  # unreadable, or not really a workbook
            self.result.show_message(self.tr("Cannot read %1: %2").replace("%1", path.name)
                                     .replace("%2", str(exc)))
            return
        self.table_data = table
        self.file_label.setText(self.tr("%1: %n data rows", "", table.count).replace("%1", path.name))
        guessed = guess_mapping(table.headers)
        self.mapping.setRowCount(len(table.headers))
        first = next((raw for _, raw in table.numbered()), [])
        for i, header in enumerate(table.headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            sample = first[i] if i < len(first) else ""
            self.mapping.setItem(i, 1, QTableWidgetItem("" if sample is None else str(sample)))
            combo = QComboBox()
            combo.addItem(self.tr("— kept as data from the old system —"), "")
            for key in FIELDS:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(i, ""))))
            self.mapping.setCellWidget(i, 2, combo)
        self.import_button.setEnabled(True)

    def current_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[i] = combo.currentData()
        return mapping

    def run_import(self) -> None:
        if self.table_data is None:
            return
        mapping = self.current_mapping()
        fields = list(mapping.values())
        duplicated = {f for f in fields if fields.count(f) > 1}
        if duplicated:
            self.result.show_message(self.tr("Each field can come from one column only: %1")
                                     .replace("%1", ", ".join(field_label(f) for f in duplicated)))
            return
        self._take_corrections()
        table = self.table_data
        stop = threading.Event()
        self.progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 100, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # a small file never shows it
        self.progress.canceled.connect(stop.set)
        self.import_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.progress.reset()
            self.import_button.setEnabled(True)
            if isinstance(exc, ImportFailed):
                self.result.show_message(tr_message(exc.message) + " " + self.tr(
                    "Correct the marked cells below and import again, or import the good rows and save the bad "
                    "ones to a file."))
                self._show_bad_rows(exc.errors, mapping)
            elif isinstance(exc, ServiceError):
                self.result.show_message(tr_message(exc.message))
            else:
                raise exc

        def done(report: ImportReport) -> None:
            self.progress.reset()
            self._done(report)

        # Off the GUI thread: a file of 20,000 rows keeps the window responsive, and a
        # cancel leaves nothing imported (one transaction, rolled back).
        background.run_in_background(
            lambda report: self.services.importer.import_table(table, mapping, report, stop.is_set),
            done, failed, lambda f: self.progress.setValue(int(f * 100)))

    def _show_bad_rows(self, errors: list[RowError], mapping: dict[int, str]) -> None:
        """The rows at fault in a grid: the file's columns, each cell at fault red with its
        reason as the tooltip, the reasons in the last column; the cells can be corrected."""
        assert self.table_data is not None
        table = self.table_data
        column_of = {f: i for i, f in mapping.items()}
        by_row: dict[int, list[RowError]] = {}
        for err in errors:
            by_row.setdefault(err.row, []).append(err)
        raws = table.rows_at(by_row)
        self.bad_rows = sorted(raws)
        self.errors.clear()
        self.errors.setColumnCount(len(table.headers) + 2)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), *table.headers, self.tr("Problem")])
        self.errors.setRowCount(len(self.bad_rows))
        for g, row in enumerate(self.bad_rows):
            raw = raws[row]
            number = QTableWidgetItem(str(row))
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.errors.setItem(g, 0, number)
            for c in range(len(table.headers)):
                self.errors.setItem(g, c + 1, QTableWidgetItem(cell(raw[c]) if c < len(raw) else ""))
            reasons = []
            for err in by_row[row]:
                reasons.append(f"{field_label(err.field)}: {tr_message(err.message)}")
                c = column_of.get("phone" if err.field == "phones" else err.field)
                item = self.errors.item(g, c + 1) if c is not None else None
                if item is not None:
                    item.setBackground(QColor("#ffcdd2"))
                    item.setForeground(QColor("#1a1a1a"))
                    item.setToolTip(tr_message(err.message))
            why = QTableWidgetItem("; ".join(reasons))
            why.setFlags(why.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.errors.setItem(g, len(table.headers) + 1, why)
        self.errors.show()
        self.aside_button.setVisible(bool(self.bad_rows))

    def _take_corrections(self) -> None:
        """What was typed into the grid goes into the rows before the next try."""
        if self.table_data is None or self.errors.isHidden():
            return
        width = len(self.table_data.headers)
        for g, row in enumerate(self.bad_rows):
            cells = [self.errors.item(g, c + 1) for c in range(width)]
            self.table_data.correct(row, [item.text() if item is not None else "" for item in cells])

    def import_setting_aside(self) -> str:
        """The good rows now; the bad ones (with the corrections typed so far) to a file of
        rejects, with the reason, to fix in Excel and import again."""
        if self.table_data is None:
            return ""
        path = common.choose_save_file(self, self.tr("Save the rows set aside"), "待修正.csv",
                                       self.tr("CSV files (*.csv);;Excel (*.xlsx)"))
        if not path:
            return ""
        self._take_corrections()
        table = self.table_data
        try:
            report, rejected = self.services.importer.import_good_rows(table, self.current_mapping())
            if rejected:
                write_rejects(Path(path), table, rejected, field_label, tr_message)
        except ServiceError as exc:
            self.result.show_message(tr_message(exc.message))
            return ""
        except OSError as exc:
            self.result.show_message(self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", str(exc)))
            return ""
        self._done(report)
        if rejected:
            self.done_label.setText(self.done_label.text() + " " + self.tr(
                "%1 rows were set aside in %2: fix them there and import that file.").replace(
                "%1", str(len({e.row for e in rejected}))).replace("%2", path))
        return path

    def _done(self, report: ImportReport) -> None:
        self.result.show_message("")
        self.errors.hide()
        self.aside_button.hide()
        self.done_label.setText(
            self.tr("Imported %1 rows: %2 new customers, %3 existing customers, %4 vehicles.")
            .replace("%1", str(report.rows)).replace("%2", str(report.customers_created))
            .replace("%3", str(report.customers_updated)).replace("%4", str(report.vehicles_created))
        )
        self.import_button.setEnabled(False)
        self.imported.emit(report)
