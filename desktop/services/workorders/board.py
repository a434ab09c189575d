"""The workshop board (车间看板): every car in the shop now, the technicians' load and the
free bays.  A car whose promised time has passed is late until the customer has been told
(a "takes longer" notice sets the new time)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Bay, Customer, Staff, Vehicle, WorkOrder
from desktop.services.workorders.in_shop import in_shop_ids
from desktop.services.workorders.listing import staff_alias
from desktop.services.workorders.records import BayView, Board, BoardCar, StaffView


def read_board(s: Session, now: datetime) -> Board:
    """Every car in the shop now, with free technicians and bays."""
    tech = staff_alias()
    q = (
        select(WorkOrder, Vehicle.plate, Vehicle.make, Vehicle.model, Customer.name,
               Bay.name, tech.name)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(Bay, Bay.id == WorkOrder.bay_id)
        .outerjoin(tech, tech.id == WorkOrder.technician_id)
        .where(WorkOrder.id.in_(in_shop_ids(s)))
        .order_by(WorkOrder.promised_at.is_(None), WorkOrder.promised_at, WorkOrder.id)
    )
    cars = tuple(
        BoardCar(
            id=o.id, number=o.number, version=o.version, plate=plate or "",
            vehicle=" ".join(x for x in (make, model) if x), customer=cname,
            state=o.state, bay_id=o.bay_id, bay=bay or "", technician_id=o.technician_id,
            technician=tname or "", promised_at=o.promised_at,
            overdue=o.promised_at is not None and o.promised_at < now and o.state not in ("washing", "ready"),
            waiting_parts=o.state == "waiting_parts",
        )
        for o, plate, make, model, cname, bay, tname in cast("list[Any]", s.execute(q).all())
    )
    load: dict[int, int] = {}
    for car in cars:
        if car.technician_id is not None and car.state != "ready":
            load[car.technician_id] = load.get(car.technician_id, 0) + 1
    techs = s.scalars(select(Staff).where(Staff.active.is_(True), Staff.role == "technician")
                      .order_by(Staff.name))
    in_bay = {c.bay_id: c.plate for c in cars if c.bay_id is not None}
    bays = s.scalars(select(Bay).where(Bay.active.is_(True)).order_by(Bay.name))
    return Board(
        cars=cars,
        technicians=tuple((StaffView(t.id, t.name, t.role), load.get(t.id, 0)) for t in techs),
        bays=tuple((BayView(b.id, b.name), in_bay.get(b.id, "")) for b in bays),
    )
