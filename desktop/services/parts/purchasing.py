"""Purchase orders (采购): made from the reorder review, one per supplier; sent; received
in one or several deliveries (each receipt is a ledger movement at the delivered price);
closed when nothing more is expected.  What is ordered and not yet received is "on
order" in the reorder review, so the review does not suggest it twice."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Part, PurchaseOrder, PurchaseOrderLine, Supplier
from desktop.models.parts import PO_OPEN
from desktop.services.common import limits
from desktop.services.common.spreadsheet import safe_writer
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.files import replacing
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.parts.ledger import post_receipt

PREFIX = "PO"


@dataclass(frozen=True)
class PurchaseLineView:
    id: int
    part_id: int
    number: str
    name: str
    quantity: Decimal
    received: Decimal
    unit_cost: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.quantity - self.received


@dataclass(frozen=True)
class PurchaseOrderView:
    id: int
    number: str
    version: int
    supplier: str
    state: str
    lines: tuple[PurchaseLineView, ...]
    created_at: datetime | None = None

    @property
    def total(self) -> Decimal:
        return sum((x.quantity * x.unit_cost for x in self.lines), Decimal(0))

    @property
    def outstanding(self) -> Decimal:
        """Pieces still expected (none once closed)."""
        if self.state not in PO_OPEN:
            return Decimal(0)
        return sum((x.remaining for x in self.lines), Decimal(0))


def _amount(raw: object) -> Decimal | None:
    value = limits.to_decimal(raw if str(raw).strip() else "0")
    return value if value is not None and value == value.quantize(Decimal("0.01")) else None


class PurchasingService(Service):

    def create_orders(self, quantities: Mapping[int, Decimal | str]) -> list[PurchaseOrderView]:
        """One draft purchase order per supplier for these parts and quantities (as the
        clerk left them after the review); parts at 0 are left out."""
        self.require("parts.purchase")
        parsed = {pid: _amount(q) for pid, q in quantities.items()}
        bad = {f"part{pid}": Message(QT_TRANSLATE_NOOP("Validation", "Enter a quantity of 0 or more."))
               for pid, q in parsed.items() if q is None or q < 0}
        for pid, q in parsed.items():
            if q and f"part{pid}" not in bad and (reason := limits.problem(q, "quantity")):
                bad[f"part{pid}"] = reason
        if bad:
            raise ValidationFailed(bad)
        wanted = {pid: q for pid, q in parsed.items() if q}
        if not wanted:
            raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "Nothing to order.")))
        with writing(self.db, self.user) as s:
            parts = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_(list(wanted))))}
            missing = [pid for pid in wanted if pid not in parts or parts[pid].supplier_id is None]
            if missing:
                names = ", ".join(parts[p].number if p in parts else str(p) for p in missing)
                raise Refused(Message(QT_TRANSLATE_NOOP(
                    "Validation", "Choose a supplier first for: {parts}."), {"parts": names}))
            year = datetime.now(UTC).astimezone().year
            by_supplier: dict[int, list[int]] = {}
            for pid in sorted(wanted):
                by_supplier.setdefault(parts[pid].supplier_id or 0, []).append(pid)
            made = []
            for supplier_id, pids in sorted(by_supplier.items()):
                seq = next_number(s, f"{PREFIX}{year}")
                order = PurchaseOrder(number=format_number(PREFIX, year, seq), supplier_id=supplier_id)
                s.add(order)
                s.flush()
                for pid in pids:
                    s.add(PurchaseOrderLine(purchase_order_id=order.id, part_id=pid, quantity=wanted[pid],
                                            unit_cost=parts[pid].cost))
                s.flush()
                made.append(self._view(s, order))
            return made

    def send(self, order_id: int, version: int) -> PurchaseOrderView:
        self.require("parts.purchase")
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            if order.state != "draft":
                raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "Only a draft order is sent.")))
            order.state = "sent"
            s.flush()
            return self._view(s, order)

    def receive(self, order_id: int, received: Mapping[int, Decimal | str],
                costs: Mapping[int, Decimal | str] | None = None) -> PurchaseOrderView:
        """A delivery: quantity per order line (and the price on the delivery note when it
        differs; the difference is kept in the audit trail).  Lines at 0 were not in this
        delivery.  Every line is checked before anything is posted."""
        self.require("parts.receive")
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id)
            if order.state not in ("sent", "partly_received"):
                raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "Only a sent order is received.")))
            lines = {x.id: x for x in s.scalars(select(PurchaseOrderLine).where(
                PurchaseOrderLine.purchase_order_id == order.id))}
            errors: dict[str, Message] = {}
            delivered: list[tuple[PurchaseOrderLine, Decimal, Decimal]] = []
            for line_id, raw in received.items():
                line = lines.get(line_id)
                if line is None:
                    raise NotFound("purchase order line", line_id)
                qty = _amount(raw)
                cost = _amount((costs or {}).get(line_id, line.unit_cost))
                if qty is None or qty < 0 or line.received_qty + qty > line.quantity:
                    errors[f"line{line_id}"] = Message(QT_TRANSLATE_NOOP(
                        "Validation", "{part}: at most {count} more can be received."),
                        {"part": self._part_number(s, line.part_id), "count": line.quantity - line.received_qty})
                elif qty and (reason := limits.problem(qty, "quantity")):
                    errors[f"line{line_id}"] = reason
                elif cost is not None and cost >= 0 and (reason := limits.problem(cost, "unit_cost")):
                    errors[f"cost{line_id}"] = reason
                elif cost is None or cost < 0:
                    errors[f"cost{line_id}"] = Message(QT_TRANSLATE_NOOP(
                        "Validation", "{part}: enter the unit cost on the delivery note."),
                        {"part": self._part_number(s, line.part_id)})
                elif qty > 0:
                    delivered.append((line, qty, cost))
            if errors:
                raise ValidationFailed(errors)
            if not delivered:
                raise ValidationFailed({"quantity": Message(QT_TRANSLATE_NOOP(
                    "Validation", "Enter the quantities delivered."))})
            for line, qty, cost in delivered:
                part = s.get(Part, line.part_id)
                assert part is not None
                post_receipt(s, part, qty, cost, self.user, reason=order.number, purchase_line_id=line.id)
                if cost != line.unit_cost:
                    audit.record(s, "price-difference", "purchase_order", order.id, part=part.number,
                                 ordered=str(line.unit_cost), delivered=str(cost))
                line.received_qty += qty
                s.flush()
            complete = all(x.received_qty >= x.quantity for x in lines.values())
            order.state = "received" if complete else "partly_received"
            s.flush()
            return self._view(s, order)

    def close(self, order_id: int, version: int) -> PurchaseOrderView:
        """Nothing more is expected (the rest will not come)."""
        self.require("parts.purchase")
        with writing(self.db, self.user) as s:
            order = self._order(s, order_id, version)
            if order.state not in PO_OPEN:
                raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "This order is closed already.")))
            order.state = "closed"
            s.flush()
            return self._view(s, order)

    def open_orders(self) -> list[PurchaseOrderView]:
        return self.orders(open_only=True)

    def orders(self, open_only: bool = True, limit: int = 500) -> list[PurchaseOrderView]:
        """Purchase orders, newest first (the open ones, or the last ``limit`` of all)."""
        with reading(self.db) as s:
            q = select(PurchaseOrder).order_by(PurchaseOrder.id.desc()).limit(limit)
            if open_only:
                q = q.where(PurchaseOrder.state.in_(PO_OPEN))
            return [self._view(s, o) for o in s.scalars(q)]

    def order(self, order_id: int) -> PurchaseOrderView:
        with reading(self.db) as s:
            return self._view(s, self._order(s, order_id))

    def export_order(self, order_id: int, path: Path) -> int:
        """The order as CSV for the supplier (until the printed order lands)."""
        self.require("parts.purchase")
        view = self.order(order_id)
        with replacing(path) as handle:
            writer = safe_writer(handle)
            writer.writerow(["采购单", view.number, "供应商", view.supplier])
            writer.writerow(["配件号", "名称", "数量", "单价", "金额"])
            for x in view.lines:
                writer.writerow([x.number, x.name, x.quantity, x.unit_cost, x.quantity * x.unit_cost])
            writer.writerow(["", "", "", "合计", view.total])
        return len(view.lines)

    def _part_number(self, s: Session, part_id: int) -> str:
        return s.scalar(select(Part.number).where(Part.id == part_id)) or ""

    def _order(self, s: Session, order_id: int, version: int | None = None) -> PurchaseOrder:
        order = s.get(PurchaseOrder, order_id)
        if order is None:
            raise NotFound("purchase order", order_id)
        if version is not None and order.version != version:
            raise StaleEdit()
        return order

    def _view(self, s: Session, order: PurchaseOrder) -> PurchaseOrderView:
        supplier = s.get(Supplier, order.supplier_id)
        rows = s.execute(
            select(PurchaseOrderLine, Part.number, Part.name).join(Part, Part.id == PurchaseOrderLine.part_id)
            .where(PurchaseOrderLine.purchase_order_id == order.id).order_by(PurchaseOrderLine.id)).all()
        return PurchaseOrderView(
            order.id, order.number, order.version, supplier.name if supplier else "", order.state,
            tuple(PurchaseLineView(x.id, x.part_id, number, name, x.quantity, x.received_qty, x.unit_cost)
                  for x, number, name in rows), order.created_at)
