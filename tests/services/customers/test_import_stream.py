"""The customer file read row by row and written in chunks: the same result as the whole
table, an owner whose rows fall in different chunks, and nothing written when a late
chunk holds a bad row."""

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.models import Customer, CustomerPhone, Vehicle
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.customers import importing
from desktop.services.customers.importing import ImportFailed, SheetFile, open_sheet, read_table
from desktop.services.customers.rejects import write_rejects
from desktop.services.customers.rules.vin import with_check_digit

HEADER = ["客户编号", "姓名", "手机", "电话2", "车牌号", "车架号", "会员等级", "积分"]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def counts(services: Services) -> tuple[int, int, int]:
    with services.db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore[return-value]
                     for m in (Customer, Vehicle, CustomerPhone))


def rows(n: int) -> list[list[object]]:
    """``n`` owners with one car each, plates 粤B10000 …"""
    return [[f"K{i}", f"车主{chr(0x4E00 + i)}", f"139{i:08d}", "", f"粤B{10000 + i}",
             with_check_digit(f"LSVAU2180N2{100000 + i}"), "", ""] for i in range(n)]


def test_a_sheet_file_reads_what_the_whole_table_reads(tmp_path: Path) -> None:
    body = [["", "", ""], ["姓名", "手机", "备注"], ["张三", "13900001111", "第一行\n第二行"], ["", "", ""],
            ["李四", "13900002222", "；"]]
    for encoding in ("utf-8-sig", "gb18030"):
        path = write_csv(tmp_path / f"{encoding}.csv", body, encoding)
        whole, sheet = read_table(path), SheetFile(path)
        assert sheet.headers == whole.headers == ["姓名", "手机", "备注"]
        assert sheet.encoding == whole.encoding == encoding
        assert sheet.count == whole.count == 3
        assert list(sheet.numbered()) == list(whole.numbered())
        assert sheet.rows_at([4, 2]) == whole.rows_at([4, 2]) == {2: body[2], 4: body[4]}
        sheet.correct(4, ["李四", "13900003333", ""])
        assert dict(sheet.numbered())[4] == ["李四", "13900003333", ""]
        assert sheet.rows_at([4])[4][1] == "13900003333"
    book = Workbook()
    for line in body[1:]:
        book.active.append(line)
    book.save(tmp_path / "b.xlsx")
    sheet = open_sheet(tmp_path / "b.xlsx")
    assert sheet.headers == ["姓名", "手机", "备注"] and sheet.count == 3
    assert [r[0] for _, r in sheet.numbered()] == ["张三", None, "李四"]


def test_a_file_that_is_not_text_is_said_at_opening(tmp_path: Path) -> None:
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"\xff\xfe\x00\x81\x30" * 10)
    with pytest.raises(ServiceError):
        SheetFile(bad)
    (tmp_path / "empty.csv").write_text("\n\n", encoding="utf-8")
    with pytest.raises(ServiceError):
        SheetFile(tmp_path / "empty.csv")


def test_an_owner_on_rows_in_different_chunks_is_one_customer(services: Services, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing, "CHUNK", 3)
    body = rows(8)
    vin = with_check_digit("LFVBA24G0M3012345")
    # 车主一's second car six rows later, with a second phone and another old-system column.
    body.insert(7, ["K0", "车主一", "13900000000", "0755-23456789", "粤C88888", vin, "金卡", "1200"])
    path = write_csv(tmp_path / "c.csv", [HEADER, *body])
    report = services.importer.import_table(open_sheet(path))
    assert (report.customers_created, report.vehicles_created, report.rows) == (8, 9, 9)
    assert report.kept_columns == ("会员等级", "积分")
    (owner,) = services.search.search("13900000000")
    detail = services.customers.get_customer(owner.id)
    assert sorted(v.plate for v in detail.vehicles) == ["粤B10000", "粤C88888"]
    assert detail.phones == ("13900000000", "0755-23456789")
    with services.db.read() as s:
        legacy = s.scalar(select(Customer.legacy).where(Customer.id == owner.id))
    assert json.loads(legacy or "{}") == {"会员等级": "金卡", "积分": "1200"}
    # The same file again: everything is already there, nothing is added.
    again = services.importer.import_table(open_sheet(path))
    assert (again.customers_created, again.customers_updated, again.vehicles_present) == (0, 8, 9)
    assert counts(services) == (8, 9, 9)


def test_a_bad_row_in_a_late_chunk_leaves_nothing_written(services: Services, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing, "CHUNK", 2)
    body = rows(7)
    body[5][4] = "粤B10001"  # the plate of row 3 again
    body.append(["K9", "", "13800000000", "", "", "", "", ""])  # no name
    path = write_csv(tmp_path / "bad.csv", [HEADER, *body])
    with pytest.raises(ImportFailed) as failed:
        services.importer.import_table(open_sheet(path))
    assert [(e.row, e.field) for e in failed.value.errors] == [(7, "plate"), (9, "name")]
    assert counts(services) == (0, 0, 0)
    # Set aside: the good rows now, the two bad ones to a file, as they were.
    sheet = open_sheet(path)
    report, rejected = services.importer.import_good_rows(sheet)
    assert report.rows == 6 and counts(services)[:2] == (6, 6)
    assert write_rejects(tmp_path / "aside.csv", sheet, rejected, str, lambda m: m.text) == 2
    with (tmp_path / "aside.csv").open(encoding="utf-8-sig", newline="") as handle:
        aside = list(csv.reader(handle))
    assert [line[:5] for line in aside[1:]] == [[str(c) for c in body[5][:5]], [str(c) for c in body[7][:5]]]


def test_a_plate_on_file_with_another_owner_found_in_a_later_chunk(services: Services, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing, "CHUNK", 2)
    first = write_csv(tmp_path / "a.csv", [HEADER, *rows(1)])
    services.importer.import_table(open_sheet(first))
    body = rows(6)[1:]
    body[3][4] = "粤B10000"  # 车主一's plate, on another owner's row
    path = write_csv(tmp_path / "b.csv", [HEADER, *body])
    with pytest.raises(ImportFailed) as failed:
        services.importer.import_table(open_sheet(path))
    assert [(e.row, e.field) for e in failed.value.errors] == [(5, "plate")]
    assert counts(services)[:2] == (1, 1)
    report, rejected = services.importer.import_good_rows(open_sheet(path))
    assert report.customers_created == 4 and [e.row for e in rejected] == [5]
