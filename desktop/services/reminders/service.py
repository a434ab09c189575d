"""The due list (保养提醒): the cars whose maintenance, annual inspection or insurance falls
due in a date range (and what fell due before and was not done), with the last call and
its outcome; a call logged (declined, moved-away and sold cars leave the list); messages
from the shop's templates, for WeChat, an SMS platform's CSV or printed letters.  The
program sends nothing: it is offline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import null, or_, select
from sqlalchemy.orm import Session

from desktop.models import Customer, CustomerPhone, ServiceInterval, Staff, Vehicle, VehicleDue
from desktop.models.aftercare import Contact
from desktop.models.base import utcnow
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.reminders.planning import refresh
from desktop.services.reminders.records import KINDS, LEAVES_THE_LIST, OUTCOMES, DueFilter, DueRow
from desktop.services.reminders.rules.due import status
from desktop.services.system import settings as shop_settings

LEAD_SETTING = {"maintenance": "remind_days", "inspection": "inspection_days", "insurance": "insurance_days"}
TEMPLATE_SETTING = {"maintenance": "template_maintenance", "inspection": "template_inspection",
                    "insurance": "template_insurance"}
# {到期} says "将于 <date> 到期" or, for a date already past, "已于 <date> 到期" (a letter to an
# overdue car must not promise a date behind it).
FIELDS = ("客户", "车牌", "车型", "到期", "到期日期", "里程", "门店电话", "门店")


def due_phrase(due_on: date, today: date) -> str:
    verb = "已于" if due_on < today else "将于"
    return f"{verb}{due_on.isoformat()}到期"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def fill(template: str, values: dict[str, str]) -> str:
    """The template with its {字段} filled; an unknown field is left as written."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


