"""Importing the customer file from the spreadsheets small shops keep (CSV and XLSX), and
exporting it back to CSV.

The usual headers, Chinese or English (姓名, 手机/电话, 车牌号, 车架号/VIN, 品牌, 车型, 购车日期 …),
are recognised; anything else is mapped by the person in a mapping step (or ``--map`` on
the command line).  One row is one vehicle with its owner; rows with the same owner
(name and phone) make one customer with several vehicles.  Every row is checked with the
same rules as the forms; if any row is bad, the report lists each by row number and
reason and nothing is written: the import is all-or-nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    Customer,
    CustomerNameKey,
    CustomerPhone,
    CustomerTag,
    OdometerReading,
    Vehicle,
    VehicleOwnership,
)
from desktop.models.base import utcnow
from desktop.services.common.dates import is_placeholder, parse_date
from desktop.services.common.names import initials, name_keys
from desktop.services.common.spreadsheet import safe_writer
from desktop.services.core import audit, sheets
from desktop.services.core.files import replacing
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.sheets import (
    Cancelled,
    ImportCancelled,
    ImportFailed,
    Progress,
    RowError,
    Table,
    cell,
    read_table,
)
from desktop.services.core.uow import reading, writing
from desktop.services.customers.records import (
    CleanCustomer,
    CleanVehicle,
    CustomerForm,
    VehicleForm,
    check_customer,
    check_vehicle,
)
from desktop.services.customers.rules.vin import check_digit, check_digit_required
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

_KIND_WORDS = {"公司": "company", "单位": "company", "企业": "company", "company": "company",
               "个人": "person", "person": "person", "私人": "person"}


def guess_mapping(headers: Sequence[str],
                  fields: Mapping[str, tuple[str, tuple[str, ...]]] | None = None) -> dict[int, str]:
    """Column index → field, for the headers that are recognised (each field once), by
    the customer file's fields or the ``fields`` given."""
    return sheets.guess_mapping(headers, FIELDS if fields is None else fields)


def guess_columns(headers: Sequence[str], fields: Mapping[str, tuple[str, tuple[str, ...]]] | None = None
                  ) -> tuple[dict[int, str], dict[str, list[str]]]:
    """``sheets.guess_columns`` by the customer file's fields, or the ``fields`` given."""
    return sheets.guess_columns(headers, FIELDS if fields is None else fields)


@dataclass
class Record:
    """One customer to write, with its vehicles and the sheet rows they came from."""

    customer: CleanCustomer
    vehicles: list[CleanVehicle] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    existing_id: int | None = None
    vehicle_rows: list[int] = field(default_factory=list)  # the sheet row of each vehicle
    present: int = 0  # vehicles already on file with this very customer (a second import)
    legacy_id: str = ""  # the old system's id for the customer
    legacy: dict[str, str] = field(default_factory=dict)  # its columns ServiceBay has no field for


@dataclass(frozen=True)
class ImportReport:
    customers_created: int
    customers_updated: int
    vehicles_created: int
    rows: int
    vehicles_present: int = 0  # already on file with the same customer: a second import adds nothing
    kept_columns: tuple[str, ...] = ()  # columns with no field, kept with the customers as old-system data
    foreign_vins: tuple[str, ...] = ()  # VINs of cars built for other markets whose 9th character is no check digit


