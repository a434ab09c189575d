"""The Inspection tab of a work order: what the car's last visit recommended and was not
done, the sheets on this order, a new sheet from a checklist, the proposal of the work
the findings call for, and the health report (or the PDI report) to print."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.inspection.records import InspectionView
from desktop.services.workorders.records import WorkOrderDetail

from desktop.views.inspection.labels import FINDINGS, KINDS, RESULTS, word
from desktop.views.inspection.sheet import SheetWidget, focus_first_open
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_date, tr_message


class InspectionTab(QWidget):
    order_changed = Signal(object)  # WorkOrderDetail: the findings' work was put on the order
    print_requested = Signal(str, str)  # document kind, title

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order: WorkOrderDetail | None = None
        self.sheets: list[InspectionView] = []
        self.last_time = QLabel()
        self.last_time.setWordWrap(True)
        self.last_time.setStyleSheet("background: #fff8e1; padding: 6px; border: 1px solid #ffe082;")
        self.choice = QComboBox()
        self.choice.setMinimumWidth(150)
        self.new_button = QPushButton(self.tr("New sheet…"))
        self.propose_button = QPushButton(self.tr("Findings → proposal for the customer"))
        self.report_button = QPushButton(self.tr("Print the report"))
        self.error = FieldError(self)
        self.sheet = SheetWidget(services)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Sheet")), self.choice, self.new_button, self.propose_button, self.report_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last_time)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.sheet, 1)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.do_new)
        self.propose_button.clicked.connect(self.do_propose)
        self.report_button.clicked.connect(self.do_report)
        self.sheet.changed.connect(self._sheet_changed)
        self.show_order(None)

    def show_order(self, order: WorkOrderDetail | None) -> None:
        self.order = order
        self.error.show_message("")
        self.setEnabled(order is not None)
        if order is None:
            self.sheets = []
            self.choice.clear()
            self.sheet.show_sheet(None)
            self.last_time.hide()
            return
        earlier = self.services.inspections.recommendations(order.vehicle_id, before_order_id=order.id)
        if earlier:
            first = earlier[0]
            text = self.tr("Recommended on %1 (%2), not done yet:").replace("%1", fmt_date(first.day)).replace(
                "%2", first.order_number)
            self.last_time.setText(text + " " + "；".join(
                f"{r.label}（{word(FINDINGS, r.finding)}{'，' + r.detail if r.detail else ''}）" for r in earlier))
        self.last_time.setVisible(bool(earlier))
        keep = self.sheet.view.id if self.sheet.view else None
        self._load(keep)

    def _load(self, select_id: int | None = None) -> None:
        assert self.order is not None
        self.sheets = self.services.inspections.for_order(self.order.id)
        self.choice.blockSignals(True)
        self.choice.clear()
        for x in self.sheets:
            self.choice.addItem(f"{x.checklist} · {word(RESULTS, x.result)} · {x.created_at.astimezone():%m-%d %H:%M}",
                                x.id)
        index = self.choice.findData(select_id) if select_id is not None else -1
        self.choice.setCurrentIndex(index if index >= 0 else len(self.sheets) - 1)  # the newest by default
        self.choice.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        ident = self.choice.currentData()
        view = next((x for x in self.sheets if x.id == ident), None)
        self.sheet.show_sheet(view)
        self._enable()

    def _enable(self) -> None:
        o = self.order
        closed = o is None or o.state in ("delivered", "released", "cancelled")
        self.new_button.setEnabled(not closed and self.services.desk.may("orders.work"))
        finished = [x for x in self.sheets if x.finished_at is not None]
        flagged = any(a.finding != "ok" and not a.work and (i.operation_code or i.part_number)
                      for x in finished if x.kind == "inspection" for i in x.items
                      for a in [x.answers.get(i.id)] if a is not None)  # work the catalogue has
        self.propose_button.setEnabled(not closed and flagged)
        view = self.sheet.view
        self.report_button.setEnabled(view is not None and view.finished_at is not None)

    def do_report(self) -> None:
        """The health report of an inspection sheet, the PDI report of a PDI."""
        view = self.sheet.view
        if view is not None and view.kind == "pdi":
            self.print_requested.emit("pdi", self.tr("PDI report"))
        elif view is not None:
            self.print_requested.emit("health-report", self.tr("Health report"))

    def _sheet_changed(self, view: InspectionView) -> None:
        self.sheets = [view if x.id == view.id else x for x in self.sheets]
        index = self.choice.findData(view.id)
        if index >= 0:
            self.choice.setItemText(index, f"{view.checklist} · {word(RESULTS, view.result)} · "
                                           f"{view.created_at.astimezone():%m-%d %H:%M}")
        self._enable()

    def do_new(self) -> None:
        if self.order is None:
            return
        lists = [c for c in self.services.checklists.checklists() if c.kind in ("inspection", "pdi")]
        names = [f"{c.name}（{word(KINDS, c.kind)}）" for c in lists]
        choice = common.ask_item(self, self.tr("New sheet"), self.tr("Checklist:"), names)
        if choice is None:
            return
        try:
            view = self.services.inspections.start(self.order.id, lists[names.index(choice)].id)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self._load(view.id)
        focus_first_open(self.sheet)

    def do_propose(self) -> None:
        if self.order is None:
            return
        try:
            fresh = self.services.inspections.propose(self.order.id, self.order.version)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.order_changed.emit(fresh)


class SheetDialog(QDialog):
    """The Inspection tab of one order on its own (the workshop kiosk opens it for the
    technician signed in there)."""

    def __init__(self, services: Services, order: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{order.number} {order.plate}")
        self.resize(1000, 680)
        self.tab = InspectionTab(services)
        self.tab.show_order(order)
        self.tab.print_requested.connect(self._print)
        close = QPushButton(self.tr("Close"))
        close.setMinimumHeight(40)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab, 1)
        layout.addWidget(close)
        self.services, self.order = services, order
        self.preview: QWidget | None = None

    def _print(self, kind: str, title: str) -> None:
        from desktop.views.shared.print_preview import show_document

        order_id, number = self.order.id, self.order.number
        self.preview = show_document(self, lambda lang: self.services.documents.render(kind, order_id, lang), kind,
                                     f"{title} {number}", f"{number}-{kind}.pdf")
