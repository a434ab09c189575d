"""The window program: QApplication, fonts, translations, the crash dialog, the database,
the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import i18n
from desktop.config import Settings, database_url, snapshot_dir
from desktop.logging_setup import setup
from desktop.paths import font_path, icon_path
from desktop.startup import Opening, mark

from desktop.views.shared.background import run_in_background

if TYPE_CHECKING:  # the window's pages load after sign-in: the sign-in dialog needs none of them
    from desktop.db import Database
    from desktop.services.container import Services

    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


def register_fonts(app: QApplication) -> str | None:
    """The shipped CJK font, as a fallback after the system's own: Chinese shows on a PC
    that has no Chinese font."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("CJK font not loaded from %s", font_path())
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return families[0]


def install_excepthook(log_path: Path) -> None:
    """An unexpected error is logged with its traceback and shown, and the program goes
    on.  Saved data is never at risk: every save is one transaction, done or not done."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(kind, value, tb)
            return
        QMessageBox.critical(
            None,
            app.translate("App", "Unexpected error"),
            app.translate(
                "App",
                "Something went wrong that ServiceBay did not expect. What you saved before is "
                "safe; the action that failed was not saved.\n\nThe details are in the log "
                "file:\n%1",
            ).replace("%1", str(log_path)),
        )

    sys.excepthook = hook


def first_run(services: Services, settings: Settings, retranslate: Callable[[], None]) -> bool:
    """The first-run wizard, on a PC whose data is still empty (an installation upgraded
    over an older one already has data: it skips the wizard).  False when the wizard
    restored a backup, so the data must be opened again."""
    from desktop.services.system.settings import is_empty

    from desktop.views.backup.panel import restore_dialog
    from desktop.views.system.first_run import FirstRunWizard

    if not is_empty(services.db):
        settings.set("first_run_done", True)
        settings.save()
        return True
    language = settings.get("language")
    wizard = FirstRunWizard(services, settings, restore=lambda parent: restore_dialog(services, parent))
    wizard.exec()
    if settings.get("language") != language:
        retranslate()
    return not wizard.restored


def sign_in(services: Services) -> bool:
    """Who is at the desk: the owner is made first where the shop has none (a new shop, or
    the first start after the upgrade that brought users), then the person signs in.
    False when they chose to quit instead."""
    from PySide6.QtWidgets import QDialog

    from desktop.views.users.signin import OwnerDialog, SignInDialog, actor_of

    first = not services.users.has_owner()
    if first and OwnerDialog(services).exec() != QDialog.DialogCode.Accepted:
        return False
    dialog = SignInDialog(services)
    if first:
        dialog.login.setText("admin")
        dialog.password.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed is None:
        return False
    services.desk.sign_in(actor_of(dialog.signed))
    return True


def run_gui(db_arg: str | None = None, open_backup: Path | None = None) -> int:
    log_path = setup()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ServiceBay")
    app.setOrganizationName("ServiceBay")
    settings = Settings()
    translators = i18n.install(app, settings.get("language"))
    register_fonts(app)
    app.setWindowIcon(QIcon(str(icon_path())))
    install_excepthook(log_path)
    quit_after = os.environ.get("SERVICEBAY_QUIT_AFTER_MS")  # the bundle's smoke test: open, then close
    if quit_after:
        QTimer.singleShot(int(quit_after), app.closeAllWindows)
    def retranslate() -> None:
        nonlocal translators
        translators = i18n.install(app, settings.get("language"))

    while True:  # once, or again after a restore replaced the data
        window = _open_window(app, db_arg, settings, log_path, retranslate)
        if isinstance(window, int):  # the shop did not open (1), or nobody signed in (0)
            return window
        if open_backup is not None:  # a .sbk was double-clicked: show what it holds, ready to restore
            backup_file, open_backup = open_backup, None
            QTimer.singleShot(0, lambda w=window, f=backup_file: w.open_backup_file(f))
        else:
            QTimer.singleShot(1500, window.remind_backup)
        code = app.exec()
        window.services.db.dispose()
        if not window.reopen:
            del translators
            return code


LOCKED_RETRY_S = 5


def _wait_for_shop(app: QApplication, title: str, path: Path) -> bool:
    """Another program holds the shop's file: say so at once, try again every few seconds
    with a visible countdown, or let the person quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "",
                      QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Retry).setText(app.translate("App", "Try now"))
    box.button(QMessageBox.StandardButton.Cancel).setText(app.translate("App", "Quit"))
    left = [LOCKED_RETRY_S]
    text = app.translate("App", "The shop %1 is in use by another program (or a restore is running).\n\n"
                                "Trying again in %2 s.")

    def tick() -> None:
        if left[0] <= 0:
            box.done(QMessageBox.StandardButton.Retry)
            return
        box.setText(text.replace("%1", str(path)).replace("%2", str(left[0])))
        left[0] -= 1

    timer = QTimer(box)
    timer.timeout.connect(tick)
    tick()
    timer.start(1000)
    return box.exec() == QMessageBox.StandardButton.Retry


