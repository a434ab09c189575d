"""A year of appointments and reminders for the demo shop and the benchmark's big shop:
about half of the visits were booked (a few with the walk-in buffer booked on purpose),
5–10 % of bookings never came, some were cancelled; tomorrow morning is well booked by
the buffer rule and today's afternoon has cars still to come; every car's next service
is computed, the annual inspection and insurance dates are on file, and the due list
carries its past calls.  Written in bulk."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.models import (
    Appointment,
    AppointmentLine,
    Customer,
    NumberSequence,
    Staff,
    StaffRole,
    Vehicle,
    VehicleDue,
    WorkOrder,
    WorkOrderLine,
)
from desktop.models.aftercare import Contact
from desktop.services.appointments.rules.slots import Hours, day_slots, needs_override
from desktop.services.reminders.planning import refresh

CLERK = "wu"
CONCERNS = ("做保养", "保养到期了", "换机油机滤", "刹车有点响，顺便保养", "空调不凉", "四轮定位", "首保")
OUTCOMES = (("not_reached", 25), ("reached", 30), ("will_come", 30), ("declined", 8), ("moved", 3), ("sold", 4))


def _slot_near(at: datetime, hours: Hours) -> datetime:
    local = at.astimezone()
    slots = day_slots(local.date(), hours)
    minutes = local.hour * 60 + local.minute
    best = min(slots, key=lambda t: abs(t.hour * 60 + t.minute - minutes))
    return datetime.combine(local.date(), best).astimezone().astimezone(UTC)


def write_appointments(s: Session, rng: random.Random, now: datetime) -> dict[str, int]:
    hours = Hours()
    advisors = list(s.scalars(select(Staff.id).join(StaffRole, StaffRole.staff_id == Staff.id).where(
        StaffRole.role == "advisor", Staff.active.is_(True)).distinct().order_by(Staff.id)))
    if not advisors:
        return {"appointments": 0}
    orders = s.execute(select(WorkOrder.id, WorkOrder.customer_id, WorkOrder.vehicle_id, WorkOrder.opened_at,
                              WorkOrder.advisor_id, WorkOrder.concern, WorkOrder.technician_id, WorkOrder.bay_id,
                              WorkOrder.state)
                       .where(WorkOrder.opened_at >= now - timedelta(days=365), WorkOrder.state != "cancelled")).all()
    labour = {oid: Decimal(h or 0) for oid, h in s.execute(
        select(WorkOrderLine.work_order_id, WorkOrderLine.quantity).where(WorkOrderLine.kind == "labour"))}
    rows: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    seq: dict[int, int] = {}
    next_id = (s.scalar(select(Appointment.id).order_by(Appointment.id.desc()).limit(1)) or 0) + 1

    def add(slot_at: datetime, advisor: int, cid: int | None, vid: int | None, concern: str, state: str,
            **extra: Any) -> int:
        nonlocal next_id
        year = slot_at.astimezone().year
        seq[year] = seq.get(year, 0) + 1
        booked_at = slot_at - timedelta(days=rng.randrange(1, 8), hours=rng.randrange(0, 8))
        row: dict[str, Any] = {"id": next_id, "number": f"AP{year}-{seq[year]:06d}", "slot_at": slot_at, "advisor_id": advisor,
               "customer_id": cid, "vehicle_id": vid, "caller_name": "", "caller_phone": "", "caller_plate": "",
               "concern": concern, "work_minutes": rng.choice((30, 60, 60, 90, 120)), "technician_id": None,
               "bay_id": None, "source": "active" if rng.random() < 0.4 else "passive",
               "channel": rng.choices(("phone", "wechat", "in_person"), (60, 30, 10))[0], "state": state,
               "buffer_override_by": "", "confirmed_at": None, "confirmed_by": "", "confirm_note": "",
               "cancel_reason": "", "work_order_id": None, "created_at": min(booked_at, now), "created_by": "lina",
               "updated_at": min(slot_at, now), "updated_by": "lina", "version": 1}
        if state in ("confirmed", "arrived", "no_show") and rng.random() < 0.85 and slot_at - timedelta(days=1) < now:
            row.update(confirmed_at=slot_at - timedelta(days=1, hours=rng.randrange(1, 6)), confirmed_by=CLERK,
                       confirm_note=rng.choice(("电话确认，准时到", "客户说会准时来", "微信确认")))
        row.update(extra)
        rows.append(row)
        next_id += 1
        return int(row["id"])

    # The visits that came from a booking (about half), with the booking's planned work.
    booked_orders = 0
    for oid, cid, vid, opened, advisor, concern, tech, bay, _state in orders:
        if rng.random() >= 0.5:
            continue
        booked_orders += 1
        minutes = int(labour.get(oid, Decimal(1)) * 60) or 60
        add(_slot_near(opened, hours), advisor or rng.choice(advisors), cid, vid, concern, "arrived",
            work_order_id=oid, work_minutes=min(max(minutes, 30), 480), technician_id=tech, bay_id=bay)
    # Those who never came (5–10 %), and some cancelled.
    cars = s.execute(select(Vehicle.id, Vehicle.customer_id).where(Vehicle.archived_at.is_(None))).all()
    for _ in range(int(booked_orders * rng.uniform(0.05, 0.10))):
        vid, cid = rng.choice(cars)
        at = now - timedelta(days=rng.randrange(1, 360))
        add(_slot_near(at, hours), rng.choice(advisors), cid, vid, rng.choice(CONCERNS), "no_show")
    for _ in range(int(booked_orders * 0.04)):
        vid, cid = rng.choice(cars)
        at = now - timedelta(days=rng.randrange(1, 360))
        add(_slot_near(at, hours), rng.choice(advisors), cid, vid, rng.choice(CONCERNS), "cancelled",
            cancel_reason=rng.choice(("客户改期", "临时出差", "车已经修好了")))
    # Tomorrow morning well booked (by the buffer rule), and this afternoon's cars still to come.
    tomorrow = now.astimezone().date() + timedelta(days=1)
    today = now.astimezone().date()
    chosen = rng.sample(cars, k=min(len(cars), len(advisors) * 14))
    used = 0
    for day, last_slot in ((tomorrow, time(16)), (today, time(17))):
        for advisor in advisors:
            booked: set[time] = set()
            for slot in day_slots(day, hours):
                local_at = datetime.combine(day, slot).astimezone()
                if slot > last_slot or local_at < now.astimezone() + timedelta(minutes=30) or used >= len(chosen):
                    continue
                if needs_override(booked, slot, day_slots(day, hours), hours.buffer_after):
                    continue
                if slot >= time(13) and rng.random() < 0.5:
                    continue  # the afternoon is lighter
                booked.add(slot)
                vid, cid = chosen[used]
                used += 1
                state = "confirmed" if rng.random() < 0.6 else "booked"
                aid = add(local_at.astimezone(UTC), advisor, cid, vid, rng.choice(CONCERNS), state,
                          work_minutes=rng.choice((30, 45, 60)))
                lines.append({"appointment_id": aid, "position": 1, "kind": "labour", "description": "更换机油及机油滤清器",
                              "operation_id": None, "part_number": "", "quantity": Decimal("0.5"),
                              "reserved_qty": Decimal(0), "to_order": Decimal(0)})
                short = rng.random() < 0.15
                lines.append({"appointment_id": aid, "position": 2, "kind": "part", "description": "机油滤清器",
                              "operation_id": None, "part_number": "FLT-OIL", "quantity": Decimal(1),
                              "reserved_qty": Decimal(0) if state == "booked" or short else Decimal(1),
                              "to_order": Decimal(1) if state == "confirmed" and short else Decimal(0)})
    # A new caller tomorrow afternoon.
    add(datetime.combine(tomorrow, time(14, 30)).astimezone().astimezone(UTC), advisors[0], None, None,
        "朋友介绍来做首保", "booked", caller_name="林先生", caller_phone="13912345678", caller_plate="粤B8N2Q6")
    for start in range(0, len(rows), 20_000):
        s.execute(insert(Appointment), rows[start:start + 20_000])
    if lines:
        s.execute(insert(AppointmentLine), lines)
    for year, last in seq.items():
        name = f"AP{year}"
        existing = s.get(NumberSequence, name)
        if existing is None:
            s.add(NumberSequence(name=name, next_value=last + 1))
        else:
            existing.next_value = max(existing.next_value, last + 1)
    return {"appointments": len(rows)}


def write_reminders(s: Session, rng: random.Random, now: datetime) -> int:
    """Inspection and insurance dates, dedicated advisors, every car's next service, and
    the past reminder calls of the cars due around now."""
    today = now.astimezone().date()
    cars = s.execute(select(Vehicle.id, Vehicle.purchase_date).where(Vehicle.archived_at.is_(None))).all()
    dates = []
    for vid, bought in cars:
        if bought is None:
            continue
        anniversary = bought.replace(year=today.year) if not (bought.month == 2 and bought.day == 29) else \
            date(today.year, 3, 1)
        if anniversary < today:
            anniversary = anniversary.replace(year=today.year + 1)
        dates.append({"vid": vid, "ins": anniversary if rng.random() < 0.8 else None,
                      "insp": anniversary if rng.random() < 0.6 else None})
    vehicle = cast(Table, Vehicle.__table__)
    if dates:
        s.connection().execute(update(vehicle).where(vehicle.c.id == bindparam("vid")).values(
            insurance_due=bindparam("ins"), inspection_due=bindparam("insp")), dates)
    advisors = list(s.scalars(select(Staff.id).join(StaffRole, StaffRole.staff_id == Staff.id).where(
        StaffRole.role == "advisor").distinct()))
    customers = list(s.scalars(select(Customer.id)))
    if advisors:
        customer = cast(Table, Customer.__table__)
        picks = [{"cid": cid, "aid": rng.choice(advisors)} for cid in customers if rng.random() < 0.3]
        if picks:
            s.connection().execute(update(customer).where(customer.c.id == bindparam("cid")).values(
                advisor_id=bindparam("aid")), picks)
    refresh(s, today)
    due = s.execute(select(VehicleDue.vehicle_id, VehicleDue.due_on, Vehicle.customer_id).join(
        Vehicle, Vehicle.id == VehicleDue.vehicle_id).where(
        VehicleDue.due_on >= today - timedelta(days=60), VehicleDue.due_on <= today + timedelta(days=20))).all()
    values, weights = zip(*OUTCOMES, strict=True)
    calls, stops = [], []
    for vid, due_on, cid in due:
        if rng.random() >= 0.45:
            continue
        when = datetime.combine(min(due_on, today) - timedelta(days=rng.randrange(1, 15)),
                                time(rng.choice((10, 15)), rng.randrange(60))).astimezone().astimezone(UTC)
        if when >= now:
            continue
        outcome = rng.choices(values, weights)[0]
        calls.append({"kind": "reminder", "at": when, "by": CLERK, "customer_id": cid, "vehicle_id": vid,
                      "work_order_id": None, "follow_up_id": None, "reached": outcome != "not_reached",
                      "topic": "maintenance", "outcome": outcome, "notes": "",
                      **{q: None for q in ("reception", "quality", "timeliness", "price", "cleanliness", "recommend")}})
        if outcome in ("declined", "moved", "sold"):
            stops.append({"vid": vid, "why": outcome})
    if calls:
        s.execute(insert(Contact), calls)
    if stops:
        table = cast(Table, VehicleDue.__table__)
        s.connection().execute(update(table).where(table.c.vehicle_id == bindparam("vid")).values(
            stop_reason=bindparam("why")), stops)
    return len(calls)


def write_campaigns(s: Session, rng: random.Random, now: datetime) -> int:
    """A free inspection week three months ago (invited, answered, some came) and a
    service month starting in ten days, its invitations under way."""
    from desktop.models import CampaignTarget, CareCampaign

    today = now.astimezone().date()
    made = 0
    for name, kind, starts, offer, share in (
            ("秋季免费检测周", "inspection", today - timedelta(days=90), "30项免费检测，工时八折", 1.0),
            ("冬季保养优惠月", "discount", today + timedelta(days=10), "保养工时费八折，送玻璃水", 0.35)):
        ends = starts + timedelta(days=6 if kind == "inspection" else 29)
        campaign = CareCampaign(name=name, kind=kind, starts=starts, ends=ends, offer=offer,
                                template="{客户}您好，{门店}将于{开始}至{结束}举办{活动}：{优惠}。欢迎带上您的爱车{车牌}光临，"
                                         "预约电话{门店电话}。", target_filter="{}",
                                created_at=now - timedelta(days=120 if starts < today else 5), created_by=CLERK)
        s.add(campaign)
        s.flush()
        cars = s.execute(select(Vehicle.id, Vehicle.customer_id).join(Customer, Customer.id == Vehicle.customer_id)
                         .where(Customer.consent_contact.is_(True), Vehicle.archived_at.is_(None))).all()
        chosen = rng.sample(cars, k=min(len(cars), 60))
        rows = []
        for vid, cid in chosen:
            invited = rng.random() < share
            answer = rng.choices(("coming", "maybe", "declined", "not_reached"), (35, 25, 20, 20))[0] if invited else ""
            when = min(now, datetime.combine(starts - timedelta(days=rng.randrange(3, 14)), time(10)).astimezone())
            rows.append({"campaign_id": campaign.id, "customer_id": cid, "vehicle_id": vid,
                         "invited_at": when.astimezone(UTC) if invited else None, "invited_by": CLERK if invited else "",
                         "channel": rng.choice(("call", "wechat", "letter")) if invited else "", "answer": answer,
                         "appointment_id": None})
        s.execute(insert(CampaignTarget), rows)
        made += 1
    return made
