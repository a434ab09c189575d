"""What the services changed, told to the open pages in this program (变更通知), so that a
page shows fresh numbers without being reopened: "the stock of part 12 changed", "car 7
changed".  Collected from every unit of work as it flushes (no service has to remember to
say it) and told once the transaction has committed, never for one that rolled back.

A listener is a plain function ``(kind, ids)``; the window bridges it onto the GUI thread
(``desktop/views/shared/notices.py``).  Nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.db import NOTICES_KEY
from desktop.models import Customer, OdometerReading, Vehicle, WorkOrder
from desktop.models.parts import StockMovement

log = logging.getLogger(__name__)

Listener = Callable[[str, tuple[int, ...]], None]
_listeners: list[Listener] = []
_KEY = NOTICES_KEY


def subscribe(listener: Listener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def unsubscribe(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def publish(kind: str, ids: tuple[int, ...]) -> None:
    for listener in list(_listeners):
        try:
            listener(kind, ids)
        except Exception:
            log.warning("a listener failed on %s %s", kind, ids, exc_info=True)


def _pending(session: Session) -> dict[str, set[int]]:
    return session.info.setdefault(_KEY, {})  # type: ignore[no-any-return]


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: Any) -> None:
    if not _listeners:
        return
    found = _pending(session)
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, StockMovement):
            found.setdefault("stock", set()).add(obj.part_id)
        elif isinstance(obj, OdometerReading):
            found.setdefault("vehicle", set()).add(obj.vehicle_id)
        elif isinstance(obj, WorkOrder):
            found.setdefault("vehicle", set()).add(obj.vehicle_id)
            found.setdefault("order", set()).add(obj.id)
        elif isinstance(obj, Vehicle):
            found.setdefault("vehicle", set()).add(obj.id)
        elif isinstance(obj, Customer):
            found.setdefault("customer", set()).add(obj.id)


@event.listens_for(Session, "after_commit")
def _tell(session: Session) -> None:
    found = session.info.pop(_KEY, None)
    for kind, ids in (found or {}).items():
        publish(kind, tuple(sorted(i for i in ids if i is not None)))


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
