"""The first day at the counter (issue 15): a new shop goes from the wizard to a delivered,
invoiced, printed visit, driven through the window, without opening a page the wizard did
not mention (customers, work orders, and the dialogs they open)."""

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.config import Settings
from desktop.db import Database
from desktop.services.container import Services
from tests.views.conftest import printer_to_file

from desktop.views.billing.dialogs import SettlementDialog
from desktop.views.customers.dialogs import CustomerDialog
from desktop.views.main_window import MainWindow
from desktop.views.shared import print_preview
from desktop.views.system.first_run import FirstRunWizard
from desktop.views.workorders.dialogs import LineDialog, ReceptionDialog


def test_from_the_wizard_to_a_delivered_invoiced_printed_visit(qtbot, sqlite_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               type_into, answers, monkeypatch) -> None:
    services = Services.create(sqlite_db, "anna")
    settings = Settings(tmp_path / "settings.json")

    # The wizard: the shop, prices, the staff and bays (kept as prefilled), an empty shop.
    wizard = FirstRunWizard(services, settings)
    qtbot.addWidget(wizard)
    wizard.forward()
    type_into(wizard.shop["shop_name"], "宏达汽修")
    type_into(wizard.shop["shop_phone"], "0755-88886666")
    for _ in range(3):
        wizard.forward()
    wizard.start_empty.setChecked(True)
    wizard.forward()
    assert wizard.result() == 1
    services.workshop.ensure_catalogue()

    window = MainWindow(services, settings, tmp_path / "x.log")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    visited = set()
    window.nav.currentRowChanged.connect(lambda _r: visited.add(window.pages.currentWidget()))

    # A new customer with the car, then the order (Ctrl+O from the car).
    customers = window.customers
    dialog = customers.new_customer()
    assert isinstance(dialog, CustomerDialog)
    type_into(dialog.customer.name, "张伟")
    type_into(dialog.customer.phones, "13812345678")
    type_into(dialog.vehicle.plate, "粤B12345")
    type_into(dialog.vehicle.odometer, "10480")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert customers.vehicle is not None and customers.vehicle.plate == "粤B12345"
    customers.request_order()
    reception = window.workorders.dialog
    assert isinstance(reception, ReceptionDialog)
    type_into(reception.odometer, "10500")
    type_into(reception.concern, "保养")
    qtbot.mouseClick(reception.save_button, Qt.MouseButton.LeftButton)
    editor = window.workorders.editor
    qtbot.waitUntil(lambda: editor.order is not None, timeout=3000)

    # A labour line from the catalogue; estimate; the customer agrees.
    line = editor.add_line("labour")
    assert isinstance(line, LineDialog)
    line.operation.setCurrentIndex(line.operation.findText("M001", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(line.save_button, Qt.MouseButton.LeftButton)
    assert editor.order is not None and len(editor.order.lines) == 1
    qtbot.mouseClick(editor.actions["estimate"], Qt.MouseButton.LeftButton)
    answers["ask_text"].append("张伟")
    qtbot.mouseClick(editor.actions["authorize"], Qt.MouseButton.LeftButton)

    # Dispatch to a technician the wizard set up, work, quality check by its inspector.
    answers["ask_item"] += ["王师傅", "1号工位"]
    editor.do_dispatch()
    for action in ("start", "check"):
        qtbot.mouseClick(editor.actions[action], Qt.MouseButton.LeftButton)
    answers["ask_item"].append("赵质检")
    qtbot.mouseClick(editor.actions["pass"], Qt.MouseButton.LeftButton)
    assert editor.order.state == "washing", editor.error.text()  # a new shop washes its cars
    answers["ask_item"].append("王师傅")  # no washer set up yet: a technician washed it
    qtbot.mouseClick(editor.actions["washed"], Qt.MouseButton.LeftButton)
    assert editor.order.state == "ready" and editor.order.washed_by == "王师傅", editor.error.text()

    # Settle: the invoice (asked once), the payment, the settlement sheet printed.
    settle = editor.do_settle()
    assert isinstance(settle, SettlementDialog)
    answers["ask"].append(0)
    settle.issue_buttons["customer"].click()
    assert settle.invoices.rowCount() == 1
    settle.invoice_view.selectRow(0)
    pay = settle.pay()
    type_into(pay.amounts["cash"], str(settle.invoices.row(0).total))
    pay.save()
    assert settle.invoices.row(0).balance == 0
    printed = tmp_path / "settlement.pdf"
    monkeypatch.setattr(print_preview, "choose_printer", printer_to_file(printed))
    preview = settle.print_invoice()
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        preview.print_()
    assert printed.stat().st_size > 10_000
    preview.reject()
    settle.accept()

    # Delivery, asked once with the summary.
    answers["ask"].append(0)
    qtbot.mouseClick(editor.actions["deliver"], Qt.MouseButton.LeftButton)
    assert editor.order.state == "delivered"
    assert visited <= {window.customers, window.workorders}  # nothing the wizard did not mention
