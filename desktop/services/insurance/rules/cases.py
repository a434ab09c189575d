"""The stages of an accident case and the papers of its claim file, pure.

open (reported, the assessor expected) → assessed (the insurer's amounts per line) →
split (the bill divided between the insurer and the customer, on the order) → paid (the
insurer's part received) → closed.  A supplement after disassembly takes an assessed or
split case back to "assessed" until it is answered; a paid or closed case takes none."""

from __future__ import annotations

from datetime import date

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

STATES = {
    "open": QT_TRANSLATE_NOOP("Insurance", "Waiting for the assessment"),
    "assessed": QT_TRANSLATE_NOOP("Insurance", "Assessed"),
    "split": QT_TRANSLATE_NOOP("Insurance", "Split between insurer and customer"),
    "paid": QT_TRANSLATE_NOOP("Insurance", "Insurer paid"),
    "closed": QT_TRANSLATE_NOOP("Insurance", "Closed"),
}
KINDS = {"own": QT_TRANSLATE_NOOP("Insurance", "Own damage"),
         "third_party": QT_TRANSLATE_NOOP("Insurance", "Third party")}
# The claim file (理赔资料): what the insurer wants before it pays.
DOCUMENTS = {
    "driving_licence": QT_TRANSLATE_NOOP("Insurance", "Driving licence (驾驶证)"),
    "vehicle_licence": QT_TRANSLATE_NOOP("Insurance", "Vehicle licence (行驶证)"),
    "accident_report": QT_TRANSLATE_NOOP("Insurance", "Accident report (事故认定书)"),
    "bank_details": QT_TRANSLATE_NOOP("Insurance", "Bank details (银行账户)"),
    "repair_invoice": QT_TRANSLATE_NOOP("Insurance", "Repair invoice (维修发票)"),
    "photos_before": QT_TRANSLATE_NOOP("Insurance", "Photos before the repair"),
    "photos_during": QT_TRANSLATE_NOOP("Insurance", "Photos during the repair"),
    "photos_after": QT_TRANSLATE_NOOP("Insurance", "Photos after the repair"),
    "authority": QT_TRANSLATE_NOOP("Insurance", "Letter of authority, signed (授权书)"),
}
PHOTO_STAGES = ("before", "during", "after")
SUPPLEMENT_STATES = {"sent": QT_TRANSLATE_NOOP("Insurance", "Sent"),
                     "approved": QT_TRANSLATE_NOOP("Insurance", "Approved"),
                     "refused": QT_TRANSLATE_NOOP("Insurance", "Refused")}


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Insurance")


def missing(ticked: set[str], direct_pay: bool) -> list[str]:
    """The papers still missing (the letter of authority only when the insurer pays the shop)."""
    return [k for k in DOCUMENTS if k not in ticked and (direct_pay or k != "authority")]


def supplement_problem(state: str) -> Message | None:
    if state in ("paid", "closed"):
        return _msg(QT_TRANSLATE_NOOP("Insurance", "The insurer has paid this case; a supplement is too late."))
    return None


def accident_date_problem(day: date | None, today: date) -> Message | None:
    if day is None:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "When did the accident happen?"))
    if day > today:
        return _msg(QT_TRANSLATE_NOOP("Insurance", "The accident date is in the future."))
    return None
