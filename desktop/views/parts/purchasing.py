"""采购: the purchase orders — made from the reorder review, sent to the supplier,
received in one or several deliveries (at the price on the delivery note), closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.parts.purchasing import PurchaseLineView, PurchaseOrderView

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_datetime
from desktop.views.shared.formats import fmt_money, fmt_qty
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

STATE_NAMES = {
    "draft": QT_TRANSLATE_NOOP("PurchaseState", "draft"),
    "sent": QT_TRANSLATE_NOOP("PurchaseState", "sent"),
    "partly_received": QT_TRANSLATE_NOOP("PurchaseState", "partly received"),
    "received": QT_TRANSLATE_NOOP("PurchaseState", "received"),
    "closed": QT_TRANSLATE_NOOP("PurchaseState", "closed"),
}


def state_name(state: str) -> str:
    return QCoreApplication.translate("PurchaseState", STATE_NAMES.get(state, state))


ORDER_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Order no."), 120),
    Column("supplier", QT_TRANSLATE_NOOP("Columns", "Supplier"), 160),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 80, fmt=state_name),
    Column("created_at", QT_TRANSLATE_NOOP("Columns", "Made"), 140, fmt=fmt_datetime),
    Column("lines", QT_TRANSLATE_NOOP("Columns", "Lines"), 50, RIGHT, value=lambda o: len(o.lines)),
    Column("outstanding", QT_TRANSLATE_NOOP("Columns", "Expected"), 70, RIGHT, fmt=fmt_qty),
    Column("total", QT_TRANSLATE_NOOP("Columns", "Amount"), 100, RIGHT, fmt=fmt_money),
)
LINE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Part no."), 110),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Part name"), 160),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Ordered"), 70, RIGHT, fmt=fmt_qty),
    Column("received", QT_TRANSLATE_NOOP("Columns", "Received"), 70, RIGHT, fmt=fmt_qty),
    Column("remaining", QT_TRANSLATE_NOOP("Columns", "Expected"), 70, RIGHT, fmt=fmt_qty),
    Column("unit_cost", QT_TRANSLATE_NOOP("Columns", "Unit cost"), 80, RIGHT, fmt=fmt_money),
)
RECEIVE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Part no."), 110),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Part name"), 150),
    Column("remaining", QT_TRANSLATE_NOOP("Columns", "Expected"), 70, RIGHT, fmt=fmt_qty),
    Column("delivered", QT_TRANSLATE_NOOP("Columns", "Delivered now"), 90, RIGHT, editable=True,
           value=lambda x: x.remaining, fmt=fmt_qty),
    Column("unit_cost", QT_TRANSLATE_NOOP("Columns", "Unit cost on the note"), 120, RIGHT, editable=True,
           fmt=lambda v: f"{v:.2f}"),
)


class ReceiveDialog(QDialog):
    """A delivery against a purchase order: what came (all that is expected, unless the
    clerk types less) and at what price."""

    def __init__(self, services: Services, order: PurchaseOrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order = order
        self.result_order: PurchaseOrderView | None = None
        self.setWindowTitle(self.tr("Receive %1").replace("%1", order.number))
        self.resize(720, 420)
        self.lines = [x for x in order.lines if x.remaining > 0]
        self.model: RowTableModel[PurchaseLineView] = RowTableModel(RECEIVE_COLUMNS, self.lines)
        self.view = table_view(self.model)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 · type what was delivered and the price on the delivery note; "
                                        "0 for what did not come.").replace("%1", order.supplier)))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("Post the receipt"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.post)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addWidget(cancel)
        layout.addLayout(row)

    def set_delivered(self, part_number: str, quantity: str, unit_cost: str | None = None) -> None:
        """Type a delivery for one part (what a person does in the table)."""
        for i, line in enumerate(self.lines):
            if line.number == part_number:
                self.model.setData(self.model.index(i, 3), quantity)
                if unit_cost is not None:
                    self.model.setData(self.model.index(i, 4), unit_cost)

    def post(self) -> None:
        self.error.show_message("")
        qty = self.model.edited("delivered")
        cost = self.model.edited("unit_cost")
        received = {line.id: qty[i] for i, line in enumerate(self.lines)}
        costs = {line.id: cost[i] for i, line in enumerate(self.lines)}
        try:
            self.result_order = self.services.purchasing.receive(self.order.id, received, costs)
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.accept()


class PurchasingPage(QWidget):
    status = Signal(str)
    stock_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QDialog | None = None
        self.show_all = QCheckBox(self.tr("Show received and closed orders"))
        self.orders: RowTableModel[PurchaseOrderView] = RowTableModel(ORDER_COLUMNS)
        self.order_view = table_view(self.orders)
        self.lines: RowTableModel[PurchaseLineView] = RowTableModel(LINE_COLUMNS)
        self.line_view = table_view(self.lines)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.error = FieldError(self)
        self.review_button = QPushButton(self.tr("Reorder review…"))
        self.send_button = QPushButton(self.tr("Mark as sent"))
        self.receive_button = QPushButton(self.tr("Receive delivery…"))
        self.close_button = QPushButton(self.tr("Close order"))
        self.close_button.setToolTip(self.tr("Nothing more will come: what is still expected is no longer on order."))
        self.export_button = QPushButton(self.tr("Export for the supplier…"))
        self.print_button = QPushButton(self.tr("Print…"))

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.review_button)
        tv.addLayout(row)
        tv.addWidget(self.order_view, 1)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(self.title)
        bv.addWidget(self.line_view, 1)
        bv.addWidget(self.error)
        row = QHBoxLayout()
        for b in (self.send_button, self.receive_button, self.close_button, self.print_button, self.export_button):
            row.addWidget(b)
        row.addStretch(1)
        bv.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 330])
        QVBoxLayout(self).addWidget(splitter)

        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.order_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.send_button.clicked.connect(self.send)
        self.receive_button.clicked.connect(self.receive)
        self.close_button.clicked.connect(self.close_order)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_order)
        self.review_button.clicked.connect(self.review)
        self.current: PurchaseOrderView | None = None
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.orders.reset(self.services.purchasing.orders(open_only=not self.show_all.isChecked()))
        row = next((i for i, o in enumerate(self.orders.rows()) if o.id == keep), 0 if self.orders.rows() else None)
        if row is not None:
            self.order_view.selectRow(row)
        self._show_current()

    def _show_current(self) -> None:
        index = self.order_view.currentIndex()
        self.current = self.orders.row(index.row()) if index.isValid() else None
        self.error.show_message("")
        order = self.current
        self.lines.reset(list(order.lines) if order else [])
        self.title.setText("" if order is None else f"{order.number} · {order.supplier} · {state_name(order.state)}")
        self.send_button.setEnabled(order is not None and order.state == "draft")
        self.receive_button.setEnabled(order is not None and order.state in ("sent", "partly_received"))
        self.close_button.setEnabled(order is not None and order.state in ("draft", "sent", "partly_received"))
        self.export_button.setEnabled(order is not None)
        self.print_button.setEnabled(order is not None)

    def _act(self, action: Callable[[], PurchaseOrderView], message: str) -> PurchaseOrderView | None:
        try:
            order = action()
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return None
        self.refresh(select_id=order.id)
        self.status.emit(message.replace("%1", order.number))
        return order

    def send(self) -> None:
        if self.current is not None:
            order = self.current
            self._act(lambda: self.services.purchasing.send(order.id, order.version), self.tr("%1 sent."))

    def close_order(self) -> None:
        if self.current is None:
            return
        order = self.current
        if order.outstanding > 0 and common.ask(
                self, self.tr("Close order"), self.tr("%1 pieces are still expected on %2. Close the order "
                                                      "anyway? They will no longer count as on order.")
                .replace("%1", fmt_qty(order.outstanding)).replace("%2", order.number),
                [self.tr("Close order")]) != 0:
            return
        self._act(lambda: self.services.purchasing.close(order.id, order.version), self.tr("%1 closed."))

    def receive(self) -> ReceiveDialog | None:
        if self.current is None:
            return None
        dialog = ReceiveDialog(self.services, self.current, self)
        dialog.accepted.connect(lambda: self._received(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _received(self, dialog: ReceiveDialog) -> None:
        order = dialog.result_order
        if order is None:
            return
        self.refresh(select_id=order.id)
        self.stock_changed.emit()
        self.status.emit(self.tr("Received on %1: %2.").replace("%1", order.number)
                         .replace("%2", state_name(order.state)))

    def review(self) -> QDialog:
        from desktop.views.parts.page import ReorderDialog

        dialog = ReorderDialog(self.services, self)
        dialog.ordered.connect(lambda orders: self.refresh(select_id=orders[0].id if orders else None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_order(self) -> QDialog | None:
        if self.current is None:
            return None
        from desktop.views.shared.print_preview import show_document

        order = self.current
        dialog = show_document(self, lambda lang: self.services.documents.render("purchase-order", order.id, lang),
                               "purchase-order", order.number, f"{order.number}.pdf")
        self.dialog = dialog
        return dialog

    def export(self) -> None:
        if self.current is None:
            return
        path = common.choose_save_file(self, self.tr("Export"), f"{self.current.number}.csv",
                                       self.tr("CSV files (*.csv)"))
        order = self.current.id
        if path and common.saving(self, Path(path), lambda: self.services.purchasing.export_order(order, Path(path))) \
                is not None:
            self.status.emit(self.tr("Saved %1.").replace("%1", path))

