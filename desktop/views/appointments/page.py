"""预约: the reception calendar (a day for every advisor, or one advisor's week; buffer
slots kept free for walk-ins are shown), the workshop's load, and tomorrow's
confirmation calls with what to prepare."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.appointments.records import AppointmentRow, DayPlan, WeekPlan
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.appointments.appointment import AppointmentView, state_label
from desktop.views.appointments.dialogs import BookingDialog, date_edit
from desktop.views.shared import common
from desktop.views.shared.common import fmt_datetime, tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

COLOURS = {"booked": "#dbeafe", "confirmed": "#dcfce7", "arrived": "#e5e7eb", "no_show": "#fee2e2"}
BUFFER = "#f3f4f6"
ROLE = Qt.ItemDataRole.UserRole + 1

CONFIRM_COLUMNS = (
    Column("slot_at", QT_TRANSLATE_NOOP("Columns", "Time"), 120, fmt=fmt_datetime),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 70, fmt=state_label),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 90),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("concern", QT_TRANSLATE_NOOP("Columns", "Concern"), 200),
    Column("work_minutes", QT_TRANSLATE_NOOP("Columns", "Minutes"), 60, RIGHT),
    Column("technician", QT_TRANSLATE_NOOP("Columns", "Technician"), 70),
    Column("parts_short", QT_TRANSLATE_NOOP("Columns", "Parts to order"), 90, fmt=lambda v: "●" if v else "",
           alert=lambda r: r.parts_short),
    Column("no_shows", QT_TRANSLATE_NOOP("Columns", "No-shows"), 70, RIGHT, fmt=lambda v: str(v) if v else ""),
    Column("advisor", QT_TRANSLATE_NOOP("Columns", "Advisor"), 70),
)


def cell_text(row: AppointmentRow) -> str:
    mark = "★ " if row.new_caller else ""
    return f"{mark}{row.plate} {row.customer}\n{row.concern[:14]}"


class CalendarTab(QWidget):
    status = Signal(str)
    open_order = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view: QWidget | None = None
        self.plan: DayPlan | WeekPlan | None = None
        self.day = date_edit(date.today() + timedelta(days=1))
        self.day.dateChanged.connect(lambda _d: self.refresh())
        back, forward = QPushButton("◀"), QPushButton("▶")
        back.clicked.connect(lambda: self._step(-1))
        forward.clicked.connect(lambda: self._step(1))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Day: every advisor"), "day")
        self.mode.addItem(self.tr("Week: one advisor"), "week")
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.advisor = QComboBox()
        self.advisor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.load = QLabel()
        book = QPushButton(self.tr("Book…"))
        book.clicked.connect(lambda _checked=False: self.book())
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultSectionSize(38)
        self.grid.cellDoubleClicked.connect(self.open_cell)
        top = QHBoxLayout()
        for w in (back, self.day, forward, self.mode, self.advisor, book):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.load)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        legend = QLabel(self.tr("Blue: booked · green: confirmed · grey: arrived · red: no-show · "
                                "\u201cwalk-ins\u201d: kept free after three booked slots · ★ new caller"))
        layout.addWidget(legend)

    def _step(self, days: int) -> None:
        step = 7 if self.mode.currentData() == "week" else 1
        self.day.setDate(self.day.date().addDays(days * step))

    def refresh(self) -> None:
        if self.advisor.count() == 0:
            self.advisor.blockSignals(True)
            for aid, name in self.services.appointments.advisors():
                self.advisor.addItem(name, aid)
            self.advisor.blockSignals(False)
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        week = self.mode.currentData() == "week"
        self.advisor.setEnabled(week)
        try:
            if week and self.advisor.currentData() is not None:
                self.plan = self.services.appointments.week(self.advisor.currentData(), day)
            else:
                self.plan = self.services.appointments.day(day)
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            return
        self._draw()

    def _draw(self) -> None:
        plan = self.plan
        self.grid.clear()
        if plan is None:
            return
        slots = plan.slots
        if isinstance(plan, DayPlan):
            columns: list[tuple[object, str]] = [(aid, name) for aid, name in plan.advisors]
            booked = {(k[0], k[1]): v for k, v in plan.booked.items()}
            buffers = plan.buffers
            booked_h, available_h = plan.booked_hours, plan.available_hours
        else:
            columns = [(d, d.strftime("%m-%d ") + QCoreApplication.translate("Weekdays", d.strftime("%a")))
                       for d in plan.days]
            booked = {(k[0], k[1]): v for k, v in plan.booked.items()}
            buffers = plan.buffers
            first = plan.load[plan.days[0]]
            booked_h, available_h = first
        self.grid.setColumnCount(len(columns))
        self.grid.setRowCount(len(slots))
        self.grid.setHorizontalHeaderLabels([name for _k, name in columns])
        self.grid.setVerticalHeaderLabels([t.strftime("%H:%M") for t in slots])
        for r, t in enumerate(slots):
            for c, (key, _name) in enumerate(columns):
                row = booked.get((key, t))  # type: ignore[arg-type]
                item = QTableWidgetItem()
                if row is not None:
                    item.setText(cell_text(row))
                    item.setToolTip(f"{row.number} {state_label(row.state)}\n{row.customer} {row.phone}\n{row.concern}")
                    item.setBackground(QColor(COLOURS.get(row.state, "#ffffff")))
                    item.setForeground(QColor("#1a1a1a"))
                    item.setData(ROLE, ("open", row.id))
                else:
                    if (key, t) in buffers:
                        item.setText(self.tr("walk-ins"))
                        item.setBackground(QColor(BUFFER))
                        item.setForeground(QColor("#6b7280"))
                    item.setData(ROLE, ("book", key, t))
                self.grid.setItem(r, c, item)
        share = f"{booked_h / available_h * 100:.0f} %" if available_h else "—"
        self.load.setText(self.tr("Booked %1 h of the technicians' %2 h (%3)").replace("%1", str(booked_h)).replace(
            "%2", str(available_h)).replace("%3", share))

    def open_cell(self, r: int, c: int) -> None:
        item = self.grid.item(r, c)
        data = item.data(ROLE) if item is not None else None
        if not data:
            return
        if data[0] == "open":
            self.show_appointment(data[1])
            return
        _kind, key, slot = data
        if isinstance(key, date):
            self.book(key, slot, self.advisor.currentData())
        else:
            self.book(self.day.date().toPython(), slot, key)  # type: ignore[arg-type]

    def book(self, day: date | None = None, slot: time | None = None, advisor_id: int | None = None,
             customer_id: int | None = None, vehicle_id: int | None = None, source: str = "passive",
             campaign_id: int | None = None) -> None:
        dialog = BookingDialog(self.services, self, day=day or self.day.date().toPython(),  # type: ignore[arg-type]
                               slot=slot, advisor_id=advisor_id, customer_id=customer_id, vehicle_id=vehicle_id,
                               source=source, campaign_id=campaign_id)
        if common.run_dialog(dialog) and dialog.detail is not None:
            self.status.emit(self.tr("Booked: %1 at %2.").replace("%1", dialog.detail.row.customer).replace(
                "%2", fmt_datetime(dialog.detail.row.slot_at)))
            self.refresh()

    def show_appointment(self, appointment_id: int) -> None:
        view = AppointmentView(self.services, appointment_id, self)
        view.changed.connect(self.refresh)
        view.open_order.connect(self.open_order)
        self.view = view
        view.open()


class ConfirmationsTab(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, calendar: CalendarTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.calendar = calendar
        self.day = date_edit(date.today() + timedelta(days=1))
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.model: RowTableModel[AppointmentRow] = RowTableModel(CONFIRM_COLUMNS)
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.summary = QLabel()
        show = QPushButton(self.tr("Open…"))
        show.clicked.connect(self.open_current)
        slips = QPushButton(self.tr("Print slips and roof signs…"))
        slips.clicked.connect(self.print_all)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Appointments on")))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(show)
        buttons.addWidget(slips)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        calendar_changed = calendar.status
        calendar_changed.connect(lambda _t: self.refresh())

    def refresh(self) -> None:
        rows = self.services.appointments.confirmation_list(self.day.date().toPython())  # type: ignore[arg-type]
        self.model.reset(rows)
        left = sum(1 for r in rows if r.state == "booked")
        short = sum(1 for r in rows if r.parts_short)
        self.summary.setText(self.tr("%1 appointments, %2 to confirm, %3 with parts to order").replace(
            "%1", str(len(rows))).replace("%2", str(left)).replace("%3", str(short)))

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.calendar.show_appointment(self.model.row(index.row()).id)
            if self.calendar.view is not None:
                self.calendar.view.finished.connect(lambda _r: self.refresh())  # type: ignore[attr-defined]

    def print_all(self) -> None:
        from desktop.views.shared import print_preview

        ids = [r.id for r in self.model.rows()]
        if not ids:
            self.status.emit(self.tr("No appointments that day."))
            return
        day = self.day.date().toPython()
        print_preview.show_document(self, lambda lang: self.services.appointments.slip_pdf(ids, lang),
                                    "appointment-slip", self.tr("Appointment slips and roof signs"),
                                    f"appointments-{day}.pdf")


class AppointmentsPage(QWidget):
    status = Signal(str)
    open_order = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tabs = QTabWidget()
        self.calendar = CalendarTab(services)
        self.confirmations = ConfirmationsTab(services, self.calendar)
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.confirmations, self.tr("Confirmation calls"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        for tab in (self.calendar, self.confirmations):
            tab.status.connect(self.status)
        self.calendar.open_order.connect(self.open_order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.calendar:
            self.calendar.refresh()
        else:
            self.confirmations.refresh()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def book_for(self, customer_id: int, vehicle_id: int | None, source: str = "active",
                 campaign_id: int | None = None) -> None:
        """A booking from elsewhere (the due list, a campaign, the customer file)."""
        self.tabs.setCurrentWidget(self.calendar)
        self.calendar.book(customer_id=customer_id, vehicle_id=vehicle_id, source=source, campaign_id=campaign_id)
