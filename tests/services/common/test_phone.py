import pytest

from desktop.services.common.phone import Phone, parse_phone
from desktop.services.core.messages import Message


@pytest.mark.parametrize(
    ("typed", "number", "kind"),
    [
        ("13812345678", "13812345678", "mobile"),
        ("138 1234 5678", "13812345678", "mobile"),
        ("138-1234-5678", "13812345678", "mobile"),
        ("+86 138 1234 5678", "13812345678", "mobile"),
        ("0086-13812345678", "13812345678", "mobile"),
        ("１３８１２３４５６７８", "13812345678", "mobile"),
        ("＋86 13812345678", "13812345678", "mobile"),
        ("010-12345678", "010-12345678", "landline"),
        ("(0755) 2345 6789", "0755-23456789", "landline"),
        ("0755-1234567转802", "0755-1234567-802", "landline"),
        ("+86 10 12345678", "010-12345678", "landline"),
        ("87654321", "87654321", "landline"),
        ("400-800-1234", "400-800-1234", "service"),
    ],
)
def test_numbers_are_normalised(typed: str, number: str, kind: str) -> None:
    parsed = parse_phone(typed)
    assert isinstance(parsed, Phone)
    assert (parsed.number, parsed.kind) == (number, kind)
    assert parsed.digits.isdigit()


@pytest.mark.parametrize("typed", ["12345", "1381234567", "138123456789", "12812345678", "abc",
                                   "0123", "", "   "])
def test_bad_numbers_are_refused_with_a_reason(typed: str) -> None:
    parsed = parse_phone(typed)
    assert isinstance(parsed, Message)
    assert parsed.render()
