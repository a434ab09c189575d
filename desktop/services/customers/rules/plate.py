"""Chinese licence plates (GA 36).

Ordinary plate: a province character, the issuing authority's letter, then five
characters (digits and letters without I and O), the last of which may be a special
character such as 学 (driving school) or 挂 (trailer): 京A12345, 沪C1234学.
New-energy plate: six characters after the letter.  Small cars put the energy letter
first (D/A/B/C/E pure electric, F/G/H/J/K other), then a letter or digit and four digits:
粤BD12345.  Large vehicles put five digits first and the energy letter last: 粤B12345D.
Anything else (foreign, military, temporary) is accepted only with an explicit override.
"""

from __future__ import annotations

import re

from desktop.services.common.text import to_halfwidth
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"
_ALNUM = "0-9A-HJ-NP-Z"
_ENERGY = "DABCEFGHJK"
_SPECIAL = "学挂警港澳领试超"

_ORDINARY = re.compile(rf"^[{PROVINCES}][{_LETTER}][{_ALNUM}]{{4}}[{_ALNUM}{_SPECIAL}]$")
_NEV_SMALL = re.compile(rf"^[{PROVINCES}][{_LETTER}][{_ENERGY}][{_ALNUM}][0-9]{{4}}$")
_NEV_LARGE = re.compile(rf"^[{PROVINCES}][{_LETTER}][0-9]{{5}}[{_ENERGY}]$")


def normalize_plate(text: str | None) -> str:
    """Upper case, half-width, without the spaces, dots and dashes people put in."""
    if not text:
        return ""
    text = to_halfwidth(text).upper()
    return "".join(ch for ch in text if ch not in " ·•.-_\t")


def is_new_energy(plate: str) -> bool:
    return bool(_NEV_SMALL.match(plate) or _NEV_LARGE.match(plate))


def plate_problem(plate: str) -> Message | None:
    """Why ``plate`` (already normalised) is not a valid Chinese plate, or None."""
    if not plate:
        return Message(QT_TRANSLATE_NOOP("Validation", "Enter the plate number."))
    if _ORDINARY.match(plate) or is_new_energy(plate):
        return None
    if plate[0] not in PROVINCES:
        return Message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A plate starts with a province character such as 京, 沪 or 粤 "
                "(\"{plate}\"). For a foreign or temporary plate tick the override.",
            ),
            {"plate": plate},
        )
    if set(plate[1:]) & set("IO"):
        return Message(
            QT_TRANSLATE_NOOP(
                "Validation", "Plates never use the letters I or O (\"{plate}\"); check for 1 and 0."
            ),
            {"plate": plate},
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Validation",
            "\"{plate}\" is not a valid plate: province, a letter, then 5 characters "
            "(6 for new-energy cars), e.g. 京A12345 or 粤BD12345.",
        ),
        {"plate": plate},
    )
