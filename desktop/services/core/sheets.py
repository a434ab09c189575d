"""Reading the spreadsheets a shop brings (CSV as Excel or WPS writes it in China, XLSX, the
old XLS): the table, its columns recognised by their headers in Chinese or English, and
the errors of an import that are told by row.  Every import (customers, parts, past
issues) reads through here; what a column means is the importing capability's business.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.services.common.text import to_halfwidth
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

# field -> (label for people, headers that mean it)
Fields = Mapping[str, tuple[str, tuple[str, ...]]]


def header_key(text: str) -> str:
    """A header as compared: full-width folded, a unit in brackets dropped (售价(元) → 售价),
    spaces and marks gone, lower case."""
    text = re.sub(r"[(（\[【][^)）\]】]{0,8}[)）\]】]\s*$", "", to_halfwidth(text or "").strip())
    return re.sub(r"[\s_:：()（）*/\-]", "", text).lower()


@dataclass(frozen=True)
class Table:
    """A sheet read whole: the small lists (parts, a recall's cars) and the tests."""

    headers: list[str]
    rows: list[list[Any]]  # data rows; row n of the sheet is rows[n - 2] (header is row 1)
    encoding: str = "utf-8-sig"  # a CSV's own encoding: the rejects are written back in it
    name: str = ""  # the file's name, for the import history

    # The same reading as a ``SheetFile``'s, so an importer takes either.
    @property
    def count(self) -> int:
        return len(self.rows)

    def numbered(self) -> Iterator[tuple[int, list[Any]]]:
        """Each data row with its row number in the sheet."""
        return enumerate(self.rows, start=2)

    def rows_at(self, numbers: Iterable[int]) -> dict[int, list[Any]]:
        return {n: self.rows[n - 2] for n in numbers if 2 <= n < len(self.rows) + 2}

    def correct(self, number: int, cells: list[Any]) -> None:
        """What the person typed over a row of the sheet, for the next try."""
        self.rows[number - 2] = cells


def guess_mapping(headers: Sequence[str], fields: Fields) -> dict[int, str]:
    """Column index → field, for the headers that are recognised (each field once)."""
    mapping, _twice = guess_columns(headers, fields)
    return mapping


def guess_columns(headers: Sequence[str], fields: Fields) -> tuple[dict[int, str], dict[str, list[str]]]:
    """Column index → field, and the fields that more than one column claims (车辆型号 and
    车型): those are not guessed at all, so nothing is dropped silently; the person picks.
    A numbered header counts too: 手机号码1 is the phone, 手机号码2 the second phone."""
    synonyms = {header_key(h): f for f, (_, hs) in fields.items() for h in hs}
    claims: dict[str, list[int]] = {}
    for i, header in enumerate(headers):
        key = header_key(header)
        f = synonyms.get(key)
        if f is None and key[-1:] in ("1", "2") and synonyms.get(key[:-1]) == "phone":
            f = "phone" if key.endswith("1") else "phone2" if "phone2" in synonyms.values() else None
        if f is not None:
            claims.setdefault(f, []).append(i)
    mapping = {cols[0]: f for f, cols in claims.items() if len(cols) == 1}
    twice = {f: [headers[i] for i in cols] for f, cols in claims.items() if len(cols) > 1}
    return mapping, twice


class ImportCancelled(ServiceError):
    """The person cancelled a long import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was imported."),
                                 {}, "Import"))


Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ImportFailed(ServiceError):
    """Bad rows were found; nothing was written.  ``errors`` lists (row, field, message)."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Import", "{count} row(s) have problems; nothing was imported."),
                {"count": len(errors)},
                "Import",
            )
        )
        self.errors = list(errors)


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    message: Message


