"""Normalising what people type: full-width characters, stray spaces and dashes."""

from __future__ import annotations

import unicodedata

_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: ord(" ")}


def to_halfwidth(text: str) -> str:
    """Full-width digits and Latin letters (１２３ＡＢＣ) become their ASCII forms; CJK stays."""
    return text if text.isascii() else text.translate(_HALFWIDTH)


def clean(text: str | None) -> str:
    """Trim, fold full-width forms and collapse runs of white space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", to_halfwidth(text))
    return " ".join(text.split())


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)
