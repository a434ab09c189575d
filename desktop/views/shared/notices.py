"""The services' change notices (``desktop.services.core.notices``) as a Qt signal on the GUI
thread: a change committed in a background job reaches the pages safely (a signal
emitted on another thread is queued to the receiver's)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.core import notices


class Notices(QObject):
    changed = Signal(str, object)  # kind ("stock", "vehicle", "order", "customer"), ids

    def __init__(self) -> None:
        super().__init__()
        notices.subscribe(self._heard)

    def _heard(self, kind: str, ids: tuple[int, ...]) -> None:
        self.changed.emit(kind, ids)


_bridge: list[Notices] = []


def bridge() -> Notices:
    """The one bridge of this program (made on first use, on the GUI thread)."""
    if not _bridge:
        _bridge.append(Notices())
    return _bridge[0]
