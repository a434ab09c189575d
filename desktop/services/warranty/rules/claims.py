"""The rules of a claim to the manufacturer (索赔), pure: its states and the moves between
them, the manufacturer's price of a warranty line, the submission deadline, the ageing of
what the manufacturer owes, and the reasons a claim is refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

# draft → submitted → approved | partly | rejected; rejected → draft (resubmitted) or closed
# (the customer pays, or the shop's goodwill); approved | partly → paid once the approved
# amount has come in.
STATES = ("draft", "submitted", "approved", "partly", "rejected", "paid", "closed")
STATE_NAMES = {
    "draft": QT_TRANSLATE_NOOP("Claims", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Claims", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Claims", "Approved"),
    "partly": QT_TRANSLATE_NOOP("Claims", "Partly approved"),
    "rejected": QT_TRANSLATE_NOOP("Claims", "Rejected"),
    "paid": QT_TRANSLATE_NOOP("Claims", "Paid"),
    "closed": QT_TRANSLATE_NOOP("Claims", "Closed"),
}
MOVES = {
    "draft": ("submitted",),
    "submitted": ("approved", "partly", "rejected"),
    "approved": ("paid",),
    "partly": ("paid",),
    "rejected": ("draft", "closed"),
    "paid": (),
    "closed": (),
}
OPEN = ("draft", "submitted", "approved", "partly", "rejected")
# What the manufacturer's answer can give as the reason (索赔拒赔原因).
REJECTIONS = {
    "not_covered": QT_TRANSLATE_NOOP("Claims", "Not covered (expired or over km)"),
    "exclusion": QT_TRANSLATE_NOOP("Claims", "Exclusion (misuse, accident, modification)"),
    "late": QT_TRANSLATE_NOOP("Claims", "Submitted too late"),
    "documents": QT_TRANSLATE_NOOP("Claims", "Documents or photos missing"),
    "diagnosis": QT_TRANSLATE_NOOP("Claims", "Diagnosis not supported"),
    "labour": QT_TRANSLATE_NOOP("Claims", "Labour time not accepted"),
    "part": QT_TRANSLATE_NOOP("Claims", "Part not accepted / old part not returned"),
    "consent": QT_TRANSLATE_NOOP("Claims", "No prior consent (technical report)"),
    "other": QT_TRANSLATE_NOOP("Claims", "Other"),
}
# What becomes of the refused amount: the customer pays it (with their consent), or the
# shop bears it as goodwill (a manager).
SETTLEMENTS = ("customer", "goodwill")
AGE_BUCKETS = ((30, "0–30"), (60, "31–60"), (90, "61–90"), (None, "> 90"))
# Components whose warranty repair needs the manufacturer's consent first (a technical
# report answered "approved"): the expensive ones.
CONSENT_COMPONENTS = frozenset({"powertrain", "battery"})
FEN = Decimal("0.01")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Claims")


def move_problem(current: str, target: str) -> Message | None:
    if target in MOVES.get(current, ()):
        return None
    return _msg(QT_TRANSLATE_NOOP("Claims", "A claim that is {state} cannot be {target}."),
                state=STATE_NAMES.get(current, current), target=STATE_NAMES.get(target, target))


def labour_price(rate: Decimal) -> Decimal:
    """The manufacturer's labour rate per standard hour (索赔工时单价)."""
    return rate.quantize(FEN, ROUND_HALF_UP)


def part_price(dealer_cost: Decimal, handling_pct: Decimal) -> Decimal:
    """The manufacturer pays a part at the dealer's net price plus a handling share (管理费)."""
    return (dealer_cost * (1 + handling_pct / 100)).quantize(FEN, ROUND_HALF_UP)


def deadline(repaired_on: date, days: int) -> date:
    """The last day the claim can be submitted."""
    return repaired_on + timedelta(days=days)


def days_left(repaired_on: date, days: int, today: date) -> int:
    return (deadline(repaired_on, days) - today).days


def age_bucket(since: date, today: date) -> str:
    age = (today - since).days
    return next(label for top, label in AGE_BUCKETS if top is None or age <= top)


@dataclass(frozen=True)
class Verdict:
    state: str  # approved | partly | rejected
    approved: Decimal


def verdict(amounts: list[tuple[Decimal, bool]]) -> Verdict:
    """The claim's answer from its lines' (amount, approved?): all, some or none."""
    approved = sum((a for a, ok in amounts if ok), Decimal(0))
    if all(ok for _a, ok in amounts):
        return Verdict("approved", approved)
    if any(ok for _a, ok in amounts):
        return Verdict("partly", approved)
    return Verdict("rejected", Decimal(0))
