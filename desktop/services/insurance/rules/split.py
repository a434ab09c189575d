"""Who pays what of an accident repair, exact to the fen (DOMAIN.md section 8), pure.

The insurer pays what it assessed, less the deductible (免赔) and betterment; the customer
pays those, and any item the insurer refused that they still want done (at the shop's
price); the shop may waive part of the customer's share (a manager).  The split is
written onto the work order's lines, so the existing settlement issues one invoice per
payer from it:

- each accepted line is the insurer's, at its assessed amount less its share of the
  deductible and betterment (shared in proportion, to the fen: ``allocate``);
- the deductible and the betterment are the customer's, as two lines of their own;
- a refused line the customer keeps is the customer's, at the shop's estimate;
- a waiver lowers the customer's lines (shared the same way).

So the insurer's and the customer's parts always add up to the assessed lines plus the
kept refused lines less the waiver, and no line is below zero."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

ZERO = Decimal(0)


@dataclass(frozen=True)
class Item:
    """A line of the case: the shop's estimate, the insurer's assessed amount, refused, and
    whether the customer still wants a refused item done at their cost."""

    estimate: Decimal
    assessed: Decimal
    refused: bool = False
    customer_keeps: bool = False


@dataclass(frozen=True)
class Split:
    insurer: Decimal  # excl. VAT
    customer: Decimal
    assessed: Decimal  # the insurer's amount before the deductions
    estimate: Decimal  # the shop's estimate of the same lines
    difference: Decimal  # estimate − assessed of the lines the insurer accepted
    kept: Decimal  # refused items the customer pays for
    dropped: Decimal  # refused items not done

    @property
    def total(self) -> Decimal:
        return self.insurer + self.customer


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Insurance")


def item_problem(item: Item) -> Message | None:
    """An assessed amount below zero or above the shop's own line is a typing mistake."""
    if item.assessed < 0:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "An assessed amount is not below zero."))
    if item.assessed > item.estimate:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "The insurer assessed more than the line ({estimate})."),
                    estimate=f"{item.estimate:,.2f}")
    if item.customer_keeps and not item.refused:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "Only a refused item is done at the customer's cost."))
    return None


def split(items: Sequence[Item], deductible: Decimal, betterment: Decimal, waived: Decimal = ZERO) -> Split:
    """The insurer's and the customer's parts.  The deductions never take the insurer below
    zero (a deductible above the assessed amount leaves the insurer nothing to pay) and a
    waiver never more than the customer's share: ``split_problem`` says so first."""
    accepted = [i for i in items if not i.refused]
    assessed = sum((i.assessed for i in accepted), ZERO)
    estimate = sum((i.estimate for i in accepted), ZERO)
    kept = sum((i.estimate for i in items if i.refused and i.customer_keeps), ZERO)
    dropped = sum((i.estimate for i in items if i.refused and not i.customer_keeps), ZERO)
    moved = min(deductible + betterment, assessed)
    customer = moved + kept - min(waived, moved + kept)
    return Split(assessed - moved, customer, assessed, estimate, estimate - assessed, kept, dropped)


def allocate(amounts: Sequence[Decimal], total: Decimal) -> list[Decimal]:
    """``total`` shared over ``amounts`` in proportion, in fen, the shares adding up to it
    exactly (largest remainder) and none above its amount."""
    whole = sum(amounts, ZERO)
    if total <= 0 or whole <= 0:
        return [ZERO for _ in amounts]
    total = min(total, whole)
    fen = int(total * 100)
    raw = [a * 100 * fen / (whole * 100) for a in amounts]
    shares = [int(r) for r in raw]
    order = sorted(range(len(amounts)), key=lambda i: raw[i] - shares[i], reverse=True)
    left = fen - sum(shares)
    for i in order:
        if left <= 0:
            break
        if shares[i] < int(amounts[i] * 100):
            shares[i] += 1
            left -= 1
    return [Decimal(s) / 100 for s in shares]


def split_problem(items: Sequence[Item], deductible: Decimal, betterment: Decimal, waived: Decimal) -> Message | None:
    for item in items:
        problem = item_problem(item)
        if problem is not None:
            return problem
    if deductible < 0 or betterment < 0 or waived < 0:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "The deductible, betterment and waiver are not below zero."))
    assessed = sum((i.assessed for i in items if not i.refused), ZERO)
    if deductible + betterment > assessed:
        return _msg(QT_TRANSLATE_NOOP(
            "Insurance", "The deductible and betterment ({moved}) are more than the insurer assessed ({assessed})."),
            moved=f"{deductible + betterment:,.2f}", assessed=f"{assessed:,.2f}")
    share = deductible + betterment + sum((i.estimate for i in items if i.refused and i.customer_keeps), ZERO)
    if waived > share:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "At most the customer's share ({share}) can be waived."),
                    share=f"{share:,.2f}")
    return None
