"""车间看板: the workshop board a foreman can leave on a wall display.

Every car in the shop with plate, state, technician, bay and promised time (overdue in
red, waiting for parts marked); the technicians and bays, free or busy.  Drag a car onto
a technician or a bay to dispatch it.  It refreshes itself, so changes made at the desk or
on another workstation show up within seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.workorders.records import Board, BoardCar

from desktop.views.shared.common import fmt_datetime, tr_message
from desktop.views.shared.formats import state_label
from desktop.views.shared.table_model import DARK_TEXT, Column, RowTableModel, table_view

if TYPE_CHECKING:
    from desktop.views.workorders.tv import TvBoard

MIME = "application/x-servicebay-work-order"
REFRESH_MS = 15_000

CAR_COLUMNS = (
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 110),
    Column("vehicle", QT_TRANSLATE_NOOP("Columns", "Vehicle"), 140),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 100),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 110, fmt=state_label),
    Column("technician", QT_TRANSLATE_NOOP("Columns", "Technician"), 90),
    Column("bay", QT_TRANSLATE_NOOP("Columns", "Bay"), 80),
    Column("promised_at", QT_TRANSLATE_NOOP("Columns", "Promised"), 140, fmt=fmt_datetime),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), 120),
)

_Index = QModelIndex | QPersistentModelIndex


class BoardModel(RowTableModel[BoardCar]):
    """Cars on the board; a row can be dragged (it carries the order's id and version)."""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if indexes:
            car = self.row(indexes[0].row())
            data.setData(MIME, QByteArray(f"{car.id}:{car.version}".encode()))
        return data

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.row(index.row()).overdue:
            return QColor("#c62828")
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.row(index.row()).waiting_parts:
            return QColor(DARK_TEXT)  # on the cream background, also in a dark theme
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.row(index.row()).waiting_parts:
            return QColor("#fff3cd")
        return super().data(index, role)


def order_from_mime(data: QMimeData) -> tuple[int, int] | None:
    if not data.hasFormat(MIME):
        return None
    raw = bytes(data.data(MIME).data()).decode()
    order_id, _, version = raw.partition(":")
    return int(order_id), int(version)


class DropList(QListWidget):
    """Technicians or bays: drop a car on one to dispatch it there."""

    dropped = Signal(int, int, int)  # order id, version, target id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME) and self.itemAt(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        order = order_from_mime(event.mimeData())
        item = self.itemAt(event.position().toPoint())
        if order is None or item is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(order[0], order[1], item.data(Qt.ItemDataRole.UserRole))


class BoardPage(QWidget):
    status = Signal(str)
    open_order = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.board: Board | None = None
        self.tv: TvBoard | None = None  # the board on the TV, once shown
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 3)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.load = QLabel()  # the appointments' load, today and tomorrow
        self.model = BoardModel(CAR_COLUMNS)
        self.cars = table_view(self.model, row_height=32)  # read from across the workshop
        self.cars.setFont(big)
        self.cars.setDragEnabled(True)
        self.cars.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        for i, c in enumerate(CAR_COLUMNS):
            self.cars.setColumnWidth(i, c.width + 20)
        self.cars.doubleClicked.connect(self._open)
        self.technicians = DropList()
        self.technicians.setFont(big)
        self.bays = DropList()
        self.bays.setFont(big)
        self.technicians.dropped.connect(lambda o, v, t: self.dispatch(o, v, technician_id=t))
        self.bays.dropped.connect(lambda o, v, b: self.dispatch(o, v, bay_id=b))

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Technicians (drop a car here)")))
        side.addWidget(self.technicians, 2)
        side.addWidget(QLabel(self.tr("Bays (drop a car here)")))
        side.addWidget(self.bays, 1)
        body = QHBoxLayout()
        body.addWidget(self.cars, 3)
        body.addLayout(side, 1)
        self.tv_button = QPushButton(self.tr("Show on the TV"))
        self.tv_button.setToolTip(self.tr("The board full screen on the second monitor, read-only, large type "
                                          "(Esc closes it)"))
        self.tv_button.clicked.connect(lambda *_: self.show_on_tv())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.tv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.load)
        layout.addWidget(self.error)
        self.panels: list[QWidget] = []  # another capability's line (the rescues under way), handed in
        self.panel_box = QVBoxLayout()
        layout.addLayout(self.panel_box)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh()

    def add_panel(self, panel: QWidget) -> None:
        """A line of another capability above the cars; it has ``refresh()``, called with the board's."""
        self.panels.append(panel)
        self.panel_box.addWidget(panel)
        panel.refresh()  # type: ignore[attr-defined]

    def show_on_tv(self) -> QWidget:
        from desktop.views.workorders.tv import TvBoard

        if self.tv is None or not self.tv.isVisible():
            self.tv = TvBoard(self.services)
        self.tv.show_on_tv()
        return self.tv

    def show_load(self) -> None:
        """Booked hours against the technicians' hours, today and tomorrow."""
        from datetime import date, timedelta

        parts = []
        for title, day in ((self.tr("today"), date.today()), (self.tr("tomorrow"), date.today() + timedelta(days=1))):
            booked, available = self.services.appointments.load(day)
            parts.append(self.tr("%1 booked %2 h of %3 h").replace("%1", title).replace("%2", str(booked)).replace(
                "%3", str(available)))
        self.load.setText(self.tr("Appointments: ") + " · ".join(parts))

    def _tick(self) -> None:
        """The live refresh asks the database only while the board is on screen."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        try:
            board = self.services.workorders.board()
        except ServiceError as exc:
            self.error.setText(tr_message(exc.message))
            return
        self.board = board
        selected = self.cars.currentIndex().row()
        self.model.reset(board.cars)
        if 0 <= selected < len(board.cars):
            self.cars.selectRow(selected)
        overdue = sum(c.overdue for c in board.cars)
        waiting = sum(c.waiting_parts for c in board.cars)
        washing = sum(c.state == "washing" for c in board.cars)
        self.summary.setText(
            self.tr("%1 cars in the shop · %2 waiting for parts · %3 at the wash · %4 late, customer not told · "
                    "%5 technicians free")
            .replace("%1", str(len(board.cars))).replace("%2", str(waiting)).replace("%3", str(washing))
            .replace("%4", str(overdue)).replace("%5", str(len(board.free_technicians))))
        self.show_load()
        for panel in getattr(self, "panels", ()):
            panel.refresh()  # type: ignore[attr-defined]
        self.technicians.clear()
        for tech, load in board.technicians:
            text = self.tr("%1 — free").replace("%1", tech.name) if load == 0 else \
                self.tr("%1 — %2 car(s)").replace("%1", tech.name).replace("%2", str(load))
            item = QListWidgetItem(text, self.technicians)
            item.setData(Qt.ItemDataRole.UserRole, tech.id)
            if load == 0:
                item.setForeground(QColor("#2e7d32"))
        self.bays.clear()
        for bay, plate in board.bays:
            text = self.tr("%1 — free").replace("%1", bay.name) if not plate else f"{bay.name} — {plate}"
            item = QListWidgetItem(text, self.bays)
            item.setData(Qt.ItemDataRole.UserRole, bay.id)
            if not plate:
                item.setForeground(QColor("#2e7d32"))

    def dispatch(self, order_id: int, version: int, *, technician_id: int | None = None,
                 bay_id: int | None = None) -> bool:
        self.error.setText("")
        try:
            order = self.services.workorders.dispatch(order_id, version, technician_id=technician_id,
                                                      bay_id=bay_id)
        except ServiceError as exc:
            self.error.setText(tr_message(exc.message))
            self.refresh()
            return False
        self.refresh()
        self.status.emit(self.tr("%1 dispatched.").replace("%1", order.plate or order.number))
        return True

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_order.emit(self.model.row(index.row()).id)
