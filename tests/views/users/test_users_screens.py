"""The people at the desk, through the window: the owner made at the first start, sign-in and
switching user, the lock, the administrator's users section, the audit log, and the
workshop kiosk where a technician clocks on by PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.config import Settings
from desktop.services.container import Services
from desktop.services.users.records import UserForm
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized

from desktop.views.main_window import MainWindow
from desktop.views.users.audit import AuditLogDialog
from desktop.views.users.page import UserDialog
from desktop.views.users.signin import OwnerDialog, SignInDialog

OWNER_PW = "Shunda#2026"


def test_the_owner_is_made_with_a_recovery_code_then_signs_in(qtbot, services: Services, type_into) -> None:  # type: ignore[no-untyped-def]
    owner = OwnerDialog(services)
    qtbot.addWidget(owner)
    type_into(owner.name, "陈老板")
    type_into(owner.password, "123456")
    type_into(owner.repeat, "123456")
    owner.save()
    assert owner.errors.text("password") and owner.created is None  # among the first guesses
    type_into(owner.password, OWNER_PW)
    type_into(owner.repeat, OWNER_PW + "x")
    owner.save()
    assert owner.errors.text("repeat")
    type_into(owner.password, OWNER_PW)
    type_into(owner.repeat, OWNER_PW)
    owner.save()
    assert owner.created is not None and owner.created.recovery_code in owner.code.text()
    assert not owner.password.text()  # never left in a field
    owner.save()
    assert owner.result() == 1

    sign = SignInDialog(services)
    qtbot.addWidget(sign)
    type_into(sign.login, "admin")
    type_into(sign.password, "wrong-password")
    sign.save()
    assert "not right" in sign.general_error.text() and sign.signed is None
    type_into(sign.password, OWNER_PW)
    sign.save()
    assert sign.signed is not None and sign.signed.owner


def test_switching_user_and_the_lock(qtbot, services: Services, tmp_path: Path, type_into) -> None:  # type: ignore[no-untyped-def]
    services.users.create_owner("陈老板", OWNER_PW)
    services.users.add_user(UserForm("李娜", "lina", ("advisor",), password="Lina#Desk01"))
    services.users.reset_password(services.users.users()[-1].id, "Lina#Desk01")
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    assert window.system.tabs.isTabVisible(1)  # the acting admin manages users
    switch = window.desk.switch_user()
    type_into(switch.login, "lina")
    type_into(switch.password, "Lina#Desk01")
    # Lina's password was set by an administrator: she chooses her own first.
    from desktop.views.shared import common

    def choose_own(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.old.setText("Lina#Desk01")
        dialog.new.setText("Lina#Mine2027")
        dialog.repeat.setText("Lina#Mine2027")
        dialog.save()
        return dialog.result() == 1

    original = common.run_dialog
    common.run_dialog = choose_own
    try:
        switch.save()
    finally:
        common.run_dialog = original
    assert services.desk.login == "lina" and "李娜" in window.desk.label.text()
    assert not window.system.tabs.isTabVisible(1)
    assert window.system.user_label.text() == "李娜"
    # Idle: the screen locks; Lina's own password opens it again.
    locked = window.desk.lock()
    assert locked is not None and not window.isEnabled() and locked.login.text() == "lina"
    type_into(locked.password, "Lina#Mine2027")
    locked.save()
    assert window.isEnabled() and services.desk.login == "lina"


def test_the_administrator_adds_a_technician_with_a_pin(qtbot, services: Services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      type_into) -> None:
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    dialog = window.users.add_user()
    assert isinstance(dialog, UserDialog)
    type_into(dialog.name, "黄师傅")
    type_into(dialog.login, "huang")
    for i in range(dialog.roles.count()):
        item = dialog.roles.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == "technician"
                           else Qt.CheckState.Unchecked)
    type_into(dialog.pin, "12")
    dialog.save()
    assert dialog.errors.text("pin")
    type_into(dialog.pin, "4729")
    dialog.save()
    assert dialog.result() == 1
    huang = next(u for u in window.users.model.rows() if u.login == "huang")
    assert huang.roles == ("technician",) and huang.has_pin and not huang.has_password


def test_the_audit_log_filters_and_exports(qtbot, services: Services, tmp_path: Path, answers) -> None:  # type: ignore[no-untyped-def]
    services.settings.set_prices("150", "13")
    dialog = AuditLogDialog(services)
    qtbot.addWidget(dialog)
    assert any(r.action == "setting-changed" for r in dialog.model.rows())
    dialog.action.setCurrentIndex(dialog.action.findData("setting-changed"))
    assert {r.action for r in dialog.model.rows()} == {"setting-changed"}
    dialog.view.selectRow(0)
    assert "labour_rate" in dialog.detail.toPlainText() or "vat_rate" in dialog.detail.toPlainText()
    answers["save_file"].append(str(tmp_path / "audit.xlsx"))
    assert dialog.export() == len(dialog.model.rows())
    assert (tmp_path / "audit.xlsx").stat().st_size > 0


def test_a_technician_clocks_on_at_the_kiosk_by_pin(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path, type_into) -> None:
    order = authorized(services, workshop)
    services.workorders.dispatch(order.id, order.version, technician_id=workshop.tech, bay_id=workshop.bay)
    services.users.set_pin(workshop.tech, "4729")
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.pages.indexOf(window.kiosk))
    kiosk = window.kiosk
    kiosk.name_buttons[workshop.tech].click()
    type_into(kiosk.pin, "1111")
    assert not kiosk.enter_pin() and kiosk.pin_error.text()
    type_into(kiosk.pin, "4729")
    assert kiosk.enter_pin() and kiosk.stack.currentWidget() is kiosk.day_page
    line_id = kiosk.day.jobs[0].line_id
    kiosk.job_buttons[(line_id, "start")].click()
    assert kiosk.day.jobs[0].mine_open and kiosk.day.clocked_in is not None
    kiosk.job_buttons[(line_id, "pause")].click()
    assert not kiosk.day.jobs[0].mine_open
    kiosk.clock_out_button.click()
    assert kiosk.day.clocked_out is not None
    kiosk.sign_out_button.click()
    assert kiosk.stack.currentWidget() is kiosk.names_page and kiosk.person is None
    assert services.desk.login == "anna"  # the kiosk never changed who is at the desk
    # The order shows the clocked time against the standard hours; the foreman corrects.
    window.show_order(order.id)
    tab = window.workorders.editor.clock_tab
    assert tab.model.rowCount() == 1 and "h" in tab.summary.text()
    tab.view.selectRow(0)
    correct = tab.correct()
    assert correct is not None
    type_into(correct.reason, "平板上点错了")  # type: ignore[attr-defined]
    correct.save()  # type: ignore[attr-defined]
    assert tab.model.row(0).corrected_by == "anna"
