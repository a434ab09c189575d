"""The demo shop's targets and fixed costs: the manager set the year's targets in January
(orders, parts gross profit, the usual rates), a busier target for the summer months, one
advisor's own, and entered the dealership's fixed costs month by month up to last month."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from desktop.db import Database
from desktop.models import Staff
from desktop.services.common.dates import add_months
from desktop.services.kpi.targets import TargetService

MANAGER = "zheng"
YEAR_TARGETS = {"orders": "900", "parts_gross_profit": "200000", "revenue_per_order": "650", "rework_rate": "3",
                "on_time": "90", "complaint_rate": "2", "appointment_share": "40", "no_show_rate": "10",
                "followup_reach": "95", "satisfaction": "4.5", "days_to_delivery": "1", "efficiency": "70"}


def demo_targets(db: Database, rng: random.Random, today: date | None = None) -> int:
    """The targets and fixed costs written; the number of months with their costs."""
    today = today or date.today()
    targets = TargetService(db, MANAGER)
    for year in (today.year - 1, today.year):
        for key, value in YEAR_TARGETS.items():
            targets.set_target(year, 0, key, value)
        for month in (7, 8, 9):  # the summer's air-conditioning and holiday trips
            targets.set_target(year, month, "orders", "95")
    with db.read() as s:
        advisor = s.scalar(select(Staff.id).where(Staff.role == "advisor", Staff.active.is_(True)).order_by(Staff.id))
    if advisor is not None:  # the senior advisor carries more than an equal share
        targets.set_target(today.year, 0, "orders", "400", person=advisor, role="advisor")
    first, months = add_months(today.replace(day=1), -12), 0
    while first < today.replace(day=1):
        amount = 42_000 + rng.randrange(0, 60) * 100  # rent, salaries, depreciation, utilities
        targets.set_fixed_cost(first, str(amount), "房租、工资、折旧、水电")
        first, months = add_months(first, 1), months + 1
    return months


def _at(moment: datetime) -> Callable[[], datetime]:
    """A clock stopped at ``moment`` (UTC), for what the demo's people did on a past day."""
    return lambda: moment.astimezone(UTC)


