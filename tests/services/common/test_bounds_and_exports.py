"""Every number a person can type or import has a range (one table, ``rules.limits``), the
schema guards it last, issued invoices survive INSERT OR REPLACE, and every export is safe
to open in a spreadsheet (issue 14)."""

from __future__ import annotations

import csv
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.__main__ import main
from desktop.db import Database, open_database
from desktop.models.base import Money
from desktop.services.common import limits
from desktop.services.common.spreadsheet import safe_cell
from desktop.services.core.errors import ValidationFailed
from desktop.services.customers.importing import ImportService
from desktop.services.customers.records import CustomerForm
from desktop.services.customers.service import CustomerService
from desktop.services.parts.importing import ImportFailed, PartsImportService
from desktop.services.parts.records import PartForm
from desktop.services.parts.service import PartsService


@pytest.mark.parametrize(("value", "kind", "reason"), [
    ("1e20", "unit_price", "At most ¥1,000,000.00."),
    ("1000000.01", "unit_price", "At most ¥1,000,000.00."),
    ("44.352", "unit_price", "At most 2 decimal places."),
    ("0", "quantity", "Must be more than 0."),
    ("-1", "count", "At least 0."),
    ("abc", "quantity", "Enter a number."),
    ("NaN", "quantity", "Enter a number."),
    ("Infinity", "unit_cost", "Enter a number."),
    ("1e17", "quantity", "At most 100,000."),
    ("12.5", "km", "Enter a whole number."),
    ("31", "vat_percent", "At most 30."),
    ("0.31", "vat_rate", "At most 0.3."),
])
def test_each_limit_names_the_real_reason(value: str, kind: str, reason: str) -> None:
    problem = limits.problem(value, kind)
    assert problem is not None and problem.render() == reason


def test_typed_numbers_in_range_pass_as_exact_decimals() -> None:
    assert limits.problem("１２３.４５", "unit_price") is None  # full-width digits from a Chinese IME
    assert limits.checked("¥1,234.50", "unit_price", "price", {}) == Decimal("1234.50")
    assert limits.problem("0", "count") is None


def test_parts_refuse_out_of_range_numbers_at_the_field(db: Database) -> None:
    parts = PartsService(db)
    with pytest.raises(ValidationFailed) as info:
        parts.save_part(PartForm(number="P1", name="机油滤清器", price="1e20"))
    assert info.value.errors["price"].render() == "At most ¥1,000,000.00."
    part = parts.save_part(PartForm(number="P1", name="机油滤清器", price="45.00"))
    with pytest.raises(ValidationFailed) as info:
        parts.receive(part.part_id, "1e17", "10")
    assert "quantity" in info.value.errors
    with pytest.raises(ValidationFailed) as info:
        parts.receive(part.part_id, "5", "1e20")
    assert info.value.errors["unit_cost"].render() == "At most ¥1,000,000.00."
    assert parts.stock(part.part_id).on_hand == 0  # nothing half-saved


