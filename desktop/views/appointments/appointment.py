"""One appointment: who, when, what is planned, and its next steps (the day-before call,
another time, the car arrived, a no-show, cancelled), the slip and the roof sign."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.appointments.records import STATES, AppointmentDetail, BufferSlot
from desktop.services.container import Services
from desktop.services.core.errors import LikelyDuplicates, ServiceError, ValidationFailed
from desktop.services.workorders.records import ReceptionForm

from desktop.views.appointments.dialogs import date_edit
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_datetime, tr_message


def state_label(state: str) -> str:
    return QCoreApplication.translate("Appointments", STATES.get(state, state))


class MoveDialog(QDialog):
    def __init__(self, services: Services, detail: AppointmentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.appointments.rules.slots import day_slots

        self.setWindowTitle(self.tr("Another time"))
        self.services = services
        slot = detail.row.slot_at.astimezone()
        self.day = date_edit(slot.date())
        self.slot = QComboBox()
        for t in day_slots(slot.date(), services.appointments.hours()):
            self.slot.addItem(t.strftime("%H:%M"), t.strftime("%H:%M"))
        self.slot.setCurrentIndex(max(0, self.slot.findData(slot.strftime("%H:%M"))))
        self.advisor = QComboBox()
        for aid, name in services.appointments.advisors():
            self.advisor.addItem(name, aid)
        self.advisor.setCurrentIndex(max(0, self.advisor.findData(detail.row.advisor_id)))
        form = QFormLayout(self)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Time"), self.slot)
        form.addRow(self.tr("Advisor"), self.advisor)
        ok = QPushButton(self.tr("Move"))
        ok.clicked.connect(self.accept)
        form.addRow("", ok)

    def when(self) -> datetime:
        slot = time.fromisoformat(self.slot.currentData())
        return datetime.combine(self.day.date().toPython(), slot).astimezone()  # type: ignore[arg-type]


class AppointmentView(QDialog):
    """The appointment and the buttons for what happens next."""

    changed = Signal()
    open_order = Signal(int)

    def __init__(self, services: Services, appointment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = services.appointments.get(appointment_id)
        self.setWindowTitle(self.tr("Appointment %1").replace("%1", self.detail.row.number))
        self.resize(680, 480)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts, 1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        steps: list[tuple[str, str, Callable[[], None]]] = [
            ("confirm", self.tr("Confirmed by phone…"), self.confirm), ("move", self.tr("Another time…"), self.move),
            ("arrive", self.tr("The car arrived…"), self.arrive), ("no_show", self.tr("No-show"), self.no_show),
            ("cancel", self.tr("Cancel…"), self.cancel), ("print", self.tr("Slip and roof sign…"), self.print_slip)]
        for key, title, action in steps:
            button = QPushButton(title)
            button.clicked.connect(action)
            self.buttons[key] = button
            row.addWidget(button)
        layout.addLayout(row)
        self.show_detail()

    def show_detail(self) -> None:
        d, r = self.detail, self.detail.row
        e = html.escape
        lines = [
            f"<b>{e(r.number)}</b> · {e(state_label(r.state))} · {e(fmt_datetime(r.slot_at))} · {e(r.advisor)}",
            self.tr("Customer: %1 %2 · %3 %4").replace("%1", e(r.customer)).replace("%2", e(r.phone)).replace(
                "%3", e(r.plate)).replace("%4", e(r.vehicle)) + (" · " + self.tr("new caller") if r.new_caller else ""),
            self.tr("Concern: %1").replace("%1", e(r.concern) or "—"),
            self.tr("Planned: %1 min · technician %2 · bay %3").replace("%1", str(r.work_minutes)).replace(
                "%2", e(r.technician) or "—").replace("%3", e(r.bay) or "—"),
        ]
        for line in d.lines:
            extra = ""
            if line.kind == "part" and r.state == "confirmed":
                extra = self.tr(" (reserved %1, to order %2)").replace("%1", str(line.reserved_qty)).replace(
                    "%2", str(line.to_order))
            lines.append(f"· {e(line.description)} {line.quantity} {e(line.part_number)}{extra}")
        if r.no_shows:
            lines.append("<span style='color:#c62828'>" + self.tr("%1 earlier no-shows").replace(
                "%1", str(r.no_shows)) + "</span>")
        if d.buffer_override_by:
            lines.append(self.tr("Booked into the walk-in buffer by %1.").replace("%1", e(d.buffer_override_by)))
        if d.confirm_note:
            lines.append(self.tr("Confirmed: %1").replace("%1", e(d.confirm_note)))
        if r.order_number:
            lines.append(self.tr("Work order %1").replace("%1", e(r.order_number)))
        if d.cancel_reason:
            lines.append(self.tr("Cancelled: %1").replace("%1", e(d.cancel_reason)))
        self.facts.setText("<br>".join(lines))
        active = r.state in ("booked", "confirmed")
        for key, button in self.buttons.items():
            button.setEnabled(key == "print" or (active and (key != "confirm" or r.state == "booked")))

    def _run(self, action: Callable[[], AppointmentDetail | None],
             into_buffer: Callable[[], AppointmentDetail | None] | None = None) -> bool:
        try:
            done = common.run_approved(self, self.services, action)
        except BufferSlot as exc:
            if into_buffer is None or common.ask(self, self.tr("Walk-in buffer"), tr_message(exc.message),
                                                 [self.tr("Book it anyway")]) != 0:
                return False
            return self._run(into_buffer)
        except ValidationFailed as exc:
            common.show_errors(self.error, exc)
            return False
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return False
        if done is None:
            return False
        self.error.show_message("")
        self.detail = done
        self.show_detail()
        self.changed.emit()
        return True

    def confirm(self) -> None:
        note = common.ask_text(self, self.tr("Confirmed by phone"), self.tr("What the customer said:"))
        if note is not None:
            d = self.detail
            self._run(lambda: self.services.appointments.confirm(d.row.id, d.version, note))

    def move(self) -> None:
        dialog = MoveDialog(self.services, self.detail, self)
        if not common.run_dialog(dialog):
            return
        d, when, advisor = self.detail, dialog.when(), dialog.advisor.currentData()
        self._run(lambda: self.services.appointments.move(d.row.id, d.version, when, advisor),
                  lambda: self.services.appointments.move(d.row.id, d.version, when, advisor, into_buffer=True))

    def arrive(self) -> None:
        km = common.ask_text(self, self.tr("The car arrived"), self.tr("Odometer (km):"))
        if km is None:
            return
        d = self.detail
        try:
            customer_id, vehicle_id = d.row.customer_id, d.row.vehicle_id
            if d.row.new_caller:
                customer_id, vehicle_id = self._file_for_caller(km)
                if customer_id is None:
                    return
            order_id = self.services.appointments.arrive(d.row.id, d.version, ReceptionForm(vehicle_id or 0, km),
                                                         customer_id=customer_id if d.row.new_caller else None)
        except ValidationFailed as exc:
            common.show_errors(self.error, exc)
            return
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.detail = self.services.appointments.get(d.row.id)
        self.show_detail()
        self.changed.emit()
        self.open_order.emit(order_id)

    def _file_for_caller(self, km: str) -> tuple[int | None, int | None]:
        """The new caller's customer file: made now, or their car added to the customer
        on file with the same phone when the advisor says so."""
        d = self.detail
        try:
            return self.services.appointments.file_for_caller(d.row.id, km)
        except LikelyDuplicates as exc:
            match = exc.matches[0]
            choice = common.ask(self, self.tr("Customer on file"), self.tr(
                "%1 is on file with this phone. Add the car to their file?").replace("%1", match.customer_name),
                [self.tr("Add to %1").replace("%1", match.customer_name), self.tr("Make a new file")])
            if choice < 0:
                return None, None
            return self.services.appointments.file_for_caller(
                d.row.id, km, existing_customer_id=match.customer_id if choice == 0 else None, new_file=choice == 1)

    def no_show(self) -> None:
        d = self.detail
        self._run(lambda: self.services.appointments.no_show(d.row.id, d.version))

    def cancel(self) -> None:
        reason = common.ask_text(self, self.tr("Cancel the appointment"), self.tr("Why:"))
        if reason is not None:
            d = self.detail
            self._run(lambda: self.services.appointments.cancel(d.row.id, d.version, reason))

    def print_slip(self) -> None:
        from desktop.views.shared import print_preview

        d = self.detail
        print_preview.show_document(self, lambda lang: self.services.appointments.slip_pdf([d.row.id], lang),
                                    "appointment-slip", self.tr("Appointment slip and roof sign"),
                                    f"{d.row.number}.pdf")

