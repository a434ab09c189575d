"""新车库存 (New cars): the cars in stock for sale with their storage place, the last
storage check and when the next is due (in red when it is), the PDI; a car received, a
storage check filled, the PDI order opened, the handover to the buyer, the PDI report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.inspection.newcars import StockCarForm, StockRow
from desktop.services.inspection.records import InspectionView

from desktop.views.inspection.labels import RESULTS, word
from desktop.views.inspection.sheet import SheetWidget, focus_first_open
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, fmt_date, tr_message
from desktop.views.shared.table_model import Column, RowTableModel, table_view

COLUMNS = (
    Column("vin", QT_TRANSLATE_NOOP("Columns", "VIN"), 150),
    Column("vehicle", QT_TRANSLATE_NOOP("Columns", "Vehicle"), 120),
    Column("colour", QT_TRANSLATE_NOOP("Columns", "Colour"), 60),
    Column("arrived_on", QT_TRANSLATE_NOOP("Columns", "Arrived"), 85, fmt=fmt_date),
    Column("storage_place", QT_TRANSLATE_NOOP("Columns", "Place"), 70),
    Column("last_check_on", QT_TRANSLATE_NOOP("Columns", "Last check"), 85, fmt=fmt_date),
    Column("last_check_result", QT_TRANSLATE_NOOP("Columns", "Result"), 60, fmt=lambda r: word(RESULTS, r) if r
           else ""),
    Column("next_check_on", QT_TRANSLATE_NOOP("Columns", "Next check"), 85, fmt=fmt_date,
           alert=lambda r: r.check_due),
    Column("pdi", QT_TRANSLATE_NOOP("Columns", "PDI"), 70, fmt=lambda r: word(RESULTS, r) if r else "—"),
    Column("pdi_order", QT_TRANSLATE_NOOP("Columns", "PDI order"), 110),
    Column("buyer", QT_TRANSLATE_NOOP("Columns", "Buyer"), 80),
    Column("handed_over_on", QT_TRANSLATE_NOOP("Columns", "Handed over"), 85, fmt=fmt_date),
)


class ReceiveDialog(FormDialog):
    """A new car arrives."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Receive a new car"))
        self.services = services
        self.vin = QLineEdit()
        self.make = QLineEdit()
        self.model = QLineEdit()
        self.series = QLineEdit()
        self.colour = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(1980, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.arrived = common.date_edit(date.today())
        self.place = QLineEdit()
        self.payer = QComboBox()
        self.payer.addItem(self.tr("the shop (internal)"), "internal")
        self.payer.addItem(self.tr("the manufacturer"), "warranty")
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("VIN"), self.errors.add("vin", self.vin))
        form.addRow(self.tr("Make"), self.make)
        form.addRow(self.tr("Model"), self.errors.add("model", self.model))
        form.addRow(self.tr("Series"), self.series)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Model year"), self.errors.add("model_year", self.year))
        form.addRow(self.tr("Arrived on"), self.errors.add("arrived_on", self.arrived))
        form.addRow(self.tr("Storage place"), self.place)
        form.addRow(self.tr("PDI paid by"), self.errors.add("pdi_payer", self.payer))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        form = StockCarForm(self.vin.text(), self.make.text(), self.model.text(), self.series.text(),
                            self.colour.text(), self.year.value(), self.arrived.date().toPython(), self.place.text(),
                            self.payer.currentData())
        if self.attempt(lambda: self.services.newcars.receive(form), self.errors) is not None:
            self.accept()


class HandOverDialog(FormDialog):
    """The buyer takes the car (only after a passed PDI)."""

    def __init__(self, services: Services, row: StockRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Hand over to the buyer"))
        self.services, self.row = services, row
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("name, phone or plate of the buyer"))
        self.buyer = QComboBox()
        self.day = common.date_edit(date.today())
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(QLabel(f"{row.vehicle}  {row.vin}"))
        form.addRow(self.tr("Find"), self.search)
        form.addRow(self.tr("Buyer"), self.errors.add("buyer", self.buyer))
        form.addRow(self.tr("Handed over on"), self.errors.add("on_day", self.day))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Hand over"))
        self.search.textChanged.connect(self.find)
        self.finish_layout()

    def find(self, text: str) -> None:
        self.buyer.clear()
        if len(text.strip()) < 2:
            return
        for hit in self.services.search.search(text, limit=20):
            self.buyer.addItem(f"{hit.name}  {hit.phones}  {hit.plates}".strip(), hit.id)

    def save(self) -> None:
        buyer = self.buyer.currentData()
        if buyer is None:
            self.errors.show({"buyer": Message(QT_TRANSLATE_NOOP(
                "Validation", "Choose the buyer from the customer file."), {})})
            return
        day = self.day.date().toPython()
        if self.attempt(lambda: self.services.newcars.hand_over(self.row.id, self.row.version, buyer, day),
                        self.errors) is not None:
            self.accept()


