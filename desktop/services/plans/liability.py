"""What the shop owes its customers for money paid in advance (预收款), by month: the
cards' balances (money paid in and its bonus, less what was used and paid back) and the
plans' unused value (a maintenance plan's services not yet used, a warranty or
assistance year's days not yet run).  The cards' balance at a month's end is the sum of
their ledger to that day, so it always equals money paid in minus money used.

The card flows are summed by month in the database (each row placed by the local
month boundaries); the plans' value is worked out per contract in whole fen, rounded half
up as ``rules.unused_value`` does."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from desktop.models import CardEntry, PlanContract, WorkOrder, WorkOrderLine
from desktop.models.base import UTCDateTime
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


def _fen(value: Decimal) -> int:
    return int(value * 100)


def unused_fen(price: int, kind: str, services: int, used: int, starts: int, ends: int, day: int) -> int:
    """``rules.unused_value`` in whole fen on day ordinals (the hot loop of the report)."""
    if day > ends:
        return 0
    if kind == "maintenance":
        if services <= 0:
            return 0
        num, den = price * max(services - used, 0), services
    else:
        total = ends - starts + 1
        num, den = price * (min(ends - day + 1, total) if day >= starts else total), total
    return (2 * num + den) // (2 * den)  # half up


def liability(s: Session, until: date, months: int = 12) -> list[LiabilityMonth]:
    spans = month_ends(until, months)
    bounds = [local_midnight(first) for first, _ in spans] + [local_midnight(spans[-1][1] + timedelta(days=1))]
    opening = Decimal(s.scalar(select(func.sum(CardEntry.amount)).where(CardEntry.at < bounds[0])) or 0)
    bucket = case(*[(CardEntry.at < literal(b, UTCDateTime()), i) for i, b in enumerate(bounds[1:])], else_=-1)
    flows: dict[tuple[int, str], Decimal] = {}
    for month_no, kind, amount in s.execute(
            select(bucket, CardEntry.kind, func.sum(CardEntry.amount)).where(
                CardEntry.at >= bounds[0], CardEntry.at < bounds[-1]).group_by(bucket, CardEntry.kind)):
        flows[(int(str(month_no)), str(kind))] = Decimal(str(amount or 0))
    contracts = s.execute(select(PlanContract.id, PlanContract.kind, PlanContract.price, PlanContract.services,
                                 PlanContract.starts_on, PlanContract.ends_on, PlanContract.state,
                                 PlanContract.updated_at, PlanContract.sold_at)
                          .where(PlanContract.ends_on >= spans[0][1])).all()
    uses: dict[int, list[int]] = {}
    maintenance = [c.id for c in contracts if c.kind == "maintenance"]
    for cid, opened in s.execute(
            select(WorkOrderLine.plan_contract_id, WorkOrder.opened_at).distinct()
            .join(WorkOrder, WorkOrder.id == WorkOrderLine.work_order_id)
            .where(WorkOrderLine.plan_contract_id.in_(maintenance), WorkOrder.state != "cancelled")):
        if cid is not None:
            uses.setdefault(cid, []).append(opened.astimezone().date().toordinal())
    for days in uses.values():
        days.sort()
    lasts = [last.toordinal() for _first, last in spans]
    plans = [0] * len(spans)
    for c in contracts:
        sold = c.sold_at.astimezone().date().toordinal()
        gone = c.updated_at.astimezone().date().toordinal() if c.state != "active" else None  # refunded by then
        price, starts, ends = _fen(c.price), c.starts_on.toordinal(), c.ends_on.toordinal()
        days = uses.get(c.id, [])
        for n, end_n in enumerate(lasts):
            if sold > end_n or (gone is not None and gone <= end_n) or end_n > ends:
                continue
            plans[n] += unused_fen(price, c.kind, c.services, bisect_right(days, end_n), starts, ends, end_n)
    out = []
    balance = opening
    for i, (_first, last) in enumerate(spans):
        def flow(*kinds: str, i: int = i) -> Decimal:
            return sum((flows.get((i, k), ZERO) for k in kinds), ZERO)
        balance += sum((a for (k, _), a in flows.items() if k == i), ZERO)
        out.append(LiabilityMonth(last.strftime("%Y-%m"), flow("load", "import"), flow("bonus"), -flow("spend"),
                                  -flow("refund"), balance, Decimal(plans[i]) / 100))
    return out
