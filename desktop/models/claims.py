"""Claims to the manufacturer (索赔, DOMAIN.md sections 4 and 9): one claim per delivered
work order for its warranty and campaign lines, at the manufacturer's prices; the old
parts (旧件) it replaced, tagged and kept until returned or scrapped; technical reports
(技术报告) asking the manufacturer about a fault; and files attached to any of them
(photos, documents) kept in the shop's own data so a backup carries them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow


class WarrantyClaim(AuditMixin, VersionedMixin, Base):
    __tablename__ = "warranty_claim"
    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_warranty_claim_state", "state", "repaired_on"),
        Index("ix_warranty_claim_repaired", "repaired_on", "id"),  # the list, newest first
        CheckConstraint("claimed >= 0 and approved >= 0 and received >= 0", name="amounts_positive"),
        CheckConstraint("round >= 1 and round <= 20", name="round_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True, default=None)  # at submission
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), unique=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), index=True)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    repaired_on: Mapped[date] = mapped_column(Date)  # the order's delivery: the deadline runs from it
    component: Mapped[str] = mapped_column(String(16), default="")
    symptom: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    fault_code: Mapped[str] = mapped_column(String(20), default="")
    tech_report_id: Mapped[int | None] = mapped_column(ForeignKey("tech_report.id"), default=None)
    round: Mapped[int] = mapped_column(Integer, default=1)  # 2, 3 …: resubmitted after a rejection
    submitted_on: Mapped[date | None] = mapped_column(Date, default=None)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # excl. VAT
    approved: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    received: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # incl. VAT, as transferred
    rejection_reason: Mapped[str] = mapped_column(String(20), default="")  # rules.claims.REJECTIONS
    rejection_note: Mapped[str] = mapped_column(String(255), default="")
    settlement: Mapped[str] = mapped_column(String(16), default="")  # the shortfall: customer | goodwill
    settled_by: Mapped[str] = mapped_column(String(64), default="")  # the manager (goodwill) or the clerk
    consent: Mapped[str] = mapped_column(String(120), default="")  # the customer's agreement to pay
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None)
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)

    lines: Mapped[list[ClaimLine]] = relationship(cascade="all, delete-orphan", order_by="ClaimLine.id")


class ClaimLine(Base):
    """A warranty or campaign line of the order, as claimed: at the manufacturer's prices
    (the order's warranty lines are priced so), approved or refused line by line."""

    __tablename__ = "claim_line"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claim.id", ondelete="CASCADE"), index=True)
    work_order_line_id: Mapped[int] = mapped_column(ForeignKey("work_order_line.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part
    description: Mapped[str] = mapped_column(String(200))
    part_number: Mapped[str] = mapped_column(String(40), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    recall_code: Mapped[str] = mapped_column(String(20), default="")
    verdict: Mapped[str] = mapped_column(String(10), default="")  # "" | approved | rejected
    reason: Mapped[str] = mapped_column(String(20), default="")


class OldPart(AuditMixin, Base):
    """A replaced part kept for the manufacturer (旧件): tagged, on a shelf, then returned or
    scrapped on the manufacturer's instruction."""

    __tablename__ = "old_part"
    __table_args__ = (Index("ix_old_part_state", "state", "created_at"),
                      CheckConstraint("quantity > 0", name="quantity_positive"))

    id: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(String(24), unique=True)  # printed as the barcode
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claim.id", ondelete="CASCADE"), index=True)
    claim_line_id: Mapped[int | None] = mapped_column(ForeignKey("claim_line.id", ondelete="SET NULL"),
                                                      default=None)
    part_number: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))
    location: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(10), default="kept")  # kept | returned | scrapped
    state_on: Mapped[date | None] = mapped_column(Date, default=None)
    reference: Mapped[str] = mapped_column(String(64), default="")  # the return note or instruction


class TechReport(AuditMixin, VersionedMixin, Base):
    """A question to the manufacturer about a fault (技术报告) and its answer; a warranty
    line that needs the manufacturer's consent is claimed with an approved one."""

    __tablename__ = "tech_report"
    __table_args__ = (Index("ix_tech_report_fault", "component", "fault_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), index=True)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None, index=True)
    component: Mapped[str] = mapped_column(String(16), default="")
    fault_code: Mapped[str] = mapped_column(String(20), default="")
    symptom: Mapped[str] = mapped_column(Text)
    checks_done: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="sent")  # sent | approved | refused | answered
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    model_name: Mapped[str] = mapped_column(String(64), default="")  # for the fault statistic


class Attachment(Base):
    """A photo or document kept with a record (a claim, a technical report, an accident
    case): the bytes in the database, so a backup or a second workstation has them."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner", "owner_id"),
                      CheckConstraint("size > 0 and size <= 10485760", name="size_range"))

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(16))  # claim | tech_report | …
    owner_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(8))  # jpeg | png | pdf
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(String(120), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), default="")
