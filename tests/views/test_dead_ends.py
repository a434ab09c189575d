"""An action that cannot run says why in one line, with a button to where it is fixed
(issue 15): a new shop has no technicians and no inspector yet."""

from pathlib import Path

from desktop.config import Settings
from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.workorders.records import ReceptionForm

from desktop.views.main_window import MainWindow


def test_dispatch_without_technicians_points_to_the_staff(qtbot, services: Services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          answers, monkeypatch) -> None:
    from desktop.views.shared import common

    said: list[str] = []
    real_ask = common.ask

    def ask(parent, title, text, buttons, default=0):  # type: ignore[no-untyped-def]
        said.append(text)
        return real_ask(parent, title, text, buttons, default)

    monkeypatch.setattr(common, "ask", ask)
    customer = services.customers.create_customer(CustomerForm(name="张伟"), VehicleForm(plate="粤B12345"))
    order = services.workorders.open_order(ReceptionForm(vehicle_id=customer.vehicles[0].id, odometer_km=1000,
                                                         concern="保养"))
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show_order(order.id)
    answers["ask"].append(0)  # "Open System → Staff"
    window.workorders.editor.do_dispatch()
    assert said and ("System" in said[0] or "系统" in said[0])
    assert window.pages.currentWidget() is window.system
    answers["ask"].append(-1)
    window.workorders.editor.do_pass()  # no inspector either: said, nothing moved
    assert len(said) == 2 and services.workorders.get(order.id).state == order.state
