"""System → Checklists: the shop's checklists and their points (area, what is checked, the
kind of answer, a reading's unit, range and limits, the labour and part that put it right).
A point cars were checked on stays; a checklist is retired rather than deleted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.inspection.records import ChecklistView, ItemForm, ItemView

from desktop.views.inspection.labels import ANSWERS, KINDS, word
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, tr_message
from desktop.views.shared.table_model import Column, RowTableModel, table_view

ITEM_COLUMNS = (
    Column("area", QT_TRANSLATE_NOOP("Columns", "Area"), 90),
    Column("label", QT_TRANSLATE_NOOP("Columns", "Point"), 220),
    Column("answer", QT_TRANSLATE_NOOP("Columns", "Answer"), 140, fmt=lambda a: word(ANSWERS, a)),
    Column("limits", QT_TRANSLATE_NOOP("Columns", "Limits"), 110, fmt=lambda lim: lim.text()),
    Column("operation_code", QT_TRANSLATE_NOOP("Columns", "Labour"), 60),
    Column("part_number", QT_TRANSLATE_NOOP("Columns", "Part"), 100),
)
NUMBERS = ("plausible_min", "plausible_max", "attention_below", "urgent_below", "attention_above", "urgent_above")


def _n(value: object) -> str:
    return "" if value is None else f"{value.normalize():f}"  # type: ignore[attr-defined]


class ItemDialog(FormDialog):
    def __init__(self, services: Services, checklist: ChecklistView, item: ItemView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Checklist point"))
        self.services, self.checklist, self.item = services, checklist, item
        self.area = QLineEdit(item.area if item else "")
        self.label = QLineEdit(item.label if item else "")
        self.answer = QComboBox()
        for key in ANSWERS:
            self.answer.addItem(word(ANSWERS, key), key)
        self.answer.setCurrentIndex(max(0, self.answer.findData(item.answer if item else "status")))
        self.unit = QLineEdit(item.limits.unit if item else "")
        self.numbers = {key: QLineEdit(_n(getattr(item.limits, key)) if item else "") for key in NUMBERS}
        self.operation = QLineEdit(item.operation_code if item else "")
        self.part = QLineEdit(item.part_number if item else "")
        self.qty = QLineEdit(_n(item.part_qty) if item else "1")
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Area"), self.errors.add("area", self.area))
        form.addRow(self.tr("What is checked"), self.errors.add("label", self.label))
        form.addRow(self.tr("Answer"), self.errors.add("answer", self.answer))
        form.addRow(self.tr("Unit"), self.errors.add("unit", self.unit))
        for key, text in (("plausible_min", self.tr("Lowest possible reading")),
                          ("plausible_max", self.tr("Highest possible reading")),
                          ("attention_below", self.tr("Attention below")), ("urgent_below", self.tr("Urgent below")),
                          ("attention_above", self.tr("Attention above")), ("urgent_above", self.tr("Urgent above"))):
            form.addRow(text, self.errors.add(key, self.numbers[key]))
        form.addRow(self.tr("Labour operation code"), self.errors.add("operation_code", self.operation))
        form.addRow(self.tr("Part number"), self.errors.add("part_number", self.part))
        form.addRow(self.tr("Part quantity"), self.errors.add("part_qty", self.qty))
        self.layout_.addLayout(form)
        self.answer.currentIndexChanged.connect(self._measured)
        self._measured()
        self.finish_layout()

    def _measured(self) -> None:
        on = self.answer.currentData() == "measure"
        for w in (self.unit, *self.numbers.values()):
            w.setEnabled(on)

    def save(self) -> None:
        form = ItemForm(self.area.text(), self.label.text(), self.answer.currentData(), self.unit.text(),
                        **{key: w.text() for key, w in self.numbers.items()}, operation_code=self.operation.text(),
                        part_number=self.part.text(), part_qty=self.qty.text())
        ident = self.item.id if self.item else None
        if self.attempt(lambda: self.services.checklists.save_item(self.checklist.id, form, ident),
                        self.errors) is not None:
            self.accept()


class ChecklistsSettings(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        self.lists: list[ChecklistView] = []
        self.names = QListWidget()
        self.names.setFixedWidth(240)
        self.items: RowTableModel[ItemView] = RowTableModel(ITEM_COLUMNS)
        self.table = table_view(self.items)
        self.error = FieldError(self)
        buttons = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text in (("new", self.tr("New checklist…")), ("add", self.tr("Add point…")),
                          ("edit", self.tr("Change point…")), ("remove", self.tr("Remove point")),
                          ("retire", self.tr("Retire / use again"))):
            button = QPushButton(text)
            button.clicked.connect(getattr(self, f"do_{key}"))
            self.actions[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.storage_days = QSpinBox()
        self.storage_days.setRange(1, 30)
        self.storage_days.setSuffix(self.tr(" days"))
        save_days = QPushButton(self.tr("Save"))
        save_days.clicked.connect(self.save_days)
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("New cars in stock: a storage check every")))
        days.addWidget(self.storage_days)
        days.addWidget(save_days)
        days.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(days)
        right.addLayout(buttons)
        right.addWidget(self.error)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.names)
        layout.addLayout(right, 1)
        self.names.currentRowChanged.connect(self._show)
        self.table.doubleClicked.connect(lambda *_: self.do_edit())

    def showEvent(self, event: object) -> None:
        self.load()
        super().showEvent(event)  # type: ignore[arg-type]

    def save_days(self) -> None:
        if self._guard(lambda: common.run_approved(self, self.services, lambda: self.services.settings.set(
                "storage_check_days", self.storage_days.value()))):
            self.status.emit(self.tr("Saved."))

    def load(self, keep: int | None = None) -> None:
        self.storage_days.setValue(int(self.services.settings.get("storage_check_days")))
        self.storage_days.setEnabled(self.services.desk.may("settings.edit"))
        current = keep if keep is not None else self.current().id if self.current() else None
        self.lists = self.services.checklists.checklists(active_only=False)
        self.names.blockSignals(True)
        self.names.clear()
        for c in self.lists:
            retired = "" if c.active else " — " + self.tr("retired")
            text = f"{c.name}（{word(KINDS, c.kind)}）{retired}"
            QListWidgetItem(text, self.names)
        index = next((i for i, c in enumerate(self.lists) if c.id == current), 0)
        self.names.blockSignals(False)
        self.names.setCurrentRow(index if self.lists else -1)
        self._show()

    def current(self) -> ChecklistView | None:
        row = self.names.currentRow()
        return self.lists[row] if 0 <= row < len(self.lists) else None

    def _show(self, *_: object) -> None:
        c = self.current()
        self.items.reset(list(c.items) if c else [])
        editable = self.services.desk.may("settings.edit")
        for button in self.actions.values():
            button.setEnabled(editable and (c is not None or button is self.actions["new"]))

    def _selected_item(self) -> ItemView | None:
        index = self.table.currentIndex()
        return self.items.row(index.row()) if index.isValid() else None

    def _guard(self, action: Callable[[], object]) -> bool:
        self.error.show_message("")
        try:
            action()
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return False
        return True

    def do_new(self) -> None:
        name = common.ask_text(self, self.tr("New checklist"), self.tr("Name, e.g. 二手车检测:"))
        if not name:
            return
        kinds = list(KINDS)
        kind = common.ask_item(self, self.tr("New checklist"), self.tr("For:"), [word(KINDS, k) for k in kinds])
        if kind is None:
            return
        chosen = kinds[[word(KINDS, k) for k in kinds].index(kind)]
        made: list[int] = []
        if self._guard(lambda: made.append(self.services.checklists.create(name, chosen))):
            self.load(made[0])

    def _item_dialog(self, item: ItemView | None) -> QWidget | None:
        c = self.current()
        if c is None:
            return None
        dialog = ItemDialog(self.services, c, item, self)
        dialog.accepted.connect(lambda: self.load(c.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_add(self) -> QWidget | None:
        return self._item_dialog(None)

    def do_edit(self) -> QWidget | None:
        item = self._selected_item()
        return self._item_dialog(item) if item else None

    def do_remove(self) -> None:
        c, item = self.current(), self._selected_item()
        if c is not None and item is not None and self._guard(
                lambda: self.services.checklists.remove_item(c.id, item.id)):
            self.load(c.id)

    def do_retire(self) -> None:
        c = self.current()
        if c is not None and self._guard(lambda: self.services.checklists.set_active(c.id, not c.active)):
            self.load(c.id)
