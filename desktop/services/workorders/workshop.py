"""Setting up the workshop: staff, bays, the labour catalogue and maintenance packages.

A new shop starts with a standard catalogue (the operations and services every shop
sells, with common standard hours), which it then adjusts to its own.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from desktop.models import Bay, LabourOperation, MaintenancePackage, PackageItem, Staff, StaffRole
from desktop.models.workshop import STAFF_ROLES
from desktop.services.common.text import clean
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing

# code, name, system, standard hours
STANDARD_OPERATIONS = (
    ("M001", "更换机油及机油滤清器", "保养", "0.5"),
    ("M002", "更换空气滤清器", "保养", "0.2"),
    ("M003", "更换空调滤清器", "保养", "0.3"),
    ("M004", "更换火花塞", "发动机", "0.8"),
    ("M005", "更换制动液", "制动", "0.8"),
    ("M006", "更换变速箱油", "变速箱", "1.0"),
    ("M007", "更换冷却液", "冷却", "0.8"),
    ("M008", "常规保养检查", "保养", "0.5"),
    ("B001", "更换前制动片", "制动", "1.0"),
    ("B002", "更换后制动片", "制动", "1.0"),
    ("B003", "更换前制动盘", "制动", "1.5"),
    ("S001", "四轮定位", "底盘", "1.0"),
    ("S002", "轮胎动平衡（四轮）", "底盘", "0.6"),
    ("S003", "更换前减震器（一侧）", "底盘", "1.5"),
    ("E001", "电脑诊断检测", "电气", "0.5"),
    ("E002", "更换蓄电池", "电气", "0.3"),
    ("E003", "更换发电机", "电气", "2.0"),
    ("A001", "空调系统检测及加注制冷剂", "空调", "1.0"),
    ("G001", "发动机异响诊断", "发动机", "1.0"),
)
# code, name, km, months, [(operation code | None, part number, description, qty, price, cost)]
STANDARD_PACKAGES = (
    ("P5000", "5000公里保养", 5000, 6, [
        ("M001", "", "", "1", "0", "0"),
        (None, "OIL-5W30-4L", "全合成机油 5W-30 4L", "1", "398.00", "260.00"),
        (None, "FLT-OIL", "机油滤清器", "1", "58.00", "32.00"),
        ("M008", "", "", "1", "0", "0"),
    ]),
    ("P10000", "10000公里保养", 10000, 12, [
        ("M001", "", "", "1", "0", "0"),
        (None, "OIL-5W30-4L", "全合成机油 5W-30 4L", "1", "398.00", "260.00"),
        (None, "FLT-OIL", "机油滤清器", "1", "58.00", "32.00"),
        ("M002", "", "", "1", "0", "0"),
        (None, "FLT-AIR", "空气滤清器", "1", "88.00", "45.00"),
        ("M003", "", "", "1", "0", "0"),
        (None, "FLT-CABIN", "空调滤清器（活性炭）", "1", "128.00", "60.00"),
        ("M008", "", "", "1", "0", "0"),
    ]),
    ("P40000", "40000公里保养", 40000, 48, [
        ("M001", "", "", "1", "0", "0"),
        (None, "OIL-5W30-4L", "全合成机油 5W-30 4L", "1", "398.00", "260.00"),
        (None, "FLT-OIL", "机油滤清器", "1", "58.00", "32.00"),
        ("M004", "", "", "1", "0", "0"),
        (None, "PLUG-IR", "铱金火花塞", "4", "95.00", "52.00"),
        ("M005", "", "", "1", "0", "0"),
        (None, "DOT4-1L", "制动液 DOT4 1L", "1", "85.00", "40.00"),
    ]),
)


def _amount(value: object) -> Decimal | None:
    try:
        number = Decimal(clean(str(value)))
    except InvalidOperation:
        return None
    return number if number.is_finite() and number == number.quantize(Decimal("0.01")) else None


ROLE_WORDS_ZH = {"advisor": "服务顾问", "technician": "技师", "foreman": "车间主管", "inspector": "质检员",
                 "washer": "洗车工", "parts": "配件员", "cashier": "收银员", "manager": "经理"}
ROLE_WORDS = {
    **{role: role for role in STAFF_ROLES}, **{zh: role for role, zh in ROLE_WORDS_ZH.items()},
    "顾问": "advisor", "接待": "advisor", "维修技师": "technician", "师傅": "technician", "主管": "foreman",
    "质检": "inspector", "洗车": "washer", "美容": "washer", "配件": "parts", "配件管理员": "parts", "库管": "parts", "收银": "cashier",
    "服务经理": "manager", "售后经理": "manager",
}


class WorkshopSetup(Service):

    def add_staff(self, name: str, role: str) -> int:
        self.require("settings.edit")
        if not clean(name):
            raise ValidationFailed({"name": Message(QT_TRANSLATE_NOOP("Validation", "Enter the name."))})
        if role not in STAFF_ROLES:
            raise ValidationFailed({"role": Message(QT_TRANSLATE_NOOP("Validation", "Choose a role."))})
        with writing(self.db, self.user) as s:
            person = Staff(name=clean(name)[:64], role=role)
            s.add(person)
            s.flush()
            s.add(StaffRole(staff_id=person.id, role=role))
            return person.id

    def add_bay(self, name: str) -> int:
        self.require("settings.edit")
        if not clean(name):
            raise ValidationFailed({"name": Message(QT_TRANSLATE_NOOP("Validation", "Enter the name."))})
        with writing(self.db, self.user) as s:
            bay = Bay(name=clean(name)[:32])
            s.add(bay)
            s.flush()
            return bay.id

    def parse_team(self, text: str) -> tuple[list[tuple[str, str]], dict[str, Message]]:
        """The staff typed one per line as "name, role" (李娜，服务顾问; Wang, technician):
        the people, and what is wrong with which line."""
        people: list[tuple[str, str]] = []
        errors: dict[str, Message] = {}
        for number, raw in enumerate(text.splitlines(), 1):
            line = clean(raw)
            if not line:
                continue
            parts = [p.strip() for p in re.split(r"[,，、;；\t]+", line) if p.strip()]
            if len(parts) == 1:
                parts = line.rsplit(None, 1)  # "王师傅 技师": a space between name and role
            name, word = (" ".join(parts[:-1]), parts[-1]) if len(parts) >= 2 else (line, "")
            role = ROLE_WORDS.get(word.lower())
            if role is None or not name:
                errors[f"line{number}"] = Message(QT_TRANSLATE_NOOP(
                    "Validation", "Line {line}: write the name, then the role ({roles})."),
                    {"line": number, "roles": "、".join(dict.fromkeys(ROLE_WORDS_ZH.values()))})
                continue
            people.append((name[:64], role))
        return people, errors

    def add_team(self, team_text: str, bays_text: str) -> tuple[int, int]:
        """The first-run wizard's staff and bays, checked as a whole and added in one go;
        (people added, bays added).  Names already on the list are not added twice."""
        self.require("settings.edit")
        from desktop.services.core.errors import ValidationFailed as Refusal

        people, errors = self.parse_team(team_text)
        bays = [clean(b)[:32] for b in re.split(r"[,，、;；\n]+", bays_text) if clean(b)]
        if errors:
            raise Refusal(errors)
        with writing(self.db, self.user) as s:
            have = {n for (n,) in s.execute(select(Staff.name))}
            have_bays = {n for (n,) in s.execute(select(Bay.name))}
            added = [Staff(name=n, role=r) for n, r in people if n not in have]
            new_bays = [Bay(name=b) for b in dict.fromkeys(bays) if b not in have_bays]
            s.add_all([*added, *new_bays])
            s.flush()
            s.add_all(StaffRole(staff_id=person.id, role=person.role) for person in added)
            return len(added), len(new_bays)

    def set_active(self, kind: str, ident: int, active: bool) -> None:
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            row = s.get(Staff, ident) if kind == "staff" else s.get(Bay, ident)
            if row is not None:
                row.active = active

    def people(self) -> list[tuple[int, str, str, bool]]:
        """(id, name, role, active) of everyone on the staff list."""
        with reading(self.db) as s:
            q = select(Staff.id, Staff.name, Staff.role, Staff.active).order_by(Staff.role, Staff.name)
            return [(i, n, r, a) for i, n, r, a in s.execute(q)]

    def all_bays(self) -> list[tuple[int, str, bool]]:
        with reading(self.db) as s:
            return [(i, n, a) for i, n, a in s.execute(select(Bay.id, Bay.name, Bay.active).order_by(Bay.name))]

    def save_operation(self, code: str, name: str, system: str, hours: str | Decimal,
                       rate: str | Decimal | None = None) -> int:
        """Add an operation to the catalogue, or change the one with this code."""
        self.require("settings.edit")
        errors: dict[str, Message] = {}
        code = clean(code).upper()
        if not code:
            errors["code"] = Message(QT_TRANSLATE_NOOP("Validation", "Enter the code."))
        if not clean(name):
            errors["name"] = Message(QT_TRANSLATE_NOOP("Validation", "Enter the name."))
        parsed = _amount(hours)
        if parsed is None or not Decimal("0.01") <= parsed <= Decimal(200):
            errors["hours"] = Message(QT_TRANSLATE_NOOP("Validation", "Standard hours between 0.01 and 200."))
        own_rate = _amount(rate) if rate not in (None, "") else None
        if rate not in (None, "") and (own_rate is None or own_rate < 0):
            errors["rate"] = Message(QT_TRANSLATE_NOOP("Validation", "A rate in yuan, or empty for the shop's rate."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            op = s.scalar(select(LabourOperation).where(LabourOperation.code == code))
            if op is None:
                op = LabourOperation(code=code)
                s.add(op)
            op.name = clean(name)[:120]
            op.system = clean(system)[:32]
            op.standard_hours = parsed  # type: ignore[assignment]
            op.rate = own_rate
            op.active = True
            s.flush()
            return op.id

    def retire_operation(self, operation_id: int) -> None:
        """Out of the catalogue; orders that used it keep their lines."""
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            op = s.get(LabourOperation, operation_id)
            if op is not None:
                op.active = False

    def package_from_order(self, order_id: int, code: str, name: str, interval_km: int | None = None) -> int:
        """A maintenance package made of an order's approved lines, as the shop priced them."""
        self.require("settings.edit")
        from desktop.models import WorkOrder

        errors: dict[str, Message] = {}
        if not clean(code):
            errors["code"] = Message(QT_TRANSLATE_NOOP("Validation", "Enter the code."))
        if not clean(name):
            errors["name"] = Message(QT_TRANSLATE_NOOP("Validation", "Enter the name."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            code = clean(code).upper()[:32]
            if s.scalar(select(MaintenancePackage.id).where(MaintenancePackage.code == code)):
                raise ValidationFailed({"code": Message(QT_TRANSLATE_NOOP(
                    "Validation", "A package with this code exists already."))})
            package = MaintenancePackage(code=code, name=clean(name)[:120], interval_km=interval_km)
            for position, line in enumerate(x for x in order.lines if x.approval == "approved"):
                package.items.append(PackageItem(
                    position=position, kind=line.kind, operation_id=line.operation_id if line.kind == "labour" else None,
                    part_number=line.part_number, description=line.description, quantity=line.quantity,
                    unit_price=line.unit_price, unit_cost=line.unit_cost))
            if not package.items:
                raise ValidationFailed({"code": Message(QT_TRANSLATE_NOOP(
                    "Validation", "The order has no lines to make a package of."))})
            s.add(package)
            s.flush()
            return package.id

    def ensure_catalogue(self) -> bool:
        """Give a shop with no labour catalogue the standard one; True when it did."""
        with writing(self.db, self.user) as s:
            if s.scalar(select(func.count()).select_from(LabourOperation)):
                return False
            ops = {}
            for code, name, system, hours in STANDARD_OPERATIONS:
                op = LabourOperation(code=code, name=name, system=system, standard_hours=Decimal(hours))
                s.add(op)
                ops[code] = op
            s.flush()
            for code, name, km, months, items in STANDARD_PACKAGES:
                package = MaintenancePackage(code=code, name=name, interval_km=km, interval_months=months)
                for position, (op_code, part, description, qty, price, cost) in enumerate(items):
                    package.items.append(PackageItem(
                        position=position, kind="labour" if op_code else "part",
                        operation_id=ops[op_code].id if op_code else None, part_number=part,
                        description=description, quantity=Decimal(qty), unit_price=Decimal(price),
                        unit_cost=Decimal(cost)))
                s.add(package)
            return True
