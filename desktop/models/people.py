"""The people of the shop beyond their place in the workshop lists: the roles each holds,
what each role may do, and the technicians' clock (jobs clocked on and off, attendance)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


class StaffRole(Base):
    """A role a person holds (one or several)."""

    __tablename__ = "staff_role"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class RolePermission(Base):
    """What a role may do: the shop's own grants, seeded with the defaults."""

    __tablename__ = "role_permission"

    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    permission: Mapped[str] = mapped_column(String(32), primary_key=True)


class Clocking(Base):
    """A technician on a labour line from ``started_at`` to ``ended_at`` (open while they
    work); a pause ends it and the next start opens another."""

    __tablename__ = "clocking"
    __table_args__ = (Index("ix_clocking_open", "staff_id", "ended_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    work_order_line_id: Mapped[int] = mapped_column(ForeignKey("work_order_line.id", ondelete="CASCADE"),
                                                    index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_by: Mapped[str] = mapped_column(String(16), default="")  # stop | pause | end of day | correction
    corrected_by: Mapped[str] = mapped_column(String(64), default="")
    correction_reason: Mapped[str] = mapped_column(String(255), default="")


class Attendance(Base):
    """A person's working day: clocked in and out at the kiosk."""

    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_day", "staff_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[date] = mapped_column(Date)
    clock_in: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    clock_out: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    corrected_by: Mapped[str] = mapped_column(String(64), default="")
    correction_reason: Mapped[str] = mapped_column(String(255), default="")
