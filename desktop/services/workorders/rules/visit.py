"""The steps around the repair (DOMAIN.md section 1, steps 8–9): the papers taken in with
the car are given back, signed for, before it leaves."""

from __future__ import annotations

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

# The papers a car comes in with (what the reception form offers; the shop may type others).
DOCUMENTS = ("行驶证", "保养手册", "年审资料", "保险单", "备用钥匙")


def documents_list(text: str) -> list[str]:
    return [d for d in (x.strip() for x in text.replace("，", ",").replace("、", ",").split(",")) if d]


def papers_problem(documents_in: str, returned: bool) -> Message | None:
    """Why the car cannot leave yet: its papers have not been signed for as returned."""
    if documents_in and not returned:
        return Message(QT_TRANSLATE_NOOP(
            "Validation", "The customer's papers ({papers}) have not been signed for as returned yet."),
            {"papers": "、".join(documents_list(documents_in))})
    return None
