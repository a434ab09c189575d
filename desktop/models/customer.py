"""The customer file (客户档案): customers, their phones and tags, and their vehicles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, UTCDateTime, VersionedMixin, utcnow

CUSTOMER_KINDS = ("person", "company")
CONTACT_CHANNELS = ("phone", "wechat", "sms", "none")


class Customer(AuditMixin, VersionedMixin, Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("kind in ('person', 'company')", name="kind"),
        Index("ix_customer_name", "name"),
        Index("ix_customer_updated_at", "updated_at"),  # the newest change, for the backup's reminder
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str] = mapped_column(String(120), default="", index=True)
    address: Mapped[str] = mapped_column(String(255), default="")
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    preferred_contact: Mapped[str] = mapped_column(String(16), default="phone")
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)  # 专属服务顾问
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    archive_reason: Mapped[str] = mapped_column(String(255), default="")
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id"), default=None, index=True
    )
    # Moved in from another program: its id for this customer (a second import matches on
    # it) and the columns ServiceBay has no field for (会员等级, 积分, 保险到期日 …), as JSON.
    legacy_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    legacy: Mapped[str] = mapped_column(Text, default="")

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        order_by="CustomerPhone.position",
    )
    tags: Mapped[list[CustomerTag]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerTag.tag"
    )
    name_keys: Mapped[list[CustomerNameKey]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    vehicles: Mapped[list[Vehicle]] = relationship(
        back_populates="customer", order_by="Vehicle.id"
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class CustomerPhone(Base):
    __tablename__ = "customer_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(32))
    digits: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(16), default="mobile")
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")

    # Covers the search scan (any part of the number) and duplicate checks by number.
    __table_args__ = (Index("ix_customer_phone_digits", "digits", "customer_id"),)


class CustomerTag(Base):
    """A preference tag: 吸烟 (smoker), 偏好微信 (prefers WeChat), VIP ..."""

    __tablename__ = "customer_tag"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(32), primary_key=True)

    customer: Mapped[Customer] = relationship(back_populates="tags")


class CustomerNameKey(Base):
    """A pinyin key of the customer's name (initials or full), for search by prefix."""

    __tablename__ = "customer_name_key"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(120), primary_key=True)

    customer: Mapped[Customer] = relationship(back_populates="name_keys")

    __table_args__ = (Index("ix_customer_name_key_key", "key", "customer_id"),)


class Vehicle(AuditMixin, VersionedMixin, Base):
    __tablename__ = "vehicle"
    __table_args__ = (Index("ix_vehicle_updated_at", "updated_at"),)  # the newest change (backup reminder)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    plate: Mapped[str | None] = mapped_column(String(16), unique=True, default=None)
    plate_override_reason: Mapped[str] = mapped_column(String(255), default="")
    vin: Mapped[str | None] = mapped_column(String(17), unique=True, default=None)
    vin_reversed: Mapped[str | None] = mapped_column(String(17), default=None, index=True)
    vin_override_reason: Mapped[str] = mapped_column(String(255), default="")
    make: Mapped[str] = mapped_column(String(64), default="")
    model: Mapped[str] = mapped_column(String(64), default="")
    series: Mapped[str] = mapped_column(String(64), default="")
    model_year: Mapped[int | None] = mapped_column(Integer, default=None)
    colour: Mapped[str] = mapped_column(String(32), default="")
    engine_no: Mapped[str] = mapped_column(String(32), default="")
    purchase_date: Mapped[date | None] = mapped_column(Date, default=None)
    warranty_start: Mapped[date | None] = mapped_column(Date, default=None)
    inspection_due: Mapped[date | None] = mapped_column(Date, default=None, index=True)  # 年审到期日
    insurance_due: Mapped[date | None] = mapped_column(Date, default=None, index=True)  # 保险到期日
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    archive_reason: Mapped[str] = mapped_column(String(255), default="")

    customer: Mapped[Customer] = relationship(back_populates="vehicles")
    readings: Mapped[list[OdometerReading]] = relationship(
        back_populates="vehicle",
        order_by="OdometerReading.read_at",
        cascade="all, delete-orphan",
    )
    ownerships: Mapped[list[VehicleOwnership]] = relationship(
        back_populates="vehicle", order_by="VehicleOwnership.since"
    )

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class OdometerReading(Base):
    __tablename__ = "odometer_reading"
    __table_args__ = (CheckConstraint("km >= 0", name="km_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle.id", ondelete="CASCADE"), index=True
    )
    km: Mapped[int] = mapped_column(Integer)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(32), default="reception")
    reason: Mapped[str] = mapped_column(String(255), default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="admin")

    vehicle: Mapped[Vehicle] = relationship(back_populates="readings")


class VehicleOwnership(Base):
    """Who owned a vehicle from when to when; the open row is the current owner."""

    __tablename__ = "vehicle_ownership"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    note: Mapped[str] = mapped_column(String(255), default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="admin")

    vehicle: Mapped[Vehicle] = relationship(back_populates="ownerships")
