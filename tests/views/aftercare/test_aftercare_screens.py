from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.services.aftercare.records import ComplaintForm
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.aftercare.test_followups import delivered

from desktop.views.aftercare.complaints import ComplaintView, NewComplaintDialog
from desktop.views.aftercare.dialogs import CallDialog, ContactDialog, RegisterDialog
from desktop.views.aftercare.page import AftercarePage
from desktop.views.shared import common
from desktop.views.shared.table_model import ALERT


@pytest.fixture
def page(qtbot, services: Services) -> AftercarePage:  # type: ignore[no-untyped-def]
    widget = AftercarePage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def test_the_clerk_logs_a_call_and_a_low_score_opens_a_complaint(qtbot, page: AftercarePage, services: Services,
                                                                  workshop: Workshop,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    delivered(services, workshop)
    tab = page.calls
    tomorrow = date.today() + timedelta(days=1)
    tab.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert tab.model.rowCount() == 1 and "1" in tab.summary.text()
    tab.table.selectRow(0)
    informed: list[str] = []
    monkeypatch.setattr(common, "inform", lambda _p, _t, text, error=False: informed.append(text))

    def answer(dialog: CallDialog) -> bool:
        dialog.scores["quality"].group.button(7 - 5).click()  # 2 out of 5
        dialog.scores["price"].group.button(5).click()
        assert "3" in dialog.hint.text()  # a score below 3 opens a complaint
        dialog.notes.setPlainText("刹车还响")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(common, "run_dialog", answer)
    tab.log_call()
    assert informed and "TS" in informed[0]
    assert tab.model.rowCount() == 0  # done: off the list
    page.tabs.setCurrentIndex(1)
    rows = page.complaints.model.rows()
    assert len(rows) == 1 and rows[0].category == "quality" and rows[0].channel == "followup"


def test_an_unreached_call_comes_back_later(qtbot, page: AftercarePage, services: Services,
                                            workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=1))[0]
    dialog = CallDialog(services, call, services.followups.rules(), page)
    qtbot.addWidget(dialog)
    dialog.reached.setChecked(False)
    assert not dialog.scores["quality"].isEnabled() and "2" in dialog.hint.text()  # 2 tries left
    dialog.save()
    assert dialog.result() == 1 and dialog.outcome is not None


def test_overdue_calls_and_complaints_are_red(qtbot, page: AftercarePage, services: Services,
                                              workshop: Workshop) -> None:
    delivered(services, workshop)
    later = date.today() + timedelta(days=6)
    page.calls.day.setDate(QDate(later.year, later.month, later.day))
    assert page.calls.model.data(page.calls.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == ALERT


def test_a_new_complaint_is_checked_at_its_fields_then_worked_to_the_end(qtbot, page: AftercarePage,
                                                                         services: Services, workshop: Workshop,
                                                                         answers: dict[str, list[object]],
                                                                         type_into) -> None:  # type: ignore[no-untyped-def]
    dialog = NewComplaintDialog(services, page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors.text("customer") and dialog.errors.text("description")
    type_into(dialog.picker.query, "张伟")
    dialog.picker.run_search()
    assert dialog.vehicle.currentData() == workshop.vehicle_id
    dialog.orders.setText("WO2099-999999")
    dialog.description.setPlainText("前台态度不好")
    dialog.save()
    assert dialog.errors.text("orders")  # no such work order: said at the field
    dialog.orders.setText("")
    dialog.category.setCurrentIndex(dialog.category.findData("attitude"))
    dialog.save()
    assert dialog.detail is not None and dialog.detail.row.category == "attitude"
    view = ComplaintView(services, dialog.detail.row.id)
    qtbot.addWidget(view)
    view.start()
    answers["ask_text"] += ["已报郑经理", "向客户致歉并培训前台", "电话告知"]
    view.report()
    view.solution()
    view.told()
    assert view.detail.told_at is not None
    answers["ask_text"].append(" ")
    view.close_complaint()  # not resolved yet: refused, said in the view
    assert view.error.text()
    view.detail = services.complaints.resolve(view.detail.row.id, view.detail.version, "前台新人", "已培训")
    view.show_detail()
    answers["ask_text"].append("客户电话确认满意")
    view.close_complaint()
    assert view.detail.row.state == "closed"
    assert not any(b.isEnabled() for b in view.buttons.values())


def test_goodwill_asks_a_manager_to_approve(qtbot, page: AftercarePage, services: Services, workshop: Workshop,
                                            answers: dict[str, list[object]]) -> None:
    from desktop.services.core.desk import Actor
    from desktop.services.users.rules.roles import DEFAULT_GRANTS

    detail = services.complaints.open(ComplaintForm(workshop.customer_id, "phone", "price", "太贵"))
    services.users.create_owner("店主", "Owner-Pass-2026")
    services.desk.sign_in(Actor("li", "李顾问", None, ("advisor",), DEFAULT_GRANTS["advisor"]))
    view = ComplaintView(services, detail.row.id)
    qtbot.addWidget(view)
    answers["ask_text"] += ["免工时费", "120"]
    answers["approval"].append(("admin", "Owner-Pass-2026"))
    view.goodwill()
    assert view.detail.goodwill_by == "admin" and view.detail.goodwill_amount == 120


def test_inbound_calls_and_the_registers(qtbot, page: AftercarePage, services: Services, workshop: Workshop,
                                         monkeypatch: pytest.MonkeyPatch, type_into) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(services, "inbound", page)
    qtbot.addWidget(dialog)
    type_into(dialog.picker.query, "张伟")
    dialog.picker.run_search()
    dialog.notes.setPlainText("问保养价格")
    dialog.save()
    assert dialog.contact_id is not None
    shown: list[bytes] = []
    from desktop.views.shared import print_preview

    monkeypatch.setattr(print_preview, "show_document", lambda parent, render, kind, title, name: shown.append(
        render("zh_CN")))
    registers = RegisterDialog(services, page)
    qtbot.addWidget(registers)
    registers.kind.setCurrentIndex(registers.kind.findData("call-register"))
    registers.show_register()
    assert shown and shown[0].startswith(b"%PDF")


def test_the_satisfaction_tab_and_the_reminder(qtbot, page: AftercarePage, services: Services,
                                               workshop: Workshop) -> None:
    delivered(services, workshop)
    page.tabs.setCurrentIndex(2)
    assert "0 complaints / 1 delivered" in page.satisfaction.rate.text()
    assert page.reminder() == ""  # the call is due tomorrow


def test_the_rules_and_the_working_calendar_are_settings(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.aftercare.settings import AftercareSettings

    panel = AftercareSettings(services)
    qtbot.addWidget(panel)
    assert any(d.name == "国庆节" for d in panel.model.rows())  # shipped with the official dates
    panel.first_from.setValue(5)
    panel.first_by.setValue(3)
    panel.save()
    assert panel.error.text()  # the window starts after it ends: refused, nothing saved
    assert services.followups.rules().first_from == 1
    panel.first_from.setValue(2)
    panel.questions["price"].setChecked(False)
    panel.save()
    assert services.followups.rules().first_from == 2 and "price" not in services.followups.rules().questions
    panel.day.setDate(QDate(2027, 2, 6))
    panel.kind.setCurrentIndex(0)
    panel.name.setText("春节")
    panel.set_day()
    assert date(2027, 2, 6) in services.calendar.calendar().holidays
    panel.name.setText("")
    panel.set_day()
    assert panel.day_error.text()
