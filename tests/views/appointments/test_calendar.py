from datetime import time

import pytest
from PySide6.QtCore import QDate

from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.appointments.test_appointments import TOMORROW, at, form

from desktop.views.appointments.appointment import AppointmentView
from desktop.views.appointments.dialogs import BookingDialog
from desktop.views.appointments.page import ROLE, AppointmentsPage
from desktop.views.shared import common


@pytest.fixture
def page(qtbot, services: Services) -> AppointmentsPage:  # type: ignore[no-untyped-def]
    widget = AppointmentsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def cell(page: AppointmentsPage, slot: time, column: int = 0) -> object:
    grid = page.calendar.grid
    row = [t for t in page.calendar.plan.slots].index(slot)  # type: ignore[union-attr]
    return grid.item(row, column).data(ROLE)


def test_book_from_the_calendar_and_the_buffer_asks_first(qtbot, page: AppointmentsPage, services: Services,
                                                          workshop: Workshop, monkeypatch: pytest.MonkeyPatch,
                                                          type_into) -> None:  # type: ignore[no-untyped-def]
    page.calendar.day.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    page.calendar.refresh()  # the workshop's people came after the page opened
    assert cell(page, time(9))[0] == "book"  # type: ignore[index]
    dialogs: list[BookingDialog] = []

    def fill(dialog: BookingDialog) -> bool:
        dialogs.append(dialog)
        dialog.save()  # nobody chosen: said at the field
        assert dialog.errors.text("customer")
        type_into(dialog.picker.query, "张伟")
        dialog.picker.run_search()
        dialog.concern.setPlainText("做保养")
        dialog.package.setCurrentIndex(1)
        dialog._add_package(1)
        assert dialog.lines and dialog.minutes.value() >= 15
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(common, "run_dialog", fill)
    page.calendar.open_cell([t for t in page.calendar.plan.slots].index(time(9)), 0)  # type: ignore[union-attr]
    assert dialogs[0].detail is not None
    assert cell(page, time(9))[0] == "open"  # type: ignore[index]
    assert "h" in page.calendar.load.text()


def test_the_buffer_slot_is_booked_only_on_purpose(qtbot, page: AppointmentsPage, services: Services,
                                                   workshop: Workshop, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.services.appointments.test_appointments import second_car

    services.appointments.book(form(workshop, at(9)))
    for i, plate in enumerate(("粤B11111", "粤B22222")):
        cid, vid = second_car(services, plate)
        services.appointments.book(form(workshop, at(9, 15 * (i + 1)), customer_id=cid, vehicle_id=vid))
    page.calendar.day.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    page.calendar.refresh()
    assert page.calendar.grid.item([t for t in page.calendar.plan.slots].index(time(9, 45)), 0).text()  # type: ignore[union-attr]
    cid, vid = second_car(services, "粤B33333")
    dialog = BookingDialog(services, page, day=TOMORROW, slot=time(9, 45), advisor_id=workshop.advisor,
                           customer_id=cid, vehicle_id=vid)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(common, "ask", lambda _p, _t, text, _b, default=0: asked.append(text) or -1)
    dialog.save()
    assert asked and dialog.detail is None  # the advisor said no: nothing booked
    monkeypatch.setattr(common, "ask", lambda *a, **k: 0)
    dialog.save()
    assert dialog.detail is not None and dialog.detail.buffer_override_by == "anna"


def test_an_appointment_is_confirmed_moved_and_arrives(qtbot, page: AppointmentsPage, services: Services,
                                                       workshop: Workshop,
                                                       answers: dict[str, list[object]]) -> None:
    booked = services.appointments.book(form(workshop, at(10)))
    view = AppointmentView(services, booked.row.id)
    qtbot.addWidget(view)
    opened: list[int] = []
    view.open_order.connect(opened.append)
    answers["ask_text"].append("电话确认")
    view.confirm()
    assert view.detail.row.state == "confirmed" and not view.buttons["confirm"].isEnabled()
    answers["ask_text"].append("abc")
    view.arrive()
    assert view.error.text() and not opened  # a reading that is not a number: said in the view
    answers["ask_text"].append("10600")
    view.arrive()
    assert opened and services.workorders.get(opened[0]).odometer_km == 10600
    assert view.detail.row.state == "arrived" and not view.buttons["cancel"].isEnabled()


def test_confirmation_list_and_slips(qtbot, page: AppointmentsPage, services: Services, workshop: Workshop,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    services.appointments.book(form(workshop, at(10)))
    page.tabs.setCurrentIndex(1)
    page.confirmations.day.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    page.confirmations.refresh()
    assert page.confirmations.model.rowCount() == 1 and "1" in page.confirmations.summary.text()
    shown: list[bytes] = []
    from desktop.views.shared import print_preview

    monkeypatch.setattr(print_preview, "show_document", lambda parent, render, kind, title, name: shown.append(
        render("zh_CN")))
    page.confirmations.print_all()
    assert shown and shown[0].startswith(b"%PDF")


def test_an_appointment_is_moved_to_another_time(qtbot, page: AppointmentsPage, services: Services,
                                                 workshop: Workshop, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views.appointments.appointment import MoveDialog

    booked = services.appointments.book(form(workshop, at(10)))
    view = AppointmentView(services, booked.row.id)
    qtbot.addWidget(view)

    def choose(dialog: MoveDialog) -> bool:
        dialog.slot.setCurrentIndex(dialog.slot.findData("15:00"))
        return True

    monkeypatch.setattr(common, "run_dialog", choose)
    view.move()
    assert view.detail.row.slot_at.astimezone().hour == 15 and not view.error.text()