class CheckDialog(QDialog):
    """A storage check, filled in place."""

    def __init__(self, services: Services, sheet: InspectionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Storage check"))
        self.resize(980, 640)
        self.sheet = SheetWidget(services)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet, 1)
        layout.addWidget(close)
        self.sheet.show_sheet(sheet)
        focus_first_open(self.sheet)


class NewCarsPage(QWidget):
    status = Signal(str)
    open_order = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        self.model: RowTableModel[StockRow] = RowTableModel(COLUMNS)
        self.table = table_view(self.model)
        self.sold = QCheckBox(self.tr("Handed over"))
        self.summary = QLabel()
        self.error = FieldError(self)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text in (("receive", self.tr("Receive a car…")), ("check", self.tr("Storage check…")),
                          ("pdi", self.tr("Open the PDI order")), ("order", self.tr("Show the PDI order")),
                          ("report", self.tr("PDI report")), ("handover", self.tr("Hand over…"))):
            button = QPushButton(text)
            button.setObjectName(f"newcars_{key}")
            button.clicked.connect(getattr(self, f"do_{key}"))
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.sold)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("New cars in stock"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.sold.toggled.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda *_: self.do_check())

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        rows = self.services.newcars.stock(sold=self.sold.isChecked())
        self.model.reset(rows)
        due = sum(r.check_due for r in rows)
        self.summary.setText(self.tr("%1 cars · %2 storage checks due · %3 without a passed PDI").replace(
            "%1", str(len(rows))).replace("%2", str(due)).replace("%3", str(sum(r.pdi != "pass" for r in rows))))
        self._enable()

    def selected(self) -> StockRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        row = self.selected()
        in_stock = row is not None and row.handed_over_on is None
        may = self.services.desk.may("newcars.manage")
        self.buttons["receive"].setEnabled(may)
        self.buttons["check"].setEnabled(in_stock and self.services.desk.may("orders.work"))
        self.buttons["pdi"].setEnabled(in_stock and may and row is not None and row.pdi in ("", "fail"))
        self.buttons["order"].setEnabled(row is not None and bool(row.pdi_order))
        self.buttons["report"].setEnabled(row is not None and row.pdi in ("pass", "fail"))
        self.buttons["handover"].setEnabled(in_stock and may and row is not None and row.pdi == "pass")

    def _guard(self, action: Callable[[], Any]) -> Any:
        self.error.show_message("")
        try:
            return action()
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return None

    def do_receive(self) -> QWidget:
        dialog = ReceiveDialog(self.services, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_check(self) -> QWidget | None:
        row = self.selected()
        if row is None or row.handed_over_on is not None:
            return None
        sheet = self._guard(lambda: self.services.newcars.start_check(row.id))
        if sheet is None:
            return None
        dialog = CheckDialog(self.services, sheet, self)
        dialog.finished.connect(lambda *_: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_pdi(self) -> None:
        row = self.selected()
        if row is None:
            return
        order_id = self._guard(lambda: self.services.newcars.open_pdi(row.id))
        if isinstance(order_id, int):
            self.status.emit(self.tr("PDI order opened: the technician fills the PDI sheet on it."))
            self.refresh()
            self.open_order.emit(order_id)

    def do_order(self) -> None:
        row = self.selected()
        if row is not None and row.pdi_order:
            order_id = self.services.workorders.find_number(row.pdi_order)
            if order_id is not None:
                self.open_order.emit(order_id)

    def do_report(self) -> QWidget | None:
        row = self.selected()
        order_id = self.services.newcars.pdi_order_of(row.id) if row else None
        if order_id is None:
            return None
        from desktop.views.shared.print_preview import show_document

        dialog = show_document(self, lambda lang: self.services.documents.render("pdi", order_id, lang), "pdi",
                               self.tr("PDI report"), f"PDI-{row.vin if row else ''}.pdf")
        self.dialog = dialog
        return dialog

    def do_handover(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        dialog = HandOverDialog(self.services, row, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog
