"""System → Appointments and reminders: the reception's hours, breaks and buffer rule;
the first service, the shorter interval for tagged customers, the lead times and the
message templates; the maintenance intervals by make and series."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError

from desktop.views.shared import common
from desktop.views.shared.common import FieldError


def _spin(low: int, high: int, value: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    return box


class RemindersSettings(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        get = services.settings.get
        reception = QGroupBox(self.tr("Reception calendar"))
        rf = QFormLayout(reception)
        self.hours = QLineEdit(str(get("reception_hours")))
        self.breaks = QLineEdit(str(get("reception_breaks")))
        self.buffer = _spin(1, 20, int(get("buffer_after")))
        rf.addRow(self.tr("Opening hours"), self.hours)
        rf.addRow(self.tr("Breaks"), self.breaks)
        rf.addRow(self.tr("Booked slots in a row before one stays free"), self.buffer)
        self.hours_error = FieldError(self)
        rf.addRow(self.hours_error)
        save_hours = QPushButton(self.tr("Save the calendar"))
        save_hours.clicked.connect(self.save_hours)
        rf.addRow("", save_hours)

        due = QGroupBox(self.tr("Reminders"))
        df = QFormLayout(due)
        self.first_km = _spin(500, 50_000, int(get("first_service_km")), 500)
        self.first_months = _spin(1, 24, int(get("first_service_months")))
        self.tags = QLineEdit(str(get("short_interval_tags")))
        self.short_months = _spin(1, 24, int(get("short_interval_months")))
        self.leads = {name: _spin(1, 120, int(get(name))) for name in ("remind_days", "inspection_days",
                                                                         "insurance_days")}
        self.templates = {name: QPlainTextEdit(str(get(name))) for name in (
            "template_maintenance", "template_inspection", "template_insurance")}
        first = QHBoxLayout()
        first.addWidget(self.first_km)
        first.addWidget(self.first_months)
        df.addRow(self.tr("First service (km, months)"), first)
        short = QHBoxLayout()
        short.addWidget(self.tags)
        short.addWidget(self.short_months)
        df.addRow(self.tr("Sooner for tags (tags, months)"), short)
        for name, title in (("remind_days", self.tr("Call days before maintenance")),
                            ("inspection_days", self.tr("Call days before the inspection")),
                            ("insurance_days", self.tr("Call days before the insurance ends"))):
            df.addRow(title, self.leads[name])
        for name, title in (("template_maintenance", self.tr("Maintenance message")),
                            ("template_inspection", self.tr("Inspection message")),
                            ("template_insurance", self.tr("Insurance message"))):
            self.templates[name].setMaximumHeight(56)
            df.addRow(title, self.templates[name])
        self.due_error = FieldError(self)
        df.addRow(self.due_error)
        save_due = QPushButton(self.tr("Save the reminders"))
        save_due.clicked.connect(self.save_due)
        df.addRow("", save_due)

        intervals = QGroupBox(self.tr("Maintenance interval by make (the shop's own otherwise)"))
        il = QVBoxLayout(intervals)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Make"), self.tr("Series"), self.tr("km"), self.tr("Months")])
        il.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.make = QLineEdit()
        self.make.setPlaceholderText(self.tr("Make"))
        self.series = QLineEdit()
        self.series.setPlaceholderText(self.tr("Series (empty: all)"))
        self.km = _spin(1000, 100_000, 10_000, 1000)
        self.months = _spin(1, 48, 12)
        set_button = QPushButton(self.tr("Set"))
        set_button.clicked.connect(self.set_interval)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_interval)
        for w in (self.make, self.series, self.km, self.months, set_button, remove):
            add.addWidget(w)
        il.addLayout(add)
        self.interval_error = FieldError(self)
        il.addWidget(self.interval_error)

        left = QVBoxLayout()
        left.addWidget(reception)
        left.addWidget(intervals, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(due, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.reminders.intervals()
        self.table.setRowCount(len(rows))
        for r, (iid, make, series, km, months) in enumerate(rows):
            for c, value in enumerate((make, series, f"{km:,}", str(months))):
                item = QTableWidgetItem(value)
                item.setData(256, iid)
                self.table.setItem(r, c, item)

    def _run(self, error: FieldError, action: object) -> bool:
        try:
            common.run_approved(self, self.services, action)  # type: ignore[arg-type]
        except ServiceError as exc:
            common.show_errors(error, exc)
            return False
        error.show_message("")
        return True

    def save_hours(self) -> None:
        if self._run(self.hours_error, lambda: self.services.appointments.set_hours(
                self.hours.text(), self.breaks.text(), self.buffer.value())):
            self.status.emit(self.tr("Reception calendar saved."))

    def save_due(self) -> None:
        def save() -> bool:
            put = self.services.settings.set
            put("first_service_km", self.first_km.value())
            put("first_service_months", self.first_months.value())
            put("short_interval_tags", self.tags.text().strip())
            put("short_interval_months", self.short_months.value())
            for name, box in self.leads.items():
                put(name, box.value())
            for name, edit in self.templates.items():
                put(name, edit.toPlainText().strip())
            return True

        if self._run(self.due_error, save):
            self.status.emit(self.tr("Reminder settings saved; press “Recalculate due dates” on the due list."))

    def set_interval(self) -> None:
        if self._run(self.interval_error, lambda: self.services.reminders.set_interval(
                self.make.text(), self.series.text(), self.km.value(), self.months.value())):
            self.refresh()

    def remove_interval(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None and self._run(self.interval_error,
                                          lambda: self.services.reminders.remove_interval(int(item.data(256)))):
            self.refresh()
