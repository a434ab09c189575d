"""The counter's dialogs for plans and cards: sell a plan, open or load a card, a plan
product and a member level as the manager sets them, a coupon campaign."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.customers.search import CustomerRow
from desktop.services.plans.cards import MONEY_IN
from desktop.services.plans.records import (
    CardView,
    ContractView,
    ProductForm,
    ProductView,
    Receipt,
    SaleForm,
)
from desktop.services.plans.rules.plans import KIND_NAMES, PLAN_KINDS
from desktop.services.warranty.rules.coverage import COMPONENTS

from desktop.views.shared.common import FormDialog, FormErrors, date_edit
from desktop.views.shared.formats import fmt_money, method_label
from desktop.views.shared.pickers import CustomerPicker

# The fields of a product that its kind uses (the others are hidden).
SHOWN = {"maintenance": ("services", "package_id", "extras"), "extension": ("covers", "km"),
         "roadside": ("callouts", "tow_km"), "card": ("bonus", "level_id")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Plans", KIND_NAMES.get(kind, kind))


def _methods(combo: QComboBox) -> QComboBox:
    for m in MONEY_IN:
        combo.addItem(method_label(m), m)
    return combo


class SellPlanDialog(FormDialog):
    """A plan for a customer's car: invoiced at once; the cashier takes the money."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("PlansPage", "Sell a plan"))
        self.services = services
        self.result_: ContractView | None = None
        self.errors = FormErrors(self.general_error)
        self.picker = CustomerPicker(services)
        self.picker.picked.connect(self._customer)
        self.car, self.product = QComboBox(), QComboBox()
        for p in services.plan_products.products(active_only=True):
            if p.kind != "card":
                self.product.addItem(f"{p.name} · {kind_label(p.kind)} · {fmt_money(p.price)}", p.id)
        self.kinds = {p.id: p.kind for p in services.plan_products.products(active_only=True)}
        self.start = date_edit(date.today())
        self.after_factory = QCheckBox(self.tr("from the day the factory warranty ends"))
        self.product.currentIndexChanged.connect(lambda *_: self._product())
        self.after_factory.toggled.connect(lambda on: self.start.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.picker)
        form.addRow(self.tr("Car"), self.errors.add("vehicle", self.car))
        form.addRow(self.tr("Plan"), self.errors.add("product", self.product))
        form.addRow(self.tr("Starts"), self.errors.add("starts_on", self.start))
        form.addRow("", self.after_factory)
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Sell and invoice"))
        self.finish_layout()
        self._product()

    def _customer(self, row: CustomerRow | None) -> None:
        self.car.clear()
        if row is None:
            return
        for v in self.services.customers.get_customer(row.id).vehicles:
            self.car.addItem(" ".join(x for x in (v.plate, v.make, v.model) if x) or v.vin, v.id)
        if row.vehicle_id is not None:
            self.car.setCurrentIndex(max(self.car.findData(row.vehicle_id), 0))

    def _product(self) -> None:
        extension = self.kinds.get(self.product.currentData()) == "extension"
        self.after_factory.setVisible(extension)
        self.after_factory.setChecked(extension)
        self.start.setEnabled(not extension)

    def save(self) -> None:
        row = self.picker.current()
        if row is None or self.car.currentData() is None or self.product.currentData() is None:
            self.general_error.show_message(self.tr("Find the customer, then choose the car and the plan."))
            return
        start = None if self.after_factory.isVisible() and self.after_factory.isChecked() \
            else self.start.date().toPython()
        form = SaleForm(int(self.product.currentData()), row.id, int(self.car.currentData()), start)
        self.result_ = self.attempt(lambda: self.services.plans.sell(form), self.errors)
        if self.result_ is not None:
            self.accept()


