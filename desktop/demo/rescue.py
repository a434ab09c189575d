"""The demo shop's rescue desk: two vans (one with its insurance due soon), three partner
stations, and a few dozen breakdown calls over the last months with realistic times: most
reached within the target, some handed to a partner, some towed in (their work orders
opened), a few cancelled; roadside plans covering their holders' calls; most asked about
their satisfaction; one call under way now.

Each rescue is a chain of steps (call, dispatch, arrival, close, the question the next
day) handed to ``demo_invoices`` as timed events: a rescue charged on the spot issues its
invoice in the same time order as the rest."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import OdometerReading, PlanContract, Vehicle
from desktop.services.core.errors import ServiceError
from desktop.services.rescue.records import CallForm, CloseForm, RescueView, VanForm
from desktop.services.rescue.service import RescueService
from desktop.services.rescue.vans import VanService

DESK = "wu"  # the information clerk takes the calls
PLACES = (("深南大道科技园路口", "腾讯大厦对面", 8), ("北环大道梅林关", "加油站旁", 12), ("机场高速出口", "收费站前 500 米", 35),
          ("滨海大道", "红树林公园停车场", 15), ("宝安大道西乡段", "地铁站 B 口", 22), ("梅观高速", "清湖段应急车道", 28),
          ("沿江高速", "机场段", 40), ("南山区某小区地库", "B2 层", 5))
PROBLEMS = (("打不着火，仪表盘全黑", "电瓶亏电，搭电启动，建议更换电瓶", "fixed"), ("爆胎", "更换备胎", "fixed"),
            ("发动机故障灯亮，动力不足", "", "towed"), ("钥匙锁在车里", "开锁", "fixed"),
            ("行驶中熄火，无法再启动", "", "towed"), ("没油了", "送油 5 升", "fixed"))
STEPS = ("r-call", "r-send", "r-arrive", "r-close", "r-ask")


class DemoRescue:
    def __init__(self, db: Database, rng: random.Random, calls: int = 36, days: int = 150) -> None:
        self.db, self.rng, self.calls, self.days = db, rng, calls, days
        self.vans = VanService(db, "sun")
        today = datetime.now(UTC).astimezone().date()
        self.first = self.vans.save_van(None, VanForm(
            "救援车1", "粤B·J0001", "刘师傅、张师傅", "13800000101", 86500, today - timedelta(days=70), 80000, 10000,
            today + timedelta(days=12), today + timedelta(days=150))).id
        self.vans.save_van(None, VanForm("救援车2", "粤B·J0002", "黄师傅", "13800000102", 42100,
                                         today - timedelta(days=30), 40000, 10000, today + timedelta(days=200),
                                         today + timedelta(days=90)))
        for name, area, phone in (("宝安合作站", "宝安、机场、沙井", "0755-27000001"),
                                  ("龙岗合作站", "龙岗、坪山、惠州方向", "0755-28000002"),
                                  ("东莞长安合作站", "东莞长安、虎门", "0769-85000003")):
            self.vans.save_partner(None, name, area, phone, "站长")
        self.moment = [datetime.now(UTC)]
        self.desk = RescueService(db, DESK, lambda: self.moment[0])
        self.open: dict[int, RescueView] = {}
        self.made = 0

    def events(self) -> list[tuple[datetime, str, tuple[Any, ...]]]:
        """Each call's steps at their moments: the van sent within minutes, the car reached
        around the target, the work done within the hour, the question the next day."""
        r = self.rng
        now = datetime.now(UTC)
        out: list[tuple[datetime, str, tuple[Any, ...]]] = []
        for n in range(self.calls):
            at = now - timedelta(days=r.randrange(1, self.days), hours=r.randrange(0, 24), minutes=r.randrange(60))
            place = r.choice(PLACES)
            times = [at, at + timedelta(minutes=r.randrange(2, 12))]
            target = 30 if place[2] <= 10 else 60 if place[2] <= 30 else 120
            times.append(max(at + timedelta(minutes=int(target * r.uniform(0.4, 1.1))), times[-1] + timedelta(minutes=5)))
            times.append(times[-1] + timedelta(minutes=r.randrange(10, 50)))
            times.append(times[-1] + timedelta(days=1, hours=r.randrange(1, 5)))
            out += [(t, step, (n, place, r.choice(PROBLEMS))) for t, step in zip(times, STEPS, strict=True)]
        return out

    def handle(self, at: datetime, what: str, payload: tuple[Any, ...], money: Any) -> int:
        """One step of one rescue at its moment; the invoices it issued."""
        n, (place, landmark, km), (problem, work, outcome) = payload
        if at > datetime.now(UTC):
            return 0  # the question is asked tomorrow
        self.moment[0] = at
        try:
            if what == "r-call":
                self.open[n] = self._call(place, landmark, km, problem)
                return 0
            call = self.open.get(n)
            if call is None:
                return 0
            call = self.desk.get(call.id)
            if what == "r-send" and call.state == "called":
                if self.rng.random() < 0.06:
                    self.desk.close(call.id, call.version, CloseForm("cancelled", reason="客户自行解决"))
                    self.made += 1
                    return 0
                free = [v.id for v in self.vans.vans() if v.state == "free"]
                if (km > 30 and self.rng.random() < 0.6) or not free:
                    partners = [p.id for p in self.vans.partners()]
                    self.desk.dispatch(call.id, call.version, partner_id=self.rng.choice(partners))
                else:
                    self.desk.dispatch(call.id, call.version, van_id=free[0])
            elif what == "r-arrive" and call.state == "dispatched":
                self.desk.arrived(call.id, call.version)
            elif what == "r-close" and call.state == "arrived":
                recent = at > datetime.now(UTC) - timedelta(days=10)  # towed in: in the workshop now
                reading = self._reading(call.vehicle_id, at) if outcome == "towed" and recent else None
                if reading is not None:
                    self.desk.close(call.id, call.version, CloseForm("towed", tow_km=km + self.rng.randrange(0, 5),
                                                                     odometer_km=reading))
                else:
                    closed = self.desk.close(call.id, call.version, CloseForm("fixed", work or "现场检查，排除故障后自行驶回"))
                    self.made += 1
                    return 1 if closed.invoice else 0
                self.made += 1
            elif what == "r-ask" and call.state == "closed" and call.outcome != "cancelled" \
                    and self.rng.random() < 0.85:
                self.desk.ask(call.id, call.version, self.rng.choices((5, 4, 3, 2), (60, 28, 9, 3))[0])
        except ServiceError:
            self.open.pop(n, None)  # a car since sold or archived: left as it stood
        return 0

    def _reading(self, vehicle_id: int | None, at: datetime) -> int | None:
        """What the crew reads at the car: above the readings before, below those after (none: not towed)."""
        if vehicle_id is None:
            return None
        with self.db.read() as s:
            before = s.scalar(select(func.max(OdometerReading.km)).where(
                OdometerReading.vehicle_id == vehicle_id, OdometerReading.read_at <= at)) or 0
            after = s.scalar(select(func.min(OdometerReading.km)).where(
                OdometerReading.vehicle_id == vehicle_id, OdometerReading.read_at > at))
        room = 300 if after is None else min(300, int(after) - int(before) - 1)
        return int(before) + self.rng.randrange(1, room) if room > 1 else None

    def _call(self, place: str, landmark: str, km: int, problem: str) -> RescueView:
        day = self.moment[0].astimezone().date()
        with self.db.read() as s:
            covered = [v for v, in s.execute(select(PlanContract.vehicle_id).where(
                PlanContract.kind == "roadside", PlanContract.state == "active", PlanContract.starts_on <= day,
                PlanContract.ends_on >= day))]
            cars = [v for v, in s.execute(select(Vehicle.id).where(Vehicle.archived_at.is_(None)).order_by(Vehicle.id))]
        vehicle = self.rng.choice(covered) if covered and self.rng.random() < 0.4 else self.rng.choice(cars)
        known = self.rng.random() < 0.9
        return self.desk.take_call(CallForm(
            f"13{self.rng.randrange(10**9):09d}", place, problem, "车主", vehicle_id=vehicle if known else None,
            plate="" if known else f"粤B{self.rng.randrange(10**5):05d}", landmark=landmark, distance_km=km))

    def finish(self) -> int:
        """One call under way now; the rescues made."""
        with self.db.read() as s:
            car = s.scalar(select(Vehicle.id).where(Vehicle.archived_at.is_(None)).order_by(Vehicle.id).limit(1))
        self.moment[0] = datetime.now(UTC) - timedelta(minutes=25)
        call = self.desk.take_call(CallForm("13912340000", "深南大道车公庙", "爆胎，无备胎", "李女士",
                                            vehicle_id=car, landmark="天安数码城门口", distance_km=6))
        self.moment[0] = datetime.now(UTC) - timedelta(minutes=18)
        free = [v.id for v in self.vans.vans() if v.state == "free"]
        if free:
            self.desk.dispatch(call.id, call.version, van_id=free[0])
        else:  # both vans out on the calls still under way: the nearest partner goes
            self.desk.dispatch(call.id, call.version, partner_id=self.vans.partners()[0].id)
        return self.made + 1
