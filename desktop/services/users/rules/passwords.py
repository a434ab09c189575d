"""What a password and a PIN must be (密码 / PIN), and how long a sign-in waits after failures.

A password is at least 8 characters and not one of the passwords every guesser tries
first (the common ones of the Chinese and the English lists: 123456, 888888, 5201314,
woaini1314, qq123456, password ...).  A PIN, for the workshop kiosk, is 4 to 6 digits and
not one digit repeated or a run (1111, 1234, 654321).
"""

from __future__ import annotations

import itertools

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

MIN_LENGTH = 8
MAX_LENGTH = 128

# The start of the lists of leaked passwords (CSDN, 12306, RockYou, NordPass): a guesser
# tries these before anything else.
COMMON = frozenset(["123456", "12345678", "123456789", "1234567890", "11111111", "00000000", "88888888", "66666666", "12341234", "87654321", "123123123", "1234qwer", "qwer1234", "qwertyui", "qwerty123", "password", "password1", "password123", "passw0rd", "p@ssw0rd", "iloveyou", "woaini1314", "woaini520", "5201314520", "13145201314", "a1234567", "a12345678", "aa123456", "abc12345", "abcd1234", "abc123456", "1q2w3e4r", "1qaz2wsx", "qazwsxedc", "zxcvbnm123", "asdfghjkl", "qq123456", "qq5201314", "admin123", "admin888", "administrator", "root1234", "12345qwert", "147258369", "159753456", "123321123", "112233445566", "woaini123", "88889999", "999999999", "111222333", "123654789", "987654321", "asd123456", "zxc123456", "qwe123456", "1234abcd", "5201314a", "iloveyou1", "sunshine1", "princess1", "football", "baseball", "dragon123", "monkey123", "letmein1", "welcome1", "trustno1", "superman", "servicebay", "shouhou123", "shouhouguanjia"])


def password_problem(password: str) -> Message | None:
    """Why this cannot be a password (None when it can)."""
    if len(password) < MIN_LENGTH:
        return Message(QT_TRANSLATE_NOOP("Validation", "A password has at least {count} characters."),
                       {"count": MIN_LENGTH})
    if len(password) > MAX_LENGTH:
        return Message(QT_TRANSLATE_NOOP("Validation", "A password has at most {count} characters."),
                       {"count": MAX_LENGTH})
    folded = password.lower()
    if folded in COMMON or len(set(folded)) <= 2 or _is_run(folded):
        return Message(QT_TRANSLATE_NOOP("Validation", "This password is among the first any guesser tries; "
                                                       "choose another."))
    return None


def _is_run(text: str) -> bool:
    """1234567890, 87654321, abcdefgh: each character one up (or down) from the last."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {1, -1}


def pin_problem(pin: str) -> Message | None:
    """Why this cannot be a PIN (None when it can)."""
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 6):
        return Message(QT_TRANSLATE_NOOP("Validation", "A PIN is 4 to 6 digits."))
    if len(set(pin)) == 1 or _is_run(pin):
        return Message(QT_TRANSLATE_NOOP("Validation", "A PIN like this is guessed first; choose another."))
    return None


def looks_like_pin(text: str) -> bool:
    return text.isascii() and text.isdigit() and 4 <= len(text) <= 6


FREE_ATTEMPTS = 3
LONGEST_WAIT = 300  # seconds: never a lock-out for good, the owner included


def wait_after(failures: int) -> int:
    """Seconds a sign-in must wait after so many failures in a row: none for the first
    three, then 5, 10, 20 ... up to five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(LONGEST_WAIT, 5 * 2 ** (failures - FREE_ATTEMPTS)))
