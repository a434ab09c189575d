"""The New cars page: a car received (with its mistakes shown where they were typed), a
storage check filled in its dialog, the PDI order, and the handover only after a pass."""

from datetime import date, timedelta

import pytest

from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.inspection.test_newcars import VIN, fill

from desktop.views.inspection.newcars import CheckDialog, HandOverDialog, NewCarsPage, ReceiveDialog


@pytest.fixture
def page(qtbot, services: Services, workshop: Workshop) -> NewCarsPage:  # type: ignore[no-untyped-def]
    widget = NewCarsPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_receive_check_pdi_and_hand_over(qtbot, page: NewCarsPage, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                        type_into) -> None:
    dialog = page.do_receive()
    assert isinstance(dialog, ReceiveDialog)
    type_into(dialog.vin, "LSVAU0335123")
    dialog.save()
    assert dialog.isVisible() and dialog.errors.text("vin") and dialog.errors.text("model")
    dialog.vin.clear()
    type_into(dialog.vin, VIN)
    type_into(dialog.model, "帕萨特")
    dialog.arrived.setDate(date.today() - timedelta(days=20))
    dialog.save()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1 and page.model.row(0).check_due
    assert "1" in page.summary.text()
    page.table.selectRow(0)
    assert not page.buttons["handover"].isEnabled()  # no PDI yet
    check = page.do_check()
    assert isinstance(check, CheckDialog) and check.sheet.view is not None
    assert check.sheet.view.kind == "storage"
    fill(services, check.sheet.view)
    check.accept()
    assert not page.model.row(0).check_due and page.model.row(0).last_check_result == "pass"
    page.table.selectRow(0)
    opened: list[int] = []
    page.open_order.connect(opened.append)
    page.do_pdi()
    assert len(opened) == 1 and page.model.row(0).pdi == "open"
    pdi = next(c for c in services.checklists.checklists("pdi"))
    fill(services, services.inspections.start(opened[0], pdi.id))
    page.refresh()
    page.table.selectRow(0)
    assert page.buttons["handover"].isEnabled() and page.buttons["report"].isEnabled()
    handover = page.do_handover()
    assert isinstance(handover, HandOverDialog)
    handover.save()  # nobody chosen: said where
    assert handover.errors.text("buyer")
    type_into(handover.search, "张伟")
    assert handover.buyer.count() >= 1
    handover.save()
    assert not handover.isVisible() and page.model.rowCount() == 0
    page.sold.setChecked(True)
    assert page.model.row(0).buyer == "张伟"