def read_table(path: Path) -> Table:
    """A CSV (UTF-8 with or without BOM, or GB18030 as Excel writes it in China) or the
    first sheet of an XLSX workbook."""
    suffix = path.suffix.lower()
    found_encoding = "utf-8-sig"  # of a CSV; a workbook's rejects are written as UTF-8 CSV or .xlsx
    if suffix in (".xls", ".ods", ".xlsb"):  # the old Excel format: python-calamine (Rust, fast)
        rows = _calamine_rows(path)
    elif suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook  # type: ignore[import-untyped]

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = wb.worksheets[0]
                rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            finally:
                wb.close()
        except OSError:
            raise  # the file itself could not be read: said as such by the caller
        except Exception as exc:  # not a workbook inside (a renamed file, a damaged zip, bad XML)
            raise _unreadable(path, exc) from exc
    else:
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                found_encoding = encoding
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ServiceError(
                Message(QT_TRANSLATE_NOOP("Import", "The file is neither UTF-8 nor GBK text."),
                        {}, "Import")
            )
        try:
            dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        try:  # newline="": a line break inside a quoted cell (Excel's Alt+Enter) stays in its cell
            rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
        except csv.Error as exc:  # a stray quote or line break the csv module cannot place
            raise _not_csv(path, exc) from exc
    while rows and not any(cell(c) for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise ServiceError(Message(QT_TRANSLATE_NOOP("Import", "The file is empty."), {}, "Import"))
    headers = [cell(h) for h in rows[0]]
    body = [r for r in rows[1:]]
    return Table(headers, body, found_encoding, path.name)


class SheetFile:
    """A CSV or XLSX sheet read row by row from the file each time it is walked, so a file
    of any size takes the memory of one row (an import of 100,000 customers).  Opening it
    reads the file once: the encoding, the header row and the number of rows, and whether
    it can be read at all, so a bad file is said before any work starts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
        self.encoding = "utf-8-sig" if self.xlsx else _csv_encoding(path)
        self.corrections: dict[int, list[Any]] = {}  # row number → what the person typed over it
        self._dialect: Any = csv.excel
        if not self.xlsx:
            with path.open(encoding=self.encoding, newline="") as handle, contextlib.suppress(csv.Error):
                self._dialect = csv.Sniffer().sniff(handle.read(4096), delimiters=",;\t")
        self._skip = 0  # blank rows above the header
        self.headers: list[str] = []
        self.count = 0  # data rows, blank ones included (their numbers count)
        for raw in self._raw():
            if not self.headers:
                if any(cell(c) for c in raw):
                    self.headers = [cell(h) for h in raw]
                else:
                    self._skip += 1
            else:
                self.count += 1
        if not self.headers:
            raise ServiceError(Message(QT_TRANSLATE_NOOP("Import", "The file is empty."), {}, "Import"))

    def _raw(self) -> Iterator[list[Any]]:
        if self.xlsx:
            from openpyxl import load_workbook

            try:
                book = load_workbook(self.path, read_only=True, data_only=True)
            except OSError:
                raise
            except Exception as exc:  # not a workbook inside
                raise _unreadable(self.path, exc) from exc
            try:
                for values in book.worksheets[0].iter_rows(values_only=True):
                    yield list(values)
            except Exception as exc:  # bad XML further on
                raise _unreadable(self.path, exc) from exc
            finally:
                book.close()
            return
        with self.path.open(encoding=self.encoding, newline="") as handle:
            try:
                yield from csv.reader(handle, self._dialect)
            except csv.Error as exc:
                raise _not_csv(self.path, exc) from exc

    def numbered(self) -> Iterator[tuple[int, list[Any]]]:
        """Each data row with its row number in the sheet (the header is row 1), with the
        person's corrections in place of the file's cells."""
        rows = self._raw()
        for _ in range(self._skip + 1):
            next(rows, None)
        for n, raw in enumerate(rows, start=2):
            yield n, self.corrections.get(n, raw)

    def rows_at(self, numbers: Iterable[int]) -> dict[int, list[Any]]:
        wanted = set(numbers)
        found: dict[int, list[Any]] = {}
        if wanted:
            last = max(wanted)
            for n, raw in self.numbered():
                if n in wanted:
                    found[n] = raw
                if n >= last:
                    break
        return found

    def correct(self, number: int, cells: list[Any]) -> None:
        self.corrections[number] = cells


Sheet = Table | SheetFile


def open_sheet(path: Path) -> Sheet:
    """A CSV or XLSX to be read row by row; the old formats (.xls: at most 65,536 rows)
    are read whole."""
    if path.suffix.lower() in (".xls", ".ods", ".xlsb"):
        return read_table(path)
    return SheetFile(path)


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), else GB18030 as Excel writes it in China: tried over
    the whole file, a megabyte at a time."""
    import codecs

    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ServiceError(Message(QT_TRANSLATE_NOOP("Import", "The file is neither UTF-8 nor GBK text."), {}, "Import"))


def _not_csv(path: Path, exc: BaseException) -> ServiceError:
    return ServiceError(Message(QT_TRANSLATE_NOOP(
        "Import", "{file} cannot be read as a CSV table ({error}). Open it in Excel or WPS and save it "
                  "again as .xlsx or .csv."), {"file": path.name, "error": str(exc)[:120]}, "Import"))


def _calamine_rows(path: Path) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        return [list(r) for r in book.get_sheet_by_index(0).to_python(skip_empty_area=False)]
    except Exception as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: BaseException) -> ServiceError:
    return ServiceError(Message(QT_TRANSLATE_NOOP(
        "Import", "{file} cannot be read as an Excel workbook ({error}). Open it in Excel or WPS and save it "
                  "again as .xlsx or .csv."), {"file": path.name, "error": str(exc)[:120]}, "Import"))


def cell(value: Any) -> str:
    """A spreadsheet cell as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


def mapped_rows(table: Table, mapping: Mapping[int, str]) -> list[tuple[int, dict[str, str]]]:
    """Each non-empty data row as (its row number in the sheet, field → text)."""
    out = []
    for n, raw in enumerate(table.rows, start=2):
        values = {f: cell(raw[i]) if i < len(raw) else "" for i, f in mapping.items()}
        if any(values.values()):
            out.append((n, values))
    return out
