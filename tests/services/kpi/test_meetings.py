"""The after-sales meeting: announced three days ahead (not less), minuted with the
attendees, the cases and the decisions; its action items with an owner and a due date,
followed up at the next meeting; a person's overdue items at sign-in; a problem raised by
anyone, given an owner, answered, and the raiser sees the answer."""

from datetime import date, datetime, timedelta

import pytest

from desktop.services.container import Services
from desktop.services.core.desk import Actor, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.kpi.meetings import MeetingService, NewItem
from tests.conftest import Workshop


def test_a_meeting_and_its_action_items(services: Services, workshop: Workshop) -> None:
    moment = [datetime.now().astimezone()]
    meetings = MeetingService(services.db, services.desk, clock=lambda: moment[0])
    with pytest.raises(ValidationFailed) as short:
        meetings.announce(moment[0] + timedelta(days=2), "返修分析", "1. 上月返修")
    assert "held_at" in short.value.errors
    first = meetings.announce(moment[0] + timedelta(days=3, minutes=1), "返修分析", "1. 上月返修\n2. 投诉案例", "会议室")
    assert first.state == "announced" and first.to_review == ()
    with pytest.raises(ValidationFailed):
        meetings.minutes(first.id, first.version, "", "", "", {}, [])  # who attended
    with pytest.raises(ValidationFailed):
        meetings.minutes(first.id, first.version, "郑经理、王师傅", "", "", {}, [NewItem("培训", None, None)])
    due = (moment[0] + timedelta(days=10)).date()
    held = meetings.minutes(first.id, first.version, "郑经理、王师傅、李顾问", "返修车由质检复检", "WO2026-000012",
                            {}, [NewItem("制定复检清单", workshop.inspector, due),
                                 NewItem("配件缺货周报", workshop.advisor, due)])
    assert held.state == "held" and len(held.given) == 2 and held.cases == "WO2026-000012"
    with pytest.raises(Refused):
        meetings.minutes(held.id, held.version, "x", "", "", {}, [])

    moment[0] += timedelta(days=12)  # the items are overdue now
    second = meetings.announce(moment[0] + timedelta(days=4), "月度例会", "回顾上次会议事项")
    assert {i.text for i in second.to_review} == {"制定复检清单", "配件缺货周报"}
    assert all(i.overdue for i in second.to_review)
    services.desk.sign_in(Actor("zhao", "赵质检", workshop.inspector, frozenset({"inspector"}), frozenset()))
    mine = MeetingService(services.db, services.desk, clock=lambda: moment[0])
    assert [i.text for i in mine.overdue_for_me()] == ["制定复检清单"]
    assert [i.text for i in mine.items()] == ["制定复检清单"]  # only one's own
    mine.close(second.to_review[0].id if second.to_review[0].owner_id == workshop.inspector
               else second.to_review[1].id, "清单已张贴在质检区")
    assert mine.overdue_for_me() == []
    with pytest.raises(NotPermitted):
        mine.announce(moment[0] + timedelta(days=5), "x", "")
    services.desk.sign_in(Actor("anna", "anna"))
    other = next(i for i in second.to_review if i.owner_id == workshop.advisor)
    minuted = meetings.minutes(second.id, second.version, "全体", "", "", {other.id: (False, "下周完成")}, [])
    assert [(i.text, i.state, i.answer) for i in minuted.to_review] == [("配件缺货周报", "open", "下周完成")]


def test_a_problem_raised_is_answered_to_whoever_raised_it(services: Services, workshop: Workshop) -> None:
    services.desk.sign_in(Actor("lina", "李娜", workshop.advisor, frozenset({"advisor"}), frozenset()))
    raised = services.meetings.raise_problem("前台打印机经常卡纸")
    with pytest.raises(ValidationFailed):
        services.meetings.raise_problem("  ")
    with pytest.raises(NotPermitted):
        services.meetings.assign(raised.id, workshop.advisor, date.today())
    services.desk.sign_in(Actor("zheng", "郑经理"))
    assigned = services.meetings.assign(raised.id, workshop.tech, date.today() + timedelta(days=2))
    assert assigned.owner == "王师傅" and assigned.kind == "problem"
    services.meetings.close(raised.id, "已更换搓纸轮")
    services.desk.sign_in(Actor("lina", "李娜", workshop.advisor, frozenset({"advisor"}), frozenset()))
    (seen,) = services.meetings.items(state="", kind="problem")
    assert seen.answer == "已更换搓纸轮" and seen.state == "done"
