"""The appraisal's figures from their owners: the parts clerk owes the parts-issue accuracy
figure of a technician's goal, sees it (and nobody else's), enters it; late when past the
set day of the scoring window (moved past a weekend), on the manager's list; nobody enters
their own; a scored month's figures do not change; the owner is kept into the next month."""

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.services.common.dates import add_months
from desktop.services.container import Services
from desktop.services.core.desk import NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.kpi.appraisal import AppraisalService, ItemForm
from desktop.services.kpi.figures import AppraisalFigures
from desktop.services.kpi.rules import appraisal as rules
from desktop.services.workorders.workshop import WorkshopSetup
from tests.conftest import Workshop
from tests.services.kpi.test_appraisal import as_person


def test_the_set_day_of_the_window() -> None:
    assert rules.figures_due(date(2026, 10, 1), 3) == date(2026, 11, 3)  # a Tuesday
    assert rules.figures_due(date(2026, 7, 1), 1) == date(2026, 8, 3)  # the 1st is a Saturday: the Monday
    assert rules.figures_due(date(2026, 10, 1), 9) == date(2026, 11, 9)  # never past the window (moved to Mon 9th)


def test_the_owner_enters_the_figure_and_the_late_are_listed(services: Services, workshop: Workshop) -> None:
    month = add_months(date.today().replace(day=1), -1)  # last month: being scored now
    setup = WorkshopSetup(services.db)
    boss, clerk = setup.add_staff("郑经理", "manager"), setup.add_staff("刘库管", "parts")
    as_person(services, "zheng", boss, manager=True)
    appraisals = AppraisalService(services.db, services.desk)
    plan = appraisals.plan(workshop.tech, month)
    plan = appraisals.save_items(plan.id, plan.version, [
        ItemForm("Technician productivity (生产率)", 40, "measure", "productivity"),
        ItemForm("领料准确率", 30, target="99%", owner_id=clerk), ItemForm("5S", 30)])
    goal = plan.items[1]
    assert (goal.owner_id, goal.owner) == (clerk, "刘库管")
    due = rules.figures_due(month, 3)

    def on(day: date) -> AppraisalFigures:
        moment = datetime.combine(day, datetime.min.time()).astimezone() + timedelta(hours=10)
        return AppraisalFigures(services.db, services.desk, clock=lambda: moment.astimezone(UTC))

    as_person(services, "liu", clerk)
    (owed,) = on(due).to_enter()
    assert (owed.item_id, owed.person, owed.due_on, owed.late) == (goal.id, "王师傅", due, False)
    assert on(due + timedelta(days=1)).to_enter()[0].late  # past the day and still empty
    with pytest.raises(ValidationFailed):
        on(due).enter(goal.id, "  ")
    with pytest.raises(NotPermitted):
        on(due).late(month)  # the list of the late is the manager's
    as_person(services, "wang", workshop.tech)
    assert on(due).to_enter() == []  # the technician owes nothing
    with pytest.raises(Refused):
        on(due).enter(goal.id, "100%")  # and does not enter their own figures
    as_person(services, "zheng", boss, manager=True)
    (late,) = on(due + timedelta(days=2)).late(month)
    assert late.owner == "刘库管" and late.actual == ""
    as_person(services, "liu", clerk)
    entered = on(due + timedelta(days=2)).enter(goal.id, "99.5%")
    assert entered.actual == "99.5%" and entered.late  # entered, but after the day
    assert on(due + timedelta(days=2)).to_enter() == []
    as_person(services, "zheng", boss, manager=True)
    assert [r.actual for r in on(due + timedelta(days=2)).late(month)] == ["99.5%"]
    view = appraisals.get(plan.id)
    assert view.items[1].actual == "99.5%" and view.items[1].late
    # the manager scores the month: the figure is fixed
    view = appraisals.manager_score(view.id, view.version, {i.id: i.weight for i in view.items})
    as_person(services, "liu", clerk)
    with pytest.raises(Refused):
        on(due).enter(goal.id, "100%")
    # the next month keeps the owner
    as_person(services, "zheng", boss, manager=True)
    following = appraisals.plan(workshop.tech, add_months(month, 1))
    assert [i.owner_id for i in following.items] == [None, clerk, None]
    assert following.items[1].actual == ""
