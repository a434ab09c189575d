from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.models.base import utcnow
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Approval, Desk, NotPermitted
from desktop.services.core.errors import (
    NotFound,
    OdometerBelowLast,
    Refused,
    StaleEdit,
    ValidationFailed,
)
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.workorders.records import (
    LineForm,
    OrderFilter,
    ReceptionForm,
    WorkOrderDetail,
)
from desktop.services.workorders.service import WorkOrderService
from tests.conftest import Workshop


def reception(w: Workshop, **kw: object) -> ReceptionForm:
    base: dict[str, object] = {"vehicle_id": w.vehicle_id, "odometer_km": 10500,
                               "concern": "做保养，刹车有异响", "advisor_id": w.advisor,
                               "promised_at": utcnow() + timedelta(hours=3), "key_tag": "K12",
                               "belongings": "雨伞", "damage_notes": "左前门划痕", "fuel_eighths": 3}
    base.update(kw)
    return ReceptionForm(**base)  # type: ignore[arg-type]


def authorized(s: Services, w: Workshop) -> WorkOrderDetail:
    o = s.workorders.open_order(reception(w))
    pkg = next(p for p in s.workorders.packages() if p.code == "P10000")
    o = s.workorders.add_package(o.id, o.version, pkg.id)
    o = s.workorders.move(o.id, o.version, "estimated")
    return s.workorders.move(o.id, o.version, "authorized", signed_by="张伟")


def test_reception_records_everything_and_the_odometer(services: Services, workshop: Workshop) -> None:
    o = services.workorders.open_order(reception(workshop))
    assert o.number.startswith("WO") and o.number.endswith("-000001") and o.state == "draft"
    assert (o.key_tag, o.belongings, o.damage_notes, o.fuel_eighths) == ("K12", "雨伞", "左前门划痕", 3)
    assert o.advisor == "李顾问" and o.customer_name == "张伟" and o.plate == "粤B12345"
    vehicle = services.customers.get_vehicle(workshop.vehicle_id)
    assert vehicle.last_km == 10500 and vehicle.readings[-1].source == "work-order"
    assert any(h.kind == "work_order" and h.ref_id == o.id for h in vehicle.history)
    assert services.workorders.open_order(reception(workshop, odometer_km=10600)).number.endswith("-000002")


def test_reception_refuses_bad_input_and_saves_nothing(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.workorders.open_order(reception(workshop, odometer_km="", concern=" ",
                                                 promised_at=utcnow() - timedelta(hours=2)))
    assert set(info.value.errors) == {"odometer_km", "concern", "promised_at"}
    with pytest.raises(OdometerBelowLast):
        services.workorders.open_order(reception(workshop, odometer_km=900))
    with pytest.raises(ValidationFailed):
        services.workorders.open_order(reception(workshop, odometer_km=900, allow_lower_odometer=True))
    o = services.workorders.open_order(reception(workshop, odometer_km=900, allow_lower_odometer=True,
                                                 odometer_reason="仪表更换"))
    assert o.number.endswith("-000001")  # the refused tries used no number
    services.customers.archive_vehicle(workshop.vehicle_id, "报废")
    with pytest.raises(Refused):
        services.workorders.open_order(reception(workshop, odometer_km=1000))


def test_lines_refuse_nonsense_and_prices_below_cost(services: Services, workshop: Workshop) -> None:
    o = services.workorders.open_order(reception(workshop))
    for bad in (LineForm("labour", "换刹车片", "0"), LineForm("labour", "换刹车片", "-1"),
                LineForm("part", "", "1", "10"), LineForm("part", "机油", "abc", "10"),
                LineForm("part", "机油", "1", "10", discount_pct="120")):
        with pytest.raises(ValidationFailed):
            services.workorders.add_line(o.id, o.version, bad)
    below = LineForm("part", "机油", "1", "200.00", unit_cost="260.00")
    advisor = Desk(Actor("lina", "李娜", roles=frozenset({"advisor"}), permissions=DEFAULT_GRANTS["advisor"]))
    at_desk = WorkOrderService(services.db, advisor)
    with pytest.raises(NotPermitted) as info:
        at_desk.add_line(o.id, o.version, below)
    assert info.value.approvable and "below its cost" in info.value.message.render()
    with advisor.approved(Approval("zhou", "周经理", frozenset({"orders.below_cost"}))):
        o = at_desk.add_line(o.id, o.version, below)
    assert o.lines[-1].amount == Decimal("200.00")
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT below_cost_by FROM work_order_line WHERE id = :i"),
                            {"i": o.lines[-1].id}).scalar() == "zhou"
        assert conn.execute(text("SELECT approved_by FROM audit_entry WHERE action = 'price-below-cost'")).scalar() == "zhou"


