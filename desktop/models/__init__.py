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
from desktop.models.parts import (
    Part,
    PartClassHistory,
    PurchaseOrder,
    PurchaseOrderLine,
    StockCount,
    StockCountLine,
    StockMovement,
    Supplier,
)
from desktop.models.workorder import WorkOrder, WorkOrderEvent, WorkOrderLine
from desktop.models.workshop import (
    Bay,
    LabourOperation,
    MaintenancePackage,
    NumberSequence,
    PackageItem,
    ShopSetting,
    Staff,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Bay",
    "Customer",
    "CustomerNameKey",
    "CustomerPhone",
    "CustomerTag",
    "LabourOperation",
    "MaintenancePackage",
    "Money",
    "NumberSequence",
    "OdometerReading",
    "PackageItem",
    "Part",
    "PartClassHistory",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "ShopSetting",
    "Staff",
    "StockCount",
    "StockCountLine",
    "StockMovement",
    "Supplier",
    "UTCDateTime",
    "Vehicle",
    "VehicleOwnership",
    "WorkOrder",
    "WorkOrderEvent",
    "WorkOrderLine",
]
