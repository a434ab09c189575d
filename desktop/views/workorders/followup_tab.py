"""The work order's follow-up (回访): the calls made about this visit with their scores,
and the complaints linked to it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.aftercare.records import ContactRow
from desktop.services.container import Services
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.shared.common import fmt_datetime
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

CALL_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), 125, fmt=fmt_datetime),
    Column("by", QT_TRANSLATE_NOOP("Columns", "By"), 70),
    Column("reached", QT_TRANSLATE_NOOP("Columns", "Reached"), 60, fmt=lambda v: "✓" if v else "✗"),
    Column("average", QT_TRANSLATE_NOOP("Columns", "Average"), 60, RIGHT,
           fmt=lambda v: "" if v is None else str(v)),
    Column("scores", QT_TRANSLATE_NOOP("Columns", "Scores"), 110,
           fmt=lambda v: "/".join("-" if x is None else str(x) for x in v.values())),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "What the customer said"), 300),
)


class FollowUpTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model: RowTableModel[ContactRow] = RowTableModel(CALL_COLUMNS)
        self.complaints = QLabel()
        self.complaints.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table_view(self.model), 1)
        layout.addWidget(self.complaints)

    def show_order(self, order_id: int | None) -> None:
        if order_id is None:
            self.model.reset([])
            self.complaints.setText("")
            return
        self.model.reset(self.services.aftercare.of_order(order_id))
        found = self.services.complaints.of_order(order_id)
        self.complaints.setText(self.tr("Complaints: %1").replace(
            "%1", ", ".join(f"{c.number} ({c.description})" for c in found)) if found else "")
