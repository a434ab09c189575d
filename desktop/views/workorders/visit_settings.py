"""System → Workshop steps and notices: whether cars go to the wash after the quality
check, the diagnosis fee of a car that leaves unrepaired, and the templates of the
notices to the customer (with the fields they may use)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.workorders.visit import NOTICE_FIELDS

from desktop.views.shared import common
from desktop.views.shared.common import FieldError

TEMPLATES = ("template_notice_ready", "template_notice_delayed", "template_notice_parts_arrived",
             "template_notice_approval")


class VisitSettings(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.wash = QCheckBox(self.tr("After a passed quality check the car goes to the wash"))
        self.fee = QLineEdit()
        self.templates = {name: QPlainTextEdit() for name in TEMPLATES}
        self.error = FieldError(self)
        self.errors = common.FormErrors(self.error)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow("", self.wash)
        form.addRow(self.tr("Diagnosis fee (car leaves unrepaired), yuan"), self.errors.add("diagnosis_fee", self.fee))
        for name, title in zip(TEMPLATES, (self.tr("Your car is ready"), self.tr("The repair takes longer"),
                                           self.tr("The parts have arrived"),
                                           self.tr("Please approve additional work")), strict=True):
            self.templates[name].setMaximumHeight(60)
            form.addRow(title, self.errors.add(name, self.templates[name]))
        form.addRow("", QLabel(self.tr("Fields: %1").replace("%1", " ".join("{" + f + "}" for f in NOTICE_FIELDS))))
        form.addRow("", save)
        form.addRow("", self.error)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        get = self.services.settings.get
        self.wash.setChecked(get("wash_step") == "on")
        self.fee.setText(f"{get('diagnosis_fee'):.2f}")
        for name, edit in self.templates.items():
            edit.setPlainText(str(get(name)))
        may = self.services.desk.may("settings.edit")
        for w in (self.wash, self.fee, *self.templates.values()):
            w.setEnabled(may)

    def save(self) -> None:
        values: dict[str, object] = {"wash_step": "on" if self.wash.isChecked() else "off",
                                     **{n: e.toPlainText().strip() for n, e in self.templates.items()}}
        try:
            values["diagnosis_fee"] = Decimal(self.fee.text().strip() or "0")
        except ArithmeticError:
            values["diagnosis_fee"] = self.fee.text()
        try:
            common.run_approved(self, self.services, lambda: self.services.settings.set_many(values))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            if hasattr(exc, "errors"):
                self.errors.show(exc.errors)  # type: ignore[attr-defined]
            return
        self.errors.clear()
        self.status.emit(self.tr("Workshop steps and notices saved."))
