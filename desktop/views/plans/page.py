"""会员与套餐: the counter's page for what customers pay in advance.  Plans sold (and those
ending soon, for the renewal calls), with the contract to print, the transfer to a car's
new owner and the manager's refund; member cards with their ledger, loads, a lost card
replaced, the PIN, the refund and the receipt; coupons; what the shop owes for money paid
in advance, by month; and the products and member levels the manager sets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.core.sheets import ImportFailed
from desktop.services.plans.cards import MONEY_IN
from desktop.services.plans.records import (
    CardView,
    ContractView,
    CouponView,
    EntryView,
    LevelView,
    LiabilityMonth,
    ProductView,
    Receipt,
)
from desktop.services.plans.rules.plans import ENTRY_NAMES, PLAN_KINDS, STATE_NAMES

from desktop.views.plans.dialogs import (
    CouponDialog,
    LevelDialog,
    LoadCardDialog,
    OpenCardDialog,
    ProductDialog,
    SellPlanDialog,
    kind_label,
)
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_date, fmt_datetime, tr_message
from desktop.views.shared.formats import fmt_money, method_label
from desktop.views.shared.tabbed_page import TabbedPage
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _p(text: str) -> str:
    return QCoreApplication.translate("Plans", text)


CONTRACT_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Contract"), 115),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 90, fmt=kind_label),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Plan"), 160),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 70),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 95),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 80),
    Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Ends"), 85, fmt=fmt_date),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 60, fmt=lambda s: _p(STATE_NAMES.get(s, s))),
    Column("left", QT_TRANSLATE_NOOP("Columns", "Left"), 40, RIGHT,
           value=lambda c: str(c.left) if c.kind == "maintenance" else ""),
    Column("price", QT_TRANSLATE_NOOP("Columns", "Price"), 80, RIGHT, fmt=fmt_money),
    Column("unused", QT_TRANSLATE_NOOP("Columns", "Unused"), 80, RIGHT, fmt=fmt_money),
)
CARD_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Card"), 110),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 70),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 95),
    Column("level", QT_TRANSLATE_NOOP("Columns", "Level"), 50),
    Column("balance", QT_TRANSLATE_NOOP("Columns", "Card balance"), 90, RIGHT, fmt=fmt_money),
    Column("points", QT_TRANSLATE_NOOP("Columns", "Points"), 60, RIGHT),
    Column("paid_in", QT_TRANSLATE_NOOP("Columns", "Paid in"), 90, RIGHT, fmt=fmt_money),
    Column("bonus", QT_TRANSLATE_NOOP("Columns", "Bonus"), 70, RIGHT, fmt=fmt_money),
    Column("used", QT_TRANSLATE_NOOP("Columns", "Used"), 90, RIGHT, fmt=fmt_money),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 60, fmt=lambda s: _p(STATE_NAMES.get(s, s))),
    Column("has_pin", QT_TRANSLATE_NOOP("Columns", "PIN"), 40, fmt=lambda b: "✓" if b else ""),
)
ENTRY_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "When"), 125, fmt=fmt_datetime),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Movement"), 110, fmt=lambda k: _p(ENTRY_NAMES.get(k, k))),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), 90, RIGHT, fmt=fmt_money),
    Column("points", QT_TRANSLATE_NOOP("Columns", "Points"), 60, RIGHT),
    Column("method", QT_TRANSLATE_NOOP("Columns", "Method"), 80, fmt=lambda m: method_label(m) if m else ""),
    Column("invoice", QT_TRANSLATE_NOOP("Columns", "Invoice no."), 125),
    Column("balance_after", QT_TRANSLATE_NOOP("Columns", "Balance after"), 90, RIGHT, fmt=fmt_money),
    Column("by", QT_TRANSLATE_NOOP("Columns", "By"), 70),
)
COUPON_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), 100),
    Column("campaign", QT_TRANSLATE_NOOP("Columns", "Campaign"), 160),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 80),
    Column("value", QT_TRANSLATE_NOOP("Columns", "Value"), 70, RIGHT, fmt=fmt_money),
    Column("min_spend", QT_TRANSLATE_NOOP("Columns", "From"), 70, RIGHT, fmt=fmt_money),
    Column("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), 85, fmt=fmt_date),
    Column("redeemed_at", QT_TRANSLATE_NOOP("Columns", "Used"), 125, fmt=fmt_datetime),
    Column("invoice", QT_TRANSLATE_NOOP("Columns", "Invoice no."), 125),
)
LIABILITY_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Columns", "Month"), 70),
    Column("paid_in", QT_TRANSLATE_NOOP("Columns", "Paid in"), 100, RIGHT, fmt=fmt_money),
    Column("bonus", QT_TRANSLATE_NOOP("Columns", "Bonus"), 90, RIGHT, fmt=fmt_money),
    Column("used", QT_TRANSLATE_NOOP("Columns", "Used"), 100, RIGHT, fmt=fmt_money),
    Column("refunded", QT_TRANSLATE_NOOP("Columns", "Refunded"), 90, RIGHT, fmt=fmt_money),
    Column("cards_end", QT_TRANSLATE_NOOP("Columns", "On cards"), 110, RIGHT, fmt=fmt_money),
    Column("plans_end", QT_TRANSLATE_NOOP("Columns", "Plans unused"), 110, RIGHT, fmt=fmt_money),
    Column("total_end", QT_TRANSLATE_NOOP("Columns", "Owed at month end"), 130, RIGHT, fmt=fmt_money),
)
PRODUCT_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), 70),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 190),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 90, fmt=kind_label),
    Column("price", QT_TRANSLATE_NOOP("Columns", "Price"), 80, RIGHT, fmt=fmt_money),
    Column("months", QT_TRANSLATE_NOOP("Columns", "Months"), 50, RIGHT),
    Column("bonus", QT_TRANSLATE_NOOP("Columns", "Bonus"), 70, RIGHT, fmt=fmt_money),
    Column("level", QT_TRANSLATE_NOOP("Columns", "Level"), 50),
    Column("active", QT_TRANSLATE_NOOP("Columns", "On sale"), 50, fmt=lambda b: "✓" if b else ""),
)
LEVEL_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Level"), 80),
    Column("labour_pct", QT_TRANSLATE_NOOP("Columns", "Labour −%"), 80, RIGHT, fmt=lambda d: f"{d:g}"),
    Column("parts_pct", QT_TRANSLATE_NOOP("Columns", "Parts −%"), 80, RIGHT, fmt=lambda d: f"{d:g}"),
    Column("points_per_yuan", QT_TRANSLATE_NOOP("Columns", "Points / ¥"), 80, RIGHT, fmt=lambda d: f"{d:g}"),
)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    bar = QHBoxLayout()
    for b in buttons:
        bar.addWidget(b)
    bar.addStretch(1)
    return bar


class PlansTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[ContractView] = RowTableModel(CONTRACT_COLUMNS)
        self.view = table_view(self.rows)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in PLAN_KINDS[:-1]:
            self.kind.addItem(kind_label(k), k)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Contract, plate or customer"))
        self.search.setClearButtonEnabled(True)
        self.ending = QCheckBox(self.tr("ending within"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(services.plans.renewal_days())
        self.days.setSuffix(self.tr(" days"))
        self.sell_button = QPushButton(self.tr("Sell a plan…"))
        self.print_button = QPushButton(self.tr("Print contract"))
        self.transfer_button = QPushButton(self.tr("To the car's new owner"))
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.error = FieldError(self)
        for w in (self.kind, self.ending, self.days):
            signal = getattr(w, "currentIndexChanged", None) or getattr(w, "toggled", None) or w.valueChanged
            signal.connect(lambda *_: self.refresh())
        self._debounced = common.debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounced.start())
        self.sell_button.clicked.connect(lambda *_: self.do_sell())
        self.print_button.clicked.connect(lambda *_: self.do_print())
        self.transfer_button.clicked.connect(lambda *_: self.do_transfer())
        self.refund_button.clicked.connect(lambda *_: self.do_refund())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        filters = QHBoxLayout()
        for w in (self.kind, self.search, self.ending, self.days):
            filters.addWidget(w, 1 if w is self.search else 0)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(_buttons(self.sell_button, self.print_button, self.transfer_button, self.refund_button))
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.dialog: QWidget | None = None

    def refresh(self) -> None:
        self.rows.reset(self.services.plans.contracts(
            self.search.text(), str(self.kind.currentData() or ""),
            self.days.value() if self.ending.isChecked() else None))
        may = self.services.desk.may("plans.sell")
        self.sell_button.setEnabled(may)
        self.transfer_button.setEnabled(may)
        self._show()

    def current(self) -> ContractView | None:
        index = self.view.currentIndex()
        return self.rows.row(index.row()) if index.isValid() else None

    def _show(self) -> None:
        c = self.current()
        if c is None:
            self.detail.setText("")
            return
        full = self.services.plans.get(c.id)
        none = self.tr("none yet")
        uses = "、".join(f"{n}（{d:%Y-%m-%d}）" for n, d in full.uses) or none
        text = self.tr("%1 %2 · %3 to %4 · invoice %5 · sold by %6").replace("%1", c.number).replace(
            "%2", c.name).replace("%3", fmt_date(c.starts_on)).replace("%4", fmt_date(c.ends_on)).replace(
            "%5", c.invoice or "—").replace("%6", c.sold_by)
        if c.kind == "maintenance":
            text += "<br>" + self.tr("Services used: %1 of %2 — %3").replace("%1", str(c.used)).replace(
                "%2", str(c.services)).replace("%3", uses)
        self.detail.setText(text)

    def do_sell(self) -> SellPlanDialog:
        dialog = SellPlanDialog(self.services, self)
        dialog.accepted.connect(lambda: self._sold(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _sold(self, dialog: SellPlanDialog) -> None:
        self.refresh()
        plan = dialog.result_
        if plan is not None:
            self.error.show_message(self.tr("%1 sold; invoice %2 is ready for payment at the cashier.").replace(
                "%1", plan.number).replace("%2", plan.invoice))

    def do_print(self) -> QWidget | None:
        c = self.current()
        if c is None:
            return None
        from desktop.views.shared.print_preview import show_document

        plans = self.services.plans
        self.dialog = show_document(self, lambda lang: plans.contract_pdf(c.id, lang),
                                    "plan_contract", self.tr("Contract %1").replace("%1", c.number),
                                    f"{c.number}.pdf")
        return self.dialog

    def do_transfer(self) -> None:
        c = self.current()
        if c is None:
            return
        owner = self.services.customers.get_vehicle(c.vehicle_id).customer_id
        self._run(lambda: self.services.plans.transfer(c.id, self.services.plans.version_of(c.id), owner))

    def do_refund(self) -> None:
        c = self.current()
        if c is None:
            return
        reason = common.ask_text(self, self.tr("Refund %1").replace("%1", c.number),
                                 self.tr("Unused value %1 is credited on the invoice. Reason:").replace(
                                     "%1", fmt_money(c.unused)))
        if reason is not None:
            self._run(lambda: common.run_approved(self, self.services, lambda: self.services.plans.refund(
                c.id, self.services.plans.version_of(c.id), reason)))

    def _run(self, action: Callable[[], object]) -> None:
        common.run_shown(self.error, action)
        self.refresh()


class CardsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[CardView] = RowTableModel(CARD_COLUMNS)
        self.entries: RowTableModel[EntryView] = RowTableModel(ENTRY_COLUMNS)
        self.view, self.ledger = table_view(self.rows), table_view(self.entries)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Card number, customer or phone"))
        self.search.setClearButtonEnabled(True)
        self.all = QCheckBox(self.tr("also lost and refunded cards"))
        self.total = QLabel()
        self.error = FieldError(self)
        self.open_button = QPushButton(self.tr("Open a card…"))
        self.load_button = QPushButton(self.tr("Pay in…"))
        self.replace_button = QPushButton(self.tr("Lost: new card…"))
        self.pin_button = QPushButton(self.tr("PIN…"))
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.take_over_button = QPushButton(self.tr("Take over old cards…"))
        self.take_over_button.setToolTip(self.tr("The old system's cards from a spreadsheet: 卡号, 手机 (or 客户编号), "
                                                 "等级, 余额, 积分"))
        for button, action in ((self.take_over_button, self.do_take_over),
                               (self.open_button, self.do_open), (self.load_button, self.do_load),
                               (self.replace_button, self.do_replace), (self.pin_button, self.do_pin),
                               (self.refund_button, self.do_refund), (self.print_button, self.do_print)):
            button.clicked.connect(lambda *_, a=action: a())
        self._debounced = common.debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounced.start())
        self.all.toggled.connect(lambda *_: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.all)
        filters.addWidget(self.total)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.ledger)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(_buttons(self.open_button, self.load_button, self.replace_button, self.pin_button,
                                  self.refund_button, self.print_button, self.take_over_button))
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        self.dialog: QWidget | None = None
        self.last: Receipt | None = None

    def refresh(self) -> None:
        rows = self.services.cards.cards(self.search.text(), active_only=not self.all.isChecked())
        self.rows.reset(rows)
        self.total.setText(self.tr("%1 cards · %2 on them").replace("%1", str(len(rows))).replace(
            "%2", fmt_money(sum((c.balance for c in rows), start=0) if rows else 0)))  # type: ignore[arg-type]
        may = self.services.desk.may("plans.sell")
        for b in (self.open_button, self.load_button, self.replace_button, self.pin_button):
            b.setEnabled(may)
        self.take_over_button.setEnabled(self.services.desk.may("plans.manage"))
        self._show()

    def current(self) -> CardView | None:
        index = self.view.currentIndex()
        return self.rows.row(index.row()) if index.isValid() else None

    def _show(self) -> None:
        card = self.current()
        self.entries.reset(self.services.cards.entries(card.id) if card is not None else [])

    def do_open(self) -> OpenCardDialog:
        dialog = OpenCardDialog(self.services, self)
        dialog.accepted.connect(lambda: self._done(dialog.result_))
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_load(self) -> LoadCardDialog | None:
        card = self.current()
        if card is None:
            return None
        dialog = LoadCardDialog(self.services, card, self)
        dialog.accepted.connect(lambda: self._done(dialog.result_))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _done(self, receipt: Receipt | None) -> None:
        self.last = receipt
        self.refresh()
        if receipt is not None:
            self.error.show_message(self.tr("Card %1 now holds %2.").replace("%1", receipt.card.number).replace(
                "%2", fmt_money(receipt.card.balance)))

    def do_replace(self) -> None:
        card = self.current()
        if card is None:
            return
        number = common.ask_text(self, self.tr("Replace lost card %1").replace("%1", card.number),
                                 self.tr("The new card's number (blank: one is given):"))
        if number is not None:
            self._run(lambda: self.services.cards.replace(card.id, number))

    def do_pin(self) -> None:
        card = self.current()
        if card is None:
            return
        pin = common.ask_text(self, self.tr("PIN of card %1").replace("%1", card.number),
                              self.tr("The customer types 6 digits (blank: they sign for each payment):"))
        if pin is not None:
            self._run(lambda: self.services.cards.set_pin(card.id, pin.strip()))

    def do_refund(self) -> None:
        card = self.current()
        if card is None:
            return
        back = self.services.cards.refundable(card.id)
        title = self.tr("Refund card %1").replace("%1", card.number)
        labels = {method_label(m): m for m in MONEY_IN}
        how = common.ask_item(self, title, self.tr("%1 goes back (paid in, not used); the bonus does not. Paid "
                                                   "back by:").replace("%1", fmt_money(back)), list(labels))
        reason = common.ask_text(self, title, self.tr("Reason:")) if how is not None else None
        reference = common.ask_text(self, title, self.tr("The transfer's reference number:")) \
            if how is not None and labels[how] == "transfer" and reason is not None else ""
        if how is not None and reason is not None and reference is not None:
            self._run(lambda: common.run_approved(self, self.services, lambda: self.services.cards.refund(
                card.id, labels[how], reason, reference)))

    def do_take_over(self) -> None:
        path = common.choose_open_file(self, self.tr("Take over old cards"),
                                       self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if not path:
            return
        try:
            done = self.services.card_takeover.take_over(Path(path))
        except ImportFailed as exc:
            lines = [tr_message(exc.message)] + [
                self.tr("Row %1: %2").replace("%1", str(e.row)).replace("%2", tr_message(e.message))
                for e in exc.errors[:20]]
            self.error.show_message("\n".join(lines))
            return
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        except OSError as exc:
            self.error.show_message(self.tr("The file could not be read: %1").replace("%1", exc.strerror or ""))
            return
        self.refresh()
        self.error.show_message(self.tr("Taken over: %1 cards holding %2.").replace("%1", str(done.cards)).replace(
            "%2", fmt_money(done.balance)))

    def do_print(self) -> QWidget | None:
        card = self.current()
        if card is None:
            return None
        from desktop.views.shared.print_preview import show_document

        cards = self.services.cards
        try:
            receipt = cards.receipt_of(card.id)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return None
        self.dialog = show_document(self, lambda lang: cards.receipt_pdf(receipt, lang),
                                    "card_receipt", self.tr("Card %1").replace("%1", card.number),
                                    f"card-{card.number}-{receipt.entry.id}.pdf")
        return self.dialog

    def _run(self, action: Callable[[], object]) -> None:
        common.run_shown(self.error, action)
        self.refresh()


class CouponsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[CouponView] = RowTableModel(COUPON_COLUMNS)
        self.view = table_view(self.rows)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Code, campaign or customer"))
        self.open_only = QCheckBox(self.tr("not used yet"))
        self.open_only.setChecked(True)
        self.issue_button = QPushButton(self.tr("Issue coupons…"))
        self.issue_button.clicked.connect(lambda *_: self.do_issue())
        self.take_over_button = QPushButton(self.tr("Take over old coupons…"))
        self.take_over_button.setToolTip(self.tr("The old system's unused coupons from a spreadsheet: 券码, 面值, "
                                                 "最低消费, 有效期至, 手机"))
        self.take_over_button.clicked.connect(lambda *_: self.do_take_over())
        self.error = FieldError(self)
        self.open_only.toggled.connect(lambda *_: self.refresh())
        self._debounced = common.debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounced.start())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_only)
        bar.addWidget(self.issue_button)
        bar.addWidget(self.take_over_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.dialog: CouponDialog | None = None

    def refresh(self) -> None:
        self.rows.reset(self.services.coupons.coupons(self.search.text(), open_only=self.open_only.isChecked()))
        self.issue_button.setEnabled(self.services.desk.may("plans.manage"))
        self.take_over_button.setEnabled(self.services.desk.may("plans.manage"))

    def do_take_over(self) -> None:
        path = common.choose_open_file(self, self.tr("Take over old coupons"),
                                       self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if not path:
            return
        try:
            count = self.services.card_takeover.take_over_coupons(Path(path))
        except ImportFailed as exc:
            self.error.show_message("\n".join([tr_message(exc.message)] + [
                self.tr("Row %1: %2").replace("%1", str(e.row)).replace("%2", tr_message(e.message))
                for e in exc.errors[:20]]))
            return
        except (ServiceError, OSError) as exc:
            self.error.show_message(tr_message(exc.message) if isinstance(exc, ServiceError) else str(exc))
            return
        self.refresh()
        self.error.show_message(self.tr("Taken over: %1 coupons.").replace("%1", str(count)))

    def do_issue(self) -> CouponDialog:
        self.dialog = CouponDialog(self.services, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog


class LiabilityTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[LiabilityMonth] = RowTableModel(LIABILITY_COLUMNS)
        self.view = table_view(self.rows)
        note = QLabel(self.tr("Money paid in advance is owed to the customers until it is used: the cards' "
                              "balances and the plans' unused value at each month's end."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.rows.reset(self.services.plans.liability())


class ProductsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.products: RowTableModel[ProductView] = RowTableModel(PRODUCT_COLUMNS)
        self.levels: RowTableModel[LevelView] = RowTableModel(LEVEL_COLUMNS)
        self.product_view, self.level_view = table_view(self.products), table_view(self.levels)
        self.add_product, self.edit_product = QPushButton(self.tr("New product…")), QPushButton(self.tr("Change…"))
        self.add_level, self.edit_level = QPushButton(self.tr("New level…")), QPushButton(self.tr("Change level…"))
        self.add_product.clicked.connect(lambda *_: self.do_product(new=True))
        self.edit_product.clicked.connect(lambda *_: self.do_product())
        self.product_view.doubleClicked.connect(lambda *_: self.do_product())
        self.add_level.clicked.connect(lambda *_: self.do_level(new=True))
        self.edit_level.clicked.connect(lambda *_: self.do_level())
        layout = QVBoxLayout(self)
        layout.addLayout(_buttons(self.add_product, self.edit_product))
        layout.addWidget(self.product_view, 3)
        layout.addWidget(QLabel("<b>" + self.tr("Member levels") + "</b>"))
        layout.addLayout(_buttons(self.add_level, self.edit_level))
        layout.addWidget(self.level_view, 1)
        self.dialog: QWidget | None = None

    def refresh(self) -> None:
        self.products.reset(self.services.plan_products.products())
        self.levels.reset(self.services.plan_products.levels())
        may = self.services.desk.may("plans.manage")
        for b in (self.add_product, self.edit_product, self.add_level, self.edit_level):
            b.setEnabled(may)

    def do_product(self, new: bool = False) -> ProductDialog | None:
        index = self.product_view.currentIndex()
        if not new and not index.isValid():
            return None
        dialog = ProductDialog(self.services, None if new else self.products.row(index.row()), self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_level(self, new: bool = False) -> LevelDialog | None:
        index = self.level_view.currentIndex()
        if not new and not index.isValid():
            return None
        dialog = LevelDialog(self.services, None if new else self.levels.row(index.row()), self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog


class PlansPage(TabbedPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        self.plans, self.cards, self.coupons = PlansTab(services), CardsTab(services), CouponsTab(services)
        self.liability, self.products = LiabilityTab(services), ProductsTab(services)
        super().__init__(QCoreApplication.translate("PlansPage", "Plans and member cards"), (
            (QCoreApplication.translate("PlansPage", "Plans sold"), self.plans),
            (QCoreApplication.translate("PlansPage", "Member cards"), self.cards),
            (QCoreApplication.translate("PlansPage", "Coupons"), self.coupons),
            (QCoreApplication.translate("PlansPage", "Paid in advance"), self.liability),
            (QCoreApplication.translate("PlansPage", "Products and levels"), self.products)), parent)
