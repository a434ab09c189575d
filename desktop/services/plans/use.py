"""A maintenance plan's services used on work orders: the count is what the orders say
(the orders, not cancelled, with lines the plan pays), and whether an order may use one
more.  The work-order service calls ``check_use_in`` when "Use plan" puts the plan's
package on an order; nothing here reaches beyond the models and the plan's rules."""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from desktop.models import PlanContract, WorkOrder, WorkOrderLine
from desktop.services.core.errors import NotFound, Refused
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.plans.rules import plans as rules


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def used_counts(s: Session, ids: Any) -> dict[int, int]:
    """Services used per contract: the work orders (not cancelled) with its lines."""
    if isinstance(ids, list) and not ids:
        return {}
    return {c or 0: n for c, n in s.execute(
        select(WorkOrderLine.plan_contract_id, func.count(distinct(WorkOrderLine.work_order_id)))
        .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
        .where(WorkOrderLine.plan_contract_id.in_(ids), WorkOrder.state != "cancelled")
        .group_by(WorkOrderLine.plan_contract_id))}


def check_use_in(s: Session, order: WorkOrder, contract_id: int, package_id: int | None) -> PlanContract:
    """May this order use one service of the plan?  The contract row is locked until the
    caller's transaction ends, so two desks cannot both take the last service."""
    contract = s.get(PlanContract, contract_id, with_for_update=True)
    if contract is None:
        raise NotFound("plan", contract_id)
    day = order.opened_at.astimezone().date()
    if contract.kind != "maintenance":
        raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only a maintenance plan pays for services.")))
    if contract.vehicle_id != order.vehicle_id:
        raise Refused(_msg(QT_TRANSLATE_NOOP(
            "Validation", "Plan {number} is for another car; a plan is used only on its own car."),
            number=contract.number))
    state = rules.state_on(contract.state, contract.ends_on, day)
    if state != "active" or day < contract.starts_on:
        raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Plan {number} is {state} ({start} to {end})."),
                           number=contract.number, state=Message(rules.STATE_NAMES[
                               "not yet" if state == "active" else state], {}, "Plans"),
                           start=contract.starts_on, end=contract.ends_on))
    if contract.package_id is not None and package_id is not None and package_id != contract.package_id:
        raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Plan {number} pays for its own package only."),
                           number=contract.number))
    if any(x.plan_contract_id == contract.id for x in order.lines):
        raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This order already uses a service of plan {number}."),
                           number=contract.number))
    used = used_counts(s, [contract.id]).get(contract.id, 0)
    if used >= contract.services:
        raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Plan {number} has no service left ({used} of {total} "
                                             "used)."), number=contract.number, used=used, total=contract.services))
    return contract
