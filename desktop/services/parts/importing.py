"""Importing the parts catalogue with its opening stock, and past issues for history, from
the spreadsheets a shop already keeps (CSV or XLSX), so ABC and the T/S review have data
from the first day.

Parts: one row per part (配件号, 名称, 品牌, 单位, 库位, 供应商, 到货天数, 包装数, 起订量,
成本, 售价, 库存).  A supplier named that is not yet known is created.  The stock is posted
as an opening receipt at the row's cost.

Movements: one row per past issue (日期, 配件号, 数量, and optionally 成本单价, 单号).  Past
issues describe stock that has already left, so on hand must not fall again: for each
part, the importer posts a balancing adjustment just before its first imported issue,
equal to what was issued.  On hand today is unchanged, the stock value at past dates is
right, and the issues count as consumption for ABC and demand for T/S (the balance is an
adjustment, which neither counts).

Both check every row first (row number and reason) and write nothing if any row is bad.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from desktop.models import Part, StockMovement, Supplier
from desktop.models.parts import week_of
from desktop.services.common import limits
from desktop.services.common.dates import EARLIEST, is_placeholder, parse_date
from desktop.services.common.money import to_fen
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.sheets import (
    ImportFailed,
    RowError,
    guess_mapping,
    mapped_rows,
    read_table,
)
from desktop.services.core.uow import writing
from desktop.services.parts.ledger import on_hand_of

PART_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "number": (QT_TRANSLATE_NOOP("Import", "Part number"),
               ("配件号", "配件编号", "零件号", "零件编号", "编号", "原厂编号", "oem号", "物料编码", "物料号",
                "商品编码", "配件代码", "part no", "part number", "number")),
    "name": (QT_TRANSLATE_NOOP("Import", "Name"), ("名称", "配件名称", "零件名称", "品名", "商品名称", "名称及规格",
                                                  "物料名称", "name", "part name")),
    "brand": (QT_TRANSLATE_NOOP("Import", "Brand"), ("品牌", "brand")),
    "unit": (QT_TRANSLATE_NOOP("Import", "Unit"), ("单位", "unit")),
    "bin": (QT_TRANSLATE_NOOP("Import", "Bin"), ("库位", "货位", "仓位", "bin", "location")),
    "supplier": (QT_TRANSLATE_NOOP("Import", "Supplier"), ("供应商", "供货商", "供应商名字", "供应商名称",
                                                           "supplier")),
    "lead_time": (QT_TRANSLATE_NOOP("Import", "Lead time (days)"),
                  ("到货天数", "订货周期", "交货期", "lead time", "lead time days")),
    "pack": (QT_TRANSLATE_NOOP("Import", "Pack size"), ("包装数", "包装数量", "pack", "pack size")),
    "min_order": (QT_TRANSLATE_NOOP("Import", "Minimum order"), ("起订量", "最小订量", "min order", "moq")),
    "cost": (QT_TRANSLATE_NOOP("Import", "Cost"), ("成本", "成本价", "进价", "成本价格", "进货价", "采购价",
                                                 "cost", "unit cost")),
    "price": (QT_TRANSLATE_NOOP("Import", "Price"), ("售价", "销售价", "零售价", "卖价", "销售价格", "售价格",
                                                   "price")),
    "on_hand": (QT_TRANSLATE_NOOP("Import", "Stock on hand"),
                ("库存", "库存数量", "期初库存", "数量", "库存数", "现存量", "结存数量", "on hand", "stock",
                 "quantity")),
}
MOVEMENT_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "date": (QT_TRANSLATE_NOOP("Import", "Date"), ("日期", "出库日期", "领用日期", "操作时间", "出库时间", "单据日期", "date")),
    "number": PART_FIELDS["number"],
    "quantity": (QT_TRANSLATE_NOOP("Import", "Quantity"), ("数量", "出库数量", "领用数量", "配件出库数目", "出库数",
                                                         "quantity", "qty")),
    "cost": (QT_TRANSLATE_NOOP("Import", "Unit cost"), ("成本单价", "成本", "单价", "unit cost", "cost")),
    "reference": (QT_TRANSLATE_NOOP("Import", "Reference"), ("单号", "工单号", "出库单号", "reference", "ref")),
}


@dataclass(frozen=True)
class PartsImportReport:
    parts: int
    suppliers: int
    stock_rows: int


@dataclass(frozen=True)
class MovementsImportReport:
    issues: int
    parts: int


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Import")


def _decimal(text: str, row: int, key: str, errors: list[RowError], kind: str, *, default: str = "0") -> Decimal:
    """A number within its range (``rules.limits``); the message names the real reason."""
    found: dict[str, Message] = {}
    value = limits.checked(clean(text) or default, kind, key, found)
    if found:
        reason = found[key]
        errors.append(RowError(row, key, _msg(QT_TRANSLATE_NOOP("Import", "{value}: {reason}"),
                                              value=text, reason=reason)))
        return Decimal(0)
    return value




class PartsImportService(Service):

    def import_parts(self, path: Path, mapping: Mapping[int, str] | None = None) -> PartsImportReport:
        self.require("parts.edit")
        table = read_table(path)
        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers, PART_FIELDS)
        errors: list[RowError] = []
        for f in ("number", "name"):
            if f not in mapping.values():
                errors.append(RowError(1, f, _msg(QT_TRANSLATE_NOOP("Import", "No column for {field}."),
                                                  field=PART_FIELDS[f][0])))
        if errors:
            raise ImportFailed(errors)
        rows: list[tuple[int, str, dict[str, str], dict[str, Decimal], int | None]] = []
        seen: dict[str, int] = {}
        for n, v in mapped_rows(table, mapping):
            number = clean(v.get("number", "")).upper().replace(" ", "")
            if not number:
                errors.append(RowError(n, "number", _msg(QT_TRANSLATE_NOOP("Import", "The part number is empty."))))
            elif number in seen:
                errors.append(RowError(n, "number", _msg(QT_TRANSLATE_NOOP(
                    "Import", "Part {number} is also on row {other}."), number=number, other=seen[number])))
            seen.setdefault(number, n)
            if not clean(v.get("name", "")):
                errors.append(RowError(n, "name", _msg(QT_TRANSLATE_NOOP("Import", "The name is empty."))))
            lead_text = clean(v.get("lead_time", ""))
            if lead_text and not (lead_text.isdigit() and int(lead_text) <= 365):
                errors.append(RowError(n, "lead_time", _msg(QT_TRANSLATE_NOOP(
                    "Import", "Not a number of days: {value}"), value=lead_text)))
            rows.append((n, number, v, {
                "pack": _decimal(v.get("pack", ""), n, "pack", errors, "pack_size", default="1"),
                "min_order": _decimal(v.get("min_order", ""), n, "min_order", errors, "min_order"),
                "cost": _decimal(v.get("cost", ""), n, "cost", errors, "unit_cost"),
                "price": _decimal(v.get("price", ""), n, "price", errors, "unit_price"),
                "on_hand": _decimal(v.get("on_hand", ""), n, "on_hand", errors, "count"),
            }, int(lead_text) if lead_text.isdigit() else None))
        if errors:
            raise ImportFailed(errors)
        with writing(self.db, self.user) as s:
            known = set(s.scalars(select(Part.number).where(Part.number.in_(list(seen)))))
            errors = [RowError(n, "number", _msg(QT_TRANSLATE_NOOP(
                "Import", "Part {number} is already in the catalogue."), number=number))
                for n, number, *_ in rows if number in known]
            if errors:
                raise ImportFailed(errors)
            suppliers = {name: sid for name, sid in s.execute(select(Supplier.name, Supplier.id))}
            created = 0
            stock_rows = 0
            for _n, number, v, d, lead in rows:
                supplier_name = clean(v.get("supplier", ""))[:120]
                if supplier_name and supplier_name not in suppliers:
                    supplier = Supplier(name=supplier_name)
                    s.add(supplier)
                    s.flush()
                    suppliers[supplier_name] = supplier.id
                    created += 1
                part = Part(number=number[:40], name=clean(v["name"])[:120], brand=clean(v.get("brand", ""))[:64],
                            unit=clean(v.get("unit", ""))[:16] or "件", bin=clean(v.get("bin", "")).upper()[:32],
                            supplier_id=suppliers.get(supplier_name), lead_time_days=lead, pack_size=d["pack"],
                            min_order=d["min_order"], cost=to_fen(d["cost"]), price=to_fen(d["price"]))
                s.add(part)
                s.flush()
                if d["on_hand"] > 0:
                    s.add(StockMovement(part_id=part.id, kind="receipt", quantity=d["on_hand"],
                                        unit_cost=to_fen(d["cost"]), reason="期初库存", user=self.user))
                    stock_rows += 1
            report = PartsImportReport(len(rows), created, stock_rows)
            audit.record(s, "import", "part", None, **report.__dict__)
            return report

    def import_movements(self, path: Path, mapping: Mapping[int, str] | None = None) -> MovementsImportReport:
        self.require("parts.edit")
        table = read_table(path)
        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers, MOVEMENT_FIELDS)
        errors: list[RowError] = []
        for f in ("date", "number", "quantity"):
            if f not in mapping.values():
                errors.append(RowError(1, f, _msg(QT_TRANSLATE_NOOP("Import", "No column for {field}."),
                                                  field=MOVEMENT_FIELDS[f][0])))
        if errors:
            raise ImportFailed(errors)
        today = datetime.now(UTC).astimezone().date()
        rows = []
        for n, v in mapped_rows(table, mapping):
            try:
                day = parse_date(v.get("date", ""))
            except (ValueError, OverflowError):
                day = None
            if day is not None and (is_placeholder(day) or day < EARLIEST):
                errors.append(RowError(n, "date", _msg(QT_TRANSLATE_NOOP(
                    "Import", "{value} is the old system's empty date, not the day of the issue."),
                    value=v.get("date", ""))))
                day = None
            elif day is None or day > today:
                errors.append(RowError(n, "date", _msg(QT_TRANSLATE_NOOP(
                    "Import", "Not a date in the past: {value}"), value=v.get("date", ""))))
            qty = _decimal(v.get("quantity", ""), n, "quantity", errors, "quantity")
            cost_text = clean(v.get("cost", ""))
            cost = _decimal(cost_text, n, "cost", errors, "unit_cost") if cost_text else None
            rows.append((n, clean(v.get("number", "")).upper().replace(" ", ""), day, qty, cost,
                         clean(v.get("reference", ""))[:255]))
        if errors:
            raise ImportFailed(errors)
        if not rows:  # the headers and nothing under them
            raise ServiceError(Message(QT_TRANSLATE_NOOP("Import", "The file has no rows under its headers."),
                                       {}, "Import"))
        with writing(self.db, self.user) as s:
            parts = {number: (pid, cost) for number, pid, cost in s.execute(
                select(Part.number, Part.id, Part.cost).where(Part.number.in_({r[1] for r in rows})))}
            errors = [RowError(n, "number", _msg(QT_TRANSLATE_NOOP(
                "Import", "Part {number} is not in the catalogue; import the parts first."), number=number))
                for n, number, *_ in rows if number not in parts]
            if errors:
                raise ImportFailed(errors)
            issued: dict[int, tuple[Decimal, Decimal, datetime]] = {}
            values = []
            for _n, number, day, qty, cost, ref in rows:
                assert day is not None
                pid, part_cost = parts[number]
                at = datetime.combine(day, time(12)).astimezone(UTC)  # noon, local time
                unit_cost = to_fen(cost if cost is not None else part_cost)
                values.append({"part_id": pid, "at": at, "week": week_of(at), "kind": "issue", "quantity": -qty,
                               "unit_cost": unit_cost, "reason": ref or "历史出库", "user": self.user})
                total, value, first = issued.get(pid, (Decimal(0), Decimal(0), at))
                issued[pid] = (total + qty, value + qty * unit_cost, min(first, at))
            stock = on_hand_of(s, list(issued))
            for pid, (total, value, first) in issued.items():
                at = first - timedelta(seconds=1)
                values.append({"part_id": pid, "at": at, "week": week_of(at), "kind": "adjustment",
                               "quantity": total, "unit_cost": to_fen(value / total), "user": self.user,
                               "reason": f"历史出库导入: 期初平衡 (当前库存 {stock.get(pid, 0)} 不变)"})
            s.execute(insert(StockMovement), values)
            report = MovementsImportReport(len(rows), len(issued))
            audit.record(s, "import", "stock_movement", None, **report.__dict__)
            return report
