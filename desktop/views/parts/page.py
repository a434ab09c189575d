"""配件: the parts counter — find a part, its stock and master data; receive, count,
write off; reclassify ABC and run the reorder review."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import IO

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.parts.records import PartForm, StockView, Suggestion

from desktop.views.parts.abc import AbcDialog
from desktop.views.shared import common, notices
from desktop.views.shared.common import FieldError, FormErrors, tr_message
from desktop.views.shared.formats import fmt_money, fmt_qty
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

STOCK_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Part no."), 100),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Part name"), 150),
    Column("bin", QT_TRANSLATE_NOOP("Columns", "Bin"), 55),
    Column("abc_class", QT_TRANSLATE_NOOP("Columns", "Class"), 40),
    Column("on_hand", QT_TRANSLATE_NOOP("Columns", "On hand"), 60, RIGHT, fmt=fmt_qty),
    Column("reserved", QT_TRANSLATE_NOOP("Columns", "Reserved"), 60, RIGHT, fmt=fmt_qty),
    Column("available", QT_TRANSLATE_NOOP("Columns", "Available"), 65, RIGHT, fmt=fmt_qty),
    Column("on_order", QT_TRANSLATE_NOOP("Columns", "On order"), 60, RIGHT, fmt=fmt_qty),
    Column("cost", QT_TRANSLATE_NOOP("Columns", "Cost"), 75, RIGHT, fmt=fmt_money),
    Column("value", QT_TRANSLATE_NOOP("Columns", "Value"), 85, RIGHT, fmt=fmt_money),
)
REORDER_COLUMNS = (
    Column("supplier", QT_TRANSLATE_NOOP("Columns", "Supplier"), 130),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Part no."), 100),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Part name"), 140),
    Column("abc_class", QT_TRANSLATE_NOOP("Columns", "Class"), 40),
    Column("ceiling", QT_TRANSLATE_NOOP("Columns", "Ceiling S"), 65, RIGHT),
    Column("on_hand", QT_TRANSLATE_NOOP("Columns", "On hand"), 60, RIGHT, fmt=fmt_qty),
    Column("on_order", QT_TRANSLATE_NOOP("Columns", "On order"), 60, RIGHT, fmt=fmt_qty),
    Column("reserved", QT_TRANSLATE_NOOP("Columns", "Reserved"), 60, RIGHT, fmt=fmt_qty),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Order"), 70, RIGHT, fmt=fmt_qty, editable=True),
)


class ReorderDialog(QDialog):
    """The T/S review: what to order, by supplier.  The clerk changes the quantities in
    the Order column (0 leaves a part out) and turns them into draft purchase orders, one
    per supplier, with one action; or exports the list."""

    ordered = Signal(list)  # the purchase orders made

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Reorder review"))
        self.resize(900, 560)
        self.all = sorted((x for x in services.parts.reorder_review() if x.quantity > 0),
                          key=lambda x: (x.supplier, x.number))
        self.suggestions = [x for x in self.all if x.due]
        self.model: RowTableModel[Suggestion] = RowTableModel(REORDER_COLUMNS, self.suggestions)
        self.view = table_view(self.model)
        self.due_only = QCheckBox(self.tr("Only parts due for review (their period T has passed since the last "
                                          "order)"))
        self.due_only.setChecked(True)
        self.due_only.toggled.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_only)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export)
        self.create_button = QPushButton(self.tr("Create purchase orders"))
        self.create_button.setEnabled(bool(self.suggestions))
        self.create_button.clicked.connect(self.create_orders)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(export)
        row.addWidget(self.create_button)
        row.addWidget(close)
        layout.addLayout(row)
        self._filter(True)

    def _filter(self, due_only: bool) -> None:
        self.suggestions = [x for x in self.all if x.due or not due_only]
        self.model.reset(self.suggestions)
        self.create_button.setEnabled(bool(self.suggestions))
        total = sum((x.quantity * x.unit_cost for x in self.suggestions), Decimal(0))
        self.summary.setText(self.tr("%1 parts to order, about %2 at cost. Change a quantity in the Order "
                                     "column; 0 leaves the part out.").replace(
            "%1", str(len(self.suggestions))).replace("%2", fmt_money(total)))

    def quantities(self) -> dict[int, str]:
        return {self.suggestions[i].part_id: text for i, text in self.model.edited("quantity").items()}

    def create_orders(self) -> None:
        self.error.show_message("")
        try:
            orders = self.services.purchasing.create_orders(self.quantities())
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.ordered.emit(orders)
        common.inform(self, self.tr("Purchase orders"), self.tr("Draft purchase orders made: %1.\n"
                                                                "Send them from Purchasing.").replace(
            "%1", ", ".join(f"{o.number} ({o.supplier})" for o in orders)))
        self.accept()

    def export(self) -> None:
        from desktop.services.common.spreadsheet import safe_writer

        path = common.choose_save_file(self, self.tr("Export"), "reorder.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        edited = self.model.edited("quantity")

        def write(handle: IO[str]) -> None:
            writer = safe_writer(handle)
            writer.writerow(["供应商", "配件号", "名称", "ABC", "上限S", "库存", "在途", "预留", "订货"])
            for i, x in enumerate(self.suggestions):
                writer.writerow([x.supplier, x.number, x.name, x.abc_class, x.ceiling, x.on_hand, x.on_order,
                                 x.reserved, edited[i]])

        common.write_file(self, Path(path), write)


class PartsPage(QWidget):
    status = Signal(str)
    orders_changed = Signal()  # purchase orders were made here

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.parts = services.parts
        self.current: StockView | None = None
        self.version: int | None = None
        self.dialog: QWidget | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Part number, name or bin"))
        self.model: RowTableModel[StockView] = RowTableModel(STOCK_COLUMNS)
        self.view = table_view(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # labels for several parts
        notices.bridge().changed.connect(self._notice)
        self.count_label = QLabel()
        self.abc_button = QPushButton(self.tr("ABC analysis…"))
        self.reorder_button = QPushButton(self.tr("Reorder review…"))

        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.number = QLineEdit()
        self.name = QLineEdit()
        self.brand = QLineEdit()
        self.bin = QLineEdit()
        self.supplier = QComboBox()
        self.pack = QLineEdit("1")
        self.minimum = QLineEdit("0")
        self.price = QLineEdit("0")
        self.lead = QLineEdit()
        self.lead.setPlaceholderText(self.tr("the supplier's"))
        self.review = QLineEdit()
        self.review.setPlaceholderText(self.tr("the class's (A 7, B 14, C 30)"))
        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("the class's (A 98 %, B 95 %, C 90 %)"))
        self.stock_label = QLabel()
        self.stock_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save part"))
        self.new_button = QPushButton(self.tr("New part"))
        self.receive_button = QPushButton(self.tr("Receive…"))
        self.count_button = QPushButton(self.tr("Stock-take…"))
        self.writeoff_button = QPushButton(self.tr("Write off…"))
        self.return_button = QPushButton(self.tr("Return to supplier…"))
        self.label_button = QPushButton(self.tr("Bin label…"))

        form = QFormLayout()
        form.addRow(self.tr("Part number"), self.errors.add("number", self.number))
        form.addRow(self.tr("Name"), self.errors.add("name", self.name))
        form.addRow(self.tr("Brand"), self.brand)
        form.addRow(self.tr("Bin"), self.bin)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Pack size"), self.errors.add("pack_size", self.pack))
        form.addRow(self.tr("Minimum order"), self.errors.add("min_order", self.minimum))
        form.addRow(self.tr("Price (excl. VAT)"), self.errors.add("price", self.price))
        form.addRow(self.tr("Lead time (days)"), self.errors.add("lead_time_days", self.lead))
        form.addRow(self.tr("Review every (days)"), self.errors.add("review_days", self.review))
        form.addRow(self.tr("Service level"), self.errors.add("service_level", self.level))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        rv.addLayout(row)
        rv.addWidget(self.stock_label)
        row = QHBoxLayout()
        for b in (self.receive_button, self.count_button, self.writeoff_button, self.return_button,
                  self.label_button):
            row.addWidget(b)
        rv.addLayout(row)
        rv.addWidget(self.general)
        rv.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.abc_button)
        row.addWidget(self.reorder_button)
        lv.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 480])
        QVBoxLayout(self).addWidget(splitter)

        self._timer = common.debounce(self, 150, self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.save_button.clicked.connect(self.save_part)
        self.new_button.clicked.connect(lambda: self.show_part(None))
        self.receive_button.clicked.connect(self.receive)
        self.count_button.clicked.connect(self.stock_take)
        self.writeoff_button.clicked.connect(lambda: self.take_out("write-off"))
        self.return_button.clicked.connect(lambda: self.take_out("supplier-return"))
        self.abc_button.clicked.connect(self.abc_analysis)
        self.label_button.clicked.connect(self.print_label)
        self.reorder_button.clicked.connect(self.reorder)
        self._all: list[StockView] = []
        self.refresh(reload=True)
        self.show_part(None)

    def refresh(self, reload: bool = False) -> None:
        self._timer.stop()  # called directly: a search typed just before is served by this call
        if reload or not self._all:
            self._all = self.parts.stock_list()
            self.supplier.clear()
            self.supplier.addItem("—", None)
            for sid, name in self.parts.suppliers():
                self.supplier.addItem(name, sid)
        text = self.search.text().strip().upper()
        rows = [v for v in self._all if not text or text in v.number or text in v.name.upper() or text in v.bin]
        self.model.reset(rows)
        value = sum((v.value for v in rows), Decimal(0))
        self.count_label.setText(self.tr("%1 parts, stock value %2").replace("%1", str(len(rows)))
                                 .replace("%2", fmt_money(value)))

    def _row_changed(self, *_args: object) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.show_part(self.model.row(index.row()))

    def show_part(self, view: StockView | None) -> None:
        self.current = view
        self.errors.clear()
        for b in (self.receive_button, self.count_button, self.writeoff_button, self.return_button,
                  self.label_button):
            b.setEnabled(view is not None)
        if view is None:
            self.version = None
            for w in (self.number, self.name, self.brand, self.bin, self.lead, self.review, self.level):
                w.clear()
            self.pack.setText("1")
            self.minimum.setText("0")
            self.price.setText("0")
            self.supplier.setCurrentIndex(0)
            self.stock_label.setText("")
            return
        form, self.version = self.parts.part_form(view.part_id)
        self.number.setText(form.number)
        self.name.setText(form.name)
        self.brand.setText(form.brand)
        self.bin.setText(form.bin)
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(form.supplier_id)))
        self.pack.setText(fmt_qty(Decimal(form.pack_size)))
        self.minimum.setText(fmt_qty(Decimal(form.min_order)))
        self.price.setText(str(form.price))
        self.lead.setText("" if form.lead_time_days is None else str(form.lead_time_days))
        self.review.setText("" if form.review_days is None else str(form.review_days))
        level = form.service_level
        self.level.setText("" if level is None else f"{Decimal(level) * 100:.1f} %".replace(".0 %", " %"))
        self.stock_label.setText(self.tr("On hand %1, reserved %2, available %3, on order %6 · class %4 · "
                                         "cost %5").replace(
            "%1", fmt_qty(view.on_hand)).replace("%2", fmt_qty(view.reserved)).replace(
            "%3", fmt_qty(view.available)).replace("%4", view.abc_class).replace("%5", fmt_money(view.cost))
            .replace("%6", fmt_qty(view.on_order)))

    def _run(self, action: Callable[[], StockView]) -> StockView | None:
        self.general.show_message("")
        try:
            result = common.run_approved(self, self.services, action)
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return None
        except ServiceError as exc:
            self.general.show_message(tr_message(exc.message))
            return None
        if result is None:  # a manager was needed and none approved
            return None
        self.refresh(reload=True)
        for i, row in enumerate(self.model.rows()):
            if row.part_id == result.part_id:
                self.view.selectRow(i)
        self.show_part(result)
        return result

    def save_part(self) -> None:
        form = PartForm(self.number.text(), self.name.text(), self.brand.text(), True, "件", self.bin.text(),
                        self.supplier.currentData(), self.lead.text(), self.pack.text(),
                        self.minimum.text(), self.price.text(), self.review.text(), self.level.text())
        part_id = self.current.part_id if self.current else None
        if self._run(lambda: self.parts.save_part(form, part_id, self.version)) is not None:
            self.status.emit(self.tr("Saved %1.").replace("%1", form.number.upper()))

    def _ask(self, title: str, label: str) -> str | None:
        text = common.ask_text(self, title, label)
        return text.strip() if text and text.strip() else None

    def receive(self) -> QWidget | None:
        """Goods in: one form (quantity, last cost, supplier, delivery note)."""
        if self.current is None:
            return None
        from desktop.views.parts.dialogs import ReceiveDialog

        dialog = ReceiveDialog(self.parts, self.current, self)
        dialog.accepted.connect(lambda: dialog.received is not None and self._received(dialog.received))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _received(self, view: StockView) -> None:
        self._run(lambda: view)  # the list, the selection and the part's stock, as after any movement
        self.status.emit(self.tr("%1: %2 on hand.").replace("%1", view.number).replace("%2", str(view.on_hand)))

    def stock_take(self) -> None:
        if self.current is None:
            return
        counted = self._ask(self.tr("Stock-take"), self.tr("%1: quantity counted on the shelf").replace(
            "%1", self.current.number))
        reason = counted and self._ask(self.tr("Stock-take"), self.tr("Reason for a difference"))
        if counted and reason:
            part_id = self.current.part_id
            self._run(lambda: self.parts.adjust(part_id, counted, reason))

    def take_out(self, kind: str) -> None:
        if self.current is None:
            return
        title = self.tr("Write off") if kind == "write-off" else self.tr("Return to supplier")
        qty = self._ask(title, self.tr("%1: quantity").replace("%1", self.current.number))
        reason = qty and self._ask(title, self.tr("Reason"))
        if qty and reason:
            part_id = self.current.part_id
            self._run(lambda: self.parts.take_out(part_id, qty, reason, kind))

    def _ordered(self, orders: list[object]) -> None:
        self.refresh(reload=True)
        self.orders_changed.emit()
        self.status.emit(self.tr("%1 purchase orders made.").replace("%1", str(len(orders))))

    def _reclassified(self, counts: dict[str, int]) -> None:
        self.refresh(reload=True)
        self.status.emit(self.tr("ABC: %1 A, %2 B, %3 C.").replace("%1", str(counts["A"]))
                         .replace("%2", str(counts["B"])).replace("%3", str(counts["C"])))

    def _notice(self, kind: str, ids: tuple[int, ...]) -> None:
        """Stock moved elsewhere (parts issued to an order, a delivery received): the rows
        on screen for those parts, and the part shown, take their new numbers."""
        if kind != "stock" or not self.isVisible():
            return
        wanted = set(ids)
        for i, row in enumerate(self.model.rows()):
            if row.part_id in wanted:
                self.model.replace_row(i, self.parts.stock(row.part_id))
        if self.current is not None and self.current.part_id in wanted:
            self.show_part(self.parts.stock(self.current.part_id))

    def selected_parts(self) -> list[StockView]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        chosen = [self.model.row(r) for r in rows]
        return chosen or ([self.current] if self.current is not None else [])

    def print_label(self) -> QWidget | None:
        """Bin labels for the selected parts (one or many, one job), from a chosen position
        on a partly used label sheet."""
        parts = self.selected_parts()
        if not parts:
            return None
        from desktop.views.shared.print_preview import show_document

        sheet = self.services.documents.label_sheet()
        start = 1
        if sheet.per_page > 1:
            chosen = common.ask_number(self, self.tr("Labels"), self.tr(
                "Start at label number (1 = top left, across then down; %1 on a sheet):").replace(
                "%1", str(sheet.per_page)), 1, 1, sheet.per_page)
            if chosen is None:
                return None
            start = chosen
        ids = [p.part_id for p in parts]
        name = parts[0].number if len(parts) == 1 else f"{len(parts)}"
        dialog = show_document(self, lambda lang: self.services.documents.render_labels(ids, lang, start),
                               "bin-labels", name, f"{name}-labels.pdf")
        self.dialog = dialog
        return dialog

    def abc_analysis(self) -> AbcDialog:
        dialog = AbcDialog(self.services, self)
        dialog.reclassified.connect(self._reclassified)
        self.dialog = dialog
        dialog.open()
        return dialog

    def reorder(self) -> ReorderDialog:
        dialog = ReorderDialog(self.services, self)
        dialog.ordered.connect(self._ordered)
        self.dialog = dialog
        dialog.open()
        return dialog


