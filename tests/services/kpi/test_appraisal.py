"""A technician's month from plan to signatures: the job's template, the weights checked,
the measures filled in from the records, the self-score, the manager's score and grade,
an adjustment with its reason, the three signatures by three different people, an appeal
and its outcome; each person sees only their own; the averages, the due actions and the
pay table."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.models import Appraisal
from desktop.services.common.dates import add_months
from desktop.services.container import Services
from desktop.services.core.desk import Actor, NotPermitted
from desktop.services.core.errors import Refused, StaleEdit, ValidationFailed
from desktop.services.core.permissions import ALL
from desktop.services.kpi.appraisal import AppraisalService, ItemForm
from desktop.services.workorders.workshop import WorkshopSetup
from tests.conftest import Workshop
from tests.services.kpi.test_kpi import shop  # noqa: F401  (ten orders delivered today, one a comeback)


def as_person(services: Services, login: str, staff_id: int | None, manager: bool = False) -> None:
    services.desk.sign_in(Actor(login, login, staff_id, frozenset({"manager" if manager else "technician"}),
                                ALL - {"users.manage"} if manager else frozenset({"orders.work"})))


def test_a_technician_s_month_from_plan_to_signatures(services: Services, workshop: Workshop,
                                                      shop: list[int]) -> None:  # noqa: F811
    month = date.today().replace(day=1)
    boss = WorkshopSetup(services.db).add_staff("郑经理", "manager")
    head = WorkshopSetup(services.db).add_staff("陈总", "manager")
    service = AppraisalService(services.db, services.desk)
    as_person(services, "zheng", boss, manager=True)
    plan = service.plan(workshop.tech, month)
    assert plan.state == "planned" and plan.template == "job" and sum(i.weight for i in plan.items) == 100
    assert [i.measure for i in plan.items if i.kind == "measure"] == ["productivity", "efficiency", "rework_rate"]
    assert service.plan(workshop.tech, month).id == plan.id  # one a month
    with pytest.raises(ValidationFailed) as bad:
        service.save_items(plan.id, plan.version, [ItemForm("保养质量", 50), ItemForm("5S", 30), ItemForm("学习", 10)])
    assert "90" in bad.value.errors["weights"].render()
    with pytest.raises(ValidationFailed):
        service.save_items(plan.id, plan.version, [ItemForm("保养质量", 60), ItemForm("5S", 40)])  # fewer than 3
    forms = [ItemForm("Technician productivity (生产率)", 40, "measure", "productivity"),
             ItemForm("Rework rate (返修率)", 30, "measure", "rework_rate"),
             ItemForm("完成两次内训", 30, target="2次")]
    plan = service.save_items(plan.id, plan.version, forms)
    plan = service.fill_from_records(plan.id)
    rework = next(i for i in plan.items if i.measure == "rework_rate")
    assert (rework.actual, rework.target) == ("10.0%", "3%")  # one comeback in ten: far over the allowed 3 %
    assert rework.suggested == Decimal("9.0")  # 30 points x 3/10
    goal = plan.items[2]

    as_person(services, "wang", workshop.tech)  # the technician scores their own month
    assert [r.staff_id for r in service.month(month)] == [workshop.tech]
    mine = service.self_score(plan.id, plan.version, {i.id: i.weight for i in plan.items})
    assert mine.state == "self_scored" and mine.self_total == 100
    with pytest.raises(NotPermitted):
        service.manager_score(mine.id, mine.version, {i.id: 0 for i in mine.items})
    with pytest.raises(StaleEdit):
        service.self_score(plan.id, plan.version, {})

    as_person(services, "zheng", boss, manager=True)
    with pytest.raises(ValidationFailed):
        service.manager_score(mine.id, mine.version, {goal.id: "46"})  # more than 150 % of 30
    points = {mine.items[0].id: "44", rework.id: "9", goal.id: "30"}
    scored = service.manager_score(mine.id, mine.version, points)
    assert (scored.manager_total, scored.score, scored.grade) == (Decimal(83), Decimal("83.0"), "D")
    with pytest.raises(ValidationFailed):
        service.adjust_grade(scored.id, scored.version, "C", "")  # the reason is needed
    adjusted = service.adjust_grade(scored.id, scored.version, "C", "返修车系配件质量问题，非个人原因")
    assert (adjusted.grade, adjusted.grade_from_score) == ("C", "D")
    as_person(services, "chen2", workshop.tech2)
    with pytest.raises(Refused):
        service.sign(adjusted.id, adjusted.version, "employee")  # another technician is not the employee
    as_person(services, "zheng", boss, manager=True)
    signed = service.sign(adjusted.id, adjusted.version, "manager")
    with pytest.raises(Refused):
        service.sign(signed.id, signed.version, "head")  # the same person twice
    as_person(services, "wang", workshop.tech)
    signed = service.sign(signed.id, signed.version, "employee")
    appealed = service.appeal(signed.id, signed.version, "内训两次都完成了，应给满分")
    with pytest.raises(Refused):
        service.appeal(appealed.id, appealed.version, "again")
    as_person(services, "chen", head, manager=True)
    signed = service.sign(appealed.id, appealed.version, "head")
    assert signed.state == "signed" and signed.head_signed_by == "chen" and signed.manager_signed_by == "zheng"
    on_paper = service.plan(workshop.tech2, month)  # no login: the manager records the signed paper form
    on_paper = service.manager_score(on_paper.id, on_paper.version, {i.id: i.weight for i in on_paper.items})
    assert service.sign(on_paper.id, on_paper.version, "employee").employee_signed
    decided = service.decide_appeal(signed.id, signed.version, "核实属实，维持C级", "")
    assert decided.appeal_outcome and decided.grade == "C"
    with pytest.raises(Refused):
        service.manager_score(decided.id, decided.version, points)  # signed: closed
    assert service.pay_rows(month)[0] == ("王师傅", "technician", "C", Decimal(30), Decimal("1.0"))


def test_probation_averages_and_due_actions(services: Services, workshop: Workshop) -> None:
    month = date.today().replace(day=1)
    with services.db.write() as s:  # three A months before this one
        for back, score in ((3, "118"), (2, "121"), (1, "125")):
            s.add(Appraisal(staff_id=workshop.tech, month=add_months(month, -back), state="signed",
                            score=Decimal(score), grade="A" if Decimal(score) >= 120 else "B"))
        for back in (2, 1):
            s.add(Appraisal(staff_id=workshop.tech2, month=add_months(month, -back), state="signed",
                            score=Decimal(80), grade="D"))
    service = AppraisalService(services.db, services.desk)
    rows = {r.staff_id: r for r in service.month(add_months(month, -1))}
    assert rows[workshop.tech].due == "" and rows[workshop.tech2].due == "plan"  # two As; two Ds
    newcomer = service.plan(workshop.inspector, month)
    newcomer = service.save_items(newcomer.id, newcomer.version, [ItemForm("熟悉流程", 40), ItemForm("考试", 30),
                                                                   ItemForm("跟师学习", 30)], probation=True)
    scored = service.manager_score(newcomer.id, newcomer.version, {i.id: i.weight for i in newcomer.items})
    assert scored.score == 100 and scored.grade == ""  # on probation: scored, not graded
    months, averages = service.history(workshop.tech, add_months(month, -1).year)
    assert len(months) >= 1 and averages[str(add_months(month, -1).year)] is not None
    if month.month >= 4:  # the three months sit in one year
        assert averages[str(month.year)] == Decimal("121.3")
    as_person(services, "li", workshop.tech2)
    with pytest.raises(NotPermitted):
        service.history(workshop.tech, month.year)  # only one's own


def test_the_training_plan_and_its_completion(services: Services, workshop: Workshop) -> None:
    from datetime import timedelta

    today = date.today()
    training = services.training
    first = training.plan(workshop.tech, "新能源高压安全", today - timedelta(days=20))
    second = training.plan(workshop.tech, "发动机故障诊断", today - timedelta(days=10))
    training.plan(workshop.tech, "变速箱维修", today + timedelta(days=30))  # not due yet
    with pytest.raises(ValidationFailed):
        training.plan(workshop.tech, "  ", today)
    with pytest.raises(ValidationFailed):
        training.record(first.id, today + timedelta(days=1), True)  # not held yet
    training.record(first.id, first.planned_on, True)
    training.record(second.id, second.planned_on, False)
    passed, due, rate = training.completion(today.year, today, workshop.tech)
    if (today - timedelta(days=20)).year == today.year:
        assert (passed, due, rate) == (1, 2, Decimal("50.0"))
    as_person(services, "li", workshop.tech2)
    with pytest.raises(NotPermitted):
        training.plan_of(today.year, workshop.tech)  # another person's
    assert training.plan_of(today.year, workshop.tech2) == []  # one's own: allowed
