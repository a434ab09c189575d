"""系统: language, where the data is, the log, the version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.config import Settings, data_dir, snapshot_dir, work_dir
from desktop.i18n import LANGUAGES
from desktop.services.backup import BackupService, BackupStatus
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError

from desktop.views.backup.dialogs import BackupDialog, RestoreDialog
from desktop.views.workorders.workshop import WorkshopSettings


class SystemPage(QWidget):
    status = Signal(str)
    restored = Signal()  # the data was replaced: the program reopens it

    def __init__(self, services: Services, settings: Settings, log_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.services = services
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        for label, value in (
            (self.tr("Database"), services.database_label),
            (self.tr("Data folder"), str(data_dir())),
            (self.tr("Log file"), str(log_path)),
            (self.tr("Version"), __version__),
            (self.tr("Acting user"), services.user),
        ):
            text = QLabel(value)
            text.setTextInteractionFlags(text.textInteractionFlags() | text.textInteractionFlags().TextSelectableByMouse)
            form.addRow(label, text)
        layout.addLayout(form)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
        self.backup_button = QPushButton(self.tr("Back up to USB…"))
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.wizard_button = QPushButton(self.tr("Setup wizard…"))
        self.wizard_button.setToolTip(self.tr("Language, the shop's details, labour rate and VAT. The data is not "
                                              "touched."))
        self.wizard_button.clicked.connect(self.open_wizard)
        self.backup_label = QLabel()
        buttons = QHBoxLayout()
        for w in (open_folder, self.backup_button, self.restore_button, self.wizard_button):
            buttons.addWidget(w)
        buttons.addWidget(self.backup_label, 1)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.open_backup)
        self.restore_button.clicked.connect(self.open_restore)
        self._show_last_backup()
        self.workshop = WorkshopSettings(services)
        self.workshop.status.connect(self.status)
        layout.addWidget(self.workshop, 1)

    def backup_status(self) -> BackupStatus:
        return self._backup_service().status()

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

    def open_wizard(self) -> QWidget:
        from desktop.views.system.first_run import FirstRunWizard

        dialog = FirstRunWizard(self.services, self.settings, offer_data=False, parent=self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _language_changed(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.save()
        self.language_note.setText(self.tr("The new language applies when ServiceBay starts again."))
        self.status.emit(self.language_note.text())
