"""A work-order line billed to the manufacturer (payer "warranty") names the component it
is claimed under, and that component must be in cover on the day the car came in at its
reception reading; otherwise only a manager's goodwill puts it on the manufacturer.  Its
price is the manufacturer's (the warranty labour rate; a part at the dealer's cost plus
the handling share), so the warranty invoice and the claim agree to the fen."""

from __future__ import annotations

from collections.abc import MutableMapping
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.models import WorkOrder, WorkOrderLine
from desktop.services.common.money import line_amount
from desktop.services.core.messages import Message
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.cover import read_coverage
from desktop.services.warranty.rules.claims import labour_price, part_price
from desktop.services.warranty.rules.coverage import COMPONENTS, EXCLUSIONS, REASONS, why_not


def out_of_cover(s: Session, order: WorkOrder, component: str) -> Message | None:
    """Why this component is not in cover for the order's car, or None when it is."""
    cover = read_coverage(s, order.vehicle_id, order.opened_at.astimezone().date(), order.odometer_km).of(component)
    return why_not(component, cover)


def manufacturer_price(s: Session, kind: str, unit_cost: Decimal, retail: Decimal) -> Decimal:
    """What the manufacturer pays for one hour or one piece (a part with no known cost: its price)."""
    if kind == "labour":
        return labour_price(Decimal(shop_settings.get(s, "warranty_labour_rate")))
    if unit_cost > 0:
        return part_price(unit_cost, Decimal(shop_settings.get(s, "warranty_parts_handling_pct")))
    return retail


def at_manufacturer_prices(s: Session, values: MutableMapping[str, object]) -> None:
    """A new or changed line's values, priced for the manufacturer when it pays."""
    if values.get("payer") != "warranty":
        return
    qty = Decimal(str(values["quantity"]))
    price = manufacturer_price(s, str(values["kind"]), Decimal(str(values.get("unit_cost") or 0)),
                               Decimal(str(values["unit_price"])))
    values.update(unit_price=price, discount_pct=Decimal(0), amount=line_amount(qty, price))


def reprice(s: Session, line: WorkOrderLine) -> None:
    """A line just handed to the manufacturer (a campaign's, a PDI): at its prices."""
    if line.payer == "warranty":
        line.unit_price = manufacturer_price(s, line.kind, line.unit_cost, line.unit_price)
        line.discount_pct = Decimal(0)
        line.amount = line_amount(line.quantity, line.unit_price)


__all__ = ["COMPONENTS", "EXCLUSIONS", "REASONS", "at_manufacturer_prices", "out_of_cover", "reprice"]
