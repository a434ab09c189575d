"""Dialogs of the Parts page: receiving stock (收货) in one form, checked as a whole."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.parts.records import StockView
from desktop.services.parts.service import PartsService

from desktop.views.shared.common import FormDialog, FormErrors


class ReceiveDialog(FormDialog):
    """Quantity, unit cost (the last price paid), supplier (the part's usual one) and the
    delivery note's number; every field's error shows under it, nothing is half-saved."""

    def __init__(self, parts: PartsService, part: StockView, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Receive %1").replace("%1", part.number))
        self.parts = parts
        self.part = part
        self.received: StockView | None = None
        last_cost, supplier_id = parts.receipt_defaults(part.part_id)
        self.errors = FormErrors(self.general_error)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText("1")
        self.cost = QLineEdit(f"{last_cost:.2f}")
        self.supplier = QComboBox()
        self.supplier.addItem(self.tr("(not recorded)"), None)
        for sid, name in parts.suppliers():
            self.supplier.addItem(name, sid)
        if supplier_id is not None:
            self.supplier.setCurrentIndex(max(0, self.supplier.findData(supplier_id)))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. SH2026-1130-07"))
        form = QFormLayout()
        form.addRow(QLabel(f"{part.number}  {part.name}"))
        form.addRow(self.tr("Quantity received"), self.errors.add("quantity", self.quantity))
        form.addRow(self.tr("Unit cost (excl. VAT)"), self.errors.add("unit_cost", self.cost))
        form.addRow(self.tr("Supplier"), self.errors.add("supplier", self.supplier))
        form.addRow(self.tr("Delivery note"), self.errors.add("delivery_note", self.note))
        self.layout_.addLayout(form)
        self.finish_layout()
        self.save_button.setText(self.tr("Receive"))
        self.quantity.setFocus()

    def save(self) -> None:
        done = self.attempt(lambda: self.parts.receive(
            self.part.part_id, self.quantity.text(), self.cost.text(), supplier_id=self.supplier.currentData(),
            delivery_note=self.note.text()), self.errors)
        if done is not None:
            self.received = done
            self.accept()
