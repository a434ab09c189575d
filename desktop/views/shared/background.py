"""Long work off the GUI thread: ``run_in_background(work, on_done, on_error, on_progress)``.

``work(progress)`` runs in Qt's thread pool and may call ``progress(fraction)``; the
callbacks run on the GUI thread (queued signals).  Workers never touch widgets.  Tests
replace ``run_in_background`` with a synchronous stand-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(float)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[float], None]], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            log.info("background work failed: %s", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run_in_background(
    work: Callable[[Callable[[float], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[float], None] | None = None,
) -> None:
    signals = _Signals()
    _running.add(signals)  # kept alive until the job reports
    signals.done.connect(on_done)
    signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    signals.done.connect(lambda _r: _running.discard(signals))
    signals.failed.connect(lambda _e: _running.discard(signals))
    QThreadPool.globalInstance().start(_Job(work, signals))
