"""SQLAlchemy mapped classes, one module per aggregate.  Importing this package registers
every table on ``Base.metadata`` (Alembic and the tests rely on that)."""

from desktop.models.audit import AuditEntry
from desktop.models.base import Base, Money, UTCDateTime
from desktop.models.customer import (
    Customer,
    CustomerNameKey,
    CustomerPhone,
    CustomerTag,
    OdometerReading,
    Vehicle,
    VehicleOwnership,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Customer",
    "CustomerNameKey",
    "CustomerPhone",
    "CustomerTag",
    "Money",
    "OdometerReading",
    "UTCDateTime",
    "Vehicle",
    "VehicleOwnership",
]
