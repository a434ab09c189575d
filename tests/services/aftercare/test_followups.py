from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from desktop.models import FollowUp
from desktop.services.aftercare.records import CallForm, ComplaintFilter, ComplaintForm, ContactForm
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized


def delivered(s: Services, w: Workshop) -> int:
    o = authorized(s, w)
    o = s.workorders.dispatch(o.id, o.version, technician_id=w.tech, bay_id=w.bay)
    for target in ("in_progress", "quality_check"):
        o = s.workorders.move(o.id, o.version, target)
    o = s.workorders.move(o.id, o.version, "ready", inspector_id=w.inspector)
    return s.workorders.move(o.id, o.version, "delivered").id


def test_delivery_plans_the_first_call_from_the_next_day(services: Services, workshop: Workshop) -> None:
    order_id = delivered(services, workshop)
    today = date.today()
    assert services.followups.day_list(today) == []  # not on the day of delivery
    calls = services.followups.day_list(today + timedelta(days=1))
    assert len(calls) == 1
    call = calls[0]
    assert (call.order_id, call.round, call.due_by, call.overdue) == (order_id, 1, today + timedelta(days=3), False)
    assert (call.customer, call.phone, call.plate, call.advisor, call.technician) == (
        "张伟", "13812345678", "粤B12345", "李顾问", "王师傅")
    assert call.work_done  # what was done, for the clerk to ask about
    assert services.followups.day_list(today + timedelta(days=5))[0].overdue


def test_a_customer_who_declined_contact_gets_no_call(services: Services, workshop: Workshop) -> None:
    detail = services.customers.get_customer(workshop.customer_id)
    from desktop.services.customers.records import CustomerForm

    services.customers.update_customer(detail.id, detail.version, CustomerForm(
        name="张伟", phones=["13812345678"], consent_contact=False))
    delivered(services, workshop)
    assert services.followups.day_list(date.today() + timedelta(days=2)) == []


def test_a_reached_customer_plans_the_second_call_and_a_low_score_opens_a_complaint(
        services: Services, workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=1))[0]
    with pytest.raises(ValidationFailed) as info:
        services.followups.log_call(call.id, CallForm(True, {"quality": 7}))
    assert set(info.value.errors) == {"quality"}
    result = services.followups.log_call(call.id, CallForm(True, {"reception": 5, "quality": 2, "price": 4},
                                                           notes="刹车还有点响"))
    assert result.state == "done" and result.complaint_number.startswith("TS")
    complaint = services.complaints.get(result.complaint_id or 0)
    assert complaint.row.channel == "followup" and complaint.row.category == "quality"
    assert complaint.contact_id == result.contact_id and complaint.orders[0][0] == call.order_id
    assert complaint.row.description == "刹车还有点响"
    with pytest.raises(Refused):  # the call is closed
        services.followups.log_call(call.id, CallForm(True, {"quality": 5}))
    second = services.followups.day_list(date.today() + timedelta(days=8))
    assert [c.round for c in second] == [2]
    results = services.aftercare.of_order(call.order_id)
    assert results[0].scores["quality"] == 2 and results[0].average == Decimal("3.7")


def test_an_unreached_customer_is_tried_again_then_closed_as_unreachable(services: Services,
                                                                          workshop: Workshop) -> None:
    delivered(services, workshop)
    day = date.today() + timedelta(days=1)
    call = services.followups.day_list(day)[0]
    morning = datetime.combine(day, datetime.min.time()).astimezone().replace(hour=10).astimezone(UTC)
    first = services.followups.log_call(call.id, CallForm(False), at=morning)
    assert first.state == "open" and first.next_try_at is not None
    assert first.next_try_at.astimezone().hour == 14  # tried again in the afternoon
    services.followups.log_call(call.id, CallForm(False), at=morning + timedelta(hours=5))
    last = services.followups.log_call(call.id, CallForm(False), at=morning + timedelta(days=1))
    assert last.state == "unreachable"
    register = services.aftercare.register(day - timedelta(days=1), day + timedelta(days=2))
    assert [r.reached for r in register] == [False, False, False]


def test_a_complaint_said_on_the_phone_opens_a_case_even_with_good_scores(services: Services,
                                                                           workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=2))[0]
    result = services.followups.log_call(call.id, CallForm(True, {"quality": 5}, complaint="交车时车内有烟味"))
    assert services.complaints.get(result.complaint_id or 0).row.description == "交车时车内有烟味"


