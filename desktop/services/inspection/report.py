"""The health report and the PDI report of an order, from its latest finished sheet: the
counts by finding, the readings with their limits, what was done on the visit, what is
recommended now and what can wait, what an earlier visit recommended and is still not
done, and the next service due."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Checklist, Inspection, VehicleDue, WorkOrder
from desktop.services.core.errors import NotFound, Refused
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.inspection.checklists import limits_of
from desktop.services.inspection.rules.findings import FINDINGS, traffic_light
from desktop.services.inspection.service import inspection_view, work_of
from desktop.services.workorders.details import order_detail
from printing.data import CheckPoint, HealthReportDoc, Shop


def _value(value: object, unit: str) -> str:
    return f"{value.normalize():f} {unit}".strip() if isinstance(value, Decimal) else ""


def report_doc(s: Session, order_id: int, shop: Shop, kind: str, last_time: tuple[str, ...] = ()) -> HealthReportDoc:
    order = s.get(WorkOrder, order_id)
    if order is None:
        raise NotFound("work order", order_id)
    kinds = ("pdi",) if kind == "pdi" else ("inspection",)
    x = s.scalar(select(Inspection).where(Inspection.work_order_id == order.id, Inspection.kind.in_(kinds),
                                          Inspection.finished_at.is_not(None))
                 .order_by(Inspection.finished_at.desc(), Inspection.id.desc()).limit(1))
    if x is None:
        raise Refused(Message(QT_TRANSLATE_NOOP(
            "Validation", "This order has no finished inspection sheet to report on."), {}))
    checklist = s.get(Checklist, x.checklist_id)
    assert checklist is not None and x.finished_at is not None
    view = inspection_view(s, x)
    detail = order_detail(s, order)
    items = {i.id: i for i in checklist.items}
    work = work_of(s, [a.id for a in x.answers])
    points: list[CheckPoint] = []
    measured: list[CheckPoint] = []
    now: list[CheckPoint] = []
    later: list[CheckPoint] = []
    for a in sorted(x.answers, key=lambda a: items[a.item_id].position if a.item_id in items else 0):
        item = items.get(a.item_id)
        if item is None or (item.answer in ("note", "photo") and not (a.note or a.photo)):
            continue
        limits = limits_of(item)
        point = CheckPoint(item.area, item.label, a.finding, _value(a.value, item.unit), limits.text(),
                           " ".join(t for t in (a.note, f"[{a.photo}]" if a.photo else "") if t))
        points.append(point)
        if item.answer == "measure":
            measured.append(point)
        if a.finding == "urgent" and work.get(a.id) != "approved":
            now.append(point)
        elif a.finding == "attention" and work.get(a.id) != "approved":
            later.append(point)
    fixed = tuple(x.description for x in detail.lines if x.approval == "approved" and x.kind == "labour")
    due = s.get(VehicleDue, order.vehicle_id)
    next_service = ""
    if due is not None and due.due_on >= date.today():
        next_service = f"{due.due_on.isoformat()} / {due.due_km:,} km"
    counts = traffic_light(a.finding for a in x.answers if a.item_id in items and items[a.item_id].answer in
                           ("status", "measure"))
    return HealthReportDoc(
        shop=shop, number=order.number, made_on=x.finished_at.astimezone().date().isoformat(),
        customer=detail.customer_name, plate=detail.plate, vin=detail.vin, vehicle=detail.vehicle,
        odometer_km=order.odometer_km, checklist=checklist.name, technician=view.technician, kind=x.kind,
        result=x.result, counts=tuple((f, counts[f]) for f in FINDINGS), measured=tuple(measured),
        fixed=fixed, now=tuple(now), later=tuple(later), points=tuple(points), next_service=next_service,
        last_time=last_time)
