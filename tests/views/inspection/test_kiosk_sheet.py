"""At the workshop kiosk a technician signed in by PIN opens the inspection sheet of the
job's order and fills it as themselves."""

from pathlib import Path

from desktop.config import Settings
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized

from desktop.views.inspection.order_tab import SheetDialog
from desktop.views.main_window import MainWindow


def test_a_technician_opens_the_sheet_from_the_kiosk(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path, type_into, answers) -> None:
    order = authorized(services, workshop)
    services.workorders.dispatch(order.id, order.version, technician_id=workshop.tech, bay_id=workshop.bay)
    services.users.set_pin(workshop.tech, "4729")
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.pages.indexOf(window.kiosk))
    kiosk = window.kiosk
    kiosk.name_buttons[workshop.tech].click()
    type_into(kiosk.pin, "4729")
    assert kiosk.enter_pin()
    line_id = kiosk.day.jobs[0].line_id
    kiosk.job_buttons[(line_id, "sheet")].click()
    dialog = window.sheet_dialog
    assert isinstance(dialog, SheetDialog) and dialog.tab.order is not None
    assert dialog.tab.order.number == order.number
    answers["ask_item"].append(_maintenance_name(dialog))
    dialog.tab.do_new()
    sheet = dialog.tab.sheet.view
    assert sheet is not None
    horn = next(i.id for i in sheet.items if i.label == "喇叭")
    dialog.tab.sheet.rows[horn].buttons["ok"].click()
    answered = services.inspections.get(sheet.id).answers[horn]
    assert answered.finding == "ok"
    assert answered.answered_by == kiosk.person.login != "anna"  # the technician's own name on the answer
    assert services.desk.login == "anna"  # the desk itself stays signed in as it was


def _maintenance_name(dialog: SheetDialog) -> str:
    from desktop.views.inspection.labels import KINDS, word

    c = next(c for c in dialog.tab.services.checklists.checklists() if c.name == "常规保养体检")
    return f"{c.name}（{word(KINDS, c.kind)}）"
