"""Vehicle identification numbers under GB 16735 / ISO 3779.

Seventeen characters, digits and capital letters without I, O and Q; position 9 is a
check digit computed from the other sixteen (the scheme GB 16735 adopts): each
character's value times its position weight, summed, modulo 11, where a remainder of 10
is written ``X``.

The check digit is mandatory only where the law of the market the car was built for says
so: China (GB 16735, VINs starting L) and North America (1 to 5).  A European or Japanese
VIN (WDD…, WMA…, SUP…, JN1…) without one is not wrong: ``check_digit_required`` tells.
"""

from __future__ import annotations

from desktop.services.common.text import to_halfwidth
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

VIN_LENGTH = 17
_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}  # fmt: skip
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
ALLOWED_CHARS = frozenset(_VALUES)


def normalize_vin(text: str | None) -> str:
    """Upper case, half-width, no spaces or dashes: what people type becomes a VIN."""
    if not text:
        return ""
    text = to_halfwidth(text).upper()
    return "".join(ch for ch in text if ch not in " -_.\t")


def check_digit(vin: str) -> str:
    """The check digit position 9 must hold, for 17 allowed characters."""
    total = sum(_VALUES[ch] * w for ch, w in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def with_check_digit(vin: str) -> str:
    """The same 17 characters with position 9 set right (for the demo and tests)."""
    return vin[:8] + check_digit(vin) + vin[9:]


def check_digit_required(vin: str) -> bool:
    """Whether the 9th character must be the check digit: a car built for China (L…) or
    North America (1…5…)."""
    return vin[:1] in ("L", "1", "2", "3", "4", "5")


def vin_problem(vin: str) -> Message | None:
    """Why ``vin`` (already normalised) is not a valid VIN, or None when it is."""
    if len(vin) != VIN_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("Validation", "A VIN has 17 characters; this one has {length}."),
            {"length": len(vin)},
        )
    bad = "".join(sorted({ch for ch in vin if ch not in ALLOWED_CHARS}))
    if bad and set(bad) & set("IOQ"):
        return Message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A VIN never contains the letters I, O or Q (found {bad}); check for 1 and 0.",
            ),
            {"bad": bad},
        )
    if bad:
        return Message(
            QT_TRANSLATE_NOOP("Validation", "A VIN holds only digits and letters (found {bad})."),
            {"bad": bad},
        )
    expected = check_digit(vin)
    if vin[8] != expected and check_digit_required(vin):
        return Message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The check digit (9th character) should be {expected}, not {actual}: "
                "a character was probably mistyped.",
            ),
            {"expected": expected, "actual": vin[8]},
        )
    return None
