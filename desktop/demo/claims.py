"""The demo shop's claims to the manufacturer: claims in every state over the last months
(drafts, one near its deadline; submitted; approved and paid; partly approved with the
refusal borne as goodwill; rejected and resubmitted, or charged to the customer), their
old parts on the shelf, returned or scrapped; two technical reports with the
manufacturer's answers; and one car near a 三包 threshold."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.demo.orders import ENGINE_LIGHT, OrderWriter, Visit
from desktop.models import (
    OdometerReading,
    TechReport,
    Vehicle,
    WarrantyClaim,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.billing.service import InvoicingService
from desktop.services.warranty.claims import ClaimForm, ClaimService, ClaimView
from desktop.services.warranty.oldparts import OldPartService
from desktop.services.warranty.reports import ReportForm, TechReportService

CODES = ("C1A12", "P0302", "B10A1", "B2214", "C0051", "U0184", "P0171", "B1342")
# the states the claims end in, in order, oldest repair first
PLAN = ("paid", "paid", "paid", "paid", "partly", "closed", "paid_partly", "approved", "rejected", "submitted",
        "submitted", "resubmitted", "draft", "draft")
CLERK = "hejia"  # the demo's warranty clerk


def write_sanbao_car(s: Session, rng: random.Random, now: datetime) -> int | None:
    """A car bought a year or more ago whose engine light was repaired under warranty four
    times: one more repair of the same fault reaches the 三包 threshold."""
    today = now.astimezone().date()
    car = s.execute(select(Vehicle.id, Vehicle.customer_id, Vehicle.purchase_date).where(
        Vehicle.vin.is_not(None), Vehicle.purchase_date.between(today - timedelta(days=560),
                                                                today - timedelta(days=400)))
        .order_by(Vehicle.id).limit(1)).first()
    if car is None:
        return None
    readings = sorted((r.read_at, r.km) for r in s.scalars(
        select(OdometerReading).where(OdometerReading.vehicle_id == car.id)))
    writer = OrderWriter(s, rng, "lina")
    for i in range(4):
        at = now - timedelta(days=320 - 90 * i, hours=rng.randrange(1, 5))
        before = [km for when, km in readings if when <= at]
        after = [km for when, km in readings if when > at]
        km = before[-1] + rng.randrange(50, 400) if before else 35 * (at.astimezone().date() - car.purchase_date).days
        km = min(km, after[0] - 5) if after else km  # between the readings around the visit
        writer.add(Visit(car.id, car.customer_id, at, km, car.purchase_date.year), "delivered", kind="repair",
                   payer="warranty", repair=ENGINE_LIGHT)
    ids = [o["id"] for o in writer.orders]
    writer.flush()
    s.execute(update(WorkOrderLine).where(WorkOrderLine.work_order_id.in_(ids), WorkOrderLine.payer == "warranty")
              .values(warranty_component="powertrain"))
    return int(car.id)


def write_recent_warranty(s: Session, rng: random.Random, now: datetime) -> None:
    """Two warranty repairs of the last weeks, whose claims are still to be sent: one near
    its deadline."""
    cars = s.execute(select(Vehicle.id, Vehicle.customer_id, Vehicle.purchase_date).where(
        Vehicle.purchase_date > (now - timedelta(days=700)).date(), Vehicle.purchase_date.is_not(None)).order_by(Vehicle.id).limit(2)).all()
    writer = OrderWriter(s, rng, "zhoujie")
    for (vid, owner, bought), days in zip(cars, (24, 6), strict=False):
        writer.add(Visit(vid, owner, now - timedelta(days=days, hours=3), 12000 + rng.randrange(8000),
                         bought.year if bought else None),
                   "delivered", kind="repair", payer="warranty")
    writer.flush()


def demo_claims(db: Database, rng: random.Random) -> int:
    """Claims for the delivered orders with warranty lines, through the services (as the
    warranty clerk), then dated back as they would have happened."""
    claims = ClaimService(db, CLERK)
    today = date.today()
    orders = sorted((o for o in claims.claimable(400) if (today - o[3]).days <= 365), key=lambda o: o[3])
    orders = orders[-len(PLAN):]  # the newest are still drafts, the oldest long paid
    with db.read() as s:
        lines = dict(s.execute(select(WorkOrderLine.work_order_id, func.count()).where(
            WorkOrderLine.payer == "warranty", WorkOrderLine.work_order_id.in_([o[0] for o in orders]))
            .group_by(WorkOrderLine.work_order_id)).all())
    plans = list(PLAN[len(PLAN) - len(orders):])
    for i, plan in enumerate(plans):  # a partly approved claim needs two lines or more
        if plan in ("partly", "paid_partly") and lines.get(orders[i][0], 0) < 2:
            j = next((j for j, o in enumerate(orders) if plans[j] == "paid" and lines.get(o[0], 0) >= 2), None)
            if j is not None:
                plans[i], plans[j] = plans[j], plans[i]
    reports = TechReportService(db, CLERK)
    money = InvoicingService(db, "qian")
    made = 0
    for (order_id, _number, _plate, _delivered), plan in zip(orders, plans, strict=True):
        claim_id = claims.create(order_id)
        made += 1
        view = claims.get(claim_id)
        symptom, cause, code = _fault(view, rng)
        if plan == "draft":
            if made % 2:
                claims.save(claim_id, view.version, ClaimForm(symptom, "", code))  # the cause still to write
            continue
        consent = None
        if view.needs_consent:  # asked first, and approved
            consent = reports.create(ReportForm(view.vehicle_id, view.symptom or symptom, "是否同意按保修维修？",
                                                "读取故障码，按维修手册检查", view.component, code, order_id))
            reports.answer(consent, 1, "approved", "同意按保修维修")
        view = claims.save(claim_id, view.version, ClaimForm(symptom, cause, code, tech_report_id=consent))
        view = claims.submit(claim_id, view.version)
        if plan == "submitted":
            continue
        verdicts: dict[int, tuple[bool, str]] = {x.id: (True, "") for x in view.lines}
        if plan in ("partly", "paid_partly") and len(view.lines) > 1:
            verdicts[view.lines[-1].id] = (False, rng.choice(("labour", "part")))
        if plan in ("rejected", "resubmitted", "closed"):
            verdicts = {x.id: (False, rng.choice(("documents", "exclusion", "late"))) for x in view.lines}
        view = claims.decide(claim_id, view.version, verdicts, "厂家审核意见见索赔系统")
        if plan == "resubmitted":
            view = claims.resubmit(claim_id, view.version)
            continue
        if plan == "closed":
            claims.settle(claim_id, view.version, "customer", consent="车主电话同意自费")
            continue
        if view.state == "partly":
            view = claims.settle(claim_id, view.version, "goodwill", manager="郑经理")
        if plan == "approved" or view.state == "rejected":
            continue
        if not view.invoice_number:
            bill = money.settlement(order_id)
            if any(b.payer == "warranty" and b.uninvoiced for b in bill.bills):
                money.issue_for_order(order_id, "warranty")
            view = claims.get(claim_id)
        owed = view.outstanding
        if owed > 0 and view.invoice_number:
            part = (owed / 2).quantize(Decimal("0.01")) if plan == "paid_partly" else owed
            claims.receive(claim_id, part, f"FAW{rng.randrange(10**8):08d}")
    _backdate(db, rng, today)
    _old_parts(db, OldPartService(db, CLERK), rng)
    _tech_reports(db, reports, rng)
    return made


def _fault(view: ClaimView, rng: random.Random) -> tuple[str, str, str]:
    """The order's concern as the symptom; the cause from what was replaced."""
    part = next((x.description for x in view.lines if x.kind == "part"), "")
    cause = f"经检查{part}损坏（质量问题），按保修更换" if part else f"经检查确认质量问题，{view.lines[0].description}"
    return view.symptom or "客户反映故障", cause, rng.choice(CODES)


