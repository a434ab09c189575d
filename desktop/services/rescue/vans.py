"""The service vans and the partner stations: kept by the foreman or the manager.  A van's
state (free, out on a rescue, in maintenance) and its own upkeep: its service by km, its
insurance and annual inspection dates, listed when due within 30 days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import PartnerStation, ServiceVan
from desktop.services.common import limits
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.rescue.records import PartnerView, VanForm, VanView

SOON = timedelta(days=30)
SOON_KM = 500


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def due(van: ServiceVan, day: date) -> tuple[str, ...]:
    """What of the van's upkeep is due: its service (within 500 km), insurance, inspection."""
    out = []
    if van.service_every_km and van.km >= van.last_service_km + van.service_every_km - SOON_KM:
        out.append("service")
    if van.insurance_due is not None and van.insurance_due <= day + SOON:
        out.append("insurance")
    if van.inspection_due is not None and van.inspection_due <= day + SOON:
        out.append("inspection")
    return tuple(out)


def van_view(v: ServiceVan, day: date) -> VanView:
    return VanView(v.id, v.name, v.plate, v.crew, v.phone, v.state, v.km, v.last_service_on, v.last_service_km,
                   v.service_every_km, v.insurance_due, v.inspection_due, v.active, due(v, day))


class VanService(Service):

    def vans(self, *, active_only: bool = True) -> list[VanView]:
        day = datetime.now(UTC).astimezone().date()
        with reading(self.db) as s:
            q = select(ServiceVan).order_by(ServiceVan.name)
            if active_only:
                q = q.where(ServiceVan.active.is_(True))
            return [van_view(v, day) for v in s.scalars(q)]

    def save_van(self, van_id: int | None, form: VanForm) -> VanView:
        self.require("rescue.manage")
        errors: dict[str, Message] = {}
        name = clean(form.name)[:40]
        if not name:
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Name the van (e.g. 救援车1)."))
        km = limits.checked_int(form.km or 0, "km", "km", errors)
        last_km = limits.checked_int(form.last_service_km or 0, "km", "last_service_km", errors)
        every = limits.checked_int(form.service_every_km or 0, "km", "service_every_km", errors)
        if "km" not in errors and "last_service_km" not in errors and last_km > km:
            errors["last_service_km"] = _msg(QT_TRANSLATE_NOOP("Validation", "At most {high}."), high=km)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            clash = s.scalar(select(ServiceVan.id).where(ServiceVan.name == name))
            if clash is not None and clash != van_id:
                raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Another van is called {name}."), name=name)})
            van = ServiceVan(created_by=self.user) if van_id is None else s.get(ServiceVan, van_id)
            if van is None:
                raise NotFound("van", van_id)
            van.name, van.plate, van.crew, van.phone = name, clean(form.plate).upper()[:16], clean(form.crew)[:120], \
                clean(form.phone)[:40]
            van.km, van.last_service_on, van.last_service_km, van.service_every_km = km, form.last_service_on, \
                last_km, every
            van.insurance_due, van.inspection_due, van.active = form.insurance_due, form.inspection_due, form.active
            van.updated_by = self.user
            s.add(van)
            s.flush()
            audit.record(s, "van", "service_van", van.id, name=name, km=km)
            return van_view(van, self.clock().astimezone().date())

    def set_state(self, van_id: int, state: str) -> VanView:
        """Into maintenance and back to free; a van out on a rescue comes back when it closes."""
        self.require("rescue.manage")
        if state not in ("free", "maintenance"):
            raise ValidationFailed({"state": _msg(QT_TRANSLATE_NOOP("Validation", "Choose free or in maintenance."))})
        with writing(self.db, self.user) as s:
            van = self._van(s, van_id)
            if van.state == "out":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "{van} is out on a rescue."), van=van.name))
            van.state = state
            audit.record(s, "van-state", "service_van", van.id, state=state)
            s.flush()
            return van_view(van, self.clock().astimezone().date())

    def upkeep_due(self) -> list[VanView]:
        return [v for v in self.vans() if v.due]

    def partners(self, *, active_only: bool = True) -> list[PartnerView]:
        with reading(self.db) as s:
            q = select(PartnerStation).order_by(PartnerStation.name)
            if active_only:
                q = q.where(PartnerStation.active.is_(True))
            return [PartnerView(p.id, p.name, p.area, p.phone, p.contact, p.active) for p in s.scalars(q)]

    def save_partner(self, partner_id: int | None, name: str, area: str, phone: str, contact: str = "",
                     active: bool = True) -> PartnerView:
        self.require("rescue.manage")
        errors: dict[str, Message] = {}
        title = clean(name)[:80]
        if not title:
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Name the partner station."))
        if not clean(phone):
            errors["phone"] = _msg(QT_TRANSLATE_NOOP("Validation", "The station's phone, to hand calls over."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            clash = s.scalar(select(PartnerStation.id).where(PartnerStation.name == title))
            if clash is not None and clash != partner_id:
                raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Another partner station is called {name}."), name=title)})
            p = PartnerStation(created_by=self.user) if partner_id is None else s.get(PartnerStation, partner_id)
            if p is None:
                raise NotFound("partner station", partner_id)
            p.name, p.area, p.phone, p.contact, p.active = title, clean(area)[:120], clean(phone)[:40], \
                clean(contact)[:40], active
            p.updated_by = self.user
            s.add(p)
            s.flush()
            audit.record(s, "partner-station", "partner_station", p.id, name=title)
            return PartnerView(p.id, p.name, p.area, p.phone, p.contact, p.active)

    @staticmethod
    def _van(s: Session, van_id: int) -> ServiceVan:
        van = s.get(ServiceVan, van_id)
        if van is None:
            raise NotFound("van", van_id)
        return van
