"""召回活动: the recall campaigns and technical updates, each with the cars it affects, how
many are done and the completion rate; the manufacturer's file imported (its bad rows named,
nothing half-imported); the cars still to do, on file first, with the last call, and a call
logged in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.core.sheets import ImportFailed
from desktop.services.warranty.recalls import OUTCOMES, CampaignRow, OpenCar

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_datetime, tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

KINDS = {"recall": QT_TRANSLATE_NOOP("Recalls", "Recall"), "update": QT_TRANSLATE_NOOP("Recalls", "Update")}
CALLS = {
    "not_reached": QT_TRANSLATE_NOOP("Recalls", "not reached"),
    "will_come": QT_TRANSLATE_NOOP("Recalls", "will come"),
    "booked": QT_TRANSLATE_NOOP("Recalls", "booked"),
    "refused": QT_TRANSLATE_NOOP("Recalls", "refused"),
    "sold": QT_TRANSLATE_NOOP("Recalls", "car sold"),
}


def _r(text: str) -> str:
    return QCoreApplication.translate("Recalls", text)


CAMPAIGN_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Campaign"), 90),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), 220),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 60, fmt=lambda k: _r(KINDS.get(k, k))),
    Column("affected", QT_TRANSLATE_NOOP("Columns", "Affected"), 60, RIGHT),
    Column("on_file", QT_TRANSLATE_NOOP("Columns", "Our cars"), 60, RIGHT),
    Column("done", QT_TRANSLATE_NOOP("Columns", "Done"), 50, RIGHT),
    Column("rate", QT_TRANSLATE_NOOP("Columns", "Completion"), 70, RIGHT, fmt=lambda r: f"{r:.0%}"),
)
CAR_COLUMNS = (
    Column("vin", QT_TRANSLATE_NOOP("Columns", "VIN"), 150),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 90),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("last_call_at", QT_TRANSLATE_NOOP("Columns", "Last call"), 120, fmt=fmt_datetime),
    Column("last_outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), 80, fmt=lambda k: _r(CALLS[k]) if k else ""),
)


class RecallsPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.campaigns: RowTableModel[CampaignRow] = RowTableModel(CAMPAIGN_COLUMNS)
        self.campaign_view = table_view(self.campaigns)
        self.cars: RowTableModel[OpenCar] = RowTableModel(CAR_COLUMNS)
        self.car_view = table_view(self.cars)
        self.error = FieldError(self)
        self.import_button = QPushButton(self.tr("Import the manufacturer's file…"))
        self.call_button = QPushButton(self.tr("Log a call…"))
        self.import_button.clicked.connect(self.do_import)
        self.call_button.clicked.connect(self.do_call)
        title = QLabel(self.tr("Recall campaigns and technical updates"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        calls = QHBoxLayout()
        calls.addWidget(QLabel(self.tr("Not done yet (our cars first):")))
        calls.addStretch(1)
        calls.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.campaign_view, 1)
        layout.addLayout(calls)
        layout.addWidget(self.car_view, 2)
        self.campaign_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_cars())
        self.car_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        row = self.campaign_view.currentIndex().row()
        self.campaigns.reset(self.services.recalls.campaigns())
        self.import_button.setEnabled(self.services.desk.may("warranty.manage"))
        if self.campaigns.rowCount():
            self.campaign_view.selectRow(max(0, min(row, self.campaigns.rowCount() - 1)))
        self.show_cars()

    def current(self) -> CampaignRow | None:
        index = self.campaign_view.currentIndex()
        return self.campaigns.row(index.row()) if index.isValid() else None

    def show_cars(self) -> None:
        c = self.current()
        self.cars.reset(self.services.recalls.not_done(c.id) if c else [])
        self._enable()

    def _enable(self) -> None:
        index = self.car_view.currentIndex()
        car = self.cars.row(index.row()) if index.isValid() else None
        self.call_button.setEnabled(car is not None and car.vehicle_id is not None
                                    and self.services.desk.may("followups.call"))

    def do_import(self, path: str | None = None) -> bool:
        name = path or common.choose_open_file(self, self.tr("The manufacturer's campaign file"),
                                               "CSV / Excel (*.csv *.xlsx)")
        if not name:
            return False
        self.error.show_message("")
        try:
            report = self.services.recalls.import_campaign(Path(name))
        except ImportFailed as exc:
            lines = [tr_message(exc.message)] + [
                self.tr("Row %1: %2").replace("%1", str(e.row)).replace("%2", tr_message(e.message))
                for e in exc.errors[:12]]
            self.error.show_message("<br>".join(lines))
            return False
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return False
        self.refresh()
        self.status.emit(self.tr("%1 campaign(s) imported: %2 cars, %3 of them ours.").replace(
            "%1", str(report.campaigns)).replace("%2", str(report.vehicles)).replace("%3", str(report.on_file)))
        return True

    def do_call(self) -> None:
        c, index = self.current(), self.car_view.currentIndex()
        car = self.cars.row(index.row()) if index.isValid() else None
        if c is None or car is None or car.vehicle_id is None:
            return
        names = [_r(CALLS[k]) for k in OUTCOMES]
        choice = common.ask_item(self, self.tr("Call about %1").replace("%1", c.code), self.tr("What came of it?"),
                                 names)
        if choice is None:
            return
        try:
            self.services.recalls.log_call(c.id, car.vehicle_id, OUTCOMES[names.index(choice)])
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.show_cars()
