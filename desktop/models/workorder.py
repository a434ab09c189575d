"""Work orders (维修工单): the visit from reception to delivery."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow

LINE_KINDS = ("labour", "part")
APPROVALS = ("approved", "pending", "declined")


class WorkOrder(AuditMixin, VersionedMixin, Base):
    __tablename__ = "work_order"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_work_order_year_seq"),
        CheckConstraint("odometer_km >= 0", name="odometer_not_negative"),
        CheckConstraint("fuel_eighths between 0 and 8", name="fuel_range"),
        Index("ix_work_order_opened", "opened_at", "id"),
        Index("ix_work_order_vehicle_opened", "vehicle_id", "opened_at"),
        Index("ix_work_order_state_opened", "state", "opened_at"),
        Index("ix_work_order_delivered", "state", "delivered_at", "customer_id"),  # the measures by period
        Index("ix_work_order_updated_at", "updated_at"),  # the newest change, for the backup's reminder
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"))
    state: Mapped[str] = mapped_column(String(16), default="draft")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    estimate_mode: Mapped[str] = mapped_column(String(8), default="item")  # system|symptom|item
    odometer_km: Mapped[int] = mapped_column(Integer)
    fuel_eighths: Mapped[int] = mapped_column(Integer, default=4)
    damage_notes: Mapped[str] = mapped_column(Text, default="")
    belongings: Mapped[str] = mapped_column(Text, default="")
    key_tag: Mapped[str] = mapped_column(String(16), default="")
    concern: Mapped[str] = mapped_column(Text, default="")
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None, index=True)
    promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    customer_parts: Mapped[bool] = mapped_column(Boolean, default=False)  # customer brings parts
    authorized_by: Mapped[str] = mapped_column(String(64), default="")
    authorized_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    bay_id: Mapped[int | None] = mapped_column(ForeignKey("bay.id"), default=None)
    inspected_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    rework_of_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None, index=True)
    cancel_reason: Mapped[str] = mapped_column(String(255), default="")
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # the wash (清洗) after the quality check: who washed the car, when
    washed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    washed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # a car that leaves unrepaired (出厂未修): why, and who waived the diagnosis fee
    release_reason: Mapped[str] = mapped_column(String(255), default="")
    fee_waived_by: Mapped[str] = mapped_column(String(64), default="")
    # the papers that came with the car (行驶证, 保养手册 …), given back at delivery
    documents_in: Mapped[str] = mapped_column(String(255), default="")
    documents_returned_to: Mapped[str] = mapped_column(String(64), default="")
    documents_returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # parts in key places the customer insisted on, not original: the job card's no-guarantee note
    non_original_parts: Mapped[str] = mapped_column(String(255), default="")
    # replaced parts outside warranty: asked at reception (take | leave), then what became of them
    old_parts_choice: Mapped[str] = mapped_column(String(8), default="")
    old_parts_outcome: Mapped[str] = mapped_column(String(120), default="")

    lines: Mapped[list[WorkOrderLine]] = relationship(
        back_populates="work_order", order_by="WorkOrderLine.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[WorkOrderEvent]] = relationship(
        back_populates="work_order", order_by="WorkOrderEvent.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class WorkOrderLine(Base):
    __tablename__ = "work_order_line"
    __table_args__ = (
        # The manufacturer's lines (claims, 三包): a small share of all lines, found directly.
        Index("ix_work_order_line_warranty", "work_order_id", sqlite_where=text("payer = 'warranty'"),
              postgresql_where=text("payer = 'warranty'")),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("discount_pct >= 0 and discount_pct <= 100", name="discount_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_order.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part
    description: Mapped[str] = mapped_column(String(200))
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("labour_operation.id"), default=None)
    part_number: Mapped[str] = mapped_column(String(40), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))  # hours for labour, pieces for parts
    unit_price: Mapped[Decimal] = mapped_column(Money)  # labour rate or part price, excl. VAT
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money)  # quantity × price less discount, to the fen
    payer: Mapped[str] = mapped_column(String(16), default="customer")
    vat_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 4), default=None)  # None: the shop's rate; 0: exempt
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    approval: Mapped[str] = mapped_column(String(10), default="approved")
    additional: Mapped[bool] = mapped_column(Boolean, default=False)  # found during the repair
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approval_method: Mapped[str] = mapped_column(String(16), default="")  # phone | in person
    below_cost_by: Mapped[str] = mapped_column(String(64), default="")  # manager who allowed it
    # The parts counter: reserved at authorization, handed out, brought back unused.
    reserved_qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    issued_qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    returned_qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    # proposed by an inspection finding (the health report follows what became of it)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_answer.id"), default=None, index=True)
    # a warranty line: the component it is claimed under; outside the cover, the manager's goodwill
    warranty_component: Mapped[str] = mapped_column(String(16), default="")
    goodwill_by: Mapped[str] = mapped_column(String(64), default="")
    recall_id: Mapped[int | None] = mapped_column(ForeignKey("recall_campaign.id"), default=None)  # a campaign's work
    # payer "plan": the maintenance plan that pays for it (one of its services per visit)
    plan_contract_id: Mapped[int | None] = mapped_column(ForeignKey("plan_contract.id"), default=None, index=True)

    work_order: Mapped[WorkOrder] = relationship(back_populates="lines")


class WorkOrderEvent(Base):
    """Every change of state, with when, who and why."""

    __tablename__ = "work_order_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(
        ForeignKey("work_order.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str] = mapped_column(String(16), default="")
    to_state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(255), default="")

    work_order: Mapped[WorkOrder] = relationship(back_populates="events")


NOTICE_KINDS = ("ready", "delayed", "parts_arrived", "approval")


class OrderNotice(Base):
    """What the customer was told about the order (进度通知), by whom, when and how; the
    program sends nothing itself."""

    __tablename__ = "order_notice"
    __table_args__ = (Index("ix_order_notice_order", "work_order_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # ready | delayed | parts_arrived | approval
    channel: Mapped[str] = mapped_column(String(8), default="wechat")  # wechat | sms | phone
    text: Mapped[str] = mapped_column(Text, default="")
    new_promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(64), default="")
