"""The rescue desk's dialogs: a breakdown call taken, a rescue closed with its outcome, a van."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.customers.search import CustomerRow
from desktop.services.rescue.records import CallForm, CloseForm, RescueView, VanForm, VanView
from desktop.services.rescue.rules.rescue import OUTCOME_NAMES

from desktop.views.shared.common import FormDialog, FormErrors, date_edit
from desktop.views.shared.pickers import CustomerPicker


class CallDialog(FormDialog):
    """A breakdown call, logged in seconds: the phone, where, what; the car when found."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("RescuePage", "Breakdown call"))
        self.services = services
        self.result_: RescueView | None = None
        self.errors = FormErrors(self.general_error)
        self.phone, self.caller, self.plate = QLineEdit(), QLineEdit(), QLineEdit()
        self.address, self.landmark, self.coordinates, self.distance = QLineEdit(), QLineEdit(), QLineEdit(), \
            QLineEdit("0")
        self.problem = QPlainTextEdit()
        self.problem.setFixedHeight(70)
        self.picker = CustomerPicker(services)
        self.picker.setFixedHeight(140)
        self.picker.picked.connect(self._customer)
        self.car = QComboBox()
        self.car.addItem(self.tr("not known"), None)
        self.phone.textChanged.connect(lambda text: self.picker.query.setText(text) if len(text) >= 7 else None)
        form = QFormLayout()
        form.addRow(self.tr("Phone"), self.errors.add("phone", self.phone))
        form.addRow(self.tr("Caller"), self.caller)
        form.addRow(self.tr("Customer"), self.picker)
        form.addRow(self.tr("Car"), self.car)
        form.addRow(self.tr("Plate (as told)"), self.plate)
        form.addRow(self.tr("Where"), self.errors.add("address", self.address))
        form.addRow(self.tr("Landmark"), self.landmark)
        form.addRow(self.tr("Coordinates"), self.coordinates)
        form.addRow(self.tr("Distance from the shop (km)"), self.errors.add("distance_km", self.distance))
        form.addRow(self.tr("What is wrong"), self.errors.add("problem", self.problem))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Log the call"))
        self.finish_layout()

    def _customer(self, row: CustomerRow | None) -> None:
        self.car.clear()
        self.car.addItem(self.tr("not known"), None)
        if row is None:
            return
        for v in self.services.customers.get_customer(row.id).vehicles:
            self.car.addItem(" ".join(x for x in (v.plate, v.make, v.model) if x) or v.vin, v.id)
        self.car.setCurrentIndex(max(self.car.findData(row.vehicle_id), 1 if self.car.count() > 1 else 0))

    def save(self) -> None:
        row = self.picker.current()
        form = CallForm(self.phone.text(), self.address.text(), self.problem.toPlainText(), self.caller.text(),
                        row.id if row is not None else None, self.car.currentData(), self.plate.text(),
                        self.landmark.text(), self.coordinates.text(), self.distance.text())
        self.result_ = self.attempt(lambda: self.services.rescues.take_call(form), self.errors)
        if self.result_ is not None:
            self.accept()


class CloseDialog(FormDialog):
    """How the rescue ended: never closed without an outcome."""

    def __init__(self, services: Services, rescue: RescueView, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("RescuePage", "Close %1").replace("%1", rescue.number))
        self.services, self.rescue = services, rescue
        self.result_: RescueView | None = None
        self.errors = FormErrors(self.general_error)
        self.outcome = QComboBox()
        for key, name in OUTCOME_NAMES.items():
            self.outcome.addItem(QCoreApplication.translate("Rescue", name), key)
        self.work_done = QPlainTextEdit()
        self.work_done.setFixedHeight(70)
        self.tow_km, self.charge, self.km, self.reason = QLineEdit("0"), QLineEdit(), QLineEdit(), QLineEdit()
        self.charge.setPlaceholderText(self.tr("blank: the call-out (unless a plan covers it) and towing beyond it"))
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.errors.add("outcome", self.outcome))
        form.addRow(self.tr("Work done"), self.errors.add("work_done", self.work_done))
        form.addRow(self.tr("Towed (km)"), self.errors.add("tow_km", self.tow_km))
        form.addRow(self.tr("Odometer (towed in)"), self.errors.add("odometer_km", self.km))
        form.addRow(self.tr("Charge (¥, excl. VAT)"), self.errors.add("charge", self.charge))
        form.addRow(self.tr("Why cancelled"), self.errors.add("reason", self.reason))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Close the rescue"))
        self.finish_layout()

    def save(self) -> None:
        form = CloseForm(str(self.outcome.currentData()), self.work_done.toPlainText(), self.tow_km.text(),
                         self.charge.text(), self.km.text() or None, self.reason.text())
        self.result_ = self.attempt(lambda: self.services.rescues.close(
            self.rescue.id, self.services.rescues.version_of(self.rescue.id), form), self.errors)
        if self.result_ is not None:
            self.accept()


class VanDialog(FormDialog):
    def __init__(self, services: Services, row: VanView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("RescuePage", "Service van"))
        self.services, self.row = services, row
        self.errors = FormErrors(self.general_error)
        self.name, self.plate, self.crew, self.phone = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.km, self.last_km, self.every = QLineEdit("0"), QLineEdit("0"), QLineEdit("10000")
        self.has = {k: QCheckBox() for k in ("last_service_on", "insurance_due", "inspection_due")}
        self.dates: dict[str, QDateEdit] = {k: date_edit(date.today()) for k in self.has}
        self.active = QCheckBox(self.tr("in use"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.add("name", self.name))
        form.addRow(self.tr("Plate"), self.plate)
        form.addRow(self.tr("Crew"), self.crew)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Odometer (km)"), self.errors.add("km", self.km))
        form.addRow(self.tr("Last service at (km)"), self.errors.add("last_service_km", self.last_km))
        form.addRow(self.tr("Service every (km)"), self.errors.add("service_every_km", self.every))
        for key, label in (("last_service_on", self.tr("Last service on")), ("insurance_due", self.tr("Insurance due")),
                           ("inspection_due", self.tr("Inspection due"))):
            box = QWidget()
            lay = QFormLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addRow(self.has[key], self.dates[key])
            form.addRow(label, box)
        form.addRow("", self.active)
        self.layout_.addLayout(form)
        self.finish_layout()
        if row is not None:
            self.name.setText(row.name)
            self.plate.setText(row.plate)
            self.crew.setText(row.crew)
            self.phone.setText(row.phone)
            self.km.setText(str(row.km))
            self.last_km.setText(str(row.last_service_km))
            self.every.setText(str(row.service_every_km))
            for key in self.has:
                value = getattr(row, key)
                self.has[key].setChecked(value is not None)
                if value is not None:
                    self.dates[key].setDate(value)
            self.active.setChecked(row.active)

    def _day(self, key: str) -> date | None:
        return self.dates[key].date().toPython() if self.has[key].isChecked() else None  # type: ignore[return-value]

    def save(self) -> None:
        form = VanForm(self.name.text(), self.plate.text(), self.crew.text(), self.phone.text(), self.km.text(),
                       self._day("last_service_on"), self.last_km.text(), self.every.text(),
                       self._day("insurance_due"), self._day("inspection_due"), self.active.isChecked())
        done = self.attempt(lambda: self.services.vans.save_van(self.row.id if self.row else None, form), self.errors)
        if done is not None:
            self.accept()
