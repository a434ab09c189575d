"""回访与投诉: the day's follow-up calls (overdue in red), the complaints register (past the
deadline in red), and satisfaction by month, advisor and technician."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.aftercare.records import (
    ComplaintFilter,
    ComplaintRow,
    FollowUpRow,
    Satisfaction,
)
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.aftercare.complaints import ComplaintView, NewComplaintDialog
from desktop.views.aftercare.dialogs import (
    CallDialog,
    ContactDialog,
    DeputyDialog,
    RegisterDialog,
    date_edit,
    day_of,
)
from desktop.views.aftercare.labels import category_label, channel_label, state_label
from desktop.views.shared import common
from desktop.views.shared.common import fmt_date, tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _late(row: FollowUpRow | ComplaintRow) -> bool:
    return row.overdue or getattr(row, "report_late", False)


CALL_COLUMNS = (
    Column("due_by", QT_TRANSLATE_NOOP("Columns", "Call by"), 90, fmt=fmt_date, alert=_late),
    Column("round", QT_TRANSLATE_NOOP("Columns", "Call"), 45, RIGHT),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 100),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("vehicle", QT_TRANSLATE_NOOP("Columns", "Vehicle"), 110),
    Column("order_number", QT_TRANSLATE_NOOP("Columns", "Work order"), 120),
    Column("work_done", QT_TRANSLATE_NOOP("Columns", "Work done"), 200),
    Column("advisor", QT_TRANSLATE_NOOP("Columns", "Advisor"), 70),
    Column("technician", QT_TRANSLATE_NOOP("Columns", "Technician"), 70),
    Column("attempts", QT_TRANSLATE_NOOP("Columns", "Tries"), 45, RIGHT),
    Column("assigned_to", QT_TRANSLATE_NOOP("Columns", "List of"), 70),
)
COMPLAINT_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Complaint no."), 95, alert=_late),
    Column("age_days", QT_TRANSLATE_NOOP("Columns", "Days"), 45, RIGHT),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Resolve by"), 90, fmt=fmt_date),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 70, fmt=state_label),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 90),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("channel", QT_TRANSLATE_NOOP("Columns", "Came in by"), 90, fmt=channel_label),
    Column("category", QT_TRANSLATE_NOOP("Columns", "About"), 80, fmt=category_label),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), 70),
    Column("report_late", QT_TRANSLATE_NOOP("Columns", "Not reported"), 80, fmt=lambda v: "●" if v else ""),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Complaint"), 260),
    Column("tell_today", QT_TRANSLATE_NOOP("Columns", "Tell today"), 70, fmt=lambda v: "●" if v else ""),
)


def _score(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _rate(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.1f} %"


SCORE_TITLES = {  # one per question of ``rules.schedule.QUESTIONS``
    "reception": QT_TRANSLATE_NOOP("Columns", "Reception"),
    "quality": QT_TRANSLATE_NOOP("Columns", "Repair quality"),
    "timeliness": QT_TRANSLATE_NOOP("Columns", "On time"),
    "price": QT_TRANSLATE_NOOP("Columns", "Price score"),
    "cleanliness": QT_TRANSLATE_NOOP("Columns", "Clean car"),
    "recommend": QT_TRANSLATE_NOOP("Columns", "Recommend"),
}
SATISFACTION_COLUMNS = (
    Column("who", QT_TRANSLATE_NOOP("Columns", "Month / person"), 110),
    Column("calls", QT_TRANSLATE_NOOP("Columns", "Calls"), 60, RIGHT),
    Column("reached", QT_TRANSLATE_NOOP("Columns", "Reached"), 60, RIGHT),
    Column("reach_rate", QT_TRANSLATE_NOOP("Columns", "Reach rate"), 80, RIGHT, fmt=_rate),
    Column("average", QT_TRANSLATE_NOOP("Columns", "Average"), 70, RIGHT, fmt=_score),
    *(Column(q, title, 105, RIGHT, value=lambda r, q=q: r.scores.get(q), fmt=_score)
      for q, title in SCORE_TITLES.items()),
)


class CallsTab(QWidget):
    status = Signal(str)
    complaint_opened = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        self.day = date_edit(date.today())
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.mine = QCheckBox(self.tr("Only my list (and those I stand in for)"))
        self.mine.toggled.connect(lambda _c: self.refresh())
        self.summary = QLabel()
        self.model: RowTableModel[FollowUpRow] = RowTableModel(CALL_COLUMNS)
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.log_call())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Calls for")))
        top.addWidget(self.day)
        top.addWidget(self.mine)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for title, action in ((self.tr("Log the call…"), self.log_call), (self.tr("Do not call…"), self.cancel),
                              (self.tr("Inbound call…"), self.inbound), (self.tr("Letter sent…"), self.letter),
                              (self.tr("Deputies…"), self.deputies), (self.tr("Registers…"), self.registers)):
            button = QPushButton(title)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        try:
            rows = self.services.followups.day_list(day_of(self.day), mine=self.mine.isChecked())
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            return
        self.model.reset(rows)
        late = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("%1 calls, %2 overdue").replace("%1", str(len(rows))).replace("%2", str(late)))

    def current(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def log_call(self) -> None:
        row = self.current()
        if row is None:
            self.status.emit(self.tr("Choose the call first."))
            return
        dialog = CallDialog(self.services, row, self.services.followups.rules(), self)
        if common.run_dialog(dialog) and dialog.outcome is not None:
            result = dialog.outcome
            if result.complaint_number:
                common.inform(self, self.tr("Complaint opened"), self.tr(
                    "Complaint %1 was opened from this call; it is on the complaints list.").replace(
                    "%1", result.complaint_number))
                self.complaint_opened.emit(result.complaint_id or 0)
            self.status.emit(self.tr("Call logged: %1.").replace("%1", row.customer))
            self.refresh()

    def cancel(self) -> None:
        row = self.current()
        if row is None:
            return
        reason = common.ask_text(self, self.tr("Do not call"), self.tr("Why is this call not made?"))
        if reason is None:
            return
        try:
            self.services.followups.cancel(row.id, reason)
        except ValidationFailed as exc:
            common.inform(self, self.tr("Do not call"), "\n".join(tr_message(m) for m in exc.errors.values()),
                          error=True)
            return
        except ServiceError as exc:
            common.inform(self, self.tr("Do not call"), tr_message(exc.message), error=True)
            return
        self.refresh()

    def inbound(self) -> None:
        dialog = ContactDialog(self.services, "inbound", self)
        if common.run_dialog(dialog) and dialog.contact_id is not None:
            if dialog.topic.currentData() == "complaint":
                complaint = NewComplaintDialog(self.services, self, customer_id=dialog.customer_id, channel="phone",
                                               contact_id=dialog.contact_id,
                                               description=dialog.notes.toPlainText())
                if common.run_dialog(complaint) and complaint.detail is not None:
                    self.complaint_opened.emit(complaint.detail.row.id)
            self.status.emit(self.tr("Inbound call logged."))

    def letter(self) -> None:
        dialog = ContactDialog(self.services, "letter", self)
        if common.run_dialog(dialog):
            self.status.emit(self.tr("Letter logged."))

    def deputies(self) -> None:
        dialog = DeputyDialog(self.services, self)
        self.dialog = dialog
        dialog.open()
        dialog.finished.connect(lambda _r: self.refresh())

    def registers(self) -> None:
        dialog = RegisterDialog(self.services, self)
        self.dialog = dialog
        dialog.open()


class ComplaintsTab(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view: ComplaintView | None = None
        self.open_only = QCheckBox(self.tr("Not closed"))
        self.open_only.setChecked(True)
        self.mine = QCheckBox(self.tr("Mine"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, customer or plate"))
        for box in (self.open_only, self.mine):
            box.toggled.connect(lambda _c: self.refresh())
        self.search.returnPressed.connect(self.refresh)
        self.summary = QLabel()
        self.model: RowTableModel[ComplaintRow] = RowTableModel(COMPLAINT_COLUMNS)
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        new = QPushButton(self.tr("New complaint…"))
        new.clicked.connect(self.new)
        show = QPushButton(self.tr("Open…"))
        show.clicked.connect(self.open_current)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_only)
        top.addWidget(self.mine)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(show)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        try:
            self.services.complaints.escalate()
            rows = self.services.complaints.page(ComplaintFilter(self.open_only.isChecked(), self.mine.isChecked(),
                                                                 self.search.text()))
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            return
        self.model.reset(rows)
        late = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("%1 listed, %2 past their deadline").replace("%1", str(len(rows))).replace(
            "%2", str(late)))

    def new(self) -> None:
        dialog = NewComplaintDialog(self.services, self)
        if common.run_dialog(dialog) and dialog.detail is not None:
            self.refresh()
            self.show_complaint(dialog.detail.row.id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.show_complaint(self.model.row(index.row()).id)

    def show_complaint(self, complaint_id: int) -> None:
        view = ComplaintView(self.services, complaint_id)
        view.changed.connect(self.refresh)
        self.view = view
        view.show()


class SatisfactionTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        today = date.today()
        self.first = date_edit((today - timedelta(days=365)).replace(day=1))
        self.last = date_edit(today)
        self.by = QComboBox()
        for key, title in (("month", QT_TRANSLATE_NOOP("Aftercare", "By month")),
                           ("advisor", QT_TRANSLATE_NOOP("Aftercare", "By advisor")),
                           ("technician", QT_TRANSLATE_NOOP("Aftercare", "By technician"))):
            self.by.addItem(QCoreApplication.translate("Aftercare", title), key)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        self.rate = QLabel()
        self.model: RowTableModel[Satisfaction] = RowTableModel(SATISFACTION_COLUMNS)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last, self.by, show):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rate)
        layout.addWidget(table_view(self.model), 1)

    def refresh(self) -> None:
        first, last = day_of(self.first), day_of(self.last)
        self.model.reset(self.services.aftercare.satisfaction(first, last, str(self.by.currentData())))
        complaints, delivered = self.services.aftercare.complaint_rate(first, last)
        share = f"{complaints / delivered * 100:.1f} %" if delivered else "—"
        self.rate.setText(self.tr("Complaint rate: %1 complaints / %2 delivered orders = %3").replace(
            "%1", str(complaints)).replace("%2", str(delivered)).replace("%3", share))


class AftercarePage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tabs = QTabWidget()
        self.calls = CallsTab(services)
        self.complaints = ComplaintsTab(services)
        self.satisfaction = SatisfactionTab(services)
        self.tabs.addTab(self.calls, self.tr("Follow-up calls"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.addTab(self.satisfaction, self.tr("Satisfaction"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        for tab in (self.calls, self.complaints):
            tab.status.connect(self.status)
        self.calls.complaint_opened.connect(lambda _cid: self.complaints.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.calls:
            self.calls.refresh()
        elif current is self.complaints:
            self.complaints.refresh()
        else:
            self.satisfaction.refresh()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def reminder(self) -> str:
        """What the person signing in should know: calls due, complaints past their deadline."""
        desk = self.services.desk
        parts = []
        if desk.may("followups.call"):
            due, late = self.services.followups.counts()
            if due:
                parts.append(self.tr("%1 follow-up calls today (%2 overdue)").replace("%1", str(due)).replace(
                    "%2", str(late)))
        if desk.may("complaints.handle"):
            self.services.complaints.escalate()
            _open, late, tell = self.services.complaints.counts()
            if late and desk.may("complaints.manage"):
                parts.append(self.tr("%1 complaints past their deadline").replace("%1", str(late)))
            if tell:
                parts.append(self.tr("%1 customers to tell their solution today").replace("%1", str(tell)))
        return "; ".join(parts)

