"""The rescue desk (紧急救援, DOMAIN.md section 11): the service vans with their state and
upkeep, the partner stations nearer to a car than the shop, and each breakdown call from
the first ring to its outcome, with its times kept against the shop's targets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow

VAN_STATES = ("free", "out", "maintenance")
RESCUE_STATES = ("called", "dispatched", "arrived", "closed")
OUTCOMES = ("fixed", "towed", "cancelled")


class ServiceVan(AuditMixin, Base):
    __tablename__ = "service_van"
    __table_args__ = (CheckConstraint("km >= 0 and km <= 2000000 and service_every_km >= 0", name="van_km"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)  # 救援车1
    plate: Mapped[str] = mapped_column(String(16), default="")
    crew: Mapped[str] = mapped_column(String(120), default="")  # who usually goes out with it
    phone: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(12), default="free")  # one of VAN_STATES
    km: Mapped[int] = mapped_column(Integer, default=0)
    last_service_on: Mapped[date | None] = mapped_column(Date, default=None)
    last_service_km: Mapped[int] = mapped_column(Integer, default=0)
    service_every_km: Mapped[int] = mapped_column(Integer, default=10000)
    insurance_due: Mapped[date | None] = mapped_column(Date, default=None)
    inspection_due: Mapped[date | None] = mapped_column(Date, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PartnerStation(AuditMixin, Base):
    __tablename__ = "partner_station"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    area: Mapped[str] = mapped_column(String(120), default="")  # the districts and roads it covers
    phone: Mapped[str] = mapped_column(String(40), default="")
    contact: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Rescue(AuditMixin, VersionedMixin, Base):
    __tablename__ = "rescue"
    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_rescue_called", "called_at"),
        Index("ix_rescue_state", "state", "called_at"),
        CheckConstraint("distance_km >= 0 and distance_km <= 1000 and tow_km >= 0 and tow_km <= 1000",
                        name="rescue_km"),
        CheckConstraint("price_quoted >= 0 and charge >= 0", name="rescue_amounts"),
        CheckConstraint("satisfaction is null or (satisfaction >= 1 and satisfaction <= 5)", name="rescue_score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # JY2026-000001
    called_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    taken_by: Mapped[str] = mapped_column(String(64))
    caller: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None, index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), default=None, index=True)
    plate: Mapped[str] = mapped_column(String(16), default="")  # as the caller said it
    address: Mapped[str] = mapped_column(String(200))
    landmark: Mapped[str] = mapped_column(String(120), default="")
    coordinates: Mapped[str] = mapped_column(String(40), default="")  # "22.543,114.057" when known
    distance_km: Mapped[int] = mapped_column(Integer, default=0)  # from the shop, as estimated
    problem: Mapped[str] = mapped_column(Text)
    plan_contract_id: Mapped[int | None] = mapped_column(ForeignKey("plan_contract.id"), default=None, index=True)
    price_quoted: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    state: Mapped[str] = mapped_column(String(12), default="called")  # one of RESCUE_STATES
    van_id: Mapped[int | None] = mapped_column(ForeignKey("service_van.id"), default=None, index=True)
    crew: Mapped[str] = mapped_column(String(120), default="")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner_station.id"), default=None)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    solved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    outcome: Mapped[str] = mapped_column(String(12), default="")  # one of OUTCOMES once closed
    work_done: Mapped[str] = mapped_column(Text, default="")
    tow_km: Mapped[int] = mapped_column(Integer, default=0)
    charge: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # what the customer pays (excl. VAT)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)  # 1-5, asked after
    satisfaction_note: Mapped[str] = mapped_column(String(200), default="")
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
