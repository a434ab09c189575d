"""ABC分析: the Pareto chart of the last 12 months' consumption value, with the A/B/C cuts
drawn, and the table behind it.  The chart is painted here (QPainter) rather than with
QtCharts, which would need PySide6-Addons (a second 100 MB wheel) for one picture."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.spreadsheet import safe_writer
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.parts.records import AbcRow

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, tr_message
from desktop.views.shared.formats import fmt_money, fmt_qty
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %"


ABC_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Part no."), 100),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Part name"), 140),
    Column("abc_class", QT_TRANSLATE_NOOP("Columns", "Class"), 40,
           value=lambda r: r.abc_class + ("（" + QCoreApplication.translate("Columns", "pinned") + "）"
                                          if r.pinned else "")),
    Column("value", QT_TRANSLATE_NOOP("Columns", "Value, 12 months"), 100, RIGHT, fmt=fmt_money),
    Column("picks", QT_TRANSLATE_NOOP("Columns", "Picks, 12 months"), 80, RIGHT),
    Column("share", QT_TRANSLATE_NOOP("Columns", "Share"), 60, RIGHT, fmt=_pct),
    Column("cumulative", QT_TRANSLATE_NOOP("Columns", "Cumulative"), 75, RIGHT, fmt=_pct),
    Column("on_hand", QT_TRANSLATE_NOOP("Columns", "On hand"), 60, RIGHT, fmt=fmt_qty),
    Column("dead", QT_TRANSLATE_NOOP("Columns", "Dead stock"), 70,
           value=lambda r: QT_TRANSLATE_NOOP("Columns", "dead") if r.dead else "",
           fmt=lambda v: QCoreApplication.translate("Columns", v) if v else ""),
)
CLASS_COLOURS = {"A": QColor("#c62828"), "B": QColor("#ef8f00"), "C": QColor("#6d8fb3")}


class ParetoChart(QWidget):
    """Cumulative share of value (y) against share of parts (x), ranked by value, with the
    point where each class ends marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AbcRow] = []
        self.setMinimumSize(360, 260)

    def set_rows(self, rows: list[AbcRow]) -> None:
        self.rows = rows
        self.update()

    def cuts(self) -> dict[str, tuple[float, float]]:
        """Per class: (share of parts, cumulative share of value) at its last part."""
        out: dict[str, tuple[float, float]] = {}
        n = len(self.rows)
        for i, row in enumerate(self.rows, 1):
            out[row.abc_class] = (i / n, row.cumulative)
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        m_left, m_bottom, m_top, m_right = 48, 34, 14, 26
        plot = QRectF(m_left, m_top, self.width() - m_left - m_right, self.height() - m_top - m_bottom)

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        p.setPen(QPen(QColor("#dddddd"), 1))
        for k in range(0, 11, 2):
            p.drawLine(at(0, k / 10), at(1, k / 10))
            p.drawLine(at(k / 10, 0), at(k / 10, 1))
        p.setPen(QPen(QColor("#555555"), 1))
        p.drawRect(plot)
        for k in range(0, 11, 2):
            p.drawText(QRectF(0, at(0, k / 10).y() - 8, m_left - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{k * 10} %")
            p.drawText(QRectF(at(k / 10, 0).x() - 24, plot.bottom() + 2, 48, 16),
                       Qt.AlignmentFlag.AlignCenter, f"{k * 10} %")
        p.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 18), Qt.AlignmentFlag.AlignCenter,
                   self.tr("share of parts, most valuable first → cumulative share of consumption value ↑"))
        if not self.rows or self.rows[-1].cumulative <= 0:
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No consumption in the last 12 months."))
            return
        n = len(self.rows)
        cuts = self.cuts()
        start = 0.0
        legend = []
        for cls in "ABC":
            if cls not in cuts:
                continue
            x, y = cuts[cls]
            colour = QColor(CLASS_COLOURS[cls])
            colour.setAlpha(40)
            p.fillRect(QRectF(at(start, 1), at(x, 0)), colour)
            p.setPen(QPen(CLASS_COLOURS[cls], 1, Qt.PenStyle.DashLine))
            p.drawLine(at(x, 0), at(x, 1))
            legend.append((cls, self.tr("%1: %2 of the parts, up to %3 of the value")
                           .replace("%1", cls).replace("%2", _pct(x - start)).replace("%3", _pct(y))))
            start = x
        width = max((p.fontMetrics().horizontalAdvance(t) for _, t in legend), default=0) + 20
        box = QRectF(plot.right() - width - 8, plot.bottom() - 14 - 20 * len(legend), width, 20 * len(legend) + 6)
        p.fillRect(box, QColor(255, 255, 255, 230))
        for i, (cls, text) in enumerate(legend):
            p.setPen(QPen(CLASS_COLOURS[cls], 1))
            p.drawText(QRectF(box.left() + 8, box.top() + 3 + 20 * i, box.width() - 10, 20),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        path = QPainterPath(at(0, 0))
        step = max(1, n // 800)  # a point per pixel or so is enough
        for i in range(0, n, step):
            path.lineTo(at((i + 1) / n, self.rows[i].cumulative))
        path.lineTo(at(1, self.rows[-1].cumulative))
        p.setPen(QPen(QColor("#1a237e"), 2))
        p.drawPath(path)


class AbcDialog(QDialog):
    reclassified = Signal(dict)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("ABC analysis"))
        self.resize(1100, 640)
        self.chart = ParetoChart()
        self.model: RowTableModel[AbcRow] = RowTableModel(ABC_COLUMNS)
        self.view = table_view(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = FieldError(self)
        self.reclassify_button = QPushButton(self.tr("Reclassify now"))
        self.reclassify_button.setToolTip(self.tr("Give every part the class shown here and keep the change in its "
                                                  "history. The review periods and service levels follow."))
        self.reclassify_button.clicked.connect(self.reclassify)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export)
        pin = QPushButton(self.tr("Pin class…"))
        pin.setToolTip(self.tr("Keep the selected part in a class whatever its consumption (safety-critical, "
                               "the manufacturer's mandatory stock list), with the reason"))
        pin.clicked.connect(self.pin)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        splitter = QSplitter()
        splitter.addWidget(self.chart)
        splitter.addWidget(self.view)
        splitter.setSizes([480, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(pin)
        row.addStretch(1)
        row.addWidget(export)
        row.addWidget(self.reclassify_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        rows = self.services.parts.abc_analysis()
        self.model.reset(rows)
        self.chart.set_rows(rows)
        counts = {c: sum(1 for r in rows if r.abc_class == c) for c in "ABC"}
        moved = sum(1 for r in rows if r.value > 0)
        dead = [r for r in rows if r.dead]
        changed = sum(1 for r in rows if r.abc_class != r.current_class)
        self.summary.setText(self.tr(
            "Last 12 months: %1 of %2 parts were used. A %3, B %4, C %5 parts. %6 parts are dead stock "
            "(on the shelf, no movement for 12 months). %7 parts would change class.")
            .replace("%1", str(moved)).replace("%2", str(len(rows))).replace("%3", str(counts["A"]))
            .replace("%4", str(counts["B"])).replace("%5", str(counts["C"])).replace("%6", str(len(dead)))
            .replace("%7", str(changed)))

    def pin(self) -> bool:
        """Pin the selected part's class (A, B, C) with the reason, or unpin it."""
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        row = self.model.row(index.row())
        choices = ["A", "B", "C", self.tr("No pin (by consumption)")]
        chosen = common.ask_item(self, self.tr("Pin class"), self.tr("%1: keep it in class").replace(
            "%1", row.number), choices)
        if chosen is None:
            return False
        cls = chosen if chosen in ("A", "B", "C") else None
        reason = ""
        if cls is not None:
            reason = common.ask_text(self, self.tr("Pin class"), self.tr(
                "Why (e.g. safety-critical, on the manufacturer's mandatory stock list)?")) or ""
        self.error.show_message("")
        try:
            if common.run_approved(self, self.services, lambda: self.services.parts.pin_class(
                    row.part_id, cls, reason)) is None:
                return False
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return False
        self.load()
        return True

    def reclassify(self) -> None:
        self.error.show_message("")
        try:
            counts = self.services.parts.classify()
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.load()
        self.reclassified.emit(counts)

    def export(self) -> None:
        path = common.choose_save_file(self, self.tr("Export"), "abc.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        common.write_file(self, Path(path), self._write_csv)

    def _write_csv(self, handle: IO[str]) -> None:
        writer = safe_writer(handle)
        writer.writerow(["配件号", "名称", "ABC", "12个月消耗金额", "12个月出库次数", "占比", "累计占比", "库存",
                         "呆滞", "固定分类原因"])
        for r in self.model.rows():
            writer.writerow([r.number, r.name, r.abc_class, r.value, r.picks, f"{r.share:.4f}", f"{r.cumulative:.4f}",
                             r.on_hand, "是" if r.dead else "", r.pinned])
