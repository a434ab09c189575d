from pathlib import Path

from desktop.services.container import Services

from desktop.views.parts_page import PartsPage, ReorderDialog


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
    answers["ask_text"] += ["10", "32.50"]
    page.receive()
    assert page.current.on_hand == 10 and "10" in page.stock_label.text()
    answers["ask_text"] += ["12", "写错了"]
    page.take_out("write-off")
    assert (page.current.on_hand == 10 and page.errors.text("quantity")) or page.general.text()
    answers["ask_text"] += ["9", "盘点少一件"]
    page.stock_take()
    assert page.current.on_hand == 9
    type_into(page.search, "zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    page.reclassify()
    dialog = page.reorder()
    assert isinstance(dialog, ReorderDialog)
    out = tmp_path / "reorder.csv"
    answers["save_file"].append(str(out))
    dialog.export()
    assert out.read_text(encoding="utf-8-sig").startswith("供应商")
    dialog.accept()
