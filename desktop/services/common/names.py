"""Search keys for Chinese names: pinyin initials and full pinyin.

``zw`` finds 张伟 and ``zhangwei`` does too.  pypinyin reads the name in context; a surname
whose reading as a surname differs from its everyday reading (曾 zeng, 单 shan, 仇 qiu …)
gets a key for that reading too, so the advisor finds the customer whichever reading
comes to mind.  Latin letters and digits in a name (company names) are kept, lower-cased.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.services.common.text import clean, is_cjk

# Surnames read differently from the same character in ordinary words.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "区": "ou", "朴": "piao", "查": "zha",
    "盖": "ge", "乐": "yue", "尉": "yu", "秘": "bi", "缪": "miao", "翟": "zhai", "覃": "qin",
    "召": "shao", "种": "chong", "能": "nai", "员": "yun", "繁": "po", "重": "chong",
    "长": "chang", "黑": "he", "句": "gou", "隗": "wei", "折": "she", "宿": "su", "啜": "chuai",
    "万": "wan", "藏": "zang", "朝": "chao", "卜": "bu", "薄": "bo", "牟": "mou", "纪": "ji",
    "车": "che", "柏": "bai", "任": "ren", "沈": "shen", "华": "hua", "石": "shi", "於": "yu",
}  # fmt: skip


def _tokens(name: str) -> list[str]:
    return [ch for ch in name if is_cjk(ch) or ch.isalnum()]


def _read_in_context(tokens: list[str]) -> list[str]:
    """One reading per token; runs of Chinese characters are read as phrases (重庆 chongqing)."""
    readings: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if token and is_cjk(token):
            run.append(token)
            continue
        if run:
            from pypinyin import (  # its phrase tables: loaded when a name is first read
                Style,
                pinyin,
            )

            readings.extend(r[0].lower() for r in pinyin("".join(run), style=Style.NORMAL))
            run = []
        if token:
            readings.append(token.lower())
    return readings


def name_keys(name: str) -> list[str]:
    """The keys a name is found by: initials and full pinyin, for each likely reading."""
    return list(_keys(name))


@lru_cache(maxsize=8192)  # names repeat (an import of 100,000 rows reads each owner once per row)
def _keys(name: str) -> tuple[str, ...]:
    name = clean(name)
    tokens = _tokens(name)
    if not any(is_cjk(ch) for ch in tokens):
        return ()
    context = _read_in_context(tokens)
    variants = [context]
    first = tokens[0]
    surname = SURNAME_READINGS.get(first)
    if surname and surname != context[0]:
        variants.insert(0, [surname, *context[1:]])
    keys: list[str] = []
    for variant in variants:
        for key in ("".join(part[0] for part in variant), "".join(variant)):
            if key not in keys:
                keys.append(key)
    return tuple(keys)


def initials(name: str) -> str:
    """The first (most likely) initials key, for sorting and display."""
    keys = _keys(name)
    return keys[0] if keys else clean(name).lower()
