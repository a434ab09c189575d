"""Settlement (结算): invoices and credit notes, payments, the cashier's daily count.

An issued invoice never changes: database triggers (revision 0006) refuse an UPDATE of
its amounts or identity and any DELETE, and its lines are never changed at all.  Only
the fapiao record (filled in when the official fapiao has been issued on the tax
platform) may be written later.  Each invoice carries the hash of its content chained to
the one issued before it, so a change made behind the program's back is found.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Money, UTCDateTime, utcnow

INVOICE_KINDS = ("invoice", "credit")
PAYMENT_METHODS = ("cash", "card", "wechat", "alipay", "transfer", "stored", "points", "coupon")
# Paid from what the shop already holds for the customer (a member card's balance or
# points, a coupon): not money into the drawer or the bank.
PREPAID_METHODS = ("stored", "points", "coupon")
FAPIAO_TYPES = ("ordinary", "special")  # 普票 / 专票


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("series", "year", "seq", name="uq_invoice_series_year_seq"),
        Index("ix_invoice_issued", "issued_at"),
        Index("ix_invoice_customer", "customer_id", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    series: Mapped[str] = mapped_column(String(8))  # INV, CN
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8), default="invoice")  # invoice | credit
    chain_pos: Mapped[int] = mapped_column(Integer, unique=True)  # order of issue, over both series
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64))
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None, index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    payer: Mapped[str] = mapped_column(String(16))  # customer | warranty | insurance
    payer_name: Mapped[str] = mapped_column(String(120))
    payer_tax_id: Mapped[str] = mapped_column(String(32), default="")
    payer_address: Mapped[str] = mapped_column(String(255), default="")
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None, index=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # the invoice discount spread
    discount_approved_by: Mapped[str] = mapped_column(String(64), default="")
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    previous_hash: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    # The official fapiao, recorded once it was issued on the tax platform (not hashed).
    fapiao_type: Mapped[str] = mapped_column(String(10), default="")
    fapiao_number: Mapped[str] = mapped_column(String(24), default="")
    fapiao_date: Mapped[date | None] = mapped_column(Date, default=None)
    fapiao_by: Mapped[str] = mapped_column(String(64), default="")


class InvoiceLine(Base):
    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part
    description: Mapped[str] = mapped_column(String(200))
    part_number: Mapped[str] = mapped_column(String(40), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))  # negative on a credit note
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    work_order_line_id: Mapped[int | None] = mapped_column(ForeignKey("work_order_line.id"), default=None,
                                                           index=True)
    credited_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_line.id"), default=None, index=True)


class Payment(Base):
    """Money received against an invoice (or paid back against a credit, negative).
    Never changed or removed: a mistake is reversed by a payment of the opposite sign."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount_not_zero"),
        CheckConstraint("change_given >= 0", name="change_not_negative"),
        Index("ix_payment_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    cashier: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Money)  # what counts against the invoice
    tendered: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # cash handed over
    change_given: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    reference: Mapped[str] = mapped_column(String(64), default="")  # card slip, WeChat/Alipay, transfer no.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), default=None)


class CashCount(Base):
    """日结: the cash a cashier counted at the end of a day against what was expected."""

    __tablename__ = "cash_count"
    __table_args__ = (Index("ix_cash_count_day", "day", "cashier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    cashier: Mapped[str] = mapped_column(String(64))
    expected: Mapped[Decimal] = mapped_column(Money)
    counted: Mapped[Decimal] = mapped_column(Money)
    difference: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(64))
