"""What after-care reports: the register of calls and letters for a date range (the four
registers the trade keeps on paper), a customer's or a work order's follow-up results,
satisfaction by month, advisor or technician, and the complaint rate."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Complaint, Customer, Vehicle, WorkOrder
from desktop.models.aftercare import Contact
from desktop.services.aftercare import people
from desktop.services.aftercare.records import ContactRow, CustomerCare, Satisfaction
from desktop.services.aftercare.rules.schedule import QUESTIONS
from desktop.services.common.dates import day_span
from desktop.services.core.errors import NotFound
from desktop.services.core.service import Service
from desktop.services.core.uow import reading
from printing.data import RegisterDoc

GROUPINGS = ("month", "advisor", "technician")
SCORE_COLUMNS = tuple(getattr(Contact, q) for q in QUESTIONS)


def contact_rows(s: Session, q: Any) -> list[ContactRow]:
    found: list[Any] = list(s.execute(q).all())
    phones = people.phones(s, (r[4] for r in found))
    who = people.login_names(s)
    return [ContactRow(cid, kind, at, who.get(by, by), customer_id, name, phones.get(customer_id, ""), address,
                       plate or "", number or "", reached, topic, notes, dict(zip(QUESTIONS, scores, strict=True)))
            for cid, kind, at, by, customer_id, reached, topic, notes, name, address, plate, number, *scores
            in found]


def _contacts() -> Any:
    """The register's rows: the contact, the customer's name and address, the plate, the order."""
    return (select(Contact.id, Contact.kind, Contact.at, Contact.by, Contact.customer_id, Contact.reached,
                   Contact.topic, Contact.notes, Customer.name, Customer.address, Vehicle.plate, WorkOrder.number,
                   *SCORE_COLUMNS)
            .join(Customer, Customer.id == Contact.customer_id)
            .outerjoin(Vehicle, Vehicle.id == Contact.vehicle_id)
            .outerjoin(WorkOrder, WorkOrder.id == Contact.work_order_id))


class AftercareReports(Service):

    def register(self, first: date, last: date, kind: str | None = None) -> list[ContactRow]:
        """Every call and letter from ``first`` to ``last`` (local days), oldest first."""
        start, end = day_span(first, last)
        with reading(self.db) as s:
            q = _contacts().where(Contact.at >= start, Contact.at < end)
            if kind:
                q = q.where(Contact.kind == kind)
            return contact_rows(s, q.order_by(Contact.at, Contact.id))

    def of_customer(self, customer_id: int) -> list[ContactRow]:
        with reading(self.db) as s:
            return contact_rows(s, _contacts().where(Contact.customer_id == customer_id)
                                .order_by(Contact.at.desc()).limit(200))

    def of_order(self, order_id: int) -> list[ContactRow]:
        with reading(self.db) as s:
            return contact_rows(s, _contacts().where(Contact.work_order_id == order_id).order_by(Contact.at))

    def customer_summary(self, customer_id: int) -> CustomerCare:
        """What the customer file shows: the last follow-up call, the average score of the
        calls that reached them, and their complaints (and how many are still open)."""
        with reading(self.db) as s:
            last = s.execute(select(Contact.at, Contact.reached).where(
                Contact.customer_id == customer_id, Contact.kind == "followup").order_by(
                Contact.at.desc()).limit(1)).first()
            scores = [v for row in s.execute(select(*SCORE_COLUMNS).where(
                Contact.customer_id == customer_id, Contact.kind == "followup", Contact.reached.is_(True)))
                for v in row if v is not None]
            complaints = s.execute(select(Complaint.state).where(Complaint.customer_id == customer_id)).scalars().all()
        average = (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.1")) if scores else None
        return CustomerCare(last[0] if last else None, bool(last[1]) if last else False, average, len(complaints),
                            sum(1 for st in complaints if st in ("open", "in_progress")))

    def satisfaction(self, first: date, last: date, by: str = "month") -> list[Satisfaction]:
        """Calls made, customers reached and the average of each score, per month, per
        advisor or per technician of the orders called about."""
        if by not in GROUPINGS:
            raise ValueError(by)
        start, end = day_span(first, last)
        with reading(self.db) as s:
            names = people.names(s)
            q = (select(Contact.at, Contact.reached, WorkOrder.advisor_id, WorkOrder.technician_id, *SCORE_COLUMNS)
                 .join(WorkOrder, WorkOrder.id == Contact.work_order_id)
                 .where(Contact.kind == "followup", Contact.at >= start, Contact.at < end))
            groups: dict[str, list[tuple[bool, tuple[int | None, ...]]]] = defaultdict(list)
            found: list[Any] = list(s.execute(q).all())
            for at, reached, advisor, technician, *scores in found:
                key = (at.astimezone().strftime("%Y-%m") if by == "month"
                       else names.get((advisor if by == "advisor" else technician) or 0, "—"))
                groups[key].append((reached, tuple(scores)))
        out = []
        for key in sorted(groups):
            calls = groups[key]
            averages: dict[str, Decimal | None] = {}
            for i, q_name in enumerate(QUESTIONS):
                given = [v for _r, sc in calls if (v := sc[i]) is not None]
                averages[q_name] = (Decimal(sum(given)) / len(given)).quantize(Decimal("0.01")) if given else None
            every = [v for _r, sc in calls for v in sc if v is not None]
            overall = (Decimal(sum(every)) / len(every)).quantize(Decimal("0.01")) if every else None
            out.append(Satisfaction(key, len(calls), sum(1 for r, _sc in calls if r), averages, overall))
        return out

    def complaint_rate(self, first: date, last: date) -> tuple[int, int]:
        """(complaints received, work orders delivered) from ``first`` to ``last``: the KPI."""
        start, end = day_span(first, last)
        with reading(self.db) as s:
            complaints = int(s.scalar(select(func.count()).select_from(Complaint).where(
                Complaint.received_at >= start, Complaint.received_at < end)) or 0)
            delivered = int(s.scalar(select(func.count()).select_from(WorkOrder).where(
                WorkOrder.state == "delivered", WorkOrder.delivered_at >= start,
                WorkOrder.delivered_at < end)) or 0)
            return complaints, delivered

    # the four registers on paper ----------------------------------------------------------

    def register_doc(self, kind: str, first: date, last: date) -> RegisterDoc:
        """The data of one register for the period (``REGISTERS``)."""
        from desktop.services.documents.service import DocumentService

        if kind not in REGISTERS:
            raise NotFound("register", kind)
        period = f"{first.isoformat()} ~ {last.isoformat()}"
        made = date.today().isoformat()
        shop = DocumentService(self.db, self.user).shop()
        if kind == "customers":
            return RegisterDoc(shop, kind, period, REGISTERS[kind], tuple(self._customer_file(first, last)), made)
        rows = self.register(first, last, None if kind == "call-register" else
                             "followup" if kind == "calls" else "letter")

        def when(r: ContactRow) -> str:
            return r.at.astimezone().strftime("%Y-%m-%d %H:%M")

        def scores(r: ContactRow) -> str:
            return "/".join("-" if v is None else str(v) for v in r.scores.values()) if r.reached else ""

        made_rows: list[tuple[str, ...]]
        if kind == "calls":
            made_rows = [(when(r), r.customer, r.phone, r.plate, r.order_number, "是" if r.reached else "否",
                          scores(r), r.notes, r.by) for r in rows]
        elif kind == "call-register":
            made_rows = [(when(r), r.customer, r.phone, r.plate, KIND_WORDS.get(r.kind, r.kind),
                          "是" if r.reached else "否", (TOPIC_WORDS.get(r.topic, "") + " " + r.notes).strip()[:80],
                          r.by) for r in rows]
        else:
            made_rows = [(when(r), r.customer, r.address, r.plate, (TOPIC_WORDS.get(r.topic, "") + " " +
                                                                     r.notes).strip(), r.by) for r in rows]
        return RegisterDoc(shop, kind, period, REGISTERS[kind], tuple(made_rows), made)

    def register_pdf(self, kind: str, first: date, last: date, lang: str = "zh_CN") -> bytes:
        from printing.registers import register

        return register(self.register_doc(kind, first, last), lang)

    def _customer_file(self, first: date, last: date) -> list[tuple[str, ...]]:
        """The customers whose cars were delivered in the period, one line per car."""
        start, end = day_span(first, last)
        with reading(self.db) as s:
            q = (select(Customer.id, Customer.name, Customer.address, Vehicle.plate, Vehicle.make, Vehicle.model,
                        Vehicle.vin, func.max(WorkOrder.delivered_at), func.max(WorkOrder.odometer_km),
                        func.count(WorkOrder.id))
                 .join(WorkOrder, WorkOrder.customer_id == Customer.id)
                 .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
                 .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= start,
                        WorkOrder.delivered_at < end)
                 .group_by(Customer.id, Customer.name, Customer.address, Vehicle.id, Vehicle.plate, Vehicle.make,
                           Vehicle.model, Vehicle.vin)
                 .order_by(Customer.name, Vehicle.plate))
            rows: list[Any] = list(s.execute(q).all())
            phones = people.phones(s, (r[0] for r in rows))
        return [(name, phones.get(cid, ""), address, plate or "", f"{make} {model}".strip(), vin or "",
                 at.astimezone().strftime("%Y-%m-%d") if at else "", f"{km:,}" if km is not None else "", str(n))
                for cid, name, address, plate, make, model, vin, at, km, n in rows]


REGISTERS: dict[str, tuple[str, ...]] = {
    "customers": ("customer", "phone", "address", "plate", "vehicle", "vin", "last_visit", "km", "visits"),
    "calls": ("date", "customer", "phone", "plate", "order", "reached", "scores", "notes", "by"),
    "call-register": ("date", "customer", "phone", "plate", "kind", "reached", "topic", "by"),
    "letters": ("date", "customer", "address", "plate", "topic", "by"),
}
KIND_WORDS = {"followup": "回访", "inbound": "来电", "letter": "信函"}
TOPIC_WORDS = {"question": "咨询", "complaint": "投诉", "other": "", "reminder": "保养提醒", "thanks": "致谢"}
