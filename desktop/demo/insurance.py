"""The demo shop's accident repairs: four insurers with their assessors; a case on each
insurance-paid order of the last months, assessed below the shop's estimate now and then,
some with a supplement or a refused item, split with the deductible; the insurers have
paid the older ones, part of some, and owe the recent ones; the newest still wait for the
assessor."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from desktop.db import Database
from desktop.models import AccidentCase, WorkOrder, WorkOrderLine
from desktop.services.billing.service import InvoicingService
from desktop.services.insurance.cases import CaseForm, CaseService
from desktop.services.insurance.insurers import InsurerForm, InsurerService

CLERK = "mengxue"  # the demo's insurance clerk
INSURERS = (
    ("中国人保财险", "深圳市分公司", "王经理", "0755-95518", 30, (("李定损", "13902220001"), ("周定损", "13902220002"))),
    ("中国平安财产保险", "深圳分公司", "陈主管", "0755-95511", 20, (("黄定损", "13902220003"),)),
    ("太平洋财产保险", "深圳分公司", "刘经理", "0755-95500", 45, (("吴定损", "13902220004"),)),
    ("中国人寿财产保险", "深圳市分公司", "赵经理", "0755-95519", 30, (("郑定损", "13902220005"),)),
)
PLACES = ("深南大道与科苑路口", "北环大道", "小区地下停车场", "宝安大道", "滨海大道", "商场停车场")


def demo_accidents(db: Database, rng: random.Random, cases: int = 24) -> int:
    """Cases on the delivered insurance orders of the last months (before they are invoiced)."""
    insurers = InsurerService(db, CLERK)
    ids = [insurers.save(InsurerForm(n, b, c, p, d, a)) for n, b, c, p, d, a in INSURERS]
    with db.read() as s:
        orders = list(s.execute(select(WorkOrder.id, WorkOrder.opened_at).where(
            WorkOrder.state == "delivered", WorkOrder.id.in_(select(WorkOrderLine.work_order_id).where(
                WorkOrderLine.payer == "insurance"))).order_by(WorkOrder.opened_at.desc()).limit(cases)))
    service = CaseService(db, CLERK)
    made = 0
    for n, (order_id, opened) in enumerate(orders):
        day = opened.astimezone().date() - timedelta(days=rng.randrange(0, 3))
        case_id = service.open_case(order_id, CaseForm(
            rng.choices(ids, (40, 30, 20, 10))[0], f"RDAA{day:%Y}4403{rng.randrange(10**10):010d}", day,
            f"PDAA{day:%Y}4403{rng.randrange(10**8):08d}", rng.choice(PLACES),
            rng.choice(("own", "own", "third_party")), rng.choice(("李定损", "黄定损", "吴定损", "郑定损"))))
        made += 1
        case = service.get(case_id)
        if n < 2:
            continue  # the newest wait for the assessor
        ratio = Decimal(rng.choice(("1", "1", "0.95", "0.9", "0.85")))
        items = {x.id: (str((x.estimate * ratio).quantize(Decimal("0.01"))), False, False) for x in case.items}
        if n % 5 == 3:  # the insurer refused the wheel alignment; the customer has it done anyway
            cheapest = min(case.items, key=lambda x: x.estimate)
            items[cheapest.id] = ("0", True, True)
        assessed = sum((Decimal(a) for a, refused, _k in items.values() if not refused), Decimal(0))
        deductible = next(d for d in (Decimal(rng.choice((0, 0, 200, 300, 500))), Decimal(0)) if d <= assessed / 2)
        betterment = Decimal(50) if n % 4 == 1 and assessed > 500 else Decimal(0)
        case = service.assess(case_id, case.version, items, deductible, betterment)
        if n < 4:
            continue  # assessed, the split still to be agreed
        service.apply_split(case_id, case.version)
    return made


def demo_accident_payments(db: Database, rng: random.Random) -> int:
    """The insurers' transfers: the older cases paid (closed), some in part, the recent owed."""
    service = CaseService(db, CLERK)
    money = InvoicingService(db, "qian")
    with db.read() as s:
        cases = list(s.execute(select(AccidentCase.id, AccidentCase.accident_date).where(
            AccidentCase.state == "split").order_by(AccidentCase.accident_date)))
    paid = 0
    for case_id, day in cases:
        case = service.get(case_id)
        if not case.invoice_number:  # settled before the demo's last 150 orders: the cashier invoiced it then
            bill = money.settlement(case.work_order_id)
            for b in bill.bills:
                if b.uninvoiced and b.payer in ("insurance", "customer"):
                    money.issue_for_order(case.work_order_id, b.payer, case.insurer if b.payer == "insurance" else "")
            case = service.get(case_id)
        if case.owed <= 0 or (date.today() - day).days < 20:
            continue
        if rng.random() < 0.25:
            service.receive(case_id, (case.owed / 2).quantize(Decimal("0.01")), f"TR{rng.randrange(10**10):010d}")
        else:
            case = service.receive(case_id, case.owed, f"TR{rng.randrange(10**10):010d}")
            if rng.random() < 0.7:
                service.close(case_id, case.version)
            paid += 1
    return paid
