"""考核 · 待录入数据: the figures of others' goals a person owes (the parts clerk's issue
accuracy, the information clerk's survey results), typed into the table and saved by the
set day of the scoring window; past it the row turns red.  The manager sees, below, who
is late for the month on the page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.kpi.figures import FigureDue

from desktop.views.kpi.common import item_text
from desktop.views.shared.common import tr_message
from desktop.views.shared.table_model import Column, RowTableModel, table_view


def _late(r: FigureDue) -> str:
    return QCoreApplication.translate("FiguresPanel", "late") if r.late else ""


OWED_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Columns", "Month"), 70, fmt=lambda d: f"{d:%Y-%m}"),
    Column("person", QT_TRANSLATE_NOOP("Columns", "Whose"), 70),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Goal"), 220, value=lambda r: item_text(r.text)),
    Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), 70),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Enter by"), 80, fmt=lambda d: f"{d:%m-%d}", alert=lambda r: r.late),
    Column("actual", QT_TRANSLATE_NOOP("Columns", "Achieved"), 90, editable=True),
)
LATE_COLUMNS = (
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), 70),
    Column("person", QT_TRANSLATE_NOOP("Columns", "Whose"), 70),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Goal"), 200, value=lambda r: item_text(r.text)),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "Enter by"), 80, fmt=lambda d: f"{d:%m-%d}"),
    Column("entered_at", QT_TRANSLATE_NOOP("Columns", "Entered"), 110,
           fmt=lambda at: at.astimezone().strftime("%m-%d %H:%M") if at else "", alert=lambda r: r.late),
    Column("late", QT_TRANSLATE_NOOP("Columns", "Late"), 50, value=_late),
)


class FiguresPanel(QWidget):

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.month: date | None = None
        self.owed: RowTableModel[FigureDue] = RowTableModel(OWED_COLUMNS)
        self.late: RowTableModel[FigureDue] = RowTableModel(LATE_COLUMNS)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the figures"))
        self.save_button.clicked.connect(lambda *_: self.save())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.late_heading = QLabel()
        self.late_view = table_view(self.late)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(table_view(self.owed), 2)
        layout.addLayout(bar)
        layout.addWidget(self.late_heading)
        layout.addWidget(self.late_view, 1)

    def show_month(self, month: date) -> None:
        self.month = month
        self.refresh()

    def refresh(self) -> None:
        try:
            owed = self.services.figures.to_enter()
        except ServiceError as exc:
            owed = []
            self.message.setText(tr_message(exc.message))
        self.owed.reset(owed)
        self.save_button.setEnabled(bool(owed))
        self.heading.setText(self.tr("Figures you enter for others' appraisals: %1 to enter.").replace(
            "%1", str(len(owed))) if owed else self.tr("You owe no figures for anyone's appraisal."))
        manager = self.services.desk.may("appraisal.manage") and self.month is not None
        self.late_heading.setVisible(manager)
        self.late_view.setVisible(manager)
        if manager and self.month is not None:
            late = self.services.figures.late(self.month)
            self.late.reset(late)
            self.late_heading.setText(self.tr("Figures for %1 not entered by their day, or entered late: %2").replace(
                "%1", f"{self.month:%Y-%m}").replace("%2", str(len(late))))

    def save(self) -> int:
        """Each figure typed, entered; the first refused one is said and kept in its cell."""
        typed = {i: text for i, text in self.owed.edited("actual").items() if text.strip()}
        saved = 0
        for index, text in typed.items():
            row = self.owed.row(index)
            try:
                self.services.figures.enter(row.item_id, text)
            except ServiceError as exc:
                self.message.setStyleSheet("color: #c62828;")
                self.message.setText(f"{row.person} · {item_text(row.text)}: {tr_message(exc.message)}")
                return saved
            saved += 1
        self.refresh()
        if saved:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("%1 figure(s) saved.").replace("%1", str(saved)))
        return saved
