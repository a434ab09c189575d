"""The clerk's dialogs: logging a follow-up call with its questionnaire, an inbound call or
a letter, the deputies for days away, and the printed registers."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from desktop.services.aftercare.records import (
    CallForm,
    CallResult,
    ContactForm,
    DeputyRow,
    FollowUpRow,
)
from desktop.services.aftercare.rules.schedule import CallRules
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.aftercare.labels import TOPICS, question_label, word
from desktop.views.shared import common
from desktop.views.shared.common import (
    FieldError,
    FormDialog,
    FormErrors,
    date_edit,
    fmt_datetime,
    tr_message,
)
from desktop.views.shared.pickers import CustomerPicker
from desktop.views.shared.table_model import Column, RowTableModel, table_view


def day_of(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[no-any-return]


class ScoreRow(QWidget):
    """1 to 5 as big buttons, and "—" for not answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        for value in (0, 1, 2, 3, 4, 5):
            button = QPushButton("—" if value == 0 else str(value))
            button.setCheckable(True)
            button.setMinimumSize(40, 32)
            self.group.addButton(button, value)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        layout.addStretch(1)

    def value(self) -> int | None:
        picked = self.group.checkedId()
        return picked if picked > 0 else None

    def set_value(self, value: int | None) -> None:
        self.group.button(value or 0).setChecked(True)