def last_backup_file(settings: Settings) -> Path | None:
    """The newest backup in the folder the last backup went to (the USB drive), if it is
    plugged in."""
    folder = settings.get("last_backup_dir")
    try:
        found = sorted(Path(folder).glob("servicebay-*.sbk")) if folder else []
    except OSError:
        return None
    return found[-1] if found else None


def _offer_restore(app: QApplication, title: str, text: str, url: str, settings: Settings) -> bool:
    """A damaged shop at start: the plain message, and the restore of a backup (the last
    one loaded when its drive is in).  The damaged file is kept aside as it was, never
    written over.  True once a backup was restored."""
    from desktop.db import Database
    from desktop.services.container import Services
    from desktop.services.core.desk import Desk

    from desktop.views.backup.panel import restore_dialog

    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    restore = box.addButton(app.translate("App", "Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(app.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    db = Database(url)  # as it is: only the restore reads it (and keeps it aside first)
    try:
        dialog = restore_dialog(Services.create(db, Desk()))
        done: list[object] = []
        dialog.restored.connect(done.append)
        last = last_backup_file(settings)
        if last is not None:
            dialog.load(last)
        dialog.exec()
        return bool(done)
    finally:
        db.dispose()


def _open_db(app: QApplication, url: str, settings: Settings, log_path: Path) -> Database | None:
    """The shop's database, or ``None`` after telling the person why it cannot be opened."""
    from desktop.db import (
        PLACE_ERRORS,
        NotADatabase,
        ShopLocked,
        ShopMissing,
        open_database,
        sqlite_file,
    )

    title = app.translate("App", "ServiceBay")
    create = not settings.get("first_run_done")  # the wizard makes the shop; afterwards it must be there
    while True:
        try:
            return open_database(url, snapshot_dir(), create=create)
        except ShopLocked as exc:
            if not _wait_for_shop(app, title, exc.path):
                return None
        except ShopMissing as exc:
            answer = QMessageBox.question(None, title, app.translate(
                "App", "There is no shop at %1 (was a drive removed, or the file moved?).\n\n"
                "Start a new, empty shop there? Choose No to quit and look for the file first.")
                .replace("%1", str(exc.path)))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            create = True
        except PLACE_ERRORS as exc:  # a newer schema, not a shop, a network share, a read-only folder
            from desktop.services.core.uow import place_problem

            message = place_problem(exc)
            assert message is not None
            if isinstance(exc, NotADatabase) and sqlite_file(url) is not None:
                if _offer_restore(app, title, message.render(app.translate), url, settings):
                    continue  # the backup is in place: open it
                return None
            QMessageBox.critical(None, title, message.render(app.translate))
            return None
        except Exception as exc:  # disk full, a server out of reach
            log.exception("cannot open the database")
            QMessageBox.critical(None, title, app.translate(
                "App", "The database cannot be opened: %1\n\nDetails are in %2.")
                .replace("%1", str(exc).splitlines()[0]).replace("%2", str(log_path)))
            return None


SHOP_NOT_OPEN = 2  # the sign-in closed because the shop did not open, or has no owner yet


class _OpeningServices:
    """Stands in for the services while the shop opens behind the sign-in: the first use
    (pressing "Sign in") waits for it, under the busy cursor."""

    def __init__(self, opening: Opening) -> None:
        self._opening = opening

    def __getattr__(self, name: str) -> object:
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._opening.wait()
            self._opening.settle()  # the rest of the window's modules load where they are used
        finally:
            QApplication.restoreOverrideCursor()
        if not self._opening.ready():  # the sign-in is closing: the usual way says why
            from desktop.services.core.errors import ServiceError
            from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

            raise ServiceError(Message(QT_TRANSLATE_NOOP("App", "The shop could not be opened.")))
        return getattr(self._opening.services, name)


def _window_modules() -> Iterator[str]:
    """What the main window needs, the first page first (on the opening's thread)."""
    yield "desktop.views.main_window"
    from desktop.views.window_pages import PAGE_MODULES

    yield from PAGE_MODULES


def _sign_in_while_opening(url: str) -> Services | int | None:
    """The sign-in at once, with the shop opening behind it (``desktop/startup.py``).  The
    services with the person signed in; 0 when they quit; ``None`` when the shop did not
    open or has no owner yet: the usual way then says why, or makes the owner."""
    from PySide6.QtWidgets import QDialog

    from desktop.views.users.signin import SignInDialog, actor_of

    opening = Opening(url, snapshot_dir(), preload=_window_modules)
    dialog = SignInDialog(cast("Services", _OpeningServices(opening)))
    poll = QTimer(dialog)
    poll.setInterval(25)

    def check() -> None:
        if opening.done():
            poll.stop()
            if not opening.ready():
                dialog.done(SHOP_NOT_OPEN)

    poll.timeout.connect(check)
    dialog.show()
    mark("shown")
    opening.start()
    poll.start()
    result = dialog.exec()
    poll.stop()
    if result != QDialog.DialogCode.Accepted or dialog.signed is None:
        opening.close()  # once it has opened: a quit at the sign-in waits for that
        return None if result == SHOP_NOT_OPEN else 0
    opening.settle()
    services = opening.wait()
    assert services is not None
    services.desk.sign_in(actor_of(dialog.signed))
    return services


def _open_window(app: QApplication, db_arg: str | None, settings: Settings, log_path: Path,
                 retranslate: Callable[[], None] = lambda: None) -> MainWindow | int:
    url = database_url(db_arg, settings)
    signed = _sign_in_while_opening(url) if settings.get("first_run_done") else None
    if isinstance(signed, int):  # nobody signed in
        return signed
    if signed is not None:
        return _show_window(signed, settings, log_path)
    db = _open_db(app, url, settings, log_path)
    if db is None:
        return 1
    from desktop.services.container import Services

    services = Services.create(db)
    if not settings.get("first_run_done") and not first_run(services, settings, retranslate):
        db.dispose()  # a backup was restored: open it instead
        return _open_window(app, db_arg, settings, log_path, retranslate)
    services.workshop.ensure_catalogue()  # a new shop starts with the standard catalogue
    if not sign_in(services):
        db.dispose()
        return 0
    return _show_window(services, settings, log_path)


def _show_window(services: Services, settings: Settings, log_path: Path) -> MainWindow:
    from desktop.views.main_window import MainWindow  # every page: loaded once someone signed in

    window = MainWindow(services, settings, log_path)
    # The exit reminder asks a question; the bundle's automated start-and-close check
    # (SERVICEBAY_QUIT_AFTER_MS) has nobody to answer it.
    window.remind_on_close = not os.environ.get("SERVICEBAY_QUIT_AFTER_MS")
    # The monthly ABC reclassification, off the GUI thread, once the window is up.
    QTimer.singleShot(5000, lambda: run_in_background(
        lambda _p: services.parts.classify_if_due(), lambda _r: None,
        lambda exc: log.warning("monthly ABC reclassification failed: %s", exc)))
    window.show()
    return window
