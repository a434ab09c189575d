"""保养提醒: the due list for a date range — maintenance by months or km, the annual
inspection, the insurance renewal — with the last call and its outcome; a call logged in
one click, a booking in one click, and the messages (to copy into WeChat, to export for
an SMS platform, or to print as letters)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.reminders.records import KINDS, OUTCOMES, STATUSES, DueFilter, DueRow

from desktop.views.reminders.labels import date_edit as _date_edit
from desktop.views.reminders.labels import word
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_date, fmt_datetime, tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

DUE_COLUMNS = (
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), 90, fmt=fmt_date, alert=lambda r: r.status == "overdue"),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "For"), 80, fmt=lambda k: word(KINDS, k)),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), 90, fmt=lambda k: word(STATUSES, k)),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 90),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("vehicle", QT_TRANSLATE_NOOP("Columns", "Vehicle"), 110),
    Column("due_km", QT_TRANSLATE_NOOP("Columns", "At km"), 70, RIGHT,
           fmt=lambda v: f"{v:,}" if v is not None else ""),
    Column("last_visit_on", QT_TRANSLATE_NOOP("Columns", "Last visit"), 90, fmt=fmt_date),
    Column("last_call_at", QT_TRANSLATE_NOOP("Columns", "Last call"), 120, fmt=fmt_datetime),
    Column("last_outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), 110, fmt=lambda k: word(OUTCOMES, k) if k else ""),
    Column("advisor", QT_TRANSLATE_NOOP("Columns", "Advisor"), 70),
)


class CallDialog(QDialog):
    """What came of the call."""

    def __init__(self, services: Services, row: DueRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.row = row
        self.setWindowTitle(self.tr("Reminder call"))
        self.outcome = QComboBox()
        for key in OUTCOMES:
            self.outcome.addItem(word(OUTCOMES, key), key)
        self.notes = QLineEdit()
        self.error = FieldError(self)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{row.customer}</b> {row.phone} · {row.plate} {row.vehicle} · "
                           f"{word(KINDS, row.kind)} {fmt_date(row.due_on)}"))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        form.addRow("", save)

    def save(self) -> None:
        try:
            self.services.reminders.log_call(self.row.vehicle_id, self.row.kind, str(self.outcome.currentData()),
                                             self.notes.text())
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.accept()


class MessagesDialog(QDialog):
    """The messages from the templates: copy them into WeChat, export them for an SMS
    platform, print them as letters.  ServiceBay itself sends nothing."""

    def __init__(self, services: Services, rows: list[DueRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows = rows
        self.setWindowTitle(self.tr("Messages"))
        self.resize(720, 480)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(f"{r.phone}  {text}" for r, text in services.reminders.messages(rows)))
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        export = QPushButton(self.tr("Export for an SMS platform…"))
        export.clicked.connect(self.export)
        letters = QPushButton(self.tr("Print as letters…"))
        letters.clicked.connect(self.print_letters)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("ServiceBay sends nothing itself: copy, export or print.")))
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        for b in (copy, export, letters):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def export(self) -> None:
        name = common.choose_save_file(self, self.tr("Export for an SMS platform"), "sms.csv", "CSV (*.csv)")
        if not name:
            return
        from desktop.services.common.spreadsheet import safe_writer

        rows = self.services.reminders.sms_rows(self.rows)
        common.write_file(self, Path(name), lambda handle: safe_writer(handle).writerows(rows))

    def print_letters(self) -> None:
        from desktop.views.shared import print_preview

        rows = self.rows
        print_preview.show_document(self, lambda lang: self.services.reminders.letters_pdf(rows, lang),
                                    "reminder-letters", self.tr("Reminder letters"), "reminders.pdf")


class DueListPage(QWidget):
    status = Signal(str)
    book_requested = Signal(int, int)  # customer, car

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        today = date.today()
        self.first = _date_edit(today)
        self.last = _date_edit(today + timedelta(days=30))
        self.kinds: dict[str, QCheckBox] = {}
        self.overdue = QCheckBox(self.tr("and overdue"))
        self.overdue.setChecked(True)
        self.advisor = QComboBox()
        self.advisor.addItem(self.tr("Every customer"), None)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Due from")), self.first, QLabel(self.tr("to")), self.last):
            top.addWidget(w)
        for key in KINDS:
            box = QCheckBox(word(KINDS, key))
            box.setChecked(True)
            self.kinds[key] = box
            top.addWidget(box)
        for w in (self.overdue, self.advisor, show):
            top.addWidget(w)
        top.addStretch(1)
        self.summary = QLabel()
        self.model: RowTableModel[DueRow] = RowTableModel(DUE_COLUMNS)
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.log_call())
        buttons = QHBoxLayout()
        for title, action in ((self.tr("Log a call…"), self.log_call), (self.tr("Book…"), self.book),
                              (self.tr("Messages…"), self.messages), (self.tr("Recalculate due dates"), self.recompute)):
            b = QPushButton(title)
            b.clicked.connect(action)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        self.rate = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rate)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_rate(self) -> None:
        """Last month's maintenance rate: the cars due that had it done here (read in the
        background: it walks every maintenance visit)."""
        from desktop.views.shared import background

        first = (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
        last = date.today().replace(day=1) - timedelta(days=1)

        def done(rate: object) -> None:
            share = f"{rate.rate * 100:.0f} %" if rate.rate is not None else "—"  # type: ignore[attr-defined]
            self.rate.setText(self.tr("Maintenance rate in %1: %2 of %3 cars due were serviced here (%4).").replace(
                "%1", first.strftime("%Y-%m")).replace("%2", str(rate.done)).replace(  # type: ignore[attr-defined]
                "%3", str(rate.due)).replace("%4", share))  # type: ignore[attr-defined]

        background.run_in_background(lambda _progress: self.services.maintenance.maintenance_rate(first, last),
                                     done, lambda _exc: self.rate.setText(""))

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        if not self.rate.text():
            self.show_rate()
        if self.advisor.count() == 1:
            for aid, name in self.services.appointments.advisors():
                self.advisor.addItem(self.tr("Customers of %1").replace("%1", name), aid)
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def flt(self) -> DueFilter:
        return DueFilter(self.first.date().toPython(), self.last.date().toPython(),  # type: ignore[arg-type]
                         tuple(k for k, b in self.kinds.items() if b.isChecked()), self.overdue.isChecked(),
                         self.advisor.currentData())

    def refresh(self) -> None:
        try:
            rows = self.services.reminders.due_list(self.flt())
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            return
        self.model.reset(rows)
        late = sum(1 for r in rows if r.status == "overdue")
        self.summary.setText(self.tr("%1 to call, %2 overdue").replace("%1", str(len(rows))).replace(
            "%2", str(late)))

    def current(self) -> DueRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def log_call(self) -> None:
        row = self.current()
        if row is None:
            self.status.emit(self.tr("Choose a car first."))
            return
        dialog = CallDialog(self.services, row, self)
        if common.run_dialog(dialog):
            if dialog.outcome.currentData() == "will_come":
                self.book_requested.emit(row.customer_id, row.vehicle_id)
            self.refresh()

    def book(self) -> None:
        row = self.current()
        if row is not None:
            self.book_requested.emit(row.customer_id, row.vehicle_id)

    def messages(self) -> None:
        selected = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        rows = [self.model.row(i) for i in selected] or self.model.rows()
        dialog = MessagesDialog(self.services, rows, self)
        self.dialog = dialog
        dialog.open()

    def recompute(self) -> None:
        try:
            count = self.services.reminders.refresh()
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            return
        self.status.emit(self.tr("Due dates recalculated for %1 cars.").replace("%1", str(count)))
        self.refresh()


class RemindersPage(QWidget):
    """The due list and the customer-care campaigns."""

    status = Signal(str)
    book_requested = Signal(int, int, int)  # customer, car, campaign (0: none)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QTabWidget

        from desktop.views.reminders.campaigns import CampaignsTab

        self.tabs = QTabWidget()
        self.due = DueListPage(services)
        self.campaigns = CampaignsTab(services)
        self.tabs.addTab(self.due, self.tr("Due list"))
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.tabs.currentChanged.connect(lambda _i: self._shown())
        for tab in (self.due, self.campaigns):
            tab.status.connect(self.status)
        self.due.book_requested.connect(lambda c, v: self.book_requested.emit(c, v, 0))
        self.campaigns.book_requested.connect(self.book_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _shown(self) -> None:
        if self.tabs.currentWidget() is self.campaigns:
            self.campaigns.refresh()
        else:
            self.due.refresh()
