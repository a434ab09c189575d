"""The car's warranty cover in the window: the work order's tab with its flags, an exclusion
recorded and lifted; the line dialog names the component and says when it is out of cover;
the policies in System."""

from datetime import date, timedelta

import pytest

from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.warranty.test_coverage import under_warranty
from tests.services.workorders.test_workorders import authorized

from desktop.views.warranty.coverage import CoverageTab, ExclusionDialog
from desktop.views.warranty.policies import PoliciesSettings
from desktop.views.workorders.dialogs import LineDialog


@pytest.fixture
def covered(services: Services, workshop: Workshop) -> int:
    under_warranty(services, workshop, date.today() - timedelta(days=400))
    return authorized(services, workshop).id


def test_the_order_shows_the_cover_and_an_exclusion_takes_it_away(qtbot, services: Services, covered: int,  # type: ignore[no-untyped-def]
                                                                  answers, type_into) -> None:
    tab = CoverageTab(services)
    qtbot.addWidget(tab)
    tab.show_order(services.workorders.get(covered))
    rows = {tab.model.row(i).component: tab.model.row(i) for i in range(tab.model.rowCount())}
    assert rows["vehicle"].covered and rows["vehicle"].ends_km == 60_000 and rows["battery"].covered
    assert tab.flags.isVisibleTo(tab) and tab.flags.text()  # a year without maintenance here
    dialog = tab.do_exclude()
    assert isinstance(dialog, ExclusionDialog)
    dialog.save()
    assert dialog.isVisible() and dialog.errors.text("reason") and dialog.errors.text("note")
    dialog.reason.setCurrentIndex(dialog.reason.findData("modified"))
    type_into(dialog.note, "加装涡轮")
    dialog.save()
    assert not dialog.isVisible()
    rows = {tab.model.row(i).component: tab.model.row(i) for i in range(tab.model.rowCount())}
    assert not rows["vehicle"].covered and rows["vehicle"].why and tab.exclusions.count() == 1
    tab.exclusions.setCurrentRow(0)
    answers["ask_text"].append("看错了")
    tab.do_lift()
    assert tab.exclusions.count() == 0


def test_the_line_dialog_names_the_component_and_warns_out_of_cover(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                                    workshop: Workshop) -> None:
    under_warranty(services, workshop, date.today() - timedelta(days=3 * 365))  # 朗逸: 24 months, over
    order = authorized(services, workshop)
    dialog = LineDialog(services, order, "labour")
    qtbot.addWidget(dialog)
    assert not dialog.component.isEnabled()
    dialog.payer.setCurrentIndex(dialog.payer.findData("warranty"))
    assert dialog.component.isEnabled()
    dialog.component.setCurrentIndex(dialog.component.findData("vehicle"))
    assert dialog.cover.text()  # out of warranty: said before saving
    dialog.component.setCurrentIndex(dialog.component.findData("battery"))
    assert dialog.cover.text() == ""
    dialog.description.setText("电池检测")
    dialog.save()
    fresh = services.workorders.get(order.id)
    assert fresh.lines[-1].warranty_component == "battery" and fresh.lines[-1].payer == "warranty"


def test_the_policies_are_kept_in_system(qtbot, services: Services, workshop: Workshop, type_into) -> None:  # type: ignore[no-untyped-def]
    page = PoliciesSettings(services)
    qtbot.addWidget(page)
    page.show()
    type_into(page.make, "丰田")
    type_into(page.months, "0")
    page.save()
    assert page.errors.text("months") and page.errors.text("km")
    page.months.setText("36")
    type_into(page.km, "100000")
    type_into(page.free, "5000")
    page.save()
    assert page.model.rowCount() == 1 and page.model.row(0).free_inspections == "5000"
