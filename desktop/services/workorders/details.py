"""A work order as the screens show it: reception, lines with their payer and approval,
who did what, the history of its states, and the totals per payer (approved, and the
additional work that waits for the customer)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Bay, Customer, Staff, Vehicle, WorkOrder
from desktop.services.common.money import totals
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.records import EventView, LineView, WorkOrderDetail


def order_detail(s: Session, order: WorkOrder) -> WorkOrderDetail:
    vehicle = s.get(Vehicle, order.vehicle_id)
    customer = s.get(Customer, order.customer_id)
    assert vehicle is not None and customer is not None
    staff_ids = {order.advisor_id, order.technician_id, order.inspected_by_id, order.washed_by_id,
                 *(line.technician_id for line in order.lines)} - {None}
    names: dict[int | None, str] = {
        sid: name for sid, name in s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids)))
    }
    bay = s.get(Bay, order.bay_id) if order.bay_id else None
    rework_number = ""
    if order.rework_of_id:
        rework_number = s.scalar(select(WorkOrder.number).where(WorkOrder.id == order.rework_of_id)) or ""
    lines = tuple(
        LineView(
            id=x.id, position=x.position, kind=x.kind, description=x.description,
            part_number=x.part_number, quantity=x.quantity, unit_price=x.unit_price,
            discount_pct=x.discount_pct, amount=x.amount, payer=x.payer,
            technician=names.get(x.technician_id, ""), approval=x.approval,
            additional=x.additional, approved_by=x.approved_by, approved_at=x.approved_at,
            approval_method=x.approval_method, reserved_qty=x.reserved_qty,
            issued_qty=x.issued_qty, returned_qty=x.returned_qty, vat_rate=x.vat_rate,
            warranty_component=x.warranty_component, goodwill_by=x.goodwill_by,
        )
        for x in order.lines
    )
    vat = Decimal(shop_settings.get(s, "vat_rate"))
    return WorkOrderDetail(
        id=order.id, number=order.number, version=order.version, state=order.state,
        customer_id=customer.id, customer_name=customer.name, vehicle_id=vehicle.id,
        plate=vehicle.plate or "", vin=vehicle.vin or "",
        vehicle=" ".join(x for x in (vehicle.make, vehicle.model, vehicle.series) if x),
        opened_at=order.opened_at, odometer_km=order.odometer_km,
        fuel_eighths=order.fuel_eighths, damage_notes=order.damage_notes,
        belongings=order.belongings, key_tag=order.key_tag, concern=order.concern,
        diagnosis=order.diagnosis, estimate_mode=order.estimate_mode,
        advisor_id=order.advisor_id, advisor=names.get(order.advisor_id, ""),
        promised_at=order.promised_at, customer_parts=order.customer_parts,
        authorized_by=order.authorized_by, authorized_at=order.authorized_at,
        technician_id=order.technician_id, technician=names.get(order.technician_id, ""),
        bay_id=order.bay_id, bay=bay.name if bay else "",
        inspected_by=names.get(order.inspected_by_id, ""),
        rework_of_id=order.rework_of_id, rework_of_number=rework_number,
        cancel_reason=order.cancel_reason, delivered_at=order.delivered_at,
        washed_by=names.get(order.washed_by_id, ""), washed_at=order.washed_at,
        release_reason=order.release_reason, fee_waived_by=order.fee_waived_by,
        documents_in=order.documents_in, documents_returned_to=order.documents_returned_to,
        documents_returned_at=order.documents_returned_at, non_original_parts=order.non_original_parts,
        lines=lines,
        events=tuple(EventView(e.at, e.user, e.from_state, e.to_state, e.note) for e in order.events),
        totals=totals(((x.payer, x.kind, x.amount, x.vat_rate) for x in lines if x.approval == "approved"), vat),
        pending=totals(((x.payer, x.kind, x.amount, x.vat_rate) for x in lines if x.approval == "pending"), vat),
        old_parts_choice=order.old_parts_choice, old_parts_outcome=order.old_parts_outcome,
    )
