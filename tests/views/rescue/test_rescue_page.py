"""The rescue desk at the phone: a call logged (the missing place shown under its field,
the customer found by the phone), a van set up and sent, the arrival, the close without an
outcome's facts refused where they belong, then fixed and charged, the record printed, the
satisfaction asked, the month's times; a van into maintenance and a partner added."""

from decimal import Decimal

from desktop.services.container import Services
from desktop.services.rescue.records import VanForm
from tests.conftest import Workshop

from desktop.views.rescue.page import RescuePage
from desktop.views.rescue.strip import RescueStrip


def test_a_rescue_through_the_page(qtbot, services: Services, workshop: Workshop, answers,  # type: ignore[no-untyped-def]
                                   monkeypatch) -> None:
    page = RescuePage(services)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.vans)
    dialog = page.vans.do_van(new=True)
    assert dialog is not None
    dialog.km.setText("abc")
    dialog.save()
    assert dialog.errors.text("name") and dialog.errors.text("km")
    dialog.name.setText("救援车1")
    dialog.km.setText("50000")
    dialog.crew.setText("刘师傅")
    dialog.save()
    assert page.vans.vans.rowCount() == 1
    answers["ask_text"].append("宝安合作站, 宝安、机场, 0755-27000001")
    page.vans.do_partner()
    assert page.vans.partners.rowCount() == 1

    page.tabs.setCurrentWidget(page.desk_tab)
    call = page.desk_tab.do_call()
    call.phone.setText("13812345678")
    call.picker.run_search()
    call.problem.setPlainText("打不着火")
    call.save()
    assert call.errors.text("address") and call.result_ is None
    call.address.setText("深南大道")
    call.distance.setText("8")
    assert call.car.currentData() == workshop.vehicle_id
    call.save()
    assert call.result_ is not None and call.result_.customer == "张伟"
    assert page.desk_tab.rows.rowCount() == 1
    strip = RescueStrip(services)  # the line on the workshop board
    qtbot.addWidget(strip)
    strip.refresh()
    assert call.result_.number in strip.text() and "深南大道" in strip.text()
    page.desk_tab.view.selectRow(0)
    answers["ask_item"].append(next(iter(["救援车1  · 刘师傅"])))
    page.desk_tab.do_send()
    assert services.rescues.under_way()[0].van == "救援车1" and services.vans.vans()[0].state == "out"
    page.desk_tab.view.selectRow(0)
    page.desk_tab.do_arrived()
    page.desk_tab.view.selectRow(0)
    closing = page.desk_tab.do_close()
    assert closing is not None
    closing.outcome.setCurrentIndex(closing.outcome.findData("fixed"))
    closing.save()
    assert closing.errors.text("work_done") and closing.result_ is None
    closing.work_done.setPlainText("搭电启动")
    closing.save()
    assert closing.result_ is not None and closing.result_.charge == Decimal("200.00")
    assert page.desk_tab.rows.rowCount() == 0 and services.vans.vans()[0].state == "free"
    strip.refresh()
    assert strip.text() == ""
    shown: list[bytes] = []
    monkeypatch.setattr("desktop.views.shared.print_preview.PrintPreview.open", lambda self: shown.append(self.pdf))
    assert page.desk_tab.do_print(closing.result_.id) is not None and shown[0].startswith(b"%PDF")

    page.tabs.setCurrentWidget(page.month)
    page.month.to_ask.setChecked(True)
    assert page.month.rows.rowCount() == 1
    page.month.view.selectRow(0)
    answers["ask_item"].append(page.month.tr("5 very satisfied"))
    answers["ask_text"].append("很及时")
    page.month.do_ask()
    assert page.month.rows.rowCount() == 0 and "1" in page.month.summary.text()

    page.tabs.setCurrentWidget(page.vans)
    page.vans.van_view.selectRow(0)
    page.vans.do_state("maintenance")
    assert services.vans.vans()[0].state == "maintenance"
    services.vans.save_van(services.vans.vans()[0].id, VanForm("救援车1", km=50000))
