"""Mainland China phone numbers.

Mobile: 11 digits starting 13-19.  Landline: an area code (010, 02x, or 0 and three
digits) and a 7 or 8 digit number, optionally an extension; or a local 7-8 digit number
without area code; or a 400/800 service number.  What people type (full-width digits,
+86, 0086, spaces, dashes, brackets) is normalised, not rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.services.common.text import to_halfwidth
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_AREA3 = re.compile(r"^(010|02\d)(\d{8})$")
_AREA4 = re.compile(r"^(0[3-9]\d{2})(\d{7,8})$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_SERVICE = re.compile(r"^([48]00)(\d{7})$")


@dataclass(frozen=True)
class Phone:
    number: str  # how it is shown: 13812345678, 010-12345678, 0755-1234567-802
    digits: str  # digits only, for search and duplicate detection
    kind: str  # "mobile", "landline" or "service"


def _strip(text: str) -> tuple[str, str]:
    text = to_halfwidth(text).strip()
    ext = ""
    m = re.search(r"(?:转|ext\.?|x|#)\s*(\d{1,6})\s*$", text, flags=re.IGNORECASE)
    if m:
        ext = m.group(1)
        text = text[: m.start()]
    digits = re.sub(r"[\s\-()（）.+]", "", text)
    if text.lstrip().startswith("+86") or digits.startswith("0086"):
        digits = digits[4:] if digits.startswith("0086") else digits[2:]
        if digits and not _MOBILE.match(digits) and not digits.startswith("0"):
            digits = "0" + digits  # +86 10 1234 5678 is Beijing 010-12345678
    return digits, ext


def parse_phone(text: str) -> Phone | Message:
    """A normalised phone number, or the message saying what is wrong with ``text``."""
    raw = (text or "").strip()
    if not raw:
        return Message(QT_TRANSLATE_NOOP("Validation", "Enter a phone number."))
    digits, ext = _strip(raw)
    if not digits.isdigit():
        return Message(
            QT_TRANSLATE_NOOP("Validation", "\"{text}\" is not a phone number."), {"text": raw}
        )
    suffix = f"-{ext}" if ext else ""
    if _MOBILE.match(digits) and not ext:
        return Phone(digits, digits, "mobile")
    for pattern in (_AREA3, _AREA4):
        m = pattern.match(digits)
        if m:
            return Phone(f"{m.group(1)}-{m.group(2)}{suffix}", digits + ext, "landline")
    m = _SERVICE.match(digits)
    if m:
        return Phone(f"{m.group(1)}-{m.group(2)[:3]}-{m.group(2)[3:]}", digits, "service")
    if _LOCAL.match(digits):
        return Phone(digits + suffix, digits + ext, "landline")
    if digits.startswith("1") and len(digits) == 11:
        return Message(
            QT_TRANSLATE_NOOP(
                "Validation", "No carrier uses the prefix {prefix}: a mobile number starts 13 to 19 (\"{text}\")."),
            {"prefix": digits[:2], "text": raw},
        )
    if digits.startswith("1"):
        return Message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A mobile number has 11 digits starting 13-19; \"{text}\" has {count}.",
            ),
            {"text": raw, "count": len(digits)},
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Validation",
            "\"{text}\" is neither a mobile number (11 digits) nor a landline "
            "(area code and 7-8 digits).",
        ),
        {"text": raw},
    )
