"""The states of a work order and the moves between them (DOMAIN.md section 1).

    draft → estimated → authorized → in_progress ⇄ waiting_parts
                                       in_progress → quality_check → washing → ready → delivered
                                                     quality_check → in_progress (failed)
                                                     quality_check → ready (the shop has no wash step)
    any state before delivery → cancelled (with a reason)
    before the quality check → released (the car leaves unrepaired, with an exit slip)

A move the trade forbids (work before the customer signs, delivery before the quality
check, anything after delivery) is refused with the reason.
"""

from __future__ import annotations

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

STATES = (
    "draft", "estimated", "authorized", "in_progress", "waiting_parts", "quality_check",
    "washing", "ready", "delivered", "released", "cancelled",
)  # fmt: skip
STATE_LABELS = {
    "draft": QT_TRANSLATE_NOOP("States", "Draft"),
    "estimated": QT_TRANSLATE_NOOP("States", "Estimated"),
    "authorized": QT_TRANSLATE_NOOP("States", "Authorized"),
    "in_progress": QT_TRANSLATE_NOOP("States", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("States", "Waiting for parts"),
    "quality_check": QT_TRANSLATE_NOOP("States", "Quality check"),
    "washing": QT_TRANSLATE_NOOP("States", "Washing"),
    "ready": QT_TRANSLATE_NOOP("States", "Ready"),
    "delivered": QT_TRANSLATE_NOOP("States", "Delivered"),
    "released": QT_TRANSLATE_NOOP("States", "Left unrepaired"),
    "cancelled": QT_TRANSLATE_NOOP("States", "Cancelled"),
}
MOVES: dict[str, tuple[str, ...]] = {
    "draft": ("estimated", "released", "cancelled"),
    "estimated": ("draft", "authorized", "released", "cancelled"),
    "authorized": ("in_progress", "released", "cancelled"),
    "in_progress": ("waiting_parts", "quality_check", "released", "cancelled"),
    "waiting_parts": ("in_progress", "released", "cancelled"),
    "quality_check": ("washing", "ready", "in_progress", "cancelled"),
    "washing": ("ready", "in_progress", "cancelled"),
    "ready": ("delivered", "in_progress", "cancelled"),
    "delivered": (),
    "released": (),
    "cancelled": (),
}
CLOSED = ("delivered", "released", "cancelled")
OPEN_STATES = ("draft", "estimated", "authorized", "in_progress", "waiting_parts",
               "quality_check", "washing", "ready")
IN_SHOP = ("authorized", "in_progress", "waiting_parts", "quality_check", "washing", "ready")
LEFT_SHOP = ("delivered", "released")  # the car is gone: invoiced, an exit slip
EDITABLE = ("draft", "estimated")  # lines change freely; later, only as additional work

_WHY: dict[str, str] = {
    "in_progress": QT_TRANSLATE_NOOP("Validation", "Work starts only after the customer has signed the estimate."),
    "quality_check": QT_TRANSLATE_NOOP("Validation", "Only work in progress goes to the quality check."),
    "ready": QT_TRANSLATE_NOOP("Validation", "A car is ready only after it passed the quality check."),
    "washing": QT_TRANSLATE_NOOP("Validation", "A car goes to the wash after it passed the quality check."),
    "released": QT_TRANSLATE_NOOP("Validation", "A car that passed the quality check was repaired: deliver it."),
    "delivered": QT_TRANSLATE_NOOP("Validation", "A car is delivered only after the quality check passed and it is ready."),
    "authorized": QT_TRANSLATE_NOOP("Validation", "The customer signs an estimate: estimate the order first."),
}


def move_problem(current: str, target: str, wash: bool = False) -> Message | None:
    """Why the order cannot go from ``current`` to ``target``, or None when it can.
    ``wash``: the shop washes every car after the quality check (a setting)."""
    if current == "quality_check" and target == "ready" and wash:
        return Message(QT_TRANSLATE_NOOP("Validation", "The car goes to the wash first."), {})
    if current == "quality_check" and target == "washing" and not wash:
        return Message(QT_TRANSLATE_NOOP("Validation", "The shop has switched the wash step off."), {})
    if target in MOVES.get(current, ()):
        return None
    if current in CLOSED:
        return Message(
            QT_TRANSLATE_NOOP("Validation", "This order is closed ({state}); it cannot change any more."),
            {"state": Message(STATE_LABELS[current], {}, "States")},
        )
    text = _WHY.get(target) or QT_TRANSLATE_NOOP(
        "Validation", "A work order cannot go from {current} to {target}."
    )
    return Message(
        text,
        {"current": Message(STATE_LABELS[current], {}, "States"),
         "target": Message(STATE_LABELS[target], {}, "States")},
    )


# Who may make a move (a permission of core.permissions): the technician starts, pauses
# and sends to the check; the inspector passes or fails; delivery and cancelling are the
# front desk's.  Any other move (estimate, authorize, back to draft) is reception's.
MOVE_PERMISSIONS = {
    "in_progress": "orders.work",
    "waiting_parts": "orders.work",
    "quality_check": "orders.work",
    "ready": "orders.inspect",
    "washing": "orders.inspect",
    "delivered": "orders.deliver",
    "released": "orders.release",
    "cancelled": "orders.cancel",
}


def move_permission(target: str) -> str:
    return MOVE_PERMISSIONS.get(target, "orders.reception")
