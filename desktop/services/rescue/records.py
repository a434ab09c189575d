"""What the rescue desk's services take and hand back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass
class CallForm:
    phone: str
    address: str
    problem: str
    caller: str = ""
    customer_id: int | None = None
    vehicle_id: int | None = None
    plate: str = ""
    landmark: str = ""
    coordinates: str = ""
    distance_km: int | str = 0


@dataclass
class CloseForm:
    outcome: str  # fixed | towed | cancelled
    work_done: str = ""
    tow_km: int | str = 0
    charge: Decimal | str = ""  # "" : what the desk works out (call-out unless a plan covers it, towing beyond)
    odometer_km: int | str | None = None  # towed: read at the car, for the work order
    reason: str = ""  # cancelled: why


@dataclass
class VanForm:
    name: str
    plate: str = ""
    crew: str = ""
    phone: str = ""
    km: int | str = 0
    last_service_on: date | None = None
    last_service_km: int | str = 0
    service_every_km: int | str = 10000
    insurance_due: date | None = None
    inspection_due: date | None = None
    active: bool = True


@dataclass(frozen=True)
class VanView:
    id: int
    name: str
    plate: str
    crew: str
    phone: str
    state: str
    km: int
    last_service_on: date | None
    last_service_km: int
    service_every_km: int
    insurance_due: date | None
    inspection_due: date | None
    active: bool
    due: tuple[str, ...]  # service | insurance | inspection: what is due within 30 days (or km)


@dataclass(frozen=True)
class PartnerView:
    id: int
    name: str
    area: str
    phone: str
    contact: str
    active: bool


@dataclass(frozen=True)
class RescueView:
    id: int
    version: int
    number: str
    called_at: datetime
    taken_by: str
    caller: str
    phone: str
    customer_id: int | None
    customer: str
    vehicle_id: int | None
    plate: str
    address: str
    landmark: str
    coordinates: str
    distance_km: int
    problem: str
    plan_contract_id: int | None
    plan: str  # the roadside plan's number and what is left, when one covers it
    price_quoted: Decimal
    state: str
    van_id: int | None
    van: str
    crew: str
    partner: str
    dispatched_at: datetime | None
    arrived_at: datetime | None
    solved_at: datetime | None
    outcome: str
    work_done: str
    tow_km: int
    charge: Decimal
    invoice: str
    work_order: str
    cancel_reason: str
    satisfaction: int | None
    satisfaction_note: str
    target_minutes: int
    dispatch_minutes: int | None
    arrival_minutes: int | None
    in_time: bool | None


@dataclass(frozen=True)
class TimesSummary:
    """A month of rescues against the targets."""

    month: str
    calls: int
    closed: int
    cancelled: int
    by_partner: int
    arrival_median: int | None
    dispatch_median: int | None
    in_time: int  # reached within the target
    measured: int  # with an arrival time
    satisfied: int  # scored 4 or 5
    asked: int
