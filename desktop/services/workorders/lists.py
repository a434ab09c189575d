"""The workshop's people and catalogue as the order screens read them: who can be picked as
advisor, technician or inspector (by any of the roles they hold), the bays, the labour
operations at the shop's rate, the maintenance packages."""

from __future__ import annotations

from sqlalchemy import or_, select

from desktop.db import Database
from desktop.models import Bay, LabourOperation, MaintenancePackage, Staff, StaffRole
from desktop.services.common.text import clean
from desktop.services.core.uow import reading
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.records import BayView, OperationView, PackageView, StaffView


class WorkshopLists:
    db: Database

    def staff(self, role: str | None = None) -> list[StaffView]:
        with reading(self.db) as s:
            q = select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
            if role:  # their main role, or any other they hold
                q = q.where(or_(Staff.role == role, Staff.id.in_(
                    select(StaffRole.staff_id).where(StaffRole.role == role))))
            return [StaffView(x.id, x.name, x.role) for x in s.scalars(q)]

    def bays(self) -> list[BayView]:
        with reading(self.db) as s:
            q = select(Bay).where(Bay.active.is_(True)).order_by(Bay.name)
            return [BayView(b.id, b.name) for b in s.scalars(q)]

    def operations(self, text: str = "") -> list[OperationView]:
        with reading(self.db) as s:
            rate = shop_settings.get(s, "labour_rate")
            q = select(LabourOperation).where(LabourOperation.active.is_(True))
            if clean(text):
                like = f"%{clean(text)}%"
                q = q.where(or_(LabourOperation.name.like(like), LabourOperation.code.like(like)))
            return [
                OperationView(o.id, o.code, o.name, o.system, o.standard_hours, o.rate or rate)
                for o in s.scalars(q.order_by(LabourOperation.code))
            ]

    def packages(self) -> list[PackageView]:
        with reading(self.db) as s:
            q = select(MaintenancePackage).where(MaintenancePackage.active.is_(True))
            return [
                PackageView(p.id, p.code, p.name, p.interval_km, len(p.items))
                for p in s.scalars(q.order_by(MaintenancePackage.code))
            ]
