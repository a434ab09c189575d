"""Moving in from the old system (issue 16, first part): real exports' headers recognised
(units in brackets, numbered phones, other programs' names), two columns claiming one field
said instead of dropped, --map for every kind, .xls read, placeholder dates, names that are
not names, and row numbers that count the header."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import xlwt

from desktop.__main__ import main
from desktop.services.customers.importing import guess_columns, read_table
from desktop.services.customers.records import CustomerForm, check_customer
from desktop.services.parts.importing import MOVEMENT_FIELDS, PART_FIELDS


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_the_headers_real_exports_use_are_recognised() -> None:
    mapping, twice = guess_columns(["车主名", "车主电话", "手机号码2", "车牌号", "车架号码", "购车日期"])
    assert sorted(mapping.values()) == ["name", "phone", "phone2", "plate", "purchase_date", "vin"] and not twice
    parts, _ = guess_columns(["物料编码", "名称及规格", "成本价格", "销售价格", "供应商名字", "库存数"], PART_FIELDS)
    assert sorted(parts.values()) == ["cost", "name", "number", "on_hand", "price", "supplier"]
    price, _ = guess_columns(["商品名称", "卖价(元)", "配件号"], PART_FIELDS)
    assert sorted(price.values()) == ["name", "number", "price"]
    moves, _ = guess_columns(["操作时间", "配件号", "配件出库数目"], MOVEMENT_FIELDS)
    assert sorted(moves.values()) == ["date", "number", "quantity"]
    full_width, _ = guess_columns(["客户姓名（全称）", "手机号码１"])
    assert sorted(full_width.values()) == ["name", "phone"]


def test_two_columns_for_one_field_are_said_not_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_user) -> None:
    _mapping, twice = guess_columns(["姓名", "车辆型号", "车型"])
    assert twice == {"model": ["车辆型号", "车型"]}
    sheet = write_csv(tmp_path / "c.csv", [["姓名", "车辆型号", "车型", "车牌号"], ["张伟", "朗逸", "大众朗逸", "粤B12345"]])
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    capsys.readouterr()
    assert main(["import", "customers", str(sheet), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "车辆型号" in err and "车型" in err and "--map" in err
    assert main(["import", "customers", str(sheet), "--db", db, "--map", "车型=model"]) == 0


def test_map_works_for_parts_and_movements_and_refuses_nonsense(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str], cli_user) -> None:
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    sheet = write_csv(tmp_path / "p.csv", [["编码X", "叫法", "价"], ["NEW-001", "新配件", "12.50"]])
    capsys.readouterr()
    assert main(["import", "parts", str(sheet), "--db", db, "--map", "编码X=nonsense"]) == 2
    assert "number" in capsys.readouterr().err  # the fields of this kind are listed
    assert main(["import", "parts", str(sheet), "--db", db, "--map", "没有这列=number"]) == 2
    assert main(["import", "parts", str(sheet), "--db", db, "--map", "编码X=number", "--map", "叫法=name",
                 "--map", "价=price"]) == 0


def test_an_old_excel_file_is_read(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("库存")
    for r, row in enumerate([["物料编码", "商品名称", "卖价"], ["4D0698151", "前制动片", 420.5]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    path = tmp_path / "stock.xls"
    book.save(str(path))
    table = read_table(path)
    assert table.headers == ["物料编码", "商品名称", "卖价"] and table.rows[0][:2] == ["4D0698151", "前制动片"]
    fake = tmp_path / "fake.xls"
    fake.write_text("not a workbook")
    from desktop.services.core.errors import ServiceError

    with pytest.raises(ServiceError) as info:
        read_table(fake)
    assert "fake.xls" in info.value.message.render()


def test_placeholder_dates_and_names_that_are_not_names(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_user) -> None:
    _data, errors = check_customer(CustomerForm(name="。"))
    assert "name" in errors
    _data, errors = check_customer(CustomerForm(name="吴先生"))
    assert not errors
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    moves = write_csv(tmp_path / "m.csv", [["日期", "配件号", "数量"], ["0001-01-01", "X", "1"]])
    capsys.readouterr()
    assert main(["import", "movements", str(moves), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "0001-01-01" in err and "表头" in err  # row 2, counting the header
    sheet = write_csv(tmp_path / "c.csv", [["姓名", "车牌号", "购车日期"], ["李娜", "粤B54321", "1900-01-01"]])
    assert main(["import", "customers", str(sheet), "--db", db]) == 0  # the old system's empty date: no date


def test_good_rows_now_bad_rows_aside_then_fixed_and_imported_with_nothing_twice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_user) -> None:
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    export = write_csv(tmp_path / "old.csv", [
        ["车主名", "车主电话", "车牌号", "会员等级"],
        ["张伟", "13812345678", "粤B12345", "金卡"],
        ["李娜", "12345678901", "粤B54321", "银卡"],  # no carrier uses 12…
        ["王芳", "13912345678", "粤B1", "普通"],  # not a plate
        ["赵敏", "13712345678", "粤B67890", ""],
    ])
    rejects = tmp_path / "bad.csv"
    capsys.readouterr()
    assert main(["import", "customers", str(export), "--db", db, "--rejects", str(rejects)]) == 0
    said = capsys.readouterr().out
    assert "2" in said and str(rejects) in said
    bad = list(csv.reader(rejects.open(encoding="utf-8-sig")))
    assert bad[0] == ["车主名", "车主电话", "车牌号", "会员等级", "原因 Reason"]
    assert [r[0] for r in bad[1:]] == ["李娜", "王芳"] and all(r[-1] for r in bad[1:])
    bad[1][1], bad[2][2] = "13612345678", "粤B13579"  # fixed in Excel
    write_csv(rejects, [row[:-1] for row in bad])
    assert main(["import", "customers", str(rejects), "--db", db]) == 0
    assert main(["import", "customers", str(export), "--db", db, "--rejects", str(tmp_path / "again.csv")]) == 0
    out = capsys.readouterr().out
    assert "2 " in out  # the two good rows again: already on file, nothing created twice
    import sqlite3

    con = sqlite3.connect(tmp_path / "shop.sqlite3")
    names = [r[0] for r in con.execute("SELECT name FROM customer WHERE name IN ('张伟','李娜','王芳','赵敏')")]
    assert sorted(names) == sorted(["张伟", "李娜", "王芳", "赵敏"])  # each once


def test_an_override_column_a_gbk_file_and_the_import_history(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_user) -> None:
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    sheet = tmp_path / "gbk.csv"
    rows = [["车主名", "车主电话", "车牌号", "例外原因"],
            ["周杰", "13612340000", "WJ12345", "武警车牌，按原样登记"],  # refused without the reason
            ["陈晨", "13612340001", "粤Z1", ""]]  # a bad plate, no reason: set aside
    with sheet.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows(rows)
    rejects = tmp_path / "bad.csv"
    assert main(["import", "customers", str(sheet), "--db", db, "--rejects", str(rejects)]) == 0
    back = list(csv.reader(rejects.open(encoding="gb18030")))  # written in the file's own encoding
    assert [r[0] for r in back[1:]] == ["陈晨"]
    import sqlite3

    con = sqlite3.connect(tmp_path / "shop.sqlite3")
    reason = con.execute("SELECT plate_override_reason FROM vehicle WHERE plate = 'WJ12345'").fetchone()
    assert reason is not None and reason[0].startswith("武警车牌")  # kept on the car, as the form keeps it
    history = con.execute("SELECT detail FROM audit_entry WHERE action = 'import' ORDER BY id DESC").fetchone()
    assert history is not None and "gbk.csv" in history[0]


def test_columns_without_a_field_stay_with_the_customer_and_the_old_id_matches_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_user) -> None:
    from desktop.db import open_database
    from desktop.services.container import Services

    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    sheet = write_csv(tmp_path / "old.csv", [
        ["客户编号", "车主名", "车主电话", "会员等级", "会员积分", "保险到期日"],
        ["C00017", "欧阳娜娜", "13812340017", "金卡", "1200", "2027-03-31"],
    ])
    capsys.readouterr()
    assert main(["import", "customers", str(sheet), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "会员等级" in out and "保险到期日" in out  # listed in the summary
    services = Services.create(open_database("sqlite:///" + db, create=False))
    (hit,) = services.search.search("C00017")  # the id the shop knew the customer by
    detail = services.customers.get_customer(hit.id)
    assert detail.legacy_id == "C00017" and ("会员积分", "1200") in detail.legacy
    services.db.dispose()
    renamed = write_csv(tmp_path / "again.csv", [["客户编号", "车主名", "车主电话"],
                                                 ["C00017", "欧阳娜娜（VIP）", "13812349999"]])
    assert main(["import", "customers", str(renamed), "--db", db]) == 0
    import sqlite3

    count = sqlite3.connect(db).execute("SELECT count(*) FROM customer WHERE legacy_id = 'C00017'").fetchone()[0]
    assert count == 1  # the same customer, found by the old system's id (a new phone, a new spelling)


def test_a_cancelled_import_leaves_nothing_and_reports_progress(tmp_path: Path) -> None:
    from desktop.db import open_database
    from desktop.services.customers.importing import ImportCancelled, ImportService

    db = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"))
    rows = [["姓名", "手机"]] + [[f"客户{i}", f"138{i:08d}"] for i in range(1000)]
    table = read_table(write_csv(tmp_path / "big.csv", rows))
    heard: list[float] = []
    calls = iter(range(10**6))
    with pytest.raises(ImportCancelled):
        ImportService(db).import_table(table, None, heard.append, lambda: next(calls) >= 3)
    import sqlite3

    assert sqlite3.connect(tmp_path / "shop.sqlite3").execute("SELECT count(*) FROM customer").fetchone() == (0,)
    assert heard and 0 <= heard[-1] < 1
    report = ImportService(db).import_table(table, None, heard.append, lambda: False)
    assert report.customers_created == 1000 and heard[-1] == 1.0
    db.dispose()


def test_a_foreign_vin_without_a_check_digit_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_user) -> None:
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "5", "--vehicles", "5"]) == 0
    sheet = write_csv(tmp_path / "imports.csv", [["车主名", "车主电话", "车架号"],
                                                 ["孙悦", "13512340001", "WDD2050401R123456"]])
    capsys.readouterr()
    assert main(["import", "customers", str(sheet), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "WDD2050401R123456" in out  # said, and imported
