"""A page of several tabs under a title, each tab read when it comes into sight (not all
at once when the page is built or shown): the claims page, the accident repairs page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


class TabbedPage(QWidget):
    status = Signal(str)

    def __init__(self, title: str, tabs: Sequence[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.tabs = QTabWidget()
        for name, tab in tabs:
            self.tabs.addTab(tab, name)
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Only the tab in sight is read (each tab has ``refresh()``)."""
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()