def test_an_imported_price_out_of_range_is_a_row_error(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "parts.csv"
    sheet.write_text("配件号,名称,售价\nP9,刹车片,1e20\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        PartsImportService(db).import_parts(sheet)
    assert "¥1,000,000.00" in info.value.errors[0].message.render()


def test_the_schema_guards_ranges_behind_the_programs_back(db: Database) -> None:
    part = PartsService(db).save_part(PartForm(number="P1", name="机油滤清器", price="45.00"))
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(text("UPDATE part SET price = 1000000000000 WHERE id = :id"), {"id": part.part_id})
    with pytest.raises(ValueError, match="out of range"):
        Money().process_bind_param(Decimal("1e20"), db.engine.dialect)


def test_insert_or_replace_cannot_rewrite_an_issued_invoice(tmp_path: Path) -> None:
    from desktop.demo.shop import create_demo

    db = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"))
    create_demo(db, customers=30, vehicles=40)
    path = db.sqlite_path
    db.dispose()
    con = sqlite3.connect(path)
    line = con.execute("SELECT * FROM invoice_line LIMIT 1").fetchone()
    assert line is not None
    columns = [r[1] for r in con.execute("PRAGMA table_info(invoice_line)")]
    changed = list(line)
    changed[columns.index("unit_price")] = 1
    with pytest.raises(sqlite3.DatabaseError, match="cannot be replaced"):
        con.execute(f"INSERT OR REPLACE INTO invoice_line VALUES ({','.join('?' * len(line))})", changed)
    invoice = con.execute("SELECT * FROM invoice LIMIT 1").fetchone()
    with pytest.raises(sqlite3.DatabaseError, match="cannot be replaced"):
        con.execute(f"REPLACE INTO invoice VALUES ({','.join('?' * len(invoice))})", invoice)
    assert con.execute("SELECT * FROM invoice_line WHERE id = ?", (line[0],)).fetchone() == line
    con.close()


# --- exports are safe to open in a spreadsheet ----------------------------------------------------

@pytest.mark.parametrize(("cell", "safe"), [
    ("=HYPERLINK(\"http://x\",\"点我\")", "'=HYPERLINK(\"http://x\",\"点我\")"),
    ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("张伟", "张伟"), ("", ""), (Decimal("-67.80"), Decimal("-67.80")), (-3, -3),
])
def test_a_cell_that_would_run_as_a_formula_is_neutralised(cell: object, safe: object) -> None:
    assert safe_cell(cell) == safe


def test_customer_export_neutralises_formulas(db: Database, tmp_path: Path) -> None:
    CustomerService(db).create_customer(CustomerForm(name="=HYPERLINK(\"http://evil\",\"发票\")",
                                                     address="@SUM(1)", notes="-1+2"))
    out = tmp_path / "customers.csv"
    ImportService(db).export_csv(out)
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://evil\",\"发票\")" in cells


def test_cli_exports_neutralise_formulas(tmp_path: Path, cli_user) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--db", db, "--customers", "20", "--vehicles", "25"]) == 0
    shop = open_database("sqlite:///" + db, create=False)
    with shop.write() as s:
        s.execute(text("UPDATE part SET name = '=1+1' WHERE id = (SELECT min(id) FROM part)"))
        s.execute(text("UPDATE customer SET name = '+cmd' WHERE id = (SELECT min(id) FROM customer)"))
    shop.dispose()
    for argv, out in ((["parts", "abc", "--csv"], "abc.csv"), (["export", "invoices"], "inv.csv"),
                      (["export", "customers"], "cust.csv")):
        target = tmp_path / out
        args = [*argv[:2], str(target), *argv[2:]] if argv[0] == "export" else [*argv, str(target)]
        assert main([*args, "--db", db]) == 0
        for row in csv.reader(target.open(encoding="utf-8-sig")):
            for cell in row:
                assert not cell.startswith(("=", "+", "@")), (out, cell)


def test_a_table_exported_as_shown(tmp_path: Path) -> None:
    """The tables a page shows, to a workbook (a sheet each, names Excel allows) or a CSV
    (each under its title): amounts and counts as numbers, a formula never run."""
    from openpyxl import load_workbook

    from desktop.services.common.spreadsheet import as_cell, write_tables

    assert as_cell("¥1,234.50") == Decimal("1234.50") and as_cell("1,200") == 1200 and as_cell("-3") == -3
    assert as_cell("12.5%") == "12.5%" and as_cell("—") == "—" and as_cell("=1+1") == "'=1+1"
    sheets = [("指标 2026-11", ["指标", "数值"], [["单车产值", "¥647.53"], ["=HYPERLINK(\"x\")", "109"]]),
              ("a/b:c", ["姓名"], [["王芳"]]), ("a/b:c", ["姓名"], [])]
    assert write_tables(tmp_path / "kpi.xlsx", sheets) == 3
    book = load_workbook(tmp_path / "kpi.xlsx")
    assert book.sheetnames[0] == "指标 2026-11" and len(set(book.sheetnames)) == 3 and "a b c" in book.sheetnames
    rows = list(book["指标 2026-11"].iter_rows(values_only=True))
    assert rows[1] == ("单车产值", 647.53) and rows[2] == ("'=HYPERLINK(\"x\")", 109)
    assert write_tables(tmp_path / "kpi.csv", sheets) == 3
    raw = (tmp_path / "kpi.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel on Chinese Windows shows the Chinese
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["指标 2026-11"] and lines[2] == ["单车产值", "647.53"] and [] in lines
    assert not list(tmp_path.glob(".*.part"))  # nothing half-written left behind
