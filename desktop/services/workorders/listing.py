"""The work-order list's query: one row per order, keyset paging, the filters.

``WorkOrderService.page`` and the comeback list build on these; a text filter finds the
cars and customers first, then their orders by index, so it scales to a dealer's decade.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, and_, or_, select, union
from sqlalchemy.orm import aliased

from desktop.models import Customer, Staff, Vehicle, WorkOrder, WorkOrderLine
from desktop.services.common.text import clean
from desktop.services.core.numbering import format_number
from desktop.services.customers.search import name_ids, plate_ids
from desktop.services.workorders.records import PREFIX, OrderFilter, WorkOrderRow

TEXT_MATCHES = 500  # cars or customers a text filter looks at

def staff_alias() -> type[Staff]:
    return cast("type[Staff]", aliased(Staff))


def rows_query() -> Select:  # type: ignore[type-arg]
    advisor = staff_alias()
    return (
        select(WorkOrder.id, WorkOrder.number, WorkOrder.state, WorkOrder.opened_at,
               Vehicle.plate, Customer.name, advisor.name, WorkOrder.promised_at,
               WorkOrder.concern, WorkOrder.rework_of_id)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(advisor, advisor.id == WorkOrder.advisor_id)
    )


def order_row(r: Sequence[Any]) -> WorkOrderRow:
    oid, number, state, opened, plate, customer, advisor, promised, concern, rework = r
    return WorkOrderRow(
        id=oid, number=number, state=state, opened_at=opened, plate=plate or "",
        customer=customer, advisor=advisor or "", promised_at=promised,
        concern=concern.splitlines()[0][:60] if concern else "",
        rework=rework is not None,
    )


def page_after(q: Select, after: WorkOrderRow | None) -> Select:  # type: ignore[type-arg]
    """Keyset paging: the orders listed after ``after`` (newest first)."""
    if after is None:
        return q
    return q.where(or_(WorkOrder.opened_at < after.opened_at,
                       and_(WorkOrder.opened_at == after.opened_at, WorkOrder.id < after.id)))


def filtered(q: Select, flt: OrderFilter, sqlite: bool = False) -> Select:  # type: ignore[type-arg]
    """The list's filters; ``sqlite``: a plate fragment is looked up in the file's trigram
    index (PostgreSQL's plain ``LIKE`` has its own, since 0024)."""
    if flt.states:
        q = q.where(WorkOrder.state.in_(list(flt.states)))
    if flt.advisor_id is not None:
        q = q.where(WorkOrder.advisor_id == flt.advisor_id)
    if flt.vehicle_id is not None:
        q = q.where(WorkOrder.vehicle_id == flt.vehicle_id)
    if flt.rework_only:
        q = q.where(WorkOrder.rework_of_id.is_not(None))
    if flt.since is not None:
        q = q.where(WorkOrder.opened_at >= datetime.combine(flt.since, datetime.min.time()).astimezone(UTC))
    if flt.until is not None:
        end = datetime.combine(flt.until + timedelta(days=1), datetime.min.time()).astimezone(UTC)
        q = q.where(WorkOrder.opened_at < end)
    if flt.payer:
        q = q.where(WorkOrder.id.in_(
            select(WorkOrderLine.work_order_id).where(WorkOrderLine.payer == flt.payer)))
    text = clean(flt.text).upper()
    if text:
        if text.startswith("WO"):
            q = q.where(WorkOrder.number.like(f"{text}%"))
        else:
            # Find the cars and customers first (narrow scans of their own indexes), then
            # their orders by index: scanning 300,000 orders for a plate would not scale.
            cars = plate_ids(text, sqlite, TEXT_MATCHES).scalar_subquery()
            people = name_ids(clean(flt.text), sqlite, TEXT_MATCHES).scalar_subquery()
            # Each match through its own index, united: an OR of the three would make
            # PostgreSQL walk the date index through every order, testing each.
            matches = [select(WorkOrder.id).where(WorkOrder.vehicle_id.in_(cars)),
                       select(WorkOrder.id).where(WorkOrder.customer_id.in_(people))]
            if text.isdigit() and len(text) <= 6:  # "123" is WO<year>-000123 of a recent year
                this_year = date.today().year
                numbers = [format_number(PREFIX, y, int(text)) for y in range(this_year - 5, this_year + 1)]
                matches.append(select(WorkOrder.id).where(WorkOrder.number.in_(numbers)))
            q = q.where(WorkOrder.id.in_(union(*matches)))
    return q
