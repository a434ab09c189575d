"""The work order's clocked time (工时记录): each technician's stretches on its labour lines,
the clocked hours against the standard hours of each line, and the foreman's correction
of a wrong clocking (with the reason; audited)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.workorders.clock import ClockingView, clocked
from desktop.services.workorders.records import WorkOrderDetail

from desktop.views.shared.common import FieldError, fmt_datetime
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view
from desktop.views.workorders.kiosk import CorrectDialog

CLOCK_COLUMNS = (
    Column("staff", QT_TRANSLATE_NOOP("Columns", "Technician"), 80),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Job"), 160),
    Column("started_at", QT_TRANSLATE_NOOP("Columns", "Started"), 120, fmt=fmt_datetime),
    Column("ended_at", QT_TRANSLATE_NOOP("Columns", "Ended"), 120, fmt=lambda v: fmt_datetime(v) if v else "…"),
    Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), 60, RIGHT, value=lambda c: f"{c.hours:.2f}"),
    Column("correction_reason", QT_TRANSLATE_NOOP("Columns", "Corrected"), 180,
           value=lambda c: f"{c.corrected_by}: {c.correction_reason}" if c.corrected_by else ""),
)


class ClockTab(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order: WorkOrderDetail | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: RowTableModel[ClockingView] = RowTableModel(CLOCK_COLUMNS)
        self.view = table_view(self.model)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Correct the clocking…"))
        self.correct_button.clicked.connect(self.correct)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FieldError(self)
        layout.addWidget(self.error)

    def show_order(self, order: WorkOrderDetail | None) -> None:
        self.order = order
        if order is None:
            self.model.reset([])
            self.summary.setText("")
            return
        clockings = self.services.clock.clockings(order.id)  # one query: the hours come from the same rows
        self.model.reset(clockings)
        hours = clocked(((c.line_id, c.started_at, c.ended_at) for c in clockings), datetime.now(UTC))
        parts = [self.tr("%1: %2 h clocked of %3 h standard").replace("%1", line.description)
                 .replace("%2", f"{hours.get(line.id, 0):.2f}").replace("%3", f"{line.quantity:.2f}")
                 for line in order.lines if line.kind == "labour"]
        self.summary.setText("<br>".join(parts) or self.tr("No labour on this order."))
        self.correct_button.setVisible(self.services.desk.may("clock.correct"))

    def correct(self) -> QWidget | None:
        index = self.view.currentIndex()
        clocking = self.model.row(index.row()) if index.isValid() else None
        if clocking is None:
            return None
        dialog = CorrectDialog(self.services.clock, clocking, self)
        dialog.accepted.connect(lambda: self.show_order(self.order))
        self.dialog = dialog
        dialog.open()
        return dialog
