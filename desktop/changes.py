"""Live updates between desks: a change saved on one desk reaches the other desks' open pages
within about a second.

- On the server (PostgreSQL), every write transaction sends ``NOTIFY servicebay`` with the
  tables it changed and the desk it came from (``notify_payload``); PostgreSQL delivers it
  only when the transaction commits.  ``ChangeListener`` holds one connection of its own
  that listens, on a thread of its own, so the window never waits on the network.
- On one PC (the SQLite file, several windows or programs), the listener looks at the
  file and its write-ahead log twice a second: a commit changes their size and time.

The listener calls ``on_change(tables, notices)`` and ``on_state(connected)`` from its
thread; the window turns these into signals.  A lost server connection is reported once,
retried every few seconds, and reported again when it is back.  Nothing here imports Qt.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CHANNEL = "servicebay"
POLL_S = 0.5
RETRY_S = 3.0
MAX_PAYLOAD = 7000  # PostgreSQL takes up to 8000 bytes

# What a change touched, as the open pages are told it (``services.core.notices``): kind → ids.
Notices = dict[str, tuple[int, ...]]
OnChange = Callable[[frozenset[str], Notices], None]
OnState = Callable[[bool], None]


def notify_payload(tables: Iterable[str], origin: str, notices: dict[str, set[int]] | None = None) -> str:
    names = sorted(set(tables))
    told = {k: sorted(i for i in v if isinstance(i, int)) for k, v in (notices or {}).items()}
    payload = json.dumps({"t": names, "o": origin, "n": told}, ensure_ascii=False)
    if len(payload.encode()) > MAX_PAYLOAD:  # a huge transaction: "something changed"
        payload = json.dumps({"t": [], "o": origin}, ensure_ascii=False)
    return payload


def parse(payload: str) -> tuple[frozenset[str], str, Notices]:
    """(tables, origin, notices); no tables means "anything may have changed"."""
    try:
        data = json.loads(payload)
        tables = frozenset(str(t) for t in data.get("t", []))
        told = {str(k): tuple(int(i) for i in v) for k, v in dict(data.get("n") or {}).items()}
        return tables, str(data.get("o", "")), told
    except (ValueError, AttributeError, TypeError):
        return frozenset(), "", {}


def parse_payload(payload: str) -> tuple[frozenset[str], str]:
    tables, origin, _ = parse(payload)
    return tables, origin


def _signature(path: Path) -> tuple[int, ...]:
    out: list[int] = []
    for p in (path, Path(str(path) + "-wal")):
        try:
            st = p.stat()
            out += [st.st_mtime_ns, st.st_size]
        except FileNotFoundError:
            out += [0, 0]
    return tuple(out)


class ChangeListener:
    """Listens for the other desks' changes until ``stop``."""

    def __init__(self, url: str, on_change: OnChange, on_state: OnState | None = None,
                 origin: str = "", path: Path | None = None, connect_args: dict[str, Any] | None = None) -> None:
        """``path``: the shop's SQLite file (watched); otherwise the server at ``url`` is
        listened to, connecting with ``connect_args`` (the program's name, a timeout)."""
        self.url = url
        self.path = path
        self.connect_args = dict(connect_args or {})
        self.on_change = on_change
        self.on_state = on_state or (lambda connected: None)
        self.origin = origin  # our own changes are not news to us
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="servicebay-changes", daemon=True)
        self.connected = True

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self, wait_s: float = 3.0) -> None:
        self._stop.set()
        self._thread.join(wait_s)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _state(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            try:
                self.on_state(connected)
            except Exception:  # a listener's callback must never end the thread
                log.exception("live update state callback failed")

    def _changed(self, tables: frozenset[str], notices: Notices) -> None:
        try:
            self.on_change(tables, notices)
        except Exception:
            log.exception("live update callback failed")

    def _run(self) -> None:
        lost: tuple[type[BaseException], ...] = (OSError,)
        if self.path is None:
            import psycopg

            lost += (psycopg.Error,)
        while not self._stop.is_set():
            try:
                if self.path is not None:
                    self._watch_file(self.path)
                else:
                    self._listen()
            except lost as exc:  # the server went away, the file is being restored
                log.info("live updates interrupted: %s", exc)
                self._state(False)
                self._stop.wait(RETRY_S)

    def _watch_file(self, path: Path) -> None:
        """A commit grows the write-ahead log (or, at a checkpoint, rewrites the file): its
        size and time change.  Only ``stat`` is used, never an open handle, so a restore
        can swap the file even on Windows, where an open file cannot be replaced."""
        seen = _signature(path)
        self._state(True)
        while not self._stop.wait(POLL_S):
            now = _signature(path)
            if now != seen:
                seen = now
                self._changed(frozenset(), {})

    def _listen(self) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(self.url)
        with psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=u.username, password=u.password,
                             autocommit=True, **self.connect_args) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._state(True)
            quiet = 0
            while not self._stop.is_set():
                for note in conn.notifies(timeout=POLL_S):
                    tables, origin, told = parse(note.payload)
                    if origin and origin == self.origin:
                        continue
                    self._changed(tables, told)
                quiet += 1
                if quiet % 6 == 0:  # a dead connection is noticed within seconds, not at the next change
                    conn.execute("SELECT 1")
