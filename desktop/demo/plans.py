"""The demo shop's plans and cards over the year: the products on sale (maintenance plans,
extended warranties, roadside assistance, three card tiers with their levels), plans sold
at the counter and invoiced, cards opened and loaded, a winter coupon campaign; members
paying from their cards, with coupons and points; maintenance plans used on the service
visits that followed (some used up, some ending in the next weeks); one lost card
replaced and one refunded by the manager.

Everything that issues an invoice happens in time order inside ``demo_invoices`` (the
invoice chain is dated in the order of issue): this module hands it the sale events and
is asked, at each settlement, whether a plan pays the visit and how a member pays."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from desktop.db import Database
from desktop.models import Customer, PlanContract, WorkOrder, WorkOrderLine
from desktop.services.billing.records import PaymentForm
from desktop.services.core.errors import ValidationFailed
from desktop.services.plans.cards import CardsService
from desktop.services.plans.contracts import PlansService
from desktop.services.plans.coupons import CouponsService
from desktop.services.plans.products import ProductsService
from desktop.services.plans.records import ProductForm, SaleForm
from desktop.services.plans.use import used_counts

MANAGER, CASHIER, ADVISOR = "zheng", "qian", "lina"
SERVICE_CONCERNS = ("做保养", "常规保养，顺便检查轮胎", "保养到期了", "换机油机滤", "首保")
TERMS_MAINTENANCE = ("一、本套餐限登记车辆使用，每次进厂保养计一次，不可折现、不可转让他车。\n"
                     "二、有效期内未使用的次数到期作废；车辆过户时可随车转给新车主。\n"
                     "三、套餐外项目按本店价格另行结算。")
TERMS_EXTENSION = ("一、延保自原厂保修期满之日起生效，保障范围以合同所列总成为准。\n"
                   "二、须按厂家规定在授权服务站定期保养，否则延保失效。\n"
                   "三、易损件、事故及人为损坏不在保障范围内。")
TERMS_ROADSIDE = ("一、7×24 小时救援热线，服务范围：市区及周边 100 公里。\n"
                  "二、每年免费救援次数及拖车里程以合同为准，超出部分按标准收费。")
TERMS_CARD = ("一、储值卡余额可用于本店维修保养消费，不可提现；赠送金额不予退还。\n"
              "二、卡片遗失请及时挂失补办，余额转入新卡。")


def demo_plan_products(db: Database) -> dict[str, int]:
    products = ProductsService(db, MANAGER)
    levels = {name: products.save_level(None, name, labour, parts, points, pos).id
              for pos, (name, labour, parts, points) in enumerate(
                  (("普通", "0", "0", "1"), ("银卡", "10", "5", "1.5"), ("金卡", "15", "8", "2")))}
    packages = {code: pid for pid, code in db_packages(db)}
    made = {}
    for form in (
        ProductForm("MP3", "保养套餐 3 次", "maintenance", "1280", 24, services=3, package_id=packages.get("P5000"),
                    extras="免费洗车 3 次", terms=TERMS_MAINTENANCE),
        ProductForm("MP6", "保养套餐 6 次", "maintenance", "2380", 36, services=6, package_id=packages.get("P5000"),
                    extras="免费洗车 6 次，四轮定位 1 次", terms=TERMS_MAINTENANCE),
        ProductForm("EW2", "动力总成延保 2 年/6 万公里", "extension", "3200", 24, km=60000, covers="powertrain",
                    terms=TERMS_EXTENSION),
        ProductForm("EW3", "全车延保 3 年/10 万公里", "extension", "5800", 36, km=100000,
                    covers="powertrain,electrics", terms=TERMS_EXTENSION),
        ProductForm("RA1", "道路救援 1 年", "roadside", "298", 12, callouts=4, tow_km=100, terms=TERMS_ROADSIDE),
        ProductForm("C2000", "储值卡 2000 送 100", "card", "2000", 12, bonus="100", level_id=levels["普通"],
                    terms=TERMS_CARD),
        ProductForm("C5000", "银卡 5000 送 400", "card", "5000", 12, bonus="400", level_id=levels["银卡"],
                    terms=TERMS_CARD),
        ProductForm("C10000", "金卡 10000 送 1200", "card", "10000", 12, bonus="1200", level_id=levels["金卡"],
                    terms=TERMS_CARD),
    ):
        made[form.code] = products.save_product(None, form).id
    return made


def db_packages(db: Database) -> list[tuple[int, str]]:
    from desktop.models import MaintenancePackage

    with db.read() as s:
        return [(i, c) for i, c in s.execute(select(MaintenancePackage.id, MaintenancePackage.code))]


class DemoPlans:
    """The plan and card events of the year, and the settlement's questions."""

    def __init__(self, db: Database, rng: random.Random, days: int = 365) -> None:
        self.db, self.rng = db, rng
        self.products = demo_plan_products(db)
        self.cards: dict[int, str] = {}  # customer -> card number
        self.moment = [datetime.now(UTC)]
        clock = self._clock
        self.plans = PlansService(db, ADVISOR, clock)
        self.card_desk = CardsService(db, CASHIER, clock)
        self.since = datetime.now(UTC) - timedelta(days=days)

    def _clock(self) -> datetime:
        return self.moment[0]

    def events(self) -> list[tuple[datetime, str, tuple[Any, ...]]]:
        """Plans sold to the year's visitors (at a visit's delivery, as advisors sell them),
        cards opened and topped up."""
        r = self.rng
        with self.db.read() as s:
            visits = list(s.execute(select(WorkOrder.customer_id, WorkOrder.vehicle_id, WorkOrder.delivered_at)
                                    .where(WorkOrder.state == "delivered", WorkOrder.delivered_at >= self.since)
                                    .order_by(WorkOrder.delivered_at)))
            companies = set(s.scalars(select(Customer.id).where(Customer.kind == "company")))
        seen: set[int] = set()
        out: list[tuple[datetime, str, tuple[Any, ...]]] = []
        for customer_id, vehicle_id, at in visits:
            if at is None or customer_id in seen or customer_id in companies:
                continue
            seen.add(customer_id)
            roll = r.random()
            first = ("MP3", "C5000", "RA1")  # a small shop has each kind too
            if len(seen) <= len(first):
                roll = {"MP3": 0.05, "C5000": 0.21, "RA1": 0.15}[first[len(seen) - 1]]
            when = at - timedelta(minutes=r.randrange(10, 30))
            if at < self.since + timedelta(days=40) and roll < 0.25 and len(seen) > len(first):
                code = "RA1"  # last winter's assistance years: the renewal calls of these weeks
            elif roll < 0.10:
                code = "MP3" if roll == 0.05 else r.choices(("MP3", "MP6"), (70, 30))[0]
            elif roll < 0.14:
                code = r.choice(("EW2", "EW2", "EW3"))
            elif roll < 0.20:
                code = "RA1"
            elif roll < 0.27:
                code = "C5000" if roll == 0.21 else r.choices(("C2000", "C5000", "C10000"), (55, 35, 10))[0]
                out.append((when, "card", (customer_id, self.products[code])))
                if r.random() < 0.3:  # topped up months later
                    out.append((when + timedelta(days=r.randrange(60, 200)), "load", (customer_id,)))
                continue
            else:
                continue
            out.append((when, "plan", (self.products[code], customer_id, vehicle_id)))
        return out

    def handle(self, at: datetime, what: str, payload: tuple[Any, ...], money: Any) -> int:
        """One event at its moment; the invoices it issued."""
        if at > datetime.now(UTC):
            return 0
        self.moment[0] = at
        if what == "plan":
            product, customer_id, vehicle_id = payload
            try:
                plan = self.plans.sell(SaleForm(product, customer_id, vehicle_id))
            except ValidationFailed:  # the car has changed hands since
                return 0
            assert plan.invoice_id is not None
            self.moment[0] = at + timedelta(minutes=2)
            invoice = money.get(plan.invoice_id)
            method = self.rng.choices(("wechat", "alipay", "card"), (60, 25, 15))[0]
            money.take_payment(invoice.id, [PaymentForm(method, invoice.total, f"{self.rng.randrange(10**12):012d}")])
            return 1
        if what == "card":
            customer_id, product = payload
            method = self.rng.choices(("wechat", "card", "cash", "alipay"), (45, 30, 15, 10))[0]
            receipt = self.card_desk.open(customer_id, product, method, f"{self.rng.randrange(10**12):012d}",
                                          pin=f"{self.rng.randrange(10**6):06d}" if self.rng.random() < 0.3 else "")
            self.cards[customer_id] = receipt.card.number
        elif what == "load" and payload[0] in self.cards:
            card = self.card_desk.find(self.cards[payload[0]])
            if card is not None and card.state == "active":
                self.card_desk.load(card.id, "wechat", amount=str(self.rng.choice((1000, 2000, 3000))),
                                    reference=f"{self.rng.randrange(10**12):012d}")
        return 0

    def before_settle(self, order_id: int) -> None:
        """A service visit of a car with a maintenance plan: the plan pays its lines."""
        with self.db.write("demo") as s:
            order = s.get(WorkOrder, order_id)
            if order is None or order.concern not in SERVICE_CONCERNS:
                return
            day = order.opened_at.astimezone().date()
            plans = list(s.scalars(select(PlanContract).where(
                PlanContract.vehicle_id == order.vehicle_id, PlanContract.kind == "maintenance",
                PlanContract.state == "active", PlanContract.starts_on <= day, PlanContract.ends_on >= day)))
            used = used_counts(s, [p.id for p in plans])
            plan = next((p for p in plans if used.get(p.id, 0) < p.services), None)
            if plan is None:
                return
            s.execute(update(WorkOrderLine).where(WorkOrderLine.work_order_id == order_id,
                                                  WorkOrderLine.payer == "customer")
                      .values(payer="plan", plan_contract_id=plan.id))

    def payment(self, customer_id: int | None, total: Decimal) -> list[PaymentForm] | None:
        """How a member pays, when they pay from their card (most of them do, when it holds
        enough; a card with a PIN is typed at the counter)."""
        number = self.cards.get(customer_id or 0)
        if number is None or self.rng.random() < 0.3:
            return None
        card = self.card_desk.find(number)
        if card is None or card.state != "active" or card.balance < total or card.has_pin:
            return None
        return [PaymentForm("stored", total, number)]


def demo_card_aftermath(db: Database, rng: random.Random, cards: dict[int, str]) -> None:
    """Today's counter: a lost card replaced, one refunded by the manager, a winter coupon
    campaign for last year's members."""
    desk = CardsService(db, CASHIER)
    numbers = sorted(cards.values())
    if len(numbers) >= 2:
        lost = desk.find(numbers[0])
        if lost is not None and lost.state == "active":
            desk.replace(lost.id)
        gone = desk.find(numbers[-1])
        if gone is not None and gone.state == "active":
            CardsService(db, MANAGER).refund(gone.id, "transfer", "客户迁居外地，退还未用余额", "BANK-DEMO-1")
    customers = sorted(cards)[: 40]
    today = datetime.now(UTC).astimezone().date()
    if customers:
        CouponsService(db, MANAGER).issue("冬季关爱 50 元券", "50", today - timedelta(days=20),
                                          today + timedelta(days=70), customer_ids=customers, min_spend="300")
    CouponsService(db, MANAGER).issue("新车主到店礼 30 元券", "30", today - timedelta(days=5), today + timedelta(days=60),
                                      count=20, min_spend="200")
