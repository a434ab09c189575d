"""Spreadsheets from outside, fuzzed (Hypothesis): whatever a CSV or XLSX holds — stray
bytes, the wrong encoding, formulas, control characters, ragged rows, endless cells — the
import either takes it or says why in a ServiceError, never crashes, and a refused file
writes nothing."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from tests.services.customers.test_import_export import HEADER, counts

CELL = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["=1+1", "+86 139 0000 1111", "@SUM(A1)", "粤B12345", "ＬＳＶＡＵ２１８０", "2026-13-40",
                     "13900001111", "-5", "1e309", "NaN", "\x00", "\ufeff姓名", "张伟\r\n李娜", "a" * 300]),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
)
ROWS = st.lists(st.lists(CELL, max_size=12), max_size=8)
RUN = itertools.count()


def _import(services: Services, path: Path) -> None:
    before = counts(services)
    try:
        report = services.importer.import_file(path)
    except ServiceError:
        assert counts(services) == before  # refused: nothing half-imported
        return
    after = counts(services)
    assert after[0] - before[0] == report.customers_created and after[1] - before[1] == report.vehicles_created


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, header=st.booleans(), encoding=st.sampled_from(["utf-8-sig", "utf-8", "gbk", "utf-16"]))
def test_a_fuzzed_csv_is_taken_or_refused_whole(services: Services, tmp_path: Path, rows: list[list[object]],
                                                header: bool, encoding: str) -> None:
    path = tmp_path / f"fuzz{next(RUN)}.csv"
    with path.open("w", encoding=encoding, errors="replace", newline="") as handle:
        csv.writer(handle).writerows(([HEADER] if header else []) + rows)
    _import(services, path)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx", ".xls"]))
def test_stray_bytes_under_a_spreadsheet_s_name_are_refused(services: Services, tmp_path: Path, data: bytes,
                                                            suffix: str) -> None:
    path = tmp_path / f"fuzz{next(RUN)}{suffix}"
    path.write_bytes(data)
    _import(services, path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS)
def test_a_fuzzed_workbook_is_taken_or_refused_whole(services: Services, tmp_path: Path,
                                                     rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])
    path = tmp_path / f"fuzz{next(RUN)}.xlsx"
    book.save(path)
    _import(services, path)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, data=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".xlsx"]),
       movements=st.booleans())
def test_the_parts_imports_take_or_refuse_whole(services: Services, tmp_path: Path, rows: list[list[object]],
                                                data: bytes, suffix: str, movements: bool) -> None:
    """The catalogue and the past issues from the old system: the same promise."""
    from sqlalchemy import func, select

    from desktop.models import Part, StockMovement

    def held() -> tuple[int, int]:
        with services.db.read() as s:
            return (int(s.scalar(select(func.count()).select_from(Part)) or 0),
                    int(s.scalar(select(func.count()).select_from(StockMovement)) or 0))

    path = tmp_path / f"parts{next(RUN)}{suffix}"
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([["配件号", "名称", "数量", "单价", "日期"], *rows])
    else:
        path.write_bytes(data)
    before = held()
    load = services.parts_import.import_movements if movements else services.parts_import.import_parts
    try:
        load(path)
    except ServiceError:
        assert held() == before
