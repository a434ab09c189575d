"""The split of an accident bill, pure: the insurer's and the customer's parts add up to the
fen whatever the lines, deductible, betterment, refusals and waiver; shares never exceed
their line; the bad amounts are named."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.insurance.rules.split import (
    Item,
    allocate,
    item_problem,
    split,
    split_problem,
)

fen = st.integers(min_value=0, max_value=5_000_000).map(lambda n: Decimal(n) / 100)


@st.composite
def cases(draw):  # type: ignore[no-untyped-def]
    items = []
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        estimate = draw(fen)
        assessed = draw(st.integers(min_value=0, max_value=int(estimate * 100)).map(lambda n: Decimal(n) / 100))
        refused = draw(st.booleans())
        items.append(Item(estimate, Decimal(0) if refused else assessed, refused, refused and draw(st.booleans())))
    assessed = sum((i.assessed for i in items if not i.refused), Decimal(0))
    deductible = draw(st.integers(min_value=0, max_value=int(assessed * 100)).map(lambda n: Decimal(n) / 100))
    betterment = draw(st.integers(min_value=0, max_value=int((assessed - deductible) * 100))
                      .map(lambda n: Decimal(n) / 100))
    kept = sum((i.estimate for i in items if i.refused and i.customer_keeps), Decimal(0))
    waived = draw(st.integers(min_value=0, max_value=int((deductible + betterment + kept) * 100))
                  .map(lambda n: Decimal(n) / 100))
    return items, deductible, betterment, waived


@given(cases())
def test_the_parts_add_up_to_the_fen(case) -> None:  # type: ignore[no-untyped-def]
    items, deductible, betterment, waived = case
    assert split_problem(items, deductible, betterment, waived) is None
    out = split(items, deductible, betterment, waived)
    assert out.insurer >= 0 and out.customer >= 0
    assert out.insurer == out.assessed - deductible - betterment
    assert out.total == out.assessed + out.kept - waived
    assert out.estimate - out.assessed == out.difference


@given(st.lists(fen, min_size=1, max_size=15), fen)
def test_shares_add_up_and_never_exceed_their_line(amounts, total) -> None:  # type: ignore[no-untyped-def]
    shares = allocate(amounts, total)
    assert sum(shares) == min(total, sum(amounts))
    assert all(Decimal(0) <= s <= a for s, a in zip(shares, amounts, strict=True))


def test_the_worked_example() -> None:
    """Bumper 2,000 assessed 1,800; headlamp 1,500 refused but wanted; fog lamp 300 refused
    and not done; deductible 500, betterment 100, the manager waives 50."""
    items = [Item(Decimal(2000), Decimal(1800)), Item(Decimal(1500), Decimal(0), True, True),
             Item(Decimal(300), Decimal(0), True, False)]
    out = split(items, Decimal(500), Decimal(100), Decimal(50))
    assert (out.insurer, out.customer) == (Decimal(1200), Decimal(2050))
    assert (out.difference, out.kept, out.dropped) == (Decimal(200), Decimal(1500), Decimal(300))


def test_bad_amounts_are_named() -> None:
    assert item_problem(Item(Decimal(100), Decimal(-1))) is not None
    assert item_problem(Item(Decimal(100), Decimal("100.01"))) is not None
    assert item_problem(Item(Decimal(100), Decimal(0), refused=False, customer_keeps=True)) is not None
    items = [Item(Decimal(1000), Decimal(800))]
    assert split_problem(items, Decimal(700), Decimal(200), Decimal(0)) is not None  # more than assessed
    assert split_problem(items, Decimal(500), Decimal(0), Decimal("500.01")) is not None  # more than their share
    assert split_problem(items, Decimal(500), Decimal(0), Decimal(500)) is None
