"""The appraisal page: the manager plans the month for everyone, fills a technician's
measures in from the records, scores (a wrong number said under the table, nothing saved),
and the form prints; the technician sees only their own month and scores it."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.services.container import Services
from desktop.services.core.desk import Actor
from tests.conftest import Workshop
from tests.services.kpi.test_kpi import deliver

from desktop.views.kpi.appraisal import MANAGER, SELF, AppraisalPage


def test_the_manager_scores_and_the_technician_sees_their_own(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                              workshop: Workshop) -> None:
    deliver(services, workshop, 10_000)
    page = AppraisalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.plan_month()
    assert page.rows.rowCount() == 4  # the advisor, two technicians, the inspector
    tech_row = next(i for i in range(page.rows.rowCount()) if page.rows.row(i).staff_id == workshop.tech)
    page.open(page.rows.row(tech_row).id)
    assert page.current is not None and page.items.rowCount() == 4
    page.fill()
    assert page.items.item(0, 3).text()  # achieved, from the records
    for r in range(page.items.rowCount()):
        page.items.item(r, MANAGER).setText("999")
    page.save_manager()
    assert page.message.text() and page.current.score is None  # 999 is out of range: nothing saved
    for r in range(page.items.rowCount()):
        page.items.item(r, MANAGER).setText(page.items.item(r, 1).text())  # each weight: 100 in all
    page.save_manager()
    assert page.current.score == 100 and page.current.grade == "C" and not page.message.text()
    dialog = page.print_form()
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    services.desk.sign_in(Actor("wang", "王师傅", workshop.tech, frozenset({"technician"}), frozenset({"orders.work"})))
    page.refresh()
    assert page.rows.rowCount() == 1 and page.current is not None and page.current.staff_id == workshop.tech
    assert not page.plan_button.isVisible()
    assert not page.items.item(0, SELF).flags() & Qt.ItemFlag.ItemIsEditable  # scored: too late to self-score
    assert not page.buttons["self"].isEnabled() and not page.buttons["manager"].isEnabled()
    assert page.buttons["sign"].isEnabled() and page.buttons["appeal"].isEnabled()
    assert page.current.month == date.today().replace(day=1)


def test_adjust_sign_appeal_and_training_through_the_dialogs(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    from desktop.views.shared import common

    page = AppraisalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.plan_month()
    row = next(i for i in range(page.rows.rowCount()) if page.rows.row(i).staff_id == workshop.advisor)
    page.open(page.rows.row(row).id)
    for r in range(page.items.rowCount()):
        page.items.item(r, MANAGER).setText(str(int(page.items.item(r, 1).text()) * 125 // 100))
    page.save_manager()
    assert page.current is not None and page.current.grade == "A"
    answers = iter(["B", "As the direct manager"])
    monkeypatch.setattr(common, "ask_item", lambda *a: next(answers))
    monkeypatch.setattr(common, "ask_text", lambda *a: "A级名额已满")
    page.adjust()
    assert page.current.grade == "B" and page.current.grade_note == "A级名额已满"
    page.sign()
    assert page.current.manager_signed_by == "anna"  # the desk's login: no staff file behind it
    page.right_tabs.setCurrentIndex(1)
    dialog = page.training.plan()
    assert dialog is not None
    dialog.course.setText("客户沟通技巧")
    dialog.accept()
    assert page.training.rows.rowCount() == 1
    page.training.view.setCurrentIndex(page.training.rows.index(0, 0))
    monkeypatch.setattr(common, "ask_item", lambda *a: a[3][0])  # passed
    page.training.record()
    assert page.training.rows.row(0).passed is True and "1" in page.training.completion.text()


def test_a_goal_s_owner_enters_its_figure(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                          monkeypatch) -> None:
    """The manager names who enters a goal's figure; that person sees it under 待录入数据,
    types it and saves; the manager's page shows it with its owner."""
    from desktop.services.common.dates import add_months

    from desktop.views.kpi.appraisal import ACTUAL, OWNER, TEXT
    from desktop.views.shared import common

    page = AppraisalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.month.setDate(page.month.date().addMonths(-1))  # last month: being scored now
    page.plan_month()
    tech_row = next(i for i in range(page.rows.rowCount()) if page.rows.row(i).staff_id == workshop.tech)
    page.open(page.rows.row(tech_row).id)
    goal = next(r for r in range(page.items.rowCount()) if not page.items.item(r, ACTUAL).text()
                and page.current.items[r].kind == "goal")
    page.items.setCurrentCell(goal, TEXT)
    monkeypatch.setattr(common, "ask_item", lambda *_a: "赵质检")
    page.choose_owner()
    assert page.items.item(goal, OWNER).text() == "赵质检"
    page.save_goals()
    assert page.current.items[goal].owner == "赵质检" and not page.message.text()

    services.desk.sign_in(Actor("zhao", "赵质检", workshop.inspector, frozenset({"inspector"}), frozenset()))
    page.refresh()
    assert page.figures.owed.rowCount() == 1 and page.figures.owed.row(0).person == "王师傅"
    assert page.figures.late_view.isHidden()  # the list of the late is the manager's
    page.figures.owed.setData(page.figures.owed.index(0, 5), "96%")
    assert page.figures.save() == 1 and page.figures.owed.rowCount() == 0
    services.desk.sign_in(Actor("zheng", "郑经理", None, frozenset({"manager"}),
                                frozenset({"appraisal.manage", "kpi.view"})))
    page.refresh()
    page.open(page.rows.row(tech_row).id)
    assert page.items.item(goal, ACTUAL).text() == "96%"
    assert page.current.month == add_months(date.today().replace(day=1), -1)
