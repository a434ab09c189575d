import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.models import Customer, Vehicle
from desktop.services.container import Services
from desktop.services.customers.importing import ImportFailed, guess_mapping, read_table
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.customers.rules.vin import with_check_digit

VIN1 = with_check_digit("LSVAU2180N2123456")
VIN2 = with_check_digit("LFVBA24G0M3012345")
HEADER = ["姓名", "手机/电话", "车牌号", "车架号", "品牌", "车型", "购车日期", "里程", "备注"]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def counts(services: Services) -> tuple[int, int]:
    with services.db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(Customer)) or 0),
                int(s.scalar(select(func.count()).select_from(Vehicle)) or 0))


def test_usual_headers_are_recognised() -> None:
    mapping = guess_mapping(["姓名", "手机", "车牌号码", "VIN", "品牌", "车 型", "购车日期", "Odometer"])
    assert list(mapping.values()) == ["name", "phone", "plate", "vin", "make", "model",
                                      "purchase_date", "odometer_km"]


def test_import_normalises_and_groups_rows_by_owner(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "客户.csv", [
        HEADER,
        ["王小二", "＋86 139-0000-1111", "粤b12345", VIN1.lower(), "大众", "朗逸", "2021/5/3", "30,000", ""],
        ["王小二", "13900001111", "粤 BD 12345", "", "比亚迪", "汉", "2023年1月2日", "", "第二辆"],
        ["李四", "0755 2345 6789", "", VIN2, "", "", "", "", ""],
    ])
    report = services.importer.import_file(path)
    assert (report.customers_created, report.vehicles_created, report.rows) == (2, 3, 3)
    (wang,) = services.search.search("wxe")
    detail = services.customers.get_customer(wang.id)
    assert detail.phones == ("13900001111",)
    assert [v.plate for v in detail.vehicles] == ["粤B12345", "粤BD12345"]
    assert detail.vehicles[0].vin == VIN1 and detail.vehicles[0].last_km == 30000
    vehicle = services.customers.get_vehicle(detail.vehicles[1].id)
    assert vehicle.purchase_date is not None and vehicle.purchase_date.isoformat() == "2023-01-02"


def test_gbk_csv_as_excel_writes_it(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "gbk.csv", [HEADER, ["赵六", "13700002222", "京A54321", "", "", "", "",
                                                     "", ""]], encoding="gb18030")
    assert services.importer.import_file(path).customers_created == 1
    assert services.search.search("zl")[0].plates == "京A54321"


def test_xlsx_with_dates_and_numbers(services: Services, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["孙七", 13600003333, "沪A12345", VIN1, "丰田", "凯美瑞", datetime(2020, 8, 1), 56000.0, ""])
    path = tmp_path / "sheet.xlsx"
    wb.save(path)
    report = services.importer.import_file(path)
    assert report.vehicles_created == 1
    row = services.search.search("sq")[0]
    vehicle = services.customers.get_customer(row.id).vehicles[0]
    assert row.phones == "13600003333" and vehicle.last_km == 56000


def test_bad_rows_are_listed_and_nothing_is_written(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [
        HEADER,
        ["好人", "13900001111", "粤B12345", "", "", "", "", "", ""],
        ["", "13900002222", "", "", "", "", "", "", ""],
        ["坏号码", "12345", "京A1234", "LSVAU2180N2123456", "", "", "2099-01-01", "abc", ""],
        ["重复", "13900003333", "粤b12345", "", "", "", "", "", ""],
    ])
    with pytest.raises(ImportFailed) as info:
        services.importer.import_file(path)
    found = {(e.row, e.field) for e in info.value.errors}
    assert {(3, "name"), (4, "phone"), (4, "plate"), (4, "vin"), (4, "purchase_date"),
            (4, "odometer_km"), (5, "plate")} <= found
    assert counts(services) == (0, 0)


def test_rows_clashing_with_the_file_on_disk_are_refused(services: Services, tmp_path: Path) -> None:
    services.customers.create_customer(CustomerForm(name="老客户", phones=["13800000000"]),
                                       VehicleForm(plate="粤B12345"))
    path = write_csv(tmp_path / "clash.csv", [HEADER, ["新人", "13900001111", "粤B12345", "", "", "",
                                                       "", "", ""]])
    with pytest.raises(ImportFailed) as info:
        services.importer.import_file(path)
    assert [(e.row, e.field) for e in info.value.errors] == [(2, "plate")]
    assert counts(services) == (1, 1)


def test_known_owner_gets_the_new_vehicle(services: Services, tmp_path: Path) -> None:
    services.customers.create_customer(CustomerForm(name="老客户", phones=["13800000000"]))
    path = write_csv(tmp_path / "more.csv", [HEADER, ["老客户", "138-0000-0000", "粤B22222", "", "", "",
                                                      "", "", ""]])
    report = services.importer.import_file(path)
    assert (report.customers_created, report.customers_updated) == (0, 1)
    assert counts(services) == (1, 1)


def test_mapping_chosen_by_the_user(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odd.csv", [["客户", "号码", "牌照"], ["周八", "13500004444", "浙B12345"]])
    table = read_table(path)
    assert guess_mapping(table.headers) == {0: "name"}
    services.importer.import_table(table, {0: "name", 1: "phone", 2: "plate"})
    assert services.search.search("zb")[0].plates == "浙B12345"


def test_export_then_import_round_trip(services: Services, tmp_path: Path) -> None:
    from desktop.demo.shop import create_demo

    create_demo(services.db, customers=40, vehicles=55, seed=5)
    out = tmp_path / "out.csv"
    rows = services.importer.export_csv(out)
    assert rows == 56  # and a new car from the shop's stock, sold to one of them
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("姓名,手机")
    from desktop.db import open_database
    from desktop.services.container import Services as S

    other = open_database("sqlite:///" + str(tmp_path / "copy.sqlite3"))
    try:
        report = S.create(other).importer.import_file(out)
        assert (report.customers_created, report.vehicles_created) == (40, 56)
        stock = services.settings.get("stock_customer_id")
        a = sorted((r.name, r.phones, r.plates) for r in services.search.page(None, 100) if r.id != stock)
        b = sorted((r.name, r.phones, r.plates) for r in S.create(other).search.page(None, 100))
        assert a == b
    finally:
        other.dispose()
