"""A customer or a car as the screens show it (客户详情 / 车辆详情): read from the rows into
plain frozen dataclasses that a view may keep after the session is gone: the cars with
their last odometer reading, the owners over time, the visits in the car's history."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Appointment,
    Complaint,
    Contact,
    Customer,
    OdometerReading,
    Staff,
    Vehicle,
    WorkOrder,
)
from desktop.services.aftercare.rules.complaints import STATES as COMPLAINT_STATES
from desktop.services.appointments.records import STATES as APPOINTMENT_STATES
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.customers.records import (
    CustomerDetail,
    HistoryEvent,
    OrderMark,
    Ownership,
    Reading,
    VehicleDetail,
    VehicleSummary,
    legacy_pairs,
    vehicle_history,
)


def last_readings(session: Session, vehicle_ids: Sequence[int]) -> dict[int, OdometerReading]:
    """The latest odometer reading of each vehicle."""
    if not vehicle_ids:
        return {}
    latest = (
        select(OdometerReading.vehicle_id, func.max(OdometerReading.read_at).label("at"))
        .where(OdometerReading.vehicle_id.in_(vehicle_ids))
        .group_by(OdometerReading.vehicle_id)
        .subquery()
    )
    rows = session.scalars(
        select(OdometerReading)
        .join(
            latest,
            and_(
                OdometerReading.vehicle_id == latest.c.vehicle_id,
                OdometerReading.read_at == latest.c.at,
            ),
        )
        .order_by(OdometerReading.id)
    )
    return {r.vehicle_id: r for r in rows}



def vehicle_summary(vehicle: Vehicle, last_km: int | None) -> VehicleSummary:
    return VehicleSummary(
        id=vehicle.id,
        plate=vehicle.plate or "",
        vin=vehicle.vin or "",
        make=vehicle.make,
        model=vehicle.model,
        series=vehicle.series,
        model_year=vehicle.model_year,
        colour=vehicle.colour,
        last_km=last_km,
        archived=vehicle.archived_at is not None,
    )



def customer_detail(s: Session, customer: Customer) -> CustomerDetail:
    vehicles = list(customer.vehicles)
    last = last_readings(s, [v.id for v in vehicles])
    return CustomerDetail(
        id=customer.id,
        version=customer.version,
        kind=customer.kind,
        name=customer.name,
        phones=tuple(p.number for p in customer.phones),
        address=customer.address,
        tax_id=customer.tax_id,
        notes=customer.notes,
        tags=tuple(t.tag for t in customer.tags),
        preferred_contact=customer.preferred_contact,
        consent_contact=customer.consent_contact,
        advisor_id=customer.advisor_id,
        advisor=(s.scalar(select(Staff.name).where(Staff.id == customer.advisor_id)) or "")
        if customer.advisor_id else "",
        archived=customer.archived_at is not None,
        archive_reason=customer.archive_reason,
        merged_into_id=customer.merged_into_id,
        created_at=customer.created_at,
        created_by=customer.created_by,
        vehicles=tuple(
            vehicle_summary(v, last[v.id].km if v.id in last else None) for v in vehicles
        ),
        legacy_id=customer.legacy_id or "",
        legacy=legacy_pairs(customer.legacy),
    )

def vehicle_detail(s: Session, vehicle: Vehicle) -> VehicleDetail:
    s.refresh(vehicle, attribute_names=["readings", "ownerships"])
    readings = tuple(
        Reading(r.km, r.read_at, r.source, r.reason, r.recorded_by) for r in vehicle.readings
    )
    names: dict[int, str] = {
        cid: name
        for cid, name in s.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({o.customer_id for o in vehicle.ownerships})
            )
        )
    }
    owners = tuple(
        Ownership(o.customer_id, names.get(o.customer_id, "?"), o.since, o.until, o.note)
        for o in vehicle.ownerships
    )
    return VehicleDetail(
        id=vehicle.id,
        version=vehicle.version,
        customer_id=vehicle.customer_id,
        customer_name=vehicle.customer.name,
        plate=vehicle.plate or "",
        plate_override_reason=vehicle.plate_override_reason,
        vin=vehicle.vin or "",
        vin_override_reason=vehicle.vin_override_reason,
        make=vehicle.make,
        model=vehicle.model,
        series=vehicle.series,
        model_year=vehicle.model_year,
        colour=vehicle.colour,
        engine_no=vehicle.engine_no,
        purchase_date=vehicle.purchase_date,
        warranty_start=vehicle.warranty_start,
        notes=vehicle.notes,
        archived=vehicle.archived_at is not None,
        readings=readings,
        owners=owners,
        history=tuple(sorted((*vehicle_history(readings, owners, orders_of(s, vehicle.id)),
                              *care_of(s, vehicle.id)), key=lambda e: e.at, reverse=True)),
    )


def care_of(s: Session, vehicle_id: int) -> list[HistoryEvent]:
    """The car's appointments, the follow-up calls about it (with their average score)
    and its complaints."""
    events = []
    scores = (Contact.reception, Contact.quality, Contact.timeliness, Contact.price, Contact.cleanliness,
              Contact.recommend)
    for at, reached, notes, *given in s.execute(select(Contact.at, Contact.reached, Contact.notes, *scores).where(
            Contact.vehicle_id == vehicle_id, Contact.kind == "followup")):
        values = [v for v in given if v is not None]
        average = f"{sum(values) / len(values):.1f}" if values else "—"
        text = (QT_TRANSLATE_NOOP("History", "Follow-up call: reached, score {score}. {notes}") if reached
                else QT_TRANSLATE_NOOP("History", "Follow-up call: not reached"))
        events.append(HistoryEvent(at, "follow_up", Message(text, {"score": average, "notes": notes[:60]},
                                                            "History")))
    for aid, number, at, state, concern in s.execute(select(
            Appointment.id, Appointment.number, Appointment.slot_at, Appointment.state, Appointment.concern).where(
            Appointment.vehicle_id == vehicle_id)):
        events.append(HistoryEvent(at, "appointment", Message(QT_TRANSLATE_NOOP(
            "History", "Appointment {number} ({state}): {concern}"), {"number": number, "state": Message(
                APPOINTMENT_STATES.get(state, state), {}, "Appointments"), "concern": concern.splitlines()[0][:60]
                if concern else ""}, "History"), aid))
    for cid, number, at, state, text in s.execute(select(Complaint.id, Complaint.number, Complaint.received_at,
                                                         Complaint.state, Complaint.description).where(
            Complaint.vehicle_id == vehicle_id)):
        events.append(HistoryEvent(at, "complaint", Message(QT_TRANSLATE_NOOP(
            "History", "Complaint {number} ({state}): {text}"), {"number": number, "state": Message(
                COMPLAINT_STATES.get(state, state), {}, "Complaints"), "text": text.splitlines()[0][:60] if text
                else ""}, "History"), cid))
    return events


def orders_of(s: Session, vehicle_id: int) -> list[OrderMark]:
    q = (
        select(WorkOrder.id, WorkOrder.number, WorkOrder.state, WorkOrder.opened_at,
               WorkOrder.odometer_km, WorkOrder.concern)
        .where(WorkOrder.vehicle_id == vehicle_id)
        .order_by(WorkOrder.opened_at.desc())
    )
    return [OrderMark(*row) for row in s.execute(q)]