def prepare(table: Table, mapping: Mapping[int, str], progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> tuple[list[Record], list[RowError]]:
    """Check every row and group the rows into customers.  Nothing touches the database.
    A long file reports its progress and stops when cancelled."""
    errors: list[RowError] = []
    records: dict[tuple[str, str], Record] = {}
    plates: dict[str, int] = {}
    vins: dict[str, int] = {}
    if "name" not in mapping.values():
        return [], [RowError(1, "name", Message(
            QT_TRANSLATE_NOOP("Import", "No column is mapped to the customer's name."), {}, "Import"))]
    vehicle_fields = {"plate", "vin", "make", "model", "series", "model_year", "colour",
                      "engine_no", "purchase_date", "warranty_start", "odometer_km"}
    # Columns with no field are not dropped: their values stay with the customer, "from the
    # old system" (会员等级, 积分, 保险到期日 …), for the capabilities that will take them over.
    extra = [i for i, h in enumerate(table.headers) if i not in mapping and h.strip()]
    for index, raw in enumerate(table.rows):
        row_no = index + 2
        if index % 200 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(0.8 * index / max(1, len(table.rows)))
        values = {f: cell(raw[i]) if i < len(raw) else "" for i, f in mapping.items()}
        raw_values = {f: raw[i] if i < len(raw) else None for i, f in mapping.items()}
        if not any(values.values()):
            continue  # blank line in the sheet
        form = CustomerForm(
            name=values.get("name", ""),
            kind=_KIND_WORDS.get(values.get("kind", "").lower(), "person"),
            phones=[p for p in (values.get("phone", ""), values.get("phone2", "")) if p],
            address=values.get("address", ""),
            tax_id=values.get("tax_id", ""),
            notes=values.get("notes", ""),
            tags=[t for t in re.split(r"[,，;；、]", values.get("tags", "")) if t.strip()],
        )
        data, problems = check_customer(form)
        vdata = None
        if any(values.get(f) for f in vehicle_fields):
            dates: dict[str, date | None] = {}
            for f in ("purchase_date", "warranty_start"):
                try:
                    dates[f] = parse_date(raw_values.get(f))
                    if is_placeholder(dates[f]):  # the old system's "empty date": no date
                        dates[f] = None
                except (ValueError, OverflowError):
                    dates[f] = None
                    problems[f] = Message(
                        QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a date (use 2024-05-31)."),
                        {"value": values.get(f, "")}, "Import")
            why = values.get("override_reason", "").strip()
            vform = VehicleForm(
                plate=values.get("plate", ""), vin=values.get("vin", ""),
                plate_override=bool(why), plate_override_reason=why, vin_override=bool(why), vin_override_reason=why,
                make=values.get("make", ""), model=values.get("model", ""),
                series=values.get("series", ""), model_year=values.get("model_year") or None,
                colour=values.get("colour", ""), engine_no=values.get("engine_no", ""),
                purchase_date=dates["purchase_date"], warranty_start=dates["warranty_start"],
                odometer_km=values.get("odometer_km") or None,
            )
            vdata, vproblems = check_vehicle(vform)
            problems.update(vproblems)
            if vdata.plate and vdata.plate in plates and "plate" not in problems:
                problems["plate"] = Message(
                    QT_TRANSLATE_NOOP("Import", "Plate {plate} is also on row {row}."),
                    {"plate": vdata.plate, "row": plates[vdata.plate]}, "Import")
            if vdata.vin and vdata.vin in vins and "vin" not in problems:
                problems["vin"] = Message(
                    QT_TRANSLATE_NOOP("Import", "VIN {vin} is also on row {row}."),
                    {"vin": vdata.vin, "row": vins[vdata.vin]}, "Import")
        if problems:
            errors.extend(
                RowError(row_no, "phone" if f == "phones" else f, m) for f, m in problems.items()
            )
            continue
        if vdata is not None:
            if vdata.plate:
                plates[vdata.plate] = row_no
            if vdata.vin:
                vins[vdata.vin] = row_no
        key = (data.name, data.phones[0].digits if data.phones else f"row{row_no}")
        record = records.get(key)
        if record is None:
            record = records[key] = Record(customer=data)
        else:
            for phone in data.phones:
                if phone.digits not in {p.digits for p in record.customer.phones}:
                    record.customer.phones.append(phone)
        record.rows.append(row_no)
        record.legacy_id = record.legacy_id or values.get("legacy_id", "")[:64]
        for i in extra:
            value = cell(raw[i]) if i < len(raw) else ""
            if value and table.headers[i] not in record.legacy:
                record.legacy[table.headers[i][:40]] = value[:200]
        if vdata is not None:
            record.vehicles.append(vdata)
            record.vehicle_rows.append(row_no)
    return list(records.values()), errors


def check_against_file(s: Session, records: Sequence[Record]) -> list[RowError]:
    """An owner already on file (same name and phone) gets the new vehicles instead of a
    second customer file; a vehicle already on file with that same owner is already
    present (importing a file twice changes nothing); a plate or VIN on file with another
    owner is an error."""
    errors: list[RowError] = []
    _match_owners(s, records)
    by_plate: dict[str, tuple[Record, int]] = {}
    by_vin: dict[str, tuple[Record, int]] = {}
    for record in records:
        for i, v in enumerate(record.vehicles):
            if v.plate:
                by_plate[v.plate] = (record, i)
            if v.vin:
                by_vin[v.vin] = (record, i)
    present: dict[int, set[int]] = {}
    for column, wanted, f in ((Vehicle.plate, by_plate, "plate"), (Vehicle.vin, by_vin, "vin")):
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            for value, name, owner in s.execute(
                select(column, Customer.name, Vehicle.customer_id).join(Customer).where(column.in_(chunk))
            ):
                if value is None:
                    continue
                record, i = wanted[value]
                if record.existing_id is not None and record.existing_id == owner:
                    present.setdefault(id(record), set()).add(i)
                    continue
                errors.append(RowError(record.vehicle_rows[i], f, Message(
                    QT_TRANSLATE_NOOP("Import", "{value} is already on file (customer {customer})."),
                    {"value": value, "customer": name}, "Import")))
    for record in records:
        skip = present.get(id(record), set())
        if skip:
            record.present = len(skip)
            record.vehicles = [v for i, v in enumerate(record.vehicles) if i not in skip]
            record.vehicle_rows = [r for i, r in enumerate(record.vehicle_rows) if i not in skip]
    errors.sort(key=lambda e: e.row)
    return errors


def _match_owners(s: Session, records: Sequence[Record]) -> None:
    """Records that are a customer on file: by the old system's id, else by the first phone
    and the name."""
    by_legacy = {r.legacy_id: r for r in records if r.legacy_id}
    keys = list(by_legacy)
    for start in range(0, len(keys), 500):
        for cid, legacy_id in s.execute(select(Customer.id, Customer.legacy_id).where(
                Customer.legacy_id.in_(keys[start:start + 500]), Customer.merged_into_id.is_(None))):
            if legacy_id is not None:
                by_legacy[legacy_id].existing_id = cid
    digits = {r.customer.phones[0].digits: r for r in records if r.customer.phones}
    keys = list(digits)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        for cid, name, d in s.execute(
            select(Customer.id, Customer.name, CustomerPhone.digits)
            .join(CustomerPhone)
            .where(CustomerPhone.digits.in_(chunk), Customer.merged_into_id.is_(None))
        ):
            record = digits[d]
            if record.customer.name == name and record.existing_id is None:
                record.existing_id = cid


def write_records(s: Session, records: Sequence[Record], user: str) -> ImportReport:
    """Write checked records in bulk inside the caller's transaction."""
    now = utcnow()
    stamp = {"created_at": now, "created_by": user, "updated_at": now, "updated_by": user,
             "version": 1}
    new = [r for r in records if r.existing_id is None]
    ids: list[int] = []
    if new:
        result = s.execute(
            insert(Customer).returning(Customer.id, sort_by_parameter_order=True),
            [
                {
                    "kind": r.customer.kind, "name": r.customer.name,
                    "initials": initials(r.customer.name), "address": r.customer.address,
                    "tax_id": r.customer.tax_id, "notes": r.customer.notes,
                    "preferred_contact": r.customer.preferred_contact,
                    "consent_contact": r.customer.consent_contact, "archive_reason": "",
                    "legacy_id": r.legacy_id or None,
                    "legacy": json.dumps(r.legacy, ensure_ascii=False) if r.legacy else "", **stamp,
                }
                for r in new
            ],
        )
        ids = [row[0] for row in result]
    for record, cid in zip(new, ids, strict=True):
        record.existing_id = cid
    phones: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    for record, cid in zip(new, ids, strict=True):
        c = record.customer
        phones.extend({"customer_id": cid, "number": p.number, "digits": p.digits, "kind": p.kind,
                       "position": i} for i, p in enumerate(c.phones))
        keys.extend({"customer_id": cid, "key": k} for k in name_keys(c.name))
        tags.extend({"customer_id": cid, "tag": t} for t in c.tags)
    for model, rows in ((CustomerPhone, phones), (CustomerNameKey, keys), (CustomerTag, tags)):
        if rows:
            s.execute(insert(model), rows)
    vehicle_rows, owners = [], []
    for record in records:
        for v in record.vehicles:
            vehicle_rows.append({
                "customer_id": record.existing_id, "plate": v.plate,
                "plate_override_reason": v.plate_override_reason, "vin": v.vin,
                "vin_reversed": v.vin[::-1] if v.vin else None,
                "vin_override_reason": v.vin_override_reason, "make": v.make, "model": v.model,
                "series": v.series, "model_year": v.model_year, "colour": v.colour,
                "engine_no": v.engine_no, "purchase_date": v.purchase_date,
                "warranty_start": v.warranty_start, "notes": v.notes, "archive_reason": "",
                **stamp,
            })
            owners.append((record.existing_id, v.odometer_km))
    if vehicle_rows:
        vids = [row[0] for row in s.execute(
            insert(Vehicle).returning(Vehicle.id, sort_by_parameter_order=True), vehicle_rows)]
        s.execute(insert(VehicleOwnership), [
            {"vehicle_id": vid, "customer_id": cid, "since": now, "note": "imported",
             "recorded_by": user} for vid, (cid, _) in zip(vids, owners, strict=True)])
        readings = [{"vehicle_id": vid, "km": km, "read_at": now, "source": "import",
                     "reason": "", "recorded_by": user}
                    for vid, (_, km) in zip(vids, owners, strict=True) if km is not None]
        if readings:
            s.execute(insert(OdometerReading), readings)
    return ImportReport(
        customers_created=len(new),
        customers_updated=len(records) - len(new),
        vehicles_created=len(vehicle_rows),
        rows=sum(len(r.rows) for r in records),
        vehicles_present=sum(r.present for r in records),
        kept_columns=tuple(dict.fromkeys(k for r in records for k in r.legacy)),
        foreign_vins=tuple(v.vin for r in records for v in r.vehicles
                           if v.vin and len(v.vin) == 17 and not check_digit_required(v.vin)
                           and v.vin[8] != check_digit(v.vin)),
    )


class ImportService(Service):

    def import_table(self, table: Table, mapping: Mapping[int, str] | None = None,
                     progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
        """All or nothing: one bad row and nothing is imported (``ImportFailed`` lists them).
        ``progress`` hears how far it got; ``cancelled`` stops it with nothing written."""
        self.require("customers.exchange")
        return self._import(table, mapping, set_aside=False, progress=progress, cancelled=cancelled)[0]

    def import_good_rows(self, table: Table, mapping: Mapping[int, str] | None = None
                         ) -> tuple[ImportReport, list[RowError]]:
        """The good rows now, in one transaction; the bad ones set aside with their reasons
        (to be written to a file of rejects, fixed in Excel and imported again)."""
        self.require("customers.exchange")
        return self._import(table, mapping, set_aside=True)

    def _import(self, table: Table, mapping: Mapping[int, str] | None, set_aside: bool,
                progress: Progress | None = None, cancelled: Cancelled | None = None
                ) -> tuple[ImportReport, list[RowError]]:
        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
        records, errors = prepare(table, mapping, progress, cancelled)
        if errors and (not set_aside or any(e.row == 1 for e in errors)):
            raise ImportFailed(errors)  # a header problem is never a row to set aside
        with writing(self.db, self.user) as s:
            conflicts = check_against_file(s, records)
            if conflicts and not set_aside:
                raise ImportFailed(conflicts)
            if conflicts:  # a plate or VIN of another owner on file: that row goes aside too
                bad = {e.row for e in conflicts}
                for record in records:
                    keep = [i for i, r in enumerate(record.vehicle_rows) if r not in bad]
                    record.vehicles = [record.vehicles[i] for i in keep]
                    record.vehicle_rows = [record.vehicle_rows[i] for i in keep]
                    record.rows = [r for r in record.rows if r not in bad]
                records = [r for r in records if r.rows]
            report = write_records(s, records, self.user)
            if cancelled is not None and cancelled():
                raise ImportCancelled()  # the transaction rolls back: nothing imported
            if progress is not None:
                progress(1.0)
            rejected = sorted(errors + conflicts, key=lambda e: e.row)
            # The shop's history: who imported which file when, and what became of its rows.
            audit.record(s, "import", "customer", None, file=table.name, set_aside=len({e.row for e in rejected}),
                         **report.__dict__)
            return report, rejected

    def import_file(self, path: Path, mapping: Mapping[int, str] | None = None) -> ImportReport:
        return self.import_table(read_table(path), mapping)

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
            for chunk in _chunks(s.scalars(q.execution_options(yield_per=500)), 500):
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


def _chunks(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
