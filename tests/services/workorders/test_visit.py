"""Around the repair: the wash and its switch, a car that leaves unrepaired (with and
without its fee), the papers given back, what the customer is told and the late flag."""

from datetime import timedelta
from decimal import Decimal

import pytest

from desktop.models.base import utcnow
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.workorders.records import WorkOrderDetail
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized, reception


def checked(s: Services, w: Workshop) -> WorkOrderDetail:
    o = authorized(s, w)
    o = s.workorders.dispatch(o.id, o.version, technician_id=w.tech, bay_id=w.bay)
    for target in ("in_progress", "quality_check"):
        o = s.workorders.move(o.id, o.version, target)
    return o


def as_role(services: Services, login: str, role: str) -> Services:
    return Services.create(services.db, Desk(Actor(login, login, None, (role,), DEFAULT_GRANTS[role])))


def test_the_wash_comes_after_the_check_and_keeps_who_washed(services: Services, workshop: Workshop) -> None:
    services.settings.set("wash_step", "on")
    washer = services.workshop.add_staff("小刘", "washer")
    o = checked(services, workshop)
    with pytest.raises(Refused, match="wash"):
        services.workorders.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    o = services.workorders.move(o.id, o.version, "washing", inspector_id=workshop.inspector)
    assert o.state == "washing" and o.inspected_by == "赵质检"
    assert [c.state for c in services.workorders.board().cars] == ["washing"]  # the board shows it waiting
    with pytest.raises(Refused):  # delivery waits for the wash
        services.workorders.move(o.id, o.version, "delivered")
    with pytest.raises(ValidationFailed):
        services.visit.washed(o.id, o.version, 99999)
    o = as_role(services, "xiaoliu", "washer").visit.washed(o.id, o.version, washer)
    assert (o.state, o.washed_by) == ("ready", "小刘") and o.washed_at is not None
    assert services.workorders.move(o.id, o.version, "delivered").state == "delivered"


def test_the_shop_can_switch_the_wash_off(services: Services, workshop: Workshop) -> None:
    assert services.visit.wash_on() is False  # the test workshop has it off
    o = checked(services, workshop)
    with pytest.raises(Refused, match="switched"):
        services.workorders.move(o.id, o.version, "washing", inspector_id=workshop.inspector)
    assert services.workorders.move(o.id, o.version, "ready", inspector_id=workshop.inspector).state == "ready"


def test_a_car_leaves_unrepaired_with_the_diagnosis_fee(services: Services, workshop: Workshop) -> None:
    o = services.workorders.open_order(reception(workshop))
    pkg = next(p for p in services.workorders.packages() if p.code == "P10000")
    o = services.workorders.add_package(o.id, o.version, pkg.id)
    o = services.workorders.move(o.id, o.version, "estimated")
    with pytest.raises(ValidationFailed):
        services.visit.release(o.id, o.version, "  ")
    o = services.visit.release(o.id, o.version, "客户不同意报价")
    assert o.state == "released" and o.release_reason == "客户不同意报价" and o.delivered_at is not None
    counted = [x for x in o.lines if x.approval == "approved"]
    assert [(x.description, x.amount) for x in counted] == [("检测诊断费", Decimal("100.00"))]
    assert all(x.approval == "declined" for x in o.lines if x.description != "检测诊断费")
    # the fee is invoiced like any line; the order is closed
    bill = services.invoicing.settlement(o.id)
    assert sum(len(b.uninvoiced) for b in bill.bills) == 1
    with pytest.raises(Refused):
        services.workorders.move(o.id, o.version, "in_progress")
    assert services.followups.day_list(utcnow().date() + timedelta(days=1)) == []  # no follow-up call


def test_waiving_the_fee_is_a_managers_decision(services: Services, workshop: Workshop) -> None:
    advisor = as_role(services, "li", "advisor")
    o = advisor.workorders.open_order(reception(workshop))
    with pytest.raises(NotPermitted):
        advisor.visit.release(o.id, o.version, "故障未能重现", waive=True)
    with pytest.raises(NotPermitted):  # a lower fee is a discount on it
        advisor.visit.release(o.id, o.version, "故障未能重现", fee="50")
    o = services.visit.release(o.id, o.version, "故障未能重现", waive=True)  # the manager (anna: all)
    assert o.state == "released" and o.fee_waived_by == "anna" and not any(
        x.approval == "approved" for x in o.lines)


def test_no_car_leaves_unrepaired_with_parts_out_or_after_its_check(services: Services, workshop: Workshop) -> None:
    o = checked(services, workshop)
    with pytest.raises(Refused):  # repaired and checked: deliver it
        services.visit.release(o.id, o.version, "客户不修了")


def test_the_papers_go_back_before_delivery(services: Services, workshop: Workshop) -> None:
    form = reception(workshop)
    form.documents_in = "行驶证，保养手册"
    o = services.workorders.open_order(form)
    assert o.documents_in == "行驶证、保养手册"
    pkg = next(p for p in services.workorders.packages() if p.code == "P10000")
    o = services.workorders.add_package(o.id, o.version, pkg.id)
    o = services.workorders.move(o.id, o.version, "estimated")
    o = services.workorders.move(o.id, o.version, "authorized", signed_by="张伟")
    o = services.workorders.dispatch(o.id, o.version, technician_id=workshop.tech)
    for target in ("in_progress", "quality_check"):
        o = services.workorders.move(o.id, o.version, target)
    o = services.workorders.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    with pytest.raises(Refused, match="行驶证"):
        services.workorders.move(o.id, o.version, "delivered")
    o = services.visit.papers_returned(o.id, o.version, "张伟")
    assert o.documents_returned_to == "张伟"
    assert services.workorders.move(o.id, o.version, "delivered").state == "delivered"


def test_telling_the_customer_is_logged_and_clears_the_late_flag(services: Services, workshop: Workshop) -> None:
    form = reception(workshop)
    form.promised_at = utcnow() + timedelta(hours=1)
    o = services.workorders.open_order(form)
    pkg = next(p for p in services.workorders.packages() if p.code == "P10000")
    o = services.workorders.add_package(o.id, o.version, pkg.id)
    o = services.workorders.move(o.id, o.version, "estimated")
    o = services.workorders.move(o.id, o.version, "authorized", signed_by="张伟")
    with services.db.write("anna") as s:  # the promised hour passes
        from desktop.models import WorkOrder

        order = s.get(WorkOrder, o.id)
        assert order is not None
        order.promised_at = utcnow() - timedelta(minutes=30)
    assert services.workorders.board().cars[0].overdue
    draft = services.visit.draft(o.id, "delayed", utcnow() + timedelta(hours=3))
    assert "粤B12345" in draft.text and "张伟" in draft.text and draft.phone == "13812345678"
    with pytest.raises(ValidationFailed) as bad:  # a delay needs its new time
        services.visit.tell(o.id, "delayed", draft.text, "wechat")
    assert set(bad.value.errors) == {"new_promised_at"}
    services.visit.tell(o.id, "delayed", draft.text, "wechat", utcnow() + timedelta(hours=3))
    assert not services.workorders.board().cars[0].overdue
    ready = services.visit.draft(o.id, "ready")
    services.visit.tell(o.id, "ready", ready.text, "sms")
    log = services.visit.notices(o.id)
    assert [(n.kind, n.channel, n.by) for n in log] == [("delayed", "wechat", "anna"), ("ready", "sms", "anna")]
    assert "已完工" in log[1].text
