"""绩效: the manager's desk.  The measures of a month (quarter, year), each with what it
counts over what, its target and whether it meets it; a double click lists the orders
behind a figure; the advisors and the technicians side by side."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.dates import add_months
from desktop.services.container import Services
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.kpi.rules.measures import DAYS, MEASURES, Period, period, target_text, text
from desktop.services.kpi.service import Figure, PersonRow
from desktop.services.parts.turnover import Turnover

from desktop.views.kpi.targets import TargetsTab

if TYPE_CHECKING:
    from desktop.views.kpi.charts import KpiCharts
from desktop.views.shared.formats import fmt_money
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _k(text: str) -> str:
    return QCoreApplication.translate("KPI", text)


MET = {True: QT_TRANSLATE_NOOP("KpiPage", "met"), False: QT_TRANSLATE_NOOP("KpiPage", "not met")}


def _met(flag: bool | None) -> str:
    return QCoreApplication.translate("KpiPage", MET[flag]) if flag is not None else ""


def _figure(f: Figure) -> str:
    if f.value is not None and MEASURES[f.key].unit == "¥":
        return fmt_money(f.value)
    return text(MEASURES[f.key], f.value, _k(DAYS))


def _target(f: Figure) -> str:
    m = MEASURES[f.key]
    return fmt_money(f.target) if m.unit == "¥" and f.target is not None else target_text(m, f.target, _k(DAYS))


def _over(f: Figure) -> str:
    m = MEASURES[f.key]
    if f.denominator is None:
        return _k(m.counts)
    return f"{f.numerator:,} {_k(m.counts)} / {f.denominator:,} {_k(m.over)}"


FIGURE_COLUMNS = (
    Column("key", QT_TRANSLATE_NOOP("Columns", "Measure"), 220, value=lambda f: _k(MEASURES[f.key].name)),
    Column("value", QT_TRANSLATE_NOOP("Columns", "Figure"), 100, RIGHT, value=_figure),
    Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), 90, RIGHT, value=_target),
    Column("meets", QT_TRANSLATE_NOOP("Columns", "Met"), 60, value=lambda f: _met(f.meets), alert=lambda f: f.meets is False),
    Column("numerator", QT_TRANSLATE_NOOP("Columns", "What is counted"), 520, value=_over),
)
PERSON_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 90),
    Column("orders", QT_TRANSLATE_NOOP("Columns", "Orders"), 60, RIGHT),
    Column("revenue", QT_TRANSLATE_NOOP("Columns", "Revenue"), 110, RIGHT, fmt=fmt_money),
    Column("comebacks", QT_TRANSLATE_NOOP("Columns", "Comebacks"), 70, RIGHT),
    Column("hours_sold", QT_TRANSLATE_NOOP("Columns", "Hours sold"), 80, RIGHT, fmt=lambda h: f"{h:,}"),
    Column("hours_clocked", QT_TRANSLATE_NOOP("Columns", "Hours clocked"), 90, RIGHT, fmt=lambda h: f"{h:,}"),
    Column("productivity", QT_TRANSLATE_NOOP("Columns", "Productivity"), 80, RIGHT,
           value=lambda p: "—" if p.productivity is None else f"{p.productivity}%"),
)
TURNOVER_COLUMNS = (
    Column("abc_class", QT_TRANSLATE_NOOP("Columns", "Class"), 60,
           value=lambda t: t.abc_class or QCoreApplication.translate("KpiPage", "All parts")),
    Column("issued", QT_TRANSLATE_NOOP("Columns", "Issued in 12 months (cost)"), 150, RIGHT, fmt=fmt_money),
    Column("average", QT_TRANSLATE_NOOP("Columns", "Average stock (cost)"), 130, RIGHT, fmt=fmt_money),
    Column("turns", QT_TRANSLATE_NOOP("Columns", "Turns a year"), 90, RIGHT,
           value=lambda t: text(MEASURES["parts_turnover"], t.turns)),
    Column("stock", QT_TRANSLATE_NOOP("Columns", "Stock at the end (cost)"), 120, RIGHT, fmt=fmt_money),
    Column("dead", QT_TRANSLATE_NOOP("Columns", "Dead stock (cost)"), 120, RIGHT, fmt=fmt_money,
           alert=lambda t: t.dead > 0),
    Column("dead_parts", QT_TRANSLATE_NOOP("Columns", "Dead parts"), 80, RIGHT),
    Column("parts", QT_TRANSLATE_NOOP("Columns", "Parts in stock"), 90, RIGHT),
)
KINDS = (("month", QT_TRANSLATE_NOOP("KpiPage", "Month")), ("quarter", QT_TRANSLATE_NOOP("KpiPage", "Quarter")),
         ("year", QT_TRANSLATE_NOOP("KpiPage", "Year")))


class KpiPage(QWidget):
    status = Signal(str)
    order_requested = Signal(int)  # a work order behind a figure, to open

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        title = QLabel(self.tr("The manager's measures"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.kind = QComboBox()
        for key, name in KINDS:
            self.kind.addItem(QCoreApplication.translate("KpiPage", name), key)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("yyyy-MM")  # a month: the arrows step months, no calendar of days
        self.day.setCurrentSection(QDateEdit.Section.MonthSection)
        self.day.dateChanged.connect(lambda *_: self.refresh())
        self.label = QLabel()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("The measures, the advisors, the technicians and the parts turnover "
                                              "to Excel or CSV"))
        self.export_button.clicked.connect(lambda *_: self.export())
        self.report_button = QPushButton(self.tr("Monthly report…"))
        self.report_button.setToolTip(self.tr("The month's report with its charts, to print or save as PDF"))
        self.report_button.clicked.connect(lambda *_: self.show_report())
        self.kind.currentIndexChanged.connect(lambda *_: self.refresh())
        bar = QHBoxLayout()
        for w in (self.kind, self.day, self.label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.report_button)
        self.figures: RowTableModel[Figure] = RowTableModel(FIGURE_COLUMNS)
        self.figure_view = table_view(self.figures)
        self.figure_view.doubleClicked.connect(lambda index: self.show_behind(index.row()))
        self.behind = QListWidget()
        self.behind.itemDoubleClicked.connect(
            lambda item: self.order_requested.emit(item.data(256)) if item.data(256) is not None else None)
        self.behind_label = QLabel(self.tr("Double-click a figure to see the orders behind it."))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.behind_label)
        side_layout.addWidget(self.behind, 1)
        split = QSplitter()
        split.addWidget(self.figure_view)
        split.addWidget(side)
        split.setSizes([820, 260])
        self.advisors: RowTableModel[PersonRow] = RowTableModel(PERSON_COLUMNS)
        self.technicians: RowTableModel[PersonRow] = RowTableModel(PERSON_COLUMNS)
        self.turnover: RowTableModel[Turnover] = RowTableModel(TURNOVER_COLUMNS)
        people = QTabWidget()
        people.addTab(table_view(self.advisors), self.tr("Advisors"))
        people.addTab(table_view(self.technicians), self.tr("Technicians"))
        people.addTab(table_view(self.turnover), self.tr("Parts turnover"))
        measures = QWidget()
        inner = QVBoxLayout(measures)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(split, 3)
        inner.addWidget(people, 2)
        self.charts_tab = QWidget()  # the charts (QtCharts) are built when first opened
        QVBoxLayout(self.charts_tab).setContentsMargins(0, 0, 0, 0)
        self.charts: KpiCharts | None = None
        self.shown: Period | None = None  # the span the figures table holds (the charts tab leaves it)
        self._asked = 0  # the latest maintenance count asked for: an earlier one arriving late is dropped
        self.targets = TargetsTab(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(measures, self.tr("Measures"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.tabs.addTab(self.targets, self.tr("Targets and fixed costs"))
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)

    def span(self) -> Period:
        d = self.day.date()
        return period(str(self.kind.currentData()), date(d.year(), d.month(), 1))

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.targets:
            self.targets.refresh()
            return
        span = self.span()
        allowed = self.services.desk.may("kpi.view")
        self.report_button.setEnabled(allowed)
        self.export_button.setEnabled(allowed)
        if not allowed:
            self.label.setText(self.tr("The measures are for the service manager."))
            for model in (self.figures, self.advisors, self.technicians, self.turnover):
                model.reset([])
            return
        self.label.setText(f"{span.first:%Y-%m-%d} – {span.last:%Y-%m-%d}")
        kpi = self.services.kpi
        self.advisors.reset(kpi.by_advisor(span))
        self.technicians.reset(kpi.by_technician(span))
        self.turnover.reset(kpi.turnover(span))
        if self.tabs.currentWidget() is self.charts_tab:
            self.show_charts(span)
            return
        self.figures.reset(kpi.figures(span, maintenance=False))
        self.shown = span
        self.behind.clear()
        self.count_maintenance(span)

    def count_maintenance(self, span: Period) -> None:
        """The maintenance rate, counted in the background (a second or two on a big shop)
        and put in its place among the figures when it is ready; a later month asked for in
        the meantime wins."""
        from desktop.views.shared import background

        self._asked += 1
        asked = self._asked
        kpi = self.services.kpi

        def done(figure: object) -> None:
            if asked != self._asked or not isinstance(figure, Figure):
                return
            rows = self.figures.rows()
            there = next((i for i, f in enumerate(rows) if f.key == figure.key), None)
            if there is not None:  # counted already (an export read every figure meanwhile)
                self.figures.replace_row(there, figure)
                return
            order = list(MEASURES)
            at = next((i for i, f in enumerate(rows) if order.index(f.key) > order.index(figure.key)), len(rows))
            self.figures.insert_row(at, figure)

        def failed(exc: BaseException) -> None:  # the rest of the page stands; the log says why
            logging.getLogger(__name__).warning("the maintenance rate was not counted: %r", exc)

        background.run_in_background(lambda _progress: kpi.maintenance_figure(span), done, failed)

    def show_charts(self, span: Period) -> None:
        if self.charts is None:
            from desktop.views.kpi.charts import KpiCharts  # QtCharts: loaded on the first look

            self.charts = KpiCharts(self.charts_tab)
            layout = self.charts_tab.layout()
            assert layout is not None
            layout.addWidget(self.charts)
        kpi = self.services.kpi
        months = [period("month", add_months(span.last.replace(day=1), -back)) for back in range(11, -1, -1)]
        self.charts.show_figures([f"{m.first:%Y-%m}" for m in months], kpi.trend(months), kpi.revenue_split(span),
                                 self.advisors.rows(), self.technicians.rows(), self.turnover.rows())

    def export(self) -> int | None:
        """The measures, the advisors, the technicians and the parts turnover to one workbook."""
        if not self.services.desk.may("kpi.view"):
            return None
        from desktop.views.shared.export import export_tables

        span = self.span()
        if self.shown != span:  # the month changed on the charts tab: its figures, not the last shown
            self.figures.reset(self.services.kpi.figures(span))
            self.shown = span
        return export_tables(self, f"kpi-{span.label}.xlsx", [
            (self.tr("Measures %1").replace("%1", span.label), self.figures), (self.tr("Advisors"), self.advisors),
            (self.tr("Technicians"), self.technicians), (self.tr("Parts turnover"), self.turnover)])

    def show_report(self) -> QWidget | None:
        """The month's report (经营月报) in the print preview: print it or save it as PDF."""
        if not self.services.desk.may("kpi.view"):
            return None
        from desktop.views.shared.print_preview import show_document

        month = self.span().first
        report = self.services.monthly_report
        self.dialog = show_document(self, lambda lang: report.pdf(month, lang, QCoreApplication.translate),
                                    "monthly-report", self.tr("Monthly report %1").replace("%1", f"{month:%Y-%m}"),
                                    f"report-{month:%Y-%m}.pdf")
        return self.dialog

    def show_behind(self, row: int) -> None:
        figure = self.figures.row(row)
        self.behind.clear()
        if figure.key in ("dead_stock", "parts_turnover"):  # the shelves: the parts, not orders
            self.show_dead_parts(figure.key)
            return
        orders = self.services.kpi.orders_behind(figure.key, self.span())
        self.behind_label.setText(self.tr("%1: %2 order(s)").replace("%1", _k(MEASURES[figure.key].name)).replace(
            "%2", str(len(orders))))
        for order_id, number in orders[:500]:
            self.behind.addItem(number)
            self.behind.item(self.behind.count() - 1).setData(256, order_id)

    def show_dead_parts(self, key: str) -> None:
        """Dead stock: the parts that did not move for 12 months, the dearest first (the
        parts turnover tab has the figures by class)."""
        parts = self.services.kpi.dead_parts(self.span())
        self.behind_label.setText(self.tr("%1: %2 part(s) with no movement for 12 months").replace(
            "%1", _k(MEASURES[key].name)).replace("%2", str(len(parts))))
        for number, name, abc_class, value in parts[:500]:
            self.behind.addItem(f"{number} {name} ({abc_class}) {fmt_money(value)}")
            self.behind.item(self.behind.count() - 1).setData(256, None)  # a part: nothing to open here
