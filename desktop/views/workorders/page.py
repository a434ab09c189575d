"""工单: the list of work orders with filters, and the selected order in the editor."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.money import PAYERS
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.workorders.records import OrderFilter, WorkOrderDetail, WorkOrderRow
from desktop.services.workorders.rules.workflow import OPEN_STATES, STATES

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, fmt_datetime, tr_message
from desktop.views.shared.formats import PAYER_LABELS, state_label
from desktop.views.shared.pickers import CustomerPicker
from desktop.views.shared.table_model import Column, RowTableModel, table_view
from desktop.views.workorders.dialogs import ReceptionDialog
from desktop.views.workorders.editor import WorkOrderEditor

ORDER_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), 122),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 84),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 100),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 60, fmt=state_label),
    Column("opened_at", QT_TRANSLATE_NOOP("Columns", "Opened"), 115, fmt=fmt_datetime),
    Column("advisor", QT_TRANSLATE_NOOP("Columns", "Advisor"), 60),
    Column("concern", QT_TRANSLATE_NOOP("Columns", "Concern"), 160),
)
PERIODS = (
    ("any", QT_TRANSLATE_NOOP("Orders", "Any time")),
    ("today", QT_TRANSLATE_NOOP("Orders", "Today")),
    ("week", QT_TRANSLATE_NOOP("Orders", "Last 7 days")),
    ("month", QT_TRANSLATE_NOOP("Orders", "Last 30 days")),
    ("year", QT_TRANSLATE_NOOP("Orders", "This year")),
    ("range", QT_TRANSLATE_NOOP("Orders", "From … to …")),
)


class PickVehicleDialog(FormDialog):
    """Find the car a new order is for."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Which car?"))
        self.services = services
        self.vehicle_id: int | None = None
        self.picker = CustomerPicker(services)
        self.layout_.addWidget(self.picker)
        self.finish_layout()
        self.save_button.setText(self.tr("Next"))
        self.resize(700, 420)
        self.picker.query.setFocus()

    def save(self) -> None:
        row = self.picker.current()
        if row is None:
            return
        vehicle_id = row.vehicle_id
        if vehicle_id is None:
            detail = self.services.customers.get_customer(row.id)
            active = [v for v in detail.vehicles if not v.archived]
            if not active:
                self.general_error.show_message(self.tr("This customer has no vehicle on file."))
                return
            vehicle_id = active[0].id
        self.vehicle_id = vehicle_id
        self.accept()


class WorkOrdersPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, plate or customer"))
        self.state = QComboBox()
        self.state.addItem(self.tr("Open orders"), "open")
        self.state.addItem(self.tr("All states"), "all")
        for key in STATES:
            self.state.addItem(state_label(key), key)
        self.advisor = QComboBox()
        self.advisor.addItem(self.tr("All advisors"), None)
        for person in services.workorders.staff("advisor"):
            self.advisor.addItem(person.name, person.id)
        self.payer = QComboBox()
        self.payer.addItem(self.tr("All payers"), None)
        for key in PAYERS:
            self.payer.addItem(QCoreApplication.translate("Payers", PAYER_LABELS[key]), key)
        self.period = QComboBox()
        for key, label in PERIODS:
            self.period.addItem(QCoreApplication.translate("Orders", label), key)
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.rework = QCheckBox(self.tr("Comebacks"))
        self.new_button = QPushButton(self.tr("New work order…"))
        self.model: RowTableModel[WorkOrderRow] = RowTableModel(ORDER_COLUMNS)
        self.view = table_view(self.model)
        self.editor = WorkOrderEditor(services)

        filters = QHBoxLayout()
        for w in (self.state, self.advisor, self.payer, self.period, self.since, self.until, self.rework):
            filters.addWidget(w)
        filters.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addLayout(filters)
        lv.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        lv.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = common.debounce(self, 150, self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.state, self.advisor, self.payer, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.rework.toggled.connect(lambda _c: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor.changed.connect(self._order_changed)
        self.editor.status.connect(self.status)
        self.new_button.clicked.connect(self.new_order)
        self.refresh()

    def current_filter(self) -> OrderFilter:
        state = self.state.currentData()
        states = list(OPEN_STATES) if state == "open" else [] if state == "all" else [state]
        since = until = None
        today = date.today()
        period = self.period.currentData()
        if period == "range":
            since, until = self.since.date().toPython(), self.until.date().toPython()
        if period == "today":
            since = today
        elif period == "week":
            since = today - timedelta(days=6)
        elif period == "month":
            since = today - timedelta(days=29)
        elif period == "year":
            since = today.replace(month=1, day=1)
        return OrderFilter(states=states, advisor_id=self.advisor.currentData(),
                           payer=self.payer.currentData(), since=since, until=until,
                           text=self.search.text(),
                           rework_only=self.rework.isChecked())

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "range"
        self.since.setVisible(custom)
        self.until.setVisible(custom)

    def refresh(self) -> None:
        self._timer.stop()  # called directly: a search typed just before is served by this call
        flt = self.current_filter()
        service = self.services.workorders

        def page(last: WorkOrderRow | None, n: int) -> list[WorkOrderRow]:
            return service.page(flt, last, n)

        try:
            self.model.reset(page(None, RowTableModel.PAGE), page)
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            return
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("%1 orders").replace("%1", f"{self.model.rowCount()}{more}"))

    def _row_changed(self, *_args: object) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            row = self.model.row(index.row())
            if self.editor.order is None or self.editor.order.id != row.id:
                self.editor.open(row.id)

    def _order_changed(self, order: WorkOrderDetail) -> None:
        """Refresh the order's line in the list, not the whole list."""
        for i, row in enumerate(self.model.rows()):
            if row.id == order.id:
                fresh = self.services.workorders.page(OrderFilter(text=order.number), limit=1)
                if fresh:
                    self.model.replace_row(i, fresh[0])
                return

    def open_order(self, order_id: int) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.id == order_id:
                self.view.selectRow(i)
                return
        self.editor.open(order_id)

    def new_order(self, vehicle_id: int | None = None) -> QWidget | None:
        if not vehicle_id:
            picker = PickVehicleDialog(self.services, self)
            self.dialog = picker
            picker.accepted.connect(lambda: self.new_order(picker.vehicle_id))
            picker.open()
            return picker
        vehicle = self.services.customers.get_vehicle(vehicle_id)
        dialog = ReceptionDialog(self.services, vehicle, self)
        dialog.saved.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, order: WorkOrderDetail) -> None:
        self.refresh()
        self.open_order(order.id)
        self.editor.lines_view.setFocus()
        self.status.emit(self.tr("Work order %1 opened.").replace("%1", order.number))




