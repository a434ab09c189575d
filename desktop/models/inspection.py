"""Checklists and the inspections filled from them (标准化保养体检表 / PDI / 库存车检查):
the shop's named lists of items, grouped by area, each with its kind of answer; an
inspection of one car (on a work order, or a stored new car's periodic check) with an
answer per item; and the new cars in stock waiting for their buyer (商品车)."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, UTCDateTime, VersionedMixin, utcnow

CHECKLIST_KINDS = ("inspection", "pdi", "storage")
ANSWER_KINDS = ("status", "measure", "note", "photo")
FINDINGS = ("ok", "attention", "urgent")


class Checklist(AuditMixin, Base):
    __tablename__ = "checklist"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default="inspection")  # inspection | pdi | storage
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="checklist", order_by="ChecklistItem.position", cascade="all, delete-orphan")


class ChecklistItem(Base):
    """One point to check.  A measured item has its unit, the range a reading can have at
    all (anything outside is a typing error), and the limits below/above which it needs
    attention or is urgent.  An item may name the labour operation and part that put it
    right: a finding then proposes that work."""

    __tablename__ = "checklist_item"
    __table_args__ = (CheckConstraint("part_qty >= 0", name="part_qty_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(80))
    answer: Mapped[str] = mapped_column(String(8), default="status")  # status | measure | note | photo
    unit: Mapped[str] = mapped_column(String(12), default="")
    plausible_min: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    plausible_max: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    attention_below: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    urgent_below: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    attention_above: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    urgent_above: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    operation_code: Mapped[str] = mapped_column(String(20), default="")  # the labour that fixes it
    part_number: Mapped[str] = mapped_column(String(40), default="")
    part_qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))

    checklist: Mapped[Checklist] = relationship(back_populates="items")


class Inspection(AuditMixin, VersionedMixin, Base):
    """A checklist filled for one car: on a work order (a maintenance inspection, a PDI) or
    on its own (a stored new car's periodic check).  ``result`` is empty while it is being
    filled, then pass or fail."""

    __tablename__ = "inspection"
    __table_args__ = (
        Index("ix_inspection_vehicle", "vehicle_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"))
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None, index=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id"))
    kind: Mapped[str] = mapped_column(String(12), default="inspection")
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    result: Mapped[str] = mapped_column(String(8), default="")  # "" | pass | fail
    notes: Mapped[str] = mapped_column(Text, default="")

    answers: Mapped[list[InspectionAnswer]] = relationship(
        back_populates="inspection", order_by="InspectionAnswer.item_id", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class InspectionAnswer(Base):
    __tablename__ = "inspection_answer"
    __table_args__ = (Index("ix_inspection_answer_item", "inspection_id", "item_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id"))
    finding: Mapped[str] = mapped_column(String(10), default="ok")  # ok | attention | urgent
    value: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    note: Mapped[str] = mapped_column(String(255), default="")
    photo: Mapped[str] = mapped_column(String(120), default="")  # the photo's reference (camera / file name)
    answered_by: Mapped[str] = mapped_column(String(64), default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    inspection: Mapped[Inspection] = relationship(back_populates="answers")


class StockCar(AuditMixin, VersionedMixin, Base):
    """A new car in stock for sale (商品车): the vehicle is on file under the shop's own
    internal customer until it is handed over to its buyer."""

    __tablename__ = "stock_car"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), unique=True)
    arrived_on: Mapped[date] = mapped_column(Date)
    storage_place: Mapped[str] = mapped_column(String(40), default="")
    pdi_payer: Mapped[str] = mapped_column(String(16), default="internal")  # internal | manufacturer
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    handed_over_on: Mapped[date | None] = mapped_column(Date, default=None)
    handed_over_by: Mapped[str] = mapped_column(String(64), default="")

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012
