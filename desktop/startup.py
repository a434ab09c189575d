"""The shop opened behind the sign-in.

At a start on a PC that has its shop, the sign-in shows at once and the person types their
login and password while, on a thread of its own, the database layer is imported, the
shop's file is opened and its schema checked, the services are made, the standard
catalogue is ensured and who owns the shop is read ("open"); then the window's modules
are imported one by one ("ready" once all are), so that the main window only has to be
built once the person is signed in.  Pressing "Sign in" waits for the shop to be open and
stops the preloading after the module in progress: nothing is imported on two threads at
once, and what was not preloaded is imported where it is first used.  When the shop
cannot be opened, or has no owner yet, the window closes the sign-in and takes the usual
way, which says why (or makes the owner) on the GUI thread.

``mark(what)`` notes the moments (the first window shown, the shop open, ready), for the
start-up benchmark (``SERVICEBAY_STARTUP_MARKS`` names the file; without it, nothing is
written).  Nothing here imports Qt: the window names the modules to preload.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services

log = logging.getLogger(__name__)

MARKS_ENV = "SERVICEBAY_STARTUP_MARKS"


def mark(what: str) -> None:
    """One line ``what <seconds since the epoch>`` in the benchmark's file, if it asked."""
    target = os.environ.get(MARKS_ENV)
    if not target:
        return
    try:
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(f"{what} {time.time():.6f}\n")
    except OSError:
        log.warning("cannot write the start-up mark to %s", target)


class Opening:
    """Opens the shop at ``url`` on a thread of its own, then imports the window's modules
    that ``preload`` names (it is called on that thread, once the shop is open).

    ``wait()`` gives the services once the shop is open, or ``None`` when it could not be
    (the log says why; the window's usual way says it to the person).  ``settle()`` stops
    the preloading after the module being imported and waits for the thread to end: the
    GUI thread settles before it imports or builds anything itself, so that nothing is
    ever imported on two threads at once, and what was not preloaded is imported where
    it is first used."""

    def __init__(self, url: str, snapshots: Path, preload: Callable[[], Iterable[str]] = tuple) -> None:
        self.url = url
        self.snapshots = snapshots
        self.preload = preload
        self.services: Services | None = None
        self.has_owner = False
        self._open_done = threading.Event()  # open, or failed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="open-shop", daemon=True)

    def start(self) -> Opening:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self._open()
        finally:
            self._open_done.set()
        if self.has_owner:
            self._load_modules()

    def _open(self) -> None:
        try:
            from desktop.db import open_database
            from desktop.services.container import Services

            db = open_database(self.url, self.snapshots, create=False)
            try:
                services = Services.create(db)
                services.workshop.ensure_catalogue()  # a new shop starts with the standard catalogue
                self.has_owner = services.users.has_owner()
            except BaseException:
                db.dispose()
                raise
            self.services = services
            mark("open" if self.has_owner else "no owner yet")
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which says it
            log.info("the shop did not open behind the sign-in: %r", exc)
            self.has_owner = False

    def _load_modules(self) -> None:
        try:
            for name in self.preload():
                if self._stop.is_set():
                    return
                importlib.import_module(name)
            mark("ready")
        except Exception:  # the GUI thread imports it again where it is used, and says what is wrong
            log.warning("preloading the window's modules failed", exc_info=True)

    def done(self) -> bool:
        """The shop is open, or could not be opened."""
        return self._open_done.is_set()

    def wait(self) -> Services | None:
        """The services once the shop is open (waiting for it), else ``None``."""
        self._open_done.wait()
        return self.services

    def ready(self) -> bool:
        """Open, with its owner: the person can sign in."""
        return self.wait() is not None and self.has_owner

    def settle(self) -> None:
        """No more preloading: after this, only the calling (GUI) thread imports."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def close(self) -> None:
        """After a quit at the sign-in: the shop is closed once it has opened."""
        self.settle()
        services = self.wait()
        if services is not None:
            services.db.dispose()
            self.services = None
