"""Warranty (保修, DOMAIN.md section 4): the manufacturer's policies per make and series
(a component for months or km, whichever comes first, from the car's warranty start),
extended-warranty contracts on a car, and the exclusions recorded on a car (a modified
part, a tampered odometer …) that take a component, or the whole car, out of cover."""

from __future__ import annotations

from datetime import date

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
from sqlalchemy.orm import Mapped, mapped_column

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
