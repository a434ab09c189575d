"""A member card's money and points, moved in the caller's transaction.

Every change is one guarded UPDATE of the card row (``balance + amount >= 0``): two
workstations charging the same card at once are serialised by the database, the second
sees the balance the first left and is refused when it is not enough; the balance never
goes below zero (a CHECK holds it too).  Each change is also a row of the card's ledger
with the balance after it, so the ledger always adds up to the balance.

Billing calls ``pay_in`` (a card, its points or a coupon as a payment on an invoice) and
``earn_in`` (points for what was paid); the member's discount is ``member_in``.  Nothing
here imports billing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import literal, select, update
from sqlalchemy.orm import Session

from desktop.models import CardEntry, Coupon, MemberCard, MemberLevel
from desktop.models.base import Money
from desktop.services.common.money import ZERO, line_amount
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.plans.rules import plans as rules
from desktop.services.system import settings as shop_settings
from desktop.services.users.secrets import matches


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


@dataclass(frozen=True)
class Member:
    """The customer's membership: their best active card and its level's discounts."""

    card_id: int
    number: str
    level: str
    labour_pct: Decimal
    parts_pct: Decimal
    points_per_yuan: Decimal


def move_in(s: Session, card_id: int, amount: Decimal, points: int, kind: str, by: str, at: datetime, *,
            method: str = "", reference: str = "", invoice_id: int | None = None, note: str = "",
            field: str = "amount", active_only: bool = True) -> CardEntry:
    """Add ``amount`` (negative: take) and ``points`` to the card, or refuse in words."""
    guard = [MemberCard.id == card_id]
    if amount < 0:
        guard.append(MemberCard.balance >= literal(-amount, Money()))
    if points < 0:
        guard.append(MemberCard.points >= -points)
    if active_only:
        guard.append(MemberCard.state == "active")
    row = s.execute(update(MemberCard).where(*guard)
                    .values(balance=MemberCard.balance + literal(amount, Money()),
                            points=MemberCard.points + points, updated_at=at, updated_by=by)
                    .returning(MemberCard.balance, MemberCard.points)
                    .execution_options(synchronize_session=False)).first()
    if row is None:
        card = s.get(MemberCard, card_id)
        if card is None or (active_only and card.state != "active"):
            raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
                "Validation", "This card cannot be used (reported lost or refunded)."))})
        s.refresh(card)
        if amount < 0 and card.balance < -amount:
            raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
                "Validation", "The card holds only {balance}."), balance=card.balance)})
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
            "Validation", "The card has only {points} points."), points=card.points)})
    held = s.identity_map.get(s.identity_key(MemberCard, card_id))
    if held is not None:  # a copy loaded before the UPDATE reads the new balance next time
        s.expire(held)
    entry = CardEntry(card_id=card_id, at=at, by=by, kind=kind, amount=amount, points=points, method=method,
                      reference=reference[:64], invoice_id=invoice_id, balance_after=row[0], points_after=row[1],
                      note=note[:200])
    s.add(entry)
    s.flush()
    return entry


def card_by_number(s: Session, number: str, field: str) -> MemberCard:
    card = s.scalar(select(MemberCard).where(MemberCard.number == clean(number).upper().replace(" ", "")))
    if card is None:
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP("Validation", "No card has the number {number}."),
                                            number=clean(number))})
    return card


def check_pin(card: MemberCard, pin: str, field: str) -> None:
    """A card with a PIN pays only with it; one without, on the customer's signature
    (the receipt has the line for it)."""
    if card.pin_hash and not matches(card.pin_hash, pin or ""):
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP("Validation", "The card's PIN is not right."))})


def pay_in(s: Session, method: str, reference: str, pin: str, amount: Decimal, invoice_id: int,
           customer_id: int | None, bill: Decimal, by: str, at: datetime, field: str) -> str:
    """Take ``amount`` of an invoice from what the shop holds for the customer: the stored
    value of a card, its points, or a coupon.  Returns the reference the payment keeps
    (the card's number, the coupon's code)."""
    if method == "coupon":
        return _redeem_coupon(s, reference, amount, invoice_id, customer_id, bill, by, at, field)
    card = card_by_number(s, reference, field)
    if customer_id is not None and card.customer_id != customer_id:
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
            "Validation", "This card belongs to another customer."))})
    check_pin(card, pin, field)
    if method == "stored":
        move_in(s, card.id, -amount, 0, "spend", by, at, invoice_id=invoice_id, field=field)
    else:
        value = Decimal(str(shop_settings.get(s, "points_value")))
        points = rules.points_for(amount, value)
        if points is None:
            raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
                "Validation", "Points pay in steps of {step}."), step=value)})
        move_in(s, card.id, ZERO, -points, "redeem", by, at, invoice_id=invoice_id, field=field)
    return card.number


def return_in(s: Session, method: str, reference: str, amount: Decimal, invoice_id: int, by: str, at: datetime,
              field: str) -> str:
    """Money paid back on an invoice that a card paid: back onto the card (its use undone),
    or its points given back.  A coupon is not given back."""
    if method == "coupon":
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
            "Validation", "A coupon is not given back; pay back another way."))})
    card = card_by_number(s, reference, field)
    if method == "stored":
        move_in(s, card.id, amount, 0, "spend", by, at, invoice_id=invoice_id, field=field, active_only=False,
                note="退回")
    else:
        value = Decimal(str(shop_settings.get(s, "points_value")))
        points = rules.points_for(amount, value)
        if points is None:
            raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
                "Validation", "Points pay in steps of {step}."), step=value)})
        move_in(s, card.id, ZERO, points, "redeem", by, at, invoice_id=invoice_id, field=field, active_only=False,
                note="退回")
    return card.number


def _redeem_coupon(s: Session, code: str, amount: Decimal, invoice_id: int, customer_id: int | None,
                   bill: Decimal, by: str, at: datetime, field: str) -> str:
    key = clean(code).upper().replace(" ", "")
    coupon = s.scalar(select(Coupon).where(Coupon.code == key))
    if coupon is None:
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP("Validation", "No coupon has the code {code}."),
                                            code=clean(code))})
    if coupon.customer_id is not None and customer_id is not None and coupon.customer_id != customer_id:
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
            "Validation", "This coupon was given to another customer."))})
    problem = rules.coupon_problem(coupon.valid_from, coupon.valid_until, coupon.min_spend,
                                   coupon.redeemed_at is not None, at.astimezone().date(), bill)
    if problem is not None:
        raise ValidationFailed({field: _msg(problem, min=coupon.min_spend)})
    if amount != coupon.value:
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP(
            "Validation", "This coupon pays {value}, once."), value=coupon.value)})
    # Redeemed once: the second desk to try finds it taken.
    done = s.execute(update(Coupon).where(Coupon.id == coupon.id, Coupon.redeemed_at.is_(None))
                     .values(redeemed_at=at, redeemed_by=by, invoice_id=invoice_id)
                     .execution_options(synchronize_session=False))
    if getattr(done, "rowcount", 0) != 1:
        raise ValidationFailed({field: _msg(QT_TRANSLATE_NOOP("Validation", "This coupon has already been used."))})
    audit.record(s, "coupon-redeemed", "coupon", coupon.id, code=coupon.code, invoice=invoice_id)
    return coupon.code


def member_in(s: Session, customer_id: int | None, day: date | None = None) -> Member | None:
    """The customer's best active card (by its level), for the member discount and points."""
    if customer_id is None:
        return None
    rows = s.execute(
        select(MemberCard.id, MemberCard.number, MemberCard.expires_on, MemberLevel.name,
               MemberLevel.labour_discount_pct, MemberLevel.parts_discount_pct, MemberLevel.points_per_yuan,
               MemberLevel.position)
        .join(MemberLevel, MemberLevel.id == MemberCard.level_id)
        .where(MemberCard.customer_id == customer_id, MemberCard.state == "active")
        .order_by(MemberLevel.position.desc(), MemberCard.id)).all()
    for r in rows:
        if day is not None and r.expires_on is not None and r.expires_on < day:
            continue
        return Member(r.id, r.number, r.name, Decimal(r.labour_discount_pct), Decimal(r.parts_discount_pct),
                      Decimal(r.points_per_yuan))
    return None


def member_discount_in(s: Session, customer_id: int, values: dict[str, object]) -> None:
    """A new line the customer pays gets their member level's discount (labour or parts),
    unless it was given one of its own."""
    member = member_in(s, customer_id) if values.get("payer") == "customer" else None
    if member is None or values.get("discount_pct"):
        return
    pct = member.labour_pct if values["kind"] == "labour" else member.parts_pct
    values["discount_pct"] = pct
    values["amount"] = line_amount(Decimal(str(values["quantity"])), Decimal(str(values["unit_price"])), pct)


def earn_in(s: Session, customer_id: int | None, paid: Decimal, invoice_id: int, by: str, at: datetime) -> int:
    """Points for money the member paid (not for what a card, points or a coupon paid)."""
    member = member_in(s, customer_id, at.astimezone().date())
    if member is None:
        return 0
    points = rules.points_earned(paid, member.points_per_yuan)
    if points:
        move_in(s, member.card_id, ZERO, points, "earn", by, at, invoice_id=invoice_id)
    return points
