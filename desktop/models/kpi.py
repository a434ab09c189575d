"""The manager's desk (DOMAIN.md sections 6 and 7): a measure's target for the year,
broken down to months and to people; the dealership's fixed costs per month (the base of
service absorption); each person's monthly appraisal and their training plan."""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import AuditMixin, Base, Money, UTCDateTime, VersionedMixin, utcnow


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


class Appraisal(AuditMixin, VersionedMixin, Base):
    """A person's month (绩效考核表): the goals and measures agreed at its start, the
    self-score, the direct manager's score, the grade, the three signatures (employee,
    direct manager, the manager's own manager) and an appeal with its outcome."""

    __tablename__ = "appraisal"
    __table_args__ = (
        UniqueConstraint("staff_id", "month", name="uq_appraisal_month"),
        Index("ix_appraisal_month", "month", "state"),
        CheckConstraint("score is null or (score >= 0 and score <= 150)", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    month: Mapped[date] = mapped_column(Date)  # its first day
    template: Mapped[str] = mapped_column(String(12), default="job")  # job | functional
    probation: Mapped[bool] = mapped_column(Boolean, default=False)  # on probation: not graded
    state: Mapped[str] = mapped_column(String(12), default="planned")  # planned | self_scored | scored | signed
    self_total: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    manager_total: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    grade: Mapped[str] = mapped_column(String(1), default="")  # A-E, "" until scored or on probation
    grade_from_score: Mapped[str] = mapped_column(String(1), default="")  # before the manager adjusted it
    grade_note: Mapped[str] = mapped_column(String(255), default="")  # why the manager adjusted it
    scored_by: Mapped[str] = mapped_column(String(64), default="")
    employee_signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    manager_signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    manager_signed_by: Mapped[str] = mapped_column(String(64), default="")
    head_signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    head_signed_by: Mapped[str] = mapped_column(String(64), default="")
    appeal: Mapped[str] = mapped_column(String(500), default="")
    appeal_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    appeal_outcome: Mapped[str] = mapped_column(String(500), default="")
    appeal_decided_by: Mapped[str] = mapped_column(String(64), default="")

    items: Mapped[list[AppraisalItem]] = relationship(cascade="all, delete-orphan",
                                                      order_by="AppraisalItem.position")

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class AppraisalItem(Base):
    """A goal or a measure of the month, with its weight (they add up to 100), the target
    and what was achieved, and the points the person and their manager gave it."""

    __tablename__ = "appraisal_item"
    __table_args__ = (
        CheckConstraint("weight >= 1 and weight <= 100", name="weight_range"),
        CheckConstraint("self_points is null or (self_points >= 0 and self_points <= 150)", name="self_range"),
        CheckConstraint("manager_points is null or (manager_points >= 0 and manager_points <= 150)",
                        name="manager_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8), default="goal")  # goal | measure (from the records)
    text: Mapped[str] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(32), default="")  # the KPI it is filled in from
    weight: Mapped[int] = mapped_column(Integer)
    target: Mapped[str] = mapped_column(String(60), default="")
    actual: Mapped[str] = mapped_column(String(60), default="")
    # A measure's figures as numbers beside the text shown (12.5%, ¥1,234.00): what the
    # suggested points are worked out from, never parsed back from the text.
    target_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    actual_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    self_points: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    manager_points: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    # Who enters the achieved figure of a goal the program cannot count (the information
    # clerk the satisfaction, the parts clerk the stock accuracy), by the set day; and when.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None, index=True)
    entered_by: Mapped[str] = mapped_column(String(64), default="")
    entered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Training(AuditMixin, Base):
    """A course planned for a person (培训计划), and whether they passed it."""

    __tablename__ = "training"
    __table_args__ = (Index("ix_training_staff", "staff_id", "planned_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    course: Mapped[str] = mapped_column(String(120))
    planned_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    passed: Mapped[bool | None] = mapped_column(Boolean, default=None)


class Meeting(AuditMixin, VersionedMixin, Base):
    """An after-sales meeting (售后例会): announced at least three days ahead with its topic
    and agenda; held with its attendees, the cases discussed and the decisions."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_at", "held_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(80), default="")
    topic: Mapped[str] = mapped_column(String(120))
    agenda: Mapped[str] = mapped_column(String(2000), default="")
    announced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="announced")  # announced | held | cancelled
    attendees: Mapped[str] = mapped_column(String(500), default="")  # names, as minuted
    decisions: Mapped[str] = mapped_column(String(4000), default="")
    cases: Mapped[str] = mapped_column(String(500), default="")  # work order and complaint numbers discussed

    __mapper_args__ = {"version_id_col": VersionedMixin.version}  # noqa: RUF012


class ActionItem(AuditMixin, Base):
    """What a meeting decided someone does by a date, followed up at the next meeting; or a
    problem a person raised (问题反馈), with its owner, due date and the answer."""

    __tablename__ = "action_item"
    __table_args__ = (Index("ix_action_item_owner", "owner_id", "state", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), default="action")  # action | problem
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), default=None,
                                                   index=True)
    text: Mapped[str] = mapped_column(String(500))
    raised_by: Mapped[str] = mapped_column(String(64), default="")  # a problem's: who hears back
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    state: Mapped[str] = mapped_column(String(8), default="open")  # open | done | dropped
    answer: Mapped[str] = mapped_column(String(1000), default="")  # what was done, or the answer
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reviewed_in: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), default=None)