class CallDialog(FormDialog):
    """One call on the list: reached or not, the answers, what the customer said."""

    def __init__(self, services: Services, row: FollowUpRow, rules: CallRules, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Follow-up call"))
        self.services = services
        self.row = row
        self.rules = rules
        self.outcome: CallResult | None = None
        self.resize(620, 560)
        about = QLabel(self.tr("<b>%1</b>  %2  ·  %3 %4<br>Order %5, delivered %6: %7<br>"
                               "Advisor %8, technician %9 · call %10, tries so far: %11").replace(
            "%10", str(row.round)).replace("%11", str(row.attempts)).replace("%1", row.customer).replace(
            "%2", row.phone).replace("%3", row.plate).replace("%4", row.vehicle).replace(
            "%5", row.order_number).replace("%6", fmt_datetime(row.delivered_at)).replace(
            "%7", row.work_done or "—").replace("%8", row.advisor or "—").replace("%9", row.technician or "—"))
        about.setWordWrap(True)
        self.layout_.addWidget(about)
        self.reached = QCheckBox(self.tr("Reached the customer"))
        self.reached.setChecked(True)
        self.reached.toggled.connect(self._reached_changed)
        self.layout_.addWidget(self.reached)
        self.form = QFormLayout()
        self.errors = FormErrors(self.general_error)
        self.scores: dict[str, ScoreRow] = {}
        for key in rules.questions:
            score = ScoreRow(self)
            score.group.idClicked.connect(lambda _id: self._hint())
            self.scores[key] = score
            self.form.addRow(question_label(key), self.errors.add(key, score))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What the customer said"))
        self.notes.setMaximumHeight(90)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.complaint = QLineEdit()
        self.complaint.setPlaceholderText(self.tr("Leave empty unless the customer complains"))
        self.form.addRow(self.tr("The customer complains of"), self.complaint)
        self.layout_.addLayout(self.form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.finish_layout()

    def _reached_changed(self, reached: bool) -> None:
        for score in self.scores.values():
            score.setEnabled(reached)
        self.complaint.setEnabled(reached)
        left = self.rules.attempts - self.row.attempts - 1
        self.hint.setText("" if reached else self.tr(
            "Not reached: tried again at another time of day (%1 tries left).").replace("%1", str(max(left, 0)))
            if left > 0 else self.tr("Not reached: this was the last try; the call closes as unreachable."))

    def _hint(self) -> None:
        low = [k for k, s in self.scores.items() if s.value() is not None and (s.value() or 0) < self.rules.low_score]
        self.hint.setText(self.tr("A score below %1 opens a complaint when the call is saved.").replace(
            "%1", str(self.rules.low_score)) if low else "")

    def form_values(self) -> CallForm:
        reached = self.reached.isChecked()
        return CallForm(reached, {k: s.value() for k, s in self.scores.items()} if reached else {},
                        self.notes.toPlainText(), self.complaint.text() if reached else "")

    def save(self) -> None:
        self.errors.clear()
        result = self.attempt(lambda: self.services.followups.log_call(self.row.id, self.form_values()), self.errors)
        if result is not None:
            self.outcome = result
            self.accept()


class ContactDialog(FormDialog):
    """An inbound call or a letter sent, for the register."""

    def __init__(self, services: Services, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Inbound call") if kind == "inbound" else self.tr("Letter sent"))
        self.services = services
        self.kind = kind
        self.contact_id: int | None = None
        self.resize(640, 520)
        self.errors = FormErrors(self.general_error)
        self.picker = CustomerPicker(services, parent=self)
        self.layout_.addWidget(QLabel(self.tr("Customer")))
        self.layout_.addWidget(self.errors.add("customer", self.picker), 1)
        form = QFormLayout()
        self.topic = QComboBox()
        for key in ("question", "complaint", "other") if kind == "inbound" else ("reminder", "thanks", "other"):
            self.topic.addItem(word(TOPICS, key), key)
        form.addRow(self.tr("About"), self.errors.add("topic", self.topic))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(100)
        form.addRow(self.tr("Notes"), self.notes)
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        self.errors.clear()
        picked = self.picker.current()
        form = ContactForm(self.kind, picked.id if picked else None, str(self.topic.currentData()),
                           self.notes.toPlainText())
        found = self.attempt(lambda: self.services.followups.log_contact(form), self.errors)
        if found is not None:
            self.contact_id = found
            self.customer_id = form.customer_id
            self.accept()


DEPUTY_COLUMNS = (
    Column("absent", QT_TRANSLATE_NOOP("Columns", "Away"), 120),
    Column("deputy", QT_TRANSLATE_NOOP("Columns", "Deputy"), 120),
    Column("first_day", QT_TRANSLATE_NOOP("Columns", "From"), 100),
    Column("last_day", QT_TRANSLATE_NOOP("Columns", "To"), 100),
)


class DeputyDialog(QDialog):
    """Who takes a clerk's list on the days they are away."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Deputies"))
        self.resize(560, 420)
        self.model: RowTableModel[DeputyRow] = RowTableModel(DEPUTY_COLUMNS)
        self.table = table_view(self.model)
        logins = [u.login for u in services.users.users() if u.login and u.active]
        self.absent = QComboBox()
        self.absent.setEditable(True)
        self.absent.addItems(logins)
        self.absent.setCurrentText(services.user)
        self.deputy = QComboBox()
        self.deputy.setEditable(True)
        self.deputy.addItems(logins)
        self.deputy.setCurrentText("")
        self.first = date_edit(date.today())
        self.last = date_edit(date.today())
        self.error = FieldError(self)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.addRow(self.tr("Away"), self.absent)
        form.addRow(self.tr("Deputy"), self.deputy)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(self.services.followups.deputies())

    def add(self) -> None:
        try:
            done = common.run_approved(self, self.services, lambda: self.services.followups.add_deputy(
                self.absent.currentText(), self.deputy.currentText(), day_of(self.first), day_of(self.last)))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        if done is not None:
            self.error.show_message("")
            self.refresh()

    def remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            common.run_approved(self, self.services,
                                lambda: self.services.followups.remove_deputy(self.model.row(index.row()).id))
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.refresh()


REGISTER_TITLES = {
    "customers": QT_TRANSLATE_NOOP("Registers", "Customer file (客户档案基本资料表)"),
    "calls": QT_TRANSLATE_NOOP("Registers", "Follow-up call record (跟踪服务电话记录表)"),
    "call-register": QT_TRANSLATE_NOOP("Registers", "Call register (跟踪服务电话登记表)"),
    "letters": QT_TRANSLATE_NOOP("Registers", "Letter register (跟踪服务信函登记表)"),
}


class RegisterDialog(QDialog):
    """One of the four registers for a date range, previewed, printed or saved."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QCoreApplication

        self.services = services
        self.preview: QWidget | None = None
        self.setWindowTitle(self.tr("Registers"))
        self.kind = QComboBox()
        for key, title in REGISTER_TITLES.items():
            self.kind.addItem(QCoreApplication.translate("Registers", title), key)
        today = date.today()
        self.first = date_edit(today.replace(day=1))
        self.last = date_edit(today)
        form = QFormLayout(self)
        form.addRow(self.tr("Register"), self.kind)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        show = QPushButton(self.tr("Preview…"))
        show.clicked.connect(self.show_register)
        form.addRow("", show)

    def show_register(self) -> None:
        from desktop.views.shared import print_preview  # PDFium: loaded on the first preview

        kind = str(self.kind.currentData())
        first, last = day_of(self.first), day_of(self.last)
        self.preview = print_preview.show_document(self, lambda lang: self.services.aftercare.register_pdf(kind, first, last, lang),
                                     "register", self.kind.currentText(), f"{kind}-{first}-{last}.pdf")
