"""What the parts screens send and get back: the part's form, its stock as shown, a line
of the ABC analysis, a reorder suggestion.  Plain dataclasses, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass
class PartForm:
    number: str
    name: str
    brand: str = ""
    oem: bool = True
    unit: str = "件"
    bin: str = ""
    supplier_id: int | None = None
    lead_time_days: int | str | None = None  # None or empty: the supplier's
    pack_size: Decimal | str = Decimal(1)
    min_order: Decimal | str = Decimal(0)
    price: Decimal | str = Decimal(0)
    review_days: int | str | None = None  # None or empty: the class's review period
    service_level: Decimal | str | None = None  # None: the class's; a fraction (0.97) or a percentage (97)


@dataclass(frozen=True)
class AbcRow:
    """One part in the ABC analysis: its consumption value over the last 12 months, its
    share and the cumulative share of all parts ranked above it (the Pareto curve)."""

    part_id: int
    number: str
    name: str
    value: Decimal
    share: float
    cumulative: float
    abc_class: str
    on_hand: Decimal
    dead: bool  # stock on the shelf and no movement for 12 months
    current_class: str = ""  # the class the part has now (reclassifying would give abc_class)
    picks: int = 0  # how often it was issued in the 12 months: the trade ranks by frequency too
    pinned: str = ""  # the reason, when the parts clerk pinned its class


@dataclass(frozen=True)
class StockView:
    part_id: int
    number: str
    name: str
    bin: str
    abc_class: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    cost: Decimal
    price: Decimal
    value: Decimal
    version: int
    on_order: Decimal = Decimal(0)


@dataclass(frozen=True)
class Suggestion:
    part_id: int
    number: str
    name: str
    supplier: str
    abc_class: str
    review_days: int
    ceiling: int
    on_hand: Decimal
    on_order: Decimal
    reserved: Decimal
    quantity: Decimal
    unit_cost: Decimal
    due: bool = True  # its review period T has passed since it was last ordered (or it never was)
    last_ordered: datetime | None = None
