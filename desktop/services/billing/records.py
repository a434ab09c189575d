"""Settlement's plain records: what the views get back and send, the invoice's hashed content.

Nothing here opens a session.  ``content_of`` is the canonical text an issued invoice's
hash covers (``hash_of``), the link of the chain the ledger check walks;
``check_amount`` turns a typed amount in yuan into a Decimal or a message at its field.
``desktop.services.billing.service`` does the issuing, correcting and paying.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from desktop.models import Invoice, InvoiceLine
from desktop.services.billing.rules import invoice as rules
from desktop.services.common import limits
from desktop.services.common.money import ZERO
from desktop.services.common.text import clean
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


# --- views --------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceLineView:
    id: int
    position: int
    kind: str
    description: str
    part_number: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal
    work_order_line_id: int | None
    credited_qty: Decimal = ZERO  # on an invoice: how much of it credit notes took back

    @property
    def creditable(self) -> Decimal:
        return rules.credit_left(self.quantity, self.credited_qty)


@dataclass(frozen=True)
class PaymentView:
    id: int
    at: datetime
    cashier: str
    method: str
    amount: Decimal
    tendered: Decimal
    change_given: Decimal
    reference: str


@dataclass(frozen=True)
class InvoiceView:
    id: int
    number: str
    kind: str
    issued_at: datetime
    issued_by: str
    work_order_id: int | None
    work_order_number: str
    customer_id: int | None
    payer: str
    payer_name: str
    payer_tax_id: str
    payer_address: str
    credited_invoice_id: int | None
    credited_number: str
    reason: str
    discount: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal
    fapiao_type: str
    fapiao_number: str
    fapiao_date: date | None
    lines: tuple[InvoiceLineView, ...]
    payments: tuple[PaymentView, ...]
    credits: tuple[tuple[str, Decimal], ...]  # credit notes against it: number, total (negative)
    content_hash: str

    @property
    def paid(self) -> Decimal:
        return sum((p.amount for p in self.payments), ZERO)

    @property
    def credited(self) -> Decimal:
        """What credit notes took back (a positive amount)."""
        return -sum((t for _, t in self.credits), ZERO)

    @property
    def balance(self) -> Decimal:
        """Still to pay (negative: to pay back).  A credit note has none of its own."""
        if self.kind == "credit":
            return ZERO
        return self.total - self.credited - self.paid


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: str
    issued_at: datetime
    payer: str
    payer_name: str
    work_order_number: str
    total: Decimal
    balance: Decimal
    fapiao_number: str


@dataclass
class PaymentForm:
    method: str
    amount: Decimal | str | None = None  # None for cash: what is due, from ``tendered``
    reference: str = ""
    tendered: Decimal | str | None = None  # cash handed over (change is given back)
    pin: str = ""  # a member card's PIN, when it has one (never kept)


@dataclass
class CounterLine:
    part_number: str
    quantity: Decimal | str
    unit_price: Decimal | str | None = None  # None: the catalogue price
    discount_pct: Decimal | str = ZERO


@dataclass(frozen=True)
class PayerBill:
    """An order's lines for one payer, and what was invoiced for them."""

    payer: str
    lines: tuple[tuple[int, str, Decimal, Decimal], ...]  # line id, description, quantity, amount
    net: Decimal
    uninvoiced: tuple[int, ...]  # line ids not (or no longer) on an invoice
    invoices: tuple[InvoiceRow, ...]


@dataclass(frozen=True)
class OrderSettlement:
    order_id: int
    number: str
    state: str
    customer_id: int
    customer: str
    pending: bool  # additional work awaits the customer's answer
    bills: tuple[PayerBill, ...]

    @property
    def balance(self) -> Decimal:
        return sum((r.balance for b in self.bills for r in b.invoices), ZERO)


@dataclass(frozen=True)
class AgeingRow:
    payer: str
    party: str  # customer, insurer or manufacturer as invoiced
    customer_id: int | None
    buckets: tuple[Decimal, Decimal, Decimal, Decimal]  # 0-30, 31-60, 61-90, > 90 days

    @property
    def total(self) -> Decimal:
        return sum(self.buckets, ZERO)


@dataclass(frozen=True)
class CashReport:
    day: date
    by_method: tuple[tuple[str, Decimal], ...]
    by_cashier: tuple[tuple[str, str, Decimal], ...]  # cashier, method, amount
    expected_cash: tuple[tuple[str, Decimal], ...]  # cashier, cash that should be in the drawer
    counts: tuple[tuple[str, Decimal, Decimal, Decimal, str], ...]  # cashier, expected, counted, diff, note

    @property
    def total(self) -> Decimal:
        return sum((a for _, a in self.by_method), ZERO)


@dataclass(frozen=True)
class LedgerCheck:
    checked: int
    first_bad: str | None  # the number of the first invoice whose hash does not match
    reason: Message | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad is None


@dataclass
class Draft:
    kind: str
    payer: str
    payer_name: str
    payer_tax_id: str = ""
    payer_address: str = ""
    customer_id: int | None = None
    work_order_id: int | None = None
    credited_invoice_id: int | None = None
    reason: str = ""
    discount: Decimal = ZERO
    discount_approved_by: str = ""
    lines: list[dict[str, object]] = field(default_factory=list)


# --- hashing ------------------------------------------------------------------------------


def _money(d: Decimal) -> str:
    return f"{Decimal(d):.2f}"


def content_of(inv: Invoice, lines: Sequence[InvoiceLine]) -> str:
    """The canonical text an invoice's hash covers: everything printed or counted."""
    at = inv.issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    body = {
        "number": inv.number, "kind": inv.kind, "chain_pos": inv.chain_pos, "issued_at": at,
        "issued_by": inv.issued_by, "work_order_id": inv.work_order_id, "payer": inv.payer,
        "payer_name": inv.payer_name, "payer_tax_id": inv.payer_tax_id, "payer_address": inv.payer_address,
        "credited_invoice_id": inv.credited_invoice_id, "reason": inv.reason, "discount": _money(inv.discount),
        "discount_approved_by": inv.discount_approved_by, "net": _money(inv.net), "vat": _money(inv.vat),
        "total": _money(inv.total), "previous_hash": inv.previous_hash,
        "lines": [[x.position, x.kind, x.description, x.part_number, f"{Decimal(x.quantity):.2f}",
                   _money(x.unit_price), f"{Decimal(x.discount_pct):.2f}", f"{Decimal(x.vat_rate):.4f}",
                   _money(x.net), _money(x.vat), _money(x.total), x.work_order_line_id, x.credited_line_id]
                  for x in sorted(lines, key=lambda x: x.position)],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def hash_of(inv: Invoice, lines: Sequence[InvoiceLine]) -> str:
    return hashlib.sha256(content_of(inv, lines).encode("utf-8")).hexdigest()


# --- parsing ------------------------------------------------------------------------------


def check_amount(raw: object, key: str, errors: dict[str, Message], *, allow_zero: bool = False) -> Decimal:
    try:
        value = Decimal(clean(str(raw)).replace(",", "").replace("¥", "")) if raw not in (None, "") else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value != value.quantize(Decimal("0.01")) \
            or value < 0 or (value == 0 and not allow_zero) or value > limits.LIMITS["payment"].high:
        errors[key] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter an amount in yuan greater than 0, "
                                             "to the fen (e.g. 120.50)."))
        return ZERO
    return value
