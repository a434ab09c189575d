"""Warranty on the big shop (300,000 work orders, 80,000 cars), each figure against the same
reads in raw SQL on the same file:

- a car's coverage at reception (policies, extensions, exclusions, its maintenance visits
  and odometer readings for the flags);
- the open recall campaigns of a car (the banner wherever the car shows);
- the recall list (each campaign's affected, on file and done);
- the open claims list, what the manufacturer owes (ageing), one claim opened, and the
  三包 alerts (every warranty repair of the period), with 20,000 claims on file.

    python -m bench.bench_warranty [--repeat 15]

Targets: each under 50 ms, and within 3x of raw SQL where the raw reads take over 10 ms
(below that the fixed cost of a unit of work is the figure).  A file made before warranty
existed gets the demo's policies and its recall once, and claims for its warranty orders
(in every state) once.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, text

from bench.bench_aftercare import SHOP, ensure, median_ms
from bench.figures import report
from desktop.db import Database, open_database
from desktop.demo.workshop_forms import write_warranty
from desktop.models import (
    ClaimLine,
    OldPart,
    RecallVehicle,
    Vehicle,
    WarrantyClaim,
    WarrantyPolicy,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.warranty.claims import ClaimService
from desktop.services.warranty.recalls import RecallService
from desktop.services.warranty.reports import TechReportService
from desktop.services.warranty.service import WarrantyService

COVER = [
    text("SELECT * FROM vehicle WHERE id = :v"),
    text("SELECT * FROM odometer_reading WHERE vehicle_id = :v ORDER BY read_at DESC LIMIT 1"),
    text("SELECT * FROM warranty_policy WHERE make = :make AND active AND series IN (:series, '')"),
    text("SELECT * FROM warranty_extension WHERE vehicle_id = :v"),
    text("SELECT * FROM warranty_exclusion WHERE vehicle_id = :v"),
    text("SELECT wo.delivered_at FROM work_order wo WHERE wo.vehicle_id = :v AND wo.state = 'delivered' AND EXISTS "
         "(SELECT 1 FROM work_order_line l JOIN labour_operation o ON o.id = l.operation_id "
         "WHERE l.work_order_id = wo.id AND o.system = '保养' AND l.approval = 'approved')"),
    text("SELECT km, read_at FROM odometer_reading WHERE vehicle_id = :v ORDER BY read_at, id"),
]
OPEN = text("SELECT c.* FROM recall_campaign c JOIN recall_vehicle r ON r.campaign_id = c.id "
            "WHERE r.vin = :vin AND r.done_on IS NULL AND c.active")
LIST = text("SELECT campaign_id, count(*), count(vehicle_id), count(done_on) FROM recall_vehicle GROUP BY campaign_id")
CLAIMS = text("SELECT c.*, wo.number, v.plate, cu.name FROM warranty_claim c JOIN work_order wo ON wo.id = c.work_order_id "
              "JOIN vehicle v ON v.id = c.vehicle_id JOIN customer cu ON cu.id = wo.customer_id "
              "WHERE c.state IN ('draft', 'submitted', 'approved', 'partly', 'rejected') "
              "ORDER BY c.repaired_on DESC, c.id DESC LIMIT 500")
OWED = [text("SELECT id, decided_on, repaired_on, claimed, approved, received FROM warranty_claim "
              "WHERE state IN ('approved', 'partly')"),
        text("SELECT cl.claim_id, sum(il.total) FROM claim_line cl JOIN invoice_line il "
             "ON il.work_order_line_id = cl.work_order_line_id JOIN invoice i ON i.id = il.invoice_id "
             "JOIN warranty_claim c ON c.id = cl.claim_id WHERE i.kind = 'invoice' AND i.payer = 'warranty' "
             "AND c.state IN ('approved', 'partly') GROUP BY cl.claim_id")]
ONE = [text("SELECT * FROM warranty_claim WHERE id = :c"), text("SELECT * FROM claim_line WHERE claim_id = :c"),
       text("SELECT * FROM work_order WHERE id = (SELECT work_order_id FROM warranty_claim WHERE id = :c)"),
       text("SELECT * FROM old_part WHERE claim_id = :c"),
       text("SELECT id, name, kind, size FROM attachment WHERE owner = 'claim' AND owner_id = :c")]
SANBAO = [text("SELECT min(id) FROM work_order WHERE opened_at >= :since"),
          text("SELECT DISTINCT work_order_id, warranty_component FROM work_order_line WHERE payer = 'warranty' "
               "AND warranty_component != '' AND recall_id IS NULL AND work_order_id >= "
               "(SELECT min(id) FROM work_order WHERE opened_at >= :since)"),
          text("SELECT id, vehicle_id, opened_at, delivered_at, odometer_km FROM work_order WHERE state = 'delivered' "
               "AND opened_at >= :since AND id IN (SELECT work_order_id FROM work_order_line WHERE payer = 'warranty' "
               "AND warranty_component != '' AND recall_id IS NULL AND work_order_id >= "
               "(SELECT min(id) FROM work_order WHERE opened_at >= :since))"),
          text("SELECT id, purchase_date, plate, vin, customer_id FROM vehicle WHERE purchase_date >= :bought")]
SANBAO_FIGURE = "三包 alerts (2 years' repairs)"
STATES = ("draft", "submitted", "approved", "partly", "rejected", "paid", "paid", "paid", "closed")


def write_claims(db: Database, limit: int = 20_000) -> int:
    """Claims for the file's delivered warranty orders, in bulk: every state, one line per
    warranty line, an old part per part line."""
    rng = random.Random(11)
    with db.write("bench") as s:
        orders = s.execute(select(WorkOrder.id, WorkOrder.vehicle_id, WorkOrder.delivered_at).where(
            WorkOrder.state == "delivered", WorkOrder.id.in_(select(WorkOrderLine.work_order_id).where(
                WorkOrderLine.payer == "warranty"))).order_by(WorkOrder.id.desc()).limit(limit)).all()
        lines: dict[int, list[WorkOrderLine]] = {}
        for line in s.scalars(select(WorkOrderLine).where(WorkOrderLine.payer == "warranty", WorkOrderLine.work_order_id
                                                          .in_(select(WorkOrder.id).where(WorkOrder.id >= orders[-1].id)))):
            lines.setdefault(line.work_order_id, []).append(line)
        claims: list[dict[str, object]] = []
        claim_lines: list[dict[str, object]] = []
        parts: list[dict[str, object]] = []
        for n, (oid, vid, delivered) in enumerate(orders, 1):
            old = delivered is not None and (datetime.now(UTC) - delivered).days > 120
            state = rng.choice(("paid",) * 8 + ("closed",)) if old else rng.choice(STATES)  # old claims are settled
            mine = lines.get(oid, [])
            amount = sum((x.amount for x in mine), Decimal(0))
            today = date.today()
            day = (delivered or datetime.now(UTC)).astimezone().date()
            sent = state != "draft"
            decided = state not in ("draft", "submitted")
            approved = amount if state in ("approved", "paid") else (amount / 2).quantize(Decimal("0.01")) \
                if state == "partly" else Decimal(0)
            claims.append({"id": n, "number": f"SP{day.year}-{n:06d}" if sent else None, "work_order_id": oid,
                           "vehicle_id": vid, "state": state, "repaired_on": day, "component": "vehicle",
                           "symptom": "异响", "cause": "部件质量问题", "fault_code": f"P0{rng.randrange(100, 999)}",
                           "round": 1, "submitted_on": min(day + timedelta(days=5), today) if sent else None,
                           "decided_on": min(day + timedelta(days=30), today) if decided else None, "claimed": amount,
                           "approved": approved, "received": (approved * Decimal("1.13")).quantize(Decimal("0.01")) if state == "paid" else 0,
                           "rejection_reason": "documents" if state in ("rejected", "closed") else "",
                           "rejection_note": "", "settlement": "goodwill" if state == "closed" else "",
                           "settled_by": "", "consent": "", "paid_on": min(day + timedelta(days=60), today)
                           if state == "paid" else None, "created_by": "bench", "updated_by": "bench", "version": 1})
            for x in mine:
                claim_lines.append({"claim_id": n, "work_order_line_id": x.id, "kind": x.kind,
                                    "description": x.description, "part_number": x.part_number,
                                    "quantity": x.quantity, "unit_price": x.unit_price, "amount": x.amount,
                                    "recall_code": "", "verdict": "approved" if decided else "", "reason": ""})
                if x.kind == "part":
                    parts.append({"tag": f"JJ{n:06d}-{len(parts) % 100:02d}-{x.id}", "claim_id": n,
                                  "part_number": x.part_number or "-", "description": x.description,
                                  "quantity": x.quantity, "location": "旧件架", "reference": "",
                                  "state": "kept" if state in ("draft", "submitted") else "returned",
                                  "created_by": "bench", "updated_by": "bench"})
        s.execute(insert(WarrantyClaim), claims)
        for start in range(0, len(claim_lines), 20_000):
            s.execute(insert(ClaimLine), claim_lines[start:start + 20_000])
        if parts:
            s.execute(insert(OldPart), parts)
        return len(claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(WarrantyPolicy))
    if empty:
        print("writing the policies and a recall (once) …", flush=True)
        with db.write("bench") as s:
            write_warranty(s, random.Random(7))
    with db.read() as s:
        no_claims = not s.scalar(select(func.count()).select_from(WarrantyClaim))
    if no_claims:
        print("writing the claims (once) …", flush=True)
        write_claims(db)
    warranty, recalls = WarrantyService(db, "bench"), RecallService(db, "bench")
    claims, reports = ClaimService(db, "bench"), TechReportService(db, "bench")
    with db.read() as s:
        vid, vin, make, series = s.execute(
            select(Vehicle.id, Vehicle.vin, Vehicle.make, Vehicle.series).join(
                RecallVehicle, RecallVehicle.vin == Vehicle.vin).where(RecallVehicle.done_on.is_(None)).limit(1)).one()
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("vehicle", "work_order", "recall_vehicle",
                                                                           "warranty_claim")}
        claim_id = int(s.scalar(select(WarrantyClaim.id).where(WarrantyClaim.state == "partly").limit(1)) or 0)
    since = (date.today() - timedelta(days=24 * 31 + 31)).isoformat()  # as the service: 2 years and a month
    bought = (date.today() - timedelta(days=24 * 31)).isoformat()
    params = {"v": vid, "make": make, "series": series, "vin": vin, "c": claim_id, "since": since, "bought": bought}

    def reads(*queries: object) -> Callable[[], object]:
        def run() -> object:
            with db.engine.connect() as conn:
                return [conn.execute(q, params).all() for q in queries]  # type: ignore[call-overload]
        return run

    rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]] = [
        ("a car's coverage at reception", lambda: warranty.coverage(vid), reads(*COVER),
         lambda: len(warranty.coverage(vid).covers)),
        ("a car's open recalls", lambda: recalls.open_for(vid), reads(text("SELECT vin FROM vehicle WHERE id = :v"),
                                                                      OPEN), lambda: len(recalls.open_for(vid))),
        ("the recall list", recalls.campaigns, reads(LIST), lambda: len(recalls.campaigns())),
        ("the open claims list", lambda: claims.claims("open"), reads(CLAIMS), lambda: len(claims.claims("open"))),
        ("what the manufacturer owes", claims.receivable, reads(*OWED), lambda: claims.receivable().claims),
        ("a claim opened", lambda: claims.get(claim_id), reads(*ONE), lambda: len(claims.get(claim_id).lines)),
        (SANBAO_FIGURE, reports.sanbao_alerts, reads(*SANBAO), lambda: len(reports.sanbao_alerts())),
    ]
    try:
        print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
        # Two years of every warranty repair, the manager's list: a report, not a counter look-up.
        report(rows, args.repeat, median_ms, targets={SANBAO_FIGURE: 1000.0})
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
