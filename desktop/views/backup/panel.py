"""The backup section of the System page: the shop's last verified backup, and the two
buttons that make one or restore one.  The main window hands it to the System page and
asks it when it reminds the shop to back up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.config import Settings, snapshot_dir, work_dir
from desktop.services.backup import BackupService, BackupStatus
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError

from desktop.views.backup.dialogs import BackupDialog, RestoreDialog


def restore_dialog(services: Services, parent: QWidget | None = None) -> RestoreDialog:
    """The restore dialog on its own (the first-run wizard of a new PC opens it)."""
    dialog = RestoreDialog(BackupService(services.db, snapshot_dir(), work_dir(), services.user), parent)
    return dialog


class BackupPanel(QWidget):
    status = Signal(str)
    restored = Signal()  # the data was replaced: the program reopens it

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.dialog: QWidget | None = None
        self.backup_button = QPushButton(self.tr("Back up to USB…"))
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.backup_label = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.backup_label, 1)
        self.backup_button.clicked.connect(self.open_backup)
        self.restore_button.clicked.connect(self.open_restore)
        self._show_last_backup()

    def backup_status(self) -> BackupStatus:
        return backup_status(self.services)

    def _show_last_backup(self) -> None:
        """The shop's last verified backup, the same on every workstation."""
        try:
            status = self.backup_status()
        except ServiceError:
            return
        if status.last_at is not None:
            when = status.last_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.backup_label.setText(self.tr("Last verified backup: %1 (%2, %3)").replace("%1", when)
                                      .replace("%2", status.where or "—").replace("%3", status.by or "—"))
        else:
            self.backup_label.setText(self.tr("No backup yet."))

    def _backup_service(self) -> BackupService:
        return BackupService(self.services.db, snapshot_dir(), work_dir(), self.services.user)

    def open_backup(self) -> BackupDialog:
        dialog = BackupDialog(self._backup_service(), self.settings, self.services.settings.get("shop_name"), self)
        dialog.finished_backup.connect(lambda _r: self._show_last_backup())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._backup_service(), self)
        dialog.restored.connect(lambda _m: self.restored.emit())
        self.dialog = dialog
        dialog.open()
        return dialog


def backup_status(services: Services) -> BackupStatus:
    """The shop's last verified backup and its newest change (the reminder asks it without
    building the System page)."""
    return BackupService(services.db, snapshot_dir(), work_dir(), services.user).status()
