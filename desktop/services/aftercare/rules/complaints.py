"""The complaint's life as pure rules: its channels, categories and states, which moves
are allowed and what each needs (DOMAIN.md section 1, step 10)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Complaints", "Phone"),
    "in_person": QT_TRANSLATE_NOOP("Complaints", "In person"),
    "wechat": QT_TRANSLATE_NOOP("Complaints", "WeChat"),
    "hotline": QT_TRANSLATE_NOOP("Complaints", "Manufacturer's hotline"),
    "followup": QT_TRANSLATE_NOOP("Complaints", "Follow-up call"),
}
CATEGORIES = {
    "quality": QT_TRANSLATE_NOOP("Complaints", "Repair quality"),
    "attitude": QT_TRANSLATE_NOOP("Complaints", "Attitude"),
    "price": QT_TRANSLATE_NOOP("Complaints", "Price"),
    "time": QT_TRANSLATE_NOOP("Complaints", "Time"),
    "parts": QT_TRANSLATE_NOOP("Complaints", "Parts"),
    "other": QT_TRANSLATE_NOOP("Complaints", "Other"),
}
SEVERITIES = {
    "minor": QT_TRANSLATE_NOOP("Complaints", "Minor"),
    "normal": QT_TRANSLATE_NOOP("Complaints", "Normal"),
    "serious": QT_TRANSLATE_NOOP("Complaints", "Serious"),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("Complaints", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Complaints", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Complaints", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Complaints", "Closed"),
}
OPEN_STATES = ("open", "in_progress")
MOVES = {
    "open": ("in_progress", "resolved"),  # resolved at once: settled on the spot
    "in_progress": ("resolved",),
    "resolved": ("closed", "in_progress"),  # the customer confirms, or is not satisfied
    "closed": (),
}


def move_problem(state: str, target: str, *, resolution: str, root_cause: str, confirmation: str) -> Message | None:
    """Why a complaint may not move from ``state`` to ``target`` (None: it may)."""
    if target not in MOVES.get(state, ()):
        return Message(QT_TRANSLATE_NOOP("Validation", "A complaint that is {state} cannot become {target}."),
                       {"state": Message(STATES.get(state, state), {}, "Complaints"),
                        "target": Message(STATES.get(target, target), {}, "Complaints")})
    if target == "resolved" and not resolution.strip():
        return Message(QT_TRANSLATE_NOOP("Validation", "Say what was done to resolve it."))
    if target == "resolved" and not root_cause.strip():
        return Message(QT_TRANSLATE_NOOP("Validation", "Say what caused it."))
    if target == "closed" and not confirmation.strip():
        return Message(QT_TRANSLATE_NOOP("Validation", "Record how the customer confirmed the solution."))
    return None


def report_by(received: date, days: int) -> date:
    """Reported to the service manager within ``days`` calendar days when not settled."""
    return received + timedelta(days=days)
