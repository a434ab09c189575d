"""Inspections on the big shop (300,000 work orders over three years, the inspection sheets
of the last five months: about 40 answers on every maintenance order), each figure against
the same reads in raw SQL on the same file:

- a technician's click: one answer saved and the sheet read back (what the screen shows
  next), against the same update and reads in raw SQL;
- what a car's last visit recommended and was not done (reception and the Inspection tab
  show it), against the same reads in raw SQL;
- the data of the health report of an order (before ReportLab lays it out).

    python -m bench.bench_inspection [--repeat 15]

Targets: each under 50 ms (a click must feel instant), and within 3x of raw SQL where
the raw reads take over 10 ms (below that, the fixed cost of a unit of work — a session,
a transaction, the rows made into records — is the figure, and the ratio says nothing
about how the reads scale).  A file made before the sheets existed gets them once, in
bulk (the demo's writer).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import func, select, text

from bench.bench_aftercare import SHOP, ensure, median_ms
from bench.figures import report
from desktop.db import open_database
from desktop.demo.workshop_forms import write_inspections
from desktop.models import Inspection
from desktop.services.documents.service import DocumentService
from desktop.services.inspection.records import AnswerForm
from desktop.services.inspection.service import InspectionService

SHEET = [
    text("SELECT * FROM inspection WHERE id = :sheet"),
    text("SELECT * FROM checklist WHERE id = :checklist"),
    text("SELECT * FROM checklist_item WHERE checklist_id = :checklist ORDER BY position"),
    text("SELECT * FROM inspection_answer WHERE inspection_id = :sheet ORDER BY item_id"),
    text("SELECT finding_id, approval FROM work_order_line WHERE finding_id IN "
         "(SELECT id FROM inspection_answer WHERE inspection_id = :sheet)"),
]
RECOMMENDED = [
    text("SELECT i.*, wo.number FROM inspection i JOIN work_order wo ON wo.id = i.work_order_id "
         "WHERE i.vehicle_id = :vehicle AND i.finished_at IS NOT NULL AND i.kind = 'inspection' "
         "ORDER BY i.finished_at DESC LIMIT 5"),
    text("SELECT * FROM checklist_item WHERE checklist_id = :checklist ORDER BY position"),
    text("SELECT * FROM inspection_answer WHERE inspection_id = :sheet AND finding != 'ok'"),
    text("SELECT finding_id, approval FROM work_order_line WHERE finding_id IN "
         "(SELECT id FROM inspection_answer WHERE inspection_id = :sheet)"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(Inspection))
    if empty:
        print("writing the inspection sheets (once) …", flush=True)
        with db.write("bench") as s:
            write_inspections(s, random.Random(7), datetime.now(UTC))
    inspections, documents = InspectionService(db, "bench"), DocumentService(db, "bench")
    with db.read() as s:
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("work_order", "inspection",
                                                                           "inspection_answer")}
        sheet = s.scalars(select(Inspection).where(Inspection.kind == "inspection")
                          .order_by(Inspection.id.desc()).limit(1)).one()
        sheet_id, checklist_id, order_id, vehicle_id = sheet.id, sheet.checklist_id, sheet.work_order_id, \
            sheet.vehicle_id
        with_finding = s.scalar(text("SELECT i.vehicle_id FROM inspection i JOIN inspection_answer a ON "
                                     "a.inspection_id = i.id WHERE a.finding != 'ok' ORDER BY i.id DESC LIMIT 1"))
    # the click: an open copy of the sheet to answer on (put back afterwards)
    with db.write("bench") as s:
        s.execute(text("UPDATE inspection SET finished_at = NULL WHERE id = :sheet"), {"sheet": sheet_id})
        item = s.scalar(text("SELECT item_id FROM inspection_answer WHERE inspection_id = :sheet LIMIT 1"),
                        {"sheet": sheet_id})
    findings = iter(["ok", "attention"] * 1000)

    def click() -> object:
        return inspections.answer(sheet_id, AnswerForm(int(item), next(findings)))

    def click_floor() -> object:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE inspection_answer SET finding = :f, answered_at = :at WHERE inspection_id = "
                              ":sheet AND item_id = :item"), {"f": next(findings), "at": datetime.now(UTC),
                                                               "sheet": sheet_id, "item": item})
            conn.execute(text("UPDATE inspection SET updated_at = :at WHERE id = :sheet"),
                         {"at": datetime.now(UTC), "sheet": sheet_id})
            return [conn.execute(q, {"sheet": sheet_id, "checklist": checklist_id}).all() for q in SHEET]

    def recommended_floor() -> object:
        with db.engine.connect() as conn:
            found = conn.execute(RECOMMENDED[0], {"vehicle": with_finding}).all()
            out = []
            for row in found[:1]:
                out += [conn.execute(q, {"sheet": row.id, "checklist": row.checklist_id}).all()
                        for q in RECOMMENDED[1:]]
            return out

    def report_floor() -> object:
        with db.engine.connect() as conn:
            out = [conn.execute(q, {"sheet": sheet_id, "checklist": checklist_id}).all() for q in SHEET]
            out.append(conn.execute(text("SELECT * FROM work_order WHERE id = :o"), {"o": order_id}).all())
            out.append(conn.execute(text("SELECT * FROM work_order_line WHERE work_order_id = :o"),
                                    {"o": order_id}).all())
            out.append(conn.execute(text("SELECT * FROM vehicle_due WHERE vehicle_id = :v"), {"v": vehicle_id}).all())
            return out

    rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]] = [
        ("a technician's click", click, click_floor, lambda: len(inspections.get(sheet_id).answers)),
        ("last visit's recommendations", lambda: inspections.recommendations(with_finding), recommended_floor,
         lambda: len(inspections.recommendations(with_finding))),
        ("the health report's data", lambda: documents.health_report(order_id), report_floor,
         lambda: len(documents.health_report(order_id).points)),
    ]
    try:
        print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))

        def around(name: str) -> None:  # the click answers an open sheet; the rest read a finished one
            finished = "NULL" if name == "a technician's click" else "coalesce(finished_at, updated_at)"
            with db.write("bench") as s:
                s.execute(text(f"UPDATE inspection SET finished_at = {finished} WHERE id = :sheet"),
                          {"sheet": sheet_id})

        report(rows, args.repeat, median_ms, around)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
