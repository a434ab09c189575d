"""The insurance clerk's page: an insurer added, a case opened on a work order (the report
number missing shown under its field), the assessment typed beside the estimate (a figure
above the line refused), the bill split, the claim file ticked, the share by insurer."""

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QTableWidgetItem

from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.insurance.test_cases import accident_order

from desktop.views.insurance.page import InsurancePage


def test_an_insurer_and_a_case_through_the_page(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    order_id = accident_order(services, workshop)
    number = services.workorders.get(order_id).number
    page = InsurancePage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.cases.do_new(number) is None and page.cases.error.text()  # no insurer on file yet
    page.tabs.setCurrentWidget(page.insurers)
    dialog = page.insurers.do_edit(new=True)
    assert dialog is not None
    dialog.save()
    assert dialog.errors.text("name")
    dialog.name.setText("中国平安财产保险")
    dialog.branch.setText("深圳分公司")
    dialog.assessors.setPlainText("陈定损 13800000002")
    dialog.save()
    assert page.insurers.rows.rowCount() == 1 and page.insurers.rows.row(0).assessors == (("陈定损", "13800000002"),)
    page.tabs.setCurrentWidget(page.cases)
    case = page.cases.do_new(number)
    assert case is not None and case.case is None
    case.save()
    assert case.errors.text("report_no") and case.case is None  # nothing opened
    case.report_no.setText("RDAA2026440300000999")
    case.save()
    assert case.case is not None and case.case.state == "open"
    items = case.case.items
    case.lines.setItem(0, 3, QTableWidgetItem("2500"))  # above the shop's 2,000
    case.do_assess()
    assert case.errors.general.text() or any(case.errors.text(f"line{x.id}") for x in items)
    assert case.case.state == "open"
    case.lines.setItem(0, 3, QTableWidgetItem("1800"))
    refused = case.lines.cellWidget(3, 4)
    assert isinstance(refused, QCheckBox)
    refused.setChecked(True)  # the fog lamp: refused, and the customer does not want it
    case.deductible.setText("300")
    case.do_assess()
    assert case.case.state == "assessed" and case.case.split.assessed == Decimal(4300)
    case.do_split("0")
    assert case.case.state == "split" and case.case.split.insurer == Decimal(4000)
    case.paper_boxes["accident_report"].setChecked(True)
    assert "accident_report" in case.case.ticked and "accident_report" not in case.case.missing
    case.accept()
    assert page.cases.cases.rowCount() == 1 and page.cases.cases.row(0).assessed == Decimal(4300)
    page.tabs.setCurrentWidget(page.share)
    assert "中国平安财产保险" in page.share.text.text()


def test_the_case_on_the_work_order(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    from tests.services.insurance.test_cases import form, insurer

    from desktop.views.insurance.order_tab import AccidentTab
    from desktop.views.workorders.editor import WorkOrderEditor

    order_id = accident_order(services, workshop)
    editor = WorkOrderEditor(services)
    qtbot.addWidget(editor)
    tab = AccidentTab(services)
    tab.order_changed.connect(editor.line_saved)
    editor.add_order_tab(tab, "事故", 4)
    editor.open(order_id)
    assert not tab.open_button.isEnabled()  # no insurer on file yet
    services.accidents.open_case(order_id, form(insurer(services)))
    editor.open(order_id)
    assert "BX" in tab.summary.text() and tab.open_button.isEnabled()
    dialog = tab.do_open()
    assert dialog is not None and dialog.case is not None
    dialog.accept()
    assert {x.payer for x in editor.order.lines} == {"insurance"}
