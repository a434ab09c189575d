"""The rescue desk (紧急救援): a breakdown call logged in seconds, dispatched to a van and
its crew or handed to a partner station nearer to the car, its times kept (call,
dispatch, arrival, solved) against the shop's targets by distance, and closed with an
outcome: fixed on the spot (the work recorded, charged or covered by a roadside plan),
towed to the shop (a work order opens with the call's facts), or cancelled (why).

- A running roadside-assistance plan of the car covers the call-out while it has
  call-outs left (the contract row is locked: two desks cannot both take the last one) and
  towing up to its distance; otherwise the price is quoted at the call.
- The van goes out when dispatched and is free again when the rescue closes.
- Every closed rescue waits for its satisfaction question (1-5), listed until asked.
"""

from __future__ import annotations

import statistics
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Customer,
    Invoice,
    PartnerStation,
    PlanContract,
    Rescue,
    ServiceVan,
    Vehicle,
    WorkOrder,
)
from desktop.services.billing.ledger import local_midnight
from desktop.services.billing.service import InvoicingService
from desktop.services.common import limits
from desktop.services.common.money import ZERO
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.plans.rules import plans as plan_rules
from desktop.services.rescue.records import CallForm, CloseForm, RescueView, TimesSummary
from desktop.services.rescue.rules import rescue as rules
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.records import ReceptionForm
from desktop.services.workorders.service import WorkOrderService

SERIES = "JY"
ASK_WITHIN_DAYS = 30


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def callouts_used(s: Session, contract_ids: set[int]) -> dict[int, int]:
    """The call-outs each plan has covered (cancelled calls give theirs back), in one query."""
    if not contract_ids:
        return {}
    q = (select(Rescue.plan_contract_id, func.count()).where(Rescue.plan_contract_id.in_(contract_ids),
                                                             Rescue.outcome != "cancelled")
         .group_by(Rescue.plan_contract_id))
    return {cid: int(n) for cid, n in s.execute(q) if cid is not None}


