"""The workshop's forms in the demo shop: every maintenance order of the last months with
its filled inspection sheet (most points in order, some needing attention, a few urgent,
readings that fit the car), a dozen new cars in stock with their storage checks and PDI
orders (one sold), a few cars that left unrepaired, and what customers were told about
today's orders.  The sheets are written in bulk; the rest goes through the services."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import (
    Checklist,
    Customer,
    Inspection,
    InspectionAnswer,
    LabourOperation,
    OrderNotice,
    Vehicle,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderLine,
)
from desktop.services.customers.rules.vin import with_check_digit
from desktop.services.inspection.checklists import limits_of, seed
from desktop.services.inspection.rules.findings import measured

DAYS = 150  # the months of sheets the demo keeps
NOTES = {"attention": ("建议下次保养时处理", "轻微磨损", "有老化迹象"),
         "urgent": ("已到使用极限，建议立即处理", "磨损严重")}  # a reading speaks for itself
READINGS = {"V": (12.2, 12.9), "kPa": (200.0, 265.0), "mm": (1.4, 9.0)}
NEW_CARS = (("大众", "帕萨特", "星空蓝"), ("大众", "迈腾", "极地白"), ("大众", "途观L", "深黑"),
            ("大众", "朗逸", "极地白"), ("大众", "ID.4 CROZZ", "冰川白"), ("大众", "探岳", "钛金灰"))
RELEASE_REASONS = ("客户不同意报价，自行处理", "故障未能重现，建议继续观察", "客户嫌贵，暂不维修",
                   "需原厂技术支持，客户先提车")


def _reading(rng: random.Random, unit: str) -> Decimal:
    low, high = READINGS.get(unit, (1.0, 10.0))
    value = rng.triangular(low, high, high * 0.8)
    return Decimal(f"{value:.1f}") if unit != "kPa" else Decimal(int(value))


def write_inspections(s: Session, rng: random.Random, now: datetime) -> int:
    """A sheet on every maintenance order of the last months and on today's in the shop."""
    seed(s)
    checklist = s.scalar(select(Checklist).where(Checklist.name == "常规保养体检"))
    check_op = s.scalar(select(LabourOperation.id).where(LabourOperation.code == "M008"))
    if checklist is None or check_op is None:
        return 0
    items = [i for i in checklist.items if i.answer in ("status", "measure")]
    orders = s.execute(
        select(WorkOrder.id, WorkOrder.vehicle_id, WorkOrder.technician_id, WorkOrder.opened_at)
        .where(WorkOrder.opened_at >= now - timedelta(days=DAYS),
               WorkOrder.state.in_(("quality_check", "washing", "ready", "delivered")),
               WorkOrder.id.in_(select(WorkOrderLine.work_order_id).where(WorkOrderLine.operation_id == check_op)))
        .order_by(WorkOrder.id)).all()
    first = (s.scalar(select(func.max(Inspection.id))) or 0) + 1
    sheets: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    for n, (oid, vid, tech, opened) in enumerate(orders):
        ident = first + n
        done = opened + timedelta(minutes=rng.randrange(30, 90))
        sheets.append({"id": ident, "vehicle_id": vid, "work_order_id": oid, "checklist_id": checklist.id,
                       "kind": "inspection", "technician_id": tech, "finished_at": done, "result": "done",
                       "notes": "", "created_at": opened + timedelta(minutes=10), "created_by": "demo",
                       "updated_at": done, "updated_by": "demo", "version": 1})
        for item in items:
            value: Decimal | None = None
            if item.answer == "measure":
                value = _reading(rng, item.unit)
                finding = measured(limits_of(item), value)
            else:
                roll = rng.random()
                finding = "urgent" if roll < 0.01 else "attention" if roll < 0.05 else "ok"
            answers.append({"inspection_id": ident, "item_id": item.id, "finding": finding, "value": value,
                            "note": rng.choice(NOTES[finding]) if finding != "ok" and value is None else "",
                            "photo": "",
                            "answered_by": "demo", "answered_at": done})
    if sheets:
        s.execute(insert(Inspection), sheets)
        for start in range(0, len(answers), 50_000):
            s.execute(insert(InspectionAnswer), answers[start:start + 50_000])
    return len(sheets)


def write_notices(s: Session, rng: random.Random, now: datetime) -> int:
    """Today's cars: the ready ones were told, some late ones were told the new time."""
    rows: list[dict[str, Any]] = []
    for oid, state, plate_customer, promised in s.execute(
            select(WorkOrder.id, WorkOrder.state, Customer.name, WorkOrder.promised_at)
            .join(Customer, Customer.id == WorkOrder.customer_id)
            .where(WorkOrder.state.in_(("in_progress", "waiting_parts", "ready")))):
        if state == "ready":
            rows.append({"work_order_id": oid, "kind": "ready", "channel": rng.choice(("wechat", "sms")),
                         "text": f"{plate_customer}您好，您的爱车已完工，可以来提车了。", "at": now - timedelta(minutes=15),
                         "by": "lina", "new_promised_at": None})
        elif state == "waiting_parts" and rng.random() < 0.7:
            new_time = (promised or now) + timedelta(hours=24)
            rows.append({"work_order_id": oid, "kind": "delayed", "channel": "wechat",
                         "text": f"{plate_customer}您好，配件在途，预计明天完工。", "at": now - timedelta(hours=1),
                         "by": "lina", "new_promised_at": new_time})
            s.execute(update(WorkOrder).where(WorkOrder.id == oid).values(promised_at=new_time))
    if rows:
        s.execute(insert(OrderNotice), rows)
    return len(rows)


