"""Recall campaigns and technical updates (召回 / 技术升级, DOMAIN.md section 9).

A campaign comes from the manufacturer's file (CSV or XLSX: one row per affected VIN, with
the campaign's code, title, labour and parts), imported all or nothing with each bad row
named.  A car with an open campaign shows it wherever the car is looked at; adding the
campaign to a work order puts its labour and parts on it, paid by the manufacturer; the
car is done when that order is delivered.  The list gives each campaign's completion and
the cars still to call (the calls go into the contact register)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Contact,
    Customer,
    CustomerPhone,
    LabourOperation,
    Part,
    RecallCampaign,
    RecallPart,
    RecallVehicle,
    Vehicle,
    WorkOrder,
)
from desktop.models.base import utcnow
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.sheets import (
    ImportFailed,
    RowError,
    guess_mapping,
    mapped_rows,
    read_table,
)
from desktop.services.core.uow import reading, writing
from desktop.services.customers.rules.vin import normalize_vin, vin_problem
from desktop.services.warranty.lines import reprice
from desktop.services.workorders.service import WorkOrderService

FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "code": (QT_TRANSLATE_NOOP("Import", "Campaign code"), ("活动代码", "活动编号", "召回编号", "召回代码", "campaign",
                                                           "campaign code", "code")),
    "title": (QT_TRANSLATE_NOOP("Import", "Title"), ("活动名称", "召回名称", "名称", "标题", "title")),
    "kind": (QT_TRANSLATE_NOOP("Import", "Kind"), ("类型", "活动类型", "kind", "type")),
    "labour_code": (QT_TRANSLATE_NOOP("Import", "Labour code"), ("工时代码", "工位代码", "labour code", "operation")),
    "labour_text": (QT_TRANSLATE_NOOP("Import", "Labour"), ("维修项目", "工时名称", "作业内容", "labour")),
    "labour_hours": (QT_TRANSLATE_NOOP("Import", "Hours"), ("工时", "标准工时", "工时数", "hours")),
    "part_number": (QT_TRANSLATE_NOOP("Import", "Part number"), ("配件号", "零件号", "配件编号", "part number")),
    "part_qty": (QT_TRANSLATE_NOOP("Import", "Part quantity"), ("配件数量", "数量", "quantity")),
    "vin": (QT_TRANSLATE_NOOP("Import", "VIN"), ("车架号", "vin", "车辆识别代号", "底盘号")),
}
KIND_WORDS = {"召回": "recall", "recall": "recall", "技术升级": "update", "升级": "update", "update": "update",
              "": "recall"}
OUTCOMES = ("not_reached", "will_come", "booked", "refused", "sold")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


@dataclass(frozen=True)
class ImportReport:
    campaigns: int
    vehicles: int  # VINs added
    on_file: int  # of them, cars the shop knows


@dataclass(frozen=True)
class CampaignRow:
    id: int
    code: str
    title: str
    kind: str
    affected: int
    on_file: int
    done: int

    @property
    def rate(self) -> float:
        return self.done / self.affected if self.affected else 0.0


@dataclass(frozen=True)
class OpenRecall:
    campaign_id: int
    code: str
    title: str
    kind: str


@dataclass(frozen=True)
class OpenCar:
    vin: str
    vehicle_id: int | None
    customer_id: int | None
    customer: str
    phone: str
    plate: str
    last_call_at: datetime | None
    last_outcome: str


def open_recalls(s: Session, vehicle_id: int) -> list[OpenRecall]:
    vin = s.scalar(select(Vehicle.vin).where(Vehicle.id == vehicle_id))
    if not vin:
        return []
    return [OpenRecall(c.id, c.code, c.title, c.kind) for c in s.scalars(
        select(RecallCampaign).join(RecallVehicle, RecallVehicle.campaign_id == RecallCampaign.id)
        .where(RecallVehicle.vin == vin, RecallVehicle.done_on.is_(None), RecallCampaign.active.is_(True))
        .order_by(RecallCampaign.code))]




class RecallService(Service):

    # the manufacturer's file -----------------------------------------------------------------

    def import_campaign(self, path: Path, mapping: Mapping[int, str] | None = None) -> ImportReport:
        """All the file's campaigns and cars, or (a bad row anywhere) nothing."""
        self.require("warranty.manage")
        table = read_table(path)
        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers, FIELDS)
        errors: list[RowError] = [RowError(1, f, _msg(QT_TRANSLATE_NOOP("Import", "No column for {field}."),
                                                      field=FIELDS[f][0]))
                                  for f in ("code", "title", "vin") if f not in mapping.values()]
        if errors:
            raise ImportFailed(errors)
        heads: dict[str, dict[str, object]] = {}
        parts: dict[str, dict[str, tuple[Decimal, int]]] = defaultdict(dict)
        vins: dict[str, dict[str, int]] = defaultdict(dict)
        for n, v in mapped_rows(table, mapping):
            code = clean(v.get("code", "")).upper()[:20]
            if not code:
                errors.append(RowError(n, "code", _msg(QT_TRANSLATE_NOOP("Import", "The campaign code is empty."))))
                continue
            kind = KIND_WORDS.get(clean(v.get("kind", "")).lower())
            hours_text = clean(v.get("labour_hours", "")) or "0"
            try:
                hours = Decimal(hours_text)
                if not hours.is_finite() or not 0 <= hours <= 200:
                    raise InvalidOperation
            except InvalidOperation:
                errors.append(RowError(n, "labour_hours", _msg(QT_TRANSLATE_NOOP(
                    "Import", "Not a number of hours (0–200): {value}"), value=hours_text)))
                hours = Decimal(0)
            if kind is None:
                errors.append(RowError(n, "kind", _msg(QT_TRANSLATE_NOOP("Import", "A recall or an update?"))))
            head = {"title": clean(v.get("title", ""))[:120], "kind": kind or "recall",
                    "labour_code": clean(v.get("labour_code", "")).upper()[:20],
                    "labour_text": clean(v.get("labour_text", ""))[:120], "labour_hours": hours}
            if not head["title"]:
                errors.append(RowError(n, "title", _msg(QT_TRANSLATE_NOOP("Import", "The title is empty."))))
            first = heads.setdefault(code, head)
            if first != head and head["title"]:
                errors.append(RowError(n, "title", _msg(QT_TRANSLATE_NOOP(
                    "Import", "Campaign {code} is described differently on an earlier row."), code=code)))
            number = clean(v.get("part_number", "")).upper().replace(" ", "")[:40]
            if number:
                qty_text = clean(v.get("part_qty", "")) or "1"
                try:
                    qty = Decimal(qty_text)
                    if not qty.is_finite() or not 0 < qty <= 1000:
                        raise InvalidOperation
                except InvalidOperation:
                    errors.append(RowError(n, "part_qty", _msg(QT_TRANSLATE_NOOP(
                        "Import", "Not a quantity: {value}"), value=qty_text)))
                    qty = Decimal(1)
                parts[code].setdefault(number, (qty, n))
            vin = normalize_vin(v.get("vin", ""))
            problem = vin_problem(vin) if vin else _msg(QT_TRANSLATE_NOOP("Import", "The VIN is empty."))
            if problem is not None:
                errors.append(RowError(n, "vin", problem))
            else:
                vins[code].setdefault(vin, n)
        if errors:
            raise ImportFailed(errors)
        with writing(self.db, self.user) as s:
            added = on_file = 0
            known = {vin: vid for vin, vid in s.execute(select(Vehicle.vin, Vehicle.id).where(
                Vehicle.vin.in_([x for per in vins.values() for x in per])))}
            for code, head in heads.items():
                campaign = s.scalar(select(RecallCampaign).where(RecallCampaign.code == code))
                if campaign is None:
                    campaign = RecallCampaign(code=code, **head)
                    campaign.parts = [RecallPart(part_number=num, quantity=qty) for num, (qty, _n) in
                                      parts[code].items()]
                    s.add(campaign)
                    s.flush()
                listed = set(s.scalars(select(RecallVehicle.vin).where(RecallVehicle.campaign_id == campaign.id)))
                for vin in vins[code]:
                    if vin in listed:
                        continue
                    s.add(RecallVehicle(campaign_id=campaign.id, vin=vin, vehicle_id=known.get(vin)))
                    added += 1
                    on_file += vin in known
            report = ImportReport(len(heads), added, on_file)
            audit.record(s, "import", "recall_campaign", None, name=table.name, **report.__dict__)
            return report

    # the car ----------------------------------------------------------------------------------

    def open_for(self, vehicle_id: int) -> list[OpenRecall]:
        """The campaigns still to be done on this car (the banner wherever it shows)."""
        with reading(self.db) as s:
            return open_recalls(s, vehicle_id)

    def add_to_order(self, order_id: int, version: int, campaign_id: int) -> int:
        """The campaign's labour and parts on the order, paid by the manufacturer.  Returns the
        number of lines added."""
        self.require("orders.lines")
        orders = WorkOrderService(self.db, self.desk)
        with writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            if order.version != version:
                raise StaleEdit()
            campaign = s.get(RecallCampaign, campaign_id)
            if campaign is None or campaign_id not in {r.campaign_id for r in open_recalls(s, order.vehicle_id)}:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This campaign is not open for this car.")))
            if any(x.recall_id == campaign_id for x in order.lines):
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The campaign is on this order already.")))
            op = s.scalar(select(LabourOperation).where(LabourOperation.code == campaign.labour_code)) \
                if campaign.labour_code else None
            hours = campaign.labour_hours or (op.standard_hours if op else Decimal(1))
            text = campaign.labour_text or (op.name if op else "") or campaign.title
            added = []
            orders.add_line_in(s, order, "labour", f"{campaign.code} {text}", op.id if op else None, "", hours)
            added.append(order.lines[-1])
            for p in campaign.parts:
                name = s.scalar(select(Part.name).where(Part.number == p.part_number)) or p.description
                orders.add_line_in(s, order, "part", name or p.part_number, None, p.part_number, p.quantity)
                added.append(order.lines[-1])
            for line in added:
                line.payer, line.recall_id, line.warranty_component = "warranty", campaign.id, ""
                reprice(s, line)
            s.flush()
            audit.record(s, "recall-added", "work_order", order.id, campaign=campaign.code)
            return len(added)

    # the list ---------------------------------------------------------------------------------

    def campaigns(self) -> list[CampaignRow]:
        with reading(self.db) as s:
            counts = {cid: (n, known, done) for cid, n, known, done in s.execute(
                select(RecallVehicle.campaign_id, func.count(), func.count(RecallVehicle.vehicle_id),
                       func.count(RecallVehicle.done_on)).group_by(RecallVehicle.campaign_id))}
            on_file = {cid: n for cid, n in s.execute(
                select(RecallVehicle.campaign_id, func.count()).join(Vehicle, Vehicle.vin == RecallVehicle.vin)
                .group_by(RecallVehicle.campaign_id))}
            return [CampaignRow(c.id, c.code, c.title, c.kind, counts.get(c.id, (0, 0, 0))[0], on_file.get(c.id, 0),
                                counts.get(c.id, (0, 0, 0))[2])
                    for c in s.scalars(select(RecallCampaign).where(RecallCampaign.active.is_(True))
                                       .order_by(RecallCampaign.code))]

    def not_done(self, campaign_id: int) -> list[OpenCar]:
        """The affected cars not done yet, on file first (the ones the shop can call)."""
        with reading(self.db) as s:
            campaign = s.get(RecallCampaign, campaign_id)
            if campaign is None:
                raise NotFound("recall campaign", campaign_id)
            rows = s.execute(
                select(RecallVehicle.vin, Vehicle.id, Vehicle.plate, Customer.id, Customer.name)
                .outerjoin(Vehicle, Vehicle.vin == RecallVehicle.vin)
                .outerjoin(Customer, Customer.id == Vehicle.customer_id)
                .where(RecallVehicle.campaign_id == campaign_id, RecallVehicle.done_on.is_(None))
                .order_by(Vehicle.id.is_(None), RecallVehicle.vin)).all()
            customer_ids = [r[3] for r in rows if r[3] is not None]
            phones: dict[int, str] = {}
            for cid, number in s.execute(select(CustomerPhone.customer_id, CustomerPhone.number).where(
                    CustomerPhone.customer_id.in_(customer_ids)).order_by(CustomerPhone.position.desc())):
                phones[cid] = number
            calls: dict[int, tuple[datetime, str]] = {}
            for vid, at, outcome in s.execute(
                    select(Contact.vehicle_id, Contact.at, Contact.outcome).where(
                        Contact.topic == campaign.code[:16], Contact.kind == "reminder").order_by(Contact.at)):
                if vid is not None:
                    calls[vid] = (at, outcome)
            return [OpenCar(vin, vid, cid, name or "", phones.get(cid, "") if cid else "", plate or "",
                            calls.get(vid, (None, ""))[0] if vid else None, calls.get(vid, (None, ""))[1] if vid
                            else "") for vin, vid, plate, cid, name in rows]

    def log_call(self, campaign_id: int, vehicle_id: int, outcome: str, notes: str = "") -> None:
        """A call to the owner of an affected car, in the contact register."""
        self.require("followups.call")
        if outcome not in OUTCOMES:
            raise ValidationFailed({"outcome": _msg(QT_TRANSLATE_NOOP("Validation", "What came of the call?"))})
        with writing(self.db, self.user) as s:
            campaign = s.get(RecallCampaign, campaign_id)
            vehicle = s.get(Vehicle, vehicle_id)
            if campaign is None or vehicle is None:
                raise NotFound("recall campaign", campaign_id)
            s.add(Contact(kind="reminder", at=utcnow(), by=self.user, customer_id=vehicle.customer_id,
                          vehicle_id=vehicle.id, reached=outcome != "not_reached", topic=campaign.code[:16],
                          outcome=outcome, notes=clean(notes)[:500]))
            s.flush()
            audit.record(s, "recall-call", "vehicle", vehicle.id, campaign=campaign.code, outcome=outcome)