class ReminderService(Service):

    def refresh(self, today: date | None = None) -> int:
        """Compute every car's next maintenance again (after the intervals changed)."""
        self.require("followups.call")
        with writing(self.db, self.user) as s:
            return refresh(s, today or date.today())

    def due_list(self, flt: DueFilter, today: date | None = None) -> list[DueRow]:
        today = today or date.today()
        with reading(self.db) as s:
            found: list[tuple[str, Any]] = []
            reachable = [Customer.consent_contact.is_(True), Customer.preferred_contact != "none",
                         Customer.archived_at.is_(None), Vehicle.archived_at.is_(None)]
            if flt.advisor_id is not None:
                reachable.append(Customer.advisor_id == flt.advisor_id)
            # One statement per kind: the phone and the last call come as correlated look-ups
            # on their indexes, not as lists of ids sent back (a month may hold 20,000 cars).
            phone = (select(CustomerPhone.number).where(CustomerPhone.customer_id == Customer.id)
                     .order_by(CustomerPhone.position).limit(1).scalar_subquery())

            def last_call(kind: str, column: Any) -> Any:
                return (select(column).where(Contact.vehicle_id == Vehicle.id, Contact.kind == "reminder",
                                             Contact.topic == kind).order_by(Contact.at.desc()).limit(1)
                        .scalar_subquery())

            def base(kind: str) -> tuple[Any, ...]:
                return (Vehicle.id, Vehicle.customer_id, Customer.name, Customer.address, Vehicle.plate, Vehicle.make,
                        Vehicle.model, Customer.advisor_id, phone, last_call(kind, Contact.at),
                        last_call(kind, Contact.outcome))

            if "maintenance" in flt.kinds:
                first = flt.first if not flt.overdue else date.min
                q: Any = (select(*base("maintenance"), VehicleDue.due_on, VehicleDue.due_km, VehicleDue.last_visit_on)
                          .join(VehicleDue, VehicleDue.vehicle_id == Vehicle.id)
                          .join(Customer, Customer.id == Vehicle.customer_id)
                          .where(VehicleDue.due_on >= first, VehicleDue.due_on <= flt.last,
                                 VehicleDue.stop_reason == "", *reachable))
                if flt.overdue:  # what fell due before the range and was not done, but not the lapsed
                    q = q.where(or_(VehicleDue.due_on >= flt.first,
                                    VehicleDue.last_visit_on >= today - timedelta(days=365)))
                found += [("maintenance", r) for r in s.connection().execute(
                    q.order_by(VehicleDue.due_on, Vehicle.plate)).all()]  # Core: no ORM loading per row
            for kind, column in (("inspection", Vehicle.inspection_due), ("insurance", Vehicle.insurance_due)):
                if kind not in flt.kinds:
                    continue
                first = flt.first - timedelta(days=60) if flt.overdue else flt.first
                q2: Any = (select(*base(kind), column, null(), VehicleDue.last_visit_on)
                           .join(Customer, Customer.id == Vehicle.customer_id)
                           .outerjoin(VehicleDue, VehicleDue.vehicle_id == Vehicle.id)
                           .where(column >= first, column <= flt.last,
                                  or_(VehicleDue.stop_reason.is_(None), VehicleDue.stop_reason == ""), *reachable))
                found += [(kind, r) for r in s.connection().execute(q2.order_by(column, Vehicle.plate)).all()]
            return self._rows(s, found, today)

    def _rows(self, s: Session, found: Sequence[tuple[str, Any]], today: date) -> list[DueRow]:
        names = {i: n for i, n in s.execute(select(Staff.id, Staff.name))}
        leads = {k: int(shop_settings.get(s, v)) for k, v in LEAD_SETTING.items()}
        rows = []
        for kind, (vid, cid, name, address, plate, make, model, advisor, phone, call_at, outcome, due_on, due_km,
                   last_visit) in found:
            rows.append(DueRow(kind, vid, cid, name, phone or "", address, plate or "", f"{make} {model}".strip(),
                               due_on, due_km,
                               status(due_on, today, last_visit if kind == "maintenance" else None, leads[kind]),
                               last_visit, call_at, outcome or "", names.get(advisor or 0, "")))
        rows.sort(key=lambda r: r.due_on)  # each kind came sorted: the sort merges them (stable: by plate within)
        return rows

    def log_call(self, vehicle_id: int, kind: str, outcome: str, notes: str = "",
                 at: datetime | None = None) -> int:
        """A reminder call: reached or not, and what came of it; declined, moved away and
        sold take the car off the list until it next comes in."""
        self.require("followups.call", vehicle=vehicle_id)
        errors: dict[str, Message] = {}
        if kind not in KINDS:
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what fell due."))
        if outcome not in OUTCOMES:
            errors["outcome"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what came of the call."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            vehicle = s.get(Vehicle, vehicle_id)
            if vehicle is None:
                raise NotFound("vehicle", vehicle_id)
            contact = Contact(kind="reminder", at=at or utcnow(), by=self.user, customer_id=vehicle.customer_id,
                              vehicle_id=vehicle.id, reached=outcome != "not_reached", topic=kind, outcome=outcome,
                              notes=clean(notes)[:2000])
            s.add(contact)
            if outcome in LEAVES_THE_LIST:
                due = s.get(VehicleDue, vehicle.id)
                if due is None:
                    refresh(s, date.today(), [vehicle.id])
                    due = s.get(VehicleDue, vehicle.id)
                if due is not None:
                    due.stop_reason = outcome
            s.flush()
            audit.record(s, "reminder-call", "vehicle", vehicle.id, kind=kind, outcome=outcome)
            return contact.id

    def messages(self, rows: Sequence[DueRow], today: date | None = None) -> list[tuple[DueRow, str]]:
        """Each row's message from the shop's template for its kind."""
        today = today or date.today()
        with reading(self.db) as s:
            templates = {k: str(shop_settings.get(s, v)) for k, v in TEMPLATE_SETTING.items()}
            shop_phone = str(shop_settings.get(s, "shop_phone"))
            shop_name = str(shop_settings.get(s, "shop_name"))
        return [(r, fill(templates[r.kind], {
            "客户": r.customer, "车牌": r.plate, "车型": r.vehicle, "到期日期": r.due_on.isoformat(),
            "到期": due_phrase(r.due_on, today),
            "里程": f"{r.due_km:,}" if r.due_km is not None else "", "门店电话": shop_phone, "门店": shop_name}))
            for r in rows]

    def letters_pdf(self, rows: Sequence[DueRow], lang: str = "zh_CN") -> bytes:
        """The reminder letters of these rows, one page each."""
        from desktop.services.documents.service import DocumentService
        from printing.data import LettersDoc
        from printing.letters import letters

        shop = DocumentService(self.db, self.user).shop()
        doc = LettersDoc(shop, tuple((r.customer, r.address, text) for r, text in self.messages(rows)),
                         date.today().isoformat())
        return letters(doc, lang)

    def sms_rows(self, rows: Sequence[DueRow]) -> list[list[str]]:
        """The columns an SMS platform imports (手机号码, 短信内容), one row per phone."""
        return [["手机号码", "短信内容"]] + [[r.phone, text] for r, text in self.messages(rows) if r.phone]

    # the shop's intervals by make and series --------------------------------------------------

    def intervals(self) -> list[tuple[int, str, str, int, int]]:
        """(id, make, series, km, months) of the makes and series with their own interval."""
        with reading(self.db) as s:
            return [(i.id, i.make, i.series, i.km, i.months) for i in s.scalars(
                select(ServiceInterval).order_by(ServiceInterval.make, ServiceInterval.series))]

    def set_interval(self, make: str, series: str, km: object, months: object) -> None:
        """A make's (or a series') own maintenance interval; the cars' due dates follow."""
        self.require("settings.edit")
        from desktop.services.common import limits

        errors: dict[str, Message] = {}
        if not clean(make):
            errors["make"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the make."))
        km_value = limits.checked(km, "km", "km", errors)
        months_value = limits.checked(months, "months", "months", errors)
        if not errors and not km_value:
            errors["km"] = _msg(QT_TRANSLATE_NOOP("Validation", "Must be more than {low}."), low=0)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            row = s.scalar(select(ServiceInterval).where(ServiceInterval.make == clean(make),
                                                         ServiceInterval.series == clean(series)))
            if row is None:
                row = ServiceInterval(make=clean(make)[:64], series=clean(series)[:64])
                s.add(row)
            row.km, row.months = int(km_value or 0), int(months_value or 0)
            s.flush()
            audit.record(s, "service-interval", "service_interval", row.id, make=row.make, series=row.series,
                         km=row.km, months=row.months)
            refresh(s, date.today(), list(s.scalars(select(Vehicle.id).where(Vehicle.make == row.make))))

    def remove_interval(self, interval_id: int) -> None:
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            row = s.get(ServiceInterval, interval_id)
            if row is None:
                raise NotFound("interval", interval_id)
            make = row.make
            s.delete(row)
            s.flush()
            audit.record(s, "service-interval-removed", "service_interval", interval_id, make=make)
            refresh(s, date.today(), list(s.scalars(select(Vehicle.id).where(Vehicle.make == make))))