def demo_appraisals(db: Database, rng: random.Random, today: date | None = None, months: int = 4) -> int:
    """The last ``months`` months appraised and signed (the manager scores, the owner signs
    as the manager's manager), last month still being scored in its window, this month's
    goals agreed; one technician with three A months (an award due), one with two D months
    (an improvement plan due), a grade adjusted with its reason and an advisor's appeal
    answered."""
    from desktop.services.core.desk import Actor, Desk
    from desktop.services.core.permissions import ALL
    from desktop.services.kpi.appraisal import AppraisalService, ItemForm
    from desktop.services.kpi.figures import AppraisalFigures
    from desktop.services.kpi.rules import appraisal as rules

    today = today or date.today()
    this = today.replace(day=1)
    manager = AppraisalService(db, MANAGER)
    owner = AppraisalService(db, "admin")
    with db.read() as s:
        people = list(s.execute(select(Staff.id, Staff.login, Staff.role).where(
            Staff.active.is_(True), Staff.role != "admin").order_by(Staff.id)))
        techs = [i for i, _, role in people if role == "technician"]
    star, weak = (techs[0], techs[-1]) if len(techs) > 1 else (None, None)
    appellant = next((i for i, login, role in people if role == "advisor" and login), None)
    # The month's own goal of an advisor is scored on the information clerk's survey, a
    # technician's on the foreman's 5S check: they enter the figures, mostly on time.
    owners = {role: next(((i, login) for i, login, r in people if r == role and login), None)
              for role in ("information", "foreman")}
    figures_day = 3
    made = 0
    for back in range(months, -1, -1):
        month = add_months(this, -back)
        manager.plan_month(month)
        if back == 0:
            break  # this month: the goals agreed, nothing to score yet
        for staff_id, login, role in people:
            if login == MANAGER:
                continue  # the service manager is appraised by the owner, off the demo
            view = manager.plan(staff_id, month)
            owned = owners.get("information" if role == "advisor" else "foreman" if role == "technician" else "")
            if back == months and owned is not None and owned[0] != staff_id:
                goal, target = ("回访满意度（信息员统计）", "4.5") if role == "advisor" else ("5S现场检查得分（车间主管）", "90%")
                view = manager.save_items(view.id, view.version, [
                    ItemForm(i.text, i.weight, i.kind, i.measure, i.target) if i.kind == "measure" else
                    ItemForm(goal, i.weight, target=target, owner_id=owned[0]) for i in view.items], view.probation)
            if role in ("advisor", "technician", "inspector", "foreman"):
                view = manager.fill_from_records(view.id)
            owed = back == 1 and staff_id in (appellant, techs[1] if len(techs) > 2 else None)  # still to enter
            if owned is not None and not owed:
                due = rules.figures_due(month, figures_day)
                on = min(due + timedelta(days=2 if rng.random() < 0.2 else 0), today)
                at = datetime.combine(on, time(9 + rng.randrange(8), rng.randrange(60))).astimezone()
                clerk = AppraisalFigures(db, Desk(Actor(owned[1], owned[1], owned[0], frozenset({"staff"}), ALL)),
                                         clock=_at(at))
                for item in view.items:
                    if item.kind == "goal" and item.owner_id == owned[0]:
                        clerk.enter(item.id, rng.choice(("4.6", "4.8", "4.3") if role == "advisor" else
                                                        ("95%", "92%", "88%")))
                view = manager.get(view.id)
            level = Decimal("1.25") if staff_id == star and back <= 3 else Decimal("0.78") if (
                staff_id == weak and back <= 2) else Decimal(rng.randrange(88, 112)) / 100
            # Who has a login signs at a desk; a technician signs the printed form, the manager
            # enters their self-score and records the signature.
            person = AppraisalService(db, Desk(Actor(login, login, staff_id, frozenset({role}), ALL))) if login \
                else manager
            mine = {i.id: min(Decimal(i.weight) * Decimal("1.5"), (Decimal(i.weight) * (level + Decimal(
                rng.randrange(-5, 8)) / 100)).quantize(Decimal("0.1"))) for i in view.items}
            view = person.self_score(view.id, view.version, mine)
            if back == 1 and staff_id not in (star, weak) and rng.random() < 0.4:
                continue  # last month: still with the manager, inside its scoring window
            theirs = {i.id: min(Decimal(i.weight) * Decimal("1.5"), (Decimal(i.weight) * level).quantize(
                Decimal("0.1"))) for i in view.items}
            view = manager.manager_score(view.id, view.version, theirs)
            made += 1
            if back == 2 and staff_id not in (star, weak) and view.grade == "D" and rng.random() < 0.5:
                view = manager.adjust_grade(view.id, view.version, "C", "当月因配件缺货返工，非个人原因")
            if back == 1 and rng.random() < 0.5:
                continue  # last month: signatures still being collected
            view = person.sign(view.id, view.version, "employee")
            view = manager.sign(view.id, view.version, "manager")
            view = owner.sign(view.id, view.version, "head")
            if staff_id == appellant and back == 2:
                view = person.appeal(view.id, view.version, "当月两起投诉都是配件缺货延误，不是接待问题。")
                manager.decide_appeal(view.id, view.version, "核实属实：一起投诉不计入本人，维持原等级。")
    return made


COURSES = ("新能源高压安全", "发动机故障诊断", "客户沟通技巧", "厂家新车型技术培训", "5S现场管理", "索赔政策更新")


def demo_training(db: Database, rng: random.Random, today: date | None = None) -> int:
    """Two or three courses a person over the year: the past ones held (most passed), the
    coming ones planned."""
    from datetime import timedelta

    from desktop.services.kpi.training import TrainingService

    today = today or date.today()
    service = TrainingService(db, MANAGER)
    with db.read() as s:
        people = list(s.scalars(select(Staff.id).where(Staff.active.is_(True), Staff.role != "admin")))
    made = 0
    for staff_id in people:
        for course in rng.sample(COURSES, k=rng.randrange(2, 4)):
            day = today + timedelta(days=rng.randrange(-300, 60))
            row = service.plan(staff_id, course, day)
            if day < today:
                service.record(row.id, day, rng.random() < 0.85)
            made += 1
    return made


