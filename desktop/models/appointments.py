"""Appointments and reminders (预约 / 保养提醒): the reception calendar's bookings with their
planned work, each car's next due dates as last computed, and the shop's service
intervals by make and series."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, UTCDateTime, VersionedMixin


class Appointment(AuditMixin, VersionedMixin, Base):
    """A booked reception slot: who comes (a customer and car on file, or a new caller),
    when, to whom, for what, and what became of it."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_slot", "slot_at", "advisor_id"),
        Index("ix_appointment_vehicle", "vehicle_id", "slot_at"),
        Index("ix_appointment_customer", "customer_id", "slot_at"),
        CheckConstraint("work_minutes >= 0 and work_minutes <= 1440", name="work_minutes_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    slot_at: Mapped[datetime] = mapped_column(UTCDateTime)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), default=None)
    caller_name: Mapped[str] = mapped_column(String(120), default="")  # a new caller, not on file yet
    caller_phone: Mapped[str] = mapped_column(String(32), default="")
    caller_plate: Mapped[str] = mapped_column(String(16), default="")
    concern: Mapped[str] = mapped_column(Text, default="")
    work_minutes: Mapped[int] = mapped_column(Integer, default=60)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    bay_id: Mapped[int | None] = mapped_column(ForeignKey("bay.id"), default=None)
    source: Mapped[str] = mapped_column(String(8), default="passive")  # active | passive
    channel: Mapped[str] = mapped_column(String(12), default="phone")  # phone | wechat | in_person
    state: Mapped[str] = mapped_column(String(12), default="booked")  # booked|confirmed|arrived|no_show|cancelled
    buffer_override_by: Mapped[str] = mapped_column(String(64), default="")  # booked into the buffer slot
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirm_note: Mapped[str] = mapped_column(String(255), default="")
    cancel_reason: Mapped[str] = mapped_column(String(255), default="")
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None, index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("care_campaign.id"), default=None)  # booked from one

    lines: Mapped[list[AppointmentLine]] = relationship(
        back_populates="appointment", order_by="AppointmentLine.position", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class AppointmentLine(Base):
    """Planned work: a labour line or a part, as the work order will have it; a part is
    reserved when the appointment is confirmed, or flagged for ordering."""

    __tablename__ = "appointment_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part
    description: Mapped[str] = mapped_column(String(200))
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("labour_operation.id"), default=None)
    part_number: Mapped[str] = mapped_column(String(40), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))  # hours or pieces
    reserved_qty: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    to_order: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))  # short when confirmed

    appointment: Mapped[Appointment] = relationship(back_populates="lines")


class VehicleDue(Base):
    """A car's next maintenance as last computed (at each delivery, or when recomputed):
    kept apart from the car so that computing it never makes an open edit stale."""

    __tablename__ = "vehicle_due"

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id", ondelete="CASCADE"), primary_key=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    due_km: Mapped[int] = mapped_column(Integer)
    last_service_on: Mapped[date | None] = mapped_column(Date, default=None)
    last_visit_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Off the list after a call: declined, moved away, sold the car (until its next visit).
    stop_reason: Mapped[str] = mapped_column(String(16), default="")


class ServiceInterval(Base):
    """The maintenance interval of a make (and series), when it differs from the shop's."""

    __tablename__ = "service_interval"
    __table_args__ = (
        Index("ix_service_interval_make", "make", "series", unique=True),
        CheckConstraint("km > 0 and months > 0", name="positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    make: Mapped[str] = mapped_column(String(64))
    series: Mapped[str] = mapped_column(String(64), default="")  # "" every series of the make
    km: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)


class CareCampaign(Base):
    """A customer-care campaign (联谊活动, 免费检测周, 优惠服务月): its dates, its offer, the
    invitation's text, and the filter its target list was drawn with."""

    __tablename__ = "care_campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="inspection")  # party | inspection | discount
    starts: Mapped[date] = mapped_column(Date)
    ends: Mapped[date] = mapped_column(Date)
    offer: Mapped[str] = mapped_column(Text, default="")
    template: Mapped[str] = mapped_column(Text, default="")
    target_filter: Mapped[str] = mapped_column(Text, default="")  # JSON: make, tag, last visit window
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="admin")


class CampaignTarget(Base):
    """A car invited to a campaign, and what the invitation brought."""

    __tablename__ = "campaign_target"
    __table_args__ = (Index("ix_campaign_target_car", "campaign_id", "vehicle_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("care_campaign.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"))
    invited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    invited_by: Mapped[str] = mapped_column(String(64), default="")
    channel: Mapped[str] = mapped_column(String(8), default="")  # call | letter | wechat
    answer: Mapped[str] = mapped_column(String(16), default="")  # coming | maybe | declined | not_reached
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), default=None)
