"""Money in CNY, exact: amounts are ``Decimal`` yuan with two places, rounded half up to
the fen wherever a product or a percentage makes fractions (DOMAIN.md section 5)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
DEFAULT_VAT = Decimal("0.13")
PAYERS = ("customer", "warranty", "insurance", "internal")


def to_fen(amount: Decimal) -> Decimal:
    """Round half up to the fen: 1.005 → 1.01, 1.004 → 1.00."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal, discount_pct: Decimal = ZERO) -> Decimal:
    """Quantity (hours or pieces) × unit price, less the line's discount, to the fen."""
    gross = quantity * unit_price
    return to_fen(gross - gross * discount_pct / 100)


@dataclass(frozen=True)
class PayerTotal:
    payer: str
    labour: Decimal
    parts: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True)
class Totals:
    by_payer: tuple[PayerTotal, ...]
    net: Decimal
    vat: Decimal
    total: Decimal

    def payer(self, name: str) -> PayerTotal | None:
        return next((p for p in self.by_payer if p.payer == name), None)


def totals(lines: Iterable[tuple[str, str, Decimal] | tuple[str, str, Decimal, Decimal | None]],
           vat_rate: Decimal = DEFAULT_VAT) -> Totals:
    """Totals per payer from (payer, kind, amount[, VAT rate]) of the lines that count; a
    line without its own rate (None) has the shop's, and 0 is exempt.

    VAT is computed per payer (each payer gets its own bill) and, within it, per rate on
    the rate's net, rounded half up, as the invoice computes it; the order's total is the
    sum of the payers' totals, so the parts always add up to the whole, to the fen.
    """
    labour: dict[str, Decimal] = {}
    parts: dict[str, Decimal] = {}
    by_rate: dict[tuple[str, Decimal], Decimal] = {}
    for line in lines:
        payer, kind, amount = line[0], line[1], line[2]
        own = line[3] if len(line) > 3 else None
        rate = vat_rate if own is None else own
        bucket = labour if kind == "labour" else parts
        bucket[payer] = bucket.get(payer, ZERO) + amount
        by_rate[(payer, rate)] = by_rate.get((payer, rate), ZERO) + amount
    out = []
    for payer in PAYERS:
        if payer not in labour and payer not in parts:
            continue
        lab, par = labour.get(payer, ZERO), parts.get(payer, ZERO)
        net = lab + par
        vat = ZERO if payer == "internal" else sum(
            (to_fen(amount * rate) for (p, rate), amount in sorted(by_rate.items()) if p == payer), ZERO)
        out.append(PayerTotal(payer, lab, par, net, vat, net + vat))
    return Totals(
        by_payer=tuple(out),
        net=sum((p.net for p in out), ZERO),
        vat=sum((p.vat for p in out), ZERO),
        total=sum((p.total for p in out), ZERO),
    )
