"""Technical reports (技术报告) and 三包.

A technical report asks the manufacturer about a fault the shop cannot place, or for its
consent before a costly repair is treated as warranty: the symptom, the checks done,
photos, the question; then the answer (approved as warranty, refused, or instructions).
The reports and the claims feed a fault statistic by model, component, fault code and
month.  三包: where a car stands against the national thresholds (rules.sanbao), and the
cars near one, for the service manager."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attachment,
    Customer,
    TechReport,
    Vehicle,
    WarrantyClaim,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.common.dates import add_months, day_start
from desktop.services.common.text import clean
from desktop.services.core import attachments, audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.customers.details import last_readings
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.rules.sanbao import Repair, Standing, Thresholds, standing

OWNER = "tech_report"
ANSWERS = {
    "approved": QT_TRANSLATE_NOOP("TechReports", "Approved as warranty"),
    "refused": QT_TRANSLATE_NOOP("TechReports", "Refused"),
    "answered": QT_TRANSLATE_NOOP("TechReports", "Instructions given"),
}


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "TechReports")


@dataclass(frozen=True)
class ReportForm:
    vehicle_id: int
    symptom: str
    question: str
    checks_done: str = ""
    component: str = ""
    fault_code: str = ""
    work_order_id: int | None = None


@dataclass(frozen=True)
class ReportRow:
    id: int
    version: int
    number: str
    created_on: date
    plate: str
    vin: str
    model: str
    component: str
    fault_code: str
    symptom: str
    checks_done: str
    question: str
    state: str
    answer: str
    answered_on: date | None
    order_number: str
    files: int


@dataclass(frozen=True)
class FaultCount:
    model: str
    component: str
    fault_code: str
    month: str  # 2026-11
    reports: int
    claims: int


@dataclass(frozen=True)
class SanbaoRow:
    vehicle_id: int
    plate: str
    vin: str
    customer: str
    standing: Standing


class TechReportService(Service):

    def create(self, form: ReportForm) -> int:
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        if not clean(form.symptom):
            errors["symptom"] = _msg(QT_TRANSLATE_NOOP("TechReports", "Describe the fault."))
        if not clean(form.question):
            errors["question"] = _msg(QT_TRANSLATE_NOOP("TechReports", "What do you ask the manufacturer?"))
        if len(clean(form.fault_code)) > 20:
            errors["fault_code"] = _msg(QT_TRANSLATE_NOOP("TechReports", "A fault code has at most 20 characters."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            vehicle = s.get(Vehicle, form.vehicle_id)
            if vehicle is None:
                raise NotFound("vehicle", form.vehicle_id)
            year = date.today().year
            report = TechReport(
                number=format_number("JB", year, next_number(s, f"JB{year}")), vehicle_id=vehicle.id,
                work_order_id=form.work_order_id, component=clean(form.component)[:16],
                fault_code=clean(form.fault_code).upper(), symptom=form.symptom.strip()[:4000],
                checks_done=form.checks_done.strip()[:4000], question=form.question.strip()[:4000],
                model_name=f"{vehicle.make} {vehicle.model}".strip()[:64], created_by=self.user, updated_by=self.user)
            s.add(report)
            s.flush()
            audit.record(s, "tech-report", "tech_report", report.id, number=report.number)
            return report.id

    def answer(self, report_id: int, version: int, state: str, text: str, day: date | None = None) -> None:
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        if state not in ANSWERS:
            errors["state"] = _msg(QT_TRANSLATE_NOOP("TechReports", "What did the manufacturer answer?"))
        if not clean(text):
            errors["answer"] = _msg(QT_TRANSLATE_NOOP("TechReports", "Write down the manufacturer's answer."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            report = self._report(s, report_id, version)
            if report.state != "sent":
                raise Refused(_msg(QT_TRANSLATE_NOOP("TechReports", "{number} has its answer already."),
                                   number=report.number))
            report.state, report.answer, report.answered_on = state, text.strip()[:4000], day or date.today()
            report.updated_by = self.user
            audit.record(s, "tech-report-answer", "tech_report", report.id, state=state)

    def attach(self, report_id: int, name: str, data: bytes, note: str = "") -> None:
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            report = self._report(s, report_id)
            attachments.add_in(s, OWNER, report.id, name, data, self.user, note)

    def files(self, report_id: int) -> list[attachments.AttachmentRow]:
        with reading(self.db) as s:
            return attachments.rows_in(s, OWNER, report_id)

    def reports(self, state: str = "", vehicle_id: int | None = None) -> list[ReportRow]:
        with reading(self.db) as s:
            q = (select(TechReport, Vehicle.plate, Vehicle.vin, WorkOrder.number)
                 .join(Vehicle, Vehicle.id == TechReport.vehicle_id)
                 .outerjoin(WorkOrder, WorkOrder.id == TechReport.work_order_id))
            if state:
                q = q.where(TechReport.state == state)
            if vehicle_id is not None:
                q = q.where(TechReport.vehicle_id == vehicle_id)
            files = dict(s.execute(select(Attachment.owner_id, func.count())
                                   .where(Attachment.owner == OWNER)
                                   .group_by(Attachment.owner_id)).all())
            return [ReportRow(r.id, r.version, r.number, r.created_at.astimezone().date(), plate or "", vin or "", r.model_name,
                              r.component, r.fault_code, r.symptom, r.checks_done, r.question, r.state, r.answer,
                              r.answered_on, order or "", int(files.get(r.id, 0)))
                    for r, plate, vin, order in s.execute(q.order_by(TechReport.id.desc()))]

    def fault_statistic(self, since: date) -> list[FaultCount]:
        """Reports and claims by model, component, fault code and month, the most frequent first."""
        with reading(self.db) as s:
            counts: Counter[tuple[str, str, str, str]] = Counter()
            claims: Counter[tuple[str, str, str, str]] = Counter()
            for r in s.execute(select(TechReport.model_name, TechReport.component, TechReport.fault_code,
                                      TechReport.created_at)):
                if r.created_at.astimezone().date() >= since:
                    counts[(r.model_name, r.component, r.fault_code, r.created_at.astimezone().strftime("%Y-%m"))] += 1
            for make, model, comp, code, day in s.execute(
                    select(Vehicle.make, Vehicle.model, WarrantyClaim.component, WarrantyClaim.fault_code,
                           WarrantyClaim.repaired_on).join(Vehicle, Vehicle.id == WarrantyClaim.vehicle_id)
                    .where(WarrantyClaim.repaired_on >= since, WarrantyClaim.fault_code != "")):
                claims[(f"{make} {model}".strip(), comp, code, day.strftime("%Y-%m"))] += 1
            keys = set(counts) | set(claims)
            rows = [FaultCount(*k, counts[k], claims[k]) for k in keys]
            return sorted(rows, key=lambda r: (-(r.reports + r.claims), r.month, r.model, r.fault_code))

    # 三包 -----------------------------------------------------------------------------------

    def sanbao(self, vehicle_id: int, today: date | None = None) -> Standing:
        with reading(self.db) as s:
            return sanbao_in(s, vehicle_id, today or date.today())

    def sanbao_alerts(self, today: date | None = None) -> list[SanbaoRow]:
        """The cars within their 三包 period that reached or are near a threshold: every
        warranty repair of the period read at once; the km of the cars that alert, checked."""
        day = today or date.today()
        with reading(self.db) as s:
            limits = thresholds(s)
            per_car = _repairs(s, since=day_start(add_months(day, -limits.months) - timedelta(days=31)))
            if not per_car:
                return []
            bought = add_months(day, -limits.months)  # cars still in their 三包 period
            cars = {c.id: c for c in s.execute(
                select(Vehicle.id, Vehicle.purchase_date, Vehicle.plate, Vehicle.vin, Vehicle.customer_id)
                .where(Vehicle.id.in_(list(per_car)), Vehicle.purchase_date >= bought))}
            alerting = {vid: st for vid in cars if (st := standing(
                cars[vid].purchase_date, per_car[vid], limits, day, max(r.km for r in per_car[vid]))).alert}
            last = last_readings(s, list(alerting))  # today's km may take a car out of its period
            owners = dict(s.execute(select(Customer.id, Customer.name).where(
                Customer.id.in_({cars[v].customer_id for v in alerting}))).all()) if alerting else {}
            out = []
            for vid in alerting:
                car, reading_ = cars[vid], last.get(vid)
                km = max([reading_.km if reading_ is not None else 0, *(r.km for r in per_car[vid])])
                st = standing(car.purchase_date, per_car[vid], limits, day, km)
                if st.alert:
                    out.append(SanbaoRow(vid, car.plate or "", car.vin or "", owners.get(car.customer_id, ""), st))
            return sorted(out, key=lambda r: (-len(r.standing.reached), r.plate))

    def _report(self, s: Session, report_id: int, version: int | None = None) -> TechReport:
        report = s.get(TechReport, report_id)
        if report is None:
            raise NotFound("technical report", report_id)
        if version is not None and report.version != version:
            raise StaleEdit()
        return report


def thresholds(s: Session) -> Thresholds:
    g = shop_settings.get
    return Thresholds(g(s, "sanbao_months"), g(s, "sanbao_km"), g(s, "sanbao_same_fault"), g(s, "sanbao_days_off"),
                      g(s, "sanbao_early_days"), g(s, "sanbao_early_km"), g(s, "sanbao_warn_repairs"),
                      g(s, "sanbao_warn_days"))


def _repairs(s: Session, since: datetime | None = None, vehicle_id: int | None = None) -> dict[int, list[Repair]]:
    """The warranty repairs (one per order and component, campaigns aside) per car: read
    from the manufacturer's lines (a small, separately indexed share of all lines), then
    their orders by id."""
    lines = select(WorkOrderLine.work_order_id, WorkOrderLine.warranty_component).distinct().where(
        WorkOrderLine.payer == "warranty", WorkOrderLine.warranty_component != "", WorkOrderLine.recall_id.is_(None))
    orders = select(WorkOrder.id, WorkOrder.vehicle_id, WorkOrder.opened_at, WorkOrder.delivered_at,
                    WorkOrder.odometer_km).where(WorkOrder.state == "delivered")
    if vehicle_id is not None:
        orders = orders.where(WorkOrder.vehicle_id == vehicle_id)
        lines = lines.where(WorkOrderLine.work_order_id.in_(select(WorkOrder.id).where(
            WorkOrder.vehicle_id == vehicle_id)))
    if since is not None:  # order ids grow with time: the lines from the first order of the period on
        first = s.scalar(select(func.min(WorkOrder.id)).where(WorkOrder.opened_at >= since))
        if first is None:
            return {}
        lines = lines.where(WorkOrderLine.work_order_id >= first)
        orders = orders.where(WorkOrder.opened_at >= since, WorkOrder.id >= first)
    components: dict[int, list[str]] = {}
    for order_id, component in s.execute(lines):
        components.setdefault(order_id, []).append(component)
    if not components:
        return {}
    out: dict[int, list[Repair]] = {}
    for o in s.execute(orders.where(WorkOrder.id.in_(lines.with_only_columns(WorkOrderLine.work_order_id)))):
        opened, left = o.opened_at.astimezone().date(), (o.delivered_at or o.opened_at).astimezone().date()
        out.setdefault(o.vehicle_id, []).extend(Repair(opened, left, o.odometer_km, c) for c in components[o.id])
    return out


def sanbao_in(s: Session, vehicle_id: int, today: date, limits: Thresholds | None = None) -> Standing:
    """The car's 三包 standing: its warranty repairs since the purchase, the days each kept
    the car, today's km."""
    vehicle = s.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("vehicle", vehicle_id)
    repairs = _repairs(s, vehicle_id=vehicle_id).get(vehicle_id, [])
    last = last_readings(s, [vehicle_id]).get(vehicle_id)
    km_now = max([last.km if last is not None else 0, *(r.km for r in repairs)])
    return standing(vehicle.purchase_date, repairs, limits or thresholds(s), today, km_now)
