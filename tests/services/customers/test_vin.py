import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.customers.rules.vin import (
    ALLOWED_CHARS,
    check_digit,
    normalize_vin,
    vin_problem,
    with_check_digit,
)

CHARS = sorted(ALLOWED_CHARS)
_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
          **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10), strict=True))}


@pytest.mark.parametrize("vin", ["1M8GDM9AXKP042788", "11111111111111111", "LSVAU2187N2123456"])
def test_valid_vins(vin: str) -> None:
    assert vin_problem(vin) is None


def test_check_digit_x() -> None:
    assert check_digit("1M8GDM9AXKP042788") == "X"


@pytest.mark.parametrize(
    ("vin", "expected_words"),
    [
        ("LSVAU2180N212345", "17 characters"),
        ("LSVAU2180N21234567", "17 characters"),
        ("LSVAU21O0N2123456", "I, O or Q"),
        ("LSVAU2180N2123456", "check digit"),
        ("LSVAU2180N21234*6", "only digits and letters"),
    ],
)
def test_invalid_vins_say_why(vin: str, expected_words: str) -> None:
    problem = vin_problem(vin)
    assert problem is not None
    assert expected_words in problem.render()


def test_check_digit_message_names_the_right_digit() -> None:
    problem = vin_problem("LSVAU2180N2123456")
    assert problem is not None and problem.params == {"expected": "7", "actual": "0"}


def test_normalize_folds_case_width_and_separators() -> None:
    assert normalize_vin(" lsvau-2187 n2123456 ") == "LSVAU2187N2123456"
    assert normalize_vin("ＬＳＶＡＵ２１８７Ｎ２１２３４５６") == "LSVAU2187N2123456"


vins = st.lists(st.sampled_from(CHARS), min_size=17, max_size=17).map("".join)


@given(vins)
def test_with_check_digit_is_always_valid(body: str) -> None:
    assert vin_problem(with_check_digit(body)) is None


@given(vins, st.integers(1, 16).filter(lambda i: i != 8), st.sampled_from(CHARS))
def test_a_mistyped_character_is_caught(body: str, position: int, replacement: str) -> None:
    vin = with_check_digit("L" + body[1:])  # built for China: the check digit is the law (GB 16735)
    if _VALUE[replacement] == _VALUE[vin[position]]:
        return  # the check digit cannot tell A from J (same value); nothing can
    typo = vin[:position] + replacement + vin[position + 1:]
    assert vin_problem(typo) is not None


@pytest.mark.parametrize("vin", ["WDD2050401R123456", "WMAH06ZZ5BM123456", "SUPBK1234ABC12345", "JN1TANT31U0123456"])
def test_a_european_or_japanese_vin_needs_no_check_digit(vin: str) -> None:
    assert vin_problem(vin) is None  # ISO 3779: the check digit is mandatory only for China and North America


@pytest.mark.parametrize("vin", ["LSVAU2180N2123456", "1HGCM82633A123456"])
def test_a_chinese_or_north_american_vin_must_carry_it(vin: str) -> None:
    problem = vin_problem(vin)
    assert problem is not None and "check digit" in problem.render()
