"""The inspection sheet as the technician fills it on the workshop PC: one row per point,
grouped by area, with big OK / attention / urgent buttons or a box for the reading (its
unit and limits beside it) and a note.  Every answer is saved the moment it is given, so
nothing is lost if the PC is switched off; a refused reading says why on its row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.inspection.records import AnswerForm, InspectionView, ItemView

from desktop.views.inspection.labels import COLOURS, FINDINGS, RESULTS, word
from desktop.views.shared.common import FieldError, tr_message

BUTTON_HEIGHT = 34


class PointRow:
    """The widgets of one point."""

    def __init__(self, sheet: SheetWidget, item: ItemView, grid: QGridLayout, row: int) -> None:
        self.sheet, self.item = sheet, item
        self.label = QLabel(item.label)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(140)
        first = QWidget()  # the point, and under it the reading with its unit and limits
        head = QVBoxLayout(first)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(2)
        head.addWidget(self.label)
        grid.addWidget(first, row, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(sheet)
        answer = QWidget()
        box = QHBoxLayout(answer)
        box.setContentsMargins(0, 0, 0, 0)
        self.value: QLineEdit | None = None
        if item.answer == "measure":
            self.value = QLineEdit()
            self.value.setObjectName(f"value_{item.id}")
            self.value.setFixedWidth(64)
            self.value.setMinimumHeight(BUTTON_HEIGHT)
            self.value.editingFinished.connect(self.save)
            reading = QHBoxLayout()
            reading.addWidget(self.value)
            limits = item.limits.text()
            reading.addWidget(QLabel(item.limits.unit + (f"  ({limits})" if limits else "")))
            reading.addStretch(1)
            head.addLayout(reading)
        if item.answer in ("status", "measure"):
            for finding in FINDINGS:
                button = QPushButton(word(FINDINGS, finding))
                button.setObjectName(f"finding_{item.id}_{finding}")
                button.setCheckable(True)
                button.setMinimumSize(60, BUTTON_HEIGHT)
                button.setStyleSheet(f"QPushButton:checked {{ background: {COLOURS[finding]}; color: white; "
                                     "font-weight: bold; }")
                button.clicked.connect(lambda _c=False, f=finding: self.save(f))
                self.group.addButton(button)
                self.buttons[finding] = button
                box.addWidget(button)
        box.addStretch(1)
        grid.addWidget(answer, row, 1)
        self.note = QLineEdit()
        self.note.setObjectName(f"note_{item.id}")
        self.note.setPlaceholderText(QCoreApplication.translate("SheetWidget", "photo no.") if item.answer == "photo"
                                     else QCoreApplication.translate("SheetWidget", "note"))
        self.note.setMinimumHeight(BUTTON_HEIGHT)
        self.note.setMinimumWidth(90)
        self.note.editingFinished.connect(self.save)
        self.error = FieldError(sheet)  # a refused reading: said under the row's note
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        stack.addWidget(self.note)
        stack.addWidget(self.error)
        grid.addWidget(cell, row, 2)

    def show(self, view: InspectionView) -> None:
        answer = view.answers.get(self.item.id)
        finished = view.finished_at is not None
        self.group.setExclusive(False)
        for finding, button in self.buttons.items():
            button.setChecked(answer is not None and answer.finding == finding)
            button.setEnabled(not finished)
        self.group.setExclusive(True)
        if self.value is not None:
            self.value.setText(f"{answer.value.normalize():f}" if answer and answer.value is not None else "")
            self.value.setReadOnly(finished)
        text = (answer.photo if self.item.answer == "photo" else answer.note) if answer else ""
        if self.note.text() != text:
            self.note.setText(text)
        self.note.setReadOnly(finished)

    def save(self, finding: str | None = None) -> None:
        view = self.sheet.view
        if view is None or view.finished_at is not None:
            return
        old = view.answers.get(self.item.id)
        chosen = finding or (old.finding if old else "ok")
        value = self.value.text().strip() if self.value is not None else None
        note = self.note.text().strip()
        if self.item.answer == "measure" and not value:
            if finding is not None:  # a button before the reading: ask for the reading
                self.error.show_message(QCoreApplication.translate("SheetWidget", "Enter the reading first."))
                self.show(view)
            return
        if finding is None and old is not None:  # left a field: save only what changed
            same_value = self.value is None or (old.value is not None and f"{old.value.normalize():f}" == value)
            same_note = (old.photo if self.item.answer == "photo" else old.note) == note
            if same_value and same_note:
                return
        if finding is None and old is None and not note and not value:
            return
        if self.item.answer in ("note", "photo"):
            form = AnswerForm(self.item.id, "ok", note="" if self.item.answer == "photo" else note,
                              photo=note if self.item.answer == "photo" else "")
        else:
            form = AnswerForm(self.item.id, chosen, value, note)
        self.sheet.answer(self, form)


class SheetWidget(QWidget):
    """One sheet: its rows, "all others OK", "Finish"."""

    changed = Signal(object)  # InspectionView

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view: InspectionView | None = None
        self.rows: dict[int, PointRow] = {}
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.counts = QLabel()
        self.error = FieldError(self)
        self.all_ok_button = QPushButton(self.tr("All other points OK"))
        self.all_ok_button.setMinimumHeight(BUTTON_HEIGHT)
        self.finish_button = QPushButton(self.tr("Finish the sheet"))
        self.finish_button.setMinimumHeight(BUTTON_HEIGHT)
        self.all_ok_button.clicked.connect(self.do_all_ok)
        self.finish_button.clicked.connect(self.do_finish)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.counts, 1)
        head.addWidget(self.all_ok_button)
        head.addWidget(self.finish_button)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

    def show_sheet(self, view: InspectionView | None) -> None:
        same = view is not None and self.view is not None and view.id == self.view.id
        self.view = view
        if not same:
            while self.grid.count():
                taken = self.grid.takeAt(0)
                gone = taken.widget() if taken is not None else None
                if gone is not None:
                    gone.deleteLater()
            self.rows = {}
            if view is not None:
                row, area = 0, None
                for item in view.items:
                    if item.area != area:
                        area = item.area
                        heading = QLabel(area)
                        heading.setStyleSheet("font-weight: bold; padding-top: 6px;")
                        self.grid.addWidget(heading, row, 0, 1, 3)
                        row += 1
                    self.rows[item.id] = PointRow(self, item, self.grid, row)
                    row += 1
                self.grid.setRowStretch(row, 1)
        self.refresh()

    def refresh(self) -> None:
        view = self.view
        self.setEnabled(view is not None)
        if view is None:
            self.title.setText("")
            self.counts.setText("")
            return
        for row in self.rows.values():
            row.show(view)
        self.title.setText(f"{view.checklist} · {word(RESULTS, view.result)}")
        c = view.counts
        left = len(view.unanswered)
        self.counts.setText(self.tr("OK %1 · attention %2 · urgent %3 · %4 to answer").replace(
            "%1", str(c["ok"])).replace("%2", str(c["attention"])).replace("%3", str(c["urgent"])).replace(
            "%4", str(left)))
        open_ = view.finished_at is None
        self.all_ok_button.setEnabled(open_)
        self.finish_button.setEnabled(open_)

    def answer(self, row: PointRow, form: AnswerForm) -> None:
        if self.view is None:
            return
        row.error.show_message("")
        try:
            fresh = self.services.inspections.answer(self.view.id, form)
        except ValidationFailed as exc:
            row.error.show_message("<br>".join(tr_message(m) for m in exc.errors.values()))
            return
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.view = fresh
        self.refresh()
        self.changed.emit(fresh)

    def do_all_ok(self) -> None:
        if self.view is not None:
            self._run(lambda v: self.services.inspections.all_ok(v.id))

    def do_finish(self) -> None:
        if self.view is not None:
            self._run(lambda v: self.services.inspections.finish(v.id, v.version))

    def _run(self, action: Callable[[InspectionView], InspectionView]) -> None:
        if self.view is None:
            return
        self.error.show_message("")
        try:
            fresh = action(self.view)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.view = fresh
        self.refresh()
        self.changed.emit(fresh)


def focus_first_open(sheet: SheetWidget) -> None:
    """The cursor on the first point still to answer."""
    if sheet.view is None:
        return
    for item in sheet.view.unanswered:
        row = sheet.rows.get(item.id)
        if row is not None:
            (row.value or next(iter(row.buttons.values()))).setFocus(Qt.FocusReason.OtherFocusReason)
            return
