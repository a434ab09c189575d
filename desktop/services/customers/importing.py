"""Importing the customer file from the spreadsheets small shops keep (CSV and XLSX), and
exporting it back to CSV.

The usual headers, Chinese or English (姓名, 手机/电话, 车牌号, 车架号/VIN, 品牌, 车型, 购车日期 …),
are recognised; anything else is mapped by the person in a mapping step (or ``--map`` on
the command line).  One row is one vehicle with its owner; rows with the same owner
(name and phone) make one customer with several vehicles.  Every row is checked with the
same rules as the forms; if any row is bad, the report lists each by row number and
reason and nothing is written: the import is all-or-nothing.  The file is read row by row
(``sheets.SheetFile``) and written in chunks in one transaction, so its size is not the
program's memory; the rows themselves are in ``import_rows``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import select

from desktop.models import Customer, CustomerPhone, CustomerTag, Vehicle
from desktop.services.common.spreadsheet import safe_writer
from desktop.services.core import audit, sheets
from desktop.services.core.files import replacing
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.core.service import Service
from desktop.services.core.sheets import (
    Cancelled,
    ImportCancelled,
    ImportFailed,
    Progress,
    RowError,
    Sheet,
    SheetFile,
    Table,
    open_sheet,
    read_table,
)
from desktop.services.core.uow import reading, writing
from desktop.services.customers.import_rows import (
    CHUNK,
    ImportReport,
    Record,
    Row,
    RowChecker,
    Writer,
    chunks,
    no_name_column,
    write_records,
)
from desktop.services.system import settings as shop_settings

# field -> (label for people, headers that mean it)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": (QT_TRANSLATE_NOOP("Import", "Name"),
             ("姓名", "客户姓名", "客户名称", "客户", "车主", "车主姓名", "车主名", "车主名称", "名称", "单位名称",
              "会员姓名", "会员名称", "联系人", "送修人", "name", "customer", "customer name", "owner")),
    "phone": (QT_TRANSLATE_NOOP("Import", "Phone"),
              ("手机", "电话", "手机号", "手机号码", "联系电话", "电话号码", "联系方式", "手机/电话",
               "车主电话", "车主手机", "客户电话", "客户手机", "会员电话", "会员手机", "移动电话",
               "phone", "mobile", "tel", "telephone", "phone number")),
    "phone2": (QT_TRANSLATE_NOOP("Import", "Second phone"),
               ("电话2", "备用电话", "固定电话", "座机", "其他电话", "联系电话2", "phone 2", "phone2",
                "landline")),
    "kind": (QT_TRANSLATE_NOOP("Import", "Person or company"),
             ("类型", "客户类型", "kind", "type", "customer type")),
    "address": (QT_TRANSLATE_NOOP("Import", "Address"), ("地址", "联系地址", "住址", "address")),
    "tax_id": (QT_TRANSLATE_NOOP("Import", "Taxpayer ID"),
               ("税号", "纳税人识别号", "统一社会信用代码", "tax id", "tax_id")),
    "notes": (QT_TRANSLATE_NOOP("Import", "Notes"), ("备注", "说明", "notes", "note", "remarks")),
    "tags": (QT_TRANSLATE_NOOP("Import", "Tags"), ("标签", "偏好", "tags")),
    "plate": (QT_TRANSLATE_NOOP("Import", "Plate"),
              ("车牌", "车牌号", "车牌号码", "号牌", "号牌号码", "车号", "plate", "plate no", "licence plate",
               "license plate")),
    "vin": (QT_TRANSLATE_NOOP("Import", "VIN"),
            ("车架号", "vin", "车辆识别代号", "车辆识别号", "识别代号", "底盘号", "vin码", "车架号码", "车辆vin",
             "frame number")),
    "make": (QT_TRANSLATE_NOOP("Import", "Make"), ("品牌", "厂牌", "车辆品牌", "汽车品牌", "make", "brand")),
    "model": (QT_TRANSLATE_NOOP("Import", "Model"), ("车型", "型号", "车辆型号", "车型名称", "model")),
    "series": (QT_TRANSLATE_NOOP("Import", "Series"), ("车系", "系列", "series")),
    "model_year": (QT_TRANSLATE_NOOP("Import", "Model year"),
                   ("年款", "年份", "出厂年份", "model year", "year")),
    "colour": (QT_TRANSLATE_NOOP("Import", "Colour"), ("颜色", "车身颜色", "colour", "color")),
    "engine_no": (QT_TRANSLATE_NOOP("Import", "Engine number"),
                  ("发动机号", "发动机号码", "engine no", "engine number", "engine")),
    "purchase_date": (QT_TRANSLATE_NOOP("Import", "Purchase date"),
                      ("购车日期", "购买日期", "购车时间", "开票日期", "销售日期", "上牌日期", "登记日期",
                       "purchase date", "purchased")),
    "warranty_start": (QT_TRANSLATE_NOOP("Import", "Warranty start"),
                       ("保修开始日期", "保修起始日", "保修开始", "warranty start")),
    "legacy_id": (QT_TRANSLATE_NOOP("Import", "The old system's customer id"),
                  ("客户编号", "客户id", "客户代码", "会员编号", "会员卡号", "档案号", "客户档案号", "customer id",
                   "client id", "legacy id")),
    "override_reason": (QT_TRANSLATE_NOOP("Import", "Why the plate or VIN is accepted as it is"),
                        ("例外原因", "例外说明", "特殊原因", "override reason", "override")),
    "odometer_km": (QT_TRANSLATE_NOOP("Import", "Odometer (km)"),
                    ("里程", "公里数", "行驶里程", "当前里程", "表显里程", "进厂里程", "最近里程", "odometer",
                     "mileage", "km")),
}

EXPORT_HEADERS = {
    "name": "姓名", "phone": "手机", "phone2": "电话2", "kind": "类型", "address": "地址",
    "tax_id": "税号", "notes": "备注", "tags": "标签", "plate": "车牌号", "vin": "车架号",
    "make": "品牌", "model": "车型", "series": "车系", "model_year": "年款", "colour": "颜色",
    "engine_no": "发动机号", "purchase_date": "购车日期", "warranty_start": "保修开始日期",
    "odometer_km": "里程",
}  # fmt: skip

def guess_mapping(headers: Sequence[str],
                  fields: Mapping[str, tuple[str, tuple[str, ...]]] | None = None) -> dict[int, str]:
    """Column index → field, for the headers that are recognised (each field once), by
    the customer file's fields or the ``fields`` given."""
    return sheets.guess_mapping(headers, FIELDS if fields is None else fields)


