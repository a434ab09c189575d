"""New cars in stock for sale (商品车储存与PDI检查, DOMAIN.md section 13): received with VIN,
model, colour, arrival date and storage place, on file under the shop's own customer
until they are sold.  Storage checks repeat every N days (a setting) and are listed when
due; a failed one opens an internal work order.  The PDI is a checklist on an internal
work order; a car is handed over to its buyer only after a passed PDI, and the handover
makes the buyer its owner with the warranty starting that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Checklist,
    Customer,
    Inspection,
    StockCar,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from desktop.models.base import utcnow
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.customers.details import last_readings
from desktop.services.customers.rules.vin import normalize_vin, vin_problem
from desktop.services.inspection.checklists import seed
from desktop.services.inspection.records import InspectionView
from desktop.services.inspection.service import inspection_view, new_inspection
from desktop.services.inspection.stock import stock_customer
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.lines import reprice
from desktop.services.workorders.records import ReceptionForm
from desktop.services.workorders.rules.workflow import CLOSED
from desktop.services.workorders.service import WorkOrderService

PDI_PAYERS = ("internal", "warranty")  # the shop, or the manufacturer (保修/厂家)
PDI_HOURS = Decimal("1.0")
PDI_TEXT = "新车PDI检查"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


@dataclass
class StockCarForm:
    vin: str
    make: str = ""
    model: str = ""
    series: str = ""
    colour: str = ""
    model_year: int | None = None
    arrived_on: date | None = None
    storage_place: str = ""
    pdi_payer: str = "internal"


@dataclass(frozen=True)
class StockRow:
    id: int
    version: int
    vehicle_id: int
    vin: str
    vehicle: str
    colour: str
    arrived_on: date
    storage_place: str
    last_check_on: date | None
    last_check_result: str  # "" | pass | fail
    next_check_on: date
    check_due: bool
    pdi: str  # "" none | open | pass | fail
    pdi_order: str
    buyer: str
    handed_over_on: date | None


class NewCarService(Service):

    def receive(self, form: StockCarForm) -> StockRow:
        """A new car arrives for sale."""
        self.require("newcars.manage")
        errors: dict[str, Message] = {}
        vin = normalize_vin(form.vin)
        problem = vin_problem(vin) if vin else _msg(QT_TRANSLATE_NOOP("Validation", "Enter the VIN."))
        if problem is not None:
            errors["vin"] = problem
        if not clean(form.model):
            errors["model"] = _msg(QT_TRANSLATE_NOOP("Validation", "Which model is it?"))
        arrived = form.arrived_on or date.today()
        if arrived > date.today() or arrived < date.today() - timedelta(days=3650):
            errors["arrived_on"] = _msg(QT_TRANSLATE_NOOP("Validation", "The arrival date cannot be in the future."))
        if form.pdi_payer not in PDI_PAYERS:
            errors["pdi_payer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Who pays for the PDI?"))
        if form.model_year is not None and not 1980 <= form.model_year <= date.today().year + 1:
            errors["model_year"] = _msg(QT_TRANSLATE_NOOP("Validation", "Check the model year."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            if s.scalar(select(Vehicle.id).where(Vehicle.vin == vin)) is not None:
                raise ValidationFailed({"vin": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "A car with this VIN is on file already."))})
            owner = stock_customer(s)
            vehicle = Vehicle(customer_id=owner.id, vin=vin, vin_reversed=vin[::-1], make=clean(form.make)[:64],
                              model=clean(form.model)[:64], series=clean(form.series)[:64],
                              colour=clean(form.colour)[:32], model_year=form.model_year)
            s.add(vehicle)
            s.flush()
            car = StockCar(vehicle_id=vehicle.id, arrived_on=arrived, storage_place=clean(form.storage_place)[:40],
                           pdi_payer=form.pdi_payer)
            s.add(car)
            s.flush()
            audit.record(s, "newcar-receive", "vehicle", vehicle.id, vin=vin)
            return self._rows(s, [car], date.today())[0]

    def stock(self, today: date | None = None, *, sold: bool = False) -> list[StockRow]:
        """The cars in stock (or, ``sold``, those handed over), oldest arrival first."""
        with reading(self.db) as s:
            q = select(StockCar).where(StockCar.buyer_id.is_not(None) if sold else StockCar.buyer_id.is_(None))
            return self._rows(s, list(s.scalars(q.order_by(StockCar.arrived_on, StockCar.id))),
                              today or date.today())

    def checks_due(self, today: date | None = None) -> list[StockRow]:
        return [r for r in self.stock(today) if r.check_due]

    def start_check(self, stock_id: int, technician_id: int | None = None) -> InspectionView:
        """A storage check on this car, from the storage checklist."""
        self.require("orders.work")
        with writing(self.db, self.user) as s:
            seed(s)
            car = self._car(s, stock_id)
            checklist = s.scalar(select(Checklist).where(Checklist.kind == "storage", Checklist.active.is_(True))
                                 .order_by(Checklist.id).limit(1))
            if checklist is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "No storage checklist is in use.")))
            x = new_inspection(s, car.vehicle_id, checklist, None, technician_id)
            return inspection_view(s, x)

    def open_pdi(self, stock_id: int) -> int:
        """The internal work order for the PDI (paid by the shop, or by the manufacturer),
        signed off internally and ready for dispatch; the technician fills the PDI checklist
        on it.  Returns the order's id."""
        self.require("newcars.manage")
        orders = WorkOrderService(self.db, self.desk)
        with writing(self.db, self.user) as s:
            car = self._car(s, stock_id)
            vehicle = s.get(Vehicle, car.vehicle_id)
            assert vehicle is not None
            if vehicle.customer_id != stock_customer(s).id:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "A PDI is for a new car in stock: this car has an owner.")))
            open_ = s.scalar(select(WorkOrder.number).where(
                WorkOrder.vehicle_id == vehicle.id, WorkOrder.state.not_in(CLOSED)))
            if open_:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This car has an open work order already: {number}."),
                                   number=open_))
            reading_ = last_readings(s, [vehicle.id]).get(vehicle.id)
            km = reading_.km if reading_ is not None else 0
            order = orders.open_in(s, ReceptionForm(vehicle_id=vehicle.id, odometer_km=km,
                                                    concern="新车PDI检查（交车前）"), km)
            orders.add_line_in(s, order, "labour", PDI_TEXT, None, "", PDI_HOURS)
            order.lines[-1].payer = car.pdi_payer  # the manufacturer pays the PDI: not a warranty repair
            order.lines[-1].warranty_component = "vehicle" if car.pdi_payer == "warranty" else ""
            reprice(s, order.lines[-1])
            order.authorized_by, order.authorized_at = f"内部：{self.user}"[:64], utcnow()
            orders.record_move(order, "authorized", "PDI")
            s.flush()
            audit.record(s, "pdi-open", "work_order", order.id, stock=car.id)
            return order.id

    def hand_over(self, stock_id: int, version: int, buyer_id: int, on_day: date | None = None) -> StockRow:
        """The buyer takes the car: only after a passed PDI.  The buyer becomes the owner;
        purchase date and warranty start are the handover day."""
        self.require("newcars.manage")
        day = on_day or date.today()
        if day > date.today():
            raise ValidationFailed({"on_day": _msg(QT_TRANSLATE_NOOP("Validation", "The handover cannot be in the future."))})
        with writing(self.db, self.user) as s:
            car = self._car(s, stock_id)
            if car.version != version:
                raise StaleEdit()
            buyer = s.get(Customer, buyer_id)
            if buyer is None or buyer.archived_at is not None or buyer.id == stock_customer(s).id:
                raise ValidationFailed({"buyer": _msg(QT_TRANSLATE_NOOP("Validation", "Choose the buyer from the customer file."))})
            pdi = s.scalar(select(Inspection).where(Inspection.vehicle_id == car.vehicle_id, Inspection.kind == "pdi",
                                                    Inspection.finished_at.is_not(None))
                           .order_by(Inspection.finished_at.desc(), Inspection.id.desc()).limit(1))
            if pdi is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The car has had no PDI: it cannot be handed over yet.")))
            if pdi.result != "pass":
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "The car's last PDI failed: put it right and pass a new PDI before the handover.")))
            vehicle = s.get(Vehicle, car.vehicle_id)
            assert vehicle is not None
            vehicle.customer_id = buyer.id
            vehicle.purchase_date = vehicle.warranty_start = day
            car.buyer_id, car.handed_over_on, car.handed_over_by = buyer.id, day, self.user
            s.flush()
            audit.record(s, "newcar-handover", "vehicle", vehicle.id, buyer=buyer.id, day=day.isoformat())
            return self._rows(s, [car], date.today())[0]

    def pdi_order_of(self, stock_id: int) -> int | None:
        """The latest PDI's work order (for its report)."""
        with reading(self.db) as s:
            car = self._car(s, stock_id, sold_ok=True)
            return s.scalar(select(Inspection.work_order_id).where(
                Inspection.vehicle_id == car.vehicle_id, Inspection.kind == "pdi")
                .order_by(Inspection.id.desc()).limit(1))

    # internals ----------------------------------------------------------------------------

    @staticmethod
    def _car(s: Session, stock_id: int, sold_ok: bool = False) -> StockCar:
        car = s.get(StockCar, stock_id)
        if car is None:
            raise NotFound("stock car", stock_id)
        if car.buyer_id is not None and not sold_ok:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This car has been handed over to its buyer.")))
        return car

    @staticmethod
    def _rows(s: Session, cars: list[StockCar], today: date) -> list[StockRow]:
        every = timedelta(days=int(shop_settings.get(s, "storage_check_days")))
        ids = [c.vehicle_id for c in cars]
        vehicles = {v.id: v for v in s.scalars(select(Vehicle).where(Vehicle.id.in_(ids)))} if ids else {}
        checks: dict[int, tuple[date, str]] = {}
        pdis: dict[int, tuple[str, str]] = {}
        if ids:
            for vid, kind, finished, res, number in s.execute(
                    select(Inspection.vehicle_id, Inspection.kind, Inspection.finished_at, Inspection.result,
                           WorkOrder.number).outerjoin(WorkOrder, WorkOrder.id == Inspection.work_order_id)
                    .where(Inspection.vehicle_id.in_(ids), Inspection.kind.in_(("storage", "pdi")))
                    .order_by(Inspection.id)):
                if kind == "storage" and finished is not None:
                    checks[vid] = (finished.astimezone().date(), res)
                elif kind == "pdi":
                    pdis[vid] = (res or "open", number or "")
            for vid, number in s.execute(  # a PDI order opened, its sheet not started yet
                    select(WorkOrder.vehicle_id, WorkOrder.number).join(WorkOrderLine)
                    .where(WorkOrder.vehicle_id.in_(ids), WorkOrderLine.description == PDI_TEXT,
                           WorkOrder.state.not_in(CLOSED)).order_by(WorkOrder.id)):
                if vid not in pdis:
                    pdis[vid] = ("open", number)
        buyer_ids = [c.buyer_id for c in cars if c.buyer_id]
        buyers: dict[int, str] = {cid: name for cid, name in s.execute(
            select(Customer.id, Customer.name).where(Customer.id.in_(buyer_ids)))} if buyer_ids else {}
        out = []
        for c in cars:
            v = vehicles[c.vehicle_id]
            last = checks.get(c.vehicle_id)
            next_on = (last[0] if last else c.arrived_on) + every
            pdi, pdi_order = pdis.get(c.vehicle_id, ("", ""))
            out.append(StockRow(
                id=c.id, version=c.version, vehicle_id=v.id, vin=v.vin or "",
                vehicle=" ".join(x for x in (v.make, v.model, v.series) if x), colour=v.colour,
                arrived_on=c.arrived_on, storage_place=c.storage_place, last_check_on=last[0] if last else None,
                last_check_result=last[1] if last else "", next_check_on=next_on,
                check_due=c.buyer_id is None and next_on <= today, pdi=pdi, pdi_order=pdi_order,
                buyer=buyers.get(c.buyer_id, "") if c.buyer_id else "", handed_over_on=c.handed_over_on))
        return out
