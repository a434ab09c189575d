"""Reminder letters on A5: the shop at the top, the customer's name and address, the
message from the shop's template, the shop's phone and address at the foot.

    pdf = letters(doc, lang="zh_CN")
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from printing.data import LettersDoc
from printing.render import build, esc, styles

WORDS = {"zh_CN": {"title": "保养提醒函", "dear": "尊敬的{name}：", "regards": "此致\n敬礼", "phone": "电话"},
         "en": {"title": "Service reminder", "dear": "Dear {name},", "regards": "Kind regards", "phone": "Phone"}}


def letters(doc: LettersDoc, lang: str = "zh_CN") -> bytes:
    words = WORDS.get(lang, WORDS["zh_CN"])
    st = styles(11, "A5")
    story: list[Any] = []
    for i, (customer, address, message) in enumerate(doc.letters):
        if i:
            story.append(PageBreak())
        story += [Paragraph(esc(address), st["small"]), Spacer(1, 6 * mm),
                  Paragraph(esc(words["dear"].format(name=customer)), st["base"]), Spacer(1, 4 * mm),
                  Paragraph(esc(message), st["base"]), Spacer(1, 10 * mm),
                  Paragraph(esc(words["regards"]).replace("\n", "<br/>"), st["base"]), Spacer(1, 6 * mm),
                  Paragraph(esc(f"{doc.shop.name}  {words['phone']} {doc.shop.phone}"), st["base"]),
                  Paragraph(esc(f"{doc.shop.address}  {doc.made_at}"), st["small"])]
    if not story:
        story.append(Spacer(1, 1))
    return build(story, title=words["title"], number=doc.made_at, shop=doc.shop.name, lang=lang, paper="A5",
                 logo=doc.shop.logo)
