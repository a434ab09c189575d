"""Work orders for the demo shop and the benchmark's big shop.

Each past visit (an odometer reading taken at reception) becomes a delivered order with
its whole state history; about 3 % of repairs come back within the rework window as
comebacks; a few orders are cancelled; and today a dozen cars are in the shop in every
state, dispatched to technicians and bays, so the board has something to show.  Written
in bulk inside the caller's transaction.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    LabourOperation,
    MaintenancePackage,
    NumberSequence,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderLine,
)
from desktop.services.common.money import line_amount
from desktop.services.warranty.rules.claims import labour_price, part_price
from desktop.services.workorders.workshop import WorkshopSetup

RATE = Decimal("120.00")
WARRANTY_RATE, WARRANTY_HANDLING = Decimal("100.00"), Decimal("10")  # the settings' defaults
CONCERNS_SERVICE = ("做保养", "常规保养，顺便检查轮胎", "保养到期了", "换机油机滤", "首保")
ENGINE_LIGHT = 3  # REPAIRS: the engine light, a powertrain fault
REPAIRS: tuple[tuple[str, list[str], list[tuple[str, str, str, str, str]]], ...] = (
    ("刹车有异响", ["B001"], [("BP-F", "前制动片", "1", "480.00", "300.00")]),
    ("方向盘抖动", ["S001", "S002"], []),
    ("空调不制冷", ["A001"], [("R134A", "制冷剂 R134a", "1", "180.00", "90.00")]),
    ("发动机故障灯亮", ["E001", "M004"], [("PLUG-IR", "铱金火花塞", "4", "95.00", "52.00")]),
    ("电瓶没电，打不着火", ["E002"], [("BAT-60", "蓄电池 60Ah", "1", "680.00", "420.00")]),
    ("右前减震器漏油", ["S003"], [("SHK-FR", "前减震器（右）", "1", "890.00", "560.00")]),
    ("发动机有异响", ["G001"], []),
)
ACCIDENT: tuple[str, list[str], list[tuple[str, str, str, str, str]]] = ("左前叶子板刮蹭，走保险", ["S001"], [("FDR-FL", "左前叶子板", "1", "1280.00", "800.00")])
OPEN_FLOW = ("authorized", "in_progress", "in_progress", "waiting_parts", "quality_check", "washing", "ready")
FLOW = ("draft", "estimated", "authorized", "in_progress", "quality_check", "washing", "ready", "delivered")


@dataclass(frozen=True)
class Visit:
    vehicle_id: int
    customer_id: int
    at: datetime
    km: int
    purchase_year: int | None


@dataclass
class _Shop:
    advisors: list[int]
    technicians: list[int]
    inspectors: list[int]
    washers: list[int]
    bays: list[int]
    ops: dict[str, tuple[int, str, Decimal]]
    packages: list[tuple[int, list[dict[str, Any]]]]


def ensure_staff(setup: WorkshopSetup) -> None:
    """The demo shop's people and bays."""
    for name in ("李娜", "周杰", "王芳"):
        setup.add_staff(name, "advisor")
    for name in ("王师傅", "陈师傅", "刘师傅", "张师傅", "黄师傅", "杨师傅"):
        setup.add_staff(name, "technician")
    setup.add_staff("赵质检", "inspector")
    setup.add_staff("孙主管", "foreman")
    setup.add_staff("小刘", "washer")
    for i in range(1, 7):
        setup.add_bay(f"{i}号工位")
    setup.add_bay("四轮定位")


def _load_shop(s: Session) -> _Shop:
    from desktop.models import Bay, Staff

    staff = s.execute(select(Staff.id, Staff.role)).all()
    ops = {code: (oid, name, hours) for oid, code, name, hours in s.execute(
        select(LabourOperation.id, LabourOperation.code, LabourOperation.name,
               LabourOperation.standard_hours))}
    packages = []
    for package in s.scalars(select(MaintenancePackage).order_by(MaintenancePackage.interval_km)):
        items = []
        for item in package.items:
            if item.kind == "labour" and item.operation is not None:
                items.append({"kind": "labour", "description": item.operation.name,
                              "operation_id": item.operation_id, "part_number": "",
                              "quantity": item.operation.standard_hours, "unit_price": RATE,
                              "unit_cost": Decimal(0)})
            else:
                items.append({"kind": "part", "description": item.description, "operation_id": None,
                              "part_number": item.part_number, "quantity": item.quantity,
                              "unit_price": item.unit_price, "unit_cost": item.unit_cost})
        packages.append((package.interval_km or 0, items))
    return _Shop(
        advisors=[i for i, r in staff if r == "advisor"],
        technicians=[i for i, r in staff if r == "technician"],
        inspectors=[i for i, r in staff if r in ("inspector", "foreman")],
        washers=[i for i, r in staff if r == "washer"],
        bays=[b for (b,) in s.execute(select(Bay.id))],
        ops=ops,
        packages=packages,
    )


