"""The split of an accident bill written onto its work order's lines (rules.split says how):
the insurer's lines at their assessed amount less their share of the deductible and
betterment, the customer's two share lines, the refused items kept or not done, and a
waiver lowering the customer's lines."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.models import AccidentCase, AccidentLine, WorkOrder, WorkOrderLine
from desktop.services.common.money import line_amount
from desktop.services.insurance.rules.split import allocate

ZERO = Decimal(0)
SHARE_TEXT = {"deductible": "事故免赔额（客户自付）", "betterment": "折旧/残值（客户自付）"}


def write_split(s: Session, case: AccidentCase, user: str) -> None:
    order = s.get(WorkOrder, case.work_order_id)
    assert order is not None
    lines = {x.id: x for x in order.lines}
    items = [x for x in case.lines if x.kind == "item"]
    accepted = [x for x in items if not x.refused]
    shares = allocate([x.assessed for x in accepted], case.deductible + case.betterment)
    for x, share in zip(accepted, shares, strict=True):
        _set(lines[x.work_order_line_id], "insurance", x.assessed - share)
    for x in items:
        if x.refused:
            line = lines[x.work_order_line_id]
            if x.customer_keeps:
                _set(line, "customer", x.estimate)
            else:
                line.approval = "declined"  # not done: the insurer refused it, the customer does not want it
    customer: list[tuple[AccidentLine, WorkOrderLine]] = []
    for role, amount in (("deductible", case.deductible), ("betterment", case.betterment)):
        row = next((x for x in case.lines if x.kind == role), None)
        if amount <= 0 and row is None:
            continue
        if row is None:
            line = WorkOrderLine(kind="labour", description=SHARE_TEXT[role], quantity=Decimal(1),
                                 unit_price=amount, amount=amount, payer="customer", approval="approved",
                                 position=max((x.position for x in order.lines), default=0) + 1)
            order.lines.append(line)
            s.flush()
            row = AccidentLine(work_order_line_id=line.id, estimate=amount, kind=role)
            case.lines.append(row)
            lines[line.id] = line
        row.estimate = amount
        line = lines[row.work_order_line_id]
        line.approval = "approved" if amount > 0 else "declined"
        _set(line, "customer", amount, price=amount)
        customer.append((row, line))
    customer += [(x, lines[x.work_order_line_id]) for x in items if x.refused and x.customer_keeps]
    waived = allocate([line.amount for _row, line in customer], case.waived)
    for (row, line), cut in zip(customer, waived, strict=True):
        # the customer's own share lines are priced at what is left (no "discount" to approve twice)
        _set(line, "customer", line.amount - cut, price=line.amount - cut if row.kind != "item" else None)
    order.updated_by = user


def _set(line: WorkOrderLine, payer: str, amount: Decimal, price: Decimal | None = None) -> None:
    """A line's payer and amount; its discount shows how far the amount is below its price."""
    line.payer = payer
    if price is not None:
        line.unit_price = price
    gross = line_amount(line.quantity, line.unit_price)
    line.amount = amount
    line.discount_pct = ((1 - amount / gross) * 100).quantize(Decimal("0.01")) if gross > 0 else ZERO
    line.discount_pct = min(max(line.discount_pct, ZERO), Decimal(100))
