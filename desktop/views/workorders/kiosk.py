"""车间打卡: the workshop PC's kiosk.  Big buttons, no keyboard skills needed: a technician
taps their name, types their PIN, and sees the jobs dispatched to them, each with Start,
Pause and Done; clocks in and out for the day.  A job left on from an earlier day shows in
red until the foreman corrects it (the foreman signs in here too, with their PIN).  The
kiosk signs the person out after a minute without a touch."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk
from desktop.services.core.errors import ServiceError
from desktop.services.users.records import SignedIn
from desktop.services.workorders.clock import ClockingView, ClockService, DayView, JobView

from desktop.views.shared.common import FieldError, FormDialog, FormErrors, tr_message

BIG = "QPushButton { font-size: 18px; padding: 14px; min-height: 44px; }"
IDLE_MS = 60_000


def _hm(value: datetime | None) -> str:
    return value.astimezone().strftime("%H:%M") if value else "—"


class CorrectDialog(FormDialog):
    """The foreman sets a clocking right, with the reason (audited)."""

    def __init__(self, clock: ClockService, clocking: ClockingView, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Correct the clocking"))
        self.clock = clock
        self.clocking = clocking
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.start = QDateTimeEdit(QDateTime(clocking.started_at.astimezone()))
        end = clocking.ended_at or clocking.started_at
        self.end = QDateTimeEdit(QDateTime(end.astimezone()))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. forgot to clock off at 18:00"))
        form.addRow(self.tr("Job"), QLabel(f"{clocking.order_number} · {clocking.description} · {clocking.staff}"))
        form.addRow(self.tr("Started"), self.errors.add("started_at", self.start))
        form.addRow(self.tr("Ended"), self.errors.add("ended_at", self.end))
        form.addRow(self.tr("Why"), self.errors.add("reason", self.reason))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        start = self.start.dateTime().toPython().astimezone(UTC)  # type: ignore[union-attr]
        end = self.end.dateTime().toPython().astimezone(UTC)  # type: ignore[union-attr]
        done = self.attempt(lambda: self.clock.correct(self.clocking.id, start, end, self.reason.text()),
                            self.errors)
        if done is not None:
            self.accept()


class KioskPage(QWidget):
    status = Signal(str)
    # The inspection sheet of a job's order, filled by the technician signed in here (the
    # main window opens it: the sheet belongs to inspections).
    sheet_requested = Signal(str, object)  # order number, the technician's Desk

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.person: SignedIn | None = None
        self.clock: ClockService | None = None
        self.desk: Desk | None = None
        self.dialog: QWidget | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        # 1. who are you
        self.names_page = QWidget()
        names = QVBoxLayout(self.names_page)
        title = QLabel(self.tr("Tap your name"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        names.addWidget(title)
        self.names = QGridLayout()
        names.addLayout(self.names)
        names.addStretch(1)
        self.stack.addWidget(self.names_page)
        # 2. the PIN
        self.pin_page = QWidget()
        pin = QVBoxLayout(self.pin_page)
        self.pin_title = QLabel()
        self.pin_title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.pin.setStyleSheet("font-size: 28px; padding: 8px;")
        self.pin.setMaximumWidth(240)
        self.pin.returnPressed.connect(self.enter_pin)
        self.pin_error = FieldError(self)
        row = QHBoxLayout()
        ok = QPushButton(self.tr("OK"))
        back = QPushButton(self.tr("Back"))
        for b in (ok, back):
            b.setStyleSheet(BIG)
            row.addWidget(b)
        ok.clicked.connect(self.enter_pin)
        back.clicked.connect(self.sign_out)
        row.addStretch(1)
        for w in (self.pin_title, QLabel(self.tr("Your PIN")), self.pin, self.pin_error):
            pin.addWidget(w)
        pin.addLayout(row)
        pin.addStretch(1)
        self.stack.addWidget(self.pin_page)
        # 3. the day
        self.day_page = QWidget()
        day = QVBoxLayout(self.day_page)
        head = QHBoxLayout()
        self.day_title = QLabel()
        self.day_title.setStyleSheet("font-size: 20px; font-weight: bold;")
        head.addWidget(self.day_title, 1)
        self.clock_in_button = QPushButton(self.tr("Clock in"))
        self.clock_out_button = QPushButton(self.tr("Clock out"))
        self.sign_out_button = QPushButton(self.tr("Done (sign out)"))
        for b, action in ((self.clock_in_button, self.do_clock_in), (self.clock_out_button, self.do_clock_out),
                          (self.sign_out_button, self.sign_out)):
            b.setStyleSheet(BIG)
            b.clicked.connect(action)
            head.addWidget(b)
        day.addLayout(head)
        self.error = FieldError(self)
        day.addWidget(self.error)
        jobs = QWidget()  # a long day's jobs scroll; the buttons above stay in reach
        inner = QVBoxLayout(jobs)
        self.jobs_box = QVBoxLayout()
        inner.addLayout(self.jobs_box)
        self.flagged = QVBoxLayout()
        inner.addLayout(self.flagged)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(jobs)
        day.addWidget(scroll, 1)
        self.stack.addWidget(self.day_page)
        self.job_buttons: dict[tuple[int, str], QPushButton] = {}
        self.correct_buttons: dict[int, QPushButton] = {}
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.sign_out)
        self.name_buttons: dict[int, QPushButton] = {}  # filled when the page is shown, not at start

    # the three steps ------------------------------------------------------------------------

    def show_names(self) -> None:
        while self.names.count():
            item = self.names.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.name_buttons: dict[int, QPushButton] = {}
        people = [u for u in self.services.users.users() if u.active and u.has_pin]
        for i, user in enumerate(people):
            button = QPushButton(user.name)
            button.setStyleSheet(BIG)
            button.clicked.connect(lambda _c=False, u=user.id, n=user.name: self.choose(u, n))
            self.names.addWidget(button, i // 4, i % 4)
            self.name_buttons[user.id] = button
        if not people:
            self.names.addWidget(QLabel(self.tr("Nobody has a kiosk PIN yet: the administrator gives one under "
                                                "System → Users.")), 0, 0)
        self.stack.setCurrentWidget(self.names_page)

    def choose(self, user_id: int, name: str) -> None:
        self.chosen = user_id
        self.pin_title.setText(name)
        self.pin.clear()
        self.pin_error.show_message("")
        self.stack.setCurrentWidget(self.pin_page)
        self.pin.setFocus()
        self.idle.start()

    def enter_pin(self) -> bool:
        try:
            signed = self.services.users.sign_in_pin(self.chosen, self.pin.text())
        except ServiceError as exc:
            self.pin.clear()
            self.pin_error.show_message(tr_message(exc.message))
            return False
        self.pin.clear()
        self.person = signed
        desk = Desk(Actor(signed.login, signed.name, signed.user_id, signed.roles, signed.permissions))
        self.clock = self.services.clock.for_person(desk)
        self.desk = desk
        self.show_day()
        return True

    def sign_out(self) -> None:
        self.person = None
        self.clock = None
        self.desk = None
        self.idle.stop()
        self.show_names()

    # the day --------------------------------------------------------------------------------

    def show_day(self) -> None:
        assert self.person is not None and self.clock is not None
        self.idle.start()
        try:
            view = self.clock.day(self.person.user_id)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.day = view
        self.day_title.setText(self.tr("%1 · in %2 · out %3").replace("%1", self.person.name)
                               .replace("%2", _hm(view.clocked_in)).replace("%3", _hm(view.clocked_out)))
        self.clock_in_button.setEnabled(view.clocked_in is None or view.clocked_out is not None)
        self.clock_out_button.setEnabled(view.clocked_in is not None and view.clocked_out is None)
        self._fill_jobs(view)
        self._fill_flagged()
        self.stack.setCurrentWidget(self.day_page)

    def _clear(self, box: QVBoxLayout) -> None:
        while box.count():
            item = box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                inner = item.layout()
                while inner.count():
                    child = inner.takeAt(0)
                    if child.widget():
                        child.widget().deleteLater()

    def _fill_jobs(self, view: DayView) -> None:
        self._clear(self.jobs_box)
        self.job_buttons = {}
        if not view.jobs:
            self.jobs_box.addWidget(QLabel(self.tr("No job is dispatched to you now.")))
        for job in view.jobs:
            row = QHBoxLayout()
            text = QLabel(self._job_text(job))
            text.setStyleSheet("font-size: 16px;" + (" color: #1b5e20; font-weight: bold;" if job.mine_open else ""))
            row.addWidget(text, 1)
            sheet = QPushButton(self.tr("Inspection sheet"))
            sheet.setStyleSheet(BIG)
            sheet.clicked.connect(lambda _c=False, n=job.order_number: self.sheet_requested.emit(n, self.desk))
            row.addWidget(sheet)
            self.job_buttons[(job.line_id, "sheet")] = sheet
            for kind, label in (("start", self.tr("Start")), ("pause", self.tr("Pause")), ("stop", self.tr("Done"))):
                button = QPushButton(label)
                button.setStyleSheet(BIG)
                button.setEnabled(job.mine_open != (kind == "start"))
                button.clicked.connect(lambda _c=False, j=job.line_id, k=kind: self.job_action(j, k))
                self.job_buttons[(job.line_id, kind)] = button
                row.addWidget(button)
            self.jobs_box.addLayout(row)

    def _job_text(self, job: JobView) -> str:
        others = self.tr(" · %1 others on it").replace("%1", str(job.others_on)) if job.others_on else ""
        return (f"{job.order_number} {job.plate} · {job.description} · "
                + self.tr("%1 h of %2 h").replace("%1", f"{job.clocked_hours:.2f}")
                .replace("%2", f"{job.standard_hours:.2f}") + others)

    def _fill_flagged(self) -> None:
        self._clear(self.flagged)
        self.correct_buttons = {}
        assert self.person is not None and self.clock is not None
        rows = list(self.day.forgotten)
        if "clock.correct" in self.person.permissions:
            rows = self.clock.forgotten()
        for c in rows:
            row = QHBoxLayout()
            text = QLabel(self.tr("Still clocked on since %1: %2 · %3 · %4").replace(
                "%1", c.started_at.astimezone().strftime("%m-%d %H:%M")).replace("%2", c.staff)
                .replace("%3", c.order_number).replace("%4", c.description))
            text.setStyleSheet("color: #c62828; font-size: 15px;")
            row.addWidget(text, 1)
            if "clock.correct" in self.person.permissions:
                button = QPushButton(self.tr("Correct…"))
                button.clicked.connect(lambda _c=False, v=c: self.correct(v))
                self.correct_buttons[c.id] = button
                row.addWidget(button)
            self.flagged.addLayout(row)

    def _act(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return False
        self.error.show_message("")
        self.show_day()
        return True

    def job_action(self, line_id: int, kind: str) -> bool:
        assert self.person is not None and self.clock is not None
        clock, who = self.clock, self.person.user_id
        if kind == "start":
            return self._act(lambda: clock.clock_on(who, line_id))
        return self._act(lambda: clock.clock_off(who, line_id, pause=kind == "pause"))

    def do_clock_in(self) -> bool:
        assert self.person is not None and self.clock is not None
        clock, who = self.clock, self.person.user_id
        return self._act(lambda: clock.clock_in(who))

    def do_clock_out(self) -> bool:
        assert self.person is not None and self.clock is not None
        clock, who = self.clock, self.person.user_id
        done = self._act(lambda: clock.clock_out(who))
        if done:
            self.status.emit(self.tr("%1 clocked out.").replace("%1", self.person.name))
        return done

    def correct(self, clocking: ClockingView) -> QWidget:
        assert self.clock is not None
        dialog = CorrectDialog(self.clock, clocking, self)
        dialog.accepted.connect(self.show_day)
        self.dialog = dialog
        dialog.open()
        return dialog

    def shown(self) -> None:
        """The page came to the front: start at the names (nobody stays signed in)."""
        if self.person is None:
            self.show_names()
