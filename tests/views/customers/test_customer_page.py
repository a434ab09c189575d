from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.customers.rules.vin import with_check_digit
from tests.views.conftest import press

from desktop.views.customers.dialogs import CustomerDialog, OdometerDialog
from desktop.views.customers.page import CustomerPage

VIN = with_check_digit("LSVAU2180N2123456")


def search_for(qtbot, page: CustomerPage, text: str, type_into) -> list[str]:  # type: ignore[no-untyped-def]
    type_into(page.search, text)
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2000)
    return [r.name for r in page.results.rows()]


def test_reception_types_a_customer_and_car_then_finds_them(qtbot, page: CustomerPage,  # type: ignore[no-untyped-def]
                                                            services: Services, type_into) -> None:
    press(qtbot, page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, CustomerDialog) and dialog.vehicle is not None
    assert dialog.customer.name.hasFocus()
    type_into(dialog.customer.name, "张伟")
    type_into(dialog.customer.phones, "138 1234 5678")
    type_into(dialog.customer.tags, "吸烟、偏好微信")
    type_into(dialog.vehicle.plate, "粤b12345")
    type_into(dialog.vehicle.vin, VIN.lower())
    dialog.vehicle.make.setCurrentText("大众")
    type_into(dialog.vehicle.model, "朗逸")
    type_into(dialog.vehicle.model_year, "2022")
    type_into(dialog.vehicle.purchase_date, "2022/3/1")
    type_into(dialog.vehicle.odometer, "30000")
    press(qtbot, dialog.vehicle.odometer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    assert page.detail is not None and page.detail.name == "张伟"
    assert page.detail.tags == ("吸烟", "偏好微信")
    assert page.vehicles.rowCount() == 1 and page.vehicles.row(0).plate == "粤B12345"
    assert page.vehicle is not None and page.vehicle.last_km == 30000
    assert page.history.rowCount() == 2  # owner and the first odometer reading

    page.show_customer(None)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    assert search_for(qtbot, page, "zw", type_into) == ["张伟"]
    press(qtbot, page.search, Qt.Key.Key_Return)
    assert page.results_view.hasFocus()
    assert page.detail is not None and page.detail.name == "张伟"

    page.show_customer(None)
    assert search_for(qtbot, page, "5678", type_into) == ["张伟"]
    assert page.detail is not None and page.detail.phones == ("13812345678",)
    assert page.results.row(0).matched == "phone"


def test_errors_show_under_the_fields_and_nothing_is_saved(qtbot, page: CustomerPage,  # type: ignore[no-untyped-def]
                                                           services: Services, type_into) -> None:
    dialog = page.new_customer()
    assert dialog.vehicle is not None
    type_into(dialog.customer.phones, "1381234")
    type_into(dialog.vehicle.plate, "京A1234")
    type_into(dialog.vehicle.vin, "LSVAU2180N2123456")
    type_into(dialog.vehicle.purchase_date, "yesterday")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "2024-05-31" in dialog.vehicle.errors.text("purchase_date")
    dialog.vehicle.purchase_date.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "name" in dialog.customer.errors.text("name").lower() or dialog.customer.errors.text("name")
    assert "11" in dialog.customer.errors.text("phones")
    assert "京A1234" in dialog.vehicle.errors.text("plate")
    assert "check digit" in dialog.vehicle.errors.text("vin")
    assert dialog.customer.name.hasFocus()
    assert services.search.count() == 0
    dialog.reject()


def test_same_phone_asks_before_saving_a_second_file(qtbot, page: CustomerPage, services: Services,  # type: ignore[no-untyped-def]
                                                     type_into, answers) -> None:
    first = services.customers.create_customer(CustomerForm(name="张伟", phones=["13812345678"]))
    dialog = page.new_customer()
    type_into(dialog.customer.name, "张伟")
    type_into(dialog.customer.phones, "13812345678")
    answers["ask"].append(0)  # "Open the existing file"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and page.detail is not None and page.detail.id == first.id
    assert services.search.count() == 1

    dialog = page.new_customer()
    type_into(dialog.customer.name, "张伟")
    type_into(dialog.customer.phones, "13812345678")
    answers["ask"].append(1)  # "No, save a new customer"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.search.count() == 2


def test_duplicate_plate_links_to_the_existing_car(qtbot, page: CustomerPage, services: Services,  # type: ignore[no-untyped-def]
                                                   type_into) -> None:
    owner = services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]),
                                               VehicleForm(plate="粤B12345"))
    dialog = page.new_customer()
    assert dialog.vehicle is not None
    type_into(dialog.customer.name, "王强")
    type_into(dialog.vehicle.plate, "粤B12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = dialog.vehicle.errors.fields["plate"][1]
    assert "李娜" in label.text() and 'href="open"' in label.text()
    label.linkActivated.emit("open")
    assert not dialog.isVisible()
    assert page.detail is not None and page.detail.id == owner.id
    assert services.search.count() == 1


def test_odometer_below_the_last_reading_asks_for_a_reason(qtbot, page: CustomerPage,  # type: ignore[no-untyped-def]
                                                           services: Services, type_into, answers) -> None:
    d = services.customers.create_customer(CustomerForm(name="张伟"), VehicleForm(plate="粤B12345",
                                                                                  odometer_km=50000))
    page.open_customer(d.id)
    press(qtbot, page.vehicles_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, OdometerDialog)
    type_into(dialog.km, "1200")
    answers["ask_text"].append("仪表更换")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.vehicle is not None and page.vehicle.last_km == 1200
    assert page.vehicle.readings[-1].reason == "仪表更换"


def test_transfer_a_car_to_its_new_owner(qtbot, page: CustomerPage, services: Services,  # type: ignore[no-untyped-def]
                                         type_into) -> None:
    seller = services.customers.create_customer(CustomerForm(name="张伟"), VehicleForm(plate="粤B12345"))
    services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]))
    page.open_customer(seller.id)
    dialog = page.transfer_vehicle()
    assert dialog is not None
    type_into(dialog.picker.query, "ln")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=2000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.detail is not None and page.detail.name == "李娜"
    assert [o.customer_name for o in page.vehicle.owners] == ["张伟", "李娜"]  # type: ignore[union-attr]