class OrderWriter:
    """Builds rows for orders, lines and events, and writes them in bulk."""

    def __init__(self, s: Session, rng: random.Random, user: str = "demo") -> None:
        self.s = s
        self.rng = rng
        self.user = user
        self.shop = _load_shop(s)
        self.next_id = (s.scalar(select(WorkOrder.id).order_by(WorkOrder.id.desc()).limit(1)) or 0) + 1
        self.seq: dict[int, int] = {
            year: last for year, last in s.execute(
                select(WorkOrder.year, func.max(WorkOrder.seq)).group_by(WorkOrder.year))
        }
        self.orders: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []

    def _lines_for(self, visit: Visit, payer: str, kind: str, repair: int | None = None
                   ) -> tuple[str, list[dict[str, Any]]]:
        r = self.rng
        if kind == "service":
            items = next((items for km, items in reversed(self.shop.packages)
                          if km and visit.km >= km and visit.km % km < 5000), self.shop.packages[0][1])
            return r.choice(CONCERNS_SERVICE), [dict(i) for i in items]
        concern, op_codes, parts = ACCIDENT if payer == "insurance" else \
            REPAIRS[repair] if repair is not None else r.choice(REPAIRS)
        out: list[dict[str, Any]] = []
        for code in op_codes:
            oid, name, hours = self.shop.ops[code]
            out.append({"kind": "labour", "description": name, "operation_id": oid, "part_number": "",
                        "quantity": hours, "unit_price": RATE, "unit_cost": Decimal(0)})
        for number, name, qty, price, cost in parts:
            out.append({"kind": "part", "description": name, "operation_id": None, "part_number": number,
                        "quantity": Decimal(qty), "unit_price": Decimal(price), "unit_cost": Decimal(cost)})
        return concern, out

    def add(self, visit: Visit, state: str = "delivered", rework_of: int | None = None,
            kind: str | None = None, now: datetime | None = None, payer: str | None = None,
            repair: int | None = None) -> int:
        r = self.rng
        year = visit.at.astimezone().year
        seq = self.seq.get(year, 0) + 1
        self.seq[year] = seq
        oid = self.next_id
        self.next_id += 1
        young = visit.purchase_year is not None and visit.at.year - visit.purchase_year < 3
        roll = r.random()
        payer = payer or ("insurance" if roll < 0.04 else "warranty" if young and roll < 0.12 else "customer")
        kind = kind or ("repair" if payer != "customer" or r.random() < 0.35 else "service")
        if rework_of is not None:
            kind, payer = "repair", "customer"
        concern, items = self._lines_for(visit, payer, kind, repair)
        if rework_of is not None:
            concern = "上次修过，" + concern
        tech = r.choice(self.shop.technicians)
        for position, item in enumerate(items, 1):
            line_payer = payer if not (payer == "warranty" and item["kind"] == "part" and r.random() < 0.2) else "customer"
            if line_payer == "warranty":  # at the manufacturer's prices, as the program prices them
                item["unit_price"] = labour_price(WARRANTY_RATE) if item["kind"] == "labour" else \
                    part_price(item["unit_cost"], WARRANTY_HANDLING) if item["unit_cost"] else item["unit_price"]
            amount = line_amount(item["quantity"], item["unit_price"])
            self.lines.append({
                **item, "work_order_id": oid, "position": position, "discount_pct": Decimal(0),
                "amount": amount, "payer": line_payer,
                "warranty_component": "vehicle" if line_payer == "warranty" else "", "goodwill_by": "",
                "technician_id": tech if item["kind"] == "labour" else None,
                "approval": "approved", "additional": False, "approved_by": "", "approved_at": None,
                "approval_method": "", "below_cost_by": "",
                "reserved_qty": item["quantity"] if item["kind"] == "part" else Decimal(0),
                "issued_qty": item["quantity"] if item["kind"] == "part" and state in ("delivered", "ready", "washing")
                else Decimal(0),
                "returned_qty": Decimal(0),
            })
        flow = FLOW[: FLOW.index(state) + 1] if state in FLOW else ("draft", "estimated", "cancelled")
        if state == "waiting_parts":
            flow = (*FLOW[:4], "waiting_parts")
        t = visit.at
        previous = ""
        ready_at = t
        for step in flow:
            if step == "ready":
                ready_at = t
            self.events.append({"work_order_id": oid, "at": t, "user": self.user, "from_state": previous,
                                "to_state": step, "note": "客户改期" if step == "cancelled" else ""})
            previous = step
            t = t + timedelta(minutes=r.randrange(5, 70))
        delivered = t if state == "delivered" else None
        in_shop = state in ("authorized", "in_progress", "waiting_parts", "quality_check", "washing", "ready")
        washed = state in ("ready", "delivered") and bool(self.shop.washers)
        promised = visit.at + timedelta(hours=r.choice((2, 3, 4, 6, 24)))
        self.orders.append({
            "id": oid, "number": f"WO{year}-{seq:06d}", "year": year, "seq": seq,
            "customer_id": visit.customer_id, "vehicle_id": visit.vehicle_id, "state": state,
            "opened_at": visit.at, "estimate_mode": "system" if kind == "repair" else "item",
            "odometer_km": visit.km, "fuel_eighths": r.randrange(1, 9), "damage_notes": "",
            "belongings": r.choice(("", "", "雨伞", "儿童座椅", "行车记录仪")),
            "key_tag": f"K{r.randrange(1, 99):02d}", "concern": concern, "diagnosis": "",
            "advisor_id": r.choice(self.shop.advisors), "promised_at": promised,
            "customer_parts": False, "authorized_by": "车主" if state not in ("draft", "estimated", "cancelled") else "",
            "authorized_at": visit.at + timedelta(minutes=15) if state not in ("draft", "estimated", "cancelled") else None,
            "technician_id": tech if state not in ("draft", "estimated", "cancelled") else None,
            "bay_id": r.choice(self.shop.bays) if in_shop and self.shop.bays else None,
            "inspected_by_id": r.choice(self.shop.inspectors) if state in ("washing", "ready", "delivered") else None,
            "washed_by_id": r.choice(self.shop.washers) if washed else None,
            "washed_at": ready_at if washed else None,
            "rework_of_id": rework_of, "cancel_reason": "客户改期" if state == "cancelled" else "",
            "delivered_at": delivered, "created_at": visit.at, "created_by": self.user,
            "updated_at": t, "updated_by": self.user, "version": len(flow),
        })
        return oid

    def flush(self) -> None:
        if self.orders:
            self.s.execute(insert(WorkOrder), self.orders)
        for start in range(0, len(self.lines), 50_000):
            self.s.execute(insert(WorkOrderLine), self.lines[start:start + 50_000])
        for start in range(0, len(self.events), 50_000):
            self.s.execute(insert(WorkOrderEvent), self.events[start:start + 50_000])
        for year, last in self.seq.items():
            name = f"WO{year}"
            row = self.s.get(NumberSequence, name)
            if row is None:
                self.s.add(NumberSequence(name=name, next_value=last + 1))
            else:
                row.next_value = max(row.next_value, last + 1)
        self.orders, self.lines, self.events = [], [], []


