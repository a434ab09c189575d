"""The workshop: staff who take, do and check the work, bays, the labour catalogue and
maintenance packages, and the numbering of documents."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Money, UTCDateTime

STAFF_ROLES = ("advisor", "technician", "foreman", "inspector", "washer", "parts", "cashier", "manager")


class Staff(Base):
    """A person of the shop: in the workshop lists by their main role, and a user of the
    program once they have a login (the kiosk needs only a PIN).  Never deleted: a person
    who leaves is deactivated, and their history stays readable."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_login", "login", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="technician")  # the main one; all in staff_role
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    login: Mapped[str | None] = mapped_column(String(32), default=None)
    password_hash: Mapped[str] = mapped_column(String(255), default="")  # Argon2id; "" = cannot sign in
    pin_hash: Mapped[str] = mapped_column(String(255), default="")
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)  # after an admin's reset
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    owner: Mapped[bool] = mapped_column(Boolean, default=False)
    recovery_hash: Mapped[str] = mapped_column(String(255), default="")  # the owner's one-time code


class Bay(Base):
    __tablename__ = "bay"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LabourOperation(Base):
    """A standard operation with its standard hours (工时定额)."""

    __tablename__ = "labour_operation"
    __table_args__ = (CheckConstraint("standard_hours > 0", name="hours_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    system: Mapped[str] = mapped_column(String(32), default="")
    standard_hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    rate: Mapped[Decimal | None] = mapped_column(Money, default=None)  # None: the shop's rate
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MaintenancePackage(Base):
    """A service package (e.g. 10,000 km service: oil, filter, labour)."""

    __tablename__ = "maintenance_package"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    interval_km: Mapped[int | None] = mapped_column(Integer, default=None)
    interval_months: Mapped[int | None] = mapped_column(Integer, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    items: Mapped[list[PackageItem]] = relationship(
        back_populates="package", order_by="PackageItem.position", cascade="all, delete-orphan"
    )


class PackageItem(Base):
    __tablename__ = "package_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("maintenance_package.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("labour_operation.id"), default=None)
    part_number: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(120), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    package: Mapped[MaintenancePackage] = relationship(back_populates="items")
    operation: Mapped[LabourOperation | None] = relationship()


class NumberSequence(Base):
    """The next number of a gapless series (WO2026, later INV2026 ...).  Taken and used in the
    same transaction, so a rollback gives the number back and two workstations queue."""

    __tablename__ = "number_sequence"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class ShopSetting(Base):
    """A shop-wide setting that every workstation shares (labour rate, VAT, rework window).
    Declared with types and defaults in ``desktop.services.system.settings``."""

    __tablename__ = "shop_setting"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # text, or a small image as base64 (the logo)
