from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from desktop import app as app_module
from desktop.config import Settings
from desktop.db import Database
from desktop.services.backup import BackupService
from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm

from desktop.views.backup.panel import restore_dialog
from desktop.views.system.first_run import FirstRunWizard


def test_the_wizard_sets_up_the_shop_and_loads_the_demo(qtbot, sqlite_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       type_into, monkeypatch) -> None:
    from desktop.views.shared import common

    told: list[str] = []
    monkeypatch.setattr(common, "inform", lambda _parent, _title, text, error=False: told.append(text))
    services = Services.create(sqlite_db)
    settings = Settings(tmp_path / "settings.json")
    wizard = FirstRunWizard(services, settings)
    qtbot.addWidget(wizard)
    wizard.language.setCurrentIndex(wizard.language.findData("en"))
    wizard.forward()
    assert wizard.pages.currentIndex() == 1
    wizard.forward()  # no shop name yet
    assert wizard.pages.currentIndex() == 1 and wizard.errors.text("shop_name")
    type_into(wizard.shop["shop_name"], "鹏程汽修")
    type_into(wizard.shop["shop_phone"], "abc123")  # the customer form's phone rule, here too
    wizard.forward()
    assert wizard.pages.currentIndex() == 1 and wizard.errors.text("shop_phone")
    type_into(wizard.shop["shop_phone"], "075588886666")
    assert not wizard.errors.text("shop_phone")  # corrected: the red line goes at once
    wizard.forward()
    type_into(wizard.labour_rate, "abc")
    wizard.forward()
    assert wizard.pages.currentIndex() == 2 and wizard.errors.text("labour_rate")
    type_into(wizard.labour_rate, "150")
    type_into(wizard.vat, "9")
    wizard.forward()
    assert wizard.pages.currentIndex() == 3  # staff and bays, prefilled with examples
    wizard.team.setPlainText("周杰，服务顾问\n王师傅 技工\n陈师傅，技师\n赵质检，质检员")
    wizard.forward()
    assert wizard.pages.currentIndex() == 3 and "2" in wizard.errors.text("team")  # line 2: no such role
    wizard.team.setPlainText("周杰，服务顾问\n王师傅，技师\n陈师傅，技师\n赵质检，质检员")
    wizard.bays.setText("1号工位，2号工位")
    wizard.forward()
    assert wizard.next.text() in ("Finish", "完成")
    wizard.load_demo.setChecked(True)
    wizard.forward()
    assert wizard.result() == 1 and settings.get("first_run_done") and settings.get("language") == "en"
    assert Settings(tmp_path / "settings.json").get("first_run_done")  # saved
    assert services.settings.get("shop_name") == "鹏程汽修"
    assert services.settings.get("shop_phone") == "0755-88886666"  # written as the program writes phones
    assert services.settings.get("labour_rate") == Decimal("150.00")
    assert services.settings.get("vat_rate") == Decimal("0.09")
    assert services.search.page(None, 5)  # the demo shop is there
    assert "ServiceBay-2026" in told[0] and "admin" in told[0]  # and how to sign in to it
    assert services.users.has_owner()
    names = {name for _i, name, _r, _a in services.workshop.people()}
    assert {"周杰", "王师傅", "陈师傅", "赵质检"} <= names  # dispatch and QC have people from day one
    assert {"1号工位", "2号工位"} <= {name for _i, name, _a in services.workshop.all_bays()}


def test_an_upgraded_installation_with_data_skips_the_wizard(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.customers.create_customer(CustomerForm(name="老客户"))
    settings = Settings(tmp_path / "settings.json")
    assert app_module.first_run(services, settings, lambda: None) is True
    assert settings.get("first_run_done")


def test_the_new_pc_restores_its_usb_backup_from_the_wizard(qtbot, sqlite_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            answers) -> None:
    from desktop.db import open_database

    old_pc = open_database("sqlite:///" + str(tmp_path / "old.sqlite3"), tmp_path / "snaps-old")
    Services.create(old_pc).customers.create_customer(CustomerForm(name="张伟"))
    backup = BackupService(old_pc, tmp_path / "snaps-old").backup(tmp_path / "usb")
    old_pc.dispose()

    services = Services.create(sqlite_db)
    settings = Settings(tmp_path / "settings.json")
    wizard = FirstRunWizard(services, settings, restore=lambda parent: restore_dialog(services, parent))
    qtbot.addWidget(wizard)
    wizard.shop["shop_name"].setText("新电脑")
    for _ in range(4):  # language, shop, prices, staff
        wizard.forward()
    wizard.restore.setChecked(True)
    wizard.forward()
    restore = wizard.restore_dialog
    assert restore is not None
    restore.load(backup.path)
    answers["ask"].append(0)
    qtbot.mouseClick(restore.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.restored, timeout=20000)  # the restore runs off the GUI thread
    assert settings.get("first_run_done")
    assert [r.name for r in services.search.page(None, 10)] == ["张伟"]


def test_the_wizard_again_from_system_leaves_the_data(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.main_window import MainWindow

    services.customers.create_customer(CustomerForm(name="王芳"))
    services.workshop.add_staff("李娜", "advisor")  # staff on file: the wizard does not ask again
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    wizard = window.system.open_wizard()
    assert isinstance(wizard, FirstRunWizard) and wizard.pages.count() == 3  # no data choice
    wizard.shop["shop_name"].setText("改名后的店")
    for _ in range(3):
        wizard.forward()
    assert services.settings.get("shop_name") == "改名后的店"
    assert [r.name for r in services.search.page(None, 10)] == ["王芳"]


def test_the_logo_is_checked_stored_and_printed(qtbot, services: Services, workshop, answers,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from PySide6.QtGui import QColor, QImage

    from desktop.services.workorders.records import ReceptionForm

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("hello")
    wizard = FirstRunWizard(services, Settings(tmp_path / "settings.json"), offer_data=False)
    qtbot.addWidget(wizard)
    answers["open_file"] += [str(not_an_image), str(logo)]
    wizard.choose_logo()
    assert wizard.errors.text("logo") and wizard.logo is None
    wizard.choose_logo()
    assert wizard.logo == logo.read_bytes() and wizard.logo_label.text() == "logo.png"
    wizard.shop["shop_name"].setText("有标志的店")
    for _ in range(3):
        wizard.forward()
    order = services.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=20000,
                                                         concern="异响"))
    pdf = services.documents.render("job-card", order.id)
    page = pdfium.PdfDocument(pdf)[0]
    assert any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())  # the logo is on it
