"""Reading appointments into rows in bulk: one query for the appointments with their
people, one for the phones, one for the earlier no-shows, one for the parts short."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Appointment, AppointmentLine, Bay, Customer, Staff, Vehicle, WorkOrder
from desktop.services.aftercare.people import phones
from desktop.services.appointments.records import AppointmentRow


def rows_query() -> Any:
    advisor = cast("type[Staff]", aliased(Staff))
    tech = cast("type[Staff]", aliased(Staff))
    return (select(Appointment.id, Appointment.number, Appointment.slot_at, Appointment.state,
                   Appointment.advisor_id, advisor.name, Appointment.customer_id, Customer.name,
                   Appointment.caller_name, Appointment.caller_phone, Appointment.caller_plate, Vehicle.id,
                   Vehicle.plate, Vehicle.make, Vehicle.model, Appointment.concern, Appointment.work_minutes,
                   tech.name, Bay.name, Appointment.source, Appointment.channel, Appointment.buffer_override_by,
                   Appointment.confirmed_at, Appointment.work_order_id, WorkOrder.number)
            .join(advisor, advisor.id == Appointment.advisor_id)
            .outerjoin(Customer, Customer.id == Appointment.customer_id)
            .outerjoin(Vehicle, Vehicle.id == Appointment.vehicle_id)
            .outerjoin(tech, tech.id == Appointment.technician_id)
            .outerjoin(Bay, Bay.id == Appointment.bay_id)
            .outerjoin(WorkOrder, WorkOrder.id == Appointment.work_order_id))


def to_rows(s: Session, found: Sequence[Any]) -> list[AppointmentRow]:
    customer_ids = {r[6] for r in found if r[6] is not None}
    phone = phones(s, customer_ids)
    no_shows: dict[int, int] = {}
    if customer_ids:
        no_shows = {int(cid or 0): int(n) for cid, n in s.execute(
            select(Appointment.customer_id, func.count()).where(
                Appointment.customer_id.in_(sorted(customer_ids)), Appointment.state == "no_show")
            .group_by(Appointment.customer_id))}
    ids = [r[0] for r in found]
    short = set(s.scalars(select(AppointmentLine.appointment_id).where(
        AppointmentLine.appointment_id.in_(ids), AppointmentLine.to_order > 0))) if ids else set()
    out = []
    for (aid, number, slot_at, state, advisor_id, advisor, cid, name, caller, caller_phone, caller_plate, vid, plate,
         make, model, concern, minutes, tech, bay, source, channel, override, confirmed, oid, onum) in found:
        out.append(AppointmentRow(
            id=aid, number=number, slot_at=slot_at, state=state, advisor_id=advisor_id, advisor=advisor,
            customer_id=cid, customer=name if cid is not None else caller,
            phone=phone.get(cid, "") if cid is not None else caller_phone,
            plate=(plate or "") if vid is not None else caller_plate, vehicle_id=vid,
            vehicle=f"{make} {model}".strip() if vid is not None else "",
            concern=concern.splitlines()[0][:80] if concern else "", work_minutes=minutes, technician=tech or "",
            bay=bay or "", source=source, channel=channel, into_buffer=bool(override), confirmed_at=confirmed,
            work_order_id=oid, order_number=onum or "", parts_short=aid in short,
            no_shows=no_shows.get(cid, 0) if cid is not None else 0))
    return out
