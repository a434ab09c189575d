"""Finding a part as it is typed at the counter (配件查找): by the start of its number, a piece
of its name, or its name's pinyin initials (jylq finds 机油滤清器); numbers that start with
the text first."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Part
from desktop.services.common.text import clean


@lru_cache(maxsize=8192)
def _char_initial(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(ch, style=Style.FIRST_LETTER, errors="ignore")
    return letters[0].lower()[:1] if letters else ""


def _name_initials(name: str) -> str:
    """机油滤清器 → jylqq: one letter per Chinese character (cached per character, so a
    catalogue of 20,000 names is read in milliseconds); letters and digits as they are."""
    return "".join(_char_initial(ch) if not ch.isascii() else ch.lower() for ch in name if not ch.isspace())


def matching_parts(s: Session, text: str, limit: int = 12) -> list[Part]:
    query = clean(text)
    if not query:
        return []
    upper, lower = query.upper().replace(" ", ""), query.lower()
    live = Part.archived.is_(False)
    by_number = list(s.scalars(select(Part).where(live, Part.number.startswith(upper, autoescape=True))
                               .order_by(Part.number).limit(limit)))
    by_name = list(s.scalars(select(Part).where(live, Part.name.contains(query, autoescape=True))
                             .order_by(Part.number).limit(limit)))
    found = {p.id: p for p in by_number + by_name}
    if len(found) < limit and lower.isascii() and lower.isalpha():
        for pid, name in s.execute(select(Part.id, Part.name).where(live)):
            part = s.get(Part, pid) if pid not in found and _name_initials(name).startswith(lower) else None
            if part is not None:
                found[pid] = part
                if len(found) >= limit:
                    break
    return list(found.values())[:limit]
