"""At the counter a part line is found by its number, a piece of its name or its pinyin
initials, and fills itself (issue 15)."""

from decimal import Decimal

import pytest

from desktop.services.container import Services
from desktop.services.parts.records import PartForm
from desktop.services.workorders.records import ReceptionForm
from tests.conftest import Workshop

from desktop.views.workorders.dialogs import LineDialog


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the popup, offscreen
def test_the_part_line_completes_from_number_name_or_pinyin(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                            type_into) -> None:
    parts = services.parts
    oil = parts.save_part(PartForm(number="06L115562B", name="机油滤清器", price="58.00"))
    parts.save_part(PartForm(number="5Q0698151", name="前制动片", price="420.00"))
    parts.receive(oil.part_id, "12", "31.50")
    order = services.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=10500,
                                                         concern="保养", advisor_id=workshop.advisor))
    dialog = LineDialog(services, order, "part")
    qtbot.addWidget(dialog)
    for typed in ("06l1", "滤清", "jylq"):
        type_into(dialog.part_number, typed)
        found = dialog.look_up_part()
        assert len(found) == 1 and found[0].startswith("06L115562B"), typed
    dialog.choose_part(found[0])
    assert dialog.part_number.text() == "06L115562B" and dialog.description.text() == "机油滤清器"
    assert Decimal(dialog.unit_price.text()) == Decimal("58.00") and "12" in dialog.part_stock.text()
    assert services.parts.lookup("zz") == [] and services.parts.lookup("") == []
