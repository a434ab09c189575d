"""培训: a person's courses of the year beside their appraisal — planned, held, passed —
and the plan's completion; the manager plans a course and records its result."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.kpi.training import TrainingRow

from desktop.views.shared import common
from desktop.views.shared.common import tr_message
from desktop.views.shared.table_model import Column, RowTableModel, table_view

COLUMNS = (
    Column("course", QT_TRANSLATE_NOOP("Columns", "Course"), 260),
    Column("planned_on", QT_TRANSLATE_NOOP("Columns", "Planned"), 90, fmt=lambda d: f"{d:%Y-%m-%d}"),
    Column("done_on", QT_TRANSLATE_NOOP("Columns", "Held"), 90, fmt=lambda d: f"{d:%Y-%m-%d}" if d else ""),
    Column("passed", QT_TRANSLATE_NOOP("Columns", "Passed"), 70,
           fmt=lambda p: "" if p is None else ("✓" if p else "✗"), alert=lambda r: r.passed is False),
)


class CourseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a course"))
        self.course = QLineEdit()
        self.course.setMaxLength(120)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Course"), self.course)
        form.addRow(self.tr("Date"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def when(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())


class TrainingPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.staff_id: int | None = None
        self.year = date.today().year
        self.rows: RowTableModel[TrainingRow] = RowTableModel(COLUMNS)
        self.view = table_view(self.rows)
        self.completion = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.plan_button = QPushButton(self.tr("Plan a course…"))
        self.plan_button.clicked.connect(lambda *_: self.plan())
        self.result_button = QPushButton(self.tr("Record the result…"))
        self.result_button.clicked.connect(lambda *_: self.record())
        bar = QHBoxLayout()
        bar.addWidget(self.completion, 1)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.result_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bar)

    def show_person(self, staff_id: int | None, year: int) -> None:
        self.staff_id, self.year = staff_id, year
        manager = self.services.desk.may("appraisal.manage")
        self.plan_button.setVisible(manager)
        self.result_button.setVisible(manager)
        self.message.clear()
        if staff_id is None:
            self.rows.reset([])
            self.completion.clear()
            return
        try:
            self.rows.reset(self.services.training.plan_of(year, staff_id))
            upto = min(date.today(), date(year, 12, 31))
            passed, due, rate = self.services.training.completion(year, upto, staff_id)
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.completion.setText(self.tr("Training plan: %1 of %2 courses due passed (%3)").replace(
            "%1", str(passed)).replace("%2", str(due)).replace("%3", "—" if rate is None else f"{rate}%"))

    def plan(self) -> CourseDialog | None:
        if self.staff_id is None:
            return None
        dialog = CourseDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._planned(dialog))
        dialog.open()
        return dialog

    def _planned(self, dialog: CourseDialog) -> None:
        if self.staff_id is None:
            return
        try:
            self.services.training.plan(self.staff_id, dialog.course.text(), dialog.when())
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.show_person(self.staff_id, self.year)

    def record(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choose the course first."))
            return
        row = self.rows.row(index.row())
        passed, failed = self.tr("Passed"), self.tr("Not passed")
        choice = common.ask_item(self, self.tr("Record the result"), row.course, [passed, failed])
        if choice is None:
            return
        try:
            self.services.training.record(row.id, min(date.today(), row.planned_on), choice == passed)
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.show_person(self.staff_id, self.year)
