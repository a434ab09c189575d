from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.parts.rules.abc import classify, pareto
from desktop.services.parts.rules.reorder import (
    Demand,
    ceiling,
    estimate,
    order_quantity,
    safety_stock,
)

values = st.lists(st.decimals(min_value=0, max_value=100000, places=2), min_size=1, max_size=200)


@given(values)
def test_every_part_gets_exactly_one_class_and_a_carries_its_share(vals) -> None:  # type: ignore[no-untyped-def]
    parts = list(enumerate(vals))
    classes = classify(parts)
    assert set(classes) == {i for i, _ in parts} and set(classes.values()) <= {"A", "B", "C"}
    total = sum(vals)
    if total > 0:
        a_value = sum(v for i, v in parts if classes[i] == "A")
        ab_value = sum(v for i, v in parts if classes[i] in "AB")
        assert a_value / total >= Decimal("0.80")
        assert ab_value / total >= Decimal("0.95")
    assert all(classes[i] == "C" for i, v in parts if v == 0)


@given(values)
def test_equal_values_keep_a_stable_order(vals) -> None:  # type: ignore[no-untyped-def]
    parts = list(enumerate(vals))
    assert classify(parts) == classify(list(reversed(parts)))


def test_a_typical_split() -> None:
    parts = [(1, Decimal(7000)), (2, Decimal(1500)), (3, Decimal(800)), (4, Decimal(400)),
             (5, Decimal(200)), (6, Decimal(100)), (7, Decimal(0))]
    assert classify(parts) == {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C", 7: "C"}
    points = pareto(parts)
    assert points[-1] == (1.0, 1.0) and points[0][1] == 0.7


def test_zero_demand_orders_nothing() -> None:
    d = estimate([0.0] * 52, 0)
    assert ceiling(d, 30, 7, 0.9) == 0
    assert order_quantity(0, Decimal(0), Decimal(0), Decimal(0), Decimal(10)) == 0


def test_slow_movers_get_whole_pieces_not_fractions() -> None:
    weekly = [0.0] * 52
    weekly[5] = weekly[30] = weekly[47] = 1.0  # three issues a year
    d = estimate(weekly, 3)
    s = ceiling(d, 30, 7, 0.9)
    assert s in (1, 2)


def test_fast_movers_and_safety_stock() -> None:
    weekly = [10.0, 14.0, 8.0, 12.0] * 13
    d = estimate(weekly, 52)
    assert 1.4 < d.per_day < 1.8
    s = ceiling(d, 7, 7, 0.98)
    assert s > d.per_day * 14  # safety stock on top of the expected demand


@given(st.floats(0.1, 50), st.floats(0, 20), st.integers(1, 60))
def test_safety_stock_grows_with_the_service_level(rate, sigma, days) -> None:  # type: ignore[no-untyped-def]
    d = Demand(rate, sigma, 52)
    levels = [0.8, 0.9, 0.95, 0.98, 0.995]
    stocks = [safety_stock(d, days, lv) for lv in levels]
    assert stocks == sorted(stocks)
    ceilings = [ceiling(d, days, 3, lv) for lv in levels]
    assert ceilings == sorted(ceilings)


@given(st.integers(0, 500), st.decimals(0, 500, places=0), st.decimals(0, 200, places=0),
       st.decimals(0, 100, places=0), st.sampled_from([Decimal(1), Decimal(4), Decimal(12)]),
       st.sampled_from([Decimal(0), Decimal(10)]))
def test_order_quantity_is_never_negative_and_in_whole_packs(s, on_hand, on_order, reserved, pack, minimum) -> None:  # type: ignore[no-untyped-def]
    qty = order_quantity(s, on_hand, on_order, reserved, pack, minimum)
    assert qty >= 0 and qty % pack == 0
    if qty:
        assert on_hand + on_order - reserved + qty >= s
        assert qty >= minimum
        assert qty - pack < max(Decimal(s) - (on_hand + on_order - reserved), minimum)
