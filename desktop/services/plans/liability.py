"""What the shop owes its customers for money paid in advance (预收款), by month: the
cards' balances (money paid in and its bonus, less what was used and paid back) and the
plans' unused value (a maintenance plan's services not yet used, a warranty or
assistance year's days not yet run).  The cards' balance at a month's end is the sum of
their ledger to that day, so it always equals money paid in minus money used."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import CardEntry, PlanContract, WorkOrder, WorkOrderLine
from desktop.services.billing.ledger import local_midnight
from desktop.services.common.money import ZERO
from desktop.services.plans.records import LiabilityMonth
from desktop.services.plans.rules import plans as rules


def month_ends(last: date, months: int) -> list[tuple[date, date]]:
    """The first and last day of the ``months`` months to the one holding ``last``."""
    out = []
    first = last.replace(day=1)
    for _ in range(months):
        end = rules.ends_on(first, 1)
        out.append((first, end))
        first = rules.add_months(first, -1)
    return out[::-1]


def liability(s: Session, until: date, months: int = 12) -> list[LiabilityMonth]:
    spans = month_ends(until, months)
    start = local_midnight(spans[0][0])
    opening = Decimal(s.scalar(select(func.sum(CardEntry.amount)).where(CardEntry.at < start)) or 0)
    flows: dict[tuple[int, str], Decimal] = {}
    rows = s.execute(select(CardEntry.at, CardEntry.kind, CardEntry.amount).where(
        CardEntry.at >= start, CardEntry.at < local_midnight(spans[-1][1] + timedelta(days=1)))).all()
    for at, kind, amount in rows:
        day = at.astimezone().date()
        i = next(k for k, (a, b) in enumerate(spans) if a <= day <= b)
        flows[(i, kind)] = flows.get((i, kind), ZERO) + amount
    contracts = s.execute(select(PlanContract.id, PlanContract.kind, PlanContract.price, PlanContract.services,
                                 PlanContract.starts_on, PlanContract.ends_on, PlanContract.state,
                                 PlanContract.updated_at, PlanContract.sold_at)
                          .where(PlanContract.ends_on >= spans[0][1])).all()
    uses: dict[int, list[date]] = {}
    for cid, opened in s.execute(
            select(WorkOrderLine.plan_contract_id, WorkOrder.opened_at).distinct()
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(WorkOrderLine.plan_contract_id.in_([c.id for c in contracts]), WorkOrder.state != "cancelled")):
        if cid is not None:
            uses.setdefault(cid, []).append(opened.astimezone().date())
    out = []
    balance = opening
    for i, (_first, last) in enumerate(spans):
        def flow(*kinds: str, i: int = i) -> Decimal:
            return sum((flows.get((i, k), ZERO) for k in kinds), ZERO)
        balance += sum((a for (k, _), a in flows.items() if k == i), ZERO)
        plans = ZERO
        for c in contracts:
            if c.sold_at.astimezone().date() > last:
                continue
            if c.state != "active" and c.updated_at.astimezone().date() <= last:
                continue  # refunded by then
            used = sum(1 for d in uses.get(c.id, ()) if d <= last)
            plans += rules.unused_value(c.price, c.services, used, c.starts_on, c.ends_on, last, c.kind)
        out.append(LiabilityMonth(last.strftime("%Y-%m"), flow("load", "import"), flow("bonus"), -flow("spend"),
                                  -flow("refund"), balance, plans))
    return out
