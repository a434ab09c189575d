from datetime import date, timedelta

import pytest

from desktop.models import Complaint
from desktop.services.aftercare.records import ComplaintFilter, ComplaintForm
from desktop.services.common.workdays import is_working_day
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Approval, Desk, NotPermitted
from desktop.services.core.errors import Refused, StaleEdit, ValidationFailed
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from tests.conftest import Workshop


def form(w: Workshop, **kw: object) -> ComplaintForm:
    base: dict[str, object] = {"customer_id": w.customer_id, "channel": "phone", "category": "quality",
                               "description": "保养后机油灯亮", "vehicle_id": w.vehicle_id}
    base.update(kw)
    return ComplaintForm(**base)  # type: ignore[arg-type]


def test_bad_complaints_are_refused_field_by_field(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.complaints.open(form(workshop, customer_id=None, channel="fax", category="", description=" "))
    assert set(info.value.errors) == {"customer", "channel", "category", "description"}
    assert services.complaints.page(ComplaintFilter(open_only=False)) == []


def test_a_complaint_gets_its_number_deadline_and_owner(services: Services, workshop: Workshop) -> None:
    c = services.complaints.open(form(workshop))
    assert c.row.number.startswith("TS") and c.row.state == "open" and c.row.owner == "anna"
    cal = services.calendar.calendar()
    assert is_working_day(c.row.deadline, cal.holidays, cal.makeup) and c.row.deadline > date.today()
    assert c.report_by == date.today() + timedelta(days=2)
    assert [a.kind for a in c.actions] == ["opened"]


def test_the_whole_life_of_a_complaint_is_logged(services: Services, workshop: Workshop) -> None:
    cs = services.complaints
    c = cs.open(form(workshop))
    cid = c.row.id
    c = cs.start(cid, c.version)
    c = cs.report(cid, c.version, "已报告王经理（面谈）")
    with pytest.raises(Refused):
        cs.told(cid, c.version, "电话")  # no solution yet
    c = cs.solution(cid, c.version, "免费检查机油压力传感器")
    assert c.row.tell_today
    c = cs.told(cid, c.version, "电话告知，客户同意")
    assert not c.row.tell_today
    with pytest.raises(ValidationFailed) as info:
        cs.resolve(cid, c.version, "", "更换传感器")
    assert set(info.value.errors) == {"root_cause"}
    with pytest.raises(Refused):
        cs.close(cid, c.version, "客户满意")  # not resolved yet
    c = cs.resolve(cid, c.version, "传感器插头松动", "重新插紧并检测")
    with pytest.raises(ValidationFailed) as info:
        cs.close(cid, c.version, " ")  # closing needs the customer's confirmation
    assert set(info.value.errors) == {"confirmation"}
    with pytest.raises(StaleEdit):
        cs.close(cid, c.version - 1, "客户满意")
    c = cs.close(cid, c.version, "回访确认满意")
    assert c.row.state == "closed" and c.root_cause == "传感器插头松动"
    assert [a.kind for a in c.actions] == ["opened", "state", "reported", "solution", "told", "state", "state"]
    with pytest.raises(Refused):
        cs.note(cid, c.version, "再补一句")


def test_settled_on_the_spot_is_resolved_at_once(services: Services, workshop: Workshop) -> None:
    c = services.complaints.open(form(workshop, settled_on_spot="当场重新洗车", category="other"))
    assert c.row.state == "resolved" and c.told_at is not None and not c.row.tell_today


def test_past_the_deadline_it_escalates_once(services: Services, workshop: Workshop) -> None:
    c = services.complaints.open(form(workshop))
    later = c.row.deadline + timedelta(days=1)
    assert services.complaints.escalate(later) == 1
    assert services.complaints.escalate(later) == 0
    rows = services.complaints.page(ComplaintFilter(), today=later)
    assert rows[0].overdue and rows[0].escalated
    assert rows[0].report_late == (later > c.report_by)
    assert services.complaints.counts(later) == (1, 1, 0)
    assert services.complaints.get(c.row.id).actions[-1].kind == "escalated"


def test_goodwill_needs_a_manager(services: Services, workshop: Workshop) -> None:
    advisor = Services.create(services.db, Desk(Actor("li", "李顾问", None, ("advisor",), DEFAULT_GRANTS["advisor"])))
    c = advisor.complaints.open(form(workshop))
    with pytest.raises(NotPermitted):
        advisor.complaints.goodwill(c.row.id, c.version, "免工时费", "120")
    with advisor.desk.approved(Approval("wang", "王经理", frozenset({"complaints.manage"}))):
        c = advisor.complaints.goodwill(c.row.id, c.version, "免工时费", "120")
    assert (c.goodwill, c.goodwill_amount, c.goodwill_by) == ("免工时费", 120, "wang")
    with pytest.raises(ValidationFailed):
        services.complaints.goodwill(c.row.id, c.version, "免工时费", "-5")


def test_the_complaint_rate_counts_complaints_over_deliveries(services: Services, workshop: Workshop) -> None:
    services.complaints.open(form(workshop))
    today = date.today()
    assert services.aftercare.complaint_rate(today, today) == (1, 0)
    with services.db.read() as s:
        assert s.query(Complaint).count() == 1
