"""A technician fills the inspection sheet on the work order with the mouse and keyboard;
the findings become the customer's proposal; the next visit shows what was not done."""

import pytest
from PySide6.QtCore import Qt

from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized

from desktop.views.inspection.order_tab import InspectionTab
from desktop.views.workorders.editor import WorkOrderEditor


@pytest.fixture
def editor(qtbot, services: Services, workshop: Workshop) -> WorkOrderEditor:  # type: ignore[no-untyped-def]
    widget = WorkOrderEditor(services)
    tab = InspectionTab(services)
    tab.order_changed.connect(widget.line_saved)
    widget.add_order_tab(tab, "Inspection")
    widget.inspection = tab  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_a_technician_fills_the_sheet_and_the_advisor_proposes_the_work(  # type: ignore[no-untyped-def]
        qtbot, editor: WorkOrderEditor, services: Services, workshop: Workshop, answers, type_into) -> None:
    order = authorized(services, workshop)
    editor.open(order.id)
    tab: InspectionTab = editor.inspection  # type: ignore[attr-defined]
    editor.tabs.setCurrentWidget(tab)
    answers["ask_item"].append(next(n for n in _names(services) if n.startswith("常规保养体检")))
    tab.do_new()
    sheet = tab.sheet
    assert sheet.view is not None and len(sheet.rows) == 40
    pad = next(r for r in sheet.rows.values() if r.item.label == "前制动片厚度")
    # a reading no car can give: refused on its row, nothing saved
    assert pad.value is not None
    type_into(pad.value, "45")
    pad.value.editingFinished.emit()
    assert "45" in pad.error.text() and pad.item.id not in sheet.view.answers
    pad.value.clear()
    type_into(pad.value, "1.5")
    pad.value.editingFinished.emit()
    assert sheet.view.answers[pad.item.id].finding == "urgent"
    assert pad.buttons["urgent"].isChecked()  # the reading decides: urgent
    wiper = next(r for r in sheet.rows.values() if r.item.label == "雨刮及喷水")
    qtbot.mouseClick(wiper.buttons["attention"], Qt.MouseButton.LeftButton)
    type_into(wiper.note, "胶条老化")
    wiper.note.editingFinished.emit()
    assert sheet.view.answers[wiper.item.id].note == "胶条老化"
    qtbot.mouseClick(sheet.all_ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.finish_button, Qt.MouseButton.LeftButton)
    assert "not answered" in sheet.error.text() or "未" in sheet.error.text()  # readings still open
    for row in sheet.rows.values():
        if row.value is not None and row.item.id not in sheet.view.answers:
            type_into(row.value, "12.6" if row.item.limits.unit == "V" else "240" if row.item.limits.unit == "kPa"
                      else "6")
            row.value.editingFinished.emit()
    qtbot.mouseClick(sheet.finish_button, Qt.MouseButton.LeftButton)
    assert sheet.view.result == "done", sheet.error.text()
    assert not pad.buttons["ok"].isEnabled()  # a finished sheet is kept as it was
    assert tab.propose_button.isEnabled() and tab.report_button.isEnabled()
    qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    assert editor.order is not None
    assert [x.description for x in editor.order.lines if x.approval == "pending"] == ["更换前制动片"]
    assert not tab.propose_button.isEnabled()


def _names(services: Services) -> list[str]:
    from desktop.views.inspection.labels import KINDS, word

    return [f"{c.name}（{word(KINDS, c.kind)}）" for c in services.checklists.checklists()
            if c.kind in ("inspection", "pdi")]
