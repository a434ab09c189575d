"""The Warranty tab of a work order (and the same panel for a car from the customer file):
per component in or out of cover, until when and how many km, how much is left, why not;
the flags a person must look at (a gap in the maintenance here, an odometer that went
backwards), the free inspections ahead; the exclusions recorded (lifted only by a
manager) and the extended-warranty contracts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.warranty.cover import Coverage
from desktop.services.warranty.recalls import OpenRecall
from desktop.services.warranty.rules.coverage import COMPONENTS, EXCLUSIONS, reason_text
from desktop.services.workorders.records import WorkOrderDetail

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, fmt_date, tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _w(text: str) -> str:
    return QCoreApplication.translate("Warranty", text)


@dataclass(frozen=True)
class Row:
    component: str
    covered: bool
    ends_on: date | None
    ends_km: int | None
    days_left: int | None
    km_left: int | None
    why: str


COLUMNS = (
    Column("component", QT_TRANSLATE_NOOP("Columns", "Component"), 170, fmt=lambda k: _w(COMPONENTS.get(k, k))),
    Column("covered", QT_TRANSLATE_NOOP("Columns", "Covered"), 60,
           fmt=lambda c: "✓" if c else "✗", alert=lambda r: not r.covered),
    Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Until"), 90, fmt=fmt_date),
    Column("ends_km", QT_TRANSLATE_NOOP("Columns", "Up to km"), 80, RIGHT, fmt=lambda v: f"{v:,}" if v else ""),
    Column("days_left", QT_TRANSLATE_NOOP("Columns", "Days left"), 70, RIGHT,
           fmt=lambda v: f"{v:,}" if v is not None and v >= 0 else ""),
    Column("km_left", QT_TRANSLATE_NOOP("Columns", "Km left"), 70, RIGHT,
           fmt=lambda v: f"{v:,}" if v is not None and v >= 0 else ""),
    Column("why", QT_TRANSLATE_NOOP("Columns", "Why not"), 220),
)


def rows_of(cover: Coverage) -> list[Row]:
    return [Row(c.component, c.covered, c.ends_on, c.ends_km, c.days_left, c.km_left,
                "" if c.covered else tr_message(reason_text(c))) for c in cover.covers]


class ExclusionDialog(FormDialog):
    def __init__(self, services: Services, vehicle_id: int, order_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Record an exclusion"))
        self.services, self.vehicle_id, self.order_id = services, vehicle_id, order_id
        self.reason = QComboBox()
        self.reason.addItem("", "")
        for key, text in EXCLUSIONS.items():
            self.reason.addItem(_w(text), key)
        self.component = QComboBox()
        self.component.addItem(self.tr("the whole car"), "")
        for key, text in COMPONENTS.items():
            self.component.addItem(_w(text), key)
        self.note = QLineEdit()
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Exclusion"), self.errors.add("reason", self.reason))
        form.addRow(self.tr("For"), self.errors.add("component", self.component))
        form.addRow(self.tr("What was found"), self.errors.add("note", self.note))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        if self.attempt(lambda: self.services.warranty.exclude(
                self.vehicle_id, self.reason.currentData(), self.note.text(), self.component.currentData(),
                self.order_id), self.errors) is not None:
            self.accept()


class ExtensionDialog(FormDialog):
    def __init__(self, services: Services, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Extended warranty"))
        self.services, self.vehicle_id = services, vehicle_id
        self.component = QComboBox()
        for key, text in COMPONENTS.items():
            self.component.addItem(_w(text), key)
        self.months = QLineEdit("12")
        self.km = QLineEdit("0")
        self.contract = QLineEdit()
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Component"), self.errors.add("component", self.component))
        form.addRow(self.tr("More months"), self.errors.add("months", self.months))
        form.addRow(self.tr("More km"), self.errors.add("km", self.km))
        form.addRow(self.tr("Contract no."), self.contract)
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        if self.attempt(lambda: self.services.warranty.add_extension(
                self.vehicle_id, self.component.currentData(), self.months.text(), self.km.text(),
                self.contract.text(), date.today()), self.errors) is not None:
            self.accept()


class CoveragePanel(QWidget):
    """The cover of one car, on a day and at a reading."""

    order_changed = Signal(object)  # WorkOrderDetail: a campaign's work was put on the order

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cover: Coverage | None = None
        self.order_id: int | None = None
        self.open_recalls: list[OpenRecall] = []
        self.dialog: QWidget | None = None
        self.head = QLabel()
        self.head.setStyleSheet("font-weight: bold;")
        self.recalls = QLabel()  # open recall campaigns: the banner
        self.recalls.setWordWrap(True)
        self.recalls.setStyleSheet("background: #ffebee; color: #b71c1c; padding: 6px; font-weight: bold;")
        self.recall_button = QPushButton(self.tr("Add the campaign to this order"))
        self.recall_button.clicked.connect(self.do_add_recall)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("background: #fff8e1; padding: 6px; border: 1px solid #ffe082;")
        self.model: RowTableModel[Row] = RowTableModel(COLUMNS)
        self.table = table_view(self.model)
        self.exclusions = QListWidget()
        self.exclusions.setMaximumHeight(90)
        self.extensions = QLabel()
        self.error = FieldError(self)
        self.exclude_button = QPushButton(self.tr("Record an exclusion…"))
        self.lift_button = QPushButton(self.tr("Lift the exclusion…"))
        self.extend_button = QPushButton(self.tr("Extended warranty…"))
        self.exclude_button.clicked.connect(self.do_exclude)
        self.lift_button.clicked.connect(self.do_lift)
        self.extend_button.clicked.connect(self.do_extend)
        bar = QHBoxLayout()
        for b in (self.exclude_button, self.lift_button, self.extend_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        banner = QHBoxLayout()
        banner.addWidget(self.recalls, 1)
        banner.addWidget(self.recall_button)
        layout.addLayout(banner)
        layout.addWidget(self.flags)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Exclusions recorded")))
        layout.addWidget(self.exclusions)
        layout.addWidget(self.extensions)
        layout.addLayout(bar)
        layout.addWidget(self.error)

    def show_cover(self, cover: Coverage | None, order_id: int | None = None) -> None:
        self.cover, self.order_id = cover, order_id
        self.setEnabled(cover is not None)
        if cover is None:
            self.model.reset([])
            self.head.setText("")
            self.flags.hide()
            self.recalls.hide()
            self.recall_button.hide()
            return
        self.open_recalls = self.services.recalls.open_for(cover.vehicle_id)
        self.recalls.setText(self.tr("Open campaign: %1").replace("%1", "；".join(
            f"{r.code} {r.title}" for r in self.open_recalls)))
        self.recalls.setVisible(bool(self.open_recalls))
        self.recall_button.setVisible(bool(self.open_recalls) and order_id is not None)
        if not cover.covers:
            self.head.setText(self.tr("No warranty policy on file for this make and series (System → Warranty)."))
        else:
            self.head.setText(self.tr("Warranty from %1 · at %2 km").replace(
                "%1", fmt_date(cover.start) or self.tr("(no start date)")).replace("%2", f"{cover.km:,}"))
        self.model.reset(rows_of(cover))
        flags = []
        if cover.odometer_back:
            flags.append(self.tr("The odometer went backwards on %1: a tampered odometer is an exclusion — "
                                 "check it.").replace("%1", fmt_date(cover.odometer_back)))
        if cover.service_gap:
            first, last = cover.service_gap
            flags.append(self.tr("No maintenance at this shop between %1 and %2: check the maintenance book "
                                 "(another authorised shop counts).").replace("%1", fmt_date(first))
                         .replace("%2", fmt_date(last)))
        if cover.free_inspections:
            flags.append(self.tr("Free inspections ahead at %1 km.").replace(
                "%1", ", ".join(f"{k:,}" for k in cover.free_inspections)))
        sanbao = self.services.tech_reports.sanbao(cover.vehicle_id)
        if sanbao.in_period and (sanbao.repairs or sanbao.alert):
            flags.append(self.tr("三包 until %1: %2 warranty repair(s), %3 day(s) off the road.").replace(
                "%1", fmt_date(sanbao.ends_on)).replace("%2", str(sum(sanbao.repairs.values()))).replace(
                "%3", str(sanbao.days_off)) + " " + " ".join(tr_message(m) for m in (*sanbao.reached, *sanbao.near)))
        self.flags.setText("\n".join(flags))
        self.flags.setVisible(bool(flags))
        self.exclusions.clear()
        for _id, component, reason, note in cover.exclusions:
            what = _w(COMPONENTS[component]) if component in COMPONENTS else self.tr("the whole car")
            self.exclusions.addItem(f"{what}: {_w(EXCLUSIONS.get(reason, reason))} — {note}")
        self.extensions.setText("; ".join(
            self.tr("Extended: %1 +%2 months +%3 km (%4)").replace("%1", _w(COMPONENTS.get(c, c)))
            .replace("%2", str(m)).replace("%3", f"{k:,}").replace("%4", no) for _i, c, m, k, no in cover.extensions))
        may = self.services.desk.may("warranty.manage")
        self.exclude_button.setEnabled(may)
        self.extend_button.setEnabled(may)
        self.lift_button.setEnabled(bool(cover.exclusions))

    def _reload(self) -> None:
        if self.cover is None:
            return
        fresh = (self.services.warranty.coverage_of_order(self.order_id) if self.order_id is not None
                 else self.services.warranty.coverage(self.cover.vehicle_id))
        self.show_cover(fresh, self.order_id)

    def do_exclude(self) -> QWidget | None:
        if self.cover is None:
            return None
        dialog = ExclusionDialog(self.services, self.cover.vehicle_id, self.order_id, self)
        dialog.accepted.connect(self._reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_extend(self) -> QWidget | None:
        if self.cover is None:
            return None
        dialog = ExtensionDialog(self.services, self.cover.vehicle_id, self)
        dialog.accepted.connect(self._reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_add_recall(self) -> None:
        """The first open campaign's labour and parts on this order (the manufacturer pays)."""
        if self.order_id is None or not self.open_recalls:
            return
        order = self.services.workorders.get(self.order_id)
        try:
            self.services.recalls.add_to_order(order.id, order.version, self.open_recalls[0].campaign_id)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.order_changed.emit(self.services.workorders.get(order.id))

    def do_lift(self) -> None:
        row = self.exclusions.currentRow()
        if self.cover is None or not 0 <= row < len(self.cover.exclusions):
            return
        why = common.ask_text(self, self.tr("Lift the exclusion"), self.tr("Why is it lifted?"))
        if why is None:
            return
        ident = self.cover.exclusions[row][0]
        try:
            common.run_approved(self, self.services, lambda: self.services.warranty.lift_exclusion(ident, why))
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self._reload()


class CoverageTab(CoveragePanel):
    """On the work order: the cover on the day the car came in, at its reception reading."""

    def show_order(self, order: WorkOrderDetail | None) -> None:
        if order is None:
            self.show_cover(None)
            return
        self.show_cover(self.services.warranty.coverage_of_order(order.id), order.id)


class CoverageDialog(QDialog):
    """A car's cover today, from the customer file."""

    def __init__(self, services: Services, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Warranty"))
        self.resize(860, 520)
        self.panel = CoveragePanel(services)
        self.panel.show_cover(services.warranty.coverage(vehicle_id))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