def guess_columns(headers: Sequence[str], fields: Mapping[str, tuple[str, tuple[str, ...]]] | None = None
                  ) -> tuple[dict[int, str], dict[str, list[str]]]:
    """``sheets.guess_columns`` by the customer file's fields, or the ``fields`` given."""
    return sheets.guess_columns(headers, FIELDS if fields is None else fields)


class ImportService(Service):

    def import_table(self, table: Sheet, mapping: Mapping[int, str] | None = None,
                     progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
        """All or nothing: one bad row and nothing is imported (``ImportFailed`` lists them).
        ``progress`` hears how far it got; ``cancelled`` stops it with nothing written."""
        self.require("customers.exchange")
        return self._import(table, mapping, set_aside=False, progress=progress, cancelled=cancelled)[0]

    def import_good_rows(self, table: Sheet, mapping: Mapping[int, str] | None = None
                         ) -> tuple[ImportReport, list[RowError]]:
        """The good rows now, in one transaction; the bad ones set aside with their reasons
        (to be written to a file of rejects, fixed in Excel and imported again)."""
        self.require("customers.exchange")
        return self._import(table, mapping, set_aside=True)

    def _import(self, sheet: Sheet, mapping: Mapping[int, str] | None, set_aside: bool,
                progress: Progress | None = None, cancelled: Cancelled | None = None
                ) -> tuple[ImportReport, list[RowError]]:
        """One walk through the sheet inside one transaction: each chunk of rows checked,
        matched with the file and written; the first bad row stops the writing (unless the
        bad rows are set aside) but not the checking, so every bad row is said at once, and
        then the transaction rolls back.  Nothing is written unless all of it is."""
        mapping = dict(mapping) if mapping is not None else guess_mapping(sheet.headers)
        header = no_name_column(mapping)
        if header is not None:
            raise ImportFailed([header])  # a header problem is never a row to set aside
        checker = RowChecker(sheet.headers, mapping)
        errors: list[RowError] = []
        total = max(1, sheet.count)
        with writing(self.db, self.user) as s:
            writer = Writer(s, self.user)
            chunk: list[Row] = []

            def flush() -> None:
                writer.match(chunk)
                conflicts, present = writer.conflicts(chunk)
                errors.extend(conflicts)
                if not errors or set_aside:
                    bad = {e.row for e in conflicts}
                    writer.write([r for r in chunk if r.number not in bad], present)
                chunk.clear()

            for n, raw in sheet.numbered():
                if n % 200 == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(0.98 * min(1.0, (n - 1) / total))
                row, problems = checker.check(n, raw)
                errors.extend(problems)
                if row is not None:
                    chunk.append(row)
                    if len(chunk) >= CHUNK:
                        flush()
            flush()
            errors.sort(key=lambda e: e.row)
            if errors and not set_aside:
                raise ImportFailed(errors)  # the transaction rolls back: nothing imported
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            report = writer.report()
            if progress is not None:
                progress(1.0)
            # The shop's history: who imported which file when, and what became of its rows.
            audit.record(s, "import", "customer", None, file=sheet.name, set_aside=len({e.row for e in errors}),
                         **report.__dict__)
            return report, errors

    def import_file(self, path: Path, mapping: Mapping[int, str] | None = None) -> ImportReport:
        return self.import_table(open_sheet(path), mapping)

    def export_csv(self, path: Path, include_archived: bool = False) -> int:
        """One row per vehicle (a customer without one gets a row of their own), with the
        headers the importer recognises, as UTF-8 with BOM so Excel shows the Chinese."""
        self.require("customers.exchange")
        from desktop.services.customers.details import last_readings

        fields = list(EXPORT_HEADERS)
        count = 0
        with reading(self.db) as s, replacing(path) as handle:
            writer = safe_writer(handle)
            writer.writerow([EXPORT_HEADERS[f] for f in fields])
            q = select(Customer).where(Customer.merged_into_id.is_(None)).order_by(Customer.id)
            if not include_archived:
                q = q.where(Customer.archived_at.is_(None))
            stock = int(shop_settings.get(s, "stock_customer_id"))
            if stock:  # the shop's own new cars in stock are not part of the customer file
                q = q.where(Customer.id != stock)
            for chunk in chunks(s.scalars(q.execution_options(yield_per=500)), 500):
                cids = [c.id for c in chunk]
                phones: dict[int, list[str]] = {}
                for cid, number in s.execute(
                    select(CustomerPhone.customer_id, CustomerPhone.number)
                    .where(CustomerPhone.customer_id.in_(cids)).order_by(CustomerPhone.position)
                ):
                    phones.setdefault(cid, []).append(number)
                tag_map: dict[int, list[str]] = {}
                for cid, tag in s.execute(
                    select(CustomerTag.customer_id, CustomerTag.tag).where(CustomerTag.customer_id.in_(cids))
                ):
                    tag_map.setdefault(cid, []).append(tag)
                vehicles: dict[int, list[Vehicle]] = {}
                for v in s.scalars(select(Vehicle).where(Vehicle.customer_id.in_(cids)).order_by(Vehicle.id)):
                    if include_archived or v.archived_at is None:
                        vehicles.setdefault(v.customer_id, []).append(v)
                km = last_readings(s, [v.id for vs in vehicles.values() for v in vs])
                for c in chunk:
                    ph = phones.get(c.id, [])
                    base = {"name": c.name, "phone": ph[0] if ph else "",
                            "phone2": ph[1] if len(ph) > 1 else "",
                            "kind": "公司" if c.kind == "company" else "个人",
                            "address": c.address, "tax_id": c.tax_id, "notes": c.notes,
                            "tags": "、".join(tag_map.get(c.id, []))}
                    owned: list[Vehicle | None] = list(vehicles.get(c.id, [])) or [None]
                    for car in owned:
                        row = dict(base)
                        if car is not None:
                            row.update({
                                "plate": car.plate or "", "vin": car.vin or "", "make": car.make,
                                "model": car.model, "series": car.series,
                                "model_year": car.model_year or "", "colour": car.colour,
                                "engine_no": car.engine_no,
                                "purchase_date": car.purchase_date or "",
                                "warranty_start": car.warranty_start or "",
                                "odometer_km": km[car.id].km if car.id in km else "",
                            })
                        writer.writerow([row.get(f, "") for f in fields])
                        count += 1
        return count


__all__ = [
    "EXPORT_HEADERS",
    "FIELDS",
    "ImportCancelled",
    "ImportFailed",
    "ImportReport",
    "ImportService",
    "Record",
    "RowError",
    "SheetFile",
    "Table",
    "guess_columns",
    "guess_mapping",
    "open_sheet",
    "read_table",
    "write_records",
]