def _through(services: Any, order_id: int) -> None:
    """An internal order from its signature to delivery: dispatched, worked, checked, washed."""
    o = services.workorders.get(order_id)
    tech = services.workorders.staff("technician")[0].id
    inspector = services.workorders.staff("inspector")[0].id
    o = services.workorders.dispatch(o.id, o.version, technician_id=tech)
    for target in ("in_progress", "quality_check"):
        o = services.workorders.move(o.id, o.version, target)
    if services.visit.wash_on():
        o = services.workorders.move(o.id, o.version, "washing", inspector_id=inspector)
        o = services.visit.washed(o.id, o.version, (services.workorders.staff("washer") or
                                                     services.workorders.staff("technician"))[0].id)
    else:
        o = services.workorders.move(o.id, o.version, "ready", inspector_id=inspector)
    services.workorders.move(o.id, o.version, "delivered")


def demo_new_cars(db: Database, rng: random.Random, cars: int = 12) -> int:
    """A dozen new cars in stock: storage checks every two weeks since they arrived (one
    failed), PDI orders on three (two passed, one of them handed over), and a few cars
    that left unrepaired over the months."""
    from desktop.services.container import Services
    from desktop.services.inspection.newcars import StockCarForm
    from desktop.services.inspection.records import AnswerForm, InspectionView
    from desktop.services.workorders.records import ReceptionForm

    services = Services.create(db, "demo")
    today = date.today()

    def fill(sheet: InspectionView, bad: str = "") -> InspectionView:
        sheet = services.inspections.all_ok(sheet.id)
        for i in sheet.items:
            if i.answer == "measure":
                value = {"V": "12.6", "kPa": "240"}.get(i.limits.unit, "5")
                sheet = services.inspections.answer(sheet.id, AnswerForm(i.id, value=value))
            elif i.label == bad:
                sheet = services.inspections.answer(sheet.id, AnswerForm(i.id, "attention", note="需处理"))
        return services.inspections.finish(sheet.id, sheet.version)

    stock = []
    for n in range(cars):
        make, model, colour = NEW_CARS[n % len(NEW_CARS)]
        vin = with_check_digit(f"LSVAB{rng.randrange(10**4):04d}0P{rng.randrange(10**6):06d}")
        row = services.newcars.receive(StockCarForm(vin, make, model, colour=colour, model_year=today.year,
                                                    arrived_on=today - timedelta(days=rng.randrange(3, 75)),
                                                    storage_place=f"{'ABC'[n % 3]}区-{n + 1:02d}"))
        stock.append(row)
    checks = 0  # the storage checks they had, two weeks apart
    for n, row in enumerate(stock):
        days = (today - row.arrived_on).days
        for k, back in enumerate(range(days - 14, 4, -15)):
            sheet = fill(services.newcars.start_check(row.id), bad="锈蚀（制动盘、底盘）" if n == 3 and k == 0 else "")
            when = datetime.combine(today - timedelta(days=back), datetime.min.time()).astimezone()
            with db.write("demo") as s:
                s.execute(update(Inspection).where(Inspection.id == sheet.id).values(
                    finished_at=when + timedelta(hours=10), created_at=when + timedelta(hours=9)))
            checks += 1
    pdi = next(c for c in services.checklists.checklists("pdi"))
    for n, row in enumerate(stock[:3]):
        order_id = services.newcars.open_pdi(row.id)
        fill(services.inspections.start(order_id, pdi.id), bad="全车灯光" if n == 2 else "")
        if n < 2:  # passed: the internal order goes through the workshop like any other
            _through(services, order_id)
        if n == 0:
            with db.read() as s:
                buyer = s.scalar(select(Customer.id).where(  # a family's second car: one of them has one
                    Customer.kind == "person", Customer.id.in_(select(Vehicle.customer_id)))
                    .order_by(Customer.id).limit(1))
            if buyer is not None:
                services.newcars.hand_over(row.id, row.version, buyer)
    # cars that left unrepaired, over the last months
    with db.read() as s:
        cars_ = s.execute(select(WorkOrder.vehicle_id, func.max(WorkOrder.odometer_km)).where(
            WorkOrder.state == "delivered").group_by(WorkOrder.vehicle_id).order_by(WorkOrder.vehicle_id)
            .limit(40)).all()
    for n, (vid, _km) in enumerate(rng.sample(list(cars_), k=min(4, len(cars_)))):
        km = services.customers.get_vehicle(vid).last_km or 0
        order = services.workorders.open_order(ReceptionForm(vehicle_id=vid, odometer_km=km + 800,
                                                             concern=rng.choice(("发动机有异响", "空调不制冷",
                                                                                 "刹车有异响"))))
        order = services.visit.release(order.id, order.version, RELEASE_REASONS[n % len(RELEASE_REASONS)],
                                       waive=n == 3)
        when = datetime.now().astimezone() - timedelta(days=rng.randrange(10, 120))
        with db.write("demo") as s:
            s.execute(update(WorkOrder).where(WorkOrder.id == order.id).values(opened_at=when,
                                                                              delivered_at=when + timedelta(hours=2)))
            s.execute(update(WorkOrderEvent).where(WorkOrderEvent.work_order_id == order.id).values(at=when))
    return checks


