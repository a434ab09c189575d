"""System → After-care: the follow-up rules (windows, tries, the low score, the questions
asked), the complaint deadlines, and the shop's working calendar (holidays and make-up
working days) the deadlines are counted on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.aftercare.rules.schedule import QUESTIONS, CallRules
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.system.calendar import CalendarDay

from desktop.views.aftercare.dialogs import date_edit, day_of
from desktop.views.aftercare.labels import question_label
from desktop.views.shared import common
from desktop.views.shared.common import FieldError
from desktop.views.shared.table_model import Column, RowTableModel, table_view

_KINDS = (QT_TRANSLATE_NOOP("Aftercare", "Working day"), QT_TRANSLATE_NOOP("Aftercare", "Holiday"))
DAY_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Day"), 100),
    Column("working", QT_TRANSLATE_NOOP("Columns", "Kind"), 110,
           fmt=lambda w: QCoreApplication.translate("Aftercare", _KINDS[0] if w else _KINDS[1])),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Occasion"), 160),
)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class AftercareSettings(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        rules = services.followups.rules()
        calls = QGroupBox(self.tr("Follow-up calls"))
        form = QFormLayout(calls)
        self.first_from = _spin(1, 7, rules.first_from)
        self.first_by = _spin(1, 7, rules.first_by)
        self.second_from = _spin(1, 30, rules.second_from)
        self.second_by = _spin(1, 30, rules.second_by)
        self.attempts = _spin(1, 10, rules.attempts)
        self.low_score = _spin(1, 5, rules.low_score)
        row = QHBoxLayout()
        row.addWidget(self.first_from)
        row.addWidget(self.first_by)
        form.addRow(self.tr("First call: from day … to day … after delivery"), row)
        row2 = QHBoxLayout()
        row2.addWidget(self.second_from)
        row2.addWidget(self.second_by)
        form.addRow(self.tr("Second call: from day … to day … after the first"), row2)
        form.addRow(self.tr("Tries before unreachable"), self.attempts)
        form.addRow(self.tr("A score below this opens a complaint"), self.low_score)
        self.questions: dict[str, QCheckBox] = {}
        asked = QVBoxLayout()
        for key in QUESTIONS:
            box = QCheckBox(question_label(key))
            box.setChecked(key in rules.questions)
            self.questions[key] = box
            asked.addWidget(box)
        form.addRow(self.tr("Questions asked"), asked)
        self.complaint_days = _spin(1, 30, int(services.settings.get("complaint_days")))
        form.addRow(self.tr("Complaints resolved within (working days)"), self.complaint_days)
        self.clerk = QLineEdit(str(services.settings.get("followup_clerk")))
        self.clerk.setPlaceholderText(self.tr("the information clerk's login; empty: anyone's list"))
        form.addRow(self.tr("New calls go to"), self.clerk)
        self.error = FieldError(self)
        save = QPushButton(self.tr("Save the follow-up rules"))
        save.clicked.connect(self.save)
        form.addRow(self.error)
        form.addRow("", save)

        days = QGroupBox(self.tr("Working calendar (holidays and make-up working days)"))
        dl = QVBoxLayout(days)
        self.model: RowTableModel[CalendarDay] = RowTableModel(DAY_COLUMNS)
        self.table = table_view(self.model)
        dl.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.day = date_edit(date.today())
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("Aftercare", _KINDS[1]), False)
        self.kind.addItem(QCoreApplication.translate("Aftercare", _KINDS[0]), True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("国庆节, 春节调休 …"))
        set_day = QPushButton(self.tr("Set the day"))
        set_day.clicked.connect(self.set_day)
        remove = QPushButton(self.tr("Back to a usual day"))
        remove.clicked.connect(self.remove_day)
        for w in (self.day, self.kind, self.name, set_day, remove):
            add.addWidget(w)
        dl.addLayout(add)
        self.day_error = FieldError(self)
        dl.addWidget(self.day_error)
        layout = QHBoxLayout(self)
        layout.addWidget(calls, 1)
        layout.addWidget(days, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(self.services.calendar.days())

    def save(self) -> None:
        rules = CallRules(self.first_from.value(), self.first_by.value(), self.second_from.value(),
                          self.second_by.value(), self.attempts.value(), self.low_score.value(),
                          tuple(k for k, box in self.questions.items() if box.isChecked()))
        try:
            done = common.run_approved(self, self.services, lambda: self._save(rules))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        if done:
            self.error.show_message("")
            self.status.emit(self.tr("Follow-up rules saved."))

    def _save(self, rules: CallRules) -> bool:
        self.services.followups.set_rules(rules)
        self.services.settings.set("complaint_days", self.complaint_days.value())
        self.services.settings.set("followup_clerk", self.clerk.text().strip())
        return True

    def set_day(self) -> None:
        try:
            common.run_approved(self, self.services, lambda: self.services.calendar.set_day(
                day_of(self.day), bool(self.kind.currentData()), self.name.text()))
        except ServiceError as exc:
            common.show_errors(self.day_error, exc)
            return
        self.day_error.show_message("")
        self.refresh()

    def remove_day(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            common.run_approved(self, self.services,
                                lambda: self.services.calendar.remove_day(self.model.row(index.row()).day))
        except ServiceError as exc:
            common.show_errors(self.day_error, exc)
            return
        self.refresh()
