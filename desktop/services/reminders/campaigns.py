"""Customer-care campaigns (客户关怀活动: 联谊活动, 免费检测周, 优惠服务月): the dates and the
offer, a target list drawn from the customer file by a filter (make, tag, last visit),
the invitations two weeks ahead by call or letter from the campaign's text, the answers
logged, the visits booked and counted."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    Appointment,
    CampaignTarget,
    CareCampaign,
    Customer,
    CustomerTag,
    Vehicle,
    VehicleDue,
    WorkOrder,
)
from desktop.models.aftercare import Contact
from desktop.models.base import utcnow
from desktop.services.aftercare.people import phones
from desktop.services.common.dates import day_span
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.reminders.service import fill
from desktop.services.system import settings as shop_settings

CAMPAIGN_KINDS = {
    "party": QT_TRANSLATE_NOOP("Reminders", "Customer party (联谊活动)"),
    "inspection": QT_TRANSLATE_NOOP("Reminders", "Free inspection week (免费检测周)"),
    "discount": QT_TRANSLATE_NOOP("Reminders", "Service month offer (优惠服务月)"),
}
ANSWERS = {
    "coming": QT_TRANSLATE_NOOP("Reminders", "Will come"),
    "maybe": QT_TRANSLATE_NOOP("Reminders", "Maybe"),
    "declined": QT_TRANSLATE_NOOP("Reminders", "Not interested"),
    "not_reached": QT_TRANSLATE_NOOP("Reminders", "Not reached"),
    "sent": QT_TRANSLATE_NOOP("Reminders", "Letter sent"),
}
CHANNELS = ("call", "letter", "wechat")
INVITE_DAYS = 14  # invitations go out two weeks ahead
DEFAULT_TEMPLATE = "{客户}您好，{门店}将于{开始}至{结束}举办{活动}：{优惠}。欢迎带上您的爱车{车牌}光临，预约电话{门店电话}。"


@dataclass(frozen=True)
class CampaignForm:
    name: str
    kind: str
    starts: date
    ends: date
    offer: str = ""
    template: str = DEFAULT_TEMPLATE
    make: str = ""  # only cars of this make ("" every make)
    tag: str = ""  # only customers with this tag
    visited_after: date | None = None  # last visit from this day
    visited_before: date | None = None  # last visit before this day (to win back the lapsed)


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    kind: str
    starts: date
    ends: date
    offer: str
    invite_from: date
    targets: int
    invited: int
    coming: int
    booked: int
    visited: int


@dataclass(frozen=True)
class TargetRow:
    id: int
    customer_id: int
    vehicle_id: int
    customer: str
    phone: str
    address: str
    plate: str
    vehicle: str
    invited_at: datetime | None
    channel: str
    answer: str
    appointment_number: str
    visited: bool


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)



class CampaignService(Service):

    def create(self, form: CampaignForm) -> CampaignRow:
        """The campaign and its target list, drawn now from the customer file."""
        self.require("followups.call")
        errors: dict[str, Message] = {}
        if not clean(form.name):
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Name the campaign."))
        if form.kind not in CAMPAIGN_KINDS:
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the kind of campaign."))
        if form.ends < form.starts:
            errors["ends"] = _msg(QT_TRANSLATE_NOOP("Validation", "The campaign ends before it starts."))
        elif (form.ends - form.starts).days > 92:
            errors["ends"] = _msg(QT_TRANSLATE_NOOP("Validation", "A campaign lasts three months at most."))
        if form.starts < date.today() - timedelta(days=1):
            errors["starts"] = _msg(QT_TRANSLATE_NOOP("Validation", "The campaign starts in the past."))
        if not clean(form.template):
            errors["template"] = _msg(QT_TRANSLATE_NOOP("Validation", "Write the invitation."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            campaign = CareCampaign(
                name=clean(form.name)[:120], kind=form.kind, starts=form.starts, ends=form.ends,
                offer=form.offer.strip()[:2000], template=form.template.strip()[:2000], created_at=utcnow(),
                created_by=self.user, target_filter=json.dumps(
                    {"make": clean(form.make), "tag": clean(form.tag),
                     "visited_after": form.visited_after.isoformat() if form.visited_after else "",
                     "visited_before": form.visited_before.isoformat() if form.visited_before else ""},
                    ensure_ascii=False))
            s.add(campaign)
            s.flush()
            cars = self._targets(s, form)
            if cars:
                s.execute(insert(CampaignTarget), [{"campaign_id": campaign.id, "customer_id": cid, "vehicle_id": vid,
                                                    "invited_by": "", "channel": "", "answer": ""}
                                                   for vid, cid in cars])
            audit.record(s, "campaign-created", "care_campaign", campaign.id, name=campaign.name, targets=len(cars))
            return self._row(s, campaign)

    @staticmethod
    def _targets(s: Session, form: CampaignForm) -> list[tuple[int, int]]:
        q = (select(Vehicle.id, Vehicle.customer_id).join(Customer, Customer.id == Vehicle.customer_id)
             .where(Vehicle.archived_at.is_(None), Customer.archived_at.is_(None),
                    Customer.consent_contact.is_(True), Customer.preferred_contact != "none"))
        if clean(form.make):
            q = q.where(Vehicle.make == clean(form.make))
        if clean(form.tag):
            q = q.where(Customer.id.in_(select(CustomerTag.customer_id).where(CustomerTag.tag == clean(form.tag))))
        if form.visited_after is not None or form.visited_before is not None:
            q = q.join(VehicleDue, VehicleDue.vehicle_id == Vehicle.id)
            if form.visited_after is not None:
                q = q.where(VehicleDue.last_visit_on >= form.visited_after)
            if form.visited_before is not None:
                q = q.where(VehicleDue.last_visit_on < form.visited_before)
        return [(vid, cid) for vid, cid in s.execute(q.order_by(Vehicle.id))]

    def campaigns(self) -> list[CampaignRow]:
        with reading(self.db) as s:
            return [self._row(s, c) for c in s.scalars(select(CareCampaign).order_by(CareCampaign.starts.desc()))]

    def targets(self, campaign_id: int) -> list[TargetRow]:
        with reading(self.db) as s:
            campaign = s.get(CareCampaign, campaign_id)
            if campaign is None:
                raise NotFound("campaign", campaign_id)
            found = s.execute(select(CampaignTarget, Customer.name, Customer.address, Vehicle.plate, Vehicle.make,
                                     Vehicle.model, Appointment.number)
                              .join(Customer, Customer.id == CampaignTarget.customer_id)
                              .join(Vehicle, Vehicle.id == CampaignTarget.vehicle_id)
                              .outerjoin(Appointment, Appointment.id == CampaignTarget.appointment_id)
                              .where(CampaignTarget.campaign_id == campaign_id)
                              .order_by(CampaignTarget.id)).all()
            phone = phones(s, (r[0].customer_id for r in found))
            came = self._visited(s, campaign)
            return [TargetRow(t.id, t.customer_id, t.vehicle_id, name, phone.get(t.customer_id, ""), address,
                              plate or "", f"{make} {model}".strip(), t.invited_at, t.channel, t.answer, number or "",
                              t.vehicle_id in came)
                    for t, name, address, plate, make, model, number in found]

    def invite(self, target_id: int, channel: str, answer: str, notes: str = "") -> None:
        """An invitation made (a call, a letter, a WeChat message) and what the customer said."""
        self.require("followups.call")
        errors: dict[str, Message] = {}
        if channel not in CHANNELS:
            errors["channel"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how the customer was invited."))
        if answer not in ANSWERS:
            errors["answer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what the customer said."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            target = s.get(CampaignTarget, target_id)
            if target is None:
                raise NotFound("campaign target", target_id)
            target.invited_at, target.invited_by, target.channel, target.answer = utcnow(), self.user, channel, answer
            s.add(Contact(kind="letter" if channel == "letter" else "reminder", at=utcnow(), by=self.user,
                          customer_id=target.customer_id, vehicle_id=target.vehicle_id,
                          reached=answer not in ("not_reached", "sent"), topic="campaign", outcome=answer,
                          notes=clean(notes)[:2000]))
            audit.record(s, "campaign-invited", "campaign_target", target.id, channel=channel, answer=answer)

    def invitations(self, campaign_id: int, target_ids: list[int] | None = None) -> list[tuple[TargetRow, str]]:
        """Each target's invitation from the campaign's text."""
        rows = [t for t in self.targets(campaign_id) if target_ids is None or t.id in target_ids]
        with reading(self.db) as s:
            campaign = s.get(CareCampaign, campaign_id)
            assert campaign is not None
            shop_phone, shop_name = str(shop_settings.get(s, "shop_phone")), str(shop_settings.get(s, "shop_name"))
            values = {"活动": campaign.name, "开始": campaign.starts.isoformat(), "结束": campaign.ends.isoformat(),
                      "优惠": campaign.offer, "门店电话": shop_phone, "门店": shop_name}
            template = campaign.template
        return [(t, fill(template, {**values, "客户": t.customer, "车牌": t.plate, "车型": t.vehicle})) for t in rows]

    def invitations_pdf(self, campaign_id: int, target_ids: list[int] | None = None, lang: str = "zh_CN") -> bytes:
        from desktop.services.documents.service import DocumentService
        from printing.data import LettersDoc
        from printing.letters import letters

        shop = DocumentService(self.db, self.user).shop()
        doc = LettersDoc(shop, tuple((t.customer, t.address, text) for t, text in self.invitations(
            campaign_id, target_ids)), date.today().isoformat())
        return letters(doc, lang)

    # ---------------------------------------------------------------------------------------

    @staticmethod
    def _visited(s: Session, campaign: CareCampaign) -> set[int]:
        first, last = day_span(campaign.starts, campaign.ends)
        cars = select(CampaignTarget.vehicle_id).where(CampaignTarget.campaign_id == campaign.id)
        return set(s.scalars(select(WorkOrder.vehicle_id).where(
            WorkOrder.vehicle_id.in_(cars), WorkOrder.opened_at >= first, WorkOrder.opened_at < last,
            WorkOrder.state != "cancelled")))

    def _row(self, s: Session, c: CareCampaign) -> CampaignRow:
        answers = Counter(a for (a,) in s.execute(select(CampaignTarget.answer).where(
            CampaignTarget.campaign_id == c.id)))
        booked = int(s.scalar(select(func.count()).select_from(Appointment).where(
            Appointment.campaign_id == c.id, Appointment.state != "cancelled")) or 0)
        return CampaignRow(c.id, c.name, c.kind, c.starts, c.ends, c.offer, c.starts - timedelta(days=INVITE_DAYS),
                           sum(answers.values()), sum(n for a, n in answers.items() if a), answers.get("coming", 0),
                           booked, len(self._visited(s, c)))
