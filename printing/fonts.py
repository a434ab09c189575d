"""Characters the shipped font does not have (fallback fonts).

WenQuanYi Micro Hei covers the common Chinese characters, but a name may hold a rare one
(䶮 in CJK Extension A, 𠮷 in Extension B): drawn in the shipped font it prints blank.  Each
run of such characters is drawn in the first fallback font on this PC that has them:
SimSun / SimSun-ExtB on Windows (every Chinese Windows has both), HanaMin A/B or other
TrueType CJK fonts on Linux.  The fallbacks are looked for only when a document first
needs one; a character no font has is left to the main font (and prints blank, as before).
Only TrueType outlines can be embedded by ReportLab, so only such fonts are listed.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", "C:\\Windows")) / "Fonts"
CANDIDATES: list[tuple[Path, int]] = [
    (_WINDOWS_FONTS / "simsun.ttc", 0),  # SimSun: the BMP and Extension A
    (_WINDOWS_FONTS / "simsunb.ttf", 0),  # SimSun-ExtB: Extension B
    (_WINDOWS_FONTS / "mingliub.ttc", 0),
    (Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"), 0),
    (Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"), 0),
    (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0),
    (Path("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"), 0),
]


@lru_cache(maxsize=4)
def _coverage(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def _fallbacks() -> tuple[tuple[str, frozenset[int]], ...]:
    found = []
    for i, (path, index) in enumerate(CANDIDATES):
        if not path.is_file():
            continue
        name = f"CJK-fallback-{i}"
        try:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        except (TTFError, OSError, ValueError):  # CFF outlines, a damaged file: not usable
            continue
        found.append((name, _coverage(name)))
    return tuple(found)


def runs(text: str, main: str) -> list[tuple[str, str]]:
    """``text`` as (font, piece) runs: the main font wherever it has the character."""
    have = _coverage(main)
    if all(ord(ch) in have or ch in "\n\t " for ch in text):
        return [(main, text)]
    out: list[tuple[str, str]] = []
    for ch in text:
        font = main
        if ord(ch) not in have and ch not in "\n\t ":
            font = next((name for name, cover in _fallbacks() if ord(ch) in cover), main)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def needs_fallback(text: str, main: str) -> bool:
    return len(runs(text, main)) > 1 or (bool(text) and runs(text, main)[0][0] != main)


def width(text: str, main: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text, main)))
