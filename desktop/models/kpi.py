"""The manager's targets and the figures only the dealership knows (DOMAIN.md section 6):
a measure's target for the year, broken down to months and to people, and the
dealership's fixed costs per month (the base of service absorption)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Money, UTCDateTime, utcnow


class KpiTarget(Base):
    """One target: the year's (month 0) or a month's (1-12), the shop's (person 0) or one
    person's (their staff id).  A month or person without its own row takes the default
    split of the year's target."""

    __tablename__ = "kpi_target"
    __table_args__ = (
        UniqueConstraint("year", "month", "measure", "person", name="uq_kpi_target"),
        CheckConstraint("month >= 0 and month <= 12", name="month_range"),
        CheckConstraint("year >= 2000 and year <= 2100", name="year_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer, default=0)  # 0: the year's target
    measure: Mapped[str] = mapped_column(String(32))
    person: Mapped[int] = mapped_column(Integer, default=0)  # 0: the shop; else a staff id
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class FixedCost(Base):
    """The dealership's fixed costs of a month (rent, salaries, depreciation …), entered
    by the manager: what after-sales gross profit is measured against (服务吸收率)."""

    __tablename__ = "fixed_cost"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date, unique=True)  # its first day
    amount: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(String(255), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
