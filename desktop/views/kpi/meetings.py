"""会议: the after-sales meetings (announce with topic and agenda, print the notice; keep the
minutes with the attendees, the earlier items followed up, the cases, the decisions and the
new action items; print the minutes), the open action items (overdue in red), and the
problems staff raise (anyone raises one; the manager gives it an owner; the owner answers)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.kpi.meetings import ItemRow, MeetingView, NewItem

from desktop.views.shared import common
from desktop.views.shared.common import tr_message
from desktop.views.shared.table_model import Column, RowTableModel, table_view

STATES = {"announced": QT_TRANSLATE_NOOP("MeetingsPage", "announced"),
          "held": QT_TRANSLATE_NOOP("MeetingsPage", "held"),
          "cancelled": QT_TRANSLATE_NOOP("MeetingsPage", "cancelled")}
MEETING_COLUMNS = (
    Column("held_at", QT_TRANSLATE_NOOP("Columns", "When"), 130, fmt=lambda d: d.astimezone().strftime("%Y-%m-%d %H:%M")),
    Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), 220),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 80,
           fmt=lambda s: QCoreApplication.translate("MeetingsPage", STATES.get(s, s))),
)
ITEM_COLUMNS = (
    Column("text", QT_TRANSLATE_NOOP("Columns", "Action"), 300),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), 80),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), 90, fmt=lambda d: f"{d:%Y-%m-%d}" if d else "",
           alert=lambda r: r.overdue),
    Column("raised_by", QT_TRANSLATE_NOOP("Columns", "Raised by"), 80),
    Column("answer", QT_TRANSLATE_NOOP("Columns", "Answer"), 260),
)


class AnnounceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Announce a meeting"))
        self.when = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(3), QDateTime.currentDateTime().time()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setDateTime(QDateTime(QDate.currentDate().addDays(4), QDateTime.fromString("16:00", "HH:mm").time()))
        self.topic = QLineEdit()
        self.topic.setMaxLength(120)
        self.place = QLineEdit()
        self.agenda = QPlainTextEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Agenda"), self.agenda)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def held_at(self) -> datetime:
        return self.when.dateTime().toPython().astimezone()  # type: ignore[no-any-return]


class MinutesDialog(QDialog):
    """The minutes: attendees, decisions, cases, each open item followed up (done or not,
    a note), and up to five new action items with an owner and a due date."""

    def __init__(self, view: MeetingView, people: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Minutes: %1").replace("%1", view.topic))
        self.attendees = QLineEdit()
        self.decisions = QPlainTextEdit()
        self.cases = QLineEdit()
        self.cases.setPlaceholderText(self.tr("Work orders and complaints discussed, e.g. WO2026-000123"))
        form = QFormLayout(self)
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow(self.tr("Cases"), self.cases)
        form.addRow(self.tr("Decisions"), self.decisions)
        self.reviews: list[tuple[int, QComboBox, QLineEdit]] = []
        for item in view.to_review:
            state = QComboBox()
            state.addItems([self.tr("not done"), self.tr("done")])
            note = QLineEdit()
            row = QHBoxLayout()
            row.addWidget(state)
            row.addWidget(note, 1)
            form.addRow(f"{item.text} ({item.owner})", row)
            self.reviews.append((item.id, state, note))
        self.new: list[tuple[QLineEdit, QComboBox, QDateEdit]] = []
        for _ in range(5):
            text = QLineEdit()
            owner = QComboBox()
            owner.addItem("", None)
            for staff_id, name in people:
                owner.addItem(name, staff_id)
            due = QDateEdit(QDate.currentDate().addDays(7))
            due.setCalendarPopup(True)
            row = QHBoxLayout()
            row.addWidget(text, 3)
            row.addWidget(owner, 1)
            row.addWidget(due)
            form.addRow(self.tr("New action"), row)
            self.new.append((text, owner, due))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def reviewed(self) -> dict[int, tuple[bool, str]]:
        return {item_id: (state.currentIndex() == 1, note.text()) for item_id, state, note in self.reviews
                if state.currentIndex() == 1 or note.text().strip()}

    def new_items(self) -> list[NewItem]:
        out = []
        for text, owner, due in self.new:
            if text.text().strip():
                d = due.date()
                out.append(NewItem(text.text(), owner.currentData(), date(d.year(), d.month(), d.day())))
        return out


class MeetingsPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        title = QLabel(self.tr("Meetings, action items and problems"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.meetings: RowTableModel[MeetingView] = RowTableModel(MEETING_COLUMNS)
        self.meeting_view = table_view(self.meetings)
        self.meeting_view.clicked.connect(lambda index: self.show_meeting(index.row()))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label, slot in (("announce", self.tr("Announce a meeting…"), self.announce),
                                 ("notice", self.tr("Print the notice…"), lambda: self.print_meeting("notice")),
                                 ("minutes", self.tr("Keep the minutes…"), self.keep_minutes),
                                 ("print_minutes", self.tr("Print the minutes…"),
                                  lambda: self.print_meeting("minutes"))):
            button = QPushButton(label)
            button.clicked.connect(lambda *_, run=slot: run())
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        meetings_tab = QWidget()
        m = QVBoxLayout(meetings_tab)
        m.addLayout(bar)
        m.addWidget(self.meeting_view, 2)
        m.addWidget(self.detail, 1)
        self.items: RowTableModel[ItemRow] = RowTableModel(ITEM_COLUMNS)
        self.item_view = table_view(self.items)
        self.problems: RowTableModel[ItemRow] = RowTableModel(ITEM_COLUMNS)
        self.problem_view = table_view(self.problems)
        items_tab = QWidget()
        i = QVBoxLayout(items_tab)
        i.addWidget(self.item_view, 1)
        done = QPushButton(self.tr("Done…"))
        done.clicked.connect(lambda *_: self.close_item(self.item_view, self.items))
        i.addWidget(done)
        problems_tab = QWidget()
        p = QVBoxLayout(problems_tab)
        p.addWidget(self.problem_view, 1)
        pbar = QHBoxLayout()
        for label, slot in ((self.tr("Raise a problem…"), self.raise_problem),
                            (self.tr("Give it an owner…"), self.assign),
                            (self.tr("Answer…"), lambda: self.close_item(self.problem_view, self.problems))):
            button = QPushButton(label)
            button.clicked.connect(lambda *_, run=slot: run())
            pbar.addWidget(button)
        pbar.addStretch(1)
        p.addLayout(pbar)
        self.tabs = QTabWidget()
        self.tabs.addTab(meetings_tab, self.tr("Meetings"))
        self.tabs.addTab(items_tab, self.tr("Action items"))
        self.tabs.addTab(problems_tab, self.tr("Problems raised"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        manager = self.services.desk.may("meetings.manage")
        for key in ("announce", "minutes"):
            self.buttons[key].setVisible(manager)
        try:
            self.meetings.reset(self.services.meetings.meetings())
            self.items.reset(self.services.meetings.items(kind="action"))
            self.problems.reset(self.services.meetings.items(state="", kind="problem"))
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.detail.clear()

    def current(self) -> MeetingView | None:
        index = self.meeting_view.currentIndex()
        return self.meetings.row(index.row()) if index.isValid() else None

    def show_meeting(self, row: int) -> None:
        view = self.meetings.row(row)
        lines = [f"{view.topic}  ·  {view.place}", view.agenda]
        if view.state == "held":
            lines += [self.tr("Attendees: %1").replace("%1", view.attendees),
                      self.tr("Decisions: %1").replace("%1", view.decisions)]
        self.detail.setText("\n".join(x for x in lines if x))

    def announce(self) -> AnnounceDialog:
        dialog = AnnounceDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._announce(dialog))
        dialog.open()
        return dialog

    def _announce(self, dialog: AnnounceDialog) -> None:
        try:
            self.services.meetings.announce(dialog.held_at(), dialog.topic.text(), dialog.agenda.toPlainText(),
                                            dialog.place.text())
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.message.clear()
        self.refresh()

    def keep_minutes(self) -> MinutesDialog | None:
        view = self.current()
        if view is None:
            self.message.setText(self.tr("Choose the meeting first."))
            return None
        people = [(s.id, s.name) for s in self.services.workorders.staff()]
        dialog = MinutesDialog(view, people, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._minutes(view, dialog))
        dialog.open()
        return dialog

    def _minutes(self, view: MeetingView, dialog: MinutesDialog) -> None:
        try:
            self.services.meetings.minutes(view.id, view.version, dialog.attendees.text(),
                                           dialog.decisions.toPlainText(), dialog.cases.text(), dialog.reviewed(),
                                           dialog.new_items())
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.message.clear()
        self.refresh()

    def print_meeting(self, what: str) -> QWidget | None:
        view = self.current()
        if view is None:
            self.message.setText(self.tr("Choose the meeting first."))
            return None
        from desktop.views.shared.print_preview import show_document

        meetings = self.services.meetings
        title = self.tr("Meeting notice") if what == "notice" else self.tr("Minutes")
        self.dialog = show_document(self, lambda lang: meetings.pdf(view.id, what, lang), f"meeting-{what}",
                                    f"{title} {view.topic}", f"meeting-{view.held_at:%Y%m%d}-{what}.pdf")
        return self.dialog

    def raise_problem(self) -> None:
        text = common.ask_text(self, self.tr("Raise a problem"), self.tr("What is the problem?"))
        if text is None:
            return
        try:
            self.services.meetings.raise_problem(text)
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.refresh()

    def assign(self) -> None:
        index = self.problem_view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choose the problem first."))
            return
        row = self.problems.row(index.row())
        people = self.services.workorders.staff()
        name = common.ask_item(self, self.tr("Give it an owner"), row.text, [s.name for s in people])
        if name is None:
            return
        owner = next(s.id for s in people if s.name == name)
        try:
            self.services.meetings.assign(row.id, owner, datetime.combine(date.today(), time()).date()
                                          + timedelta(days=7))
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.refresh()

    def close_item(self, view: QWidget, model: RowTableModel[ItemRow]) -> None:
        index = view.currentIndex()  # type: ignore[attr-defined]
        if not index.isValid():
            self.message.setText(self.tr("Choose the item first."))
            return
        row = model.row(index.row())
        answer = common.ask_text(self, self.tr("Done"), self.tr("What was done (or the answer)?"))
        if answer is None:
            return
        try:
            self.services.meetings.close(row.id, answer)
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.message.clear()
        self.refresh()
