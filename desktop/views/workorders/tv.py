"""The workshop board on a TV (电视看板): full screen on the second monitor, read-only, in
type large enough to read across the workshop or the customer lounge.  Plate, car, state,
technician, bay and promised time (late in red, waiting for parts on cream) — no customer
names, since customers see it.  It refreshes itself and pages through the cars when they
do not fit; Esc or a double click closes it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.workorders.records import BoardCar

from desktop.views.shared.common import tr_message
from desktop.views.shared.formats import state_label

REFRESH_MS = 15_000
PAGE_MS = 10_000  # each page of cars stays this long


class TvBoard(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.setWindowTitle(self.tr("Workshop board"))
        self.setStyleSheet("background: #101418; color: #f5f5f5;")
        self.title = QLabel()
        self.clock = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Plate"), self.tr("Vehicle"), self.tr("State"),
                                              self.tr("Technician"), self.tr("Bay"), self.tr("Promised")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        self.cars: list[BoardCar] = []
        self.late = ""
        self.page = 0
        self.refresher = QTimer(self)
        self.refresher.setInterval(REFRESH_MS)
        self.refresher.timeout.connect(self.refresh)
        self.pager = QTimer(self)
        self.pager.setInterval(PAGE_MS)
        self.pager.timeout.connect(self.next_page)
        self._scale(720)

    def _scale(self, height: int) -> None:
        """Type sized to the screen: about eighteen rows of cars on any TV."""
        row = max(28, height // 22)
        font = QFont(self.font())
        font.setPixelSize(int(row * 0.55))
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(row)
        self.table.setStyleSheet(  # the header's type too: a style sheet would otherwise keep it small
            "QTableWidget { gridline-color: #37474f; border: none; } QHeaderView::section { background: #263238; "
            f"color: #f5f5f5; border: none; font-size: {int(row * 0.45)}px; }}")
        for label, factor in ((self.title, 0.8), (self.clock, 0.6), (self.footer, 0.5)):
            big = QFont(self.font())
            big.setPixelSize(int(row * factor))
            big.setBold(label is self.title)
            label.setFont(big)

    def show_on_tv(self) -> None:
        """Full screen on the last screen (the TV when one is connected), then live."""
        screens = QGuiApplication.screens()
        if screens:
            screen = screens[-1]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self._scale(screen.geometry().height())
        self.showFullScreen()
        self.refresh()
        self.refresher.start()
        self.pager.start()

    def rows_per_page(self) -> int:
        return max(1, (self.table.viewport().height() or 600) // max(1, self.table.verticalHeader().defaultSectionSize()))

    def refresh(self) -> None:
        try:
            board = self.services.workorders.board()
        except ServiceError as exc:  # the server out of reach: say so, keep the last picture
            self.footer.setText(tr_message(exc.message))
            return
        self.cars = list(board.cars)
        overdue = sum(c.overdue for c in board.cars)
        waiting = sum(c.waiting_parts for c in board.cars)
        self.title.setText(self.tr("%1 cars in the workshop · %2 waiting for parts · %3 technicians free")
                           .replace("%1", str(len(board.cars))).replace("%2", str(waiting))
                           .replace("%3", str(len(board.free_technicians))))
        self.late = self.tr("%1 late").replace("%1", str(overdue)) if overdue else ""
        self.page = min(self.page, max(0, (len(self.cars) - 1) // self.rows_per_page()))
        self.show_page()

    def next_page(self) -> None:
        pages = max(1, -(-len(self.cars) // self.rows_per_page()))
        self.page = (self.page + 1) % pages
        self.show_page()

    def show_page(self) -> None:
        per = self.rows_per_page()
        shown = self.cars[self.page * per:(self.page + 1) * per]
        pages = max(1, -(-len(self.cars) // per))
        self.clock.setText(datetime.now().strftime("%H:%M"))
        self.table.setRowCount(len(shown))
        for r, car in enumerate(shown):
            promised = ""
            if car.promised_at is not None:  # today's by the hour, another day's with its date
                when = car.promised_at.astimezone()
                promised = when.strftime("%H:%M" if when.date() == datetime.now().date() else "%m-%d %H:%M")
            for c, value in enumerate((car.plate, car.vehicle, state_label(car.state), car.technician, car.bay,
                                       promised)):
                item = QTableWidgetItem(value or "")
                if car.overdue:
                    item.setForeground(QColor("#ff5252"))
                elif car.waiting_parts:
                    item.setForeground(QColor("#101418"))
                    item.setBackground(QColor("#fff3cd"))
                self.table.setItem(r, c, item)
        page_text = self.tr("page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(pages)) \
            if pages > 1 else ""
        self.footer.setText(" · ".join(x for x in (self.late, page_text) if x))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.close()

    def closeEvent(self, event: object) -> None:
        self.refresher.stop()
        self.pager.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
