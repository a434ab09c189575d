"""What the after-care screens and commands read and send: plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class FollowUpRow:
    """A call on the clerk's list: whom to call, about which visit, by when."""

    id: int
    round: int  # 1: within 72 hours; 2: 7 to 14 days after the first
    due_from: date
    due_by: date
    overdue: bool
    state: str
    attempts: int
    next_try_at: datetime | None
    assigned_to: str
    customer_id: int
    customer: str
    phone: str
    plate: str
    vehicle: str
    order_id: int
    order_number: str
    delivered_at: datetime | None
    work_done: str
    advisor: str
    technician: str


@dataclass(frozen=True)
class CallForm:
    reached: bool
    scores: dict[str, int | None] = field(default_factory=dict)
    notes: str = ""
    complaint: str = ""  # what the customer complained of on the phone ("" none)


@dataclass(frozen=True)
class CallResult:
    contact_id: int
    state: str  # the call's task afterwards: open (tried again) | done | unreachable
    next_try_at: datetime | None
    complaint_id: int | None
    complaint_number: str


@dataclass(frozen=True)
class ContactForm:
    """An inbound call or a letter sent, for the register."""

    kind: str  # inbound | letter
    customer_id: int | None
    topic: str = "question"  # inbound: question | complaint | other; letter: reminder | thanks | other
    notes: str = ""
    vehicle_id: int | None = None
    work_order_id: int | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    kind: str
    at: datetime
    by: str
    customer_id: int
    customer: str
    phone: str
    address: str
    plate: str
    order_number: str
    reached: bool
    topic: str
    notes: str
    scores: dict[str, int | None]

    @property
    def average(self) -> Decimal | None:
        given = [v for v in self.scores.values() if v is not None]
        return (Decimal(sum(given)) / len(given)).quantize(Decimal("0.1")) if given else None


@dataclass(frozen=True)
class DeputyRow:
    id: int
    absent: str
    deputy: str
    first_day: date
    last_day: date


@dataclass(frozen=True)
class ComplaintForm:
    customer_id: int | None
    channel: str
    category: str
    description: str
    severity: str = "normal"
    vehicle_id: int | None = None
    order_ids: tuple[int, ...] = ()
    about_staff_id: int | None = None
    owner: str = ""  # "" the person taking it
    settled_on_spot: str = ""  # the solution, when settled there and then
    contact_id: int | None = None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    received_at: datetime
    age_days: int
    channel: str
    customer_id: int
    customer: str
    phone: str
    plate: str
    category: str
    severity: str
    owner: str
    state: str
    deadline: date
    overdue: bool
    escalated: bool
    tell_today: bool  # a solution found and the customer not told yet
    description: str
    report_late: bool = False  # not reported to the manager by its day


@dataclass(frozen=True)
class ActionRow:
    at: datetime
    by: str
    kind: str
    note: str


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    version: int
    vehicle_id: int | None
    orders: tuple[tuple[int, str], ...]  # (id, number)
    about: str
    report_by: date
    reported_at: datetime | None
    solution: str
    solution_at: datetime | None
    told_at: datetime | None
    root_cause: str
    resolution: str
    goodwill: str
    goodwill_amount: Decimal
    goodwill_by: str
    comeback_order: str
    contact_id: int | None
    actions: tuple[ActionRow, ...]
    description: str = ""  # in full (the row has its first line)


@dataclass(frozen=True)
class ComplaintFilter:
    open_only: bool = True
    mine: bool = False
    text: str = ""


@dataclass(frozen=True)
class Satisfaction:
    """One line of the satisfaction table: a month, an advisor or a technician."""

    who: str
    calls: int
    reached: int
    scores: dict[str, Decimal | None]
    average: Decimal | None

    @property
    def reach_rate(self) -> Decimal | None:
        return (Decimal(self.reached) / self.calls).quantize(Decimal("0.001")) if self.calls else None


@dataclass(frozen=True)
class AftercareSummary:
    """What a person sees at sign-in: calls due, complaints past their deadline."""

    calls_due: int
    calls_overdue: int
    complaints_open: int
    complaints_escalated: int
    tell_today: int


@dataclass(frozen=True)
class CustomerCare:
    """A customer's after-care at a glance, for the customer file."""

    last_call_at: datetime | None
    last_call_reached: bool
    average: Decimal | None
    complaints: int
    complaints_open: int
