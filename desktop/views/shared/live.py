"""The other desks' changes (``desktop.changes``) on the GUI thread: the listener's thread
emits, Qt queues the signal to the window.  A change also tells the open pages what it
touched, as a change made here would (``services.core.notices``), so a part's stock or a
customer shown elsewhere takes its new numbers in place; and a banner says when the server
connection is lost and when it is back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.container import Services
from desktop.services.core import notices

DEBOUNCE_MS = 250  # a burst of changes (an invoice with its lines and payment) refreshes once


class LiveUpdates(QObject):
    changed = Signal(object)  # the tables changed elsewhere (empty: anything may have)
    connection = Signal(bool)  # the server connection is there (again) / lost
    _heard = Signal(object, object)
    _state = Signal(bool)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: set[str] = set()
        self._everything = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self.connection, Qt.ConnectionType.QueuedConnection)
        self.listener = services.listen(self._heard.emit, self._state.emit)

    def _on_heard(self, tables: frozenset[str], told: dict[str, tuple[int, ...]]) -> None:
        for kind, ids in told.items():
            notices.publish(kind, ids)
        if tables:
            self._tables |= tables
        else:
            self._everything = True
        self._timer.start()

    def _flush(self) -> None:
        tables = frozenset() if self._everything else frozenset(self._tables)
        self._tables.clear()
        self._everything = False
        self.changed.emit(tables)

    def stop(self) -> None:
        self._timer.stop()
        self.listener.stop()


class ConnectionBanner(QLabel):
    """Shown while the server cannot be reached: what is typed stays on screen, and is saved
    when the connection is back (the save says so if it still cannot be)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #7a4b00; padding: 6px; border: 1px solid #e0c060;")
        self.setVisible(False)

    connected = True

    def show_state(self, connected: bool) -> None:
        self.connected = connected
        if connected:
            if self.isVisible():
                self.setText(self.tr("The connection to the shop's server is back."))
                QTimer.singleShot(4000, lambda: self.setVisible(not self.connected))
            return
        self.setText(self.tr("The connection to the shop's server was lost; retrying every few seconds. What you "
                             "have typed stays on screen: save it again once the connection is back. Other desks' "
                             "changes show up when it is back."))
        self.setVisible(True)
