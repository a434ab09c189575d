"""Invoice arithmetic (结算), exact to the fen, without a database.

Each line has a net amount (quantity × price less its own discount, to the fen) and a VAT
rate (13 % by default; 0 for exempt lines).  An invoice discount is spread over the lines
in proportion to their net, to the fen, by largest remainder, so the lines always add up
to the discounted total.

VAT is computed the way the tax authority computes it: per rate, on the sum of the
lines' net at that rate, rounded half up.  The invoice tax is the sum over the rates.
Each line's VAT is its own net × rate rounded half up, and the few fen by which these
differ from the rate's total (at most half a fen per line) are then given to the lines
with the largest rounding remainders, so the lines' VAT adds up to the invoice's VAT
exactly, and no line's VAT is more than one fen from its own rounded VAT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from desktop.services.common.money import FEN, ZERO, to_fen


@dataclass(frozen=True)
class LineIn:
    net: Decimal  # after the line's own discount, to the fen
    rate: Decimal  # 0.13, 0.06, 0 (exempt)


@dataclass(frozen=True)
class LineOut:
    net: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        return self.net + self.vat


@dataclass(frozen=True)
class InvoiceAmounts:
    lines: tuple[LineOut, ...]
    net: Decimal
    vat: Decimal
    total: Decimal
    discount: Decimal  # the invoice discount actually spread, to the fen


def spread(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``amount`` (to the fen) over ``weights`` in proportion, to the fen, by largest
    remainder: the parts add up to ``amount`` exactly; equal remainders go to the first."""
    total = sum(weights, ZERO)
    if not weights:
        return []
    if total == 0:
        return [ZERO] * len(weights)
    exact = [amount * w / total for w in weights]
    down = [x.quantize(FEN, rounding=ROUND_DOWN) for x in exact]
    left = int(((amount - sum(down, ZERO)) / FEN).to_integral_value())
    step = FEN if left >= 0 else -FEN
    order = sorted(range(len(weights)), key=lambda i: (-(abs(exact[i] - down[i])), i))
    for i in order[: abs(left)]:
        down[i] += step
    return down


def amounts(lines: Sequence[LineIn], invoice_discount: Decimal = ZERO) -> InvoiceAmounts:
    """The invoice's lines and totals, with its discount spread and VAT reconciled."""
    nets = [x.net for x in lines]
    discount = min(to_fen(invoice_discount), sum(nets, ZERO)) if invoice_discount > 0 else ZERO
    cuts = spread(discount, nets) if discount else [ZERO] * len(lines)
    nets = [n - c for n, c in zip(nets, cuts, strict=True)]
    vats = [to_fen(n * x.rate) for n, x in zip(nets, lines, strict=True)]
    for rate in sorted({x.rate for x in lines}):
        members = [i for i, x in enumerate(lines) if x.rate == rate]
        target = to_fen(sum((nets[i] for i in members), ZERO) * rate)
        gap = int(((target - sum((vats[i] for i in members), ZERO)) / FEN).to_integral_value())
        if gap:
            step = FEN if gap > 0 else -FEN
            # The lines whose exact VAT lost (or gained) most in rounding take the fen.
            lost = sorted(members, key=lambda i: (-(nets[i] * rate - vats[i]) * (1 if gap > 0 else -1), i))
            for i in lost[: abs(gap)]:
                vats[i] += step
    out = tuple(LineOut(n, v) for n, v in zip(nets, vats, strict=True))
    net = sum(nets, ZERO)
    vat = sum(vats, ZERO)
    return InvoiceAmounts(out, net, vat, net + vat, discount)


def credit_left(invoiced: Decimal, credited: Decimal) -> Decimal:
    """How much of a line (quantity or amount) can still be credited."""
    return max(invoiced - credited, ZERO)


AGEING = ((0, 30), (31, 60), (61, 90), (91, None))


def ageing_bucket(days: int) -> int:
    """0: 0-30 days, 1: 31-60, 2: 61-90, 3: over 90."""
    for i, (low, high) in enumerate(AGEING):
        if days >= low and (high is None or days <= high):
            return i
    return 0