def test_merge_two_files(qtbot, page: CustomerPage, services: Services, type_into, answers) -> None:  # type: ignore[no-untyped-def]
    keep = services.customers.create_customer(CustomerForm(name="张伟", phones=["13812345678"]))
    services.customers.create_customer(CustomerForm(name="张伟 (旧)", phones=["0755-23456789"]),
                                       VehicleForm(plate="粤B12345"))
    page.open_customer(keep.id)
    dialog = page.merge_customer()
    assert dialog is not None
    type_into(dialog.picker.query, "23456789")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=2000)
    answers["ask"].append(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.detail is not None and page.detail.phones == ("13812345678", "0755-23456789")
    assert [v.plate for v in page.detail.vehicles] == ["粤B12345"]
    assert services.search.count() == 1


def test_archive_hides_and_restore_brings_back(qtbot, page: CustomerPage, services: Services,  # type: ignore[no-untyped-def]
                                               type_into, answers) -> None:
    d = services.customers.create_customer(CustomerForm(name="张伟"))
    page.open_customer(d.id)
    answers["ask_text"].append("搬家")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.detail is not None and page.detail.archived
    assert search_for(qtbot, page, "zw", type_into) == []
    page.include_archived.setChecked(True)
    assert [r.name for r in page.results.rows()] == ["张伟"]
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)  # now "Restore"
    assert not page.detail.archived


