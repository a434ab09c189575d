"""Accident cases on the big shop (300,000 work orders), each figure against the same reads in
raw SQL on the same file:

- the open cases list (newest first, with the order, car, customer, insurer and the sums);
- one case opened (its lines beside the order's, supplements, papers, photos, the split,
  the insurer's invoice);
- the share of accident work by insurer over a year.

    python -m bench.bench_insurance [--repeat 15]

Targets: each under 50 ms, and within 3x of raw SQL where the raw reads take over 10 ms.
A file made before insurance existed gets four insurers and a case (assessed and split)
for every insurance-paid order once.
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
from desktop.demo.insurance import INSURERS
from desktop.models import AccidentCase, AccidentLine, Insurer, WorkOrder, WorkOrderLine
from desktop.services.insurance.cases import CaseService
from desktop.services.insurance.insurers import InsurerForm, InsurerService

LIST = [text("SELECT c.*, wo.number, v.plate, cu.name, i.name, i.branch FROM accident_case c "
             "JOIN work_order wo ON wo.id = c.work_order_id JOIN vehicle v ON v.id = wo.vehicle_id "
             "JOIN customer cu ON cu.id = wo.customer_id JOIN insurer i ON i.id = c.insurer_id "
             "WHERE c.state IN ('open', 'assessed', 'split') ORDER BY c.id DESC LIMIT 500"),
        text("SELECT case_id, sum(estimate), sum(assessed) FROM accident_line WHERE kind = 'item' AND case_id IN "
             "(SELECT id FROM accident_case WHERE state IN ('open', 'assessed', 'split') ORDER BY id DESC LIMIT 500) "
             "GROUP BY case_id")]
ONE = [text("SELECT * FROM accident_case WHERE id = :c"), text("SELECT * FROM accident_line WHERE case_id = :c"),
       text("SELECT * FROM accident_supplement WHERE case_id = :c"),
       text("SELECT * FROM work_order_line WHERE work_order_id = (SELECT work_order_id FROM accident_case WHERE id = :c)"),
       text("SELECT * FROM accident_document WHERE case_id = :c"),
       text("SELECT id, name, kind, size FROM attachment WHERE owner = 'accident' AND owner_id = :c"),
       text("SELECT * FROM invoice WHERE work_order_id = (SELECT work_order_id FROM accident_case WHERE id = :c) "
            "AND payer = 'insurance'")]
SHARE = text("SELECT i.name, count(DISTINCT c.id), sum(l.assessed) FROM insurer i JOIN accident_case c "
             "ON c.insurer_id = i.id LEFT JOIN accident_line l ON l.case_id = c.id WHERE c.accident_date >= :since "
             "GROUP BY i.name")
STATES = ("open", "assessed", "split", "paid", "closed", "closed", "closed", "closed")


def write_cases(db: Database) -> int:
    """Insurers, and a case on each insurance-paid order, in bulk."""
    rng = random.Random(5)
    ids = [InsurerService(db, "bench").save(InsurerForm(n, b, c, p, d, a)) for n, b, c, p, d, a in INSURERS]
    with db.write("bench") as s:
        orders = s.execute(select(WorkOrder.id, WorkOrder.opened_at).where(WorkOrder.id.in_(
            select(WorkOrderLine.work_order_id).where(WorkOrderLine.payer == "insurance")))
            .order_by(WorkOrder.id)).all()
        lines: dict[int, list[tuple[int, Decimal]]] = {}
        for oid, lid, amount in s.execute(select(WorkOrderLine.work_order_id, WorkOrderLine.id, WorkOrderLine.amount)
                                          .where(WorkOrderLine.payer == "insurance")):
            lines.setdefault(oid, []).append((lid, amount))
        now = datetime.now(UTC)
        cases, rows = [], []
        for n, (oid, opened) in enumerate(orders, 1):
            old = (now - opened).days > 60
            state = "closed" if old and rng.random() < 0.9 else rng.choice(STATES)
            cases.append({"id": n, "number": f"BX{opened.year}-{n:06d}", "work_order_id": oid,
                          "insurer_id": rng.choice(ids), "policy_no": "", "report_no": f"RDAA{n:012d}",
                          "accident_date": opened.astimezone().date(), "place": "", "kind": "own", "assessor": "",
                          "assessor_phone": "", "assessed_at": opened, "state": state, "deductible": 0,
                          "betterment": 0, "waived": 0, "waived_by": "", "direct_pay": True,
                          "authority_signed": False, "created_by": "bench", "updated_by": "bench", "version": 1})
            for lid, amount in lines.get(oid, []):
                rows.append({"case_id": n, "work_order_line_id": lid, "estimate": amount,
                             "assessed": amount if state != "open" else 0, "refused": False,
                             "customer_keeps": False, "kind": "item"})
        s.execute(insert(AccidentCase), cases)
        s.execute(insert(AccidentLine), rows)
        return len(cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(Insurer))
    if empty:
        print("writing the insurers and the cases (once) …", flush=True)
        write_cases(db)
    service = CaseService(db, "bench")
    with db.read() as s:
        case_id = int(s.scalar(select(AccidentCase.id).where(AccidentCase.state == "split").limit(1)) or 0)
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("work_order", "accident_case")}
    since = date.today() - timedelta(days=365)
    params = {"c": case_id, "since": since.isoformat()}

    def reads(*queries: object) -> Callable[[], object]:
        def run() -> object:
            with db.engine.connect() as conn:
                return [conn.execute(q, params).all() for q in queries]  # type: ignore[call-overload]
        return run

    rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]] = [
        ("the open accident cases", lambda: service.cases("open"), reads(*LIST), lambda: len(service.cases("open"))),
        ("an accident case opened", lambda: service.get(case_id), reads(*ONE), lambda: len(service.get(case_id).lines)),
        ("accident work by insurer", lambda: service.share_by_insurer(since), reads(SHARE),
         lambda: len(service.share_by_insurer(since))),
    ]
    try:
        print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
        report(rows, args.repeat, median_ms)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
