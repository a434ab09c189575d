"""A visit, end to end, as the people at the desk and in the workshop do it."""

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.config import Settings
from desktop.services.common.money import to_fen
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.views.conftest import press

from desktop.views.main_window import MainWindow
from desktop.views.workorders.dialogs import LineDialog, ReceptionDialog


def drop_on(qtbot, window: MainWindow, target_list, row_of_car: int, item_row: int) -> None:  # type: ignore[no-untyped-def]
    """Drag a car from the board's table onto an item of a list, as the foreman does."""
    board = window.board
    index = board.model.index(row_of_car, 0)
    mime = board.model.mimeData([index])
    rect = target_list.visualItemRect(target_list.item(item_row))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target_list.dropEvent(event)
    QApplication.processEvents()


def test_reception_to_delivery(qtbot, services: Services, workshop: Workshop, tmp_path: Path,  # type: ignore[no-untyped-def]
                               type_into, answers) -> None:
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    # Reception: find the car, open an order (Ctrl+O), type the concern, choose a package.
    customers = window.customers
    type_into(customers.search, "粤B123")
    qtbot.waitUntil(lambda: customers.results.rowCount() == 1, timeout=2000)
    press(qtbot, customers.search, Qt.Key.Key_Return)
    assert customers.vehicle is not None and customers.vehicle.plate == "粤B12345"
    press(qtbot, customers.results_view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.workorders
    dialog = window.workorders.dialog
    assert isinstance(dialog, ReceptionDialog) and dialog.odometer.hasFocus()
    type_into(dialog.odometer, "10480")
    type_into(dialog.concern, "做一万公里保养，刹车有点响")
    type_into(dialog.key_tag, "K07")
    dialog.package.setCurrentIndex(dialog.package.findText("P10000", Qt.MatchFlag.MatchStartsWith))
    dialog.advisor.setCurrentIndex(dialog.advisor.findData(workshop.advisor))
    press(qtbot, dialog.concern, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    editor = window.workorders.editor
    qtbot.waitUntil(lambda: editor.order is not None, timeout=2000)
    order = editor.order
    assert order is not None and order.state == "draft" and order.key_tag == "K07"
    package_lines = len(order.lines)
    assert package_lines == 8

    # An extra labour line from the catalogue (Ctrl+L).
    window.activateWindow()
    qtbot.waitUntil(editor.lines_view.hasFocus, timeout=2000)
    press(qtbot, editor.lines_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    line_dialog = editor.dialog
    assert isinstance(line_dialog, LineDialog)
    line_dialog.operation.setCurrentIndex(line_dialog.operation.findText("B001", Qt.MatchFlag.MatchStartsWith))
    assert line_dialog.description.text() == "更换前制动片"
    qtbot.mouseClick(line_dialog.save_button, Qt.MouseButton.LeftButton)
    assert editor.order is not None and len(editor.order.lines) == package_lines + 1

    # Estimate, and the customer signs.
    qtbot.mouseClick(editor.actions["estimate"], Qt.MouseButton.LeftButton)
    answers["ask_text"].append("张伟")
    qtbot.mouseClick(editor.actions["authorize"], Qt.MouseButton.LeftButton)
    assert editor.order.state == "authorized" and editor.order.authorized_by == "张伟"

    # The foreman drags the car onto a technician and a bay on the board.
    window.nav.setCurrentRow(window.pages.indexOf(window.board))
    board = window.board
    assert board.model.rowCount() == 1
    tech_row = next(i for i in range(board.technicians.count())
                    if board.technicians.item(i).data(Qt.ItemDataRole.UserRole) == workshop.tech)
    drop_on(qtbot, window, board.technicians, 0, tech_row)
    drop_on(qtbot, window, board.bays, 0, 0)
    car = board.model.row(0)
    assert (car.technician, car.bay) == ("王师傅", "1号工位")
    assert "王师傅 — 1" in board.technicians.item(tech_row).text()

    # Back at the order: work, quality check, delivery.
    window.show_order(order.id)
    editor.reload()
    for action in ("start", "check"):
        qtbot.mouseClick(editor.actions[action], Qt.MouseButton.LeftButton)
    answers["ask_item"].append("赵质检")
    qtbot.mouseClick(editor.actions["pass"], Qt.MouseButton.LeftButton)
    answers["ask"].append(-1)  # the summary first (balance, what is not invoiced); not yet
    qtbot.mouseClick(editor.actions["deliver"], Qt.MouseButton.LeftButton)
    assert editor.order is not None and editor.order.state == "ready"
    answers["ask"].append(0)
    qtbot.mouseClick(editor.actions["deliver"], Qt.MouseButton.LeftButton)
    done = editor.order
    assert done is not None and done.state == "delivered", editor.error.text()
    assert [e.to_state for e in done.events] == ["draft", "estimated", "authorized", "in_progress",
                                                 "quality_check", "ready", "delivered"]
    assert done.technician == "王师傅" and done.bay == "1号工位" and done.inspected_by == "赵质检"
    net = sum(x.amount for x in done.lines)
    assert done.totals.net == net and done.totals.vat == to_fen(net * Decimal("0.13"))
    assert done.totals.total == net + done.totals.vat
    assert "¥" in editor.totals.text()
    assert window.board.model.rowCount() == 0 or (window.board.refresh() or window.board.model.rowCount() == 0)

    # The car's history shows the order; double-click opens it.
    assert any(h.kind == "work_order" for h in services.customers.get_vehicle(workshop.vehicle_id).history)


def test_errors_show_in_the_editor_and_nothing_changes(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    dialog = window.workorders.new_order(workshop.vehicle_id)
    assert isinstance(dialog, ReceptionDialog)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.text("odometer_km") and dialog.errors.text("concern")
    dialog.odometer.setText("10100")
    dialog.concern.setPlainText("异响")
    dialog.save()
    editor = window.workorders.editor
    assert editor.order is not None
    # Another workstation changes the order; this one's save is refused, nothing overwritten.
    theirs = editor.order.reception()
    theirs.key_tag = "K99"
    services.workorders.update_reception(editor.order.id, editor.order.version, theirs)
    editor.reception.concern.setPlainText("被覆盖了吗？")
    editor.do_save_reception()
    assert "reload" in editor.error.text().lower() or "重新加载" in editor.error.text()
    saved = services.workorders.get(editor.order.id)
    assert (saved.concern, saved.key_tag) == ("异响", "K99")
    line_dialog = editor.add_line("labour")
    assert line_dialog is not None
    line_dialog.description.setText("检查")
    line_dialog.quantity.setText("0")
    line_dialog.save()
    assert line_dialog.isVisible()


def test_order_list_filters(qtbot, services: Services, workshop: Workshop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from desktop.services.workorders.records import ReceptionForm

    for km in (10100, 10200):
        services.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=km,
                                                     concern="检查"))
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    page = window.workorders
    assert page.model.rowCount() == 2
    page.period.setCurrentIndex(page.period.findData("range"))
    assert page.since.isVisibleTo(page)
    page.since.setDate(date.today() + timedelta(days=1))
    page.until.setDate(date.today() + timedelta(days=2))
    assert page.model.rowCount() == 0
    page.since.setDate(date.today() - timedelta(days=1))
    page.until.setDate(date.today())
    assert page.model.rowCount() == 2
    page.state.setCurrentIndex(page.state.findData("delivered"))
    assert page.model.rowCount() == 0
