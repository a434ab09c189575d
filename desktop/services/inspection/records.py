"""What the inspection screens and prints read, and the forms they send."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop.services.inspection.rules.findings import Limits, traffic_light


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    area: str
    label: str
    answer: str  # status | measure | note | photo
    limits: Limits
    operation_code: str
    part_number: str
    part_qty: Decimal

    @property
    def needs_answer(self) -> bool:
        """Status and measured points must be answered before the sheet is finished."""
        return self.answer in ("status", "measure")


@dataclass(frozen=True)
class ChecklistView:
    id: int
    name: str
    kind: str  # inspection | pdi | storage
    active: bool
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class AnswerView:
    item_id: int
    finding: str
    value: Decimal | None
    note: str
    photo: str
    answered_by: str
    work: str = ""  # what became of the work it proposed: "" none, approved, pending, declined


@dataclass(frozen=True)
class InspectionView:
    id: int
    version: int
    vehicle_id: int
    plate: str
    work_order_id: int | None
    order_number: str
    checklist_id: int
    checklist: str
    kind: str
    technician: str
    created_at: datetime
    finished_at: datetime | None
    result: str  # "" while open | pass | fail | done
    items: tuple[ItemView, ...]
    answers: dict[int, AnswerView] = field(default_factory=dict)

    @property
    def unanswered(self) -> list[ItemView]:
        return [i for i in self.items if i.needs_answer and i.id not in self.answers]

    @property
    def counts(self) -> dict[str, int]:
        return traffic_light(a.finding for a in self.answers.values()
                             if next((i for i in self.items if i.id == a.item_id and i.needs_answer), None))


@dataclass
class AnswerForm:
    item_id: int
    finding: str = "ok"
    value: str | Decimal | None = None
    note: str = ""
    photo: str = ""


@dataclass
class ItemForm:
    area: str
    label: str
    answer: str = "status"
    unit: str = ""
    plausible_min: str = ""
    plausible_max: str = ""
    attention_below: str = ""
    urgent_below: str = ""
    attention_above: str = ""
    urgent_above: str = ""
    operation_code: str = ""
    part_number: str = ""
    part_qty: str = "1"


@dataclass(frozen=True)
class Recommendation:
    """A point found on an earlier visit that the customer did not have done."""

    day: date
    order_number: str
    area: str
    label: str
    finding: str
    detail: str  # the reading with its unit, or the technician's note
