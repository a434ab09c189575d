"""The steps around the repair (DOMAIN.md section 1, steps 8–9): the papers taken in with
the car are given back, signed for, before it leaves."""

from __future__ import annotations

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

# The papers a car comes in with (what the reception form offers; the shop may type others).
DOCUMENTS = ("行驶证", "保养手册", "年审资料", "保险单", "备用钥匙")


# The customer's own replaced parts (outside warranty): asked at reception, then what was done.
OLD_PARTS_CHOICES = {
    "take": QT_TRANSLATE_NOOP("OldParts", "Customer takes them"),
    "leave": QT_TRANSLATE_NOOP("OldParts", "Left to the shop to dispose of"),
}
OLD_PARTS_OUTCOMES = {
    "handed": QT_TRANSLATE_NOOP("OldParts", "Handed to the customer"),
    "scrapped": QT_TRANSLATE_NOOP("OldParts", "Scrapped by the shop"),
    "none": QT_TRANSLATE_NOOP("OldParts", "No parts were replaced"),
}


def old_parts(choice: str, outcome: str) -> tuple[str, str]:
    """The answer and the outcome as kept: unknown words are dropped, and parts the customer
    left to the shop are not "handed" to them."""
    choice = choice if choice in OLD_PARTS_CHOICES else ""
    outcome = outcome if outcome in OLD_PARTS_OUTCOMES else ""
    if choice == "leave" and outcome == "handed":
        outcome = "scrapped"
    return choice, outcome


def documents_list(text: str) -> list[str]:
    return [d for d in (x.strip() for x in text.replace("，", ",").replace("、", ",").split(",")) if d]


def papers_problem(documents_in: str, returned: bool) -> Message | None:
    """Why the car cannot leave yet: its papers have not been signed for as returned."""
    if documents_in and not returned:
        return Message(QT_TRANSLATE_NOOP(
            "Validation", "The customer's papers ({papers}) have not been signed for as returned yet."),
            {"papers": "、".join(documents_list(documents_in))})
    return None
