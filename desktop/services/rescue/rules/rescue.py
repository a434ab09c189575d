"""The rescue desk's arithmetic: the target time by distance, the minutes a step took and
whether it was in time, what a call-out costs when no plan covers it, and which steps
follow which."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from desktop.services.common.money import ZERO, to_fen
from desktop.services.core.messages import QT_TRANSLATE_NOOP

STATE_NAMES = {
    "called": QT_TRANSLATE_NOOP("Rescue", "waiting for a van"),
    "dispatched": QT_TRANSLATE_NOOP("Rescue", "on the way"),
    "arrived": QT_TRANSLATE_NOOP("Rescue", "at the car"),
    "closed": QT_TRANSLATE_NOOP("Rescue", "closed"),
}
OUTCOME_NAMES = {
    "fixed": QT_TRANSLATE_NOOP("Rescue", "fixed on the spot"),
    "towed": QT_TRANSLATE_NOOP("Rescue", "towed to the shop"),
    "cancelled": QT_TRANSLATE_NOOP("Rescue", "cancelled"),
}
VAN_STATE_NAMES = {
    "free": QT_TRANSLATE_NOOP("Rescue", "free"),
    "out": QT_TRANSLATE_NOOP("Rescue", "out"),
    "maintenance": QT_TRANSLATE_NOOP("Rescue", "in maintenance"),
}
NEXT = {"called": ("dispatched", "closed"), "dispatched": ("arrived", "closed"), "arrived": ("closed",),
        "closed": ()}


def band(distance_km: int) -> str:
    """near (up to 10 km), mid (up to 30 km) or far."""
    return "near" if distance_km <= 10 else "mid" if distance_km <= 30 else "far"


def target_minutes(distance_km: int, near: int, mid: int, far: int) -> int:
    return {"near": near, "mid": mid, "far": far}[band(distance_km)]


def minutes(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(int((end - start).total_seconds() // 60), 0)


def in_time(took: int | None, target: int) -> bool | None:
    return None if took is None else took <= target


def tow_charge(tow_km: int, covered_km: int, per_km: Decimal) -> Decimal:
    """Towing beyond what the plan covers, per km."""
    extra = max(tow_km - covered_km, 0)
    return to_fen(per_km * extra) if extra else ZERO


def may_move(state: str, target: str) -> bool:
    return target in NEXT.get(state, ())