class RescueService(Service):

    def take_call(self, form: CallForm) -> RescueView:
        """The call as it comes: the phone, where the car is and what is wrong are enough;
        the customer and car when found.  A running roadside plan with call-outs left
        covers it, else the call-out price is quoted."""
        self.require("rescue.take")
        errors: dict[str, Message] = {}
        phone = clean(form.phone)[:40]
        if not phone:
            errors["phone"] = _msg(QT_TRANSLATE_NOOP("Validation", "The caller's phone, to call back."))
        if not clean(form.address):
            errors["address"] = _msg(QT_TRANSLATE_NOOP("Validation", "Where is the car?"))
        if not clean(form.problem):
            errors["problem"] = _msg(QT_TRANSLATE_NOOP("Validation", "What is wrong, in the caller's words?"))
        distance = limits.checked_int(form.distance_km or 0, "tow_km", "distance_km", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            customer_id, vehicle_id = form.customer_id, form.vehicle_id
            car = s.get(Vehicle, vehicle_id) if vehicle_id is not None else None
            if car is not None:
                customer_id = car.customer_id
            now = self.clock()
            year = now.astimezone().year
            rescue = Rescue(number=format_number(SERIES, year, next_number(s, f"{SERIES}{year}")), called_at=now,
                            taken_by=self.user, caller=clean(form.caller)[:40], phone=phone, customer_id=customer_id,
                            vehicle_id=car.id if car else None,
                            plate=(car.plate or "") if car else clean(form.plate).upper()[:16],
                            address=clean(form.address)[:200], landmark=clean(form.landmark)[:120],
                            coordinates=clean(form.coordinates)[:40], distance_km=distance,
                            problem=form.problem.strip()[:2000], created_by=self.user, updated_by=self.user)
            plan = self._cover(s, car.id, now.astimezone().date()) if car is not None else None
            if plan is not None:
                rescue.plan_contract_id = plan.id
            else:
                rescue.price_quoted = Decimal(shop_settings.get(s, "rescue_callout_price"))
            s.add(rescue)
            s.flush()
            audit.record(s, "rescue-call", "rescue", rescue.id, number=rescue.number, phone=phone,
                         covered=plan.number if plan else "")
            return self._views(s, [rescue])[0]

    def dispatch(self, rescue_id: int, version: int, *, van_id: int | None = None, partner_id: int | None = None,
                 crew: str = "") -> RescueView:
        """A van and its crew sent (the van goes out), or the call handed to a partner station."""
        self.require("rescue.take")
        if (van_id is None) == (partner_id is None):
            raise ValidationFailed({"van": _msg(QT_TRANSLATE_NOOP(
                "Validation", "Send a van, or hand the call to a partner station."))})
        with writing(self.db, self.user) as s:
            rescue = self._rescue(s, rescue_id, version)
            self._step(rescue, "dispatched")
            if van_id is not None:
                van = s.get(ServiceVan, van_id, with_for_update=True)
                if van is None or not van.active:
                    raise NotFound("van", van_id)
                if van.state != "free":
                    raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "{van} is {state}; choose a free van."),
                                       van=van.name, state=Message(rules.VAN_STATE_NAMES[van.state], {}, "Rescue")))
                van.state, rescue.van_id = "out", van.id
                rescue.crew = clean(crew)[:120] or van.crew
            else:
                partner = s.get(PartnerStation, partner_id)
                if partner is None or not partner.active:
                    raise NotFound("partner station", partner_id)
                rescue.partner_id = partner.id
            rescue.state, rescue.dispatched_at = "dispatched", self.clock()
            self.touch(rescue)
            s.flush()
            audit.record(s, "rescue-dispatched", "rescue", rescue.id, number=rescue.number, van=van_id,
                         partner=partner_id)
            return self._views(s, [rescue])[0]

    def arrived(self, rescue_id: int, version: int) -> RescueView:
        self.require("rescue.take")
        with writing(self.db, self.user) as s:
            rescue = self._rescue(s, rescue_id, version)
            self._step(rescue, "arrived")
            rescue.state, rescue.arrived_at = "arrived", self.clock()
            self.touch(rescue)
            s.flush()
            return self._views(s, [rescue])[0]

    def close(self, rescue_id: int, version: int, form: CloseForm) -> RescueView:
        """The outcome: fixed (the work and the charge; a plan covers the call-out and towing
        up to its distance), towed (a work order opens with the call's facts), cancelled
        (why).  A rescue is never closed without one."""
        self.require("rescue.take")
        errors: dict[str, Message] = {}
        if form.outcome not in rules.OUTCOME_NAMES:
            errors["outcome"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how the rescue ended."))
        tow_km = limits.checked_int(form.tow_km or 0, "tow_km", "tow_km", errors)
        charge = None if form.charge in (None, "") else limits.checked(form.charge, "card_bonus", "charge", errors)
        if form.outcome == "fixed" and not clean(form.work_done):
            errors["work_done"] = _msg(QT_TRANSLATE_NOOP("Validation", "What did the crew do on the spot?"))
        if form.outcome == "cancelled" and not clean(form.reason):
            errors["reason"] = _msg(QT_TRANSLATE_NOOP("Validation", "Why was it cancelled?"))
        km = None
        if form.outcome == "towed":
            km = limits.checked_int(form.odometer_km if form.odometer_km not in (None, "") else -1, "km",
                                    "odometer_km", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            rescue = self._rescue(s, rescue_id, version)
            if rescue.state == "closed":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This rescue is already closed.")))
            now = self.clock()
            rescue.outcome, rescue.solved_at, rescue.state = form.outcome, now, "closed"
            rescue.work_done, rescue.tow_km = form.work_done.strip()[:2000], tow_km
            if form.outcome == "cancelled":
                rescue.cancel_reason = clean(form.reason)[:200]
            else:
                if charge is None:
                    charge = self._charge(s, rescue, tow_km)
                rescue.charge = charge
            if form.outcome == "towed":
                self._tow_in(s, rescue, int(km or 0))
            elif form.outcome == "fixed" and rescue.charge > 0 and rescue.customer_id is not None:
                customer = s.get(Customer, rescue.customer_id)
                assert customer is not None
                invoice = InvoicingService(self.db, self.desk, self.clock).sale_in(
                    s, customer, f"道路救援（{rescue.number}）{rescue.work_done[:60]}", rescue.charge, "labour")
                rescue.invoice_id = invoice.id
            if rescue.van_id is not None:
                van = s.get(ServiceVan, rescue.van_id)
                if van is not None and van.state == "out":
                    van.state = "free"
            self.touch(rescue)
            s.flush()
            audit.record(s, "rescue-closed", "rescue", rescue.id, number=rescue.number, outcome=form.outcome,
                         charge=str(rescue.charge))
            return self._views(s, [rescue])[0]

    def ask(self, rescue_id: int, version: int, score: int, note: str = "") -> RescueView:
        """The satisfaction question after a rescue: 1 (very unhappy) to 5 (very happy)."""
        self.require("rescue.take")
        errors: dict[str, Message] = {}
        value = limits.checked_int(score, "score", "satisfaction", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            rescue = self._rescue(s, rescue_id, version)
            if rescue.state != "closed" or rescue.outcome == "cancelled":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The question is asked once the rescue is done.")))
            rescue.satisfaction, rescue.satisfaction_note, rescue.asked_at = value, clean(note)[:200], self.clock()
            self.touch(rescue)
            s.flush()
            return self._views(s, [rescue])[0]

    # lists -----------------------------------------------------------------------------------

    def get(self, rescue_id: int) -> RescueView:
        with reading(self.db) as s:
            rescue = s.get(Rescue, rescue_id)
            if rescue is None:
                raise NotFound("rescue", rescue_id)
            return self._views(s, [rescue])[0]

    def under_way(self) -> list[RescueView]:
        """The rescues not yet closed, the oldest call first (the board's list)."""
        with reading(self.db) as s:
            return self._views(s, list(s.scalars(select(Rescue).where(
                Rescue.state.in_(("called", "dispatched", "arrived"))).order_by(Rescue.called_at))))

    def to_ask(self) -> list[RescueView]:
        """Rescues of the last 30 days, done (not cancelled), whose customer has not been
        asked yet: later the question is no longer worth a call."""
        since = self.clock() - timedelta(days=ASK_WITHIN_DAYS)
        with reading(self.db) as s:
            return self._views(s, list(s.scalars(select(Rescue).where(
                Rescue.called_at >= since, Rescue.state == "closed", Rescue.outcome != "cancelled",
                Rescue.satisfaction.is_(None)).order_by(Rescue.solved_at))))

    def rescues(self, month: date | None = None, text: str = "", limit: int = 2000) -> list[RescueView]:
        """A month's rescues (or the latest), newest first, by number, plate, phone or address."""
        with reading(self.db) as s:
            q = select(Rescue).order_by(Rescue.called_at.desc())
            if month is not None:
                first = month.replace(day=1)
                q = q.where(Rescue.called_at >= local_midnight(first),
                            Rescue.called_at < local_midnight(plan_rules.add_months(first, 1)))
            word = clean(text)
            if word:
                like = f"%{word}%"
                q = q.where(Rescue.number.ilike(like) | Rescue.plate.ilike(like) | Rescue.phone.like(like)
                            | Rescue.address.ilike(like))
            return self._views(s, list(s.scalars(q.limit(limit))))

    def times(self, month: date) -> TimesSummary:
        """The month against the targets: how soon a van was sent and reached the car."""
        rows = self.rescues(month)
        arrivals = [r.arrival_minutes for r in rows if r.arrival_minutes is not None]
        dispatches = [r.dispatch_minutes for r in rows if r.dispatch_minutes is not None]
        asked = [r.satisfaction for r in rows if r.satisfaction is not None]
        return TimesSummary(f"{month:%Y-%m}", len(rows), sum(1 for r in rows if r.state == "closed"),
                            sum(1 for r in rows if r.outcome == "cancelled"), sum(1 for r in rows if r.partner),
                            int(statistics.median(arrivals)) if arrivals else None,
                            int(statistics.median(dispatches)) if dispatches else None,
                            sum(1 for r in rows if r.in_time), len(arrivals), sum(1 for a in asked if a >= 4),
                            len(asked))

    def record_pdf(self, rescue_id: int, lang: str = "zh_CN") -> bytes:
        """The rescue record for the customer's signature at the car."""
        from desktop.services.documents.service import DocumentService
        from printing.data import RescueDoc
        from printing.rescue import rescue_record

        r = self.get(rescue_id)

        def when(at: object) -> str:
            return f"{at.astimezone():%Y-%m-%d %H:%M}" if at is not None else "—"  # type: ignore[attr-defined]

        doc = RescueDoc(DocumentService(self.db, self.desk).shop(), r.number, when(r.called_at), r.caller, r.phone,
                        r.customer, r.plate, f"{r.address} {r.landmark}".strip(), r.problem, r.plan,
                        " ".join(x for x in (r.van, r.crew, r.partner) if x),
                        (("dispatched", when(r.dispatched_at)), ("arrived", when(r.arrived_at)),
                         ("solved", when(r.solved_at))), r.outcome, r.work_done, r.tow_km, r.charge, r.work_order,
                        r.invoice)
        return rescue_record(doc, lang)

    def version_of(self, rescue_id: int) -> int:
        with reading(self.db) as s:
            return int(s.scalar(select(Rescue.version).where(Rescue.id == rescue_id)) or 0)

    # internals -------------------------------------------------------------------------------

    def _rescue(self, s: Session, rescue_id: int, version: int) -> Rescue:
        rescue = s.get(Rescue, rescue_id)
        if rescue is None:
            raise NotFound("rescue", rescue_id)
        if rescue.version != version:
            raise StaleEdit()
        return rescue

    @staticmethod
    def _step(rescue: Rescue, target: str) -> None:
        if not rules.may_move(rescue.state, target):
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Rescue {number} is {state}."), number=rescue.number,
                               state=Message(rules.STATE_NAMES[rescue.state], {}, "Rescue")))

    @staticmethod
    def _cover(s: Session, vehicle_id: int, day: date) -> PlanContract | None:
        """The car's running roadside plan with a call-out left (locked for the rest of the call)."""
        for plan in s.scalars(select(PlanContract).where(
                PlanContract.vehicle_id == vehicle_id, PlanContract.kind == "roadside", PlanContract.state == "active",
                PlanContract.starts_on <= day, PlanContract.ends_on >= day).order_by(PlanContract.ends_on)
                .with_for_update()):
            if callouts_used(s, {plan.id}).get(plan.id, 0) < plan.callouts:
                return plan
        return None

    @staticmethod
    def _charge(s: Session, rescue: Rescue, tow_km: int) -> Decimal:
        """The call-out unless a plan covers it, and towing beyond the plan's distance."""
        per_km = Decimal(shop_settings.get(s, "rescue_tow_price_km"))
        if rescue.plan_contract_id is None:
            return rescue.price_quoted + rules.tow_charge(tow_km, 0, per_km)
        plan = s.get(PlanContract, rescue.plan_contract_id)
        return rules.tow_charge(tow_km, plan.tow_km if plan else 0, per_km) if plan else ZERO

    def _tow_in(self, s: Session, rescue: Rescue, km: int) -> None:
        if rescue.vehicle_id is None:
            raise ValidationFailed({"vehicle": _msg(QT_TRANSLATE_NOOP(
                "Validation", "Find the car (or add it) on the call before it is towed in: the work order needs it."))})
        form = ReceptionForm(vehicle_id=rescue.vehicle_id, odometer_km=km,
                             concern=f"救援拖车入厂（{rescue.number}）：{rescue.problem}"[:2000],
                             damage_notes=f"救援地点：{rescue.address} {rescue.landmark}".strip()[:500],
                             odometer_reason="救援现场读数")  # below the last reading: refused, read it again
        order = WorkOrderService(self.db, self.desk, self.clock).open_in(s, form, km)
        rescue.work_order_id = order.id

    def _views(self, s: Session, rows: list[Rescue]) -> list[RescueView]:
        def ids(attr: str) -> set[int]:
            return {getattr(r, attr) for r in rows if getattr(r, attr)}

        people = {i: n for i, n in s.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids("customer_id"))))}
        vans = {i: n for i, n in s.execute(select(ServiceVan.id, ServiceVan.name).where(ServiceVan.id.in_(ids("van_id"))))}
        partners = {i: n for i, n in s.execute(select(PartnerStation.id, PartnerStation.name)
                                               .where(PartnerStation.id.in_(ids("partner_id"))))}
        plans = {p.id: p for p in s.scalars(select(PlanContract).where(PlanContract.id.in_(ids("plan_contract_id"))))}
        used = callouts_used(s, set(plans))
        invoices = {i: n for i, n in s.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(ids("invoice_id"))))}
        orders = {i: n for i, n in s.execute(select(WorkOrder.id, WorkOrder.number)
                                             .where(WorkOrder.id.in_(ids("work_order_id"))))}
        near, mid, far = (int(shop_settings.get(s, f"rescue_arrive_{b}")) for b in ("near", "mid", "far"))
        out = []
        for r in rows:
            target = rules.target_minutes(r.distance_km, near, mid, far)
            arrival = rules.minutes(r.called_at, r.arrived_at)
            plan = plans.get(r.plan_contract_id or 0)
            plan_text = ""
            if plan is not None:
                plan_text = f"{plan.number}（{plan.callouts - used.get(plan.id, 0)}/{plan.callouts}，{plan.tow_km} km）"
            out.append(RescueView(
                r.id, r.version, r.number, r.called_at, r.taken_by, r.caller, r.phone, r.customer_id,
                people.get(r.customer_id or 0, ""), r.vehicle_id, r.plate, r.address, r.landmark, r.coordinates,
                r.distance_km, r.problem, r.plan_contract_id, plan_text, r.price_quoted, r.state, r.van_id,
                vans.get(r.van_id or 0, ""), r.crew, partners.get(r.partner_id or 0, ""), r.dispatched_at,
                r.arrived_at, r.solved_at, r.outcome, r.work_done, r.tow_km, r.charge,
                invoices.get(r.invoice_id or 0, ""), orders.get(r.work_order_id or 0, ""), r.cancel_reason,
                r.satisfaction, r.satisfaction_note, target, rules.minutes(r.called_at, r.dispatched_at), arrival,
                rules.in_time(arrival, target)))
        return out

