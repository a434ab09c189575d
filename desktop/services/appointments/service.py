"""The reception calendar (预约): booking in 15-minute slots with the buffer rule, moving,
the day-before confirmation (planned parts reserved or flagged for ordering), arrival
into a work order in one step, no-shows and cancellations; the day and week views with
the workshop's load; the confirmation list.  Each public method is one unit of work."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Appointment,
    AppointmentLine,
    Bay,
    CampaignTarget,
    Customer,
    MaintenancePackage,
    Part,
    Staff,
    StaffRole,
    Vehicle,
)
from desktop.models.base import utcnow
from desktop.services.appointments.listing import rows_query, to_rows
from desktop.services.appointments.records import (
    ACTIVE,
    CHANNELS,
    SOURCES,
    STATES,
    AppointmentDetail,
    AppointmentForm,
    AppointmentRow,
    BufferSlot,
    DayPlan,
    LineView,
    PlannedLine,
    WeekPlan,
)
from desktop.services.appointments.rules.slots import (
    Hours,
    buffer_slots,
    day_slots,
    needs_override,
    parse_hours,
    slot_problem,
)
from desktop.services.common import limits
from desktop.services.common.dates import day_span
from desktop.services.common.phone import parse_phone
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.parts.ledger import on_hand_of, reserved_for
from desktop.services.system import settings as shop_settings
from desktop.services.workorders.records import ReceptionForm
from printing.data import SlipDoc, SlipsDoc

PREFIX = "AP"
ADVISOR_ROLES = ("advisor", "reception")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def local(at: datetime) -> datetime:
    return at.astimezone()


def hours_of(s: Session) -> Hours:
    return parse_hours(str(shop_settings.get(s, "reception_hours")), str(shop_settings.get(s, "reception_breaks")),
                       int(shop_settings.get(s, "buffer_after"))) or Hours()


class AppointmentService(Service):

    # reading ------------------------------------------------------------------------------

    def hours(self) -> Hours:
        with reading(self.db) as s:
            return hours_of(s)

    def advisors(self) -> list[tuple[int, str]]:
        """The people who take appointments: advisors and the reception supervisor."""
        with reading(self.db) as s:
            return [(i, n) for i, n in s.execute(
                select(Staff.id, Staff.name).join(StaffRole, StaffRole.staff_id == Staff.id)
                .where(StaffRole.role.in_(ADVISOR_ROLES), Staff.active.is_(True)).distinct().order_by(Staff.id))]

    def get(self, appointment_id: int) -> AppointmentDetail:
        with reading(self.db) as s:
            return self._detail(s, self._appointment(s, appointment_id))

    def between(self, first: datetime, last: datetime, advisor_id: int | None = None) -> list[AppointmentRow]:
        with reading(self.db) as s:
            q = rows_query().where(Appointment.slot_at >= first, Appointment.slot_at < last)
            if advisor_id is not None:
                q = q.where(Appointment.advisor_id == advisor_id)
            return to_rows(s, list(s.execute(q.order_by(Appointment.slot_at, Appointment.id)).all()))

    def of_customer(self, customer_id: int) -> list[AppointmentRow]:
        with reading(self.db) as s:
            return to_rows(s, list(s.execute(rows_query().where(Appointment.customer_id == customer_id)
                                             .order_by(Appointment.slot_at.desc()).limit(200)).all()))

    def package_lines(self, package_id: int) -> tuple[PlannedLine, ...]:
        """A maintenance package as planned lines (its labour and its parts)."""
        with reading(self.db) as s:
            package = s.get(MaintenancePackage, package_id)
            if package is None:
                raise NotFound("package", package_id)
            return tuple(
                PlannedLine("labour", item.operation.name, item.operation.standard_hours, item.operation_id)
                if item.kind == "labour" and item.operation is not None
                else PlannedLine("part", item.description, item.quantity, part_number=item.part_number)
                for item in package.items)

    def file_for_caller(self, appointment_id: int, km: int | str, *, existing_customer_id: int | None = None,
                        new_file: bool = False) -> tuple[int, int]:
        """A new caller arrives: (customer, car) on file for them.  A plate already on file
        is that car; a phone already on file raises ``LikelyDuplicates`` unless the advisor
        chose that customer (the car is added to them) or a new file anyway."""
        from desktop.services.core.errors import DuplicateVehicle
        from desktop.services.customers.records import CustomerForm, VehicleForm
        from desktop.services.customers.service import CustomerService

        detail = self.get(appointment_id)
        if not detail.row.new_caller:
            return detail.row.customer_id or 0, detail.row.vehicle_id or 0
        customers = CustomerService(self.db, self.desk)
        car = VehicleForm(plate=detail.row.plate, odometer_km=km)
        try:
            if existing_customer_id is not None:
                return existing_customer_id, customers.add_vehicle(existing_customer_id, car).id
            made = customers.create_customer(CustomerForm(name=detail.row.customer, phones=[detail.row.phone]), car,
                                             allow_duplicate_phone=new_file)
            return made.id, made.vehicles[0].id
        except DuplicateVehicle as exc:
            if exc.field == "plate" and exc.existing.vehicle_id is not None:
                return exc.existing.customer_id, exc.existing.vehicle_id
            raise

    def slips(self, ids: list[int]) -> SlipsDoc:
        """The slips and roof signs of these appointments, in time order."""
        from desktop.services.documents.service import DocumentService

        shop = DocumentService(self.db, self.user).shop()
        out = []
        with reading(self.db) as s:
            for a in sorted((self._appointment(s, i) for i in ids), key=lambda a: a.slot_at):
                d = self._detail(s, a)
                r = d.row
                short = [f"{x.part_number or x.description} ×{x.to_order}" for x in d.lines if x.to_order > 0]
                out.append(SlipDoc(r.number, local(r.slot_at).strftime("%Y-%m-%d %H:%M"), r.advisor, r.customer,
                                   r.phone, r.plate, r.vehicle, a.concern, r.technician, r.bay, r.work_minutes,
                                   tuple((x.description, f"{x.quantity:g}", x.part_number) for x in d.lines),
                                   "、".join(short)))
        return SlipsDoc(shop, tuple(out))

    def slip_pdf(self, ids: list[int], lang: str = "zh_CN") -> bytes:
        from printing.appointments import slips

        return slips(self.slips(ids), lang)

    def day(self, day: date) -> DayPlan:
        """Every advisor's slots for the day, the bookings, the buffer slots, the load."""
        with reading(self.db) as s:
            hours = hours_of(s)
            slots = tuple(day_slots(day, hours))
            advisors = tuple((i, n) for i, n in s.execute(
                select(Staff.id, Staff.name).join(StaffRole, StaffRole.staff_id == Staff.id)
                .where(StaffRole.role.in_(ADVISOR_ROLES), Staff.active.is_(True)).distinct().order_by(Staff.id)))
            first, last = day_span(day)
            rows = to_rows(s, list(s.execute(rows_query().where(
                Appointment.slot_at >= first, Appointment.slot_at < last)).all()))
            booked = {(r.advisor_id, local(r.slot_at).time()): r for r in rows if r.state != "cancelled"}
            buffers = set()
            for advisor_id, _name in advisors:
                mine = {t for (a, t) in booked if a == advisor_id}
                buffers |= {(advisor_id, t) for t in buffer_slots(mine, slots, hours.buffer_after)}
            booked_hours, available = self._load(s, day, hours, rows)
            return DayPlan(day, slots, advisors, booked, frozenset(buffers), booked_hours, available)

    def week(self, advisor_id: int, first_day: date) -> WeekPlan:
        """One advisor's seven days from ``first_day``."""
        with reading(self.db) as s:
            hours = hours_of(s)
            days = tuple(first_day + timedelta(days=i) for i in range(7))
            start, _ = day_span(days[0])
            _, end = day_span(days[-1])
            every = to_rows(s, list(s.execute(rows_query().where(
                Appointment.slot_at >= start, Appointment.slot_at < end)).all()))
            rows = [r for r in every if r.advisor_id == advisor_id]
            booked = {(local(r.slot_at).date(), local(r.slot_at).time()): r for r in rows if r.state != "cancelled"}
            slots = tuple(day_slots(first_day, hours))
            buffers = set()
            load = {}
            for day in days:
                mine = {t for (d, t) in booked if d == day}
                buffers |= {(day, t) for t in buffer_slots(mine, day_slots(day, hours), hours.buffer_after)}
                load[day] = self._load(s, day, hours, [r for r in every if local(r.slot_at).date() == day])
            return WeekPlan(advisor_id, days, slots, booked, frozenset(buffers), load)

    def load(self, day: date) -> tuple[Decimal, Decimal]:
        """(booked hours, the technicians' hours) of the day: the workshop board shows it."""
        with reading(self.db) as s:
            first, last = day_span(day)
            rows = to_rows(s, list(s.execute(rows_query().where(
                Appointment.slot_at >= first, Appointment.slot_at < last)).all()))
            return self._load(s, day, hours_of(s), rows)

    def confirmation_list(self, day: date | None = None) -> list[AppointmentRow]:
        """The day-before calls: tomorrow's appointments not confirmed yet first, with the
        phone numbers and whether planned parts are short."""
        day = day or date.today() + timedelta(days=1)
        with reading(self.db) as s:
            first, last = day_span(day)
            rows = to_rows(s, list(s.execute(rows_query().where(
                Appointment.slot_at >= first, Appointment.slot_at < last, Appointment.state.in_(ACTIVE))
                .order_by(Appointment.slot_at)).all()))
            short = self._short(s, [r.id for r in rows if r.state == "booked"])
            rows = [r if r.id not in short else _with_short(r) for r in rows]
            return sorted(rows, key=lambda r: (r.state != "booked", r.slot_at))

    def set_hours(self, opening: str, breaks: str, buffer_after: object) -> None:
        """The reception's opening hours, breaks and buffer rule, checked together."""
        self.require("settings.edit")
        errors: dict[str, Message] = {}
        slots = limits.checked(buffer_after, "slots", "buffer_after", errors)
        if parse_hours(opening, "") is None:
            errors["reception_hours"] = _msg(QT_TRANSLATE_NOOP("Validation", "Write the hours as 08:30-17:30."))
        elif parse_hours(opening, breaks) is None:
            errors["reception_breaks"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "Write each break as 12:00-13:30, inside the opening hours."))
        if errors:
            raise ValidationFailed(errors)
        from desktop.services.system.settings import ShopSettings

        with writing(self.db, self.user) as s:
            ShopSettings._put(s, "reception_hours", opening.strip())
            ShopSettings._put(s, "reception_breaks", breaks.strip())
            ShopSettings._put(s, "buffer_after", int(slots or 3))

    # booking ------------------------------------------------------------------------------

    def book(self, form: AppointmentForm) -> AppointmentDetail:
        self.require("appointments.book")
        minutes = self._check_form(form)
        with writing(self.db, self.user) as s:
            self._check_people(s, form)
            self._check_slot(s, form, minutes, exclude=None)
            year = local(form.slot_at).year
            seq = next_number(s, f"{PREFIX}{year}")
            appointment = Appointment(
                number=f"{PREFIX}{year}-{seq:06d}", slot_at=form.slot_at, advisor_id=form.advisor_id,
                customer_id=form.customer_id, vehicle_id=form.vehicle_id,
                caller_name=clean(form.caller_name)[:120] if form.customer_id is None else "",
                caller_phone=self._phone(form) if form.customer_id is None else "",
                caller_plate=clean(form.caller_plate).upper()[:16] if form.customer_id is None else "",
                concern=form.concern.strip()[:4000], work_minutes=minutes, technician_id=form.technician_id,
                bay_id=form.bay_id, source=form.source, channel=form.channel, state="booked",
                buffer_override_by=self.user if form.into_buffer and self._in_buffer(s, form, None) else "",
                created_by=self.user, updated_by=self.user)
            for position, line in enumerate(form.lines, 1):
                appointment.lines.append(AppointmentLine(
                    position=position, kind=line.kind, description=clean(line.description)[:200],
                    operation_id=line.operation_id, part_number=clean(line.part_number).upper()[:40],
                    quantity=limits.to_decimal(line.quantity) or Decimal(1)))
            s.add(appointment)
            s.flush()
            if form.campaign_id is not None:  # counted for the campaign that brought it
                target = s.scalar(select(CampaignTarget).where(CampaignTarget.campaign_id == form.campaign_id,
                                                               CampaignTarget.vehicle_id == form.vehicle_id))
                if target is not None:
                    appointment.campaign_id, target.appointment_id = form.campaign_id, appointment.id
            audit.record(s, "appointment-booked", "appointment", appointment.id, number=appointment.number,
                         slot=local(form.slot_at).isoformat(), buffer=bool(appointment.buffer_override_by))
            return self._detail(s, appointment)

    def move(self, appointment_id: int, version: int, slot_at: datetime, advisor_id: int | None = None,
             into_buffer: bool = False) -> AppointmentDetail:
        """Another slot (and advisor), with the same checks as booking."""
        self.require("appointments.book")
        with writing(self.db, self.user) as s:
            a = self._appointment(s, appointment_id, version)
            self._refuse_unless_active(a)
            form = AppointmentForm(slot_at=slot_at, advisor_id=advisor_id or a.advisor_id,
                                   customer_id=a.customer_id, vehicle_id=a.vehicle_id, work_minutes=a.work_minutes,
                                   into_buffer=into_buffer)
            self._check_slot(s, form, a.work_minutes, exclude=a.id)
            before = local(a.slot_at).isoformat()
            a.buffer_override_by = self.user if into_buffer and self._in_buffer(s, form, a.id) else ""
            a.slot_at, a.advisor_id, a.updated_by = slot_at, form.advisor_id or a.advisor_id, self.user
            if a.state == "confirmed":  # a new time is confirmed again
                a.state, a.confirmed_at = "booked", None
            audit.record(s, "appointment-moved", "appointment", a.id, before=before, after=local(slot_at).isoformat())
            s.flush()
            return self._detail(s, a)

    def confirm(self, appointment_id: int, version: int, note: str = "") -> AppointmentDetail:
        """The day-before call reached the customer: confirmed, and the planned parts are
        reserved as far as the shelf holds them; the rest is flagged for ordering."""
        self.require("appointments.book")
        with writing(self.db, self.user) as s:
            a = self._appointment(s, appointment_id, version)
            if a.state != "booked":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only a booked appointment can be confirmed.")))
            a.state, a.confirmed_at, a.confirmed_by = "confirmed", utcnow(), self.user
            a.confirm_note = clean(note)[:255]
            self._reserve(s, a)
            a.updated_by = self.user
            audit.record(s, "appointment-confirmed", "appointment", a.id, note=a.confirm_note)
            s.flush()
            return self._detail(s, a)

    def no_show(self, appointment_id: int, version: int) -> AppointmentDetail:
        self.require("appointments.book")
        with writing(self.db, self.user) as s:
            a = self._appointment(s, appointment_id, version)
            self._refuse_unless_active(a)
            if a.slot_at > utcnow():
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The customer is not late yet.")))
            a.state, a.updated_by = "no_show", self.user
            audit.record(s, "appointment-no-show", "appointment", a.id)
            s.flush()
            return self._detail(s, a)

    def cancel(self, appointment_id: int, version: int, reason: str) -> AppointmentDetail:
        self.require("appointments.book")
        if not clean(reason):
            raise ValidationFailed({"reason": _msg(QT_TRANSLATE_NOOP("Validation", "Say why it is cancelled."))})
        with writing(self.db, self.user) as s:
            a = self._appointment(s, appointment_id, version)
            self._refuse_unless_active(a)
            a.state, a.cancel_reason, a.updated_by = "cancelled", clean(reason)[:255], self.user
            audit.record(s, "appointment-cancelled", "appointment", a.id, reason=a.cancel_reason)
            s.flush()
            return self._detail(s, a)

    def arrive(self, appointment_id: int, version: int, form: ReceptionForm,
               customer_id: int | None = None) -> int:
        """The car is here: its work order opens in one step with everything the booking
        knew (customer, car, concern, planned lines, technician, bay); the appointment
        links to it.  A new caller's customer file is made first (``customer_id`` and the
        form's car).  The new work order's id."""
        self.require("orders.reception", appointment=appointment_id)
        from dataclasses import replace

        from desktop.services.workorders.service import WorkOrderService

        orders = WorkOrderService(self.db, self.desk)
        with writing(self.db, self.user) as s:
            a = self._appointment(s, appointment_id, version)
            self._refuse_unless_active(a)
            if a.customer_id is None:
                vehicle = s.get(Vehicle, form.vehicle_id)
                if customer_id is None or vehicle is None or vehicle.customer_id != customer_id:
                    raise ValidationFailed({"customer": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Make the new caller's customer file and car first."))})
                a.customer_id, a.vehicle_id = customer_id, vehicle.id
            elif form.vehicle_id != a.vehicle_id:
                raise ValidationFailed({"vehicle": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "The car that arrived is not the one booked."))})
            reception = replace(form, concern=form.concern or a.concern, advisor_id=form.advisor_id or a.advisor_id)
            km = orders.check_reception(reception)
            order = orders.open_in(s, reception, km)
            for line in a.lines:
                orders.add_line_in(s, order, line.kind, line.description, line.operation_id, line.part_number,
                                   line.quantity)
            order.technician_id, order.bay_id = a.technician_id, a.bay_id
            a.state, a.work_order_id, a.updated_by = "arrived", order.id, self.user
            audit.record(s, "appointment-arrived", "appointment", a.id, work_order=order.number)
            s.flush()
            return order.id

    # the machinery ------------------------------------------------------------------------

    def _check_form(self, form: AppointmentForm) -> int:
        errors: dict[str, Message] = {}
        minutes = limits.checked(form.work_minutes, "work_minutes", "work_minutes", errors)
        if form.advisor_id is None:
            errors["advisor"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the advisor."))
        if form.slot_at.tzinfo is None:
            raise ValueError("slot_at must be aware")
        if form.customer_id is None:
            if not clean(form.caller_name):
                errors["caller_name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the caller's name."))
            parsed = parse_phone(form.caller_phone)
            if isinstance(parsed, Message):
                errors["caller_phone"] = parsed
        elif form.vehicle_id is None:
            errors["vehicle"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the car."))
        if form.source not in SOURCES:
            errors["source"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose who called whom."))
        if form.channel not in CHANNELS:
            errors["channel"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how it was booked."))
        for i, line in enumerate(form.lines, 1):
            if line.kind not in ("labour", "part") or not clean(line.description):
                errors[f"line{i}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Line {n}: describe the work."), n=i)
            else:
                limits.checked(line.quantity, "hours" if line.kind == "labour" else "quantity", f"line{i}", errors)
        if errors:
            raise ValidationFailed(errors)
        return int(minutes or 0)

    def _phone(self, form: AppointmentForm) -> str:
        parsed = parse_phone(form.caller_phone)
        return parsed.number if not isinstance(parsed, Message) else clean(form.caller_phone)

    def _check_people(self, s: Session, form: AppointmentForm) -> None:
        if s.get(Staff, form.advisor_id) is None:
            raise NotFound("advisor", form.advisor_id)
        if form.customer_id is not None:
            customer = s.get(Customer, form.customer_id)
            if customer is None:
                raise NotFound("customer", form.customer_id)
            if customer.archived_at is not None:
                raise ValidationFailed({"customer": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "This customer is archived; restore the file before booking."))})
            vehicle = s.get(Vehicle, form.vehicle_id)
            if vehicle is None or vehicle.customer_id != customer.id or vehicle.archived_at is not None:
                raise ValidationFailed({"vehicle": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Choose one of the customer's cars (not an archived one)."))})
        for key, model, ident in (("technician", Staff, form.technician_id), ("bay", Bay, form.bay_id)):
            if ident is not None and s.get(model, ident) is None:
                raise NotFound(key, ident)

    def _check_slot(self, s: Session, form: AppointmentForm, minutes: int, exclude: int | None) -> None:
        hours = hours_of(s)
        problem = slot_problem(local(form.slot_at), local(utcnow()), hours, minutes)
        if problem is not None:
            raise ValidationFailed({problem[0]: problem[1]})
        active = [Appointment.state.in_(ACTIVE), Appointment.slot_at == form.slot_at]
        if exclude is not None:
            active.append(Appointment.id != exclude)
        if form.vehicle_id is not None and s.scalar(select(Appointment.number).where(
                *active, Appointment.vehicle_id == form.vehicle_id)):
            raise ValidationFailed({"slot": _msg(QT_TRANSLATE_NOOP(
                "Validation", "This car is already booked at that time."))})
        if s.scalar(select(Appointment.number).where(*active, Appointment.advisor_id == form.advisor_id)):
            raise ValidationFailed({"slot": _msg(QT_TRANSLATE_NOOP(
                "Validation", "The advisor already has an appointment at that time."))})
        if self._in_buffer(s, form, exclude) and not form.into_buffer:
            raise BufferSlot(local(form.slot_at).time())

    def _in_buffer(self, s: Session, form: AppointmentForm, exclude: int | None) -> bool:
        hours = hours_of(s)
        at = local(form.slot_at)
        first, last = day_span(at.date())
        q = select(Appointment.slot_at).where(Appointment.advisor_id == form.advisor_id,
                                              Appointment.state.in_(ACTIVE), Appointment.slot_at >= first,
                                              Appointment.slot_at < last)
        if exclude is not None:
            q = q.where(Appointment.id != exclude)
        booked = {local(t).time() for t in s.scalars(q)}
        return needs_override(booked, at.time(), day_slots(at.date(), hours), hours.buffer_after)

    def _reserve(self, s: Session, a: Appointment) -> None:
        numbers = [line.part_number for line in a.lines if line.kind == "part" and line.part_number]
        free = self._free(s, numbers)
        for line in a.lines:
            if line.kind != "part" or not line.part_number:
                continue
            take = max(min(line.quantity, free.get(line.part_number, Decimal(0))), Decimal(0))
            line.reserved_qty, line.to_order = take, line.quantity - take
            free[line.part_number] = free.get(line.part_number, Decimal(0)) - take

    @staticmethod
    def _free(s: Session, numbers: list[str]) -> dict[str, Decimal]:
        """On the shelf and not held for another order or appointment, by part number."""
        if not numbers:
            return {}
        parts: dict[str, int] = {n: i for n, i in s.execute(select(Part.number, Part.id).where(Part.number.in_(numbers)))}
        held = reserved_for(s, numbers)
        stock = on_hand_of(s, list(parts.values()))
        return {n: stock.get(pid, Decimal(0)) - held.get(n, Decimal(0)) for n, pid in parts.items()}

    def _short(self, s: Session, ids: list[int]) -> set[int]:
        """Booked appointments whose planned parts the shelf cannot cover now."""
        if not ids:
            return set()
        lines = s.execute(select(AppointmentLine.appointment_id, AppointmentLine.part_number,
                                 AppointmentLine.quantity).where(AppointmentLine.appointment_id.in_(ids),
                                                                 AppointmentLine.kind == "part")).all()
        free = self._free(s, sorted({n for _a, n, _q in lines if n}))
        short = set()
        for aid, number, qty in lines:
            if free.get(number, Decimal(0)) < qty:
                short.add(aid)
            free[number] = free.get(number, Decimal(0)) - qty
        return short

    def _load(self, s: Session, day: date, hours: Hours, rows: list[AppointmentRow]) -> tuple[Decimal, Decimal]:
        booked = sum((Decimal(r.work_minutes) for r in rows if r.state in (*ACTIVE, "arrived")), Decimal(0)) / 60
        technicians = int(s.scalar(select(func.count(func.distinct(Staff.id))).join(
            StaffRole, and_(StaffRole.staff_id == Staff.id, StaffRole.role == "technician")).where(
            Staff.active.is_(True))) or 0)
        available = Decimal(technicians * hours.minutes_open()) / 60
        return booked.quantize(Decimal("0.1")), available.quantize(Decimal("0.1"))

    @staticmethod
    def _refuse_unless_active(a: Appointment) -> None:
        if a.state not in ACTIVE:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This appointment is already {state}."),
                               state=Message(STATES.get(a.state, a.state), {}, "Appointments")))

    @staticmethod
    def _appointment(s: Session, appointment_id: int, version: int | None = None) -> Appointment:
        a = s.get(Appointment, appointment_id)
        if a is None:
            raise NotFound("appointment", appointment_id)
        if version is not None and a.version != version:
            raise StaleEdit()
        return a

    @staticmethod
    def _detail(s: Session, a: Appointment) -> AppointmentDetail:
        s.flush()
        row = to_rows(s, list(s.execute(rows_query().where(Appointment.id == a.id)).all()))[0]
        lines = tuple(LineView(x.id, x.kind, x.description, x.operation_id, x.part_number, x.quantity,
                               x.reserved_qty, x.to_order) for x in a.lines)
        return AppointmentDetail(row, a.version, lines, a.technician_id, a.bay_id, a.confirm_note, a.cancel_reason,
                                 a.buffer_override_by)


def _with_short(row: AppointmentRow) -> AppointmentRow:
    from dataclasses import replace

    return replace(row, parts_short=True)
