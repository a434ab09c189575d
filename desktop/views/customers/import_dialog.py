"""Import customers and vehicles from a CSV or XLSX sheet: choose the file, check the
column mapping (recognised headers are filled in), import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.errors import ServiceError
from desktop.services.importing import FIELDS, ImportFailed, Table, guess_mapping, read_table

from desktop.views import common
from desktop.views.common import FieldError, tr_message


def field_label(key: str) -> str:
    return QCoreApplication.translate("Import", FIELDS[key][0]) if key in FIELDS else key


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers and vehicles"))
        self.resize(760, 560)
        self.services = services
        self.table_data: Table | None = None
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
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Problem")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.verticalHeader().hide()
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setColumnWidth(0, 50)
        self.errors.setColumnWidth(1, 110)
        self.errors.hide()
        layout.addWidget(self.errors, 2)
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
            table = read_table(path)
        except ServiceError as exc:
            self.result.show_message(tr_message(exc.message))
            return
        except (OSError, ValueError, KeyError) as exc:  # unreadable, or not really a workbook
            self.result.show_message(self.tr("Cannot read %1: %2").replace("%1", path.name)
                                     .replace("%2", str(exc)))
            return
        self.table_data = table
        self.file_label.setText(self.tr("%1: %n data rows", "", len(table.rows)).replace("%1", path.name))
        guessed = guess_mapping(table.headers)
        self.mapping.setRowCount(len(table.headers))
        first = table.rows[0] if table.rows else []
        for i, header in enumerate(table.headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            sample = first[i] if i < len(first) else ""
            self.mapping.setItem(i, 1, QTableWidgetItem("" if sample is None else str(sample)))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
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
        try:
            report = self.services.importer.import_table(self.table_data, mapping)
        except ImportFailed as exc:
            self.result.show_message(
                tr_message(exc.message) + " " + self.tr("Correct the file and import it again.")
            )
            self.errors.setRowCount(len(exc.errors))
            for i, err in enumerate(exc.errors):
                self.errors.setItem(i, 0, QTableWidgetItem(str(err.row)))
                self.errors.setItem(i, 1, QTableWidgetItem(field_label(err.field)))
                self.errors.setItem(i, 2, QTableWidgetItem(tr_message(err.message)))
            self.errors.show()
            return
        except ServiceError as exc:
            self.result.show_message(tr_message(exc.message))
            return
        self.result.show_message("")
        self.errors.hide()
        self.done_label.setText(
            self.tr("Imported %1 rows: %2 new customers, %3 existing customers, %4 vehicles.")
            .replace("%1", str(report.rows)).replace("%2", str(report.customers_created))
            .replace("%3", str(report.customers_updated)).replace("%4", str(report.vehicles_created))
        )
        self.import_button.setEnabled(False)
        self.imported.emit(report)
