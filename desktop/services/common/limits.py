"""The ranges of every number a person can type or import (数值范围): one table, used by the
forms, the importers, the services and the shop settings alike, with guards in the schema
(revision 0008) as the last line.  A value outside its range gets a message that names the
real reason ("at most ¥1,000,000.00", "more than 0", "at most 2 decimals"), never an
exception.  Pure: no database."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop.services.common.text import clean
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Limit:
    low: Decimal
    high: Decimal
    places: int = 2
    positive: bool = False  # True: more than ``low`` (0), not equal to it
    money: bool = False

    def show(self, value: Decimal) -> str:
        """A bound as people read it: ¥1,000,000.00 for money, 100,000 or 0.3 otherwise."""
        if self.money:
            return f"¥{value:,.2f}"
        return f"{value:,.0f}" if value == value.to_integral() else f"{value.normalize():,f}"


def _d(text: str) -> Decimal:
    return Decimal(text)


LIMITS: dict[str, Limit] = {
    # money (yuan)
    "unit_price": Limit(_d("0"), _d("1000000"), money=True),  # a part's price, a labour rate
    "unit_cost": Limit(_d("0"), _d("1000000"), money=True),  # a receipt's cost
    "line_amount": Limit(_d("0"), _d("10000000"), money=True),
    "document_total": Limit(_d("0"), _d("100000000"), money=True),
    "payment": Limit(_d("0"), _d("10000000"), positive=True, money=True),
    "cash": Limit(_d("0"), _d("10000000"), money=True),
    # quantities
    "quantity": Limit(_d("0"), _d("100000"), positive=True),  # per movement or line
    "count": Limit(_d("0"), _d("1000000")),  # a stock-take count; 0 is a count
    "hours": Limit(_d("0"), _d("200"), positive=True),
    "pack_size": Limit(_d("0"), _d("10000"), positive=True),
    "min_order": Limit(_d("0"), _d("100000")),
    # rates and the rest
    "discount_pct": Limit(_d("0"), _d("100")),
    "vat_rate": Limit(_d("0"), _d("0.30"), places=4),  # a fraction; shown and typed as a percent
    "vat_percent": Limit(_d("0"), _d("30"), places=2),
    "km": Limit(_d("0"), _d("2000000"), places=0),
    "lead_time_days": Limit(_d("0"), _d("365"), places=0),
    "review_days": Limit(_d("1"), _d("365"), places=0),
    "share": Limit(_d("0"), _d("1"), places=4),
    "days": Limit(_d("1"), _d("3650"), places=0),
    "months": Limit(_d("1"), _d("120"), places=0),
    "call_days": Limit(_d("1"), _d("30"), places=0),  # follow-up windows, complaint deadlines
    "attempts": Limit(_d("1"), _d("10"), places=0),
    "score": Limit(_d("1"), _d("5"), places=0),  # a satisfaction score
    "slots": Limit(_d("1"), _d("20"), places=0),  # reception slots in a row
    "work_minutes": Limit(_d("0"), _d("1440"), places=0),  # an appointment's planned work
    "warranty_months": Limit(_d("1"), _d("240"), places=0),  # a warranty term
    "warranty_km": Limit(_d("0"), _d("2000000"), places=0, positive=True),
    "extension_months": Limit(_d("0"), _d("120"), places=0),  # an extended-warranty contract
    "extension_km": Limit(_d("0"), _d("1000000"), places=0),
    "repairs": Limit(_d("1"), _d("20"), places=0),  # 三包: repairs of the same fault
    "payment_days": Limit(_d("0"), _d("365"), places=0),  # an insurer's terms
    # the manager's targets, by the measure's unit, and the dealership's monthly fixed costs
    "target_percent": Limit(_d("0"), _d("1000"), places=1),
    "target_money": Limit(_d("0"), _d("100000000"), money=True),
    "target_days": Limit(_d("0"), _d("365"), places=1),
    "target_count": Limit(_d("0"), _d("1000000"), places=1),
    "fixed_cost": Limit(_d("0"), _d("100000000"), money=True),
    # staff appraisal: a month's score and an item's points (0-150), a grade's pay factor
    "appraisal_score": Limit(_d("0"), _d("150"), places=1),
    "pay_factor": Limit(_d("0"), _d("3"), places=2),
    "window_day": Limit(_d("1"), _d("7"), places=0),  # a day of the appraisal's scoring window
    # plans and cards
    "point_value": Limit(_d("0.001"), _d("1"), places=3),  # yuan a point is worth
    "call_days_long": Limit(_d("1"), _d("180"), places=0),
    "plan_months": Limit(_d("1"), _d("120"), places=0),
    "plan_services": Limit(_d("0"), _d("100"), places=0),
    "plan_callouts": Limit(_d("0"), _d("50"), places=0),
    "tow_km": Limit(_d("0"), _d("1000"), places=0),
    "card_amount": Limit(_d("0"), _d("1000000"), money=True, positive=True),
    "card_bonus": Limit(_d("0"), _d("1000000"), money=True),
    "plan_price": Limit(_d("0"), _d("1000000"), money=True),
    "member_discount": Limit(_d("0"), _d("50"), places=2),
    "points_per_yuan": Limit(_d("0"), _d("10"), places=2),
    "points": Limit(_d("1"), _d("100000000"), places=0),
    "points_taken": Limit(_d("0"), _d("100000000"), places=0),
}

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a number.")
TOO_MANY_PLACES = QT_TRANSLATE_NOOP("Validation", "At most {places} decimal places.")
WHOLE = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")
TOO_HIGH = QT_TRANSLATE_NOOP("Validation", "At most {high}.")
TOO_LOW = QT_TRANSLATE_NOOP("Validation", "At least {low}.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("Validation", "Must be more than {low}.")


def to_decimal(value: object) -> Decimal | None:
    """A typed or imported number: full-width digits, thousands separators, ¥ and spaces
    are allowed; anything else is ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        value = repr(value)
    text = clean(str(value)).replace(",", "").replace("¥", "").replace("￥", "").replace(" ", "")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def problem(value: object, kind: str) -> Message | None:
    """Why ``value`` is not a valid ``kind``, or ``None`` when it is."""
    limit = LIMITS[kind]
    number = to_decimal(value)
    if number is None:
        return Message(NOT_A_NUMBER)
    if number > limit.high:
        return Message(TOO_HIGH, {"high": limit.show(limit.high)})
    if limit.positive and number <= limit.low:
        return Message(NOT_POSITIVE, {"low": limit.show(limit.low)})
    if number < limit.low:
        return Message(TOO_LOW, {"low": limit.show(limit.low)})
    if number != number.quantize(Decimal(1).scaleb(-limit.places)):
        return Message(WHOLE) if limit.places == 0 else Message(TOO_MANY_PLACES, {"places": limit.places})
    return None


def checked(value: object, kind: str, key: str, errors: MutableMapping[str, Message],
            default: Decimal = Decimal(0)) -> Decimal:
    """``value`` as a ``Decimal`` within its range; otherwise the reason goes into
    ``errors[key]`` and ``default`` comes back (so a form collects every error at once)."""
    reason = problem(value, kind)
    if reason is not None:
        errors.setdefault(key, reason)
        return default
    number = to_decimal(value)
    assert number is not None
    return number.quantize(Decimal(1).scaleb(-LIMITS[kind].places))


def checked_int(value: object, kind: str, key: str, errors: MutableMapping[str, Message], default: int = 0) -> int:
    return int(checked(value, kind, key, errors, Decimal(default)))


def fen_bounds(kind: str) -> tuple[int, int]:
    """The range in fen, for the schema's guards."""
    limit = LIMITS[kind]
    return int(limit.low * 100), int(limit.high * 100)
