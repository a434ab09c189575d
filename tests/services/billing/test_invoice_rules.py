from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.billing.rules.invoice import (
    LineIn,
    ageing_bucket,
    amounts,
    credit_left,
    spread,
)
from desktop.services.common.money import to_fen

fen = st.integers(min_value=1, max_value=5_000_000).map(lambda n: Decimal(n) / 100)
rate = st.sampled_from([Decimal("0.13"), Decimal("0.13"), Decimal("0.06"), Decimal("0.09"), Decimal(0)])
lines = st.lists(st.builds(LineIn, fen, rate), min_size=1, max_size=40)


@given(lines, st.integers(min_value=0, max_value=100_000).map(lambda n: Decimal(n) / 100))
def test_line_taxes_add_up_to_the_invoice_tax(items: list[LineIn], discount: Decimal) -> None:
    result = amounts(items, discount)
    assert sum(x.vat for x in result.lines) == result.vat  # reconciled to the fen
    assert sum(x.net for x in result.lines) == result.net
    assert result.total == result.net + result.vat == sum(x.total for x in result.lines)
    # The invoice tax is, per rate, the rate times that rate's net, rounded half up.
    for r in {x.rate for x in items}:
        members = [o for o, i in zip(result.lines, items, strict=True) if i.rate == r]
        assert sum(o.vat for o in members) == to_fen(sum(o.net for o in members) * r)
    # No line's tax is more than one fen from its own rounded tax.
    for o, i in zip(result.lines, items, strict=True):
        assert abs(o.vat - to_fen(o.net * i.rate)) <= Decimal("0.01")
    # The discount is spread whole, never beyond the invoice; no line goes negative.
    gross = sum(x.net for x in items)
    assert result.discount == min(discount, gross)
    assert result.net == gross - result.discount
    assert all(o.net >= 0 for o in result.lines)


@given(st.integers(min_value=-10**7, max_value=10**7).map(lambda n: Decimal(n) / 100),
       st.lists(st.integers(min_value=0, max_value=10**6).map(Decimal), min_size=1, max_size=30))
def test_spread_never_drifts(amount: Decimal, weights: list[Decimal]) -> None:
    parts = spread(amount, weights)
    if sum(weights) == 0:
        assert all(p == 0 for p in parts)
    else:
        assert sum(parts) == amount
        assert all(p.as_tuple().exponent >= -2 for p in parts)


@given(st.integers(min_value=0, max_value=1000).map(Decimal), st.integers(min_value=0, max_value=1000).map(Decimal))
def test_a_credit_never_takes_more_than_was_invoiced(invoiced: Decimal, credited: Decimal) -> None:
    left = credit_left(invoiced, credited)
    assert 0 <= left <= invoiced and left + min(credited, invoiced) == invoiced


def test_ageing_buckets() -> None:
    assert [ageing_bucket(d) for d in (0, 30, 31, 60, 61, 90, 91, 400)] == [0, 0, 1, 1, 2, 2, 3, 3]
    # A documented example: three lines at 13 % whose rounded taxes add to a fen more than
    # the tax on their sum; the fen comes off a line rounded up the most (the first of equals).
    result = amounts([LineIn(Decimal("0.05"), Decimal("0.13"))] * 3)
    assert [x.vat for x in result.lines] == [Decimal("0.00"), Decimal("0.01"), Decimal("0.01")]
    assert result.vat == to_fen(Decimal("0.15") * Decimal("0.13")) == Decimal("0.02")
