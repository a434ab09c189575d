"""The monthly report (经营月报) read back from its PDF: the measures in Chinese with their
targets and the year to date, the twelve months, the revenue by payer, the technicians and
what is owed; the same from the command line; a quarter is not a month."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.__main__ import main
from desktop.services.billing.service import InvoicingService
from desktop.services.container import Services
from desktop.services.kpi.report import MonthlyReport
from tests.conftest import Workshop
from tests.printing.test_workshop_forms import text
from tests.services.kpi.test_kpi import shop  # noqa: F401  (the fixture: ten orders delivered today)


def test_the_month_s_report_counted_by_hand(services: Services, workshop: Workshop, shop: list[int],  # noqa: F811
                                            tmp_path: Path) -> None:
    owed = InvoicingService(services.db, "qian").issue_for_order(shop[0], "customer")  # not paid yet
    month = date.today().replace(day=1)
    doc = MonthlyReport(services.db, "zheng").data(month)
    assert len(doc.months) == 12 and doc.months[-1] == f"{month:%Y-%m}"
    assert doc.orders[-1] == 10 and doc.revenue[-1] == Decimal("5000.00") and doc.rework[-1] == Decimal("10.0")
    assert doc.payers == (("customer", Decimal("2000.00"), Decimal("3000.00")),)
    assert doc.receivables == (("customer", owed.total, Decimal(0), Decimal(0), Decimal(0)),)
    (tech,) = doc.technicians
    assert (tech.orders, tech.comebacks, tech.hours_sold) == (10, 1, Decimal(10))
    rework = next(f for f in doc.figures if f.name.startswith("Rework"))
    assert (rework.value, rework.target, rework.meets, rework.year_to_date) == ("10.0%", "3%", False, "10.0%")
    upkeep = next(f for f in doc.figures if f.name.startswith("Maintenance rate"))
    assert upkeep.year_to_date == "—"  # the month's only: the year's would double the report's time
    assert [s.abc_class for s in doc.stock] == ["A", "B", "C", ""] and doc.stock[-1].turns == "—"  # no stock yet

    url = services.db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "report.pdf"
    assert main(["report", "--db", url, "--month", f"{month:%Y-%m}", "--pdf", str(out), "--lang", "zh_CN"]) == 0
    words = text(out.read_bytes())
    for expected in ("售后经营月报", f"{month:%Y-%m}", "返修率", "10.0%", "未达标", "本年累计", "近十二个月",
                     "产值构成", "客户", "5,000.00", "维修技师", "应收账款账龄", "库存周转与呆滞库存", "定期保养实施率", f"{owed.total:,.2f}"):
        assert expected in words, expected
    assert main(["report", "--db", url, "--month", f"{month:%Y-%m}", "--period", "quarter",
                 "--pdf", str(tmp_path / "q.pdf")]) == 2
    assert not (tmp_path / "q.pdf").exists()
