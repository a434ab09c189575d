"""The rescues under way, as one line on the workshop board (handed in by the main window):
the foreman sees a car coming in on a tow truck before it arrives."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.rescue.rules.rescue import STATE_NAMES


class RescueStrip(QLabel):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWordWrap(True)
        self.setStyleSheet("color: #b71c1c; font-weight: bold;")

    def refresh(self) -> None:
        try:
            rows = self.services.rescues.under_way()
        except ServiceError:
            return
        now = datetime.now(UTC)
        parts = [f"{r.number} {r.plate or r.phone} {r.address} · "
                 f"{QCoreApplication.translate('Rescue', STATE_NAMES[r.state])} "
                 f"{int((now - r.called_at).total_seconds() // 60)}′" for r in rows]
        self.setVisible(bool(rows))
        self.setText(self.tr("Rescues under way: %1").replace("%1", "；".join(parts)) if rows else "")
