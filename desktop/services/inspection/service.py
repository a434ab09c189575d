"""Filling a checklist on a car (DOMAIN.md section 1, step 2 and section 13): the
technician answers point by point (each answer is saved as it is given: nothing is lost
when the PC is switched off), finishes the sheet, and every point that needs attention
proposes its labour and parts as additional work for the advisor to price and put to the
customer.  The next visit shows what was recommended and not done."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Checklist,
    ChecklistItem,
    Inspection,
    InspectionAnswer,
    LabourOperation,
    Part,
    Staff,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from desktop.models.base import utcnow
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.inspection.checklists import item_view, limits_of, seed
from desktop.services.inspection.records import (
    AnswerForm,
    AnswerView,
    InspectionView,
    Recommendation,
)
from desktop.services.inspection.rules.findings import FINDINGS, combined, implausible, result
from desktop.services.inspection.stock import repair_order_for, stock_car_of
from desktop.services.workorders.details import order_detail
from desktop.services.workorders.records import WorkOrderDetail
from desktop.services.workorders.rules.workflow import CLOSED
from desktop.services.workorders.service import WorkOrderService

PROPOSING = ("attention", "urgent")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def work_of(s: Session, answer_ids: Sequence[int]) -> dict[int, str]:
    """What became of the work each finding proposed: approved beats pending beats declined."""
    rank = {"declined": 0, "pending": 1, "approved": 2}
    out: dict[int, str] = {}
    if not answer_ids:
        return out
    for finding_id, approval in s.execute(select(WorkOrderLine.finding_id, WorkOrderLine.approval).where(
            WorkOrderLine.finding_id.in_(answer_ids))):
        if finding_id is not None and rank.get(approval, 0) >= rank.get(out.get(finding_id, ""), -1):
            out[finding_id] = approval
    return out


def inspection_view(s: Session, x: Inspection) -> InspectionView:
    checklist = s.get(Checklist, x.checklist_id)
    assert checklist is not None
    vehicle = s.get(Vehicle, x.vehicle_id)
    number = s.scalar(select(WorkOrder.number).where(WorkOrder.id == x.work_order_id)) if x.work_order_id else ""
    tech = s.get(Staff, x.technician_id) if x.technician_id else None
    work = work_of(s, [a.id for a in x.answers])
    return InspectionView(
        id=x.id, version=x.version, vehicle_id=x.vehicle_id, plate=(vehicle.plate or vehicle.vin or "") if vehicle
        else "", work_order_id=x.work_order_id, order_number=number or "", checklist_id=checklist.id,
        checklist=checklist.name, kind=x.kind, technician=tech.name if tech else x.created_by,
        created_at=x.created_at, finished_at=x.finished_at, result=x.result,
        items=tuple(item_view(i) for i in checklist.items),
        answers={a.item_id: AnswerView(a.item_id, a.finding, a.value, a.note, a.photo, a.answered_by,
                                       work.get(a.id, "")) for a in x.answers})


def new_inspection(s: Session, vehicle_id: int, checklist: Checklist, order: WorkOrder | None,
                   technician_id: int | None) -> Inspection:
    x = Inspection(vehicle_id=vehicle_id, work_order_id=order.id if order else None, checklist_id=checklist.id,
                   kind=checklist.kind, technician_id=technician_id)
    s.add(x)
    s.flush()
    return x


class InspectionService(Service):

    # filling ------------------------------------------------------------------------------

    def start(self, order_id: int, checklist_id: int, technician_id: int | None = None) -> InspectionView:
        """A new sheet from this checklist on the order (a car in the shop)."""
        self.require("orders.work")
        with writing(self.db, self.user) as s:
            seed(s)
            order = s.get(WorkOrder, order_id)
            checklist = s.get(Checklist, checklist_id)
            if order is None:
                raise NotFound("work order", order_id)
            if checklist is None or not checklist.active:
                raise NotFound("checklist", checklist_id)
            if order.state in CLOSED:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This order is closed: the car has left.")))
            if checklist.kind == "storage":
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "A storage check belongs to a car in stock (New cars), not to a work order.")))
            if checklist.kind == "pdi" and stock_car_of(s, order.vehicle_id) is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "A PDI is for a new car in stock: this car has an owner.")))
            x = new_inspection(s, order.vehicle_id, checklist, order, technician_id or order.technician_id)
            audit.record(s, "inspection-start", "work_order", order.id, checklist=checklist.name)
            return inspection_view(s, x)

    def for_order(self, order_id: int) -> list[InspectionView]:
        with reading(self.db) as s:
            return [inspection_view(s, x) for x in s.scalars(
                select(Inspection).where(Inspection.work_order_id == order_id).order_by(Inspection.id))]

    def get(self, inspection_id: int) -> InspectionView:
        with reading(self.db) as s:
            return inspection_view(s, self._open(s, inspection_id, finished_ok=True))

    def answer(self, inspection_id: int, form: AnswerForm) -> InspectionView:
        """One point answered (or answered again); a reading no car can give is refused."""
        self.require("orders.work")
        with writing(self.db, self.user) as s:
            x = self._open(s, inspection_id)
            self._answer(s, x, form)
            x.updated_at = utcnow()
            s.flush()
            return inspection_view(s, x)

    def all_ok(self, inspection_id: int) -> InspectionView:
        """Every status point not answered yet is in order (then the few that are not are changed)."""
        self.require("orders.work")
        with writing(self.db, self.user) as s:
            x = self._open(s, inspection_id)
            checklist = s.get(Checklist, x.checklist_id)
            assert checklist is not None
            done = {a.item_id for a in x.answers}
            for item in checklist.items:
                if item.answer == "status" and item.id not in done:
                    x.answers.append(InspectionAnswer(item_id=item.id, finding="ok", answered_by=self.user))
            x.updated_at = utcnow()
            s.flush()
            return inspection_view(s, x)

    def finish(self, inspection_id: int, version: int, notes: str = "") -> InspectionView:
        """The sheet is complete: its result (a PDI or storage check passes only with every
        point in order).  A failed storage check opens an internal work order."""
        self.require("orders.work")
        with writing(self.db, self.user) as s:
            x = self._open(s, inspection_id)
            if x.version != version:
                raise StaleEdit()
            view = inspection_view(s, x)
            if view.unanswered:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "{count} points are not answered yet: {first}."),
                                   count=len(view.unanswered), first=view.unanswered[0].label))
            needed = {i.id for i in view.items if i.needs_answer}
            x.result = result(x.kind, (a.finding for a in x.answers if a.item_id in needed))
            x.finished_at = utcnow()
            x.notes = clean(notes)[:2000]
            if x.kind == "storage" and x.result == "fail":
                repair_order_for(s, WorkOrderService(self.db, self.desk), x, view)
            s.flush()
            audit.record(s, "inspection-finish", "inspection", x.id, result=x.result)
            return inspection_view(s, x)

    # what it proposes -----------------------------------------------------------------------

    def propose(self, order_id: int, version: int) -> WorkOrderDetail:
        """Every finding that needs attention, with labour or parts in the catalogue, becomes
        priced work on the order: additional work waiting for the customer's answer once the
        order is signed (the advisor then asks the customer), planned work before that."""
        self.require("orders.lines")
        orders = WorkOrderService(self.db, self.desk)
        with writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            if order.version != version:
                raise StaleEdit()
            if order.state in CLOSED:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This order is closed: the car has left.")))
            proposed = set(s.scalars(select(WorkOrderLine.finding_id).where(
                WorkOrderLine.work_order_id == order.id, WorkOrderLine.finding_id.is_not(None))))
            added = 0
            for x in s.scalars(select(Inspection).where(Inspection.work_order_id == order.id,
                                                        Inspection.finished_at.is_not(None))):
                checklist = s.get(Checklist, x.checklist_id)
                assert checklist is not None
                items = {i.id: i for i in checklist.items}
                for a in x.answers:
                    item = items.get(a.item_id)
                    if a.finding not in PROPOSING or a.id in proposed or item is None:
                        continue
                    added += self._propose_item(s, orders, order, item, a)
            if not added:
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "No finding has work to propose (or it is on the order already).")))
            s.flush()
            audit.record(s, "inspection-propose", "work_order", order.id, lines=added)
            return order_detail(s, order)

    def recommendations(self, vehicle_id: int, before_order_id: int | None = None) -> list[Recommendation]:
        """What earlier inspections of this car found and the customer did not have done
        (the latest sheet of each earlier visit; newest first)."""
        with reading(self.db) as s:
            return recommendations_in(s, vehicle_id, before_order_id)

    # internals ----------------------------------------------------------------------------

    def _open(self, s: Session, inspection_id: int, finished_ok: bool = False) -> Inspection:
        x = s.get(Inspection, inspection_id)
        if x is None:
            raise NotFound("inspection", inspection_id)
        if x.finished_at is not None and not finished_ok:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This sheet is finished; start a new one to check again.")))
        return x

    def _answer(self, s: Session, x: Inspection, form: AnswerForm) -> None:
        checklist = s.get(Checklist, x.checklist_id)
        assert checklist is not None
        item = next((i for i in checklist.items if i.id == form.item_id), None)
        if item is None:
            raise NotFound("checklist item", form.item_id)
        if form.finding not in FINDINGS:
            raise ValidationFailed({"finding": _msg(QT_TRANSLATE_NOOP("Validation", "Choose OK, attention or urgent."))})
        value: Decimal | None = None
        text = clean(str(form.value if form.value is not None else "")).replace("，", ".")
        if item.answer == "measure":
            if not text:
                raise ValidationFailed({"value": _msg(QT_TRANSLATE_NOOP("Validation", "Enter the reading."))})
            try:
                value = Decimal(text)
                if not value.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                raise ValidationFailed({"value": _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number."))}) from None
            limits = limits_of(item)
            problem = implausible(limits, value)
            if problem is not None:
                raise ValidationFailed({"value": problem})
            finding = combined(form.finding, value, limits)
        else:
            finding = form.finding if item.answer == "status" else "ok"
        answer = next((a for a in x.answers if a.item_id == item.id), None)
        if answer is None:
            answer = InspectionAnswer(item_id=item.id)
            x.answers.append(answer)
        answer.finding, answer.value = finding, value
        answer.note, answer.photo = clean(form.note)[:255], clean(form.photo)[:120]
        answer.answered_by, answer.answered_at = self.user, utcnow()

    @staticmethod
    def _propose_item(s: Session, orders: WorkOrderService, order: WorkOrder, item: ChecklistItem,
                      answer: InspectionAnswer) -> int:
        added = 0
        if item.operation_code:
            op = s.scalar(select(LabourOperation).where(LabourOperation.code == item.operation_code,
                                                        LabourOperation.active.is_(True)))
            if op is not None:
                orders.add_line_in(s, order, "labour", op.name, op.id, "", op.standard_hours)
                order.lines[-1].finding_id = answer.id
                added += 1
        if item.part_number:
            part = s.scalar(select(Part).where(Part.number == item.part_number))
            if part is not None:
                orders.add_line_in(s, order, "part", part.name, None, part.number, item.part_qty)
                order.lines[-1].finding_id = answer.id
                added += 1
        return added


def recommendations_in(s: Session, vehicle_id: int, before_order_id: int | None = None) -> list[Recommendation]:
    """``InspectionService.recommendations`` in the caller's transaction (the health report
    reads it with the rest of its data)."""
    q = (select(Inspection, WorkOrder.number).join(WorkOrder, WorkOrder.id == Inspection.work_order_id)
         .where(Inspection.vehicle_id == vehicle_id, Inspection.finished_at.is_not(None),
                Inspection.kind == "inspection")
         .order_by(Inspection.finished_at.desc()).limit(5))
    if before_order_id is not None:
        q = q.where(Inspection.work_order_id != before_order_id)
    out: list[Recommendation] = []
    for x, number in s.execute(q).all():
        checklist = s.get(Checklist, x.checklist_id)
        assert checklist is not None and x.finished_at is not None
        items = {i.id: i for i in checklist.items}
        flagged = [a for a in x.answers if a.finding in PROPOSING and a.item_id in items]
        work = work_of(s, [a.id for a in flagged])
        for a in sorted(flagged, key=lambda a: (-FINDINGS.index(a.finding), items[a.item_id].position)):
            if work.get(a.id) == "approved":
                continue
            item = items[a.item_id]
            detail = f"{a.value.normalize():f} {item.unit}".strip() if a.value is not None else a.note
            out.append(Recommendation(x.finished_at.astimezone().date(), number, item.area, item.label,
                                      a.finding, detail))
        if out:
            break  # the last visit that left something undone
    return out
