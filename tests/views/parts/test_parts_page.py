from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.services.container import Services
from desktop.services.parts.records import PartForm

from desktop.views.parts.page import PartsPage, ReorderDialog


def test_the_clerk_keeps_the_shelves(qtbot, services: Services, type_into, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    supplier = services.parts.add_supplier("本地汽配城", lead_time_days=1)
    page = PartsPage(services)
    qtbot.addWidget(page)
    page.save_part()  # an empty form is refused at its fields
    assert page.errors.text("number") and page.errors.text("name")
    type_into(page.number, "flt-oil")
    type_into(page.name, "机油滤清器")
    type_into(page.bin, "a-01")
    page.supplier.setCurrentIndex(page.supplier.findData(supplier))
    page.price.setText("58.00")
    page.save_part()
    assert page.current is not None and page.current.number == "FLT-OIL" and page.model.rowCount() == 1
    receive = page.receive()  # one form: quantity, last cost, the part's supplier, delivery note
    assert receive is not None and receive.supplier.currentData() == supplier
    receive.quantity.setText("1e17")
    receive.save()
    assert receive.errors.text("quantity") and page.current.on_hand == 0  # refused at its field
    receive.quantity.setText("10")
    receive.cost.setText("32.50")
    receive.note.setText("SH2026-1130-07")
    receive.save()
    assert page.current.on_hand == 10 and "10" in page.stock_label.text()
    again = page.receive()
    assert again is not None and again.cost.text() == "32.50"  # the last price paid, prefilled
    again.reject()
    answers["ask_text"] += ["12", "写错了"]
    page.take_out("write-off")
    assert (page.current.on_hand == 10 and page.errors.text("quantity")) or page.general.text()
    answers["ask_text"] += ["9", "盘点少一件"]
    page.stock_take()
    assert page.current.on_hand == 9
    type_into(page.search, "zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    type_into(page.lead, "x")
    type_into(page.level, "120")
    page.save_part()
    assert page.errors.text("lead_time_days") and page.errors.text("service_level")
    type_into(page.lead, "2")
    type_into(page.level, "97")
    page.save_part()
    assert services.parts.part_form(page.current.part_id)[0].service_level == Decimal("0.97")
    assert page.level.text() == "97 %"
    abc = page.abc_analysis()
    abc.reclassify()
    assert abc.model.rowCount() == 1 and "1" in abc.summary.text()
    abc.accept()
    dialog = page.reorder()
    assert isinstance(dialog, ReorderDialog)
    out = tmp_path / "reorder.csv"
    answers["save_file"].append(str(out))
    dialog.export()
    assert out.read_text(encoding="utf-8-sig").startswith("供应商")
    dialog.accept()


def test_the_clerk_orders_from_the_review_and_receives_half(  # type: ignore[no-untyped-def]
        qtbot, services: Services, answers, tmp_path: Path) -> None:
    """Review → change a quantity → one action makes the purchase order → send → half the
    delivery comes → on hand and on order change on the parts screen."""
    from datetime import timedelta

    from desktop.config import Settings
    from desktop.models.base import utcnow

    from desktop.views.main_window import MainWindow

    parts = services.parts
    vw = parts.add_supplier("一汽大众配件中心", lead_time_days=3)
    pid = parts.save_part(PartForm("FLT-OIL", "机油滤清器", supplier_id=vw, price="58")).part_id
    parts.receive(pid, "102", "30.00")
    with services.db.write() as s:  # a year of steady demand, 100 issued, 2 left
        from desktop.models import StockMovement
        from desktop.models.parts import week_of
        for k in range(50):
            at = utcnow() - timedelta(days=7 * k + 1)
            s.add(StockMovement(part_id=pid, kind="issue", quantity=-2, unit_cost=30, at=at, week=week_of(at)))
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.parts.reorder()
    qtbot.waitExposed(dialog)
    assert [x.number for x in dialog.suggestions] == ["FLT-OIL"]
    suggested = dialog.suggestions[0].quantity
    assert suggested > 0
    index = dialog.model.index(0, [c.key for c in dialog.model.columns].index("quantity"))
    dialog.view.setCurrentIndex(index)
    qtbot.keyClicks(dialog.view, "2")  # typing on the cell starts the edit
    editor = dialog.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "2"
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.quantities() == {pid: "20"}, timeout=2000)  # the delegate commits queued
    dialog.create_orders()
    assert dialog.result() == 1
    stock = parts.stock(pid)
    assert stock.on_order == 20
    assert window.parts.model.row(0).on_order == 20  # the parts list was refreshed

    page = window.purchasing
    assert page.orders.row(0).number.startswith("PO")
    page.send()
    assert page.current is not None and page.current.state == "sent"
    receive = page.receive()
    assert receive is not None
    receive.set_delivered("FLT-OIL", "abc")
    receive.post()
    assert receive.error.text() and parts.stock(pid).on_hand == 2  # refused, nothing posted
    receive.set_delivered("FLT-OIL", "10", "31.00")
    receive.post()
    assert page.current is not None and page.current.state == "partly_received"
    stock = parts.stock(pid)
    assert (stock.on_hand, stock.on_order) == (12, 10)
    window.parts.view.selectRow(0)
    assert "12" in window.parts.stock_label.text() and "10" in window.parts.stock_label.text()
    answers["ask"].append(0)
    page.close_order()
    assert parts.stock(pid).on_order == 0
    assert page.orders.rowCount() == 0  # only open orders listed
    page.show_all.setChecked(True)
    assert page.orders.rowCount() == 1


def test_stock_take_page(qtbot, services: Services, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.parts.stocktake import StockTakePage

    for number, bin_ in (("A1", "A-01"), ("A2", "A-02"), ("B1", "B-01")):
        pid = services.parts.save_part(PartForm(number, number, bin=bin_)).part_id
        services.parts.receive(pid, "5", "10")
    page = StockTakePage(services)
    qtbot.addWidget(page)
    assert not page.post_button.isEnabled()
    page.bins.setText("a-")
    page.due_only.setChecked(False)
    sheet = page.new_sheet()
    assert sheet is not None and page.model.rowCount() == 2
    answers["save_file"].append(str(tmp_path / "sheet.csv"))
    page.export()
    assert (tmp_path / "sheet.csv").exists()
    page.type_count("A1", "4")  # saved as typed
    assert services.stocktake.sheet(sheet.id).counted == 1
    page.type_count("A2", "x")
    assert page.error.text() and services.stocktake.sheet(sheet.id).counted == 1
    page.type_count("A2", "")
    answers["ask_text"].append("季度盘点")
    posted = page.post()
    assert posted is not None and posted.state == "posted"
    assert services.parts.find("A1").on_hand == 4  # type: ignore[union-attr]
    assert services.parts.find("A2").on_hand == 5  # type: ignore[union-attr]
    assert page.sheets.count() == 0