class OpenCardDialog(FormDialog):
    """A new member card: the tier's money paid in, its bonus and level."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("PlansPage", "Open a member card"))
        self.services = services
        self.result_: Receipt | None = None
        self.errors = FormErrors(self.general_error)
        self.picker = CustomerPicker(services)
        self.product, self.method = QComboBox(), _methods(QComboBox())
        for p in services.plan_products.products(active_only=True, kind="card"):
            self.product.addItem(f"{p.name} · {p.level or '—'}", p.id)
        self.reference, self.number, self.pin = QLineEdit(), QLineEdit(), QLineEdit()
        self.number.setPlaceholderText(self.tr("the number on the card (blank: one is given)"))
        self.pin.setPlaceholderText(self.tr("6 digits, typed by the customer (blank: they sign instead)"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.picker)
        form.addRow(self.tr("Card"), self.errors.add("product", self.product))
        form.addRow(self.tr("Paid by"), self.errors.add("method", self.method))
        form.addRow(self.tr("Reference"), self.errors.add("reference", self.reference))
        form.addRow(self.tr("Card number"), self.errors.add("number", self.number))
        form.addRow(self.tr("PIN"), self.errors.add("pin", self.pin))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Open the card"))
        self.finish_layout()

    def save(self) -> None:
        row = self.picker.current()
        if row is None or self.product.currentData() is None:
            self.general_error.show_message(self.tr("Find the customer and choose the card."))
            return
        self.result_ = self.attempt(lambda: self.services.cards.open(
            row.id, int(self.product.currentData()), str(self.method.currentData()), self.reference.text(),
            self.number.text(), self.pin.text()), self.errors)
        if self.result_ is not None:
            self.accept()


class LoadCardDialog(FormDialog):
    """Money paid into a card: a tier with its bonus, or any amount."""

    def __init__(self, services: Services, card: CardView, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("PlansPage", "Pay into card %1").replace("%1", card.number))
        self.services, self.card = services, card
        self.result_: Receipt | None = None
        self.errors = FormErrors(self.general_error)
        self.product, self.method = QComboBox(), _methods(QComboBox())
        self.product.addItem(self.tr("Any amount, no bonus"), None)
        for p in services.plan_products.products(active_only=True, kind="card"):
            self.product.addItem(f"{p.name} · {p.level or '—'}", p.id)
        self.amount, self.reference = QLineEdit(), QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.product.currentIndexChanged.connect(lambda *_: self.amount.setEnabled(self.product.currentData() is None))
        form = QFormLayout()
        form.addRow(self.tr("Holder"), QLabel(f"{card.customer} · {card.level or '—'} · "
                                              + self.tr("balance %1").replace("%1", fmt_money(card.balance))))
        form.addRow(self.tr("Tier"), self.errors.add("product", self.product))
        form.addRow(self.tr("Amount"), self.errors.add("amount", self.amount))
        form.addRow(self.tr("Paid by"), self.errors.add("method", self.method))
        form.addRow(self.tr("Reference"), self.errors.add("reference", self.reference))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Pay in"))
        self.finish_layout()

    def save(self) -> None:
        product = self.product.currentData()
        self.result_ = self.attempt(lambda: self.services.cards.load(
            self.card.id, str(self.method.currentData()), product_id=product,
            amount=self.amount.text() if product is None else "", reference=self.reference.text()), self.errors)
        if self.result_ is not None:
            self.accept()


class ProductDialog(FormDialog):
    """A plan product as the manager sets it; what was sold keeps its own terms."""

    def __init__(self, services: Services, row: ProductView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("PlansPage", "Plan product"))
        self.services, self.row = services, row
        self.errors = FormErrors(self.general_error)
        self.code, self.name, self.price, self.months = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit("12")
        self.kind, self.package, self.level = QComboBox(), QComboBox(), QComboBox()
        for k in PLAN_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.package.addItem(self.tr("any maintenance package"), None)
        for p in services.workorders.packages():
            self.package.addItem(p.name, p.id)
        self.level.addItem(self.tr("no level"), None)
        for lv in services.plan_products.levels():
            self.level.addItem(lv.name, lv.id)
        self.km, self.services_, self.callouts, self.tow = QLineEdit("0"), QLineEdit("0"), QLineEdit("0"), \
            QLineEdit("0")
        self.bonus, self.extras = QLineEdit("0"), QLineEdit()
        self.covers = {c: QCheckBox(QCoreApplication.translate("Warranty", name)) for c, name in COMPONENTS.items()}
        box = QWidget()
        lay = QFormLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        for check in self.covers.values():
            lay.addRow(check)
        self.terms = QPlainTextEdit()
        self.terms.setPlaceholderText(self.tr("The terms printed on the contract"))
        self.active = QCheckBox(self.tr("on sale"))
        self.active.setChecked(True)
        self.form = QFormLayout()
        rows = [(self.tr("Code"), "code", self.code), (self.tr("Name"), "name", self.name),
                (self.tr("Kind"), "kind", self.kind), (self.tr("Price (excl. VAT; a card: paid in)"), "price",
                                                      self.price),
                (self.tr("Months valid"), "months", self.months), (self.tr("Services"), "services", self.services_),
                (self.tr("Package"), "package_id", self.package), (self.tr("Also included"), "extras", self.extras),
                (self.tr("Components covered"), "covers", box), (self.tr("km beyond the factory cover"), "km",
                                                                 self.km),
                (self.tr("Call-outs a year"), "callouts", self.callouts), (self.tr("Towing up to (km)"), "tow_km",
                                                                           self.tow),
                (self.tr("Bonus paid in on top"), "bonus", self.bonus), (self.tr("Member level"), "level_id",
                                                                         self.level),
                (self.tr("Terms"), "terms", self.terms), ("", "active", self.active)]
        self.widgets = {}
        for label, key, widget in rows:
            wrapped = self.errors.add(key, widget)
            self.form.addRow(label, wrapped)
            self.widgets[key] = wrapped
        self.layout_.addLayout(self.form)
        self.finish_layout()
        self.kind.currentIndexChanged.connect(lambda *_: self._kind())
        if row is not None:
            self._fill(row)
        self._kind()

    def _kind(self) -> None:
        kind = str(self.kind.currentData())
        for keys in SHOWN.values():
            for key in keys:
                self.form.setRowVisible(self.widgets[key], key in SHOWN.get(kind, ()))

    def _fill(self, row: ProductView) -> None:
        self.code.setText(row.code)
        self.name.setText(row.name)
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.price.setText(f"{row.price:.2f}")
        self.months.setText(str(row.months))
        self.services_.setText(str(row.services))
        self.package.setCurrentIndex(max(self.package.findData(row.package_id), 0))
        self.extras.setText(row.extras)
        for key, check in self.covers.items():
            check.setChecked(key in row.covers.split(","))
        self.km.setText(str(row.km))
        self.callouts.setText(str(row.callouts))
        self.tow.setText(str(row.tow_km))
        self.bonus.setText(f"{row.bonus:.2f}")
        self.level.setCurrentIndex(max(self.level.findData(row.level_id), 0))
        self.terms.setPlainText(row.terms)
        self.active.setChecked(row.active)

    def form_values(self) -> ProductForm:
        return ProductForm(self.code.text(), self.name.text(), str(self.kind.currentData()), self.price.text(),
                           self.months.text(), self.km.text(),
                           ",".join(k for k, c in self.covers.items() if c.isChecked()), self.services_.text(),
                           self.package.currentData(), self.extras.text(), self.callouts.text(), self.tow.text(),
                           self.bonus.text(), self.level.currentData(), self.terms.toPlainText(),
                           self.active.isChecked())

    def save(self) -> None:
        form = self.form_values()
        done = self.attempt(lambda: self.services.plan_products.save_product(self.row.id if self.row else None,
                                                                             form), self.errors)
        if done is not None:
            self.accept()


class LevelDialog(FormDialog):
    def __init__(self, services: Services, row: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("PlansPage", "Member level"))
        self.services, self.row = services, row
        self.errors = FormErrors(self.general_error)
        self.name, self.labour, self.parts = QLineEdit(), QLineEdit("0"), QLineEdit("0")
        self.points, self.position = QLineEdit("1"), QLineEdit("0")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.add("name", self.name))
        form.addRow(self.tr("Labour discount (%)"), self.errors.add("labour_pct", self.labour))
        form.addRow(self.tr("Parts discount (%)"), self.errors.add("parts_pct", self.parts))
        form.addRow(self.tr("Points per yuan paid"), self.errors.add("points_per_yuan", self.points))
        form.addRow(self.tr("Rank (higher wins)"), self.position)
        self.layout_.addLayout(form)
        self.finish_layout()
        if row is not None:
            self.name.setText(getattr(row, "name", ""))
            self.labour.setText(f"{getattr(row, 'labour_pct', 0):f}")
            self.parts.setText(f"{getattr(row, 'parts_pct', 0):f}")
            self.points.setText(f"{getattr(row, 'points_per_yuan', 1):f}")
            self.position.setText(str(getattr(row, "position", 0)))

    def save(self) -> None:
        position = int(self.position.text()) if self.position.text().strip().isdigit() else 0
        done = self.attempt(lambda: self.services.plan_products.save_level(
            getattr(self.row, "id", None), self.name.text(), self.labour.text(), self.parts.text(),
            self.points.text(), position), self.errors)
        if done is not None:
            self.accept()


class CouponDialog(FormDialog):
    """A coupon campaign: one for every card member, or a number of loose coupons."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("PlansPage", "Coupon campaign"))
        self.services = services
        self.errors = FormErrors(self.general_error)
        self.campaign, self.value, self.min_spend, self.count = QLineEdit(), QLineEdit(), QLineEdit("0"), \
            QLineEdit("50")
        self.first, self.last = date_edit(date.today()), date_edit(date.today() + timedelta(days=60))
        self.members = QCheckBox(self.tr("one for every member with a card in use"))
        self.members.toggled.connect(lambda on: self.count.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Campaign"), self.errors.add("campaign", self.campaign))
        form.addRow(self.tr("Value (¥)"), self.errors.add("value", self.value))
        form.addRow(self.tr("For bills from (¥)"), self.errors.add("min_spend", self.min_spend))
        form.addRow(self.tr("Valid from"), self.first)
        form.addRow(self.tr("Valid until"), self.errors.add("valid_until", self.last))
        form.addRow("", self.members)
        form.addRow(self.tr("Loose coupons"), self.errors.add("count", self.count))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Issue"))
        self.finish_layout()
        self.issued = 0

    def save(self) -> None:
        members = sorted({c.customer_id for c in self.services.cards.cards()}) if self.members.isChecked() else []
        count = int(self.count.text()) if self.count.text().strip().isdigit() else 0
        done = self.attempt(lambda: self.services.coupons.issue(
            self.campaign.text(), self.value.text(), self.first.date().toPython(), self.last.date().toPython(),
            customer_ids=members, count=0 if members else count, min_spend=self.min_spend.text()), self.errors)
        if done is not None:
            self.issued = len(done)
            self.accept()
