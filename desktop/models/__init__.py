"""SQLAlchemy mapped classes, one module per aggregate.  Importing this package registers
every table on ``Base.metadata`` (Alembic and the tests rely on that)."""

from desktop.models.aftercare import (
    Complaint,
    ComplaintAction,
    ComplaintOrder,
    Contact,
    Deputy,
    FollowUp,
    WorkCalendarDay,
)
from desktop.models.appointments import Appointment, AppointmentLine, ServiceInterval, VehicleDue
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
from desktop.models.invoicing import CashCount, Invoice, InvoiceLine, Payment
from desktop.models.parts import (
    Part,
    PartClassHistory,
    PartStock,
    PurchaseOrder,
    PurchaseOrderLine,
    StockCount,
    StockCountLine,
    StockMovement,
    StockWeek,
    Supplier,
)
from desktop.models.people import Attendance, Clocking, RolePermission, StaffRole
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
    "Appointment",
    "AppointmentLine",
    "Attendance",
    "AuditEntry",
    "Base",
    "Bay",
    "CashCount",
    "Clocking",
    "Complaint",
    "ComplaintAction",
    "ComplaintOrder",
    "Contact",
    "Customer",
    "CustomerNameKey",
    "CustomerPhone",
    "CustomerTag",
    "Deputy",
    "FollowUp",
    "Invoice",
    "InvoiceLine",
    "LabourOperation",
    "MaintenancePackage",
    "Money",
    "NumberSequence",
    "OdometerReading",
    "PackageItem",
    "Part",
    "PartClassHistory",
    "PartStock",
    "Payment",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "RolePermission",
    "ServiceInterval",
    "ShopSetting",
    "Staff",
    "StaffRole",
    "StockCount",
    "StockCountLine",
    "StockMovement",
    "StockWeek",
    "Supplier",
    "UTCDateTime",
    "Vehicle",
    "VehicleDue",
    "VehicleOwnership",
    "WorkCalendarDay",
    "WorkOrder",
    "WorkOrderEvent",
    "WorkOrderLine",
]
