"""Plans and member cards on the big shop (300,000 work orders), each figure against the
same reads in raw SQL on the same file:

- the plans ending within 30 days (the renewal calls), with the customer, the car and the
  services used;
- the running plans of one car (the work order's Plans tab);
- the member cards in use (the first 2,000, with their paid-in, bonus and used sums);
- one card's ledger;
- the member's discount looked up (every line added for a customer);
- what the shop owes for money paid in advance, twelve months (cards and plans).

    python -m bench.bench_plans [--repeat 15]

Targets: a look-up under 50 ms, a list of up to 2,000 rows under 100 ms (as the other
lists at the counter), the liability (a report over the year) under 1 s; each within 3x of
raw SQL where the raw reads take over 10 ms.  A file made before plans existed gets
the demo's products, 30,000 plans sold on its cars, 8,000 cards with 120,000 ledger rows
and 3,000 coupons once.
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
from desktop.demo.plans import demo_plan_products
from desktop.models import CardEntry, Coupon, MemberCard, PlanContract, PlanProduct, Vehicle
from desktop.services.plans.cards import CardsService
from desktop.services.plans.contracts import PlansService
from desktop.services.plans.rules.plans import ends_on

EXPIRING = [text("SELECT p.*, c.name, v.plate, v.vin FROM plan_contract p JOIN customer c ON c.id = p.customer_id "
                 "JOIN vehicle v ON v.id = p.vehicle_id WHERE p.state = 'active' AND p.ends_on >= :today "
                 "AND p.ends_on <= :until ORDER BY p.ends_on, p.id LIMIT 2000"),
            text("SELECT l.plan_contract_id, count(DISTINCT l.work_order_id) FROM work_order_line l JOIN work_order o "
                 "ON o.id = l.work_order_id WHERE o.state <> 'cancelled' AND l.plan_contract_id IN (SELECT id FROM "
                 "plan_contract WHERE state = 'active' AND ends_on >= :today AND ends_on <= :until) "
                 "GROUP BY l.plan_contract_id")]
OF_CAR = [text("SELECT * FROM plan_contract WHERE vehicle_id = :v ORDER BY ends_on DESC"),
          text("SELECT l.plan_contract_id, count(DISTINCT l.work_order_id) FROM work_order_line l JOIN work_order o "
               "ON o.id = l.work_order_id WHERE l.plan_contract_id IN (SELECT id FROM plan_contract WHERE "
               "vehicle_id = :v) GROUP BY l.plan_contract_id")]
CARDS = [text("SELECT m.*, c.name FROM member_card m JOIN customer c ON c.id = m.customer_id "
              "WHERE m.state = 'active' ORDER BY m.id DESC LIMIT 2000"),
         text("SELECT card_id, kind, sum(amount) FROM card_entry WHERE card_id IN (SELECT id FROM member_card "
              "WHERE state = 'active' ORDER BY id DESC LIMIT 2000) GROUP BY card_id, kind")]
LEDGER = [text("SELECT * FROM card_entry WHERE card_id = :card ORDER BY id")]
MEMBER = [text("SELECT m.id, m.number, l.name, l.labour_discount_pct FROM member_card m JOIN member_level l "
               "ON l.id = m.level_id WHERE m.customer_id = :customer AND m.state = 'active' "
               "ORDER BY l.position DESC")]
OWED = [text("SELECT substr(at, 1, 7), kind, sum(amount) FROM card_entry WHERE at >= :since GROUP BY 1, 2"),
        text("SELECT sum(amount) FROM card_entry WHERE at < :since"),
        text("SELECT id, kind, price, services, starts_on, ends_on FROM plan_contract WHERE ends_on >= :since")]


def write_plans(db: Database) -> None:
    """The products, and plans, cards and coupons in bulk over the last year."""
    rng = random.Random(11)
    products = demo_plan_products(db)
    now = datetime.now(UTC)
    with db.write("bench") as s:
        kinds = {p.id: p for p in s.scalars(select(PlanProduct))}
        cars = s.execute(select(Vehicle.id, Vehicle.customer_id).order_by(Vehicle.id)).all()
        picked = rng.sample(cars, k=min(30_000, len(cars)))
        plans = []
        for n, (vid, cid) in enumerate(picked, 1):
            product = kinds[products[rng.choice(("MP3", "MP6", "EW2", "RA1", "RA1"))]]
            start = (now - timedelta(days=rng.randrange(0, 365))).astimezone().date()
            plans.append({"id": n, "number": f"PLN{start.year}-{n:06d}", "product_id": product.id, "kind": product.kind,
                          "name": product.name, "customer_id": cid, "vehicle_id": vid, "starts_on": start,
                          "ends_on": ends_on(start, product.months), "km": product.km, "services": product.services,
                          "package_id": product.package_id, "callouts": product.callouts, "tow_km": product.tow_km,
                          "covers": product.covers, "extras": product.extras, "terms": "", "price": product.price,
                          "state": "active", "sold_by": "bench", "sold_at": now, "created_by": "bench",
                          "updated_by": "bench", "version": 1})
        s.execute(insert(PlanContract), plans)
        holders = rng.sample(sorted({c for _v, c in cars}), k=min(8_000, len({c for _v, c in cars})))
        card_rows, entries = [], []
        levels = [products["C2000"], products["C5000"], products["C10000"]]
        for n, cid in enumerate(holders, 1):
            product = kinds[rng.choice(levels)]
            at = now - timedelta(days=rng.randrange(0, 365))
            balance = product.price + product.bonus
            entries.append({"card_id": n, "at": at, "by": "bench", "kind": "load", "amount": product.price,
                            "points": 0, "method": "wechat", "reference": "", "balance_after": product.price,
                            "points_after": 0, "note": ""})
            entries.append({"card_id": n, "at": at, "by": "bench", "kind": "bonus", "amount": product.bonus,
                            "points": 0, "method": "", "reference": "", "balance_after": balance,
                            "points_after": 0, "note": ""})
            for _ in range(13):
                at += timedelta(days=rng.randrange(1, 20))
                spend = min(balance, Decimal(rng.randrange(100, 800)))
                balance -= spend
                entries.append({"card_id": n, "at": min(at, now), "by": "bench", "kind": "spend", "amount": -spend,
                                "points": 0, "method": "", "reference": "", "balance_after": balance,
                                "points_after": 0, "note": ""})
            card_rows.append({"id": n, "number": f"M{n:010d}", "customer_id": cid, "level_id": product.level_id,
                              "pin_hash": "", "balance": balance, "points": 0, "state": "active", "issued_at": now,
                              "created_by": "bench", "updated_by": "bench"})
        s.execute(insert(MemberCard), card_rows)
        s.execute(insert(CardEntry), entries)
        today = now.astimezone().date()
        s.execute(insert(Coupon), [{"code": f"QB{n:08d}", "campaign": "bench", "customer_id": rng.choice(holders),
                                    "value": Decimal(50), "min_spend": Decimal(300), "valid_from": today,
                                    "valid_until": today + timedelta(days=60), "issued_at": now, "issued_by": "bench",
                                    "redeemed_by": ""} for n in range(1, 3001)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database("sqlite:///" + str(ensure(SHOP)))
    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(PlanContract))
    if empty:
        print("writing the plans, cards and coupons (once) …", flush=True)
        write_plans(db)
    plans, cards = PlansService(db, "bench"), CardsService(db, "bench")
    with db.read() as s:
        vehicle = int(s.scalar(select(PlanContract.vehicle_id).limit(1)) or 0)
        card = int(s.scalar(select(MemberCard.id).order_by(MemberCard.id.desc()).limit(1)) or 0)
        customer = int(s.scalar(select(MemberCard.customer_id).where(MemberCard.id == card)) or 0)
        sizes = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("plan_contract", "member_card",
                                                                           "card_entry")}
    today = date.today()
    since = (today.replace(day=1) - timedelta(days=335)).replace(day=1)
    params = {"v": vehicle, "card": card, "customer": customer, "today": today.isoformat(),
              "until": (today + timedelta(days=30)).isoformat(), "since": since.isoformat()}

    def reads(*queries: object) -> Callable[[], object]:
        def run() -> object:
            with db.engine.connect() as conn:
                return [conn.execute(q, params).all() for q in queries]  # type: ignore[call-overload]
        return run

    rows: list[tuple[str, Callable[[], object], Callable[[], object], Callable[[], int]]] = [
        ("plans ending within 30 days", lambda: plans.contracts(expiring_days=30), reads(*EXPIRING),
         lambda: len(plans.contracts(expiring_days=30))),
        ("the plans of a car", lambda: plans.of_vehicle(vehicle), reads(*OF_CAR),
         lambda: len(plans.of_vehicle(vehicle, running_only=False))),
        ("member cards in use", cards.cards, reads(*CARDS), lambda: len(cards.cards())),
        ("a card's ledger", lambda: cards.entries(card), reads(*LEDGER), lambda: len(cards.entries(card))),
        ("the member's discount", lambda: cards.member_of(customer), reads(*MEMBER), lambda: 1),
        ("paid in advance, 12 months", plans.liability, reads(*OWED), lambda: 12),
    ]
    try:
        print("  ".join(f"{k} {v:,}" for k, v in sizes.items()))
        report(rows, args.repeat, median_ms, targets={"paid in advance, 12 months": 1000.0,
                                                      "plans ending within 30 days": 100.0,
                                                      "member cards in use": 100.0})
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