def test_import_dialog_maps_and_reports_bad_rows(qtbot, page: CustomerPage, services: Services,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path, answers, synchronous_background) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机,车牌号\n张伟,13812345678,粤B12345\n李娜,12345,京A1\n", encoding="utf-8")
    dialog = page.import_file()
    answers["open_file"].append(str(bad))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.current_mapping() == {0: "name", 1: "phone", 2: "plate"}
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # The bad row in a grid, as in the file, its two cells at fault marked with the reasons.
    assert dialog.errors.isVisible() and dialog.errors.rowCount() == 1 and dialog.errors.item(0, 0).text() == "3"
    assert dialog.errors.item(0, 2).toolTip() and dialog.errors.item(0, 3).toolTip()
    assert not dialog.errors.item(0, 1).toolTip()  # the name is fine
    assert services.search.count() == 0
    dialog.errors.item(0, 2).setText("13912345678")  # corrected in place
    dialog.errors.item(0, 3).setText("京A12345")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "2" in dialog.done_label.text() and services.search.count() == 2

    more = tmp_path / "more.csv"
    more.write_text("姓名,手机,车牌号\n王芳,13712345678,粤B54321\n赵敏,123,粤Z1\n", encoding="utf-8")
    dialog.load_file(more)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rejects = tmp_path / "待修正.csv"
    answers["save_file"].append(str(rejects))
    qtbot.mouseClick(dialog.aside_button, Qt.MouseButton.LeftButton)  # the good row now, the bad one aside
    assert services.search.count() == 3 and "赵敏" in rejects.read_text(encoding="utf-8-sig")
    dialog.reject()
    QApplication.processEvents()
    assert sorted(r.name for r in page.results.rows()) == ["张伟", "李娜", "王芳"]



def test_export_writes_the_file_chosen(qtbot, page: CustomerPage, services: Services,  # type: ignore[no-untyped-def]
                                       tmp_path: Path, answers) -> None:
    services.customers.create_customer(CustomerForm(name="张伟"), VehicleForm(plate="粤B12345"))
    out = tmp_path / "out.csv"
    answers["save_file"].append(str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "粤B12345" in out.read_text(encoding="utf-8-sig")


def test_customer_list_loads_page_by_page(qtbot, page: CustomerPage, services: Services) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.customers.records import CustomerForm

    for n in range(260):  # more than a page (200), fewer than two
        services.customers.create_customer(CustomerForm(name=f"客户{n:03d}", phones=[f"139{n:08d}"]))
    page.refresh_results()
    assert page.results.rowCount() == 200
    assert page.results.canFetchMore()
    page.results_view.scrollToBottom()
    qtbot.waitUntil(lambda: page.results.rowCount() > 200, timeout=2000)
    while page.results.canFetchMore():
        page.results.fetchMore()
    assert page.results.rowCount() == 260


def test_the_footer_counts_a_new_customer(qtbot, page: CustomerPage, services: Services) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.customers.records import CustomerForm

    assert page.count_label.text().startswith(("0", "共 0"))
    page._created(services.customers.create_customer(CustomerForm(name="张伟")))
    assert page.results.rowCount() == 1 and "1" in page.count_label.text() and "0" not in page.count_label.text()


def test_an_empty_reason_for_a_lower_reading_is_said_and_nothing_saved(qtbot, page: CustomerPage,  # type: ignore[no-untyped-def]
                                                                       services: Services, type_into, answers) -> None:
    d = services.customers.create_customer(CustomerForm(name="张伟"), VehicleForm(plate="粤B12345",
                                                                                  odometer_km=50000))
    page.open_customer(d.id)
    press(qtbot, page.vehicles_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    type_into(dialog.km, "1200")
    answers["ask_text"].append("   ")  # OK pressed with no reason
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.text() and page.vehicle is not None and page.vehicle.last_km == 50000


def test_a_corrected_field_loses_its_red_message(qtbot, page: CustomerPage, type_into) -> None:  # type: ignore[no-untyped-def]
    dialog = page.new_customer()
    form = dialog.customer
    type_into(form.phones, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    messages = [label.text() for _w, label in form.errors.fields.values() if label.text()]
    assert messages
    for key, (widget, label) in form.errors.fields.items():
        if label.text() and key in ("name", "phones"):
            type_into(widget, "张伟" if key == "name" else "13812345678")
            assert label.text() == "", key
