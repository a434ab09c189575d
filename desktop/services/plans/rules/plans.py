"""Plans and cards, as plain arithmetic: when a plan ends, what of it is still owed to the
customer, what a bill earns in points, what points are worth, whether a coupon applies."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_DOWN, Decimal

from desktop.services.common.money import ZERO, to_fen
from desktop.services.core.messages import QT_TRANSLATE_NOOP

KIND_NAMES = {
    "extension": QT_TRANSLATE_NOOP("Plans", "Extended warranty"),
    "maintenance": QT_TRANSLATE_NOOP("Plans", "Maintenance plan"),
    "roadside": QT_TRANSLATE_NOOP("Plans", "Roadside assistance"),
    "card": QT_TRANSLATE_NOOP("Plans", "Stored-value card"),
}
PLAN_KINDS = tuple(KIND_NAMES)  # the same as the model's
STATE_NAMES = {
    "active": QT_TRANSLATE_NOOP("Plans", "active"),
    "expired": QT_TRANSLATE_NOOP("Plans", "expired"),
    "used up": QT_TRANSLATE_NOOP("Plans", "used up"),
    "refunded": QT_TRANSLATE_NOOP("Plans", "refunded"),
    "cancelled": QT_TRANSLATE_NOOP("Plans", "cancelled"),
    "lost": QT_TRANSLATE_NOOP("Plans", "reported lost"),
    "not yet": QT_TRANSLATE_NOOP("Plans", "not started yet"),
}
ENTRY_NAMES = {
    "load": QT_TRANSLATE_NOOP("Plans", "paid in"),
    "bonus": QT_TRANSLATE_NOOP("Plans", "bonus"),
    "spend": QT_TRANSLATE_NOOP("Plans", "paid with"),
    "refund": QT_TRANSLATE_NOOP("Plans", "refunded"),
    "moved": QT_TRANSLATE_NOOP("Plans", "moved to the new card"),
    "import": QT_TRANSLATE_NOOP("Plans", "taken over from the old system"),
    "earn": QT_TRANSLATE_NOOP("Plans", "points earned"),
    "redeem": QT_TRANSLATE_NOOP("Plans", "points paid with"),
    "reverse": QT_TRANSLATE_NOOP("Plans", "reversed"),
}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ends_on(starts: date, months: int) -> date:
    """A plan of 12 months from 2026-03-15 runs to 2027-03-14 inclusive."""
    return date.fromordinal(add_months(starts, months).toordinal() - 1)


def state_on(state: str, ends: date, day: date, services: int = 0, used: int = 0, kind: str = "") -> str:
    """What a contract is on a day: refunded/cancelled as recorded, else expired after its
    last day, used up when a maintenance plan has no service left, else active."""
    if state != "active":
        return state
    if day > ends:
        return "expired"
    if kind == "maintenance" and services and used >= services:
        return "used up"
    return "active"


def unused_value(price: Decimal, services: int, used: int, starts: date, ends: date, day: date,
                 kind: str) -> Decimal:
    """What of a plan's price is still owed to the customer on ``day`` (the liability): a
    maintenance plan, its services not yet used; a warranty or assistance year, the days
    not yet run (straight line).  Nothing once it ended."""
    if day > ends:
        return ZERO
    if kind == "maintenance":
        if services <= 0:
            return ZERO
        return to_fen(price * max(services - used, 0) / services)
    total = (ends - starts).days + 1
    left = min((ends - day).days + 1, total) if day >= starts else total
    return to_fen(price * left / total)


def points_earned(amount: Decimal, per_yuan: Decimal) -> int:
    """Whole points for a payment: ¥235.50 at 1 point a yuan earns 235."""
    if amount <= 0 or per_yuan <= 0:
        return 0
    return int((amount * per_yuan).to_integral_value(rounding=ROUND_DOWN))


def points_for(amount: Decimal, point_value: Decimal) -> int | None:
    """The points that pay ``amount`` at ``point_value`` yuan each; None when the amount is
    not a whole number of points (¥1.005 at ¥0.01)."""
    if point_value <= 0:
        return None
    points = amount / point_value
    return int(points) if points == points.to_integral_value() else None


def coupon_problem(valid_from: date, valid_until: date, min_spend: Decimal, redeemed: bool, day: date,
                   bill: Decimal) -> str | None:
    """Why a coupon cannot pay this bill today, in words to translate; None when it can."""
    if redeemed:
        return QT_TRANSLATE_NOOP("Validation", "This coupon has already been used.")
    if day < valid_from:
        return QT_TRANSLATE_NOOP("Validation", "This coupon is not valid yet.")
    if day > valid_until:
        return QT_TRANSLATE_NOOP("Validation", "This coupon has expired.")
    if bill < min_spend:
        return QT_TRANSLATE_NOOP("Validation", "This coupon is for bills of {min} or more.")
    return None


def card_number_ok(number: str) -> bool:
    """A card's number as printed: 6 to 20 letters and digits."""
    return 6 <= len(number) <= 20 and number.isascii() and number.isalnum()
