"""结算 dialogs: settling an order by payer, taking a payment (split, cash with change),
a credit note, the fapiao record, a counter sale."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.billing.records import (
    CounterLine,
    InvoiceLineView,
    InvoiceRow,
    InvoiceView,
    OrderSettlement,
    PaymentForm,
)
from desktop.services.container import Services
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, FormErrors, fmt_datetime, tr_message
from desktop.views.shared.formats import fmt_money, fmt_qty, method_label, payer_label
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

FAPIAO = {"ordinary": QT_TRANSLATE_NOOP("Payment", "Ordinary (普票)"),
          "special": QT_TRANSLATE_NOOP("Payment", "Special (专票)")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Payment", "Credit note") if kind == "credit" \
        else QCoreApplication.translate("Payment", "Invoice")


INVOICE_ROW_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Invoice no."), 128),
    Column("payer_name", QT_TRANSLATE_NOOP("Columns", "Billed to"), 120),
    Column("total", QT_TRANSLATE_NOOP("Columns", "Total"), 88, RIGHT, fmt=fmt_money),
    Column("balance", QT_TRANSLATE_NOOP("Columns", "Balance"), 84, RIGHT, fmt=fmt_money),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 56, fmt=kind_label),
    Column("issued_at", QT_TRANSLATE_NOOP("Columns", "Issued"), 125, fmt=fmt_datetime),
    Column("payer", QT_TRANSLATE_NOOP("Columns", "Payer"), 56, fmt=payer_label),
    Column("work_order_number", QT_TRANSLATE_NOOP("Columns", "Work order"), 120),
    Column("fapiao_number", QT_TRANSLATE_NOOP("Columns", "Fapiao no."), 170),
)
INVOICE_LINE_COLUMNS = (
    Column("description", QT_TRANSLATE_NOOP("Columns", "Item"), 180),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Qty"), 50, RIGHT, fmt=fmt_qty),
    Column("unit_price", QT_TRANSLATE_NOOP("Columns", "Price"), 80, RIGHT, fmt=fmt_money),
    Column("discount_pct", QT_TRANSLATE_NOOP("Columns", "Disc. %"), 55, RIGHT, fmt=fmt_qty),
    Column("net", QT_TRANSLATE_NOOP("Columns", "Net"), 85, RIGHT, fmt=fmt_money),
    Column("vat_rate", QT_TRANSLATE_NOOP("Columns", "VAT rate"), 60, RIGHT, fmt=lambda r: f"{r * 100:.0f} %"),
    Column("vat", QT_TRANSLATE_NOOP("Columns", "VAT"), 70, RIGHT, fmt=fmt_money),
    Column("total", QT_TRANSLATE_NOOP("Columns", "Total"), 85, RIGHT, fmt=fmt_money),
)


def _yuan(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(",", "").replace("¥", "")) if text.strip() else None
    except InvalidOperation:
        return None


class PaymentDialog(FormDialog):
    """Take a payment: any mix of methods; for cash, what the customer hands over, and the
    change to give back is shown as it is typed."""

    paid = Signal(object)  # InvoiceView

    def __init__(self, services: Services, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Payment for %1").replace("%1", invoice.number))
        self.services = services
        self.invoice = invoice
        self.errors = FormErrors(self.general_error)
        self.amounts: dict[str, QLineEdit] = {}
        self.references: dict[str, QLineEdit] = {}
        head = QLabel(self.tr("%1 · %2 · to pay %3").replace("%1", invoice.payer_name)
                      .replace("%2", fmt_money(invoice.total)).replace("%3", fmt_money(invoice.balance)))
        head.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.layout_.addWidget(head)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Amount")), 0, 1)
        grid.addWidget(QLabel(self.tr("Reference (slip, transaction no.)")), 0, 2)
        # A member's card pays from its balance or its points (the customer types the PIN
        # when the card has one); a coupon by its code.
        cards = services.cards.of_customer(invoice.customer_id) \
            if invoice.payer == "customer" and invoice.customer_id is not None else []
        methods = ["wechat", "alipay", "card", "transfer"] + (["stored", "points"] if cards else []) \
            + ["coupon", "cash"]
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN (if the card has one)"))
        for row, method in enumerate(methods, 1):
            amount, reference = QLineEdit(), QLineEdit()
            amount.setPlaceholderText("0.00")
            self.amounts[method], self.references[method] = amount, reference
            label = method_label(method)
            if method in ("stored", "points") and cards:
                reference.setText(cards[0].number)
                label += " " + (fmt_money(cards[0].balance) if method == "stored" else str(cards[0].points))
            if method == "coupon":
                reference.setPlaceholderText(self.tr("the coupon's code"))
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(self.errors.add(f"amount_{method}", amount), row, 1)
            grid.addWidget(self.errors.add(f"reference_{method}", reference), row, 2)
            if method == "stored":
                grid.addWidget(self.pin, row, 3)
            amount.textChanged.connect(lambda _t: self._update())
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(self.tr("cash handed over"))
        self.tendered.textChanged.connect(lambda _t: self._update())
        last = len(methods) + 1
        grid.addWidget(QLabel(self.tr("Cash handed over")), last, 0)
        grid.addWidget(self.errors.add("tendered_cash", self.tendered), last, 1)
        self.change = QLabel()
        self.change.setStyleSheet("font-size: 15px;")
        grid.addWidget(self.change, last, 2)
        self.layout_.addLayout(grid)
        self.save_button.setText(self.tr("Take payment"))
        self.finish_layout()
        self._update()

    def _update(self) -> None:
        given = sum(((_yuan(w.text()) or Decimal(0)) for m, w in self.amounts.items() if m != "cash"), Decimal(0))
        due_cash = max(self.invoice.balance - given, Decimal(0))
        cash = _yuan(self.amounts["cash"].text())
        tendered = _yuan(self.tendered.text())
        if tendered is not None and cash is None:
            cash = min(tendered, due_cash)
        parts = [self.tr("Still to pay: %1").replace("%1", fmt_money(max(due_cash - (cash or Decimal(0)),
                                                                          Decimal(0))))]
        if tendered is not None and cash is not None and tendered > cash:
            parts.append(self.tr("Change: %1").replace("%1", fmt_money(tendered - cash)))
        self.change.setText(" · ".join(parts))

    def forms(self) -> tuple[list[PaymentForm], list[str]]:
        forms, methods = [], []
        for method, widget in self.amounts.items():
            amount = widget.text().strip()
            tendered = self.tendered.text().strip() if method == "cash" else ""
            if amount or tendered:
                forms.append(PaymentForm(method, amount or None, self.references[method].text(), tendered or None,
                                         self.pin.text() if method in ("stored", "points") else ""))
                methods.append(method)
        return forms, methods

    def save(self) -> None:
        forms, methods = self.forms()

        def run() -> InvoiceView:
            try:
                return self.services.invoicing.take_payment(self.invoice.id, forms)
            except ValidationFailed as exc:  # keyed by position: put each under its field
                mapped = {}
                for key, message in exc.errors.items():
                    field = key.rstrip("0123456789")
                    index = key[len(field):]
                    mapped[f"{field}_{methods[int(index)]}" if index else key] = message
                raise ValidationFailed(mapped) from exc

        result = self.attempt(run, self.errors)
        if result is not None:
            self.paid.emit(result)
            self.accept()


class CreditDialog(FormDialog):
    """A credit note (红字): the lines and quantities to take back, and why."""

    credited = Signal(object)

    def __init__(self, services: Services, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Credit note for %1").replace("%1", invoice.number))
        self.services = services
        self.invoice = invoice
        self.resize(760, 420)
        self.errors = FormErrors(self.general_error)
        self.lines = [x for x in invoice.lines if x.creditable > 0]
        columns = (*INVOICE_LINE_COLUMNS[:2],
                   Column("creditable", QT_TRANSLATE_NOOP("Columns", "Can credit"), 75, RIGHT, fmt=fmt_qty),
                   Column("credit", QT_TRANSLATE_NOOP("Columns", "Credit"), 70, RIGHT, editable=True,
                          value=lambda x: Decimal(0), fmt=fmt_qty),
                   INVOICE_LINE_COLUMNS[-1])
        self.model: RowTableModel[InvoiceLineView] = RowTableModel(columns, self.lines)
        self.view = table_view(self.model)
        self.layout_.addWidget(QLabel(self.tr("Type the quantity to credit on each line, or credit everything. "
                                              "The invoice itself never changes.")))
        self.layout_.addWidget(self.view, 1)
        all_button = QPushButton(self.tr("Credit everything"))
        all_button.clicked.connect(self.credit_all)
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.errors.add("reason", self.reason))
        self.layout_.addLayout(form)
        self.layout_.addWidget(all_button)
        self.save_button.setText(self.tr("Issue credit note"))
        self.finish_layout()

    def set_credit(self, description: str, quantity: str) -> None:
        for i, line in enumerate(self.lines):
            if line.description == description:
                self.model.setData(self.model.index(i, 3), quantity)

    def credit_all(self) -> None:
        for i, line in enumerate(self.lines):
            self.model.setData(self.model.index(i, 3), fmt_qty(line.creditable))

    def save(self) -> None:
        typed = self.model.edited("credit")
        quantities: dict[int, Decimal | str] = {self.lines[i].id: t for i, t in typed.items()}

        def run() -> InvoiceView:
            try:
                return self.services.invoicing.credit(self.invoice.id, quantities, self.reason.text())
            except ValidationFailed as exc:
                line_errors = [tr_message(m) for k, m in exc.errors.items() if k.startswith("line")]
                if line_errors:
                    self.general_error.show_message("<br>".join(line_errors))
                    return None  # type: ignore[return-value]
                raise

        result = self.attempt(run, self.errors)
        if result is not None:
            self.credited.emit(result)
            self.accept()


class FapiaoDialog(FormDialog):
    """The official fapiao issued on the tax platform for this invoice."""

    recorded = Signal(object)

    def __init__(self, services: Services, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        title = self.tr("Red-letter fapiao for %1") if invoice.kind == "credit" else self.tr("Fapiao for %1")
        super().__init__(parent, title.replace("%1", invoice.number))
        self.services = services
        self.invoice = invoice
        self.errors = FormErrors(self.general_error)
        self.kind = QComboBox()
        for key, label in FAPIAO.items():
            self.kind.addItem(QCoreApplication.translate("Payment", label), key)
        self.number = QLineEdit(invoice.fapiao_number)
        self.number.setPlaceholderText(self.tr("20 digits from the tax platform"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        if invoice.fapiao_type:
            self.kind.setCurrentIndex(max(0, self.kind.findData(invoice.fapiao_type)))
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.errors.add("fapiao_type", self.kind))
        form.addRow(self.tr("Fapiao number"), self.errors.add("fapiao_number", self.number))
        form.addRow(self.tr("Date"), self.errors.add("fapiao_date", self.date))
        self.layout_.addWidget(QLabel(self.tr("%1 · %2").replace("%1", invoice.payer_name)
                                      .replace("%2", fmt_money(invoice.total))))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        day = self.date.date().toPython()
        result = self.attempt(lambda: self.services.invoicing.record_fapiao(
            self.invoice.id, self.kind.currentData(), self.number.text(), day), self.errors)  # type: ignore[arg-type]
        if result is not None:
            self.recorded.emit(result)
            self.accept()


def _is_amount(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


class SettlementDialog(FormDialog):
    """At delivery: the order's lines by payer, an invoice per payer, and the payment."""

    changed = Signal()

    def __init__(self, services: Services, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.services = services
        self.order_id = order_id
        self.resize(900, 560)
        self.errors = FormErrors(self.general_error)
        self.head = QLabel()
        self.head.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.layout_.addWidget(self.head)
        self.bills_box = QVBoxLayout()
        self.layout_.addLayout(self.bills_box)
        self.insurer = QLineEdit()
        self.insurer.setPlaceholderText(self.tr("Insurer, for insurance lines (an accident repair: its case's)"))
        self.manufacturer = QLineEdit()
        self.manufacturer.setPlaceholderText(self.tr("Manufacturer (default from the settings)"))
        self.discount = QLineEdit()
        self.discount.setPlaceholderText("0.00")
        form = QFormLayout()
        form.addRow(self.tr("Invoice discount (yuan)"), self.errors.add("discount", self.discount))
        form.addRow(self.tr("Insurer"), self.errors.add("payer_name", self.insurer))
        form.addRow(self.tr("Manufacturer"), self.manufacturer)
        self.layout_.addLayout(form)
        self.invoices: RowTableModel[InvoiceRow] = RowTableModel(INVOICE_ROW_COLUMNS)
        self.invoice_view = table_view(self.invoices)
        self.layout_.addWidget(QLabel(self.tr("Invoices of this order")))
        self.layout_.addWidget(self.invoice_view, 1)
        row = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Take payment…"))
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pay_button.clicked.connect(self.pay)
        self.credit_button.clicked.connect(self.credit)
        self.print_button.clicked.connect(self.print_invoice)
        row.addWidget(self.pay_button)
        row.addWidget(self.credit_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.buttons.hide()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        self.issue_buttons: dict[str, QPushButton] = {}
        self.dialog: FormDialog | None = None
        self.finish_layout()
        self.load()

    def load(self) -> OrderSettlement:
        bill = self.services.invoicing.settlement(self.order_id)
        self.bill = bill
        self.setWindowTitle(self.tr("Settle %1").replace("%1", bill.number))
        self.head.setText(self.tr("%1 · %2 · balance %3").replace("%1", bill.number).replace("%2", bill.customer)
                          .replace("%3", fmt_money(bill.balance)))
        while self.bills_box.count():
            item = self.bills_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.issue_buttons = {}
        for b in bill.bills:
            box = QGroupBox(payer_label(b.payer))
            lay = QHBoxLayout(box)
            lay.addWidget(QLabel(self.tr("%1 lines, %2 excl. VAT; %3 not yet invoiced").replace(
                "%1", str(len(b.lines))).replace("%2", fmt_money(b.net)).replace("%3", str(len(b.uninvoiced)))), 1)
            button = QPushButton(self.tr("Issue invoice"))
            button.setEnabled(bool(b.uninvoiced) and not bill.pending and bill.state in ("ready", "delivered", "released"))
            button.clicked.connect(lambda _c=False, p=b.payer: self.issue(p))
            self.issue_buttons[b.payer] = button
            lay.addWidget(button)
            self.bills_box.addWidget(box)
        if bill.pending:
            self.general_error.show_message(self.tr("Additional work waits for the customer's answer."))
        self.invoices.reset([r for b in bill.bills for r in b.invoices])
        if self.invoices.rowCount():
            self.invoice_view.selectRow(0)
        return bill

    def issue(self, payer: str) -> InvoiceView | None:
        """Issue the payer's invoice, after one question that says what is about to happen
        (an issued invoice is never changed again: corrections take a credit note)."""
        name = self.insurer.text() if payer == "insurance" else self.manufacturer.text() if payer == "warranty" else ""
        discount = self.discount.text().strip() if payer == "customer" else ""
        bill = next((b for b in self.bill.bills if b.payer == payer), None)
        if bill is not None:
            amount = sum((a for lid, _d, _q, a in bill.lines if lid in bill.uninvoiced), Decimal(0))
            text = self.tr("Issue the invoice to %1 (%2) for %3 lines, %4 excl. VAT%5?").replace(
                "%1", payer_label(payer)).replace("%2", name or self.bill.customer).replace(
                "%3", str(len(bill.uninvoiced))).replace("%4", fmt_money(amount)).replace(
                "%5", self.tr(", less a discount of %1").replace("%1", fmt_money(Decimal(discount)))
                if discount and _is_amount(discount) else "")
            text += "\n\n" + self.tr("An issued invoice cannot be changed; a correction takes a credit note. "
                                      "Then take the payment and print the settlement sheet.")
            if common.ask(self, self.tr("Issue invoice"), text, [self.tr("Issue invoice")]) != 0:
                return None
        result = self.attempt(lambda: self.services.invoicing.issue_for_order(
            self.order_id, payer, name, discount or Decimal(0)), self.errors)
        if result is not None:
            self.errors.clear()
            self.load()
            for i, r in enumerate(self.invoices.rows()):
                if r.id == result.id:
                    self.invoice_view.selectRow(i)
            self.changed.emit()
        return result  # type: ignore[no-any-return]

    def _selected(self) -> InvoiceView | None:
        index = self.invoice_view.currentIndex()
        if not index.isValid():
            return None
        return self.services.invoicing.get(self.invoices.row(index.row()).id)

    def pay(self) -> PaymentDialog | None:
        invoice = self._selected()
        if invoice is None or invoice.kind != "invoice":
            return None
        dialog = PaymentDialog(self.services, invoice, self)
        dialog.paid.connect(lambda _i: (self.load(), self.changed.emit()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def credit(self) -> CreditDialog | None:
        invoice = self._selected()
        if invoice is None or invoice.kind != "invoice":
            return None
        dialog = CreditDialog(self.services, invoice, self)
        dialog.credited.connect(lambda _i: (self.load(), self.changed.emit()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_invoice(self) -> QWidget | None:
        invoice = self._selected()
        if invoice is None:
            return None
        from desktop.views.shared.print_preview import show_document

        dialog = show_document(self, lambda lang: self.services.documents.render("invoice", invoice.id, lang),
                               "invoice", invoice.number, f"{invoice.number}.pdf")
        self.preview = dialog
        return dialog

    def save(self) -> None:
        self.accept()


class CounterSaleDialog(FormDialog):
    """Parts over the counter: part number and quantity per line; the invoice is issued and
    the parts leave the shelf together."""

    sold = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Counter sale"))
        self.services = services
        self.errors = FormErrors(self.general_error)
        self.buyer = QLineEdit()
        self.buyer.setPlaceholderText(self.tr("Name on the invoice (empty: retail customer)"))
        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        form = QFormLayout()
        form.addRow(self.tr("Buyer"), self.buyer)
        self.layout_.addLayout(form)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Part number")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Quantity")), 0, 1)
        self.layout_.addLayout(self.grid)
        more = QPushButton(self.tr("Another part"))
        more.clicked.connect(self.add_row)
        self.layout_.addWidget(more)
        self.add_row()
        self.save_button.setText(self.tr("Issue invoice"))
        self.finish_layout()

    def add_row(self) -> tuple[QLineEdit, QLineEdit]:
        i = len(self.rows)
        part, qty = QLineEdit(), QLineEdit("1")
        self.grid.addWidget(self.errors.add(f"part{i}", part), i + 1, 0)
        self.grid.addWidget(self.errors.add(f"quantity{i}", qty), i + 1, 1)
        self.rows.append((part, qty))
        part.setFocus()
        return part, qty

    def save(self) -> None:
        lines = [CounterLine(p.text(), q.text()) for p, q in self.rows if p.text().strip()]
        result = self.attempt(lambda: self.services.invoicing.counter_sale(lines, self.buyer.text()), self.errors)
        if result is not None:
            self.sold.emit(result)
            self.accept()
