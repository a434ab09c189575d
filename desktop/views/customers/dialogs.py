"""Dialogs of the customer file: customer, vehicle, odometer reading, transfer, merge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import (
    DuplicateVehicle,
    LikelyDuplicates,
    OdometerBelowLast,
    ServiceError,
    ValidationFailed,
)
from desktop.services.core.messages import Message
from desktop.services.customers.records import CustomerDetail, VehicleDetail

from desktop.views.customers.forms import CustomerFormWidget, VehicleFormWidget
from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, fmt_km, tr_message
from desktop.views.shared.pickers import CustomerPicker


def _split_errors(errors: dict[str, Message], prefix: str) -> tuple[dict[str, Message], dict[str, Message]]:
    mine = {k: v for k, v in errors.items() if not k.startswith(prefix)}
    theirs = {k[len(prefix):]: v for k, v in errors.items() if k.startswith(prefix)}
    return mine, theirs


class CustomerDialog(FormDialog):
    """A new customer (with the first vehicle, optional) or changes to one."""

    saved = Signal(object)  # CustomerDetail
    open_existing = Signal(int, object)  # customer id, vehicle id or None

    def __init__(self, services: Services, detail: CustomerDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New customer") if detail is None else self.tr("Edit customer"))
        self.services = services
        self.detail = detail
        self.allow_duplicate_phone = False
        self.customer = CustomerFormWidget(self.general_error, advisors=services.appointments.advisors())
        self.vehicle: VehicleFormWidget | None = None
        if detail is None:
            # Side by side, so the dialog fits a 1366×768 counter screen.
            columns = QHBoxLayout()
            customer_box = QGroupBox(self.tr("Customer"))
            QVBoxLayout(customer_box).addWidget(self.customer)
            box = QGroupBox(self.tr("First vehicle (optional)"))
            inner = QVBoxLayout(box)
            self.vehicle = VehicleFormWidget(self.general_error)
            inner.addWidget(self.vehicle)
            columns.addWidget(customer_box, 1)
            columns.addWidget(box, 1)
            self.layout_.addLayout(columns)
            self.resize(1040, 560)
            self.vehicle.open_existing.connect(self._open_existing)
        else:
            self.layout_.addWidget(self.customer)
            self.customer.load(detail.form())
            self.resize(560, 420)
        self.finish_layout()
        self.customer.name.setFocus()

    def save(self) -> None:
        self.customer.errors.clear()
        if self.vehicle is not None:
            self.vehicle.errors.clear()
        form = self.customer.form()
        vehicle_form = None
        if self.vehicle is not None and not self.vehicle.is_empty():
            vehicle_form, date_errors = self.vehicle.form()
            if date_errors:
                self.vehicle.errors.show(date_errors)
                return
        try:
            if self.detail is None:
                result = self.services.customers.create_customer(
                    form, vehicle_form, allow_duplicate_phone=self.allow_duplicate_phone
                )
            else:
                result = self.services.customers.update_customer(
                    self.detail.id, self.detail.version, form
                )
        except ValidationFailed as exc:
            mine, vehicle_errors = _split_errors(exc.errors, "vehicle.")
            if self.vehicle is not None and vehicle_errors:
                self.vehicle.errors.show(vehicle_errors)
            if mine or not vehicle_errors:
                self.customer.errors.show(mine)
            return
        except LikelyDuplicates as exc:
            names = "\n".join(f"• {m.customer_name}  {m.phone or ''}" for m in exc.matches[:5])
            choice = common.ask(
                self,
                self.tr("Same phone number on file"),
                self.tr("These customers have the same phone number:\n%1\n\nIs it one of them?")
                .replace("%1", names),
                [self.tr("Open the existing file"), self.tr("No, save a new customer")],
            )
            if choice == 0:
                self.open_existing.emit(exc.matches[0].customer_id, None)
                self.reject()
            elif choice == 1:
                self.allow_duplicate_phone = True
                self.save()
            return
        except DuplicateVehicle as exc:
            assert self.vehicle is not None
            self.vehicle.show_duplicate(exc)
            return
        except ServiceError as exc:
            self.general_error.show_message(tr_message(exc.message))
            return
        self.saved.emit(result)
        self.accept()

    def _open_existing(self, customer_id: int, vehicle_id: int | None) -> None:
        self.open_existing.emit(customer_id, vehicle_id)
        self.reject()


class VehicleDialog(FormDialog):
    saved = Signal(object)  # VehicleDetail
    open_existing = Signal(int, object)

    def __init__(self, services: Services, customer_id: int, detail: VehicleDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New vehicle") if detail is None else self.tr("Edit vehicle"))
        self.services = services
        self.customer_id = customer_id
        self.detail = detail
        self.vehicle = VehicleFormWidget(self.general_error, with_odometer=detail is None)
        self.vehicle.open_existing.connect(self._open_existing)
        self.layout_.addWidget(self.vehicle)
        if detail is not None:
            self.vehicle.load(detail.form())
        self.finish_layout()
        self.vehicle.focus_first()

    def save(self) -> None:
        self.vehicle.errors.clear()
        form, date_errors = self.vehicle.form()
        if date_errors:
            self.vehicle.errors.show(date_errors)
            return
        customers, detail = self.services.customers, self.detail
        result = self.attempt(
            (lambda: customers.add_vehicle(self.customer_id, form)) if detail is None
            else (lambda: customers.update_vehicle(detail.id, detail.version, form)),
            self.vehicle.errors, {DuplicateVehicle: self.vehicle.show_duplicate})
        if result is not None:
            self.saved.emit(result)
            self.accept()

    def _open_existing(self, customer_id: int, vehicle_id: int | None) -> None:
        self.open_existing.emit(customer_id, vehicle_id)
        self.reject()


class OdometerDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, services: Services, vehicle: VehicleDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Odometer reading"))
        self.services = services
        self.vehicle = vehicle
        form = QFormLayout()
        self.errors = common.FormErrors(self.general_error)
        last = QLabel(fmt_km(vehicle.last_km) or self.tr("none yet"))
        self.km = QLineEdit()
        self.km.setPlaceholderText(self.tr("km"))
        self.source = QComboBox()
        for key, label in (("reception", self.tr("Reception")), ("customer", self.tr("Told by customer")),
                           ("road-test", self.tr("Road test"))):
            self.source.addItem(label, key)
        form.addRow(self.tr("Vehicle"), QLabel(vehicle.plate or vehicle.vin))
        form.addRow(self.tr("Last reading"), last)
        form.addRow(self.tr("Reading now"), self.errors.add("odometer_km", self.km))
        form.addRow(self.tr("Source"), self.source)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.km.setFocus()

    def save(self, allow_lower: bool = False, reason: str = "") -> None:
        def lower(exc: OdometerBelowLast) -> None:
            why = self.ask_lower_reading(exc)
            if why is not None:
                self.save(allow_lower=True, reason=why)

        result = self.attempt(lambda: self.services.customers.record_odometer(
            self.vehicle.id, self.km.text(), source=self.source.currentData(),
            allow_lower=allow_lower, reason=reason), self.errors, {OdometerBelowLast: lower})
        if result is not None:
            self.saved.emit(result)
            self.accept()


class _PickDialog(FormDialog):
    def __init__(self, services: Services, exclude_id: int, parent: QWidget | None, title: str) -> None:
        super().__init__(parent, title)
        self.services = services
        self.picker = CustomerPicker(services, exclude_id)
        self.picker.picked.connect(lambda row: self.save_button.setEnabled(row is not None))
        self.save_button.setEnabled(False)
        self.resize(720, 420)


class TransferDialog(_PickDialog):
    """The vehicle changes owner; its history stays with it."""

    saved = Signal(object)

    def __init__(self, services: Services, vehicle: VehicleDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, vehicle.customer_id, parent, "")
        self.setWindowTitle(self.tr("Transfer vehicle to another customer"))
        self.vehicle = vehicle
        self.layout_.addWidget(QLabel(
            self.tr("%1 now belongs to %2. Find the new owner:")
            .replace("%1", vehicle.plate or vehicle.vin).replace("%2", vehicle.customer_name)))
        self.layout_.addWidget(self.picker)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note, e.g. sold privately on 2026-11-01"))
        self.layout_.addWidget(self.note)
        self.finish_layout()
        self.save_button.setText(self.tr("Transfer"))
        self.picker.query.setFocus()

    def save(self) -> None:
        target = self.picker.current()
        if target is None:
            return
        result = self.attempt(lambda: self.services.customers.transfer_vehicle(
            self.vehicle.id, self.vehicle.version, target.id, self.note.text()))
        if result is not None:
            self.saved.emit(result)
            self.accept()


class MergeDialog(_PickDialog):
    """Fold a duplicate customer file into this one."""

    saved = Signal(object)

    def __init__(self, services: Services, keep: CustomerDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, keep.id, parent, "")
        self.setWindowTitle(self.tr("Merge a duplicate into %1").replace("%1", keep.name))
        self.keep = keep
        self.layout_.addWidget(QLabel(self.tr(
            "Find the duplicate file. Its phones, tags, vehicles and history move to %1; the "
            "duplicate is archived and points here. Nothing is deleted.").replace("%1", keep.name)))
        self.layout_.addWidget(self.picker)
        self.finish_layout()
        self.save_button.setText(self.tr("Merge"))
        self.picker.query.setFocus()

    def save(self) -> None:
        other = self.picker.current()
        if other is None:
            return
        choice = common.ask(
            self, self.tr("Merge customers"),
            self.tr("Merge %1 (%2) into %3?").replace("%1", other.name)
            .replace("%2", other.phones or other.plates).replace("%3", self.keep.name),
            [self.tr("Merge")],
        )
        if choice != 0:
            return
        result = self.attempt(lambda: self.services.customers.merge_customers(self.keep.id, other.id))
        if result is not None:
            self.saved.emit(result)
            self.accept()
