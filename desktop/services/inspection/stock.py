"""The shop's cars in stock as the other inspection modules need them: which car is in
stock, the shop's own customer file they stand under, the internal order a failed storage
check opens."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Customer, Inspection, StockCar, WorkOrder
from desktop.services.core import audit
from desktop.services.customers.details import last_readings
from desktop.services.customers.service import apply_name
from desktop.services.inspection.records import InspectionView
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.records import ReceptionForm
from desktop.services.workorders.service import WorkOrderService


def stock_car_of(s: Session, vehicle_id: int) -> StockCar | None:
    """The car in stock, while it has no buyer yet."""
    return s.scalar(select(StockCar).where(StockCar.vehicle_id == vehicle_id, StockCar.buyer_id.is_(None)))


def stock_customer(s: Session) -> Customer:
    """The shop's own customer file the cars in stock stand under (made on first use; no
    reminders, no follow-up calls)."""
    ident = int(shop_settings.get(s, "stock_customer_id"))
    found = s.get(Customer, ident) if ident else None
    if found is not None:
        return found
    customer = Customer(kind="company", consent_contact=False, notes="本店库存商品车（内部）")
    apply_name(customer, f"{shop_settings.get(s, 'shop_name') or '本店'}（库存商品车）")
    s.add(customer)
    s.flush()
    shop_settings.put(s, "stock_customer_id", customer.id)
    return customer


def repair_order_for(s: Session, orders: WorkOrderService, x: Inspection, view: InspectionView) -> WorkOrder:
    """The internal work order a failed storage check opens: what failed is its concern."""
    failed = [f"{i.label}（{'需关注' if view.answers[i.id].finding == 'attention' else '紧急'}）"
              for i in view.items if i.id in view.answers and view.answers[i.id].finding != "ok"]
    reading_ = last_readings(s, [x.vehicle_id]).get(x.vehicle_id)
    km = reading_.km if reading_ is not None else 0
    order = orders.open_in(s, ReceptionForm(vehicle_id=x.vehicle_id, odometer_km=km,
                                            concern="库存车检查未通过：" + "；".join(failed)), km)
    audit.record(s, "storage-check-failed", "work_order", order.id, inspection=x.id)
    return order