# The manufacturers' terms the demo shop keeps: (make, series, component, months, km, free inspections)
POLICIES = (
    ("大众", "", "vehicle", 36, 100_000, "5000"), ("大众", "", "powertrain", 60, 150_000, ""),
    ("丰田", "", "vehicle", 36, 100_000, "5000"), ("本田", "", "vehicle", 36, 100_000, "5000"),
    ("日产", "", "vehicle", 36, 100_000, "5000"), ("别克", "", "vehicle", 36, 100_000, "5000"),
    ("别克", "", "powertrain", 60, 150_000, ""), ("吉利", "", "vehicle", 48, 120_000, "3000 7500"),
    ("长安", "", "vehicle", 36, 120_000, "3000"), ("哈弗", "", "vehicle", 36, 100_000, "3000"),
    ("宝马", "", "vehicle", 36, 1_000_000, "10000"), ("奔驰", "", "vehicle", 36, 1_000_000, "10000"),
    ("比亚迪", "", "vehicle", 72, 150_000, "5000"), ("比亚迪", "", "battery", 96, 150_000, ""),
    ("特斯拉", "", "vehicle", 48, 80_000, ""), ("特斯拉", "", "battery", 96, 192_000, ""),
    ("大众", "", "corrosion", 144, 1_000_000, ""),
)


def write_warranty(s: Session, rng: random.Random) -> int:
    """The policies, one extended warranty and one exclusion on the demo's cars."""
    from desktop.models import WarrantyExclusion, WarrantyExtension, WarrantyPolicy

    s.execute(insert(WarrantyPolicy), [{"make": m, "series": se, "component": c, "months": mo, "km": km,
                                        "free_inspections": free, "active": True, "created_by": "demo",
                                        "updated_by": "demo"} for m, se, c, mo, km, free in POLICIES])
    young = list(s.execute(select(Vehicle.id).where(Vehicle.warranty_start.is_not(None), Vehicle.make == "大众")
                           .order_by(Vehicle.warranty_start.desc()).limit(20)).scalars())
    if len(young) >= 2:
        s.add(WarrantyExtension(vehicle_id=young[0], component="vehicle", months=24, km=50_000,
                                contract_no="YB2026-0001", created_by="zheng", updated_by="zheng"))
        s.add(WarrantyExclusion(vehicle_id=young[1], component="powertrain", reason="modified",
                                note="发动机电脑刷写（改装）", created_by="zheng", updated_by="zheng"))
    write_recall(s, rng)
    return len(POLICIES)


def write_recall(s: Session, rng: random.Random) -> int:
    """A recall that affects about 20 of the shop's cars (some done, on a delivered order)
    and a few cars that are not on file."""
    from desktop.models import RecallCampaign, RecallPart, RecallVehicle

    cars = list(s.execute(select(Vehicle.id, Vehicle.vin).where(Vehicle.make == "大众", Vehicle.vin.is_not(None))
                          .order_by(Vehicle.id).limit(20)).all())
    if not cars:
        return 0
    campaign = RecallCampaign(code="R2026-07", title="前制动钳螺栓检查紧固", kind="recall", labour_code="B001",
                              labour_text="检查并紧固前制动钳螺栓", labour_hours=Decimal("0.6"),
                              created_by="demo", updated_by="demo")
    campaign.parts = [RecallPart(part_number="BOLT-CAL", description="制动钳螺栓", quantity=Decimal(2))]
    s.add(campaign)
    s.flush()
    last_order = {v: o for v, o in s.execute(
        select(WorkOrder.vehicle_id, func.max(WorkOrder.id)).where(
            WorkOrder.state == "delivered", WorkOrder.vehicle_id.in_([v for v, _ in cars]))
        .group_by(WorkOrder.vehicle_id))}
    today = date.today()
    for i, (vid, vin) in enumerate(cars):
        done = i % 3 == 0 and vid in last_order
        s.add(RecallVehicle(campaign_id=campaign.id, vin=vin, vehicle_id=vid,
                            done_on=today - timedelta(days=rng.randrange(5, 60)) if done else None,
                            work_order_id=last_order.get(vid) if done else None))
    for _ in range(5):  # affected cars the shop does not know (yet)
        s.add(RecallVehicle(campaign_id=campaign.id, vin=with_check_digit(f"LSVNB{rng.randrange(10**4):04d}0P"
                                                                          f"{rng.randrange(10**6):06d}")))
    return len(cars)
