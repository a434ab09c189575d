"""What the reception calendar's screens and commands read and send."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

STATES = {
    "booked": QT_TRANSLATE_NOOP("Appointments", "Booked"),
    "confirmed": QT_TRANSLATE_NOOP("Appointments", "Confirmed"),
    "arrived": QT_TRANSLATE_NOOP("Appointments", "Arrived"),
    "no_show": QT_TRANSLATE_NOOP("Appointments", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("Appointments", "Cancelled"),
}
ACTIVE = ("booked", "confirmed")
SOURCES = {"active": QT_TRANSLATE_NOOP("Appointments", "We called (due list)"),
           "passive": QT_TRANSLATE_NOOP("Appointments", "The customer called")}
CHANNELS = {"phone": QT_TRANSLATE_NOOP("Appointments", "Phone"),
            "wechat": QT_TRANSLATE_NOOP("Appointments", "WeChat"),
            "in_person": QT_TRANSLATE_NOOP("Appointments", "In person")}


@dataclass(frozen=True)
class PlannedLine:
    kind: str  # labour | part
    description: str
    quantity: Decimal | str = Decimal(1)  # hours for labour, pieces for parts
    operation_id: int | None = None
    part_number: str = ""


@dataclass(frozen=True)
class AppointmentForm:
    slot_at: datetime  # aware; the reception slot
    advisor_id: int | None
    customer_id: int | None = None
    vehicle_id: int | None = None
    caller_name: str = ""  # a new caller: name, phone and plate; a customer file on arrival
    caller_phone: str = ""
    caller_plate: str = ""
    concern: str = ""
    work_minutes: int | str = 60
    technician_id: int | None = None
    bay_id: int | None = None
    source: str = "passive"
    channel: str = "phone"
    lines: tuple[PlannedLine, ...] = ()
    into_buffer: bool = False  # the advisor books the walk-in buffer on purpose
    campaign_id: int | None = None  # booked from a customer-care campaign's invitation


class BufferSlot(ServiceError):
    """The slot is kept free for walk-ins (the buffer rule): book it only on purpose."""

    def __init__(self, slot: time) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Validation", "{slot} is kept free for walk-ins and overruns (after three booked slots in a row). "
            "Book it anyway?"), {"slot": slot.strftime("%H:%M")}))
        self.slot = slot


@dataclass(frozen=True)
class LineView:
    id: int
    kind: str
    description: str
    operation_id: int | None
    part_number: str
    quantity: Decimal
    reserved_qty: Decimal
    to_order: Decimal


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    number: str
    slot_at: datetime
    state: str
    advisor_id: int
    advisor: str
    customer_id: int | None
    customer: str  # the file's name, or the new caller's
    phone: str
    plate: str
    vehicle_id: int | None
    vehicle: str
    concern: str
    work_minutes: int
    technician: str
    bay: str
    source: str
    channel: str
    into_buffer: bool
    confirmed_at: datetime | None
    work_order_id: int | None
    order_number: str
    parts_short: bool  # some planned part is not on the shelf
    no_shows: int  # the customer's earlier no-shows

    @property
    def new_caller(self) -> bool:
        return self.customer_id is None


@dataclass(frozen=True)
class AppointmentDetail:
    row: AppointmentRow
    version: int
    lines: tuple[LineView, ...]
    technician_id: int | None
    bay_id: int | None
    confirm_note: str
    cancel_reason: str
    buffer_override_by: str


@dataclass(frozen=True)
class DayPlan:
    """One day of the reception: every advisor's slots, what is booked, what is kept free,
    and the workshop's load (booked hours against the technicians' hours)."""

    day: date
    slots: tuple[time, ...]
    advisors: tuple[tuple[int, str], ...]
    booked: dict[tuple[int, time], AppointmentRow]  # (advisor, slot) → appointment
    buffers: frozenset[tuple[int, time]]
    booked_hours: Decimal
    available_hours: Decimal


@dataclass(frozen=True)
class WeekPlan:
    """One advisor's week."""

    advisor_id: int
    days: tuple[date, ...]
    slots: tuple[time, ...]
    booked: dict[tuple[date, time], AppointmentRow]
    buffers: frozenset[tuple[date, time]]
    load: dict[date, tuple[Decimal, Decimal]]  # day → (booked hours, available hours)
