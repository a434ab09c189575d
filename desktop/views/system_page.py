"""系统: language, where the data is, the log, the version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.config import Settings, data_dir
from desktop.i18n import LANGUAGES
from desktop.services.container import Services

from desktop.views.workshop_settings import WorkshopSettings


class SystemPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, settings: Settings, log_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
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
        layout.addWidget(open_folder)
        self.workshop = WorkshopSettings(services)
        self.workshop.status.connect(self.status)
        layout.addWidget(self.workshop, 1)

    def _language_changed(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.save()
        self.language_note.setText(self.tr("The new language applies when ServiceBay starts again."))
        self.status.emit(self.language_note.text())
