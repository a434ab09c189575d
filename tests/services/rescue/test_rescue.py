"""The rescue desk: a call logged with only what the caller knows (the missing phone said
where it belongs), a roadside plan covering it until its call-outs are used, a van sent
(and refused when out), the times against the target by distance, the outcomes: fixed on
the spot and charged, towed in with the work order opened, cancelled with its reason, and
never closed without one; the satisfaction question; the vans' upkeep and the partner
stations."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services.container import Services
from desktop.services.core.errors import OdometerBelowLast, Refused, ValidationFailed
from desktop.services.plans.records import ProductForm, SaleForm
from desktop.services.rescue.records import CallForm, CloseForm, VanForm
from desktop.services.rescue.rules import rescue as rules
from tests.conftest import Workshop


def van(services: Services, name: str = "救援车1") -> int:
    return services.vans.save_van(None, VanForm(name, "粤B0001救", "刘师傅、张师傅", "13800000009", 52000,
                                                date.today() - timedelta(days=90), 45000, 10000,
                                                date.today() + timedelta(days=20))).id


def test_rules() -> None:
    assert [rules.band(d) for d in (0, 10, 11, 30, 31)] == ["near", "near", "mid", "mid", "far"]
    assert rules.target_minutes(25, 30, 60, 120) == 60
    assert rules.tow_charge(130, 100, Decimal("10")) == Decimal("300.00")
    assert rules.tow_charge(80, 100, Decimal("10")) == Decimal("0")
    assert rules.may_move("called", "dispatched") and not rules.may_move("closed", "arrived")


def test_a_call_dispatched_fixed_and_charged(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as bad:
        services.rescues.take_call(CallForm("", "", ""))
    assert {"phone", "address", "problem"} <= set(bad.value.errors)
    call = services.rescues.take_call(CallForm("13812345678", "深南大道科技园路口", "打不着火，仪表盘全黑",
                                               vehicle_id=workshop.vehicle_id, distance_km=8))
    assert call.number.startswith("JY") and call.customer == "张伟" and call.plate == "粤B12345"
    assert call.plan_contract_id is None and call.price_quoted == Decimal("200.00") and call.target_minutes == 30
    with pytest.raises(Refused):  # not before it is dispatched
        services.rescues.arrived(call.id, call.version)
    first = van(services)
    sent = services.rescues.dispatch(call.id, call.version, van_id=first)
    assert sent.state == "dispatched" and sent.van == "救援车1" and sent.crew == "刘师傅、张师傅"
    assert services.vans.vans()[0].state == "out"
    other = services.rescues.take_call(CallForm("13900000000", "北环大道", "爆胎", plate="粤B77777", distance_km=40))
    with pytest.raises(Refused):  # the only van is out
        services.rescues.dispatch(other.id, other.version, van_id=first)
    there = services.rescues.arrived(sent.id, sent.version)
    with pytest.raises(ValidationFailed):  # fixed, but what was done?
        services.rescues.close(there.id, there.version, CloseForm("fixed"))
    with pytest.raises(ValidationFailed):  # no outcome
        services.rescues.close(there.id, there.version, CloseForm(""))
    done = services.rescues.close(there.id, there.version, CloseForm("fixed", "电瓶亏电，搭电启动，建议更换电瓶"))
    assert done.state == "closed" and done.charge == Decimal("200.00") and done.invoice.startswith("INV")
    assert done.arrival_minutes is not None and done.in_time is True
    assert services.vans.vans()[0].state == "free"
    assert [r.number for r in services.rescues.to_ask()] == [done.number]
    with pytest.raises(ValidationFailed):
        services.rescues.ask(done.id, done.version, 9)
    asked = services.rescues.ask(done.id, done.version, 5, "很及时")
    assert asked.satisfaction == 5 and services.rescues.to_ask() == []
    with pytest.raises(ValidationFailed):  # cancelled, but why?
        services.rescues.close(other.id, other.version, CloseForm("cancelled"))
    gone = services.rescues.close(other.id, other.version, CloseForm("cancelled", reason="客户自行找到拖车"))
    assert gone.outcome == "cancelled" and gone.charge == 0
    summary = services.rescues.times(date.today())
    assert (summary.calls, summary.closed, summary.cancelled, summary.in_time, summary.satisfied) == (2, 2, 1, 1, 1)


def test_a_plan_covers_call_outs_and_towing_into_a_work_order(services: Services, workshop: Workshop) -> None:
    product = services.plan_products.save_product(None, ProductForm("RA1", "道路救援 1 年", "roadside", "298", 12,
                                                                    callouts=1, tow_km=50))
    plan = services.plans.sell(SaleForm(product.id, workshop.customer_id, workshop.vehicle_id))
    call = services.rescues.take_call(CallForm("13812345678", "机场高速", "发动机故障灯亮，动力不足",
                                               vehicle_id=workshop.vehicle_id, distance_km=35))
    assert call.plan_contract_id == plan.id and call.price_quoted == 0 and call.target_minutes == 120
    partner = services.vans.save_partner(None, "宝安合作站", "宝安、机场", "0755-27000000", "黄站长")
    sent = services.rescues.dispatch(call.id, call.version, partner_id=partner.id)
    assert sent.partner == "宝安合作站"
    with pytest.raises(ValidationFailed):  # towed: the odometer read at the car
        services.rescues.close(sent.id, sent.version, CloseForm("towed", tow_km=70))
    with pytest.raises(OdometerBelowLast):  # below the car's last reading: read it again, nothing closed
        services.rescues.close(sent.id, sent.version, CloseForm("towed", tow_km=70, odometer_km=5000))
    assert services.rescues.get(sent.id).state == "dispatched"
    towed = services.rescues.close(sent.id, sent.version, CloseForm("towed", tow_km=70, odometer_km=23000))
    assert towed.charge == Decimal("200.00")  # 20 km beyond the plan's 50, at ¥10
    order = services.workorders.get(services.workorders.find_number(towed.work_order) or 0)
    assert towed.number in order.concern and order.vehicle_id == workshop.vehicle_id
    second = services.rescues.take_call(CallForm("13812345678", "滨海大道", "爆胎", vehicle_id=workshop.vehicle_id))
    assert second.plan_contract_id is None and second.price_quoted == Decimal("200.00")  # the one call-out is used


def test_vans_upkeep_and_states(services: Services) -> None:
    with pytest.raises(ValidationFailed) as bad:
        services.vans.save_van(None, VanForm("", km=100, last_service_km=200))
    assert {"name", "last_service_km"} <= set(bad.value.errors)
    first = van(services)
    assert services.vans.upkeep_due()[0].due == ("insurance",)
    services.vans.save_van(first, VanForm("救援车1", km=54800, last_service_km=45000, service_every_km=10000))
    assert services.vans.upkeep_due()[0].due == ("service",)
    assert services.vans.set_state(first, "maintenance").state == "maintenance"
    with pytest.raises(ValidationFailed):
        services.vans.set_state(first, "out")
