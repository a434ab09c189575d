"""Money in CNY, exact: amounts are ``Decimal`` yuan with two places, rounded half up to
the fen wherever a product or a percentage makes fractions (DOMAIN.md section 5)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
DEFAULT_VAT = Decimal("0.13")
PAYERS = ("customer", "warranty", "insurance", "plan", "internal")


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


def yuan(value: Decimal | None) -> str:
    """An amount as the screens and documents show it: ¥1,234.50, and -¥67.80 for a
    negative one (a credit), never ¥-67.80.  ``printing.render.money`` writes the same."""
    if value is None:
        return ""
    return f"-¥{-value:,.2f}" if value < 0 else f"¥{value:,.2f}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")


def _four(n: int) -> str:
    """1 to 9999 in capitals, zeros inside said once (1005 → 壹仟零伍)."""
    out, zero = "", False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + _UNITS[power]
    return out


def _whole(n: int) -> str:
    parts: list[str] = []
    pending = False
    for value, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            pending = pending or bool(parts)
            continue
        if parts and (pending or value < 1000):
            parts.append("零")
        parts.append((_whole(value) if value >= 10**4 else _four(value)) + unit)
        pending = False
    return "".join(parts)


def rmb_upper(amount: Decimal) -> str:
    """The amount in Chinese capital numerals, as receipts and settlement sheets write it
    (人民币大写): 1234.50 → 壹仟贰佰叁拾肆元伍角整, 1680.32 → 壹仟陆佰捌拾元零叁角贰分,
    1.05 → 壹元零伍分, 0 → 零元整; a credit note's negative amount starts with 负."""
    fen = int(to_fen(amount) * 100)
    sign = "负" if fen < 0 else ""
    fen = abs(fen)
    yuan, jiao, cents = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    text = _whole(yuan) + "元" if yuan else ""
    if jiao:
        text += ("零" if yuan and yuan % 10 == 0 else "") + _DIGITS[jiao] + "角"
    if cents:
        text += ("零" if yuan and not jiao else "") + _DIGITS[cents] + "分"
    else:
        text += "整"
    return sign + text
