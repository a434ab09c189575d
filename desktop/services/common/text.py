"""Normalising what people type: full-width characters, stray spaces and dashes."""

from __future__ import annotations

import unicodedata


def to_halfwidth(text: str) -> str:
    """Full-width digits and Latin letters (１２３ＡＢＣ) become their ASCII forms; CJK stays."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


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