ACTIONS = ("制定返修车复检清单", "配件缺货每周通报", "更新保养套餐价格表", "整理客户休息区", "培训新员工接待流程",
           "跟进三包预警车辆", "清理呆滞配件", "检查举升机安全", "优化预约时段")
PROBLEMS = (("前台打印机经常卡纸", "已更换搓纸轮"), ("2号工位举升机有异响", "已请厂家检修，更换液压油"),
            ("洗车房排水不畅", "已疏通，每周检查一次"), ("客户休息区WiFi太慢", ""))


def demo_meetings(db: Database, rng: random.Random, today: date | None = None, months: int = 6) -> int:
    """A meeting a month for the last ``months`` months, minuted, with action items followed
    up at the next (a few still open, two past due), next month's announced; problems raised
    by staff, most answered."""
    from datetime import datetime, time, timedelta

    from desktop.services.kpi.meetings import MeetingService, NewItem

    today = today or date.today()
    with db.read() as s:
        people = list(s.scalars(select(Staff.id).where(Staff.active.is_(True), Staff.role != "admin")))
    moment = [datetime.now().astimezone()]
    service = MeetingService(db, MANAGER, clock=lambda: moment[0])
    held = 0
    for back in range(months, 0, -1):
        day = add_months(today.replace(day=1), -back) + timedelta(days=rng.randrange(3, 20))
        when = datetime.combine(day, time(16, 30)).astimezone()
        moment[0] = when - timedelta(days=5)
        made = service.announce(when, f"{day:%m}月售后例会", "1. 上次会议事项跟进\n2. 返修和投诉案例\n3. 本月指标", "二楼会议室")
        moment[0] = when + timedelta(hours=1)
        reviewed = {i.id: (rng.random() < 0.75, "已落实" if rng.random() < 0.7 else "")
                    for i in made.to_review}
        actions = [NewItem(text, rng.choice(people), (when + timedelta(days=rng.randrange(7, 25))).date())
                   for text in rng.sample(ACTIONS, k=rng.randrange(2, 4))]
        service.minutes(made.id, made.version, "郑经理、李娜、周杰、王芳、孙主管、赵质检、刘库管", "返修车一律由质检复检后交车",
                        "", reviewed, actions)
        held += 1
    moment[0] = datetime.now().astimezone()
    service.announce(moment[0] + timedelta(days=5), f"{moment[0] + timedelta(days=5):%m}月售后例会",
                     "1. 上次会议事项跟进\n2. 年度目标", "二楼会议室")
    for text, answer in PROBLEMS:
        raised = MeetingService(db, "lina").raise_problem(text)
        service.assign(raised.id, rng.choice(people), today + timedelta(days=rng.randrange(-5, 7)))
        if answer:
            service.close(raised.id, answer)
    return held


def demo_sold_here(db: Database, rng: random.Random, today: date | None = None) -> int:
    """Cars the dealership sold itself (customer share, 顾客占有率): of the customers' cars
    bought in the last two and a half years, about half were sold here — on file as stock
    cars handed over to their buyer on the day they were bought.  The number written."""
    from desktop.models import StockCar, Vehicle

    today = today or date.today()
    with db.write("demo") as s:
        taken = set(s.scalars(select(StockCar.vehicle_id)))
        cars = s.execute(select(Vehicle.id, Vehicle.customer_id, Vehicle.purchase_date).where(
            Vehicle.purchase_date.is_not(None), Vehicle.purchase_date >= add_months(today, -30),
            Vehicle.purchase_date < today, Vehicle.archived_at.is_(None)).order_by(Vehicle.id)).all()
        sold = [c for c in cars if c.id not in taken and rng.random() < 0.5]
        s.add_all(StockCar(vehicle_id=c.id, arrived_on=c.purchase_date - timedelta(days=rng.randrange(15, 70)),
                           storage_place=f"{'ABC'[c.id % 3]}区-{c.id % 40 + 1:02d}", buyer_id=c.customer_id,
                           handed_over_on=c.purchase_date, handed_over_by="孙主管") for c in sold)
    return len(sold)
