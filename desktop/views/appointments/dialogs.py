"""Booking an appointment (one dialog: a customer on file or a new caller, the slot, the
planned work, who and where), and one appointment with its next steps."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.services.appointments.records import (
    CHANNELS,
    SOURCES,
    AppointmentDetail,
    AppointmentForm,
    BufferSlot,
    PlannedLine,
)
from desktop.services.container import Services

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, FormErrors, date_edit, tr_message
from desktop.views.shared.pickers import CustomerPicker


def word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Appointments", table.get(key, key))



class BookingDialog(FormDialog):
    """A booking from the search box or the phone."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, day: date | None = None,
                 slot: time | None = None, advisor_id: int | None = None, customer_id: int | None = None,
                 vehicle_id: int | None = None, source: str = "passive", campaign_id: int | None = None) -> None:
        super().__init__(parent, self.tr("Book an appointment"))
        self.services = services
        self.campaign_id = campaign_id
        self.detail: AppointmentDetail | None = None
        self.customer_id = customer_id
        self.lines: list[PlannedLine] = []
        self.resize(760, 760)
        self.errors = FormErrors(self.general_error)
        self.new_caller = QCheckBox(self.tr("A new caller (not on file yet)"))
        self.new_caller.toggled.connect(self._caller_toggled)
        self.layout_.addWidget(self.new_caller)
        self.picker = CustomerPicker(services, parent=self)
        self.picker.picked.connect(self._picked)
        self.layout_.addWidget(self.errors.add("customer", self.picker), 1)
        self.history = QLabel()
        self.layout_.addWidget(self.history)
        form = QFormLayout()
        self.vehicle = QComboBox()
        form.addRow(self.tr("Car"), self.errors.add("vehicle", self.vehicle))
        self.caller_name = QLineEdit()
        self.caller_phone = QLineEdit()
        self.caller_plate = QLineEdit()
        caller = QHBoxLayout()
        for key, w, hint in (("caller_name", self.caller_name, self.tr("Name")),
                             ("caller_phone", self.caller_phone, self.tr("Phone")),
                             ("caller_plate", self.caller_plate, self.tr("Plate"))):
            w.setPlaceholderText(hint)
            caller.addWidget(self.errors.add(key, w))
        caller.setContentsMargins(0, 0, 0, 0)
        self.caller_box = QWidget()
        self.caller_box.setLayout(caller)
        form.addRow(self.tr("New caller"), self.caller_box)
        self.day = date_edit(day or date.today())
        self.day.dateChanged.connect(lambda _d: self._fill_slots())
        self.slot = QComboBox()
        self.advisor = QComboBox()
        for aid, name in services.appointments.advisors():
            self.advisor.addItem(name, aid)
        self.advisor_chosen = advisor_id is not None  # from the calendar's column: kept
        if advisor_id is not None:
            self.advisor.setCurrentIndex(max(0, self.advisor.findData(advisor_id)))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.slot)
        when.addWidget(self.advisor, 1)
        form.addRow(self.tr("When, with whom"), self.errors.add("slot", _boxed(when)))
        self.concern = QPlainTextEdit()
        self.concern.setMaximumHeight(60)
        self.concern.setPlaceholderText(self.tr("The customer's concern, in their words"))
        form.addRow(self.tr("Concern"), self.concern)
        self.package = QComboBox()
        self.package.addItem(self.tr("(add a maintenance package)"), None)
        for p in services.workorders.packages():
            self.package.addItem(p.name, p.id)
        self.package.activated.connect(self._add_package)
        self.operation = QComboBox()
        self.operation.addItem(self.tr("(add a labour operation)"), None)
        for op in services.workorders.operations():
            self.operation.addItem(f"{op.code} {op.name}", op)
        self.operation.activated.connect(self._add_operation)
        adds = QHBoxLayout()
        adds.addWidget(self.package)
        adds.addWidget(self.operation)
        form.addRow(self.tr("Planned work"), _boxed(adds))
        self.planned = QListWidget()
        self.planned.setMaximumHeight(90)
        remove = QPushButton(self.tr("Remove the line"))
        remove.clicked.connect(self._remove_line)
        form.addRow(self.planned)
        form.addRow("", remove)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Expected duration"), self.errors.add("duration", self.errors.add("work_minutes",
                                                                                               self.minutes)))
        self.technician = QComboBox()
        self.technician.addItem(self.tr("(not yet)"), None)
        for person in services.workorders.staff("technician"):
            self.technician.addItem(person.name, person.id)
        self.bay = QComboBox()
        self.bay.addItem(self.tr("(not yet)"), None)
        for bay in services.workorders.bays():
            self.bay.addItem(bay.name, bay.id)
        who = QHBoxLayout()
        who.addWidget(self.technician)
        who.addWidget(self.bay)
        form.addRow(self.tr("Technician and bay"), _boxed(who))
        self.source = QComboBox()
        for key in SOURCES:
            self.source.addItem(word(SOURCES, key), key)
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        self.channel = QComboBox()
        for key in CHANNELS:
            self.channel.addItem(word(CHANNELS, key), key)
        how = QHBoxLayout()
        how.addWidget(self.source)
        how.addWidget(self.channel)
        form.addRow(self.tr("Booked how"), _boxed(how))
        self.layout_.addLayout(form)
        self.finish_layout()
        self._fill_slots(slot)
        self._caller_toggled(False)
        if customer_id is not None:
            self._load_customer(customer_id, vehicle_id)

    # filling in ---------------------------------------------------------------------------

    def _fill_slots(self, wanted: time | None = None) -> None:
        current = wanted or self.slot.currentData()
        self.slot.clear()
        from desktop.services.appointments.rules.slots import day_slots

        for t in day_slots(self.day.date().toPython(), self.services.appointments.hours()):
            self.slot.addItem(t.strftime("%H:%M"), t.strftime("%H:%M"))
        if current is not None:  # kept as text: findData does not compare Python objects
            text = current if isinstance(current, str) else current.strftime("%H:%M")
            self.slot.setCurrentIndex(max(0, self.slot.findData(text)))

    def _caller_toggled(self, new: bool) -> None:
        self.picker.setVisible(not new)
        self.vehicle.setEnabled(not new)
        self.caller_box.setEnabled(new)

    def _picked(self, row: object) -> None:
        self._load_customer(getattr(row, "id", None), None)

    def _load_customer(self, customer_id: int | None, vehicle_id: int | None) -> None:
        self.customer_id = customer_id
        self.vehicle.clear()
        self.history.setText("")
        if customer_id is None:
            return
        detail = self.services.customers.get_customer(customer_id)
        for v in detail.vehicles:
            self.vehicle.addItem(f"{v.plate or v.vin} {v.make} {v.model}".strip(), v.id)
        if vehicle_id is not None:
            self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(vehicle_id)))
        if detail.advisor_id is not None and not self.advisor_chosen:  # the dedicated advisor first
            self.advisor.setCurrentIndex(max(0, self.advisor.findData(detail.advisor_id)))
        past = self.services.appointments.of_customer(customer_id)
        missed = sum(1 for a in past if a.state == "no_show")
        text = self.tr("%1: %2 earlier appointments").replace("%1", detail.name).replace("%2", str(len(past)))
        if missed:
            text += " · <span style='color:#c62828'>" + self.tr("%1 no-shows").replace("%1", str(missed)) + "</span>"
        self.history.setText(text)

    def _add_package(self, _index: int) -> None:
        package_id = self.package.currentData()
        if package_id is not None:
            self._add_lines(self.services.appointments.package_lines(package_id))
        self.package.setCurrentIndex(0)

    def _add_operation(self, _index: int) -> None:
        op = self.operation.currentData()
        if op is not None:
            self._add_lines((PlannedLine("labour", op.name, op.standard_hours, op.id),))
        self.operation.setCurrentIndex(0)

    def _add_lines(self, lines: tuple[PlannedLine, ...]) -> None:
        self.lines.extend(lines)
        self._show_lines()
        hours = sum((Decimal(str(x.quantity)) for x in self.lines if x.kind == "labour"), Decimal(0))
        self.minutes.setValue(max(15, int((hours * 60 + 14) // 15 * 15)))

    def _remove_line(self) -> None:
        row = self.planned.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _show_lines(self) -> None:
        self.planned.clear()
        for line in self.lines:
            unit = self.tr("h") if line.kind == "labour" else self.tr("pcs")
            self.planned.addItem(f"{line.description}  {line.quantity} {unit}  {line.part_number}".rstrip())

    # saving -------------------------------------------------------------------------------

    def form(self, into_buffer: bool = False) -> AppointmentForm:
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        slot = time.fromisoformat(self.slot.currentData() or "09:00")
        new = self.new_caller.isChecked()
        return AppointmentForm(
            slot_at=datetime.combine(day, slot).astimezone(), advisor_id=self.advisor.currentData(),
            customer_id=None if new else self.customer_id, vehicle_id=None if new else self.vehicle.currentData(),
            caller_name=self.caller_name.text(), caller_phone=self.caller_phone.text(),
            caller_plate=self.caller_plate.text(), concern=self.concern.toPlainText(),
            work_minutes=self.minutes.value(), technician_id=self.technician.currentData(),
            bay_id=self.bay.currentData(), source=str(self.source.currentData()),
            channel=str(self.channel.currentData()), lines=tuple(self.lines), into_buffer=into_buffer,
            campaign_id=self.campaign_id)

    def save(self) -> None:
        self.errors.clear()
        if not self.new_caller.isChecked() and self.customer_id is None:
            self.errors.show({"customer": _choose_customer()})
            return
        detail = self.attempt(lambda: self.services.appointments.book(self.form()), self.errors,
                              special={BufferSlot: self._buffer})
        if detail is not None:
            self.detail = detail
            self.accept()

    def _buffer(self, exc: BufferSlot) -> None:
        """The walk-in buffer: book it only when the advisor says so (and it is recorded)."""
        if common.ask(self, self.tr("Walk-in buffer"), tr_message(exc.message), [self.tr("Book it anyway")]) != 0:
            return
        detail = self.attempt(lambda: self.services.appointments.book(self.form(into_buffer=True)), self.errors)
        if detail is not None:
            self.detail = detail
            self.accept()


def _boxed(layout: QHBoxLayout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


def _choose_customer() -> object:
    from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

    return Message(QT_TRANSLATE_NOOP("Validation", "Find the customer, or tick a new caller."))

