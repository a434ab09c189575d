"""套餐 on the work order: the car's running plans (a maintenance plan's services left, an
extended warranty, roadside assistance) and the customer's member card (level, discount,
balance); one service of a maintenance plan put on the order, paid by the plan (handed
into the order editor by the main window, like the other capabilities' tabs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.plans.records import ContractView
from desktop.services.workorders.records import WorkOrderDetail

from desktop.views.plans.page import CONTRACT_COLUMNS
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, tr_message
from desktop.views.shared.formats import fmt_money
from desktop.views.shared.table_model import RowTableModel, table_view


class PlansOrderTab(QWidget):
    order_changed = Signal(object)  # the fresh order: the plan's lines were added

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order: WorkOrderDetail | None = None
        self.member = QLabel()
        self.member.setTextFormat(Qt.TextFormat.RichText)
        self.member.setWordWrap(True)
        self.rows: RowTableModel[ContractView] = RowTableModel(CONTRACT_COLUMNS)
        self.view = table_view(self.rows)
        self.use_button = QPushButton(self.tr("Use one service of this plan"))
        self.use_button.setMinimumHeight(36)
        self.use_button.clicked.connect(lambda *_: self.do_use())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.error = FieldError(self)
        bar = QHBoxLayout()
        bar.addWidget(self.use_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.member)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(self.error)

    def show_order(self, order: WorkOrderDetail | None) -> None:
        self.order = order
        self.error.show_message("")
        if order is None:
            self.rows.reset([])
            self.member.setText("")
            self._enable()
            return
        self.rows.reset(self.services.plans.of_vehicle(order.vehicle_id))
        member = self.services.cards.member_of(order.customer_id)
        cards = self.services.cards.of_customer(order.customer_id)
        if member is None:
            self.member.setText(self.tr("No member card."))
        else:
            balance = sum((c.balance for c in cards), start=cards[0].balance * 0) if cards else 0
            self.member.setText(self.tr("<b>%1</b> member (card %2): labour −%3 %, parts −%4 % on the customer's "
                                        "lines; %5 on the card.").replace("%1", member.level).replace(
                "%2", member.number).replace("%3", f"{member.labour_pct:g}").replace(
                "%4", f"{member.parts_pct:g}").replace("%5", fmt_money(balance)))  # type: ignore[arg-type]
        if self.rows.rowCount():
            self.view.selectRow(0)
        self._enable()

    def current(self) -> ContractView | None:
        index = self.view.currentIndex()
        return self.rows.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        plan = self.current()
        self.use_button.setEnabled(plan is not None and plan.kind == "maintenance" and plan.left > 0
                                   and self.order is not None and self.services.desk.may("orders.lines"))

    def do_use(self) -> None:
        plan, order = self.current(), self.order
        if plan is None or order is None:
            return
        package_id = plan.package_id
        if package_id is None:  # a plan for any package: the advisor chooses this visit's
            packages = {f"{p.code} {p.name}": p.id for p in self.services.workorders.packages()}
            chosen = common.ask_item(self, self.tr("Use plan %1").replace("%1", plan.number),
                                     self.tr("Which package is this visit's service?"), list(packages))
            if chosen is None:
                return
            package_id = packages[chosen]
        try:
            fresh = self.services.workorders.add_package(order.id, order.version, package_id,
                                                         plan_contract_id=plan.id)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.order_changed.emit(fresh)