def test_labour_defaults_to_the_shop_rate_and_packages_add_lines(services: Services, workshop: Workshop) -> None:
    services.settings.set("labour_rate", "150.00")
    o = services.workorders.open_order(reception(workshop))
    o = services.workorders.add_line(o.id, o.version, LineForm("labour", "四轮定位", "1.0"))
    assert o.lines[0].unit_price == Decimal("150.00") and o.lines[0].amount == Decimal("150.00")
    pkg = next(p for p in services.workorders.packages() if p.code == "P10000")
    o = services.workorders.add_package(o.id, o.version, pkg.id)
    assert len(o.lines) == 1 + pkg.items
    assert o.totals.total == o.totals.net + o.totals.vat
    assert o.totals.net == sum(x.amount for x in o.lines)


def test_the_whole_visit_keeps_its_history(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = authorized(services, workshop)
    assert o.authorized_by == "张伟" and o.authorized_at is not None
    assert all(x.reserved_qty == x.quantity for x in o.lines if x.kind == "part")
    with pytest.raises(Refused):  # not dispatched yet
        w.move(o.id, o.version, "in_progress")
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    o = w.move(o.id, o.version, "in_progress")
    o = w.move(o.id, o.version, "quality_check")
    with pytest.raises(ValidationFailed):
        w.move(o.id, o.version, "in_progress")  # a failed check says what failed
    o = w.move(o.id, o.version, "in_progress", note="刹车仍有异响")
    o = w.move(o.id, o.version, "quality_check")
    with pytest.raises(ValidationFailed):
        w.move(o.id, o.version, "ready")  # who checked it?
    o = w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    o = w.move(o.id, o.version, "delivered")
    assert o.state == "delivered" and o.inspected_by == "赵质检" and o.delivered_at
    assert [(e.from_state, e.to_state) for e in o.events] == [
        ("", "draft"), ("draft", "estimated"), ("estimated", "authorized"),
        ("authorized", "in_progress"), ("in_progress", "quality_check"),
        ("quality_check", "in_progress"), ("in_progress", "quality_check"),
        ("quality_check", "ready"), ("ready", "delivered")]
    assert o.events[5].note == "刹车仍有异响" and all(e.user == "anna" for e in o.events)
    with pytest.raises(Refused):
        w.move(o.id, o.version, "cancelled")
    with pytest.raises(Refused):
        w.add_line(o.id, o.version, LineForm("labour", "洗车", "0.5"))


def test_forbidden_moves_are_refused(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = w.open_order(reception(workshop))
    with pytest.raises(Refused):
        w.move(o.id, o.version, "estimated")  # nothing to estimate
    o = w.add_line(o.id, o.version, LineForm("labour", "检查", "0.5"))
    for target in ("authorized", "in_progress", "quality_check", "ready", "delivered"):
        with pytest.raises(Refused):
            w.move(o.id, o.version, target)
    o = w.move(o.id, o.version, "estimated")
    with pytest.raises(ValidationFailed):
        w.move(o.id, o.version, "authorized")  # nobody signed
    with pytest.raises(ValidationFailed):
        w.move(o.id, o.version, "cancelled")  # cancelling needs a reason
    o = w.move(o.id, o.version, "cancelled", note="客户改天再来")
    assert o.state == "cancelled" and o.cancel_reason == "客户改天再来"


def test_additional_work_counts_only_after_approval(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = authorized(services, workshop)
    before = o.totals.total
    o = w.add_line(o.id, o.version, LineForm("part", "前制动片", "1", "480.00", part_number="bp-f",
                                             unit_cost="300"))
    extra = o.lines[-1]
    assert extra.additional and extra.approval == "pending" and extra.part_number == "BP-F"
    assert o.totals.total == before and o.pending.net == Decimal("480.00")
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech)
    o = w.move(o.id, o.version, "in_progress")
    with pytest.raises(Refused):
        w.move(o.id, o.version, "quality_check")  # the customer has not answered
    with pytest.raises(ValidationFailed):
        w.approve_line(o.id, o.version, extra.id, "", "phone")
    o = w.approve_line(o.id, o.version, extra.id, "张伟", "phone")
    line = o.lines[-1]
    assert (line.approval, line.approved_by, line.approval_method) == ("approved", "张伟", "phone")
    assert line.approved_at is not None and line.reserved_qty == 1
    assert o.totals.total == before + Decimal("480.00") + Decimal("62.40")
    with pytest.raises(Refused):
        w.remove_line(o.id, o.version, line.id)


def test_declined_additional_work_does_not_count(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = authorized(services, workshop)
    o = w.add_line(o.id, o.version, LineForm("labour", "更换雨刮", "0.3"))
    o = w.approve_line(o.id, o.version, o.lines[-1].id, "张伟", "in person", approve=False)
    assert o.lines[-1].approval == "declined" and o.pending.net == 0


def test_parts_are_issued_and_returned_against_the_order(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = authorized(services, workshop)
    plugs = next(x for x in o.lines if x.kind == "part" and x.part_number == "FLT-OIL")
    with pytest.raises(ValidationFailed):
        w.issue_part(o.id, plugs.id, "2")  # the order needs one
    o = w.issue_part(o.id, plugs.id, "1")
    with pytest.raises(ValidationFailed):
        w.issue_part(o.id, plugs.id, "2", returning=True)
    o = w.issue_part(o.id, plugs.id, "1", returning=True)
    line = next(x for x in o.lines if x.id == plugs.id)
    assert (line.issued_qty, line.returned_qty) == (1, 1)
    labour = next(x for x in o.lines if x.kind == "labour")
    with pytest.raises(Refused):
        w.issue_part(o.id, labour.id, "1")


def test_second_save_of_a_stale_order_is_refused(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = w.open_order(reception(workshop))
    w.add_line(o.id, o.version, LineForm("labour", "检查", "0.5"))
    with pytest.raises(StaleEdit):
        w.add_line(o.id, o.version, LineForm("labour", "洗车", "0.5"))
    with pytest.raises(StaleEdit):
        w.update_reception(o.id, o.version, reception(workshop, concern="改了"))
    assert [x.description for x in w.get(o.id).lines] == ["检查"]


def test_comebacks_link_to_the_first_order_and_count(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    first = authorized(services, workshop)
    first = w.dispatch(first.id, first.version, technician_id=workshop.tech)
    for target in ("in_progress", "quality_check"):
        first = w.move(first.id, first.version, target)
    first = w.move(first.id, first.version, "ready", inspector_id=workshop.inspector)
    first = w.move(first.id, first.version, "delivered")
    candidates = w.comeback_candidates(workshop.vehicle_id)
    assert [c.id for c in candidates] == [first.id]
    again = w.open_order(reception(workshop, odometer_km=10800, concern="刹车又响了",
                                   rework_of_id=first.id))
    assert again.rework_of_number == first.number
    comebacks, delivered = w.rework_rate(utcnow() - timedelta(days=1), utcnow() + timedelta(days=1))
    assert (comebacks, delivered) == (0, 1)  # the comeback is not delivered yet
    assert [r.id for r in w.page(OrderFilter(rework_only=True))] == [again.id]
    with pytest.raises(Refused):
        w.open_order(reception(workshop, odometer_km=10900, rework_of_id=again.id))


def test_board_shows_cars_in_the_shop_and_who_is_free(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = authorized(services, workshop)
    late = w.open_order(reception(workshop, odometer_km=10600))
    board = w.board()
    assert [c.id for c in board.cars] == [o.id]  # a draft is not in the workshop yet
    assert {t.id for t in board.free_technicians} == {workshop.tech, workshop.tech2}
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    board = w.board()
    assert [t.id for t in board.free_technicians] == [workshop.tech2]
    assert [b.id for b in board.free_bays] == [workshop.bay2]
    car = board.cars[0]
    assert (car.plate, car.technician, car.bay, car.overdue) == ("粤B12345", "王师傅", "1号工位", False)
    with pytest.raises(Refused):
        w.dispatch(late.id, late.version, technician_id=workshop.tech)  # not authorized
    with pytest.raises(NotFound):
        w.dispatch(o.id, o.version, technician_id=9999)


def test_list_filters_and_pages(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    ids = [w.open_order(reception(workshop, odometer_km=10500 + i)).id for i in range(7)]
    first = w.page(OrderFilter(), limit=3)
    second = w.page(OrderFilter(), after=first[-1], limit=3)
    third = w.page(OrderFilter(), after=second[-1], limit=3)
    assert [r.id for r in first + second + third] == list(reversed(ids))
    assert len(w.page(OrderFilter(states=["draft"]))) == 7
    assert w.page(OrderFilter(states=["delivered"])) == []
    assert len(w.page(OrderFilter(text="粤B123"))) == 7
    assert len(w.page(OrderFilter(text="张伟"))) == 7
    number = w.get(ids[3]).number
    assert [r.id for r in w.page(OrderFilter(text=number.lower()))] == [ids[3]]
    assert [r.id for r in w.page(OrderFilter(text=number[-3:]))] == [ids[3]]
    assert len(w.page(OrderFilter(advisor_id=workshop.advisor))) == 7
    assert w.page(OrderFilter(payer="warranty")) == []
    assert w.find_number(number) == ids[3]


def test_paging_across_several_states_matches_a_plain_listing(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    ids = []
    for i in range(9):
        o = w.open_order(reception(workshop, odometer_km=10500 + i))
        if i % 3:
            o = w.add_line(o.id, o.version, LineForm("labour", "检查", "0.5"))
            o = w.move(o.id, o.version, "estimated")
        if i % 3 == 2:
            o = w.move(o.id, o.version, "cancelled", note="改期")
        ids.append((o.id, o.state))
    wanted = [oid for oid, state in reversed(ids) if state in ("draft", "estimated")]
    flt = OrderFilter(states=["draft", "estimated"])
    got, after = [], None
    while True:
        rows = w.page(flt, after, limit=2)
        if not rows:
            break
        got += [r.id for r in rows]
        after = rows[-1]
    assert got == wanted
    assert [r.id for r in w.page(OrderFilter(states=["cancelled"]))] == [
        oid for oid, state in reversed(ids) if state == "cancelled"]


def test_the_shop_edits_its_catalogue_and_makes_packages(services: Services, workshop: Workshop) -> None:
    w, setup = services.workorders, services.workshop
    with pytest.raises(ValidationFailed):
        setup.save_operation("", "", "", "0")
    op_id = setup.save_operation("x100", "更换正时皮带", "发动机", "3.5", "150.00")
    op = next(o for o in w.operations() if o.code == "X100")
    assert (op.id, op.standard_hours, op.rate) == (op_id, Decimal("3.50"), Decimal("150.00"))
    setup.save_operation("X100", "更换正时皮带及水泵", "发动机", "4.0")  # same code: changed
    op = next(o for o in w.operations() if o.code == "X100")
    assert (op.name, op.rate) == ("更换正时皮带及水泵", Decimal("120.00"))  # back to the shop's rate
    o = w.open_order(reception(workshop))
    o = w.add_line(o.id, o.version, LineForm("labour", op.name, op.standard_hours, None, operation_id=op.id))
    o = w.add_line(o.id, o.version, LineForm("labour", "清洗节气门", "0.4", "100.00"))
    o = w.add_line(o.id, o.version, LineForm("part", "正时皮带", "1", "650.00", part_number="TB-1"))
    setup.retire_operation(op.id)
    assert all(x.code != "X100" for x in w.operations())
    package_id = setup.package_from_order(o.id, "p60000", "60000公里保养")
    with pytest.raises(ValidationFailed):
        setup.package_from_order(o.id, "P60000", "again")
    other = w.open_order(reception(workshop, odometer_km=10600))
    other = w.add_package(other.id, other.version, package_id)
    assert [(x.kind, x.description, x.amount) for x in other.lines] == [
        (x.kind, x.description, x.amount) for x in o.lines]
