"""Backup to a USB drive, and restore (System → Backup / Restore)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.config import Settings
from desktop.services.backup import BackupResult, BackupService, Manifest
from desktop.services.core.errors import ServiceError
from desktop.volumes import Mounted, pick_drives, windows_drive_type

from desktop.views.shared import background, common
from desktop.views.shared.common import FormDialog, tr_message


def removable_drives() -> list[tuple[str, str, int]]:
    """The drives to offer; asks the system, so call it off the GUI thread (an offline
    mapped drive makes the call wait)."""
    from desktop.config import data_dir

    mounted = [Mounted(v.rootPath(), v.displayName(), v.bytesAvailable(),
                       v.isValid() and v.isReady() and not v.isReadOnly())
               for v in QStorageInfo.mountedVolumes()]
    return pick_drives(mounted, QStorageInfo.root().rootPath(), QStorageInfo(str(data_dir())).rootPath(),
                       drive_type=windows_drive_type if sys.platform == "win32" else None)


def describe(manifest: Manifest) -> str:
    when = manifest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    made = QCoreApplication.translate("Backup", "Made %1 by ServiceBay %2")
    counts = QCoreApplication.translate("Backup", "%1 customers, %2 vehicles, %3 work orders")
    lines = [
        made.replace("%1", when).replace("%2", manifest.program_version),
        counts.replace("%1", str(manifest.row_counts.get("customer", 0)))
        .replace("%2", str(manifest.row_counts.get("vehicle", 0)))
        .replace("%3", str(manifest.row_counts.get("work_order", 0))),
    ]
    if manifest.encrypted:
        lines.append(QCoreApplication.translate("Backup", "Encrypted with a passphrase"))
    return "\n".join(lines)


class BackupDialog(FormDialog):
    finished_backup = Signal(object)  # BackupResult

    def __init__(self, backup: BackupService, settings: Settings, shop_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Back up to a USB drive"))
        self.backup = backup
        self.settings = settings
        self.shop_name = shop_name
        self.drives = QListWidget()
        searching = QListWidgetItem(self.tr("Looking for USB drives…"), self.drives)
        searching.setFlags(Qt.ItemFlag.NoItemFlags)
        background.run_in_background(lambda _p: removable_drives(), self._show_drives,
                                     lambda _e: self._show_drives([]))
        last = settings.get("last_backup_dir")
        self.folder = QLineEdit(last)
        self.folder.setPlaceholderText(self.tr("The drive or folder for the backup"))
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self._choose)
        self.drives.currentItemChanged.connect(
            lambda item, _p: item is not None and self.folder.setText(item.data(Qt.ItemDataRole.UserRole)))
        self.encrypt = QCheckBox(self.tr("Protect with a passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.passphrase, self.repeat):
            w.setEnabled(False)
            self.encrypt.toggled.connect(w.setEnabled)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.folder, 1)
        rl.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Drives"), self.drives)
        form.addRow(self.tr("Folder"), row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow("", QLabel(self.tr("Without the passphrase nobody, not even ServiceBay, can restore "
                                       "an encrypted backup. Write it down and keep it safe.")))
        form.addRow(self.progress)
        form.addRow(self.result_label)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.save_button.setText(self.tr("Back up now"))
        self.resize(560, 460)

    def _show_drives(self, drives: list[tuple[str, str, int]]) -> None:
        self.drives.clear()
        for root, name, free in drives:
            item = QListWidgetItem(self.tr("%1  (%2 GB free)").replace("%1", name)
                                   .replace("%2", f"{free / 1e9:.1f}"), self.drives)
            item.setData(Qt.ItemDataRole.UserRole, root)
        if self.drives.count() == 0:
            hint = QListWidgetItem(self.tr("No USB drive found: plug one in, or choose a folder below."), self.drives)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)

    def _choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.general_error.show_message(self.tr("Choose the drive or folder for the backup."))
            return
        passphrase = None
        if self.encrypt.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < 8:
                self.general_error.show_message(self.tr("Use a passphrase of at least 8 characters."))
                return
            if passphrase != self.repeat.text():
                self.general_error.show_message(self.tr("The two passphrases differ."))
                return
        self.general_error.show_message("")
        self.save_button.setEnabled(False)
        self.result_label.setText(self.tr("Backing up… you can keep working in the meantime."))
        target = Path(folder)
        background.run_in_background(
            lambda progress: self.backup.backup(target, passphrase, self.shop_name, progress),
            self._done, self._failed, lambda f: self.progress.setValue(int(f * 100)))

    def _done(self, result: BackupResult) -> None:
        self.settings.set("last_backup_dir", str(result.path.parent))  # this PC's drive, offered next time
        self.settings.save()
        self.progress.setValue(100)
        text = self.tr("Backup written and verified: %1").replace("%1", str(result.path))
        if not result.cache_bypassed:
            text += "\n" + self.tr("This system could not read the backup back past its cache, so a drive that "
                                    "lies about its size would not be caught. Run 'servicebay verify' on it after "
                                    "plugging the drive in again.")
        self.result_label.setText(text)
        self.save_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.finished_backup.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.progress.setValue(0)
        self.result_label.setText("")
        if isinstance(exc, ServiceError):
            self.general_error.show_message(tr_message(exc.message))
        else:
            self.general_error.show_message(self.tr("The backup failed: %1").replace("%1", str(exc)))


class RestoreDialog(FormDialog):
    restored = Signal(object)  # Manifest

    def __init__(self, backup: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.backup = backup
        self.manifest: Manifest | None = None
        self.file = QLineEdit()  # typed or pasted too (E:\\servicebay-20261130-183000.sbk), not only picked
        self.file.setPlaceholderText(self.tr("Type or paste the path of a .sbk file, or choose it"))
        self.file.editingFinished.connect(self._typed)
        choose = QPushButton(self.tr("Choose backup…"))
        choose.clicked.connect(self._choose)
        self.summary = QLabel(self.tr("Choose a backup file (.sbk) to see what it holds."))
        self.summary.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setEnabled(False)
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.file, 1)
        rl.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Backup"), row)
        form.addRow("", self.summary)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        warning = QLabel(self.tr("Restoring replaces ALL current data with the backup's. Close ServiceBay "
                                 "everywhere else first (other windows and PCs); a safety copy of the current "
                                 "data is kept."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b26a00;")
        form.addRow(warning)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.save_button.setText(self.tr("Restore"))
        self.save_button.setEnabled(False)
        self.resize(560, 300)

    def _choose(self) -> None:
        path = common.choose_open_file(self, self.tr("Choose backup"), self.tr("ServiceBay backups (*.sbk)"))
        if path:
            self.load(Path(path))

    def _typed(self) -> None:
        text = self.file.text().strip().strip('"')
        if text and (self.manifest is None or Path(text) != getattr(self, "loaded", None)):
            self.load(Path(text))

    def load(self, path: Path) -> None:
        self.loaded = path
        self.file.setText(str(path))
        try:
            self.manifest = self.backup.inspect(path)
        except ServiceError as exc:
            self.manifest = None
            self.summary.setText("")
            self.general_error.show_message(tr_message(exc.message))
            self.save_button.setEnabled(False)
            return
        busy = self.backup.open_elsewhere()
        self.general_error.show_message(tr_message(busy.message) if busy is not None else "")
        self.summary.setText(describe(self.manifest))
        self.passphrase.setEnabled(self.manifest.encrypted)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.manifest is None:
            return
        choice = common.ask(self, self.tr("Restore"), self.tr(
            "Replace all current data with the backup of %1?").replace(
            "%1", self.manifest.created.astimezone().strftime("%Y-%m-%d %H:%M")), [self.tr("Restore")])
        if choice != 0:
            return
        path = Path(self.file.text())
        passphrase = self.passphrase.text() or None
        self.save_button.setEnabled(False)
        background.run_in_background(lambda _p: self.backup.restore(path, passphrase),
                                     self._done, self._failed)

    def _done(self, manifest: Manifest) -> None:
        self.restored.emit(manifest)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        text = tr_message(exc.message) if isinstance(exc, ServiceError) else str(exc)
        self.general_error.show_message(text)