def _backdate(db: Database, rng: random.Random, today: date) -> None:
    """Submitted a few days after the repair, answered weeks later, paid weeks after that."""
    with db.write(CLERK) as s:
        for claim in s.scalars(select(WarrantyClaim)):
            if claim.submitted_on is not None:
                claim.submitted_on = min(claim.repaired_on + timedelta(days=rng.randrange(2, 12)), today)
            if claim.decided_on is not None:
                claim.decided_on = min((claim.submitted_on or claim.repaired_on) + timedelta(
                    days=rng.randrange(10, 35)), today)
            if claim.paid_on is not None:
                claim.paid_on = min((claim.decided_on or today) + timedelta(days=rng.randrange(15, 45)), today)


def _old_parts(db: Database, service: OldPartService, rng: random.Random) -> None:
    kept = service.rows()
    for i, part in enumerate(kept):
        service.place(part.id, f"旧件架 {'ABC'[i % 3]}-{i % 6 + 1}")
    with db.read() as s:
        answered = {c for c, in s.execute(select(WarrantyClaim.id).where(WarrantyClaim.state.in_(
            ("paid", "approved", "partly", "closed"))))}
    old = [p for p in kept if p.claim_id in answered]
    half = len(old) // 2
    if old[:half]:
        service.dispose([p.id for p in old[:half]], "returned", "FH2026-1108", date.today() - timedelta(days=20))
    if old[half:half + 2]:
        service.dispose([p.id for p in old[half:half + 2]], "scrapped", "厂家通知 BF-2026-031")


def _tech_reports(db: Database, reports: TechReportService, rng: random.Random) -> None:
    with db.read() as s:
        cars = list(s.execute(select(WorkOrder.vehicle_id, WorkOrder.id).join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
                              .where(WorkOrder.state == "delivered", Vehicle.plate.is_not(None))
                              .order_by(WorkOrder.id.desc()).limit(2)))
    if len(cars) < 2:
        return
    first = reports.create(ReportForm(cars[0][0], "冷车启动后变速箱2挡升3挡顿挫明显，热车后减轻",
                                      "变速箱阀体是否可按保修更换？", "读取故障码P0730；油液液位、油质正常；"
                                      "已做自适应学习，故障仍在", "powertrain", "P0730", cars[0][1]))
    second = reports.create(ReportForm(cars[1][0], "中控屏偶发黑屏重启，每周2-3次",
                                       "是否有软件升级方案？", "检查主机供电及接地正常，无故障码",
                                       "vehicle", "U0184", cars[1][1]))
    for rid, state, answer in ((first, "approved", "同意按保修更换阀体总成，旧件返还"),
                               (second, "answered", "请刷写主机软件至V3.2.1后观察，如复发再报")):
        row = next(r for r in reports.reports() if r.id == rid)
        reports.answer(rid, row.version, state, answer, date.today() - timedelta(days=rng.randrange(3, 20)))
    with db.write(CLERK) as s:  # asked some weeks ago
        for report in s.scalars(select(TechReport)):
            report.created_at = report.created_at - timedelta(days=rng.randrange(20, 40))
