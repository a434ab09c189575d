"""结算: the invoice list (filters, search), one invoice with its lines, payments and
credits; payment, credit note, fapiao; counter sales; the day's cash (日结), receivables
by age, the accountant's export and the ledger check."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from desktop.services.billing.records import AgeingRow, InvoiceRow, InvoiceView, PaymentView
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.billing.dialogs import (
    INVOICE_LINE_COLUMNS,
    INVOICE_ROW_COLUMNS,
    CounterSaleDialog,
    CreditDialog,
    FapiaoDialog,
    PaymentDialog,
    method_label,
)
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_datetime, tr_message
from desktop.views.shared.common import date_edit as _date_edit
from desktop.views.shared.formats import fmt_money, payer_label
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

PAYMENT_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), 125, fmt=fmt_datetime),
    Column("method", QT_TRANSLATE_NOOP("Columns", "Method"), 90, fmt=method_label),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), 90, RIGHT, fmt=fmt_money),
    Column("change_given", QT_TRANSLATE_NOOP("Columns", "Change"), 70, RIGHT, fmt=fmt_money),
    Column("reference", QT_TRANSLATE_NOOP("Columns", "Reference"), 150),
    Column("cashier", QT_TRANSLATE_NOOP("Columns", "Cashier"), 90),
)
AGEING_COLUMNS = (
    Column("payer", QT_TRANSLATE_NOOP("Columns", "Payer"), 70, fmt=payer_label),
    Column("party", QT_TRANSLATE_NOOP("Columns", "Billed to"), 180),
    Column("b0", QT_TRANSLATE_NOOP("Columns", "0-30 days"), 90, RIGHT, value=lambda a: a.buckets[0], fmt=fmt_money),
    Column("b1", QT_TRANSLATE_NOOP("Columns", "31-60 days"), 90, RIGHT, value=lambda a: a.buckets[1], fmt=fmt_money),
    Column("b2", QT_TRANSLATE_NOOP("Columns", "61-90 days"), 90, RIGHT, value=lambda a: a.buckets[2], fmt=fmt_money),
    Column("b3", QT_TRANSLATE_NOOP("Columns", "Over 90 days"), 90, RIGHT, value=lambda a: a.buckets[3],
           fmt=fmt_money),
    Column("total", QT_TRANSLATE_NOOP("Columns", "Total"), 90, RIGHT, fmt=fmt_money),
)



class ReceivablesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receivables by age"))
        self.resize(820, 420)
        rows = services.ledger.receivables()
        self.model: RowTableModel[AgeingRow] = RowTableModel(AGEING_COLUMNS, rows)
        layout = QVBoxLayout(self)
        total = sum((r.total for r in rows), 0)
        layout.addWidget(QLabel(self.tr("Open balances by the age of the invoice: %1 in all.").replace(
            "%1", fmt_money(total))))  # type: ignore[arg-type]
        layout.addWidget(table_view(self.model), 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)


class CashDialog(QDialog):
    """日结: the day's takings per method and cashier, and the drawer count."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Daily cash report"))
        self.resize(560, 460)
        self.day = _date_edit(date.today())
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.counted = QLineEdit()
        self.counted.setPlaceholderText("0.00")
        self.note = QLineEdit()
        self.error = FieldError(self)
        record = QPushButton(self.tr("Record the count"))
        record.clicked.connect(self.record)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Day")))
        row.addWidget(self.day)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        form = QFormLayout()
        form.addRow(self.tr("Cash counted in my drawer"), self.counted)
        form.addRow(self.tr("Note on a difference"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(record)
        row.addWidget(close)
        layout.addLayout(row)
        self.day.dateChanged.connect(lambda _d: self.load())
        self.load()

    def load(self) -> None:
        r = self.services.ledger.cash_report(self.day.date().toPython())  # type: ignore[arg-type]
        lines = [self.tr("<b>Total taken: %1</b>").replace("%1", fmt_money(r.total))]
        lines += [f"{method_label(m)}: {fmt_money(a)}" for m, a in r.by_method]
        lines.append("<br><b>" + self.tr("By cashier") + "</b>")
        lines += [f"{c} · {method_label(m)}: {fmt_money(a)}" for c, m, a in r.by_cashier]
        lines.append("<br><b>" + self.tr("Cash that should be in each drawer") + "</b>")
        lines += [f"{c}: {fmt_money(a)}" for c, a in r.expected_cash] or ["—"]
        if r.counts:
            lines.append("<br><b>" + self.tr("Counts") + "</b>")
            lines += [self.tr("%1: expected %2, counted %3, difference %4 %5").replace("%1", c)
                      .replace("%2", fmt_money(e)).replace("%3", fmt_money(n)).replace("%4", fmt_money(d))
                      .replace("%5", note) for c, e, n, d, note in r.counts]
        self.report.setText("<br>".join(lines))

    def record(self) -> None:
        self.error.show_message("")
        try:
            self.services.ledger.record_cash_count(self.day.date().toPython(),  # type: ignore[arg-type]
                                                      self.counted.text(), self.note.text())
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.load()


class InvoicesPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.money = services.invoicing
        self.current: InvoiceView | None = None
        self.customer_id: int | None = None
        self.dialog: QDialog | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, payer or fapiao number"))
        self.since = _date_edit(date.today() - timedelta(days=30))
        self.until = _date_edit(date.today())
        self.open_only = QCheckBox(self.tr("Open balance only"))
        self.waiting = QCheckBox(self.tr("Waiting for a fapiao"))
        self.filter_label = QLabel()
        self.rows: RowTableModel[InvoiceRow] = RowTableModel(INVOICE_ROW_COLUMNS)
        self.rows_view = table_view(self.rows)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.lines: RowTableModel[object] = RowTableModel(INVOICE_LINE_COLUMNS)
        self.payments: RowTableModel[PaymentView] = RowTableModel(PAYMENT_COLUMNS)
        self.error = FieldError(self)
        self.pay_button = QPushButton(self.tr("Take payment…"))
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.fapiao_button = QPushButton(self.tr("Record fapiao…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.counter_button = QPushButton(self.tr("Counter sale…"))
        self.cash_button = QPushButton(self.tr("Daily cash…"))
        self.ageing_button = QPushButton(self.tr("Receivables…"))
        self.export_button = QPushButton(self.tr("Export for the accountant…"))
        self.check_button = QPushButton(self.tr("Check the ledger"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.until)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        second = QHBoxLayout()
        second.addWidget(self.filter_label, 1)
        second.addWidget(self.open_only)
        second.addWidget(self.waiting)
        lv.addLayout(second)
        lv.addWidget(self.rows_view, 1)
        row = QHBoxLayout()
        for b in (self.counter_button, self.cash_button, self.ageing_button, self.export_button, self.check_button):
            row.addWidget(b)
        row.addStretch(1)
        lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(self.info)
        rv.addWidget(table_view(self.lines), 2)  # type: ignore[arg-type]
        rv.addWidget(QLabel(self.tr("Payments")))
        rv.addWidget(table_view(self.payments), 1)
        rv.addWidget(self.error)
        row = QHBoxLayout()
        for b in (self.pay_button, self.credit_button, self.fapiao_button, self.print_button):
            row.addWidget(b)
        row.addStretch(1)
        rv.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 600])
        QVBoxLayout(self).addWidget(splitter)

        self._timer = common.debounce(self, 200, self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for w in (self.since, self.until):
            w.dateChanged.connect(lambda _d: self._timer.start())
        for box in (self.open_only, self.waiting):
            box.toggled.connect(lambda _on: self.refresh())
        self.rows_view.selectionModel().currentRowChanged.connect(lambda *_a: self._row_changed())
        self.pay_button.clicked.connect(self.pay)
        self.credit_button.clicked.connect(self.credit)
        self.fapiao_button.clicked.connect(self.fapiao)
        self.print_button.clicked.connect(self.print_invoice)
        self.counter_button.clicked.connect(self.counter_sale)
        self.cash_button.clicked.connect(self.cash)
        self.ageing_button.clicked.connect(self.ageing)
        self.export_button.clicked.connect(self.export)
        self.check_button.clicked.connect(self.check)
        self.refresh()

    def show_number(self, number: str) -> None:
        """One invoice or credit note by its number, whatever its date."""
        self.customer_id = None
        self.waiting.setChecked(False)
        self.open_only.setChecked(False)
        found = self.money.find(number)
        if found is not None:
            day = found.issued_at.astimezone().date()
            self.since.setDate(QDate(day.year, day.month, day.day))
        self.search.setText(number)
        self.refresh(select_id=found.id if found else None)

    def show_customer(self, customer_id: int | None) -> None:
        """The invoices of one customer (from the customer file), over all dates."""
        self.customer_id = customer_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self._timer.stop()  # called directly: a search typed just before is served by this call
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        if self.waiting.isChecked():
            rows = self.money.waiting_for_fapiao()
        elif self.customer_id is not None:
            rows = self.money.invoices(text=self.search.text(), open_only=self.open_only.isChecked(),
                                       customer_id=self.customer_id)
        else:
            rows = self.money.invoices(self.since.date().toPython(), self.until.date().toPython(),  # type: ignore[arg-type]
                                       self.search.text(), self.open_only.isChecked())
        self.rows.reset(rows)
        owed = sum((r.balance for r in rows), 0)
        text = self.tr("%1 invoices, open balance %2").replace("%1", str(len(rows))).replace(
            "%2", fmt_money(owed))  # type: ignore[arg-type]
        if self.customer_id is not None:
            text += " · " + self.tr("one customer (clear the search to see all)")
        self.filter_label.setText(text)
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if index is not None:
            self.rows_view.selectRow(index)
        self._row_changed()

    def _row_changed(self) -> None:
        index = self.rows_view.currentIndex()
        self.current = self.money.get(self.rows.row(index.row()).id) if index.isValid() else None
        self.show_invoice(self.current)

    def show_invoice(self, inv: InvoiceView | None) -> None:
        self.error.show_message("")
        self.lines.reset(list(inv.lines) if inv else [])
        self.payments.reset(list(inv.payments) if inv else [])
        for b in (self.pay_button, self.credit_button):
            b.setEnabled(inv is not None and inv.kind == "invoice")
        self.fapiao_button.setEnabled(inv is not None)
        self.print_button.setEnabled(inv is not None)
        if inv is None:
            self.title.setText("")
            self.info.setText("")
            return
        kind = self.tr("Credit note") if inv.kind == "credit" else self.tr("Invoice")
        self.title.setText(f"{kind} {inv.number} · {payer_label(inv.payer)} · {inv.payer_name}")
        facts = [self.tr("Issued %1 by %2").replace("%1", fmt_datetime(inv.issued_at)).replace("%2", inv.issued_by)]
        if inv.work_order_number:
            facts.append(self.tr("work order %1").replace("%1", inv.work_order_number))
        if inv.credited_number:
            facts.append(self.tr("credits %1: %2").replace("%1", inv.credited_number).replace("%2", inv.reason))
        facts.append(self.tr("net %1, VAT %2, total %3").replace("%1", fmt_money(inv.net))
                     .replace("%2", fmt_money(inv.vat)).replace("%3", fmt_money(inv.total)))
        if inv.discount:
            facts.append(self.tr("invoice discount %1").replace("%1", fmt_money(inv.discount)))
        if inv.kind == "invoice":
            facts.append(self.tr("paid %1, credited %2, <b>balance %3</b>").replace("%1", fmt_money(inv.paid))
                         .replace("%2", fmt_money(inv.credited)).replace("%3", fmt_money(inv.balance)))
        facts.append(self.tr("fapiao %1 %2").replace("%1", inv.fapiao_number).replace(
            "%2", str(inv.fapiao_date or "")) if inv.fapiao_number else self.tr("no fapiao recorded yet"))
        self.info.setText(" · ".join(facts))

    def _after(self, inv: InvoiceView, message: str) -> None:
        self.refresh(select_id=inv.id)
        self.status.emit(message.replace("%1", inv.number))

    def pay(self) -> QDialog | None:
        if self.current is None:
            return None
        if self.current.balance < 0:
            amount = common.ask_text(self, self.tr("Pay back"), self.tr(
                "%1 is to be paid back after the credit. Amount paid back in cash:").replace(
                "%1", fmt_money(-self.current.balance)))
            card = next((p.reference for p in self.current.payments if p.method == "stored" and p.amount > 0), "")
            method = "cash"
            if amount and card:  # a member card paid: the money may go back onto it
                onto = self.tr("Onto member card %1").replace("%1", card)
                answer = common.ask_item(self, self.tr("Pay back"), self.tr("Pay back how?"), [onto, self.tr("In cash")])
                if answer is None:
                    return None
                method = "stored" if answer == onto else "cash"
            if amount:
                try:
                    inv = common.run_approved(self, self.services, lambda: self.money.refund(
                        self.current.id if self.current else 0, method, amount, card if method == "stored" else ""))
                except ServiceError as exc:
                    common.show_errors(self.error, exc)
                    return None
                if inv is None:
                    return None
                self._after(inv, self.tr("Paid back on %1."))
            return None
        dialog = PaymentDialog(self.services, self.current, self)
        dialog.paid.connect(lambda inv: self._after(inv, self.tr("Payment taken on %1.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def credit(self) -> QDialog | None:
        if self.current is None:
            return None
        dialog = CreditDialog(self.services, self.current, self)
        dialog.credited.connect(lambda inv: self._after(inv, self.tr("Credit note %1 issued.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def fapiao(self) -> QDialog | None:
        if self.current is None:
            return None
        dialog = FapiaoDialog(self.services, self.current, self)
        dialog.recorded.connect(lambda inv: self._after(inv, self.tr("Fapiao recorded on %1.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_invoice(self) -> QDialog | None:
        if self.current is None:
            return None
        from desktop.views.shared.print_preview import show_document

        inv = self.current
        dialog = show_document(self, lambda lang: self.services.documents.render("invoice", inv.id, lang), "invoice",
                               inv.number, f"{inv.number}.pdf")
        self.dialog = dialog
        return dialog

    def counter_sale(self) -> QDialog:
        dialog = CounterSaleDialog(self.services, self)
        dialog.sold.connect(lambda inv: self._after(inv, self.tr("Invoice %1 issued.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def cash(self) -> QDialog:
        dialog = CashDialog(self.services, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ageing(self) -> QDialog:
        dialog = ReceivablesDialog(self.services, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self) -> None:
        path = common.choose_save_file(self, self.tr("Export"), "invoices.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        target = Path(path)
        payments = target.with_name(target.stem + "-payments.csv")
        done = common.saving(self, target, lambda: self.services.ledger.export_csv(
            target, payments, self.since.date().toPython(), self.until.date().toPython()))  # type: ignore[arg-type]
        if done is None:
            return
        lines, paid = done
        self.status.emit(self.tr("Exported %1 invoice lines and %2 payments (%3 and %4).").replace("%1", str(lines))
                         .replace("%2", str(paid)).replace("%3", target.name).replace("%4", payments.name))

    def check(self) -> None:
        result = self.services.ledger.verify_ledger()
        if result.ok:
            common.inform(self, self.tr("Ledger check"), self.tr(
                "All %1 invoices and credit notes are as issued.").replace("%1", str(result.checked)))
        else:
            common.inform(self, self.tr("Ledger check"), self.tr(
                "Invoice %1 is not as it was issued (%2). Everything before it is intact. Keep the backups "
                "and tell the manager.").replace("%1", result.first_bad or "")
                .replace("%2", tr_message(result.reason) if result.reason else ""),
                error=True)
