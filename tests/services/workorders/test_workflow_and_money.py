from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.common.money import PAYERS, line_amount, to_fen, totals
from desktop.services.workorders.rules.workflow import MOVES, STATES, move_problem

ALLOWED = {(a, b) for a, targets in MOVES.items() for b in targets}


@pytest.mark.parametrize(("current", "target"), [(a, b) for a in STATES for b in STATES])
@pytest.mark.parametrize("wash", [True, False])
def test_every_move_is_allowed_or_refused_with_a_reason(current: str, target: str, wash: bool) -> None:
    problem = move_problem(current, target, wash)
    switched = {("quality_check", "ready")} if wash else {("quality_check", "washing")}
    if (current, target) in ALLOWED - switched:
        assert problem is None
    else:
        assert problem is not None and problem.render()


def test_the_trade_rules() -> None:
    assert move_problem("draft", "in_progress") is not None  # no work before authorization
    assert move_problem("estimated", "in_progress") is not None
    assert move_problem("in_progress", "delivered") is not None  # no delivery before QC
    assert move_problem("quality_check", "delivered") is not None
    assert move_problem("quality_check", "in_progress") is None  # a failed check
    assert move_problem("delivered", "cancelled") is not None  # closed is closed
    assert all(move_problem(s, "cancelled") is None for s in STATES if s not in ("delivered", "released", "cancelled"))
    # the wash: after the check when the shop washes, straight to ready when it does not
    assert move_problem("quality_check", "washing", wash=True) is None
    assert move_problem("quality_check", "ready", wash=True) is not None
    assert move_problem("quality_check", "ready", wash=False) is None
    # a car leaves unrepaired before its check, never after it was repaired and checked
    assert move_problem("estimated", "released") is None and move_problem("in_progress", "released") is None
    assert move_problem("ready", "released") is not None and move_problem("released", "delivered") is not None


def test_rounding_is_half_up_to_the_fen() -> None:
    assert to_fen(Decimal("1.005")) == Decimal("1.01")
    assert to_fen(Decimal("1.0049")) == Decimal("1.00")
    assert line_amount(Decimal("0.35"), Decimal("120.00")) == Decimal("42.00")
    assert line_amount(Decimal("3"), Decimal("33.33"), Decimal("10")) == Decimal("89.99")


def test_vat_per_payer_and_internal_is_untaxed() -> None:
    t = totals([("customer", "labour", Decimal("100.00")), ("customer", "part", Decimal("0.05")),
                ("warranty", "part", Decimal("200.00")), ("internal", "labour", Decimal("50.00"))])
    customer = t.payer("customer")
    assert customer is not None and customer.vat == Decimal("13.01")  # 13 % of 100.05, half up
    internal = t.payer("internal")
    assert internal is not None and internal.vat == Decimal("0.00")
    assert t.total == t.net + t.vat == Decimal("350.05") + Decimal("39.01")


money = st.decimals(min_value=Decimal("0"), max_value=Decimal("99999"), places=2)
qty = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("500"), places=2)
pct = st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2)


@given(st.lists(st.tuples(st.sampled_from(PAYERS), st.sampled_from(["labour", "part"]), qty, money, pct),
                min_size=1, max_size=40))
def test_sum_of_lines_equals_the_total_to_the_fen(lines) -> None:  # type: ignore[no-untyped-def]
    amounts = [(payer, kind, line_amount(q, p, d)) for payer, kind, q, p, d in lines]
    assert all(a == a.quantize(Decimal("0.01")) for _, _, a in amounts)
    t = totals(amounts)
    assert t.net == sum(a for _, _, a in amounts)
    assert t.total == t.net + t.vat
    assert t.total == sum(p.total for p in t.by_payer)
    for p in t.by_payer:
        assert p.net == p.labour + p.parts
        assert abs(p.vat - p.net * Decimal("0.13")) <= Decimal("0.005") or p.payer == "internal"
