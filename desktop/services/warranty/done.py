"""A campaign carried out: in the delivery's own transaction, the campaigns whose work was
on the delivered order are done for that car (the work-order service calls it)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import RecallVehicle, Vehicle, WorkOrder


def recalls_done(s: Session, order: WorkOrder) -> None:
    """In the delivery's transaction: the campaigns carried out on this order are done for the car."""
    campaigns = {x.recall_id for x in order.lines if x.recall_id is not None and x.approval == "approved"}
    vin = s.scalar(select(Vehicle.vin).where(Vehicle.id == order.vehicle_id))
    if not campaigns or not vin:
        return
    for row in s.scalars(select(RecallVehicle).where(RecallVehicle.campaign_id.in_(campaigns),
                                                     RecallVehicle.vin == vin, RecallVehicle.done_on.is_(None))):
        row.done_on, row.work_order_id, row.vehicle_id = date.today(), order.id, order.vehicle_id
