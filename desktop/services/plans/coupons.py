"""Coupons (优惠券): a fixed amount off a bill, given out in a campaign (to named customers
or as loose coupons), valid for a time, redeemed once as a payment on an invoice."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Coupon, Customer, Invoice
from desktop.services.common import limits
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.plans.records import CouponView

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # read off paper or a phone and typed back
MOST = 2000  # coupons in one campaign


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def new_code(s: Session) -> str:
    while True:
        code = "Q" + "".join(secrets.choice(ALPHABET) for _ in range(9))
        if s.scalar(select(Coupon.id).where(Coupon.code == code)) is None:
            return code


class CouponsService(Service):

    def issue(self, campaign: str, value: Decimal | str, valid_from: date, valid_until: date, *,
              customer_ids: Sequence[int] = (), count: int = 0, min_spend: Decimal | str = "0") -> list[CouponView]:
        """One coupon for each customer named, or ``count`` loose ones."""
        self.require("plans.manage")
        errors: dict[str, Message] = {}
        name = clean(campaign)[:80]
        if not name:
            errors["campaign"] = _msg(QT_TRANSLATE_NOOP("Validation", "Name the campaign."))
        amount = limits.checked(value, "card_amount", "value", errors)
        floor = limits.checked(min_spend or 0, "card_bonus", "min_spend", errors)
        if valid_until < valid_from:
            errors["valid_until"] = _msg(QT_TRANSLATE_NOOP("Validation", "The last day comes after the first."))
        how_many = len(customer_ids) or count
        if not 1 <= how_many <= MOST:
            errors["count"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                                   low=1, high=MOST)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            now = self.clock()
            owners: list[int | None] = list(customer_ids) or [None] * count
            made = [Coupon(code=new_code(s), campaign=name, customer_id=c, value=amount, min_spend=floor,
                           valid_from=valid_from, valid_until=valid_until, issued_at=now, issued_by=self.user)
                    for c in owners]
            s.add_all(made)
            s.flush()
            audit.record(s, "coupons-issued", "coupon", None, campaign=name, count=len(made), value=str(amount))
            return self._views(s, made)

    def coupons(self, text: str = "", *, open_only: bool = False, limit: int = 2000) -> list[CouponView]:
        with reading(self.db) as s:
            q = select(Coupon).order_by(Coupon.id.desc())
            if open_only:
                q = q.where(Coupon.redeemed_at.is_(None))
            word = clean(text)
            if word:
                like = f"%{word}%"
                q = q.where(Coupon.code.ilike(like) | Coupon.campaign.ilike(like) | Coupon.customer_id.in_(
                    select(Customer.id).where(Customer.name.ilike(like))))
            return self._views(s, list(s.scalars(q.limit(limit))))

    def of_customer(self, customer_id: int, day: date) -> list[CouponView]:
        """The customer's coupons that can pay today."""
        with reading(self.db) as s:
            return self._views(s, list(s.scalars(select(Coupon).where(
                Coupon.customer_id == customer_id, Coupon.redeemed_at.is_(None), Coupon.valid_from <= day,
                Coupon.valid_until >= day).order_by(Coupon.valid_until))))

    @staticmethod
    def _views(s: Session, rows: list[Coupon]) -> list[CouponView]:
        people = {i: n for i, n in s.execute(select(Customer.id, Customer.name).where(
            Customer.id.in_({c.customer_id for c in rows if c.customer_id})))}
        invoices = {i: n for i, n in s.execute(select(Invoice.id, Invoice.number).where(
            Invoice.id.in_({c.invoice_id for c in rows if c.invoice_id})))}
        return [CouponView(c.id, c.code, c.campaign, c.customer_id, people.get(c.customer_id or 0, ""), c.value,
                           c.min_spend, c.valid_from, c.valid_until, c.redeemed_at, invoices.get(c.invoice_id or 0, ""))
                for c in rows]



