from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select

from desktop.models.base import Money, UTCDateTime

meta = MetaData()
ledger = Table("ledger", meta, Column("id", Integer, primary_key=True), Column("amount", Money),
               Column("at", UTCDateTime))


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    return engine


amounts = st.decimals(min_value=Decimal(-1000000), max_value=Decimal(1000000), places=2,
                      allow_nan=False, allow_infinity=False)


@given(st.lists(amounts, min_size=1, max_size=30))
def test_money_never_drifts(engine, values) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.execute(ledger.delete())
        conn.execute(insert(ledger), [{"amount": v} for v in values])
        stored = conn.scalars(select(ledger.c.amount).order_by(ledger.c.id)).all()
        raw_sum = conn.exec_driver_sql("SELECT sum(amount) FROM ledger").scalar()
    assert stored == values
    assert all(isinstance(v, Decimal) for v in stored)
    assert Decimal(raw_sum) / 100 == sum(values)


def test_money_is_integer_fen_in_the_database(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.execute(ledger.delete())
        conn.execute(insert(ledger), {"amount": Decimal("12.30")})
        assert conn.exec_driver_sql("SELECT amount FROM ledger").scalar() == 1230


def test_money_refuses_floats_and_fractions_of_a_fen(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match="float"), engine.begin() as conn:
        conn.execute(insert(ledger), {"amount": 0.1})
    with pytest.raises(Exception, match="fen"), engine.begin() as conn:
        conn.execute(insert(ledger), {"amount": Decimal("0.001")})


def test_times_are_stored_in_utc_and_come_back_aware(engine) -> None:  # type: ignore[no-untyped-def]
    beijing = timezone(timedelta(hours=8))
    local = datetime(2026, 11, 23, 17, 30, tzinfo=beijing)
    with engine.begin() as conn:
        conn.execute(ledger.delete())
        conn.execute(insert(ledger), {"at": local})
        raw = conn.exec_driver_sql("SELECT at FROM ledger").scalar()
        back = conn.scalar(select(ledger.c.at))
    assert raw.startswith("2026-11-23 09:30")
    assert back == local and back.tzinfo == UTC


def test_naive_times_are_refused(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match="timezone"), engine.begin() as conn:
        conn.execute(insert(ledger), {"at": datetime(2026, 1, 1)})
