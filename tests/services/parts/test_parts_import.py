from decimal import Decimal
from pathlib import Path

import pytest

from desktop.services.container import Services
from desktop.services.customers.importing import ImportFailed
from desktop.services.parts.importing import PartsImportService
from desktop.services.parts.service import PartsService


def test_parts_with_opening_stock_then_past_issues(services: Services, tmp_path: Path) -> None:
    sheet = tmp_path / "parts.csv"
    sheet.write_text("配件号,名称,品牌,库位,供应商,到货天数,包装数,成本,售价,库存\n"
                     "06L115562B,机油滤清器,大众,A-01-1,一汽大众配件中心,3,1,32.50,58,40\n"
                     "plug-ir,铱金火花塞,博世,B-02-1,博世汽车配件,5,4,45,88,12\n"
                     "WIPER,雨刮片,,C-01-1,,,,20,40,\n", "utf-8")
    importer = PartsImportService(services.db, "clerk")
    report = importer.import_parts(sheet)
    assert (report.parts, report.suppliers, report.stock_rows) == (3, 2, 2)
    parts = PartsService(services.db)
    oil = parts.find("06L115562B")
    assert oil is not None and oil.on_hand == 40 and oil.cost == Decimal("32.50") and oil.bin == "A-01-1"
    plug = parts.find("PLUG-IR")
    assert plug is not None and parts.part_form(plug.part_id)[0].pack_size == 4
    value_before = parts.stock_value()

    history = tmp_path / "issues.csv"
    history.write_text("日期,配件号,数量,单号\n2026/3/5,06L115562B,2,WO2026-000101\n"
                       "2026-04-01,06L115562B,1,\n2026-05-20,PLUG-IR,4,WO2026-000300\n", "utf-8")
    moved = importer.import_movements(history)
    assert (moved.issues, moved.parts) == (3, 2)
    assert parts.find("06L115562B").on_hand == 40  # type: ignore[union-attr]  # the shelf is as counted
    assert parts.stock_value() == value_before
    demand = {x.number: x for x in parts.abc_analysis(now=None)}
    assert demand["06L115562B"].value == Decimal("97.50") and demand["PLUG-IR"].value == 180


def test_bad_rows_are_named_and_nothing_is_written(services: Services, tmp_path: Path) -> None:
    sheet = tmp_path / "parts.csv"
    sheet.write_text("配件号,名称,库存,包装数\nA1,甲,5,1\nA1,重复,1,1\n,无号,1,1\nB2,乙,-3,0\n", "utf-8")
    with pytest.raises(ImportFailed) as err:
        PartsImportService(services.db).import_parts(sheet)
    assert sorted((e.row, e.field) for e in err.value.errors) == [
        (3, "number"), (4, "number"), (5, "on_hand"), (5, "pack")]
    assert PartsService(services.db).stock_list() == []
    history = tmp_path / "issues.csv"
    history.write_text("日期,配件号,数量\n2099-01-01,A1,1\n2026-01-01,NOPE,1\n", "utf-8")
    with pytest.raises(ImportFailed) as err:
        PartsImportService(services.db).import_movements(history)
    assert [(e.row, e.field) for e in err.value.errors] == [(2, "date")]
