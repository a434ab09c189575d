"""The demo shop's people as users: the owner and the front desk sign in with one demo
password (printed by ``servicebay demo`` and shown by the first-run wizard), the
technicians use the kiosk with their PINs; a year of their clocked jobs and attendance;
and the audit entries such a year leaves (sign-ins, a manager's approvals, a refusal)."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attendance,
    AuditEntry,
    Clocking,
    RolePermission,
    Staff,
    StaffRole,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.users.secrets import hash_secret, new_recovery_code, normal_recovery_code

DEMO_PASSWORD = "ServiceBay-2026"  # the demo shop only: a real shop's owner sets their own

# name -> (login, roles); the workshop's people are made by ensure_staff, these join them.
DESK = {
    "陈建国": ("admin", ("admin", "manager")),
    "郑经理": ("zheng", ("manager",)),
    "李娜": ("lina", ("advisor",)),
    "周杰": ("zhoujie", ("advisor",)),
    "王芳": ("wangfang", ("advisor", "reception")),
    "孙主管": ("sun", ("foreman",)),
    "赵质检": ("zhao", ("inspector",)),
    "刘库管": ("liu", ("parts",)),
    "钱收银": ("qian", ("cashier",)),
    "吴信息": ("wu", ("information",)),
    "何佳": ("hejia", ("warranty",)),
    "孟雪": ("mengxue", ("insurance",)),
}


def _pin(rng: random.Random) -> str:
    while True:
        pin = "".join(rng.choice("0123456789") for _ in range(4))
        if len(set(pin)) > 2 and pin not in "0123456789" and pin not in "9876543210":
            return pin


def write_people(s: Session, rng: random.Random) -> dict[str, str]:
    """Logins, roles, the demo password and the kiosk PINs; the PIN of each person who has one."""
    if not s.scalar(select(RolePermission.role).limit(1)):
        s.execute(insert(RolePermission), [{"role": r, "permission": p}
                                           for r, ps in DEFAULT_GRANTS.items() for p in sorted(ps)])
    people = {p.name: p for p in s.scalars(select(Staff))}
    password = hash_secret(DEMO_PASSWORD)  # one hash for all: the demo's password is public anyway
    pins: dict[str, str] = {}
    for name, (login, roles) in DESK.items():
        person = people.get(name) or Staff(name=name, role=roles[0] if roles[0] != "admin" else "manager")
        person.login, person.password_hash = login, password
        if login == "admin":
            person.owner = True
            person.recovery_hash = hash_secret(normal_recovery_code(new_recovery_code()))
        s.add(person)
        people[name] = person
    s.flush()
    for person in people.values():
        roles = DESK.get(person.name, (None, (person.role,)))[1]
        s.execute(delete(StaffRole).where(StaffRole.staff_id == person.id))
        s.execute(insert(StaffRole), [{"staff_id": person.id, "role": r} for r in roles])
        if person.role in ("technician", "inspector", "foreman"):
            pins[person.name] = _pin(rng)
            person.pin_hash = hash_secret(pins[person.name])
    return pins


def write_clock(s: Session, rng: random.Random, now: datetime) -> tuple[int, int]:
    """The technicians' year: each labour line of a delivered order clocked on the day it
    was opened, for about its standard hours; and each day a technician had work, their
    attendance from a little before the first job to a little after the last (the demo's
    small shop keeps its technicians on call, so efficiency reads as a real one's would).
    (clockings, attendance days) written."""
    clockings: list[dict[str, object]] = []
    rows = s.execute(select(WorkOrderLine.id, WorkOrderLine.technician_id, WorkOrderLine.quantity,
                            WorkOrder.opened_at)
                     .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
                     .where(WorkOrder.state == "delivered", WorkOrderLine.kind == "labour",
                            WorkOrderLine.technician_id.is_not(None)))
    days: dict[tuple[int, date], list[datetime]] = {}
    for line_id, worker, hours, opened in rows:
        if worker is None:
            continue
        start = opened + timedelta(minutes=rng.randrange(20, 90))
        took = float(hours or Decimal("0.5")) * rng.uniform(0.7, 1.35)
        stretches = 2 if took > 1.5 and rng.random() < 0.5 else 1  # a longer job with a pause
        span = days.setdefault((worker, start.astimezone().date()), [start, start])
        span[0] = min(span[0], start)
        for part in range(stretches):
            length = timedelta(hours=took / stretches)
            clockings.append({"staff_id": worker, "work_order_line_id": line_id, "started_at": start,
                              "ended_at": start + length, "ended_by": "stop" if part == stretches - 1 else "pause",
                              "corrected_by": "", "correction_reason": ""})
            start = start + length + timedelta(minutes=rng.randrange(10, 40))
        span[1] = max(span[1], start)
    for i in range(0, len(clockings), 20_000):
        s.execute(insert(Clocking), clockings[i:i + 20_000])
    today = now.astimezone().date()
    attendance = [{"staff_id": tech, "day": day, "clock_in": first - timedelta(minutes=rng.randrange(15, 50)),
                   "clock_out": min(last + timedelta(minutes=rng.randrange(20, 70)), now) if day < today else None,
                   "corrected_by": "", "correction_reason": ""}
                  for (tech, day), (first, last) in sorted(days.items())]
    if attendance:
        s.execute(insert(Attendance), attendance)
    return len(clockings), len(attendance)


def write_audit(s: Session, rng: random.Random, now: datetime) -> int:
    """What such a year leaves in the audit log: the front desk's morning sign-ins over the
    last months, a manager approving a discount now and then, and a refusal."""
    entries: list[dict[str, object]] = []
    today = now.astimezone().date()
    desk = ["lina", "zhoujie", "wangfang", "qian"]
    for back in range(90, 0, -1):
        day: date = today - timedelta(days=back)
        if day.weekday() == 6:
            continue
        for login in desk:
            at = datetime.combine(day, time(8, rng.randrange(25, 59))).astimezone().astimezone(UTC)
            entries.append(_entry(at, login, "sign-in", "staff", None, {}, workstation="前台1"))
        if rng.random() < 0.08:
            at = datetime.combine(day, time(rng.randrange(10, 17), rng.randrange(0, 59))).astimezone().astimezone(UTC)
            entries.append(_entry(at, "qian", "discount-approved", "invoice", None,
                                  {"by": "zheng", "amount": str(rng.choice((50, 80, 100, 200)))},
                                  approved_by="zheng", workstation="收银台"))
    at = now - timedelta(days=3, hours=2)
    entries.append(_entry(at, "sun", "refused", "permission", None, {"permission": "billing.invoice"},
                          outcome="refused", workstation="车间"))
    s.execute(insert(AuditEntry), entries)
    return len(entries)


def _entry(at: datetime, user: str, action: str, entity: str, entity_id: int | None, detail: dict[str, object],
           approved_by: str = "", workstation: str = "", outcome: str = "done") -> dict[str, object]:
    return {"at": at, "user": user, "action": action, "entity": entity, "entity_id": entity_id,
            "detail": json.dumps(detail, ensure_ascii=False), "approved_by": approved_by,
            "workstation": workstation, "outcome": outcome}


def sign_ins(pins: dict[str, str]) -> Message:
    """How to sign in to the demo shop, for the command line and the first-run wizard."""
    logins = ", ".join(f"{login} ({name})" for name, (login, _roles) in DESK.items())
    kiosk = ", ".join(f"{name} {pin}" for name, pin in pins.items())
    return Message(QT_TRANSLATE_NOOP(
        "CLI", "Sign in with the password {password} as {logins}. Kiosk PINs: {pins}. (The demo shop only: a real "
        "shop's owner sets their own.)"), {"password": DEMO_PASSWORD, "logins": logins, "pins": kiosk}, "CLI")
