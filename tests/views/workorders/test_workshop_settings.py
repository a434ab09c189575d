from decimal import Decimal

from desktop.services.container import Services

from desktop.views.workorders.workshop import WorkshopSettings


def test_staff_bays_and_rates(qtbot, services: Services, type_into) -> None:  # type: ignore[no-untyped-def]
    page = WorkshopSettings(services)
    qtbot.addWidget(page)
    type_into(page.staff_name, "王师傅")
    page.staff_role.setCurrentIndex(page.staff_role.findData("technician"))
    page.add_staff()
    assert [s.name for s in services.workorders.staff("technician")] == ["王师傅"]
    page.add_staff()  # an empty name is refused where it was typed
    assert page.error.text()
    page.staff.setCurrentRow(0)
    page.toggle_staff.click()
    assert services.workorders.staff("technician") == []  # left the shop; history keeps the name
    type_into(page.bay_name, "1号工位")
    page.add_bay()
    assert [b.name for b in services.workorders.bays()] == ["1号工位"]
    page.rate.setText("abc")
    page.save_rates()
    assert page.error.text() and services.settings.get("labour_rate") == Decimal("120.00")
    page.rate.setText("150.00")
    page.vat.setText("9")  # percent, as everywhere on screen
    page.save_rates()
    assert services.settings.get("labour_rate") == Decimal("150.00")
    assert services.settings.get("vat_rate") == Decimal("0.09")