def test_inbound_calls_and_letters_are_in_the_register(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.followups.log_contact(ContactForm("inbound", None, "question"))
    assert set(info.value.errors) == {"customer"}
    services.followups.log_contact(ContactForm("inbound", workshop.customer_id, "question", "问保养价格"))
    services.followups.log_contact(ContactForm("letter", workshop.customer_id, "reminder", "保养提醒信"))
    today = date.today()
    assert [r.kind for r in services.aftercare.register(today, today)] == ["inbound", "letter"]
    assert [r.kind for r in services.aftercare.register(today, today, "letter")] == ["letter"]


def test_a_deputy_takes_the_list_of_a_clerk_away(services: Services, workshop: Workshop) -> None:
    delivered(services, workshop)
    with services.db.write("anna") as s:
        for task in s.query(FollowUp):
            task.assigned_to = "xiaoli"
    day = date.today() + timedelta(days=1)
    assert services.followups.day_list(day, mine=True) == []
    services.followups.add_deputy("xiaoli", "anna", day, day)
    assert len(services.followups.day_list(day, mine=True)) == 1
    with pytest.raises(ValidationFailed):
        services.followups.add_deputy("xiaoli", "xiaoli", day, day - timedelta(days=1))


def test_only_people_who_may_call_log_calls(services: Services, workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=1))[0]
    tech = Services.create(services.db, Desk(Actor("wang", "王师傅", None, ("technician",),
                                                   DEFAULT_GRANTS["technician"])))
    with pytest.raises(NotPermitted):
        tech.followups.log_call(call.id, CallForm(True, {"quality": 5}))
    clerk = Services.create(services.db, Desk(Actor("xiaoli", "小李", None, ("information",),
                                                    DEFAULT_GRANTS["information"])))
    assert clerk.followups.log_call(call.id, CallForm(True, {"quality": 5})).state == "done"


def test_satisfaction_by_month_advisor_and_technician(services: Services, workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=1))[0]
    services.followups.log_call(call.id, CallForm(True, {"quality": 4, "price": 5}))
    today = date.today()
    by_advisor = services.aftercare.satisfaction(today - timedelta(days=1), today + timedelta(days=1), "advisor")
    assert [(x.who, x.calls, x.reached, x.scores["quality"], x.average) for x in by_advisor] == [
        ("李顾问", 1, 1, 4, Decimal("4.5"))]
    assert services.aftercare.satisfaction(today, today, "technician")[0].who == "王师傅"
    assert services.aftercare.complaint_rate(today, today) == (0, 1)
    assert services.complaints.page(ComplaintFilter()) == []
    _ = ComplaintForm


def test_the_car_and_the_customer_file_show_the_results(services: Services, workshop: Workshop) -> None:
    delivered(services, workshop)
    call = services.followups.day_list(date.today() + timedelta(days=1))[0]
    services.followups.log_call(call.id, CallForm(True, {"quality": 2, "price": 4}, notes="异响还在"))
    kinds = [e.kind for e in services.customers.get_vehicle(workshop.vehicle_id).history]
    assert "follow_up" in kinds and "complaint" in kinds
    care = services.aftercare.customer_summary(workshop.customer_id)
    assert care.last_call_reached and care.average == Decimal("3.0") and (care.complaints, care.complaints_open) == (
        1, 1)


def test_the_dedicated_advisor_gets_the_calls_of_their_customers(services: Services, workshop: Workshop) -> None:
    from desktop.services.customers.records import CustomerForm
    from desktop.services.users.records import UserForm

    services.users.create_owner("店主", "Owner-Pass-2026")
    li = services.users.add_user(UserForm("李专属", "lizs", ("advisor",), password="Advisor-Pass-2026"))
    detail = services.customers.get_customer(workshop.customer_id)
    form = detail.form()
    form.advisor_id = li.id
    services.customers.update_customer(detail.id, detail.version, form)
    assert services.customers.get_customer(workshop.customer_id).advisor == "李专属"
    delivered(services, workshop)
    assert services.followups.day_list(date.today() + timedelta(days=1))[0].assigned_to == "lizs"
    _ = CustomerForm
