"""绩效 · 图表: the manager's charts (QtCharts, loaded when the tab is first opened): the
twelve months to the chosen one (revenue as bars, orders as a line), revenue by payer
with labour and parts stacked, each advisor's revenue, each technician's hours sold
against hours clocked, and parts turnover by ABC class against its target."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.services.common.money import PAYERS
from desktop.services.kpi.rules.measures import MEASURES
from desktop.services.kpi.service import PersonRow
from desktop.services.parts.turnover import Turnover

from desktop.views.shared.formats import payer_label

BLUE, ORANGE, GREEN, GREY = QColor("#1f6fb2"), QColor("#e07b39"), QColor("#3a9a5b"), QColor("#8a8a8a")


def _axis(values: Sequence[float], title: str = "") -> QValueAxis:
    axis = QValueAxis()
    top = max([*values, 0.0])
    axis.setRange(0, top * 1.1 if top > 0 else 1)
    axis.setTickCount(5)
    axis.applyNiceNumbers()  # 0, 20,000, 40,000 … not 0, 18,150, 36,300
    axis.setLabelFormat("%.0f")
    if title:
        axis.setTitleText(title)
    return axis


def _categories(names: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(names) or [""])
    font = axis.labelsFont()
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))  # three-character names fit under a narrow bar
    axis.setLabelsFont(font)
    return axis


def _bar_set(name: str, values: Sequence[float], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.append(list(values))
    bars.setColor(colour)
    bars.setBorderColor(colour)
    return bars


class KpiCharts(QWidget):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for key, row, column, span in (("trend", 0, 0, 2), ("payers", 0, 2, 1), ("advisors", 1, 0, 1),
                                       ("technicians", 1, 1, 1), ("turnover", 1, 2, 1)):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(260, 220)
            self.views[key] = view
            grid.addWidget(view, row, column, 1, span)

    def _show(self, key: str, chart: QChart, title: str) -> None:
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.views[key].setChart(chart)  # the view owns the chart, and deletes the one it replaces

    def show_figures(self, months: Sequence[str], trend: Sequence[tuple[int, int, Decimal]],
                     split: dict[tuple[str, str], Decimal], advisors: Sequence[PersonRow],
                     technicians: Sequence[PersonRow], turnover: Sequence[Turnover]) -> None:
        self._trend(months, trend)
        self._payers(split)
        self._advisors(advisors)
        self._technicians(technicians)
        self._turnover(turnover)

    def chart(self, key: str) -> QChart:
        return self.views[key].chart()

    def _trend(self, months: Sequence[str], trend: Sequence[tuple[int, int, Decimal]]) -> None:
        chart = QChart()
        revenue = [float(amount) / 10_000 for _, _, amount in trend]
        bars = QBarSeries()
        bars.append(_bar_set(self.tr("Revenue (¥10,000, excl. VAT)"), revenue, BLUE))
        chart.addSeries(bars)
        line = QLineSeries()
        line.setName(self.tr("Orders delivered"))
        line.setPen(QPen(ORANGE, 2.5))
        for i, (orders, _back, _amount) in enumerate(trend):
            line.append(i, orders)
        chart.addSeries(line)
        axis_x = _categories([m[2:] for m in months])  # 25-12: the year's two digits, the month
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        line.attachAxis(axis_x)
        left = _axis(revenue)
        right = _axis([float(n) for n, _, _ in trend])
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(left)
        line.attachAxis(right)
        self._show("trend", chart, self.tr("The twelve months to %1").replace("%1", months[-1] if months else ""))

    def _payers(self, split: dict[tuple[str, str], Decimal]) -> None:
        chart = QChart()
        payers = [p for p in PAYERS if split.get((p, "labour")) or split.get((p, "part"))]
        series = QHorizontalStackedBarSeries()
        labour = [float(split.get((p, "labour"), 0)) for p in payers]
        parts = [float(split.get((p, "part"), 0)) for p in payers]
        series.append(_bar_set(self.tr("Labour"), labour, BLUE))
        series.append(_bar_set(self.tr("Parts"), parts, GREEN))
        chart.addSeries(series)
        names = _categories([payer_label(p) for p in payers])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        amounts = _axis([a + b for a, b in zip(labour, parts, strict=True)], "¥")
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(amounts)
        self._show("payers", chart, self.tr("Revenue by payer"))

    def _people(self, key: str, title: str, names: Sequence[str], sets: Sequence[tuple[str, list[float], QColor]],
                unit: str) -> None:
        """People as horizontal bars: their names on the left, read in full, the first on top."""
        chart = QChart()
        series = QHorizontalBarSeries()
        for name, figures, colour in sets:
            series.append(_bar_set(name, figures[::-1], colour))  # a horizontal chart counts from the bottom
        chart.addSeries(series)
        axis_names = _categories(list(names)[::-1])
        chart.addAxis(axis_names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_names)
        values = _axis([v for _, vs, _ in sets for v in vs], unit)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self._show(key, chart, title)

    def _advisors(self, advisors: Sequence[PersonRow]) -> None:
        names = [self.tr("%1 (%2)").replace("%1", p.name).replace("%2", str(p.orders)) for p in advisors]
        self._people("advisors", self.tr("Advisors: revenue (orders)"), names,
                     [(self.tr("Revenue (¥, excl. VAT)"), [float(p.revenue) for p in advisors], BLUE)], "¥")

    def _technicians(self, technicians: Sequence[PersonRow]) -> None:
        self._people("technicians", self.tr("Technicians"), [p.name for p in technicians],
                     [(self.tr("Hours sold"), [float(p.hours_sold) for p in technicians], BLUE),
                      (self.tr("Hours clocked"), [float(p.hours_clocked) for p in technicians], GREY)],
                     self.tr("hours"))

    def _turnover(self, turnover: Sequence[Turnover]) -> None:
        chart = QChart()
        series = QBarSeries()
        rows = list(turnover)
        turns = [float(r.turns or 0) for r in rows]
        series.append(_bar_set(self.tr("Turns a year"), turns, GREEN))
        chart.addSeries(series)
        names = _categories([r.abc_class or self.tr("All") for r in rows])
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        target = float(MEASURES["parts_turnover"].target or 0)
        axis = _axis([*turns, target])
        axis.setLabelFormat("%.1f")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        if target:
            goal = QLineSeries()
            goal.setName(self.tr("Target %1").replace("%1", f"{target:g}"))
            goal.setPen(QPen(ORANGE, 2, Qt.PenStyle.DashLine))
            goal.append(-0.5, target)
            goal.append(len(rows) - 0.5, target)
            chart.addSeries(goal)
            goal.attachAxis(axis)
            value_x = QValueAxis()  # the target line spans the categories: a hidden axis of positions
            value_x.setRange(-0.5, len(rows) - 0.5)
            value_x.setVisible(False)
            chart.addAxis(value_x, Qt.AlignmentFlag.AlignBottom)
            goal.attachAxis(value_x)
        self._show("turnover", chart, self.tr("Parts turnover by ABC class"))
