"""The board on a TV: full screen, read-only, every car in the shop without the customers'
names (customers see it), late cars in red; pages through the cars when they do not fit,
refreshes itself, and Esc closes it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.services.container import Services
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop

from desktop.views.workorders.board import BoardPage


def authorize(services: Services, order_id: int) -> None:
    w = services.workorders
    o = w.get(order_id)
    o = w.add_line(o.id, o.version, LineForm("labour", "检查", "1", "200"))
    o = w.move(o.id, o.version, "estimated")
    w.move(o.id, o.version, "authorized", signed_by="张伟")


def test_the_tv_board_shows_the_cars_without_names_and_pages(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                             workshop: Workshop, monkeypatch) -> None:
    from datetime import datetime, timedelta

    from desktop.models import WorkOrder
    from desktop.services.customers.records import CustomerForm, VehicleForm

    late = services.workorders.open_order(ReceptionForm(
        vehicle_id=workshop.vehicle_id, odometer_km=10_000, concern="保养",
        promised_at=datetime.now().astimezone() + timedelta(hours=1)))
    with services.db.write() as s:  # promised an hour ago
        order = s.get(WorkOrder, late.id)
        assert order is not None
        order.promised_at = datetime.now().astimezone() - timedelta(hours=1)
    authorize(services, late.id)
    other = services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]),
                                               VehicleForm(plate="粤B67890", make="丰田", model="卡罗拉"))
    board = BoardPage(services)
    qtbot.addWidget(board)
    tv = board.show_on_tv()
    qtbot.addWidget(tv)
    assert tv.isVisible() and tv.table.rowCount() == 1
    cells = [tv.table.item(0, c).text() for c in range(tv.table.columnCount())]
    assert late.plate in cells and all(late.customer_name not in c for c in cells)  # no names on the TV
    assert tv.table.item(0, 0).foreground().color() == QColor("#ff5252")  # late
    assert tv.table.editTriggers() == tv.table.EditTrigger.NoEditTriggers
    assert board.show_on_tv() is tv  # one TV window, not two

    authorize(services, services.workorders.open_order(ReceptionForm(
        vehicle_id=other.vehicles[0].id, odometer_km=5_000, concern="异响")).id)
    monkeypatch.setattr(tv, "rows_per_page", lambda: 1)
    tv.refresh()  # what the timer does
    first = tv.table.item(0, 0).text()
    tv.next_page()
    assert "2" in tv.footer.text() and tv.table.rowCount() == 1
    tv.next_page()
    assert tv.table.item(0, 0).text() == first  # round again
    qtbot.keyClick(tv, Qt.Key.Key_Escape)
    assert not tv.isVisible() and not tv.refresher.isActive()
