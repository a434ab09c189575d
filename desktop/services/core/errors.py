"""What a service says when it refuses.  Each carries a translatable ``Message``; the view
shows it where the person typed (``ValidationFailed`` names the field) and the command
line prints it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message


class ServiceError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class ValidationFailed(ServiceError):
    """One or more fields are wrong; nothing was saved.  ``errors`` maps field → message."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        first = next(iter(errors.values()))
        super().__init__(first)
        self.errors = dict(errors)


class NotFound(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Validation", "{what} {ident} does not exist (any more)."),
                {"what": what, "ident": ident},
            )
        )


class StaleEdit(ServiceError):
    """Somebody else saved the same record since it was opened; nothing was overwritten."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Someone else changed this record after you opened it. Nothing was "
                    "overwritten: reload it and make your change again.",
                )
            )
        )


class Refused(ServiceError):
    """The rules of the trade forbid this action; the message says why."""


@dataclass(frozen=True)
class ExistingRecord:
    customer_id: int
    customer_name: str
    vehicle_id: int | None = None
    plate: str | None = None
    phone: str | None = None
    archived: bool = False


class DuplicateVehicle(ServiceError):
    """The plate or VIN is already on file; ``existing`` says where, to offer opening it."""

    def __init__(self, field: str, value: str, existing: ExistingRecord) -> None:
        if field == "plate":
            text = QT_TRANSLATE_NOOP(
                "Validation", "Plate {value} is already on file (customer {customer})."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Validation", "VIN {value} is already on file (customer {customer})."
            )
        super().__init__(Message(text, {"value": value, "customer": existing.customer_name}))
        self.field = field
        self.value = value
        self.existing = existing


class LikelyDuplicates(ServiceError):
    """Customers with the same phone already exist; save again with confirmation."""

    def __init__(self, matches: Sequence[ExistingRecord]) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Validation", "{count} customer(s) on file have the same phone number."
                ),
                {"count": len(matches)},
            )
        )
        self.matches = list(matches)


class OdometerBelowLast(ServiceError):
    """A reading below the last one needs a confirmation and a reason."""

    def __init__(self, km: int, last_km: int, last_at: Any) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{km} km is less than the last reading, {last} km. Record it only if the "
                    "odometer was replaced or the last reading was wrong, and give the reason.",
                ),
                {"km": km, "last": last_km},
            )
        )
        self.km = km
        self.last_km = last_km
        self.last_at = last_at
