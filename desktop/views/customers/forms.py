"""The customer form and the vehicle form: fields, reading them into service forms, and
showing each service error under its field."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.services.common.dates import parse_date
from desktop.services.core.errors import DuplicateVehicle
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.customers.rules.catalogue import COLOURS, MAKES

from desktop.views.shared.common import FieldError, FormErrors, fmt_date, tr_message

_SPLIT = re.compile(r"[,，;；、/]+")


def split_list(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


class CustomerFormWidget(QWidget):
    def __init__(self, general_error: FieldError, parent: QWidget | None = None,
                 advisors: Sequence[tuple[int, str]] = ()) -> None:
        super().__init__(parent)
        self.errors = FormErrors(general_error)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Company"), "company")
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. 张伟, or the company's full name"))
        self.phones = QLineEdit()
        self.phones.setPlaceholderText(self.tr("13812345678, 0755-12345678"))
        self.address = QLineEdit()
        self.tax_id = QLineEdit()
        self.tax_id.setPlaceholderText(self.tr("Company customers: unified social credit code"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. 吸烟、偏好微信、VIP"))
        self.contact = QComboBox()
        for key, label in (
            ("phone", self.tr("Phone call")),
            ("wechat", self.tr("WeChat")),
            ("sms", self.tr("Text message")),
            ("none", self.tr("Do not contact")),
        ):
            self.contact.addItem(label, key)
        self.consent = QCheckBox(self.tr("Agrees to be contacted (reminders, follow-up calls)"))
        self.consent.setChecked(True)
        self.advisor = QComboBox()
        self.advisor.addItem(self.tr("(none: whoever is free)"), None)
        for aid, name in advisors:
            self.advisor.addItem(name, aid)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        layout.addRow(self.tr("Type"), self.kind)
        layout.addRow(self.tr("Name"), self.errors.add("name", self.name))
        layout.addRow(self.tr("Phones"), self.errors.add("phones", self.phones))
        layout.addRow(self.tr("Address"), self.errors.add("address", self.address))
        layout.addRow(self.tr("Taxpayer ID"), self.errors.add("tax_id", self.tax_id))
        layout.addRow(self.tr("Tags"), self.errors.add("tags", self.tags))
        layout.addRow(self.tr("Preferred contact"), self.contact)
        layout.addRow("", self.consent)
        layout.addRow(self.tr("Dedicated advisor"), self.advisor)
        layout.addRow(self.tr("Notes"), self.notes)

    def form(self) -> CustomerForm:
        return CustomerForm(
            name=self.name.text(),
            kind=self.kind.currentData(),
            phones=split_list(self.phones.text()),
            address=self.address.text(),
            tax_id=self.tax_id.text(),
            notes=self.notes.toPlainText(),
            tags=split_list(self.tags.text()),
            preferred_contact=self.contact.currentData(),
            consent_contact=self.consent.isChecked(),
            advisor_id=self.advisor.currentData(),
        )

    def load(self, form: CustomerForm) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.name.setText(form.name)
        self.phones.setText(", ".join(form.phones))
        self.address.setText(form.address)
        self.tax_id.setText(form.tax_id)
        self.tags.setText("、".join(form.tags))
        self.contact.setCurrentIndex(max(0, self.contact.findData(form.preferred_contact)))
        self.consent.setChecked(form.consent_contact)
        self.advisor.setCurrentIndex(max(0, self.advisor.findData(form.advisor_id)) if form.advisor_id else 0)
        self.notes.setPlainText(form.notes)


class VehicleFormWidget(QWidget):
    """The vehicle's fields.  A plate or VIN already on file is shown under its field with a
    link; following it emits ``open_existing(customer id, vehicle id)``."""

    open_existing = Signal(int, object)

    def __init__(
        self, general_error: FieldError, with_odometer: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.errors = FormErrors(general_error)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.plate = QLineEdit()
        self.plate.setMaxLength(16)
        self.plate.setPlaceholderText(self.tr("e.g. 粤B12345, 粤BD12345"))
        self.plate_override = QCheckBox(self.tr("Foreign or temporary plate:"))
        self.plate_reason = QLineEdit()
        self.plate_reason.setPlaceholderText(self.tr("Why this plate is accepted"))
        self.plate_reason.setEnabled(False)
        self.plate_override.toggled.connect(self.plate_reason.setEnabled)

        self.vin = QLineEdit()
        self.vin.setMaxLength(20)
        self.vin.setPlaceholderText(self.tr("17 characters, no I, O or Q"))
        self.vin_override = QCheckBox(self.tr("Imported car, accept as it is:"))
        self.vin_reason = QLineEdit()
        self.vin_reason.setPlaceholderText(self.tr("Why this VIN is accepted"))
        self.vin_reason.setEnabled(False)
        self.vin_override.toggled.connect(self.vin_reason.setEnabled)

        self.make = QComboBox()
        self.make.setEditable(True)
        self.make.addItems(["", *MAKES])
        self.model = QLineEdit()
        self.series = QLineEdit()
        self.model_year = QLineEdit()
        self.model_year.setValidator(QRegularExpressionValidator(r"\d{0,4}"))
        self.model_year.setMaximumWidth(80)
        self.colour = QComboBox()
        self.colour.setEditable(True)
        self.colour.addItems(["", *COLOURS])
        self.engine_no = QLineEdit()
        self.purchase_date = QLineEdit()
        self.purchase_date.setPlaceholderText("2024-05-31")
        self.warranty_start = QLineEdit()
        self.warranty_start.setPlaceholderText(self.tr("same as purchase date if empty"))
        self.odometer = QLineEdit()
        self.odometer.setValidator(QRegularExpressionValidator(r"[\d,]{0,9}"))
        self.odometer.setPlaceholderText(self.tr("km on the odometer now"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(40)

        plate_reason_row = QWidget()
        row = QHBoxLayout(plate_reason_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plate_override)
        row.addWidget(self.plate_reason, 1)
        vin_reason_row = QWidget()
        row = QHBoxLayout(vin_reason_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.vin_override)
        row.addWidget(self.vin_reason, 1)
        make_row = QWidget()
        row = QHBoxLayout(make_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.make, 1)
        row.addWidget(self.model, 1)
        row.addWidget(self.series, 1)

        layout.addRow(self.tr("Plate"), self.errors.add("plate", self.plate))
        layout.addRow("", self.errors.add("plate_override_reason", plate_reason_row))
        layout.addRow(self.tr("VIN"), self.errors.add("vin", self.vin))
        layout.addRow("", self.errors.add("vin_override_reason", vin_reason_row))
        layout.addRow(self.tr("Make / model / series"), make_row)
        layout.addRow(self.tr("Model year"), self.errors.add("model_year", self.model_year))
        layout.addRow(self.tr("Colour"), self.colour)
        layout.addRow(self.tr("Engine number"), self.engine_no)
        layout.addRow(self.tr("Purchase date"), self.errors.add("purchase_date", self.purchase_date))
        layout.addRow(self.tr("Warranty start"), self.errors.add("warranty_start", self.warranty_start))
        if with_odometer:
            layout.addRow(self.tr("Odometer"), self.errors.add("odometer_km", self.odometer))
        else:
            self.odometer.hide()
        layout.addRow(self.tr("Notes"), self.notes)
        self._existing: tuple[int, int | None] | None = None
        for key in ("plate", "vin"):
            self.errors.fields[key][1].linkActivated.connect(self._follow_link)
        reasons = self.errors.fields
        reasons["plate_override_reason"] = (self.plate_reason, reasons["plate_override_reason"][1])
        reasons["vin_override_reason"] = (self.vin_reason, reasons["vin_override_reason"][1])

    def form(self) -> tuple[VehicleForm, dict[str, Message]]:
        """The form, and errors of the date fields (which the view parses)."""
        errors: dict[str, Message] = {}
        dates = {}
        for key, edit in (("purchase_date", self.purchase_date), ("warranty_start", self.warranty_start)):
            try:
                dates[key] = parse_date(edit.text())
            except ValueError:
                dates[key] = None
                errors[key] = Message(
                    QT_TRANSLATE_NOOP("Validation", "Type the date as 2024-05-31."), {}
                )
        return (
            VehicleForm(
                plate=self.plate.text(),
                plate_override=self.plate_override.isChecked(),
                plate_override_reason=self.plate_reason.text(),
                vin=self.vin.text(),
                vin_override=self.vin_override.isChecked(),
                vin_override_reason=self.vin_reason.text(),
                make=self.make.currentText(),
                model=self.model.text(),
                series=self.series.text(),
                model_year=self.model_year.text() or None,
                colour=self.colour.currentText(),
                engine_no=self.engine_no.text(),
                purchase_date=dates["purchase_date"],
                warranty_start=dates["warranty_start"],
                notes=self.notes.toPlainText(),
                odometer_km=self.odometer.text() or None,
            ),
            errors,
        )

    def show_duplicate(self, exc: DuplicateVehicle) -> None:
        self._existing = (exc.existing.customer_id, exc.existing.vehicle_id)
        widget, label = self.errors.fields[exc.field]
        label.show_message(tr_message(exc.message) + ' <a href="open">' + self.tr("Open it") + "</a>")
        widget.setFocus()

    def _follow_link(self, _link: str) -> None:
        if self._existing is not None:
            self.open_existing.emit(*self._existing)

    def is_empty(self) -> bool:
        return not any(
            w.text().strip()
            for w in (self.plate, self.vin, self.model, self.series, self.odometer, self.engine_no)
        ) and not self.make.currentText().strip()

    def load(self, form: VehicleForm) -> None:
        self.plate.setText(form.plate)
        self.plate_override.setChecked(form.plate_override)
        self.plate_reason.setText(form.plate_override_reason)
        self.vin.setText(form.vin)
        self.vin_override.setChecked(form.vin_override)
        self.vin_reason.setText(form.vin_override_reason)
        self.make.setCurrentText(form.make)
        self.model.setText(form.model)
        self.series.setText(form.series)
        self.model_year.setText(str(form.model_year or ""))
        self.colour.setCurrentText(form.colour)
        self.engine_no.setText(form.engine_no)
        self.purchase_date.setText(fmt_date(form.purchase_date))
        self.warranty_start.setText(fmt_date(form.warranty_start))
        self.notes.setPlainText(form.notes)

    def focus_first(self) -> None:
        self.plate.setFocus(Qt.FocusReason.OtherFocusReason)
