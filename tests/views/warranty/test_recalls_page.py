"""The recalls page: the manufacturer's file imported (its bad rows named), the cars still to
do with a call logged; the open campaign on the work order, added in one click."""

from pathlib import Path

from desktop.services.container import Services
from desktop.services.workorders.records import ReceptionForm
from tests.conftest import Workshop
from tests.services.warranty.test_recalls import OTHER, OURS, car, row, write

from desktop.views.warranty.coverage import CoverageTab
from desktop.views.warranty.recalls import RecallsPage, _r
from desktop.views.workorders.editor import WorkOrderEditor

__all__ = ["car"]


def test_import_the_file_and_call_the_owners(qtbot, services: Services, car: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             answers) -> None:
    page = RecallsPage(services)
    qtbot.addWidget(page)
    page.show()
    assert not page.do_import(str(write(tmp_path / "bad.csv", [row(OURS), row("LSVAU0335")])))
    assert "3" in page.error.text() and page.campaigns.rowCount() == 0  # row 3 named, nothing imported
    assert page.do_import(str(write(tmp_path / "good.csv", [row(OURS), row(OTHER)])))
    assert page.campaigns.rowCount() == 1 and page.cars.rowCount() == 2
    page.car_view.selectRow(0)
    assert page.call_button.isEnabled()
    answers["ask_item"].append(_r("will come"))
    page.do_call()
    assert page.cars.row(0).last_outcome == "will_come"


def test_the_open_campaign_shows_on_the_order_and_goes_on_it(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                            car: int, tmp_path: Path) -> None:
    services.recalls.import_campaign(write(tmp_path / "r.csv", [row(OURS)]))
    order = services.workorders.open_order(ReceptionForm(vehicle_id=car, odometer_km=8100, concern="保养"))
    editor = WorkOrderEditor(services)
    tab = CoverageTab(services)
    tab.order_changed.connect(editor.line_saved)
    editor.add_order_tab(tab, "Warranty")
    qtbot.addWidget(editor)
    editor.show()
    editor.open(order.id)
    assert editor.recall_banner.isVisibleTo(editor) and "R2026-07" in editor.recall_banner.text()
    assert tab.recall_button.isVisibleTo(tab)
    tab.do_add_recall()
    assert editor.order is not None and [x.payer for x in editor.order.lines] == ["warranty", "warranty"]
