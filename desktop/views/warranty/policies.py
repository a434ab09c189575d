"""System → Warranty: the manufacturer's terms per make (and per series where it differs):
each component for months and km, whichever comes first, and the free inspections of a
new car."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.warranty.rules.coverage import COMPONENTS
from desktop.services.warranty.service import PolicyForm, PolicyRow

from desktop.views.shared import common
from desktop.views.shared.common import FieldError
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

COLUMNS = (
    Column("make", QT_TRANSLATE_NOOP("Columns", "Make"), 90),
    Column("series", QT_TRANSLATE_NOOP("Columns", "Series"), 90, fmt=lambda s: s or "*"),
    Column("component", QT_TRANSLATE_NOOP("Columns", "Component"), 170,
           fmt=lambda k: QCoreApplication.translate("Warranty", COMPONENTS.get(k, k))),
    Column("months", QT_TRANSLATE_NOOP("Columns", "Months"), 60, RIGHT),
    Column("km", QT_TRANSLATE_NOOP("Columns", "Km"), 80, RIGHT, fmt=lambda v: f"{v:,}"),
    Column("free_inspections", QT_TRANSLATE_NOOP("Columns", "Free inspections (km)"), 150),
)


class PoliciesSettings(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model: RowTableModel[PolicyRow] = RowTableModel(COLUMNS)
        self.table = table_view(self.model)
        self.make = QLineEdit()
        self.series = QLineEdit()
        self.series.setPlaceholderText(self.tr("empty: every series of the make"))
        self.component = QComboBox()
        for key, text in COMPONENTS.items():
            self.component.addItem(QCoreApplication.translate("Warranty", text), key)
        self.months = QLineEdit()
        self.km = QLineEdit()
        self.free = QLineEdit()
        self.free.setPlaceholderText(self.tr("e.g. 1500 5000"))
        self.error = FieldError(self)
        self.errors = common.FormErrors(self.error)
        save = QPushButton(self.tr("Save the term"))
        retire = QPushButton(self.tr("Remove the selected term"))
        save.clicked.connect(self.save)
        retire.clicked.connect(self.retire)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._picked())
        form = QFormLayout()
        form.addRow(self.tr("Make"), self.errors.add("make", self.make))
        form.addRow(self.tr("Series"), self.series)
        form.addRow(self.tr("Component"), self.errors.add("component", self.component))
        form.addRow(self.tr("Months"), self.errors.add("months", self.months))
        form.addRow(self.tr("Km"), self.errors.add("km", self.km))
        form.addRow(self.tr("Free inspections at km"), self.errors.add("free_inspections", self.free))
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(retire)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        self.model.reset(self.services.warranty.policies())

    def _picked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        p = self.model.row(index.row())
        self.make.setText(p.make)
        self.series.setText(p.series)
        self.component.setCurrentIndex(max(0, self.component.findData(p.component)))
        self.months.setText(str(p.months))
        self.km.setText(str(p.km))
        self.free.setText(p.free_inspections)

    def save(self) -> None:
        form = PolicyForm(self.make.text(), self.component.currentData(), self.months.text(), self.km.text(),
                          self.series.text(), self.free.text())
        try:
            common.run_approved(self, self.services, lambda: self.services.warranty.save_policy(form))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            if hasattr(exc, "errors"):
                self.errors.show(exc.errors)  # type: ignore[attr-defined]
            return
        self.errors.clear()
        self.refresh()
        self.status.emit(self.tr("Warranty term saved."))

    def retire(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        ident = self.model.row(index.row()).id
        try:
            common.run_approved(self, self.services, lambda: self.services.warranty.retire_policy(ident))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.refresh()
