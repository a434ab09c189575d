"""Service plans and cards (售后服务计划 / 会员卡, DOMAIN.md section 10).

A *plan product* is what the shop sells: an extended warranty, a maintenance plan of N
services, a roadside-assistance year, or a stored-value card tier (pay 5,000, get 500 on
top and the silver member discounts).  A *plan contract* is one sold to a customer for
a car; its services are used by work-order lines that name it (``work_order_line.
plan_contract_id``), so the count left is always what the orders say.

A *member card* holds money paid in advance: owed to the customer until used.  Its
balance and points are kept on the card row and changed only by one guarded UPDATE
(never below zero, whichever workstation is first), and every change is a row of the
card's ledger (``card_entry``), which adds up to the balance.  Coupons are issued in
campaigns and redeemed once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow

PLAN_KINDS = ("extension", "maintenance", "roadside", "card")
CONTRACT_STATES = ("active", "refunded", "cancelled")
CARD_STATES = ("active", "lost", "refunded")
CARD_ENTRY_KINDS = ("load", "bonus", "spend", "refund", "moved", "import", "earn", "redeem", "reverse")


class MemberLevel(Base):
    """会员等级: 普通 / 银卡 / 金卡, each with its discounts and the points a yuan earns."""

    __tablename__ = "member_level"
    __table_args__ = (
        CheckConstraint("labour_discount_pct >= 0 and labour_discount_pct <= 50 and parts_discount_pct >= 0 "
                        "and parts_discount_pct <= 50", name="level_discount_range"),
        CheckConstraint("points_per_yuan >= 0 and points_per_yuan <= 10", name="level_points_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    labour_discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    parts_discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    points_per_yuan: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(1))


class PlanProduct(AuditMixin, Base):
    __tablename__ = "plan_product"
    __table_args__ = (
        CheckConstraint("price >= 0 and bonus >= 0", name="product_amounts"),
        CheckConstraint("months >= 1 and months <= 120", name="product_months"),
        CheckConstraint("km >= 0 and km <= 1000000 and services >= 0 and services <= 100 and callouts >= 0 "
                        "and callouts <= 50 and tow_km >= 0 and tow_km <= 1000", name="product_ranges"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(12))  # one of PLAN_KINDS
    price: Mapped[Decimal] = mapped_column(Money)  # what the customer pays (a card: what is paid in)
    months: Mapped[int] = mapped_column(Integer, default=12)  # valid this long from the start
    km: Mapped[int] = mapped_column(Integer, default=0)  # extension: km beyond the factory cover
    covers: Mapped[str] = mapped_column(String(120), default="")  # extension: warranty components, comma-separated
    services: Mapped[int] = mapped_column(Integer, default=0)  # maintenance: how many services
    package_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_package.id"), default=None)
    extras: Mapped[str] = mapped_column(String(200), default="")  # e.g. 洗车 4 次 (printed)
    callouts: Mapped[int] = mapped_column(Integer, default=0)  # roadside: call-outs a year
    tow_km: Mapped[int] = mapped_column(Integer, default=0)  # roadside: towing distance covered
    bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # card: added on top of the price
    level_id: Mapped[int | None] = mapped_column(ForeignKey("member_level.id"), default=None)
    terms: Mapped[str] = mapped_column(Text, default="")  # printed on the contract
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PlanContract(AuditMixin, VersionedMixin, Base):
    """A plan sold: for a customer and a car, from a day to a day, as the product was then."""

    __tablename__ = "plan_contract"
    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_plan_contract_vehicle", "vehicle_id", "ends_on"),
        Index("ix_plan_contract_ends", "state", "ends_on"),
        CheckConstraint("ends_on >= starts_on", name="contract_dates"),
        CheckConstraint("services >= 0 and callouts >= 0 and price >= 0", name="contract_counts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # PLN2026-000001
    product_id: Mapped[int] = mapped_column(ForeignKey("plan_product.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(80))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    km: Mapped[int] = mapped_column(Integer, default=0)
    services: Mapped[int] = mapped_column(Integer, default=0)
    package_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_package.id"), default=None)
    callouts: Mapped[int] = mapped_column(Integer, default=0)
    tow_km: Mapped[int] = mapped_column(Integer, default=0)
    covers: Mapped[str] = mapped_column(String(120), default="")
    extras: Mapped[str] = mapped_column(String(200), default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal] = mapped_column(Money)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None, index=True)
    state: Mapped[str] = mapped_column(String(10), default="active")
    sold_by: Mapped[str] = mapped_column(String(64))
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MemberCard(AuditMixin, Base):
    __tablename__ = "member_card"
    __table_args__ = (
        CheckConstraint("balance >= 0", name="card_balance_not_negative"),
        CheckConstraint("points >= 0", name="card_points_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # printed on the card
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    level_id: Mapped[int | None] = mapped_column(ForeignKey("member_level.id"), default=None)
    pin_hash: Mapped[str] = mapped_column(String(200), default="")  # argon2; "" = the customer signs
    balance: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    points: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(10), default="active")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("member_card.id"), default=None)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None)


class CardEntry(Base):
    """One change of a card's balance or points; never changed, a mistake is reversed."""

    __tablename__ = "card_entry"
    __table_args__ = (Index("ix_card_entry_card", "card_id", "id"), Index("ix_card_entry_at", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("member_card.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # one of CARD_ENTRY_KINDS
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # + into the card, - out of it
    points: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(10), default="")  # how money came in or went back
    reference: Mapped[str] = mapped_column(String(64), default="")
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None, index=True)
    balance_after: Mapped[Decimal] = mapped_column(Money)
    points_after: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")


class Coupon(Base):
    """优惠券: a fixed amount off a bill, from a campaign, valid for a time, redeemed once."""

    __tablename__ = "coupon"
    __table_args__ = (
        CheckConstraint("value > 0 and min_spend >= 0", name="coupon_amounts"),
        CheckConstraint("valid_until >= valid_from", name="coupon_dates"),
        Index("ix_coupon_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    campaign: Mapped[str] = mapped_column(String(80), default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    value: Mapped[Decimal] = mapped_column(Money)
    min_spend: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64))
    redeemed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    redeemed_by: Mapped[str] = mapped_column(String(64), default="")
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None)
