"""After delivery (回访 / 投诉): the follow-up calls each delivery plans, the register of
every call and letter, the complaints with everything done about them, the deputies who
take a clerk's list while they are away, and the shop's working calendar (holidays and
make-up working days) that complaint deadlines are counted on."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow


class FollowUp(Base):
    """One planned call after a delivery: the first (from the next day, within 72 hours)
    or the second (7 to 14 days after the first).  Open until reached, closed as
    unreachable after the set number of attempts, or cancelled."""

    __tablename__ = "follow_up"
    __table_args__ = (
        CheckConstraint("round in (1, 2)", name="round"),
        CheckConstraint("attempts >= 0", name="attempts"),
        Index("ix_follow_up_open", "state", "due_from"),
        Index("ix_follow_up_order", "work_order_id", "round", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    due_from: Mapped[date] = mapped_column(Date)
    due_by: Mapped[date] = mapped_column(Date)
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # after a missed call
    state: Mapped[str] = mapped_column(String(12), default="open")  # open | done | unreachable | cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    assigned_to: Mapped[str] = mapped_column(String(64), default="")  # a clerk's login; "" anyone's
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Contact(Base):
    """The register (跟踪服务登记): a follow-up call, an inbound call, or a letter, with who,
    when, whether the customer was reached, and what they said."""

    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_at", "at"),
        Index("ix_contact_customer", "customer_id", "at"),
        Index("ix_contact_vehicle", "vehicle_id", "kind", "topic", "at"),  # a car's last reminder call
        *(CheckConstraint(f"{q} is null or {q} between 1 and 5", name=f"{q}_scale")
          for q in ("reception", "quality", "timeliness", "price", "cleanliness", "recommend")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # followup | inbound | letter | reminder
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), default=None)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id", ondelete="SET NULL"),
                                                      default=None, index=True)
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id", ondelete="SET NULL"),
                                                     default=None, index=True)
    reached: Mapped[bool] = mapped_column(Boolean, default=False)
    topic: Mapped[str] = mapped_column(String(16), default="")  # inbound: question | complaint | other
    # A reminder call: what fell due (maintenance | inspection | insurance | campaign) is the
    # topic; what came of it (reached, will_come, declined, moved, sold ...) the outcome.
    outcome: Mapped[str] = mapped_column(String(16), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    reception: Mapped[int | None] = mapped_column(Integer, default=None)
    quality: Mapped[int | None] = mapped_column(Integer, default=None)
    timeliness: Mapped[int | None] = mapped_column(Integer, default=None)
    price: Mapped[int | None] = mapped_column(Integer, default=None)
    cleanliness: Mapped[int | None] = mapped_column(Integer, default=None)
    recommend: Mapped[int | None] = mapped_column(Integer, default=None)


class Deputy(Base):
    """A clerk away from ``first_day`` to ``last_day``: their list goes to the deputy."""

    __tablename__ = "deputy"

    id: Mapped[int] = mapped_column(primary_key=True)
    absent: Mapped[str] = mapped_column(String(64), index=True)
    deputy: Mapped[str] = mapped_column(String(64))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(64), default="admin")


class Complaint(AuditMixin, VersionedMixin, Base):
    """A complaint (投诉) from any channel, with its owner, its deadlines and its outcome."""

    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_state", "state", "received_at"),
        CheckConstraint("goodwill_amount >= 0", name="goodwill_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(12))  # phone | in_person | wechat | hotline | followup
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), default=None)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), default=None)
    category: Mapped[str] = mapped_column(String(12))  # quality | attitude | price | time | parts | other
    severity: Mapped[str] = mapped_column(String(8), default="normal")  # minor | normal | serious
    about_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    owner: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12), default="open")  # open | in_progress | resolved | closed
    description: Mapped[str] = mapped_column(Text)
    report_by: Mapped[date] = mapped_column(Date)  # to the service manager, unless settled on the spot
    deadline: Mapped[date] = mapped_column(Date)  # resolved by, on the working calendar
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    solution: Mapped[str] = mapped_column(Text, default="")
    solution_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    told_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # customer told the solution
    root_cause: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    goodwill: Mapped[str] = mapped_column(String(255), default="")  # what was given (a credit note, a free line)
    goodwill_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    goodwill_by: Mapped[str] = mapped_column(String(64), default="")  # the manager who approved it
    comeback_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), default=None)

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class ComplaintOrder(Base):
    """The work order(s) a complaint is about."""

    __tablename__ = "complaint_order"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"), primary_key=True,
                                               index=True)


class ComplaintAction(Base):
    """Everything done about a complaint, in order: who, when, what."""

    __tablename__ = "complaint_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # opened | state | note | reported | solution | told | ...
    note: Mapped[str] = mapped_column(Text, default="")


class WorkCalendarDay(Base):
    """A day off the shop's usual week (a public holiday) or a weekend day worked (调休)."""

    __tablename__ = "work_calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)  # False: a holiday; True: a make-up working day
    name: Mapped[str] = mapped_column(String(32), default="")
