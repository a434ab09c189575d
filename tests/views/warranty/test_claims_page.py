"""The claims page as the warranty clerk works it: a new claim from a delivered order, the
missing cause shown under its field, submitted, the manufacturer's answer line by line, the
refused part borne as goodwill, the transfer received; a photo that is not one refused at
once; the old parts returned; a technical report answered; the 三包 list."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from desktop.services.container import Services
from desktop.services.warranty.reports import ReportForm
from tests.conftest import Workshop
from tests.services.warranty.test_claims import png, repaired

from desktop.views.warranty.claims import ClaimsPage


def test_a_claim_from_the_order_to_the_money(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                              answers, tmp_path: Path) -> None:
    order_id = repaired(services, workshop)
    number = services.workorders.get(order_id).number
    page = ClaimsPage(services)
    qtbot.addWidget(page)
    page.show()
    dialog = page.claims.do_new(number)
    assert dialog is not None and dialog.claim.state == "draft"
    assert page.claims.claims.rowCount() == 1 and page.claims.do_new(number) is None  # claimed already
    dialog.cause.setPlainText("")
    dialog.do_submit()
    assert dialog.errors.text("cause"), dialog.general_error.text()
    assert dialog.claim.state == "draft"  # under its field, nothing sent
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"not a photo at all")
    dialog.do_attach(str(bad))
    assert dialog.general_error.text() and not dialog.claim.attachments
    good = tmp_path / "漏油.png"
    good.write_bytes(png())
    dialog.do_attach(str(good))
    assert [a.name for a in dialog.claim.attachments] == ["漏油.png"]
    dialog.cause.setPlainText("减震器漏油")
    dialog.do_submit()
    assert dialog.claim.state == "submitted" and dialog.claim.number.startswith("SP")
    box = dialog.lines.cellWidget(1, 5)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("part"))
    dialog.do_decide("旧件未返还")
    assert dialog.claim.state == "partly" and dialog.settle_button.isEnabled()
    dialog.do_settle("goodwill")  # anna is a manager: no one else needs to approve
    assert dialog.claim.settlement == "goodwill"
    dialog.do_receive("1000", "FAW-1")
    assert "169.50" in dialog.general_error.text() and dialog.claim.received == 0  # more than is owed
    dialog.do_receive("169.50", "FAW-1")
    assert dialog.claim.state == "paid" and not dialog.receive_button.isEnabled()
    dialog.accept()
    page.claims.state.setCurrentIndex(page.claims.state.findData("paid"))
    assert page.claims.claims.rowCount() == 1
    page.tabs.setCurrentWidget(page.figures)
    assert "Part not accepted" in page.figures.refusals.text() and "550.00" in page.figures.refusals.text()


def test_old_parts_reports_and_sanbao_tabs(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                           answers) -> None:
    services.claims.create(repaired(services, workshop))
    rid = services.tech_reports.create(ReportForm(workshop.vehicle_id, "中控黑屏", "是否有升级方案？"))
    page = ClaimsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.old_parts)
    assert page.old_parts.parts.rowCount() == 1
    page.old_parts.view.selectRow(0)
    page.old_parts.do_place("旧件架 A-1")
    assert page.old_parts.parts.row(0).location == "旧件架 A-1"
    page.old_parts.view.selectRow(0)
    page.old_parts.do_dispose("returned", "")
    assert page.old_parts.error.text() and page.old_parts.parts.rowCount() == 1  # the note is required
    page.old_parts.do_dispose("returned", "FH-001")
    assert page.old_parts.parts.rowCount() == 0
    page.tabs.setCurrentWidget(page.reports)
    assert page.reports.reports.row(0).id == rid
    page.reports.view.selectRow(0)
    page.reports.do_answer("answered", "刷写主机软件至V3.2.1")
    assert page.reports.reports.row(0).state == "answered"
    page.tabs.setCurrentWidget(page.sanbao)
    assert page.sanbao.rows.rowCount() == 0  # the workshop's car has no purchase date: no 三包 period


def test_the_car_s_cover_shows_its_sanbao_count(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from desktop.models import Vehicle

    from desktop.views.warranty.coverage import CoverageTab

    services.settings.set("sanbao_same_fault", 3)
    with services.db.write() as s:
        car = s.get(Vehicle, workshop.vehicle_id)
        assert car is not None
        car.purchase_date = car.warranty_start = date.today() - timedelta(days=200)
    first = repaired(services, workshop, invoice=False)
    repaired(services, workshop, invoice=False)
    tab = CoverageTab(services)
    qtbot.addWidget(tab)
    tab.show_order(services.workorders.get(first))
    assert "三包" in tab.flags.text() and "2" in tab.flags.text() and tab.flags.isVisibleTo(tab)
    page = ClaimsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.sanbao)
    assert page.sanbao.rows.rowCount() == 1
