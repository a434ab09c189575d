"""Accident repairs paid by insurers (事故车 / 保险理赔, DOMAIN.md section 8): the insurers
and their assessors; an accident case on a work order (the report, the assessor's visit);
the assessment per line next to the shop's estimate, with the supplements after
disassembly; the deductible, betterment and any waiver that split the bill between the
insurer and the customer; and the claim file's checklist."""

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
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin


class Insurer(AuditMixin, Base):
    __tablename__ = "insurer"
    __table_args__ = (UniqueConstraint("name", "branch", name="uq_insurer_branch"),
                      CheckConstraint("payment_days >= 0 and payment_days <= 365", name="payment_days_range"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))  # the company: 中国人保财险
    branch: Mapped[str] = mapped_column(String(80), default="")  # 深圳分公司
    contact: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    payment_days: Mapped[int] = mapped_column(Integer, default=30)  # pays within this many days of the invoice
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    assessors: Mapped[list[InsurerAssessor]] = relationship(cascade="all, delete-orphan",
                                                            order_by="InsurerAssessor.id")


class InsurerAssessor(Base):
    __tablename__ = "insurer_assessor"

    id: Mapped[int] = mapped_column(primary_key=True)
    insurer_id: Mapped[int] = mapped_column(ForeignKey("insurer.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(40), default="")


class AccidentCase(AuditMixin, VersionedMixin, Base):
    __tablename__ = "accident_case"
    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_accident_case_state", "state", "accident_date"),
        CheckConstraint("deductible >= 0 and betterment >= 0 and waived >= 0", name="amounts_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # BX2026-000001
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), unique=True)
    insurer_id: Mapped[int] = mapped_column(ForeignKey("insurer.id"), index=True)
    policy_no: Mapped[str] = mapped_column(String(40), default="")
    report_no: Mapped[str] = mapped_column(String(40))  # 报案号
    accident_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(12), default="own")  # own | third_party
    assessor: Mapped[str] = mapped_column(String(40), default="")
    assessor_phone: Mapped[str] = mapped_column(String(40), default="")
    assessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # the assessor's visit
    state: Mapped[str] = mapped_column(String(10), default="open")  # open | assessed | split | paid | closed
    deductible: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # 免赔
    betterment: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # 折旧/残值
    waived: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # the shop's waiver of the customer's share
    waived_by: Mapped[str] = mapped_column(String(64), default="")
    direct_pay: Mapped[bool] = mapped_column(Boolean, default=True)  # the insurer pays the shop (授权书)
    authority_signed: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[AccidentLine]] = relationship(cascade="all, delete-orphan", order_by="AccidentLine.id")
    supplements: Mapped[list[AccidentSupplement]] = relationship(cascade="all, delete-orphan",
                                                                 order_by="AccidentSupplement.seq")


class AccidentSupplement(Base):
    """追加定损: what disassembly found, sent to the assessor and approved on its own."""

    __tablename__ = "accident_supplement"
    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_accident_supplement_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("accident_case.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="sent")  # sent | approved | refused
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    note: Mapped[str] = mapped_column(String(255), default="")
    by: Mapped[str] = mapped_column(String(64), default="")


class AccidentLine(Base):
    """A work-order line of the accident: the shop's estimate, the insurer's assessed amount,
    refused (and whether the customer still wants it at their own cost)."""

    __tablename__ = "accident_line"
    __table_args__ = (CheckConstraint("estimate >= 0 and assessed >= 0", name="amounts_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("accident_case.id", ondelete="CASCADE"), index=True)
    work_order_line_id: Mapped[int] = mapped_column(ForeignKey("work_order_line.id"), unique=True)
    supplement_id: Mapped[int | None] = mapped_column(ForeignKey("accident_supplement.id"), default=None)
    estimate: Mapped[Decimal] = mapped_column(Money)  # the shop's amount when the line was assessed
    assessed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    refused: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_keeps: Mapped[bool] = mapped_column(Boolean, default=False)  # refused, done at the customer's cost
    kind: Mapped[str] = mapped_column(String(12), default="item")  # item | deductible | betterment: the customer's lines


class AccidentDocument(Base):
    """The claim file's checklist: each paper the insurer wants, ticked off with who and when."""

    __tablename__ = "accident_document"
    __table_args__ = (UniqueConstraint("case_id", "item", name="uq_accident_document_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("accident_case.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(20))  # rules.cases.DOCUMENTS
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(64), default="")
