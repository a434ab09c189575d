"""A believable demo shop: a dealership in Shenzhen (粤B) with customers from around the
country, the makes and models sold in China, valid phones, plates (new-energy too) and
VINs with correct check digits.  The same generator, with bigger numbers, makes the
benchmark's big shop (bench/generate.py).  Later features add their own demo data here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update

from desktop.db import Database
from desktop.demo.aftercare import write_aftercare
from desktop.demo.appointments import write_appointments, write_campaigns, write_reminders
from desktop.demo.claims import demo_claims, write_recent_warranty, write_sanbao_car
from desktop.demo.ids import continue_ids
from desktop.demo.insurance import demo_accident_payments, demo_accidents
from desktop.demo.kpi import (
    demo_appraisals,
    demo_meetings,
    demo_sold_here,
    demo_targets,
    demo_training,
)
from desktop.demo.orders import Visit, ensure_staff, write_history, write_today
from desktop.demo.parts import write_parts
from desktop.demo.people import write_audit, write_clock, write_people
from desktop.demo.plans import DemoPlans, demo_card_aftermath
from desktop.demo.rescue import DemoRescue
from desktop.demo.workshop_forms import (
    demo_new_cars,
    write_inspections,
    write_notices,
    write_warranty,
)
from desktop.models import (
    AccidentCase,
    Customer,
    Insurer,
    OdometerReading,
    Vehicle,
    VehicleOwnership,
    WorkOrder,
)
from desktop.services.core.errors import Refused
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.customers.importing import Record, write_records
from desktop.services.customers.records import (
    CustomerForm,
    VehicleForm,
    check_customer,
    check_vehicle,
)
from desktop.services.customers.rules.catalogue import COLOURS
from desktop.services.customers.rules.vin import with_check_digit
from desktop.services.parts.service import PartsService
from desktop.services.workorders.workshop import WorkshopSetup

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤欧阳"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉梅建华志强建国红梅海燕晓东文"
    "斌宇浩然子涵欣怡梓轩一诺雨桐思远俊杰嘉怡佳琪天佑晨曦家豪宏伟立新永红春燕国庆"
)
COMPANY_WORDS = ("物流", "建设", "贸易", "科技", "电子", "餐饮", "租赁", "运输", "商贸", "实业")
DISTRICTS = ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区", "光明区", "坪山区")
STREETS = ("科技园路", "深南大道", "滨海大道", "建设路", "人民路", "新安路", "布吉路", "民治大道")
TAGS = ("吸烟", "偏好微信", "VIP", "车队客户", "老客户", "只接受短信", "急躁", "爱车如命")
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "170", "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "198", "199"]
# Most cars are local (粤B); the rest come from around the country.
PLATE_AREAS = (("粤", "B"),) * 14 + (
    ("粤", "A"), ("粤", "S"), ("粤", "E"), ("京", "A"), ("沪", "A"), ("湘", "A"), ("赣", "B"),
    ("鄂", "A"), ("川", "A"), ("桂", "A"), ("闽", "D"), ("浙", "B"), ("豫", "A"), ("苏", "E"),
)  # fmt: skip


@dataclass(frozen=True)
class ModelSpec:
    make: str
    wmi: str
    model: str
    series: str
    electric: bool  # new-energy plate


MODELS = (
    ModelSpec("大众", "LFV", "速腾", "1.4T 舒适版", False),
    ModelSpec("大众", "LFV", "迈腾", "330TSI 豪华版", False),
    ModelSpec("大众", "LSV", "朗逸", "1.5L 自动", False),
    ModelSpec("大众", "LSV", "帕萨特", "330TSI 精英版", False),
    ModelSpec("大众", "LSV", "途观L", "380TSI 四驱", False),
    ModelSpec("丰田", "LVG", "凯美瑞", "2.0G 豪华版", False),
    ModelSpec("丰田", "LVG", "汉兰达", "2.5L 双擎", False),
    ModelSpec("丰田", "LFM", "卡罗拉", "1.2T 先锋版", False),
    ModelSpec("丰田", "LFM", "RAV4荣放", "2.0L 两驱", False),
    ModelSpec("本田", "LHG", "雅阁", "260TURBO", False),
    ModelSpec("本田", "LHG", "飞度", "1.5L CVT", False),
    ModelSpec("本田", "LVH", "思域", "240TURBO", False),
    ModelSpec("本田", "LVH", "CR-V", "240TURBO 两驱", False),
    ModelSpec("日产", "LGB", "轩逸", "1.6L XL", False),
    ModelSpec("日产", "LGB", "天籁", "2.0T 智享版", False),
    ModelSpec("日产", "LGB", "奇骏", "2.0L 两驱", False),
    ModelSpec("别克", "LSG", "英朗", "1.3T 精英型", False),
    ModelSpec("别克", "LSG", "GL8", "ES 陆尊", False),
    ModelSpec("宝马", "LBV", "3系", "325Li M运动套装", False),
    ModelSpec("宝马", "LBV", "5系", "530Li 豪华套装", False),
    ModelSpec("宝马", "LBV", "X3", "xDrive30i", False),
    ModelSpec("奔驰", "LE4", "C级", "C260L", False),
    ModelSpec("奔驰", "LE4", "E级", "E300L", False),
    ModelSpec("奔驰", "LE4", "GLC", "GLC300L 4MATIC", False),
    ModelSpec("吉利", "L6T", "帝豪", "1.5L CVT", False),
    ModelSpec("吉利", "L6T", "星越L", "2.0TD 两驱", False),
    ModelSpec("长安", "LS5", "CS75 PLUS", "1.5T 尊贵型", False),
    ModelSpec("哈弗", "LGW", "H6", "1.5T 两驱", False),
    ModelSpec("比亚迪", "LGX", "秦PLUS", "DM-i 55KM", True),
    ModelSpec("比亚迪", "LGX", "汉", "EV 610KM", True),
    ModelSpec("比亚迪", "LGX", "宋PLUS", "DM-i 110KM", True),
    ModelSpec("比亚迪", "LGX", "元PLUS", "EV 510KM", True),
    ModelSpec("特斯拉", "LRW", "Model 3", "后轮驱动版", True),
    ModelSpec("特斯拉", "LRW", "Model Y", "长续航版", True),
)
YEAR_CODES = {2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
              2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T"}
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_CHARS = "0123456789" + _LETTERS


class DemoGenerator:
    def __init__(self, seed: int = 2026, today: date | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today or date.today()
        self.plates: set[str] = set()
        self.vins: set[str] = set()
        self.phones: set[str] = set()

    def name(self) -> str:
        r = self.rng
        surname = "欧阳" if r.random() < 0.01 else r.choice(SURNAMES[:-2])
        given = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")
        return surname + given

    def company(self) -> str:
        r = self.rng
        return f"深圳市{r.choice(SURNAMES[:-2])}{r.choice('华鑫达通盛丰源泰')}{r.choice(COMPANY_WORDS)}有限公司"

    def phone(self) -> str:
        while True:
            number = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def plate(self, electric: bool) -> str:
        r = self.rng
        while True:
            province, city = r.choice(PLATE_AREAS)
            if electric:
                tail = r.choice("DF") + r.choice(_PLATE_CHARS) + f"{r.randrange(10**4):04d}"
            else:
                # Mostly digits, with a letter or two (粤B3K8F2, 京A12345).
                letters = r.choice((0, 1, 1, 2))
                chars = [r.choice(_LETTERS) for _ in range(letters)]
                chars += [r.choice("0123456789") for _ in range(5 - letters)]
                r.shuffle(chars)
                tail = "".join(chars)
            plate = province + city + tail
            if plate not in self.plates:
                self.plates.add(plate)
                return plate

    def vin(self, spec: ModelSpec, year: int) -> str:
        r = self.rng
        while True:
            vds = "".join(r.choice(_VIN_CHARS) for _ in range(5))
            body = spec.wmi + vds + "0" + YEAR_CODES[year] + r.choice("ABCDEFGHJKLMN")
            vin = with_check_digit(body + f"{r.randrange(10**6):06d}")
            if vin not in self.vins:
                self.vins.add(vin)
                return vin

    def vehicle(self) -> VehicleForm:
        r = self.rng
        spec = r.choice(MODELS)
        year = r.choice([y for y in YEAR_CODES if y <= self.today.year])
        bought = date(year, 1, 1) + timedelta(days=r.randrange(0, 330))
        bought = min(bought, self.today - timedelta(days=7))
        age_days = max((self.today - bought).days, 1)
        km = int(age_days * r.uniform(20, 70))
        return VehicleForm(
            plate=self.plate(spec.electric),
            vin=self.vin(spec, year),
            make=spec.make,
            model=spec.model,
            series=spec.series,
            model_year=year,
            colour=r.choice(COLOURS),
            engine_no=("" if spec.electric and spec.make == "特斯拉" else
                       "".join(r.choice(_VIN_CHARS) for _ in range(3)) + f"{r.randrange(10**6):06d}"),
            purchase_date=bought,
            warranty_start=bought,
            odometer_km=km,
        )

    def customer(self) -> CustomerForm:
        r = self.rng
        company = r.random() < 0.08
        phones = [self.phone()]
        if r.random() < 0.15:
            phones.append(self.phone())
        if company and r.random() < 0.5:
            phones.append(f"0755-{r.randrange(2, 9)}{r.randrange(10**6, 10**7)}")
        return CustomerForm(
            name=self.company() if company else self.name(),
            kind="company" if company else "person",
            phones=phones,
            address=f"深圳市{r.choice(DISTRICTS)}{r.choice(STREETS)}{r.randrange(1, 999)}号",
            tax_id=("91440300" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10)))
            if company else "",
            tags=r.sample(TAGS, k=r.choice((0, 0, 0, 1, 1, 2))),
            preferred_contact=r.choice(("phone", "phone", "wechat", "sms")),
            consent_contact=r.random() > 0.05,
        )

    def records(self, customers: int, vehicles: int) -> list[Record]:
        """``customers`` customers owning ``vehicles`` vehicles between them (at least one
        each while there are enough), all checked by the same rules as the forms."""
        out: list[Record] = []
        for _ in range(customers):
            data, errors = check_customer(self.customer())
            assert not errors, errors
            out.append(Record(customer=data))
        for i in range(vehicles):
            owner = out[i] if i < customers else out[self.rng.randrange(customers)]
            vdata, errors = check_vehicle(self.vehicle(), self.today)
            assert not errors, errors
            owner.vehicles.append(vdata)
            owner.rows.append(i)
        return out


def create_demo(db: Database, customers: int = 300, vehicles: int = 380, seed: int = 2026) -> dict[str, Any]:
    """Fill an empty database with the demo shop; refused when it already holds customers."""
    with db.read() as s:
        existing = s.scalar(select(func.count()).select_from(Customer)) or 0
    if existing:
        raise Refused(
            Message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This database already holds {count} customers; the demo shop goes into an "
                    "empty database only.",
                ),
                {"count": existing},
            )
        )
    gen = DemoGenerator(seed)
    records = gen.records(customers, vehicles)
    setup = WorkshopSetup(db, "demo")
    setup.ensure_catalogue()
    if not setup_has_staff(db):
        ensure_staff(setup)
    with db.write("demo") as s:
        report = write_records(s, records, "demo")
        # Earlier odometer readings, a few visits a year, so the history has shape.
        readings: list[dict[str, Any]] = []
        vehicle_rows = s.execute(
            select(OdometerReading.vehicle_id, OdometerReading.km, OdometerReading.read_at,
                   Vehicle.purchase_date).join(Vehicle)
        ).all()
        for vid, km, at, bought in vehicle_rows:
            rate = km / max((at.date() - bought).days, 1) if bought else gen.rng.uniform(20, 60)
            days_back = 0
            for visit in range(gen.rng.randrange(1, 6)):
                # The last visit may have been any time before the reading on file, so every
                # month up to this one has its visits; the earlier ones months apart.
                days_back += gen.rng.randrange(3, 120) if visit == 0 else gen.rng.randrange(60, 200)
                earlier = int(km - days_back * rate * gen.rng.uniform(0.9, 1.0))
                when = at - timedelta(days=days_back)
                if earlier <= 0 or (bought and when.date() <= bought):
                    break
                readings.append({"vehicle_id": vid, "km": earlier, "source": "reception",
                                 "read_at": when.astimezone(UTC), "reason": "",
                                 "recorded_by": "demo"})
        if readings:
            s.execute(insert(OdometerReading), readings)
        # The first owner has had the car since it was bought.
        own = cast(Table, VehicleOwnership.__table__)
        bought_on = [
            {"vid": vid, "since": datetime.combine(day, time(10), UTC)}
            for vid, day in s.execute(select(Vehicle.id, Vehicle.purchase_date))
            if day is not None
        ]
        if bought_on:
            s.connection().execute(
                update(own).where(own.c.vehicle_id == bindparam("vid")).values(since=bindparam("since")),
                bought_on,
            )
        # Each earlier reception reading was a visit: it becomes a delivered work order.
        s.flush()
        now = datetime.now(UTC)
        owner: dict[int, int] = {vid: cid for vid, cid in s.execute(select(Vehicle.id, Vehicle.customer_id))}
        bought_year = {vid: (day.year if day else None) for vid, day in s.execute(
            select(Vehicle.id, Vehicle.purchase_date))}
        visits = [Visit(r["vehicle_id"], owner[r["vehicle_id"]], r["read_at"], r["km"],
                        bought_year[r["vehicle_id"]]) for r in readings]
        orders = write_history(s, visits, gen.rng, now)
        # Today: a dozen cars at reception and in the workshop.
        today_ids = gen.rng.sample(sorted(owner), k=min(12, len(owner)))
        last = {vid: km for vid, km, _at, _b in vehicle_rows}
        today = []
        # Today's reception reading replaces the "on file" one the import wrote.
        s.execute(delete(OdometerReading).where(OdometerReading.vehicle_id.in_(today_ids),
                                                OdometerReading.source == "import"))
        for i, vid in enumerate(today_ids):
            at = now - timedelta(minutes=20 + 35 * i)
            km = last.get(vid, 0) + gen.rng.randrange(5, 60)
            today.append(Visit(vid, owner[vid], at, km, bought_year[vid]))
            s.add(OdometerReading(vehicle_id=vid, km=km, read_at=at, source="work-order",
                                  recorded_by="demo"))
        # The last week's deliveries: the follow-up calls on today's list.
        others = sorted(set(owner) - set(today_ids))
        week_ids = gen.rng.sample(others, k=min(len(others), 10 + len(owner) // 40))
        s.execute(delete(OdometerReading).where(OdometerReading.vehicle_id.in_(week_ids),
                                                OdometerReading.source == "import"))
        week = []
        for i, vid in enumerate(week_ids):  # two of them yesterday: their first calls are due today
            day = (now - timedelta(days=1 if i < 2 else gen.rng.randrange(1, 7))).astimezone()
            at = day.replace(hour=gen.rng.randrange(8, 16), minute=gen.rng.randrange(60)).astimezone(UTC)
            km = last.get(vid, 0) + gen.rng.randrange(30, 400)
            week.append(Visit(vid, owner[vid], at, km, bought_year[vid]))
            s.add(OdometerReading(vehicle_id=vid, km=km, read_at=at, source="work-order", recorded_by="demo"))
        orders += write_history(s, week, gen.rng, now, rework_share=0)
        orders += len(write_today(s, today, gen.rng))
        parts = write_parts(s, gen.rng, now)
        pins = write_people(s, gen.rng)
        clocked, days = write_clock(s, gen.rng, now)
        write_audit(s, gen.rng, now)
        care = write_aftercare(s, gen.rng, now)
        booked = write_appointments(s, gen.rng, now)
        sheets = write_inspections(s, gen.rng, now)
        notices = write_notices(s, gen.rng, now)
        write_warranty(s, gen.rng)
        write_sanbao_car(s, gen.rng, now)
        write_recent_warranty(s, gen.rng, now)
        continue_ids(s)  # the rows below take new ids
        write_reminders(s, gen.rng, now)
        write_campaigns(s, gen.rng, now)
        continue_ids(s)  # on PostgreSQL, the next saved row gets a new id
    PartsService(db, "demo").classify()
    demo_purchasing(db)
    demo_shop(db)
    accidents = demo_accidents(db, random.Random(seed))
    plans = DemoPlans(db, random.Random(seed))
    rescue = DemoRescue(db, random.Random(seed), calls=8 if customers < 40 else 36)
    invoices = demo_invoices(db, random.Random(seed), plans=plans, rescue=rescue)
    demo_card_aftermath(db, random.Random(seed), plans.cards)
    rescues = rescue.finish()
    demo_accident_payments(db, random.Random(seed))
    small = customers < 40  # a handful of customers (the tests' shops): a short history of the rest too
    storage_checks = demo_new_cars(db, random.Random(seed), cars=4 if small else 12)
    claims = demo_claims(db, random.Random(seed))
    demo_targets(db, random.Random(seed))
    demo_sold_here(db, random.Random(seed))
    appraised = demo_appraisals(db, random.Random(seed), months=1 if small else 4)
    demo_training(db, random.Random(seed))
    demo_meetings(db, random.Random(seed))
    return {"inspections": sheets, "notices": notices, "storage_checks": storage_checks, "claims": claims,
            "accidents": accidents, "appraisals": appraised, "rescues": rescues,
            "customers": report.customers_created, "vehicles": report.vehicles_created,
            "readings": len(readings) + len(vehicle_rows), "orders": orders, "parts": parts,
            "invoices": invoices, "clockings": clocked, "attendance": days, "pins": pins, **care, **booked}


def demo_purchasing(db: Database) -> None:
    """Purchase orders from the review: one still a draft, one sent, one half delivered
    (the rest of what the review suggests is left for the clerk)."""
    from desktop.services.parts.purchasing import PurchasingService

    suggestions = [x for x in PartsService(db, "demo").reorder_review() if x.quantity > 0 and x.supplier]
    suppliers = sorted({x.supplier for x in suggestions})[:3]
    if not suggestions:
        return
    buying = PurchasingService(db, "demo")
    orders = buying.create_orders({x.part_id: x.quantity for x in suggestions if x.supplier in suppliers})
    for i, draft in enumerate(orders[1:], 1):
        sent = buying.send(draft.id, draft.version)
        if i == 2:
            half: dict[int, Decimal | str] = {line.id: max(line.quantity // 2, Decimal(1)) for line in sent.lines[: len(sent.lines) // 2 + 1]}
            buying.receive(sent.id, half)


def demo_shop(db: Database) -> None:
    """The demo shop's own details, for its documents (all invented)."""
    from desktop.services.system.settings import ShopSettings

    settings = ShopSettings(db, "demo")
    for name, value in (("shop_name", "鹏程汽车销售服务有限公司（演示）"), ("shop_address", "深圳市龙岗区汽车城大道88号"),
                        ("shop_phone", "0755-88886666"), ("shop_tax_id", "91440300MA5DEMO00X"),
                        ("shop_bank", "中国工商银行深圳龙岗支行 4000 0000 0000 0000 000"),
                        ("manufacturer_name", "一汽-大众销售有限责任公司")):
        if not settings.get(name):
            settings.set(name, value)


