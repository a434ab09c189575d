"""System → Backup and Restore, clicked through as the shop owner does."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.config import Settings
from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm

from desktop.views.backup.dialogs import BackupDialog, RestoreDialog
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("synchronous_background")


def test_backup_to_a_stick_and_restore_it(qtbot, services: Services, tmp_path: Path, answers) -> None:  # type: ignore[no-untyped-def]
    services.customers.create_customer(CustomerForm(name="张伟", phones=["13812345678"]))
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(services, settings, tmp_path / "x.log")
    qtbot.addWidget(window)
    assert not window.remind_backup()  # at the start of the first day with data: not yet
    answers["ask"].append(0)  # "Back up now" when reminded at closing
    assert window.remind_backup(closing=True)
    dialog = window.backup.dialog
    assert isinstance(dialog, BackupDialog)
    usb = tmp_path / "usb"
    dialog.folder.setText(str(usb))
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "8" in dialog.general_error.text() and not usb.exists()
    dialog.encrypt.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (backup_file,) = usb.glob("*.sbk")
    assert str(backup_file) in dialog.result_label.text() and dialog.progress.value() == 100
    assert not window.remind_backup(closing=True)  # nothing changed since this backup
    assert str(usb) in window.backup.backup_label.text()  # where, from the shop's own database
    dialog.reject()

    services.customers.create_customer(CustomerForm(name="后来的人"))
    restore = window.backup.open_restore()
    assert isinstance(restore, RestoreDialog) and not restore.save_button.isEnabled()
    restore.load(backup_file)
    assert "1" in restore.summary.text() and restore.save_button.isEnabled()
    answers["ask"].append(0)  # "Restore"
    qtbot.mouseClick(restore.save_button, Qt.MouseButton.LeftButton)
    assert window.reopen
    assert [r.name for r in services.search.page(None, 10)] == ["张伟"]


def test_a_bad_file_is_refused_in_the_dialog(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.backup import BackupService

    bogus = tmp_path / "holiday.sbk"
    bogus.write_bytes(b"photos" * 100)
    dialog = RestoreDialog(BackupService(services.db))
    qtbot.addWidget(dialog)
    dialog.load(bogus)
    assert dialog.general_error.text() and not dialog.save_button.isEnabled()


def test_when_to_remind() -> None:
    from desktop.services.backup import BackupStatus, reminder

    now = datetime(2026, 11, 23, 18, tzinfo=UTC)
    empty = BackupStatus(None, "", "", None, False)
    assert reminder(empty, now, closing=True) is None  # nothing to back up yet (right after the wizard)
    today = BackupStatus(None, "", "", now - timedelta(hours=2), True)
    assert reminder(today, now, closing=False) is None and reminder(today, now, closing=True) == "remind"
    backed = BackupStatus(now - timedelta(hours=1), "E:\\", "anna@PC1", now - timedelta(hours=2), True)
    assert reminder(backed, now, closing=True) is None  # nothing changed since the last backup
    changed = BackupStatus(now - timedelta(days=1), "E:\\", "anna@PC1", now - timedelta(hours=1), True)
    assert reminder(changed, now, closing=True) == "remind" and reminder(changed, now, closing=False) is None
    old = BackupStatus(now - timedelta(days=4), "E:\\", "anna@PC1", now - timedelta(days=2), True)
    assert reminder(old, now, closing=False) == "urgent" and reminder(old, now, closing=True) == "urgent"


def test_every_workstation_tells_the_same_last_backup(services: Services, tmp_path: Path) -> None:
    from desktop.services.backup import BackupService

    services.customers.create_customer(CustomerForm(name="张伟"))
    BackupService(services.db, tmp_path / "snaps", tmp_path / "work", "anna").backup(tmp_path / "usb")
    other_pc = BackupService(services.db).status()  # another workstation, its own settings file
    assert other_pc.last_at is not None and other_pc.where == str(tmp_path / "usb") and other_pc.by.startswith("anna@")
    assert not other_pc.changed_since_backup()


def test_a_backup_path_can_be_typed_or_pasted(qtbot, services: Services, tmp_path: Path, type_into) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.backup import BackupService

    services.customers.create_customer(CustomerForm(name="张伟"))
    made = BackupService(services.db, tmp_path / "snaps", tmp_path / "work").backup(tmp_path / "usb").path
    dialog = RestoreDialog(BackupService(services.db))
    qtbot.addWidget(dialog)
    type_into(dialog.file, f'"{made}"')  # pasted from Explorer's "copy as path", quotes and all
    dialog.file.editingFinished.emit()
    assert dialog.manifest is not None and dialog.save_button.isEnabled() and "1" in dialog.summary.text()
