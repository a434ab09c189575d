"""Dialogs of the work order: reception (a new order for a car) and a line."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import OdometerBelowLast, ServiceError
from desktop.services.customers.records import VehicleDetail
from desktop.services.parts.records import StockView
from desktop.services.warranty.rules.coverage import COMPONENTS, why_not
from desktop.services.workorders.records import LineForm, ReceptionForm, WorkOrderDetail

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, FormErrors, fmt_km
from desktop.views.shared.formats import payer_combo

log = logging.getLogger(__name__)

def local_now_rounded(hours: int = 2) -> datetime:
    now = datetime.now().astimezone() + timedelta(hours=hours)
    return now.replace(minute=(now.minute // 15) * 15, second=0, microsecond=0)


def to_aware(value: QDateTime) -> datetime:
    """What the person picked, in this PC's local time, as an aware datetime."""
    return value.toPython().astimezone()  # type: ignore[no-any-return]


class ReceptionDialog(FormDialog):
    """接车: a new work order for a car, with what reception records."""

    saved = Signal(object)  # WorkOrderDetail

    def __init__(self, services: Services, vehicle: VehicleDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New work order"))
        self.services = services
        self.vehicle = vehicle
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Vehicle"), QLabel(
            f"<b>{vehicle.plate or vehicle.vin}</b>  {vehicle.make} {vehicle.model}  ·  {vehicle.customer_name}"))
        recalls = services.recalls.open_for(vehicle.id)
        if recalls:  # the manufacturer's campaign: do it on this visit
            banner = QLabel(self.tr("Open recall: %1").replace("%1", "；".join(f"{r.code} {r.title}" for r in recalls)))
            banner.setStyleSheet("color: #b71c1c; font-weight: bold;")
            form.addRow("", banner)
        self.odometer = QLineEdit()
        self.odometer.setPlaceholderText(self.tr("km now; last: %1").replace("%1", fmt_km(vehicle.last_km) or "—"))
        self.fuel = QSlider(Qt.Orientation.Horizontal)
        self.fuel.setRange(0, 8)
        self.fuel.setValue(4)
        self.fuel_label = QLabel()
        self.fuel.valueChanged.connect(self._fuel_changed)
        self._fuel_changed(4)
        fuel_row = QWidget()
        row = QHBoxLayout(fuel_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fuel, 1)
        row.addWidget(self.fuel_label)
        self.concern = QPlainTextEdit()
        self.concern.setTabChangesFocus(True)
        self.concern.setPlaceholderText(self.tr("In the customer's own words"))
        self.concern.setFixedHeight(64)
        self.package = QComboBox()
        self.package.addItem(self.tr("— no package —"), None)
        for p in services.workorders.packages():
            self.package.addItem(f"{p.code}  {p.name}", p.id)
        self.damage = QLineEdit()
        self.damage.setPlaceholderText(self.tr("e.g. scratch on the left front door"))
        self.belongings = QLineEdit()
        self.belongings.setPlaceholderText(self.tr("e.g. umbrella, child seat"))
        self.key_tag = QLineEdit()
        self.key_tag.setMaximumWidth(100)
        self.advisor = QComboBox()
        self.advisor.addItem("—", None)
        for person in services.workorders.staff("advisor"):
            self.advisor.addItem(person.name, person.id)
        self.promised = QDateTimeEdit(QDateTime(local_now_rounded()))
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.mode = QComboBox()
        for key, label in (("item", self.tr("By item")), ("system", self.tr("By system")),
                           ("symptom", self.tr("By symptom"))):
            self.mode.addItem(label, key)
        self.customer_parts = QCheckBox(self.tr("The customer brings parts (no quality guarantee on that work)"))
        self.comeback = QComboBox()
        self.comeback.addItem(self.tr("No"), None)
        for c in services.workorders.comeback_candidates(vehicle.id):
            self.comeback.addItem(self.tr("Comeback of %1 (%2)").replace("%1", c.number).replace("%2", c.concern), c.id)

        form.addRow(self.tr("Odometer"), self.errors.add("odometer_km", self.odometer))
        form.addRow(self.tr("Fuel"), fuel_row)
        form.addRow(self.tr("Concern"), self.errors.add("concern", self.concern))
        form.addRow(self.tr("Package"), self.package)
        form.addRow(self.tr("Damage"), self.damage)
        form.addRow(self.tr("Belongings"), self.belongings)
        form.addRow(self.tr("Key tag"), self.key_tag)
        form.addRow(self.tr("Advisor"), self.advisor)
        form.addRow(self.tr("Promised"), self.errors.add("promised_at", self.promised))
        form.addRow(self.tr("Estimate"), self.mode)
        form.addRow("", self.customer_parts)
        if self.comeback.count() > 1:
            form.addRow(self.tr("Comeback?"), self.comeback)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(620, 560)
        self.odometer.setFocus()

    def _fuel_changed(self, value: int) -> None:
        self.fuel_label.setText(f"{value}/8")

    def reception_form(self) -> ReceptionForm:
        return ReceptionForm(
            vehicle_id=self.vehicle.id,
            odometer_km=self.odometer.text(),
            fuel_eighths=self.fuel.value(),
            damage_notes=self.damage.text(),
            belongings=self.belongings.text(),
            key_tag=self.key_tag.text(),
            concern=self.concern.toPlainText(),
            advisor_id=self.advisor.currentData(),
            promised_at=to_aware(self.promised.dateTime()),
            customer_parts=self.customer_parts.isChecked(),
            estimate_mode=self.mode.currentData(),
            rework_of_id=self.comeback.currentData(),
        )

    def save(self, allow_lower: bool = False, reason: str = "") -> None:
        form = self.reception_form()
        form.allow_lower_odometer = allow_lower
        form.odometer_reason = reason
        orders, package = self.services.workorders, self.package.currentData()

        def open_order() -> WorkOrderDetail:
            order = orders.open_order(form)
            if package is not None:
                try:
                    order = orders.add_package(order.id, order.version, package)
                except ServiceError:  # the order stands (saving again would open a second one)
                    log.warning("package %s not added to %s", package, order.number, exc_info=True)
            return order

        def lower(exc: OdometerBelowLast) -> None:
            why = self.ask_lower_reading(exc)
            if why is not None:
                self.save(allow_lower=True, reason=why)

        order = self.attempt(open_order, self.errors, {OdometerBelowLast: lower})
        if order is not None:
            self.saved.emit(order)
            self.accept()


