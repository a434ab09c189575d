"""The workshop part of System: staff, bays, labour rate and VAT."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.money import yuan
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, tr_message

ROLES = {
    "advisor": QT_TRANSLATE_NOOP("Roles", "Service advisor"),
    "technician": QT_TRANSLATE_NOOP("Roles", "Technician"),
    "foreman": QT_TRANSLATE_NOOP("Roles", "Foreman"),
    "inspector": QT_TRANSLATE_NOOP("Roles", "Inspector"),
    "washer": QT_TRANSLATE_NOOP("Roles", "Washer"),
    "parts": QT_TRANSLATE_NOOP("Roles", "Parts clerk"),
    "cashier": QT_TRANSLATE_NOOP("Roles", "Cashier"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Service manager"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLES.get(role, role))


class WorkshopSettings(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.error = FieldError(self)
        self.staff = QListWidget()
        self.staff_name = QLineEdit()
        self.staff_name.setPlaceholderText(self.tr("Name"))
        self.staff_name.setMinimumWidth(90)
        self.staff_role = QComboBox()
        for key in ROLES:
            self.staff_role.addItem(role_label(key), key)
        add_staff = QPushButton(self.tr("Add"))
        self.toggle_staff = QPushButton(self.tr("Left / back"))
        staff_box = QGroupBox(self.tr("Staff"))
        sv = QVBoxLayout(staff_box)
        sv.addWidget(self.staff)
        row = QHBoxLayout()
        for w in (self.staff_name, self.staff_role, add_staff, self.toggle_staff):
            row.addWidget(w)
        sv.addLayout(row)
        self.bays = QListWidget()
        self.bay_name = QLineEdit()
        self.bay_name.setPlaceholderText(self.tr("e.g. 7号工位"))
        self.bay_name.setMinimumWidth(90)
        add_bay = QPushButton(self.tr("Add"))
        self.toggle_bay = QPushButton(self.tr("Out of use / back"))
        bay_box = QGroupBox(self.tr("Bays"))
        bv = QVBoxLayout(bay_box)
        bv.addWidget(self.bays)
        row = QHBoxLayout()
        for w in (self.bay_name, add_bay, self.toggle_bay):
            row.addWidget(w)
        bv.addLayout(row)
        self.rate = QLineEdit()
        self.vat = QLineEdit()
        save_money = QPushButton(self.tr("Save rates"))
        money_box = QGroupBox(self.tr("Prices"))
        mf = QFormLayout(money_box)
        mf.addRow(self.tr("Labour rate (yuan per standard hour, excl. VAT)"), self.rate)
        mf.addRow(self.tr("VAT rate (%)"), self.vat)
        mf.addRow("", save_money)
        self.operations = QListWidget()
        self.op_code = QLineEdit()
        self.op_code.setPlaceholderText(self.tr("Code"))
        self.op_code.setMaximumWidth(80)
        self.op_name = QLineEdit()
        self.op_name.setPlaceholderText(self.tr("Operation"))
        self.op_system = QLineEdit()
        self.op_system.setPlaceholderText(self.tr("System"))
        self.op_system.setMaximumWidth(80)
        self.op_hours = QLineEdit()
        self.op_hours.setPlaceholderText(self.tr("Hours"))
        self.op_hours.setMaximumWidth(60)
        self.op_rate = QLineEdit()
        self.op_rate.setPlaceholderText(self.tr("Own rate"))
        self.op_rate.setMaximumWidth(80)
        save_op = QPushButton(self.tr("Save"))
        retire_op = QPushButton(self.tr("Retire"))
        ops_box = QGroupBox(self.tr("Labour catalogue (standard hours)"))
        ov = QVBoxLayout(ops_box)
        ov.addWidget(self.operations)
        row = QHBoxLayout()
        for w in (self.op_code, self.op_name, self.op_system, self.op_hours, self.op_rate, save_op, retire_op):
            row.addWidget(w)
        ov.addLayout(row)
        self.operations.currentItemChanged.connect(self._operation_picked)
        save_op.clicked.connect(self.save_operation)
        retire_op.clicked.connect(self.retire_operation)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.addWidget(staff_box, 3)
        columns.addWidget(bay_box, 2)
        columns.addWidget(ops_box, 5)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(money_box, 1)
        bottom.addWidget(self._printing_box(), 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        add_staff.clicked.connect(self.add_staff)
        add_bay.clicked.connect(self.add_bay)
        self.toggle_staff.clicked.connect(lambda: self._toggle("staff", self.staff))
        self.toggle_bay.clicked.connect(lambda: self._toggle("bay", self.bays))
        save_money.clicked.connect(self.save_rates)
        self.refresh()

    def _printing_box(self) -> QGroupBox:
        """Which paper each document prints on, and the label sheet (or roll)."""
        from printing.sheets import PRESETS

        box = QGroupBox(self.tr("Printing"))
        form = QFormLayout(box)
        self.papers: dict[str, QComboBox] = {}
        names = {"A4": "A4", "A5": "A5", "241x140": self.tr("241×140 mm continuous form (halves)"),
                 "241x93": self.tr("241×93 mm continuous form (thirds)")}
        for key, title in (("job_card_paper", self.tr("Job cards")),
                           ("delivery_report_paper", self.tr("Delivery reports")),
                           ("invoice_paper", self.tr("Settlement sheets"))):
            combo = QComboBox()
            for paper, text in names.items():
                combo.addItem(text, paper)
            self.papers[key] = combo
            form.addRow(title, combo)
        self.label_sheet = QComboBox()
        self.label_sheet.setEditable(True)  # a custom sheet is typed as its description
        for key in PRESETS:
            self.label_sheet.addItem(key, key)
        form.addRow(self.tr("Label sheet or roll"), self.label_sheet)
        save = QPushButton(self.tr("Save printing"))
        save.clicked.connect(self.save_printing)
        form.addRow("", save)
        return box

    def save_printing(self) -> None:
        papers = {key: str(combo.currentData()) for key, combo in self.papers.items()}
        if self._save(lambda: self.services.settings.set_printing(papers, self.label_sheet.currentText())):
            self.status.emit(self.tr("Printing settings saved."))

    def refresh(self) -> None:
        self.staff.clear()
        gone = " (" + self.tr("left") + ")"
        for sid, name, role, active in self.services.workshop.people():
            text = name + " — " + role_label(role) + ("" if active else gone)
            item = QListWidgetItem(text, self.staff)
            item.setData(Qt.ItemDataRole.UserRole, (sid, active))
        self.bays.clear()
        for bid, name, active in self.services.workshop.all_bays():
            item = QListWidgetItem(name + ("" if active else " (" + self.tr("out of use") + ")"), self.bays)
            item.setData(Qt.ItemDataRole.UserRole, (bid, active))
        self.operations.clear()
        self._ops = {op.id: op for op in self.services.workorders.operations()}
        for op in self._ops.values():
            item = QListWidgetItem(f"{op.code}  {op.name}  {op.standard_hours} h  {yuan(op.rate)}", self.operations)
            item.setData(Qt.ItemDataRole.UserRole, op.id)
        self.rate.setText(str(self.services.settings.get("labour_rate")))
        self.vat.setText(f"{self.services.settings.vat_percent():f}")
        for key, combo in self.papers.items():
            combo.setCurrentIndex(max(0, combo.findData(self.services.settings.get(key))))
        self.label_sheet.setCurrentText(str(self.services.settings.get("label_sheet")))

    def _operation_picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        op = self._ops.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        if op is not None:
            self.op_code.setText(op.code)
            self.op_name.setText(op.name)
            self.op_system.setText(op.system)
            self.op_hours.setText(str(op.standard_hours))
            self.op_rate.setText("")

    def save_operation(self) -> None:
        self._do(lambda: self.services.workshop.save_operation(
            self.op_code.text(), self.op_name.text(), self.op_system.text(), self.op_hours.text(),
            self.op_rate.text() or None))

    def retire_operation(self) -> None:
        item = self.operations.currentItem()
        if item is not None:
            self._do(lambda: self.services.workshop.retire_operation(item.data(Qt.ItemDataRole.UserRole)))

    def add_staff(self) -> None:
        self._do(lambda: self.services.workshop.add_staff(self.staff_name.text(), self.staff_role.currentData()))
        self.staff_name.clear()

    def add_bay(self) -> None:
        self._do(lambda: self.services.workshop.add_bay(self.bay_name.text()))
        self.bay_name.clear()

    def _toggle(self, kind: str, widget: QListWidget) -> None:
        item = widget.currentItem()
        if item is not None:
            ident, active = item.data(Qt.ItemDataRole.UserRole)
            self._do(lambda: self.services.workshop.set_active(kind, ident, not active))

    def save_rates(self) -> None:
        if self._save(lambda: self.services.settings.set_prices(self.rate.text(), self.vat.text())):
            self.status.emit(self.tr("Rates saved."))

    def _save(self, action: Callable[[], object]) -> bool:
        """A setting saved (a manager may approve it on the spot); what is wrong said here."""
        try:
            done = common.run_approved(self, self.services, lambda: action() or True)
        except ValidationFailed as exc:
            self.error.show_message("<br>".join(tr_message(m) for m in exc.errors.values()))
            return False
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return False
        self.error.show_message("")
        return done is not None

    def _do(self, action: Callable[[], object]) -> None:
        self.error.show_message("")
        try:
            common.run_approved(self, self.services, action)
        except ValidationFailed as exc:
            self.error.show_message("<br>".join(tr_message(m) for m in exc.errors.values()))
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
        self.refresh()
