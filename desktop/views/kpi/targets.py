"""目标: the year's targets broken down to months, for the shop or one advisor or
technician, typed straight into the table (a value set by hand in bold; the rest is the
default split, in grey; emptying a cell goes back to the split); and the dealership's fixed
costs per month for service absorption.  A wrong value is said under the table and the
cell goes back; nothing is half-saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.kpi.rules.measures import MEASURES
from desktop.services.kpi.targets import TargetRow

from desktop.views.shared.common import tr_message

GREY = QBrush(QColor("#757575"))


def _k(text: str) -> str:
    return QCoreApplication.translate("KPI", text)


def _show(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != value.to_integral() else f"{value:,.0f}"


class TargetsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.whose = QComboBox()
        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.whose.currentIndexChanged.connect(lambda *_: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("Targets of")))
        bar.addWidget(self.whose)
        bar.addStretch(1)
        months = [self.tr("Month %1").replace("%1", str(m)) for m in range(1, 13)]
        self.table = QTableWidget(len(MEASURES), 13)
        self.table.setHorizontalHeaderLabels([self.tr("Year"), *months])
        self.table.setVerticalHeaderLabels([_k(m.name) for m in MEASURES.values()])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._target_changed)
        self.costs = QTableWidget(1, 12)
        self.costs.setHorizontalHeaderLabels(months)
        self.costs.setVerticalHeaderLabels([self.tr("Fixed costs (¥)")])
        self.costs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.costs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.costs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.costs.setFixedHeight(self.costs.horizontalHeader().sizeHint().height()
                                  + self.costs.verticalHeader().defaultSectionSize() + 4)
        self.costs.itemChanged.connect(self._cost_changed)
        self.costs_label = QLabel(self.tr("The dealership's fixed costs per month (rent, salaries, depreciation …): "
                                          "what service absorption measures the after-sales gross profit against."))
        self.costs_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.hint = QLabel(self.tr("Type a target into its cell. Bold: set by hand; grey: the year's target split "
                                   "over the months (and the people). Empty a cell to go back to the split."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.costs_label)
        layout.addWidget(self.costs)
        self._filling = False
        self._people_loaded = False

    def _load_people(self) -> None:
        self.whose.blockSignals(True)
        self.whose.clear()
        self.whose.addItem(self.tr("The shop"), (0, ""))
        for role, label in (("advisor", self.tr("Advisor")), ("technician", self.tr("Technician"))):
            for person in self.services.workorders.staff(role):
                self.whose.addItem(f"{label}: {person.name}", (person.id, role))
        self.whose.blockSignals(False)
        self._people_loaded = True

    def whom(self) -> tuple[int, str]:
        data = self.whose.currentData()
        return (int(data[0]), str(data[1])) if data else (0, "")

    def refresh(self) -> None:
        if not self.services.desk.may("kpi.view"):
            return
        if not self._people_loaded:
            self._load_people()
        person, role = self.whom()
        editable = self.services.desk.may("kpi.targets")
        rows = self.services.targets.table(self.year.value(), person, role)
        self._filling = True
        try:
            for r, row in enumerate(rows):
                self._fill(r, row, editable)
            costs = self.services.targets.fixed_costs(self.year.value())
            for c, cost in enumerate(costs):
                item = QTableWidgetItem(_show(cost.amount))
                item.setToolTip(cost.note)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.costs.setItem(0, c, item)
        finally:
            self._filling = False
        self.costs.setVisible(person == 0)
        self.costs_label.setVisible(person == 0)

    def _fill(self, r: int, row: TargetRow, editable: bool) -> None:
        unit = MEASURES[row.key].unit
        cells = [(row.year, row.year_own), *zip(row.months, row.own, strict=True)]
        for c, (value, own) in enumerate(cells):
            item = QTableWidgetItem(_show(value))
            item.setData(Qt.ItemDataRole.UserRole, row.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(unit)
            if own:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            else:
                item.setForeground(GREY)
            if not editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, c, item)

    def _target_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        person, role = self.whom()
        try:
            row = self.services.targets.set_target(self.year.value(), item.column(), key, item.text(), person, role)
        except ServiceError as exc:
            self.message.setText(f"{_k(MEASURES[key].name)}: {tr_message(exc.message)}")
            self.refresh()  # the cell goes back to what is kept
            return
        self.message.clear()
        self._filling = True
        try:
            self._fill(item.row(), row, True)
        finally:
            self._filling = False

    def _cost_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        month = date(self.year.value(), item.column() + 1, 1)
        try:
            self.services.targets.set_fixed_cost(month, item.text())
        except ServiceError as exc:
            label = self.tr("Fixed costs %1").replace("%1", f"{month:%Y-%m}")
            self.message.setText(label + ": " + tr_message(exc.message))
        else:
            self.message.clear()
        self.refresh()
