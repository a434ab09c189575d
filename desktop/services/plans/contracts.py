"""Plans sold (售后服务计划): an extended warranty, a maintenance plan, roadside assistance.

- Sold for a customer and one of their cars, invoiced to the customer in the same step
  (the price excl. VAT, one line), the contract numbered PLN2026-000001 and printed for
  signature.  An extended warranty also extends the car's warranty cover (one extension
  per component it covers, under the contract's number).
- A maintenance plan's service is used by putting the plan's package on a work order
  ("Use plan"): its lines are paid by the plan, one service per visit, the count left is
  what the orders say (a cancelled order gives its service back).  Two desks using the
  last service at once: the contract row is locked, the second is refused.
- The plan follows the car: when the car changes hands it is transferred to the new
  owner.  A refund (manager only, audited) credits the unused share of the invoice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.models import (
    Customer,
    CustomerPhone,
    Invoice,
    InvoiceLine,
    MaintenancePackage,
    PlanContract,
    PlanProduct,
    Vehicle,
    WarrantyExtension,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.billing.service import InvoicingService
from desktop.services.common.money import ZERO
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.plans.liability import liability, unused_fen
from desktop.services.plans.records import ContractView, LiabilityMonth, SaleForm
from desktop.services.plans.rules import plans as rules
from desktop.services.plans.use import used_counts
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.cover import policies_of

# The warranty components as the contract prints them in Chinese.
COMPONENT_WORDS = {"vehicle": "整车", "powertrain": "动力总成（发动机、变速箱）", "battery": "动力电池",
                   "corrosion": "车身锈穿", "electrics": "电气电子"}

SERIES = "PLN"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def _today() -> date:
    return datetime.now(UTC).astimezone().date()


FIRST_PHONE = (select(CustomerPhone.number).where(CustomerPhone.customer_id == PlanContract.customer_id)
               .order_by(CustomerPhone.id).limit(1).scalar_subquery())


def listing() -> Select[*tuple[Any, ...]]:
    """The contracts with what a list shows beside them, in one read: the customer's name
    and first phone, the car, the invoice's number, the package's name."""
    c = PlanContract
    return (select(c.id, c.number, c.kind, c.name, c.customer_id, c.vehicle_id, c.starts_on, c.ends_on, c.km, c.services,
                   c.package_id, c.callouts, c.tow_km, c.covers, c.extras, c.terms, c.price, c.invoice_id, c.state,
                   c.sold_by, c.sold_at, Customer.name.label("customer_name"), FIRST_PHONE.label("first_phone"),
                   Vehicle.plate.label("car_plate"), Vehicle.vin.label("car_vin"),
                   Invoice.number.label("invoice_number"), MaintenancePackage.name.label("package_name"))
            .join(Customer, Customer.id == PlanContract.customer_id)
            .join(Vehicle, Vehicle.id == PlanContract.vehicle_id)
            .outerjoin(Invoice, Invoice.id == PlanContract.invoice_id)
            .outerjoin(MaintenancePackage, MaintenancePackage.id == PlanContract.package_id))


def contract_views(s: Session, rows: Sequence[Any], day: date, uses: bool = False,
                   ids: Any = None) -> list[ContractView]:
    """Contracts as the lists show them, from rows of ``listing()``; ``ids`` the query of
    their ids when there are many (their services used are counted by it)."""
    used = used_counts(s, ids if ids is not None else [c.id for c in rows if c.kind == "maintenance"])
    today_n = day.toordinal()
    out = []
    for row in rows:  # unpacked once: a row's attributes are slow to read one by one
        (ident, number, kind, name, customer_id, vehicle_id, starts, ends, km, services, package_id, callouts,
         tow_km, covers, extras, terms, price, invoice_id, state, sold_by, sold_at, customer, phone, plate, vin,
         invoice, package) = row
        n = used.get(ident, 0)
        history: tuple[tuple[str, date], ...] = ()
        if uses:
            history = tuple((num, at.astimezone().date()) for num, at in s.execute(
                select(WorkOrder.number, WorkOrder.opened_at).where(WorkOrder.id.in_(
                    select(WorkOrderLine.work_order_id).where(WorkOrderLine.plan_contract_id == ident)),
                    WorkOrder.state != "cancelled").order_by(WorkOrder.opened_at)))
        unused = ZERO
        if state == "active":
            unused = Decimal(unused_fen(int(price * 100), kind, services, n, starts.toordinal(), ends.toordinal(),
                                        today_n)) / 100
        out.append(ContractView(
            ident, number, kind, name, customer_id, customer or "", phone or "", vehicle_id, plate or "", vin or "",
            starts, ends, rules.state_on(state, ends, day, services, n, kind), services, n, callouts, km, tow_km,
            covers, extras, terms, price, unused, invoice_id, invoice or "", sold_by, sold_at, package_id,
            package or "", history))
    return out


def views_of(s: Session, ids: Sequence[int], day: date, uses: bool = False) -> list[ContractView]:
    rows = s.execute(listing().where(PlanContract.id.in_(ids))).all()
    return contract_views(s, rows, day, uses)


class PlansService(Service):

    def sell(self, form: SaleForm) -> ContractView:
        """The plan sold and invoiced to the customer in one step; the cashier takes the
        payment on the invoice as on any other."""
        self.require("plans.sell")
        with writing(self.db, self.user) as s:
            product = s.get(PlanProduct, form.product_id)
            if product is None or not product.active:
                raise ValidationFailed({"product": _msg(QT_TRANSLATE_NOOP("Validation", "Choose a plan on sale."))})
            if product.kind == "card":
                raise ValidationFailed({"product": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "A card is opened on the Cards tab, where its money is paid in."))})
            customer, car = s.get(Customer, form.customer_id), s.get(Vehicle, form.vehicle_id)
            if customer is None or car is None or car.customer_id != customer.id:
                raise ValidationFailed({"vehicle": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Choose one of the customer's cars."))})
            now = self.clock()
            today = now.astimezone().date()
            start = form.starts_on or self._start(s, product, car, today)
            if start < today - timedelta(days=31):
                raise ValidationFailed({"starts_on": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "A plan cannot start more than a month back."))})
            year = now.astimezone().year
            number = format_number(SERIES, year, next_number(s, f"{SERIES}{year}"))
            contract = PlanContract(
                number=number, product_id=product.id, kind=product.kind, name=product.name, customer_id=customer.id,
                vehicle_id=car.id, starts_on=start, ends_on=rules.ends_on(start, product.months), km=product.km,
                services=product.services, package_id=product.package_id, callouts=product.callouts,
                tow_km=product.tow_km, covers=product.covers, extras=product.extras, terms=product.terms,
                price=product.price, sold_by=self.user, sold_at=now, created_by=self.user, updated_by=self.user)
            invoicing = InvoicingService(self.db, self.desk, self.clock)
            invoice = invoicing.sale_in(s, customer, f"{product.name}（{number}）", product.price)
            contract.invoice_id = invoice.id
            s.add(contract)
            s.flush()
            if product.kind == "extension":
                for component in product.covers.split(","):
                    s.add(WarrantyExtension(vehicle_id=car.id, component=component, months=product.months,
                                            km=product.km, contract_no=number, sold_on=today,
                                            created_by=self.user, updated_by=self.user))
            audit.record(s, "plan-sold", "plan_contract", contract.id, number=number, product=product.code,
                         vehicle=car.plate or car.vin or car.id, invoice=invoice.number, price=str(product.price))
            return views_of(s, [contract.id], today)[0]

    def transfer(self, contract_id: int, version: int, new_customer_id: int) -> ContractView:
        """The car changed hands: its plan goes with it to the car's new owner."""
        self.require("plans.sell")
        with writing(self.db, self.user) as s:
            contract = self._contract(s, contract_id, version)
            car = s.get(Vehicle, contract.vehicle_id)
            if car is None or car.customer_id != new_customer_id:
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "A plan goes to the car's new owner: record the change of owner on the car first.")))
            if new_customer_id == contract.customer_id:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The plan is already the owner's.")))
            before = contract.customer_id
            contract.customer_id = new_customer_id
            self.touch(contract)
            s.flush()
            audit.record(s, "plan-transferred", "plan_contract", contract.id, number=contract.number,
                         before=before, after=new_customer_id)
            return views_of(s, [contract.id], self.clock().astimezone().date())[0]

    def refund(self, contract_id: int, version: int, reason: str) -> ContractView:
        """Manager only: the plan ends and its unused share is credited on its invoice."""
        self.require("plans.refund")
        if not clean(reason):
            raise ValidationFailed({"reason": _msg(QT_TRANSLATE_NOOP("Validation", "Give the reason for the refund."))})
        with writing(self.db, self.user) as s:
            contract = self._contract(s, contract_id, version)
            today = self.clock().astimezone().date()
            view = views_of(s, [contract.id], today)[0]
            if view.state not in ("active", "used up"):
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only a running plan is refunded.")))
            if contract.invoice_id is not None and view.unused > 0:
                line = s.scalar(select(InvoiceLine).where(InvoiceLine.invoice_id == contract.invoice_id))
                original = s.get(Invoice, contract.invoice_id)
                if line is not None and original is not None:
                    share = (view.unused / contract.price).quantize(Decimal("0.01")) if contract.price else Decimal(1)
                    InvoicingService(self.db, self.desk, self.clock).credit_in(
                        s, original, {line.id: min(share, Decimal(1))}, f"退{contract.number}：{clean(reason)}"[:255])
            contract.state = "refunded"
            self.touch(contract)
            s.flush()
            audit.record(s, "plan-refunded", "plan_contract", contract.id, number=contract.number,
                         unused=str(view.unused), reason=clean(reason)[:200])
            return views_of(s, [contract.id], today)[0]

    # lists -----------------------------------------------------------------------------------

    def get(self, contract_id: int) -> ContractView:
        with reading(self.db) as s:
            contract = s.get(PlanContract, contract_id)
            if contract is None:
                raise NotFound("plan", contract_id)
            return views_of(s, [contract.id], _today(), uses=True)[0]

    def version_of(self, contract_id: int) -> int:
        with reading(self.db) as s:
            return int(s.scalar(select(PlanContract.version).where(PlanContract.id == contract_id)) or 0)

    def of_vehicle(self, vehicle_id: int, *, running_only: bool = True) -> list[ContractView]:
        """The car's plans, for reception and the work order (the running ones first)."""
        with reading(self.db) as s:
            views = contract_views(s, s.execute(listing().where(PlanContract.vehicle_id == vehicle_id)
                                                .order_by(PlanContract.ends_on.desc())).all(), _today())
            return [v for v in views if v.state == "active"] if running_only else views

    def contracts(self, text: str = "", kind: str = "", expiring_days: int | None = None,
                  sold_since: date | None = None, limit: int = 2000) -> list[ContractView]:
        """Plans sold, newest first; ``expiring_days``: the running ones that end within that
        many days (the renewal calls), soonest first."""
        today = _today()
        with reading(self.db) as s:
            q = listing()
            if kind:
                q = q.where(PlanContract.kind == kind)
            if sold_since is not None:
                q = q.where(PlanContract.starts_on >= sold_since)
            word = clean(text)
            if word:
                like = f"%{word}%"
                q = q.where(PlanContract.number.ilike(like)
                            | PlanContract.vehicle_id.in_(select(Vehicle.id).where(Vehicle.plate.ilike(like)))
                            | PlanContract.customer_id.in_(select(Customer.id).where(Customer.name.ilike(like))))
            if expiring_days is not None:
                q = q.where(PlanContract.state == "active", PlanContract.ends_on >= today,
                            PlanContract.ends_on <= today + timedelta(days=expiring_days)).order_by(
                    PlanContract.ends_on, PlanContract.id)
            else:
                q = q.order_by(PlanContract.id.desc())
            views = contract_views(s, s.execute(q.limit(limit)).all(), today)
            if expiring_days is not None:
                views = [v for v in views if v.state == "active"]
            return views

    def liability(self, until: date | None = None, months: int = 12) -> list[LiabilityMonth]:
        """What is owed to customers for money paid in advance, month by month."""
        with reading(self.db) as s:
            return liability(s, until or _today(), months)

    def contract_pdf(self, contract_id: int, lang: str = "zh_CN") -> bytes:
        """The contract for the customer's signature: the car, the period, what it includes,
        the price and the terms as they were sold."""
        from desktop.services.documents.service import DocumentService
        from printing.data import PlanContractDoc
        from printing.plans import plan_contract

        c = self.get(contract_id)
        cover: list[tuple[str, str]] = []
        if c.kind == "maintenance":
            cover.append(("services", f"{c.services}（{c.package or '—'}）"))
            if c.extras:
                cover.append(("extras", c.extras))
        elif c.kind == "extension":
            names = "、".join(COMPONENT_WORDS.get(x, x) if lang == "zh_CN" else x for x in c.covers.split(",") if x)
            cover += [("components", names), ("km", f"{c.km:,} km")]
        elif c.kind == "roadside":
            cover += [("callouts", str(c.callouts)), ("tow_km", f"{c.tow_km} km")]
        doc = PlanContractDoc(DocumentService(self.db, self.desk).shop(), c.number, c.kind, c.name, c.customer, c.phone,
                              c.plate, c.vin, c.starts_on.isoformat(), c.ends_on.isoformat(), tuple(cover), c.price,
                              c.invoice, c.terms, c.sold_by)
        return plan_contract(doc, lang)

    def renewal_days(self) -> int:
        with reading(self.db) as s:
            return int(shop_settings.get(s, "plan_renewal_days"))

    # internals -------------------------------------------------------------------------------

    def _contract(self, s: Session, contract_id: int, version: int) -> PlanContract:
        contract = s.get(PlanContract, contract_id)
        if contract is None:
            raise NotFound("plan", contract_id)
        if contract.version != version:
            raise StaleEdit()
        return contract

    @staticmethod
    def _start(s: Session, product: PlanProduct, car: Vehicle, today: date) -> date:
        """An extended warranty starts where the factory cover of its components ends (today
        when that is past or unknown); any other plan today."""
        if product.kind != "extension" or car.warranty_start is None:
            return today
        months = [p.months for p in policies_of(s, car.make, car.series) if p.component in product.covers.split(",")]
        if not months:
            return today
        return max(today, rules.add_months(car.warranty_start, min(months)))
