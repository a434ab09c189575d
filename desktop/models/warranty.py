"""Warranty (保修, DOMAIN.md section 4): the manufacturer's policies per make and series
(a component for months or km, whichever comes first, from the car's warranty start),
extended-warranty contracts on a car, and the exclusions recorded on a car (a modified
part, a tampered odometer …) that take a component, or the whole car, out of cover; the
manufacturer's recall campaigns and the cars they affect (DOMAIN.md section 9)."""

from __future__ import annotations

from datetime import date
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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base


class WarrantyPolicy(AuditMixin, Base):
    __tablename__ = "warranty_policy"
    __table_args__ = (
        UniqueConstraint("make", "series", "component", name="uq_warranty_policy_component"),
        CheckConstraint("months > 0 and months <= 240 and km > 0 and km <= 2000000", name="term_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    make: Mapped[str] = mapped_column(String(64))
    series: Mapped[str] = mapped_column(String(64), default="")  # "": every series of the make
    component: Mapped[str] = mapped_column(String(16))  # vehicle | powertrain | battery | corrosion | …
    months: Mapped[int] = mapped_column(Integer)
    km: Mapped[int] = mapped_column(Integer)
    free_inspections: Mapped[str] = mapped_column(String(64), default="")  # "1500 5000": km of the free checks
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WarrantyExtension(AuditMixin, Base):
    """An extended-warranty contract (延保): more months and km on a component of one car."""

    __tablename__ = "warranty_extension"
    __table_args__ = (CheckConstraint("months >= 0 and months <= 120 and km >= 0 and km <= 1000000",
                                      name="extension_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id", ondelete="CASCADE"), index=True)
    component: Mapped[str] = mapped_column(String(16))
    months: Mapped[int] = mapped_column(Integer)
    km: Mapped[int] = mapped_column(Integer)
    contract_no: Mapped[str] = mapped_column(String(40), default="")
    sold_on: Mapped[date | None] = mapped_column(Date, default=None)


class WarrantyExclusion(AuditMixin, Base):
    """Why a car (or one of its components) is out of cover, recorded when it was found."""

    __tablename__ = "warranty_exclusion"
    __table_args__ = (Index("ix_warranty_exclusion_vehicle", "vehicle_id", "component"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id", ondelete="CASCADE"))
    component: Mapped[str] = mapped_column(String(16), default="")  # "": the whole car
    reason: Mapped[str] = mapped_column(String(20))  # one of rules.coverage.EXCLUSIONS
    note: Mapped[str] = mapped_column(String(255), default="")
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None)


class RecallCampaign(AuditMixin, Base):
    """A recall or technical update (召回 / 技术升级) from the manufacturer's file: its labour
    and parts, and the cars it affects."""

    __tablename__ = "recall_campaign"
    __table_args__ = (CheckConstraint("labour_hours >= 0 and labour_hours <= 200", name="hours_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(8), default="recall")  # recall | update
    labour_code: Mapped[str] = mapped_column(String(20), default="")
    labour_text: Mapped[str] = mapped_column(String(120), default="")
    labour_hours: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parts: Mapped[list[RecallPart]] = relationship(cascade="all, delete-orphan", order_by="RecallPart.id")


class RecallPart(Base):
    __tablename__ = "recall_part"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("recall_campaign.id", ondelete="CASCADE"), index=True)
    part_number: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(120), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))


class RecallVehicle(Base):
    """A car the campaign affects, by VIN (matched to the car on file when there is one);
    done when an order carrying the campaign is delivered."""

    __tablename__ = "recall_vehicle"
    __table_args__ = (
        UniqueConstraint("campaign_id", "vin", name="uq_recall_vehicle_vin"),
        Index("ix_recall_vehicle_vin", "vin"),
        Index("ix_recall_vehicle_car", "vehicle_id", "done_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("recall_campaign.id", ondelete="CASCADE"))
    vin: Mapped[str] = mapped_column(String(17))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None)