class LineDialog(FormDialog):
    """A labour or part line; on an authorized order it becomes additional work."""

    saved = Signal(object)

    def __init__(self, services: Services, order: WorkOrderDetail, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.services = services
        self.order = order
        self.kind = kind
        self.setWindowTitle(self.tr("Labour") if kind == "labour" else self.tr("Part"))
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.operation = QComboBox()
        self.operation.setEditable(True)
        self.operation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.description = QLineEdit()
        self.part_number = QLineEdit()
        self.quantity = QLineEdit("1")
        self.unit_price = QLineEdit()
        self.unit_cost = QLineEdit()
        self.discount = QLineEdit("0")
        self.payer = payer_combo(self)
        self.vat = QComboBox()
        self.vat.addItem(self.tr("Shop's rate"), None)
        for rate in ("0.13", "0.09", "0.06"):
            self.vat.addItem(f"{Decimal(rate) * 100:.0f} %", Decimal(rate))
        self.vat.addItem(self.tr("0 % (exempt)"), Decimal(0))
        if kind == "labour":
            self.operations = services.workorders.operations()
            self.operation.addItem("", None)
            for op in self.operations:
                self.operation.addItem(f"{op.code} {op.name}", op.id)
            self.operation.currentIndexChanged.connect(self._operation_chosen)
            self.unit_price.setPlaceholderText(self.tr("the shop's labour rate"))
            form.addRow(self.tr("Operation"), self.operation)
            form.addRow(self.tr("Description"), self.errors.add("description", self.description))
            form.addRow(self.tr("Standard hours"), self.errors.add("quantity", self.quantity))
            form.addRow(self.tr("Rate per hour"), self.errors.add("unit_price", self.unit_price))
        else:
            self._setup_part_lookup()
            form.addRow(self.tr("Part number"), self.part_number)
            form.addRow("", self.part_stock)
            form.addRow(self.tr("Description"), self.errors.add("description", self.description))
            form.addRow(self.tr("Quantity"), self.errors.add("quantity", self.quantity))
            form.addRow(self.tr("Unit price"), self.errors.add("unit_price", self.unit_price))
            form.addRow(self.tr("Unit cost"), self.errors.add("unit_cost", self.unit_cost))
        form.addRow(self.tr("Discount %"), self.errors.add("discount_pct", self.discount))
        form.addRow(self.tr("Who pays"), self.errors.add("payer", self.payer))
        # a warranty line: the component it is claimed under, with the car's cover of it
        self.component = QComboBox()
        self.component.addItem("", "")
        self.cover = QLabel()
        self.cover.setWordWrap(True)
        covered = {c.component: c for c in services.warranty.coverage_of_order(order.id).covers}
        for key, label in COMPONENTS.items():
            c = covered.get(key)
            state = "" if c is None else ("  ✓" if c.covered else "  ✗")
            self.component.addItem(QCoreApplication.translate("Warranty", label) + state, key)
        form.addRow(self.tr("Warranty component"), self.errors.add("warranty_component", self.component))
        form.addRow("", self.cover)
        self.payer.currentIndexChanged.connect(self._payer_changed)
        self.component.currentIndexChanged.connect(self._component_changed)
        self._covered = covered
        self._payer_changed()
        form.addRow(self.tr("VAT"), self.errors.add("vat_rate", self.vat))
        self.layout_.addLayout(form)
        if order.state not in ("draft", "estimated"):
            note = QLabel(self.tr("The order is authorized: this is additional work, counted once the "
                                  "customer approves it."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #b26a00;")
            self.layout_.addWidget(note)
        self.finish_layout()
        self.resize(480, 0)
        (self.operation if kind == "labour" else self.part_number).setFocus()

    def _setup_part_lookup(self) -> None:
        """Typing a part number, a piece of its name or its pinyin initials offers the parts
        on file; choosing one fills the name, the price, the cost and shows the stock."""
        self.part_stock = QLabel()
        self.part_stock.setStyleSheet("color: #616161;")
        self._matches: dict[str, StockView] = {}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self.choose_part)
        self.part_number.setCompleter(completer)
        self._lookup = common.debounce(self, 150, lambda: self.isVisible() and self.look_up_part())
        self.part_number.textEdited.connect(lambda _t: self._lookup.start())

    def look_up_part(self) -> list[str]:
        found = self.services.parts.lookup(self.part_number.text())
        self._matches = {f"{p.number}  {p.name}  ({p.available:f} / ¥{p.price:,.2f})": p for p in found}
        self._completions.setStringList(list(self._matches))
        if self._matches and self.isVisible() and self.part_number.hasFocus():
            self.part_number.completer().complete()
        return list(self._matches)

    def choose_part(self, text: str) -> None:
        part = self._matches.get(text)
        if part is None:
            return
        self.part_number.setText(part.number)
        self.description.setText(part.name)
        self.unit_price.setText(f"{part.price:.2f}")
        self.unit_cost.setText(f"{part.cost:.2f}")
        self.part_stock.setText(self.tr("On hand %1, available %2").replace("%1", f"{part.on_hand:f}")
                                .replace("%2", f"{part.available:f}"))
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _payer_changed(self, *_: object) -> None:
        on = self.payer.currentData() == "warranty"
        self.component.setEnabled(on)
        if not on:
            self.component.setCurrentIndex(0)
        self._component_changed()

    def _component_changed(self, *_: object) -> None:
        """Out of cover: said before saving (only a manager's goodwill puts it on the manufacturer)."""
        key = self.component.currentData()
        problem = why_not(key, self._covered.get(key)) if key else None
        self.cover.setText(common.tr_message(problem) if problem else "")
        self.cover.setStyleSheet("color: #c62828;" if problem else "")

    def _operation_chosen(self, index: int) -> None:
        op_id = self.operation.itemData(index)
        op = next((o for o in self.operations if o.id == op_id), None)
        if op is not None:
            self.description.setText(op.name)
            self.quantity.setText(str(op.standard_hours))
            self.unit_price.setText(str(op.rate))

    def line_form(self) -> LineForm:
        return LineForm(
            kind=self.kind,
            description=self.description.text(),
            quantity=self.quantity.text(),
            unit_price=self.unit_price.text() or None,
            payer=self.payer.currentData(),
            operation_id=self.operation.currentData() if self.kind == "labour" else None,
            part_number=self.part_number.text(),
            unit_cost=self.unit_cost.text() or Decimal(0),
            discount_pct=self.discount.text() or Decimal(0),
            vat_rate=self.vat.currentData(),
            warranty_component=self.component.currentData() or "",
        )

    def save(self) -> None:
        order = self.attempt(lambda: self.services.workorders.add_line(
            self.order.id, self.order.version, self.line_form()), self.errors)
        if order is not None:
            self.saved.emit(order)
            self.accept()
