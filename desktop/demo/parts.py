"""Parts for the demo shop: the parts its packages and repairs use, a long tail of others,
suppliers, a year of receipts, the issues its work orders made, counter sales of the
tail, and the ABC classification that follows from them."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.models import Part, StockMovement, Supplier, WorkOrder, WorkOrderLine
from desktop.models.parts import week_of

SUPPLIERS = (("一汽大众配件中心", 3), ("广汽丰田配件中心", 4), ("博世汽车配件", 5), ("米其林轮胎经销", 7),
             ("本地汽配城", 1))
TAIL_NAMES = ("雨刮片", "刹车片", "刹车盘", "火花塞", "点火线圈", "节温器", "水泵", "发电机皮带", "空调皮带",
              "减震器", "摆臂", "球头", "轮胎", "灯泡", "保险丝", "喇叭", "门把手", "后视镜", "雨刷电机", "氧传感器")


def write_parts(s: Session, rng: random.Random, now: datetime, tail: int = 1500) -> int:
    s.execute(insert(Supplier), [{"name": n, "lead_time_days": d, "contact": "", "phone": "", "active": True,
                                  "created_by": "demo", "updated_by": "demo"} for n, d in SUPPLIERS])
    suppliers = [sid for (sid,) in s.execute(select(Supplier.id).order_by(Supplier.id))]
    used: dict[str, tuple[str, Decimal, Decimal]] = {}
    for number, name, line_cost, price in s.execute(
            select(WorkOrderLine.part_number, WorkOrderLine.description, WorkOrderLine.unit_cost,
                   WorkOrderLine.unit_price).where(WorkOrderLine.kind == "part", WorkOrderLine.part_number != "")):
        used.setdefault(number, (name, line_cost, price))
    rows: list[dict[str, Any]] = []
    for number, (name, unit_cost, price) in sorted(used.items()):
        rows.append({"number": number, "name": name, "cost": unit_cost, "price": price,
                     "supplier_id": suppliers[rng.randrange(3)], "bin": f"A-{len(rows) + 1:02d}"})
    for i in range(1, tail + 1):
        price_class = Decimal(rng.choice((8, 15, 35, 60, 120, 260, 480, 900)))
        rows.append({"number": f"T{i:05d}", "name": f"{rng.choice(TAIL_NAMES)} {i}", "cost": price_class,
                     "price": price_class * Decimal("1.45"), "supplier_id": rng.choice(suppliers),
                     "bin": f"{rng.choice('BCDEF')}-{rng.randrange(1, 60):02d}"})
    for row in rows:
        row.update({"pack_size": Decimal(1), "min_order": Decimal(0), "abc_class": "C", "version": 1,
                    "unit": "件", "created_by": "demo", "updated_by": "demo", "brand": "", "oem": True,
                    "archived": False})
    s.execute(insert(Part), rows)
    ids = {number: pid for pid, number in s.execute(select(Part.id, Part.number))}
    cost = {r["number"]: r["cost"] for r in rows}
    moves: list[dict[str, Any]] = []

    def move(number: str, kind: str, qty: Decimal, at: datetime, line: int | None = None) -> None:
        moves.append({"part_id": ids[number], "kind": kind, "quantity": qty, "unit_cost": cost[number],
                      "at": at, "week": week_of(at), "work_order_line_id": line, "reason": "", "user": "demo"})

    year_ago = now - timedelta(days=370)
    issued: dict[str, Decimal] = {}
    for line_id, number, qty, at in s.execute(
            select(WorkOrderLine.id, WorkOrderLine.part_number, WorkOrderLine.issued_qty, WorkOrder.opened_at)
            .join(WorkOrder).where(WorkOrderLine.kind == "part", WorkOrderLine.issued_qty > 0)):
        if number in ids:
            move(number, "issue", -qty, at + timedelta(minutes=40), line_id)
            issued[number] = issued.get(number, Decimal(0)) + qty
    for i in range(1, tail + 1):  # counter sales and small jobs: a long tail
        number = f"T{i:05d}"
        for _ in range(int(rng.paretovariate(1.2)) - 1):
            qty = Decimal(rng.randrange(1, 3))
            move(number, "issue", -qty, now - timedelta(minutes=rng.randrange(60, 525_000)))
            issued[number] = issued.get(number, Decimal(0)) + qty
    for number in ids:  # enough was bought to cover what went out, and some on the shelf
        move(number, "receipt", issued.get(number, Decimal(0)) + Decimal(rng.randrange(0, 12)), year_ago)
    for start in range(0, len(moves), 20_000):
        s.execute(insert(StockMovement), moves[start:start + 20_000])
    return len(rows)
