"""事故 on the work order: whether the order is an accident case, its stage and who pays
what; a case opened here, or the case dialog opened (handed into the order editor by the
main window, like the other capabilities' tabs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.services.insurance.rules.cases import STATES
from desktop.services.workorders.records import WorkOrderDetail

from desktop.views.insurance.case_dialog import CaseDialog
from desktop.views.shared.formats import fmt_money


class AccidentTab(QWidget):
    order_changed = Signal(object)  # the fresh order: the split changed its lines

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order: WorkOrderDetail | None = None
        self.case_id: int | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton()
        self.open_button.setMinimumHeight(36)
        self.open_button.clicked.connect(lambda *_: self.do_open())
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addStretch(1)
        self.dialog: CaseDialog | None = None

    def show_order(self, order: WorkOrderDetail | None) -> None:
        self.order = order
        self.case_id = self.services.accidents.for_order(order.id) if order is not None else None
        if self.case_id is None:
            self.summary.setText(self.tr("Not an accident case. Open one when an insurer pays for this repair."))
            self.open_button.setText(self.tr("Open an accident case…"))
        else:
            case = self.services.accidents.get(self.case_id)
            self.summary.setText(
                f"<b>{case.number}</b> · {QCoreApplication.translate('Insurance', STATES[case.state])} · "
                f"{case.insurer} · {case.report_no}<br>"
                + self.tr("Insurer pays %1 · customer pays %2").replace("%1", fmt_money(case.split.insurer)).replace(
                    "%2", fmt_money(case.split.customer)))
            self.open_button.setText(self.tr("Open the case…"))
        self.open_button.setEnabled(order is not None and self.services.desk.may("insurance.manage")
                                    and bool(self.services.insurers.insurers()))

    def do_open(self) -> CaseDialog | None:
        if self.order is None:
            return None
        self.dialog = CaseDialog(self.services, case_id=self.case_id, order_id=self.order.id, parent=self)
        order_id = self.order.id
        self.dialog.finished.connect(lambda *_: self.order_changed.emit(self.services.workorders.get(order_id)))
        self.dialog.open()
        return self.dialog
