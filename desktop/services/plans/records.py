"""What the plans and cards services take and hand back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class ProductForm:
    code: str
    name: str
    kind: str  # extension | maintenance | roadside | card
    price: Decimal | str  # excl. VAT; a card: what is paid in
    months: int | str = 12
    km: int | str = 0
    covers: str = ""  # extension: warranty components, comma-separated
    services: int | str = 0
    package_id: int | None = None
    extras: str = ""
    callouts: int | str = 0
    tow_km: int | str = 0
    bonus: Decimal | str = Decimal(0)
    level_id: int | None = None
    terms: str = ""
    active: bool = True


@dataclass(frozen=True)
class ProductView:
    id: int
    code: str
    name: str
    kind: str
    price: Decimal
    months: int
    km: int
    covers: str
    services: int
    package_id: int | None
    package: str
    extras: str
    callouts: int
    tow_km: int
    bonus: Decimal
    level_id: int | None
    level: str
    terms: str
    active: bool


@dataclass(frozen=True)
class LevelView:
    id: int
    name: str
    position: int
    labour_pct: Decimal
    parts_pct: Decimal
    points_per_yuan: Decimal


@dataclass
class SaleForm:
    product_id: int
    customer_id: int
    vehicle_id: int
    starts_on: date | None = None  # None: today (an extension: the day the factory cover ends)


@dataclass(frozen=True)
class ContractView:
    id: int
    number: str
    kind: str
    name: str
    customer_id: int
    customer: str
    phone: str
    vehicle_id: int
    plate: str
    vin: str
    starts_on: date
    ends_on: date
    state: str  # active | expired | used up | refunded | cancelled
    services: int
    used: int
    callouts: int
    km: int
    tow_km: int
    covers: str
    extras: str
    terms: str
    price: Decimal
    unused: Decimal  # still owed to the customer today
    invoice_id: int | None
    invoice: str
    sold_by: str
    sold_at: datetime
    package_id: int | None
    package: str
    uses: tuple[tuple[str, date], ...] = field(default=())  # work order number, day

    @property
    def left(self) -> int:
        return max(self.services - self.used, 0)


@dataclass(frozen=True)
class CardView:
    id: int
    number: str
    customer_id: int
    customer: str
    phone: str
    level_id: int | None
    level: str
    balance: Decimal
    points: int
    state: str
    has_pin: bool
    issued_at: datetime
    expires_on: date | None
    replaces: str
    paid_in: Decimal
    bonus: Decimal
    used: Decimal


@dataclass(frozen=True)
class EntryView:
    id: int
    at: datetime
    by: str
    kind: str
    amount: Decimal
    points: int
    method: str
    reference: str
    invoice: str
    balance_after: Decimal
    points_after: int
    note: str


@dataclass(frozen=True)
class LiabilityMonth:
    """One month of what the shop owes its customers for money paid in advance."""

    month: str  # 2026-11
    paid_in: Decimal  # cards loaded
    bonus: Decimal
    used: Decimal  # paid with cards
    refunded: Decimal
    cards_end: Decimal  # the cards' balances at the month's end
    plans_end: Decimal  # the plans' unused value at the month's end

    @property
    def total_end(self) -> Decimal:
        return self.cards_end + self.plans_end


@dataclass(frozen=True)
class CouponView:
    id: int
    code: str
    campaign: str
    customer_id: int | None
    customer: str
    value: Decimal
    min_spend: Decimal
    valid_from: date
    valid_until: date
    redeemed_at: datetime | None
    invoice: str


@dataclass(frozen=True)
class Receipt:
    """What a card receipt prints: the movement and the balance left."""

    card: CardView
    entry: EntryView
