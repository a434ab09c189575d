"""The manager's desk: the month's measures with what each counts, a figure's orders behind
it on a double click (and one opened), the technicians; an advisor does not see them."""

from desktop.services.container import Services
from desktop.services.core.desk import Actor
from desktop.services.kpi.rules.measures import MEASURES
from tests.conftest import Workshop
from tests.services.kpi.test_kpi import deliver

from desktop.views.kpi.page import KpiPage


def test_the_month_s_measures_and_the_orders_behind_them(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    first = deliver(services, workshop, 10_000)
    comeback = deliver(services, workshop, 10_500, rework_of=first)
    page = KpiPage(services)
    qtbot.addWidget(page)
    page.show()
    keys = lambda: [page.figures.row(i).key for i in range(page.figures.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "maintenance_rate" in keys())  # counted in the background, then put in its place
    assert keys().index("maintenance_rate") == list(MEASURES).index("maintenance_rate")
    rows = {key: i for i, key in enumerate(keys())}
    rework = page.figures.row(rows["rework_rate"])
    assert (rework.numerator, rework.denominator, str(rework.value)) == (1, 2, "50.0")
    opened = []
    page.order_requested.connect(opened.append)
    page.show_behind(rows["rework_rate"])
    assert page.behind.count() == 1
    page.behind.itemDoubleClicked.emit(page.behind.item(0))
    assert opened == [comeback]
    page.show_behind(rows["dead_stock"])  # the shelves: parts are listed, not orders
    assert page.behind.count() == 0 and "12" in page.behind_label.text()
    assert page.technicians.rowCount() == 1 and page.technicians.row(0).orders == 2
    page.report_button.click()  # the month's report, to print or save
    assert page.dialog is not None and page.dialog.kind == "monthly-report" and page.dialog.isVisible()
    page.dialog.close()


def test_an_advisor_does_not_see_the_measures(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    deliver(services, workshop, 10_000)
    services.desk.sign_in(Actor("lina", "李娜", None, frozenset({"advisor"}), frozenset({"orders.lines"})))
    page = KpiPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.figures.rowCount() == 0 and page.label.text()
    assert not page.report_button.isEnabled() and page.show_report() is None


def test_the_manager_types_targets_and_fixed_costs(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    """A target typed into its cell is kept (bold), a wrong one is said under the table and
    the cell goes back; the technicians' shares follow the shop's month; fixed costs too."""
    from datetime import date
    from decimal import Decimal

    from desktop.services.kpi.rules.measures import MEASURES

    deliver(services, workshop, 10_000)
    page = KpiPage(services)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.targets)
    tab = page.targets
    row = list(MEASURES).index("orders")
    tab.table.item(row, 0).setText("1200")  # the year
    assert tab.table.item(row, 1).text() == "100" and tab.table.item(row, 0).font().bold()
    tab.table.item(row, 3).setText("lots")
    assert tab.message.text() and tab.table.item(row, 3).text() == "100"  # back to what is kept
    tab.table.item(row, 3).setText("60")
    assert not tab.message.text() and tab.table.item(row, 3).font().bold()
    tab.whose.setCurrentIndex(next(i for i in range(tab.whose.count()) if tab.whose.itemData(i)[0] == workshop.tech))
    assert tab.table.item(row, 3).text() == "30" and not tab.costs.isVisible()  # two technicians share March
    tab.whose.setCurrentIndex(0)
    tab.costs.item(0, 0).setText("85,000")
    assert services.targets.fixed_costs(date.today().year)[0].amount == Decimal("85000.00")
    tab.costs.item(0, 1).setText("-5")
    assert tab.message.text() and services.targets.fixed_costs(date.today().year)[1].amount is None


def test_the_month_steps_by_month(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = KpiPage(services)
    qtbot.addWidget(page)
    page.show()
    before = page.span().first
    qtbot.keyClick(page.day, Qt.Key.Key_Down)  # one month back, shown at once
    assert page.span().first.month == (before.month - 2) % 12 + 1 and not page.day.calendarPopup()
    assert page.label.text().startswith(f"{page.span().first:%Y-%m}")


def test_the_charts_and_the_export(qtbot, services: Services, workshop: Workshop, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The charts tab draws the twelve months, the payers, the people and the turnover by
    class from the same figures; the tables go to one workbook with a sheet each, amounts
    as numbers."""
    from decimal import Decimal

    from openpyxl import load_workbook

    from desktop.views.shared import common

    deliver(services, workshop, 10_000)
    deliver(services, workshop, 10_500)
    page = KpiPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.charts is None  # QtCharts is loaded on the first look
    page.tabs.setCurrentWidget(page.charts_tab)
    assert page.charts is not None
    trend = page.charts.chart("trend")
    bars, line = trend.series()
    assert bars.barSets()[0].count() == 12 and bars.barSets()[0].at(11) == 0.1  # ¥1,000 excl. VAT, in ¥10,000
    assert [line.at(i).y() for i in range(line.count())][-1] == 2
    (payers,) = page.charts.chart("payers").series()
    assert payers.barSets()[0].at(0) == 400 and payers.barSets()[1].at(0) == 600  # labour, parts; the customer
    (technicians,) = page.charts.chart("technicians").series()
    assert technicians.barSets()[0].sum() == 2  # two hours sold
    turnover = page.charts.chart("turnover").series()[0]
    assert turnover.barSets()[0].count() == 4  # A, B, C and all parts
    target = tmp_path / "kpi.xlsx"
    monkeypatch.setattr(common, "choose_save_file", lambda *_a: str(target))
    assert page.export() == page.figures.rowCount() + page.advisors.rowCount() + 1 + 4  # one technician
    book = load_workbook(target)
    assert len(book.sheetnames) == 4
    figures = book[book.sheetnames[0]]
    rows = list(figures.iter_rows(values_only=True))
    assert rows[0][0] and len(rows) == page.figures.rowCount() + 1
    orders = next(r for r in rows if "交车台次" in str(r[0]))
    assert orders[1] == 2  # a count as a number
    technicians = list(book[book.sheetnames[2]].iter_rows(values_only=True))
    assert Decimal(str(technicians[1][2])) == Decimal("1000")  # revenue, a number Excel adds up