def demo_invoices(db: Database, rng: random.Random, days: int = 365, plans: DemoPlans | None = None,
                  rescue: DemoRescue | None = None) -> int:
    """Settle every order delivered in the last ``days``, each when it was delivered (the
    services' clock set to that moment, in time order, so the numbers, the chain and the
    dates agree): an invoice per payer, customers pay (mostly WeChat Pay, some cash with
    change, card, Alipay), a few leave a balance, the manufacturer and insurers owe theirs;
    one order in thirty gets a credit note for a line, found at the counter a little later.
    Older orders count as settled before ServiceBay."""
    import heapq

    from desktop.services.billing.records import PaymentForm
    from desktop.services.billing.service import InvoicingService

    since = datetime.now(UTC) - timedelta(days=days)
    with db.read() as s:
        delivered = list(s.execute(select(WorkOrder.id, WorkOrder.delivered_at).where(
            WorkOrder.state == "delivered", WorkOrder.delivered_at >= since).order_by(WorkOrder.delivered_at)))
        unsettled = set(s.scalars(select(AccidentCase.work_order_id).where(  # the assessor has not settled
            AccidentCase.state.in_(("open", "assessed")))))
        insurer: dict[int, str] = {o: name for o, name in s.execute(
            select(AccidentCase.work_order_id, Insurer.name).join(Insurer, Insurer.id == AccidentCase.insurer_id))}
    moment = [datetime.now(UTC)]
    money = InvoicingService(db, "qian", clock=lambda: moment[0])
    # What happens when: (time, tie-break, order id, or the invoice whose line is credited).
    events: list[tuple[datetime, int, str, int]] = []
    for n, (order_id, at) in enumerate(delivered):
        assert at is not None  # delivered orders have their moment
        events.append((at - timedelta(minutes=rng.randrange(8, 40)), n, "settle", order_id))
    # Plans sold, cards opened, the rescue desk's steps: in the same time order.
    extra: list[tuple[datetime, str, tuple[Any, ...], Any]] = []
    for source in (plans, rescue):
        if source is not None:
            extra += [(at, what, payload, source) for at, what, payload in source.events()]
    for k, (at, what, _payload, _source) in enumerate(extra):
        events.append((at, len(delivered) + k, what, k))
    heapq.heapify(events)
    issued, n = 0, len(events) + len(extra)
    while events:
        at, _, what, ident = heapq.heappop(events)
        moment[0] = at
        if what not in ("settle", "credit"):
            issued += extra[ident][3].handle(at, what, extra[ident][2], money)
            continue
        if what == "settle" and plans is not None:
            plans.before_settle(ident)
        if what == "credit":
            inv = money.get(ident)
            line = inv.lines[-1]
            money.credit(inv.id, {line.id: line.quantity}, "结算错误，重开")
            issued += 1
            continue
        for b in money.settlement(ident).bills:
            if not b.uninvoiced or (b.payer == "insurance" and ident in unsettled):
                continue
            name = insurer.get(ident, "平安财产保险") if b.payer == "insurance" else ""
            inv = money.issue_for_order(ident, b.payer, name, approved_by="zheng")
            issued += 1
            if b.payer != "customer" or rng.random() < 0.04:
                continue  # the manufacturer and insurers pay later; a few customers too
            moment[0] = at + timedelta(minutes=rng.randrange(1, 4))
            method = rng.choices(("wechat", "alipay", "card", "cash"), (55, 20, 15, 10))[0]
            member = plans.payment(inv.customer_id, inv.total) if plans is not None else None
            if member is not None:
                money.take_payment(inv.id, member)
            elif method == "cash":
                tendered = (inv.total / 100).to_integral_value(rounding="ROUND_CEILING") * 100
                money.take_payment(inv.id, [PaymentForm("cash", tendered=tendered)])
            else:
                money.take_payment(inv.id, [PaymentForm(method, inv.total, f"{rng.randrange(10**12):012d}")])
            if rng.random() < 1 / 30 and len(inv.lines) > 1:
                n += 1
                heapq.heappush(events, (at + timedelta(minutes=rng.randrange(5, 30)), n, "credit", inv.id))
    return issued


def setup_has_staff(db: Database) -> bool:
    from desktop.models import Staff

    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Staff)))
