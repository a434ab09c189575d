"""系统: language, where the data is, the log, the version, the setup wizard; below them
the sections of the other capabilities that the main window hands in (backup, the
workshop's staff, bays and labour)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import version
from desktop.config import Settings, data_dir
from desktop.i18n import LANGUAGES
from desktop.services.container import Services


class SystemPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, settings: Settings, log_path: Path,
                 sections: Sequence[QWidget] = (), tabs: Sequence[tuple[str, QWidget]] = (),
                 parent: QWidget | None = None) -> None:
        """``sections`` (rows) and ``tabs`` (titled) are the other capabilities' parts of
        this page (backup, users, the workshop ...), handed in by the main window so that
        this page needs none of their views; each may have a ``status`` signal, shown in
        the status bar."""
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
            (self.tr("Version"), version()),
            (self.tr("Acting user"), services.desk.actor.name),
        ):
            text = QLabel(value)
            text.setTextInteractionFlags(text.textInteractionFlags() | text.textInteractionFlags().TextSelectableByMouse)
            form.addRow(label, text)
        self.user_label = text  # the last row: who is at the desk, kept up to date
        services.desk.on_change(lambda actor: self.user_label.setText(actor.name))
        layout.addLayout(form)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
        self.wizard_button = QPushButton(self.tr("Setup wizard…"))
        self.wizard_button.setToolTip(self.tr("Language, the shop's details, labour rate and VAT. The data is not "
                                              "touched."))
        self.wizard_button.clicked.connect(self.open_wizard)
        buttons = QHBoxLayout()
        for w in (open_folder, self.wizard_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for section in sections:
            layout.addWidget(section)
        self.tabs = QTabWidget()
        for title, tab in tabs:
            self.tabs.addTab(tab, title)
        layout.addWidget(self.tabs, 1)
        self.tabs.setVisible(bool(tabs))
        if not tabs:
            layout.addStretch(1)
        for part in (*sections, *(tab for _t, tab in tabs)):
            status = getattr(part, "status", None)
            if status is not None:
                status.connect(self.status)

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
