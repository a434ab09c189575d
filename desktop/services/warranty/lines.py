"""A work-order line billed to the manufacturer (payer "warranty") names the component it
is claimed under, and that component must be in cover on the day the car came in at its
reception reading; otherwise only a manager's goodwill puts it on the manufacturer."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models import WorkOrder
from desktop.services.core.messages import Message
from desktop.services.warranty.cover import read_coverage
from desktop.services.warranty.rules.coverage import COMPONENTS, EXCLUSIONS, REASONS, why_not


def out_of_cover(s: Session, order: WorkOrder, component: str) -> Message | None:
    """Why this component is not in cover for the order's car, or None when it is."""
    cover = read_coverage(s, order.vehicle_id, order.opened_at.astimezone().date(), order.odometer_km).of(component)
    return why_not(component, cover)


__all__ = ["COMPONENTS", "EXCLUSIONS", "REASONS", "out_of_cover"]
