"""人民币大写: the hard cases (zeros inside, 元整, 角 without 分, 分 without 角, negative)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.common.money import rmb_upper


@pytest.mark.parametrize(("amount", "words"), [
    ("0", "零元整"), ("0.00", "零元整"), ("1", "壹元整"), ("10", "壹拾元整"), ("15", "壹拾伍元整"),
    ("100", "壹佰元整"), ("101", "壹佰零壹元整"), ("110", "壹佰壹拾元整"), ("1004", "壹仟零肆元整"),
    ("1234.50", "壹仟贰佰叁拾肆元伍角整"), ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("1.05", "壹元零伍分"), ("0.05", "伍分"), ("0.5", "伍角整"), ("0.55", "伍角伍分"),
    ("10000", "壹万元整"), ("105000", "壹拾万伍仟元整"), ("1000400", "壹佰万零肆佰元整"),
    ("1000004", "壹佰万零肆元整"), ("10050000", "壹仟零伍万元整"), ("100000001", "壹亿零壹元整"),
    ("20100.07", "贰万零壹佰元零柒分"), ("99999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("-67.80", "负陆拾柒元捌角整"), ("-0.01", "负壹分"), ("3.005", "叁元零壹分"),
])
def test_capital_numerals(amount: str, words: str) -> None:
    assert rmb_upper(Decimal(amount)) == words


@given(st.integers(min_value=-10**10, max_value=10**10))
def test_every_amount_has_one_reading_with_no_double_zero(fen: int) -> None:
    words = rmb_upper(Decimal(fen) / 100)
    assert "零零" not in words and not words.endswith("零") and words.endswith(("整", "分"))
    assert words.startswith("负") == (fen < 0)
