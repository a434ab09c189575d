"""The stock ledger (库存台账): stock on hand is the sum of the movements; what is reserved
for work orders, what is on order from suppliers; and the two postings every capability
uses, goods in (moving-average cost) and parts out to a work order line.  Functions over
the caller's session, so that a posting joins the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Appointment,
    AppointmentLine,
    Part,
    PartStock,
    PurchaseOrder,
    PurchaseOrderLine,
    StockMovement,
    WorkOrderLine,
)
from desktop.models.parts import PO_OPEN
from desktop.services.common.money import to_fen
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.in_shop import in_shop_ids

ZERO = Decimal(0)


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def reserved_for(s: Session, numbers: list[str] | None = None) -> dict[str, Decimal]:
    """What authorized work orders in the shop still wait for, by part number (all parts
    when ``numbers`` is None)."""
    if numbers is not None and not numbers:
        return {}
    q = (
        select(WorkOrderLine.part_number, func.sum(WorkOrderLine.reserved_qty - WorkOrderLine.issued_qty))
        .where(WorkOrderLine.work_order_id.in_(in_shop_ids(s)), WorkOrderLine.kind == "part",
               WorkOrderLine.approval == "approved", WorkOrderLine.reserved_qty > WorkOrderLine.issued_qty)
        .group_by(WorkOrderLine.part_number)
    )
    if numbers is not None:
        q = q.where(WorkOrderLine.part_number.in_(numbers))
    held = {n: Decimal(v or 0) for n, v in s.execute(q)}
    # Confirmed appointments hold theirs too, until the car arrives.
    booked = (select(AppointmentLine.part_number, func.sum(AppointmentLine.reserved_qty))
              .join(Appointment, and_(Appointment.id == AppointmentLine.appointment_id,
                                      Appointment.state == "confirmed"))
              .where(AppointmentLine.kind == "part", AppointmentLine.reserved_qty > 0)
              .group_by(AppointmentLine.part_number))
    if numbers is not None:
        booked = booked.where(AppointmentLine.part_number.in_(numbers))
    for number, qty in s.execute(booked):
        held[number] = held.get(number, ZERO) + Decimal(qty or 0)
    return held


def on_hand_of(s: Session, part_ids: list[int] | None = None) -> dict[int, Decimal]:
    """Stock on hand per part: the sum of its movements (every part when ``part_ids`` is
    None), as the database triggers keep it in ``part_stock``."""
    if part_ids is not None and not part_ids:
        return {}
    q = select(PartStock.part_id, PartStock.on_hand)
    if part_ids is not None:
        q = q.where(PartStock.part_id.in_(part_ids))
    return {pid: v or ZERO for pid, v in s.connection().execute(q)}  # Core: no ORM loading per row


def on_hand_at(s: Session, part_ids: list[int], at: datetime) -> dict[int, Decimal]:
    """Stock on hand per part as the ledger stood at ``at``."""
    if not part_ids:
        return {}
    q = (select(StockMovement.part_id, func.sum(StockMovement.quantity))
         .where(StockMovement.part_id.in_(part_ids), StockMovement.at <= at).group_by(StockMovement.part_id))
    return {pid: Decimal(v or 0) for pid, v in s.execute(q)}


def on_order(s: Session, part_ids: list[int] | None = None) -> dict[int, Decimal]:
    """Ordered and not yet received, per part, over the open purchase orders."""
    if part_ids is not None and not part_ids:
        return {}
    q = (select(PurchaseOrderLine.part_id, func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_qty))
         .join(PurchaseOrder).where(PurchaseOrder.state.in_(PO_OPEN))
         .group_by(PurchaseOrderLine.part_id))
    if part_ids is not None:
        q = q.where(PurchaseOrderLine.part_id.in_(part_ids))
    return {pid: Decimal(v or 0) for pid, v in s.execute(q)}


def last_ordered(s: Session) -> dict[int, datetime]:
    """When each part was last put on a purchase order."""
    q = (select(PurchaseOrderLine.part_id, func.max(PurchaseOrder.created_at))
         .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
         .group_by(PurchaseOrderLine.part_id))
    return {pid: at for pid, at in s.execute(q)}


def post_receipt(s: Session, part: Part, quantity: Decimal, unit_cost: Decimal, user: str,
                 reason: str = "", purchase_line_id: int | None = None) -> None:
    """Goods in: the moving-average cost takes the new price in by quantity (stock below
    zero, from issues allowed ahead of a delivery, carries no value into the average)."""
    have = max(on_hand_of(s, [part.id]).get(part.id, Decimal(0)), Decimal(0))
    part.cost = to_fen((have * part.cost + quantity * unit_cost) / (have + quantity))
    s.add(StockMovement(part_id=part.id, kind="receipt", quantity=quantity, unit_cost=unit_cost,
                        purchase_order_line_id=purchase_line_id, reason=reason, user=user))


def post_issue(s: Session, part: Part, quantity: Decimal, line_id: int | None, user: str,
               returning: bool = False) -> None:
    """A movement for parts handed out against a work order line, or brought back."""
    if not returning and not shop_settings.get(s, "allow_negative_stock"):
        have = on_hand_of(s, [part.id]).get(part.id, Decimal(0))
        if quantity > have:
            raise ValidationFailed({"quantity": _msg(QT_TRANSLATE_NOOP(
                "Validation", "Only {count} of {part} in stock."), count=have, part=part.number)})
    s.add(StockMovement(part_id=part.id, kind="return" if returning else "issue",
                        quantity=quantity if returning else -quantity, unit_cost=part.cost,
                        work_order_line_id=line_id, user=user))
