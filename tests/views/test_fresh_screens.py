"""Pages show what the services changed without being reopened (issue 15): the parts page
after stock moved elsewhere, the customer's file after a visit read the odometer."""

from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.parts.records import PartForm

from desktop.views.customers.page import CustomerPage
from desktop.views.parts.page import PartsPage


def test_the_parts_page_follows_stock_moved_elsewhere(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    part = services.parts.save_part(PartForm(number="06L115562B", name="机油滤清器", price="58.00"))
    page = PartsPage(services)
    qtbot.addWidget(page)
    page.show()  # a page on screen follows the changes; a hidden one does not read at all
    page.refresh(reload=True)
    page.view.selectRow(0)
    assert page.current is not None and page.current.on_hand == 0
    services.parts.receive(part.part_id, "12", "31.50")  # the purchasing page, another window
    qtbot.waitUntil(lambda: page.current is not None and page.current.on_hand == 12, timeout=3000)
    assert page.model.row(0).on_hand == 12


def test_the_customer_file_follows_a_new_odometer_reading(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    made = services.customers.create_customer(CustomerForm(name="张伟"), VehicleForm(plate="粤B12345",
                                                                                     odometer_km=50000))
    page = CustomerPage(services)
    qtbot.addWidget(page)
    page.show()
    page.open_customer(made.id)
    assert page.vehicle is not None and page.vehicle.last_km == 50000
    services.customers.record_odometer(made.vehicles[0].id, 51230)  # reception, at another desk
    qtbot.waitUntil(lambda: page.vehicle is not None and page.vehicle.last_km == 51230, timeout=3000)