def write_history(s: Session, visits: Sequence[Visit], rng: random.Random, now: datetime,
                  open_today: int = 12, rework_share: float = 0.03) -> int:
    """Delivered orders for past visits, comebacks, a few cancellations, and today's cars."""
    writer = OrderWriter(s, rng)
    count = 0
    for visit in sorted(visits, key=lambda v: v.at):
        state = "cancelled" if rng.random() < 0.02 else "delivered"
        oid = writer.add(visit, state)
        count += 1
        if state == "delivered" and rng.random() < rework_share:
            later = visit.at + timedelta(days=rng.randrange(2, 25))
            if later < now - timedelta(days=1):
                comeback = Visit(visit.vehicle_id, visit.customer_id, later, visit.km + rng.randrange(50, 900),
                                 visit.purchase_year)
                writer.add(comeback, "delivered", rework_of=oid, kind="repair")
                count += 1
        if len(writer.orders) >= 20_000:
            writer.flush()
    writer.flush()
    return count


def write_today(s: Session, visits: Sequence[Visit], rng: random.Random) -> list[int]:
    """Cars in the shop now, one state each in turn, for the board."""
    writer = OrderWriter(s, rng)
    ids = []
    for i, visit in enumerate(visits):
        ids.append(writer.add(visit, OPEN_FLOW[i % len(OPEN_FLOW)] if i < len(visits) - 2 else "draft"))
    bays = iter(writer.shop.bays)
    for order in writer.orders:  # one car per bay; the rest wait in the yard
        if order["bay_id"] is not None:
            order["bay_id"] = next(bays, None)
    writer.flush()
    return ids
