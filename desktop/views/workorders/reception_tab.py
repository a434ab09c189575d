"""The Reception tab of a work order: the customer's concern, the diagnosis, the car's
state at reception (odometer, fuel, damage, belongings, key tag), the papers that came
with it, the advisor and the promised time, and the notes the job card carries (the
customer's own parts, non-original parts at the customer's insistence)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from desktop.services.workorders.records import ReceptionForm, WorkOrderDetail
from desktop.services.workorders.rules.visit import (
    DOCUMENTS,
    OLD_PARTS_CHOICES,
    OLD_PARTS_OUTCOMES,
    documents_list,
)

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_km
from desktop.views.workorders.dialogs import to_aware


class ReceptionTab(QWidget):
    def __init__(self, error: FieldError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.concern = QPlainTextEdit()
        self.concern.setTabChangesFocus(True)
        self.diagnosis = QPlainTextEdit()
        self.diagnosis.setTabChangesFocus(True)
        for edit in (self.concern, self.diagnosis):
            edit.setFixedHeight(56)
        self.damage = QLineEdit()
        self.belongings = QLineEdit()
        self.key_tag = QLineEdit()
        self.fuel = QSlider(Qt.Orientation.Horizontal)
        self.fuel.setRange(0, 8)
        self.odometer = QLabel()
        self.promised = QDateTimeEdit()
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.advisor = QComboBox()
        self.mode = QComboBox()
        for key, label in (("item", self.tr("By item")), ("system", self.tr("By system")),
                           ("symptom", self.tr("By symptom"))):
            self.mode.addItem(label, key)
        self.papers: dict[str, QCheckBox] = {}
        papers_row = QHBoxLayout()
        for name in DOCUMENTS:
            box = QCheckBox(name)
            self.papers[name] = box
            papers_row.addWidget(box)
        self.other_papers = QLineEdit()
        self.other_papers.setPlaceholderText(self.tr("other papers"))
        papers_row.addWidget(self.other_papers, 1)
        self.papers_back = QLabel()
        self.customer_parts = QCheckBox(self.tr("The customer brings parts (no quality guarantee on that work)"))
        self.non_original = QLineEdit()
        self.non_original.setPlaceholderText(self.tr("e.g. 副厂刹车片 — the customer signs the note on the job card"))
        self.old_parts = QComboBox()  # the customer's replaced parts (outside warranty)
        self.old_parts.addItem(self.tr("(not asked yet)"), "")
        for key, name in OLD_PARTS_CHOICES.items():
            self.old_parts.addItem(QCoreApplication.translate("OldParts", name), key)
        self.old_parts_done = QComboBox()
        self.old_parts_done.addItem("—", "")
        for key, name in OLD_PARTS_OUTCOMES.items():
            self.old_parts_done.addItem(QCoreApplication.translate("OldParts", name), key)
        old_row = QHBoxLayout()
        old_row.addWidget(self.old_parts, 1)
        old_row.addWidget(QLabel(self.tr("Outcome")))
        old_row.addWidget(self.old_parts_done, 1)
        self.errors = common.FormErrors(error)
        self.save_button = QPushButton(self.tr("Save reception"))
        rf = QFormLayout(self)
        rf.addRow(self.tr("Concern"), self.errors.add("concern", self.concern))
        rf.addRow(self.tr("Diagnosis"), self.diagnosis)
        rf.addRow(self.tr("Odometer"), self.odometer)
        rf.addRow(self.tr("Fuel"), self.fuel)
        rf.addRow(self.tr("Damage"), self.damage)
        rf.addRow(self.tr("Belongings"), self.belongings)
        rf.addRow(self.tr("Key tag"), self.key_tag)
        rf.addRow(self.tr("Papers with the car"), papers_row)
        rf.addRow("", self.papers_back)
        rf.addRow(self.tr("Advisor"), self.advisor)
        rf.addRow(self.tr("Promised"), self.errors.add("promised_at", self.promised))
        rf.addRow(self.tr("Estimate"), self.mode)
        rf.addRow("", self.customer_parts)
        rf.addRow(self.tr("Non-original parts"), self.non_original)
        rf.addRow(self.tr("Old parts"), old_row)
        rf.addRow("", self.save_button)

    def set_advisors(self, advisors: list[tuple[str, int]]) -> None:
        self.advisor.clear()
        self.advisor.addItem("—", None)
        for name, ident in advisors:
            self.advisor.addItem(name, ident)

    def show_order(self, order: WorkOrderDetail) -> None:
        self.concern.setPlainText(order.concern)
        self.diagnosis.setPlainText(order.diagnosis)
        self.damage.setText(order.damage_notes)
        self.belongings.setText(order.belongings)
        self.key_tag.setText(order.key_tag)
        self.fuel.setValue(order.fuel_eighths)
        self.odometer.setText(fmt_km(order.odometer_km))
        if order.promised_at:
            self.promised.setDateTime(QDateTime(order.promised_at.astimezone()))
        self.advisor.setCurrentIndex(max(0, self.advisor.findData(order.advisor_id)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(order.estimate_mode)))
        self.customer_parts.setChecked(order.customer_parts)
        taken = documents_list(order.documents_in)
        for name, box in self.papers.items():
            box.setChecked(name in taken)
        self.other_papers.setText("、".join(d for d in taken if d not in self.papers))
        self.papers_back.setText(self.tr("Given back to %1 on %2").replace("%1", order.documents_returned_to).replace(
            "%2", common.fmt_datetime(order.documents_returned_at)) if order.documents_returned_at else "")
        self.non_original.setText(order.non_original_parts)
        self.old_parts.setCurrentIndex(max(0, self.old_parts.findData(order.old_parts_choice)))
        self.old_parts_done.setCurrentIndex(max(0, self.old_parts_done.findData(order.old_parts_outcome)))

    def form(self, order: WorkOrderDetail) -> ReceptionForm:
        form = order.reception()
        form.concern = self.concern.toPlainText()
        form.diagnosis = self.diagnosis.toPlainText()
        form.damage_notes = self.damage.text()
        form.belongings = self.belongings.text()
        form.key_tag = self.key_tag.text()
        form.fuel_eighths = self.fuel.value()
        form.promised_at = to_aware(self.promised.dateTime())
        form.advisor_id = self.advisor.currentData()
        form.estimate_mode = self.mode.currentData()
        form.customer_parts = self.customer_parts.isChecked()
        papers = [name for name, box in self.papers.items() if box.isChecked()]
        form.documents_in = "、".join([*papers, *documents_list(self.other_papers.text())])
        form.non_original_parts = self.non_original.text()
        form.old_parts_choice = str(self.old_parts.currentData() or "")
        form.old_parts_outcome = str(self.old_parts_done.currentData() or "")
        return form
