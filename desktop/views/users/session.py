"""The person at the desk, for the main window: who it is (in the status bar), switching
user at the shared counter PC (Ctrl+Shift+U), changing one's own password, and the lock after
idle minutes (a setting; 0 never locks).  A locked screen opens again with the same
person's password, or with another person's, which switches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.config import Settings
from desktop.services.container import Services
from desktop.services.core.desk import Actor

from desktop.views.users.page import role_label
from desktop.views.users.signin import ChangePasswordDialog, SignInDialog, actor_of

WATCHED = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel)


class DeskKeeper(QObject):
    changed = Signal(object)  # the Actor now at the desk

    def __init__(self, services: Services, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.label = QLabel()
        self.locked = False
        self.dialog: QWidget | None = None
        minutes = int(settings.get("lock_minutes") or 0)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        if minutes > 0:
            self.idle.setInterval(minutes * 60_000)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.idle.start()
        services.desk.on_change(self._changed)
        self._changed(services.desk.actor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED and not self.locked and self.idle.interval() > 0:
            self.idle.start()
        return False

    def _changed(self, actor: Actor) -> None:
        roles = "、".join(role_label(r) for r in sorted(actor.roles))
        self.label.setText(self.tr("At the desk: %1").replace("%1", actor.name) + (f" ({roles})" if roles else ""))
        self.changed.emit(actor)

    def switch_user(self) -> SignInDialog:
        """Another person takes the desk without closing the program."""
        dialog = SignInDialog(self.services, self.window)
        dialog.accepted.connect(lambda: self._signed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def lock(self) -> SignInDialog | None:
        """Nobody touched the program for the set minutes: the screen locks."""
        if self.locked or not self.services.users.has_owner():
            return None
        self.locked = True
        dialog = SignInDialog(self.services, self.window, locked_by=self.services.desk.login)
        dialog.rejected.connect(lambda: self._still_locked(dialog))
        dialog.accepted.connect(lambda: self._signed(dialog))
        self.window.setEnabled(False)
        dialog.setEnabled(True)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _still_locked(self, dialog: SignInDialog) -> None:
        """Cancel on the lock does not open the program: the lock comes back."""
        self.locked = False
        self.lock()

    def _signed(self, dialog: SignInDialog) -> None:
        self.locked = False
        self.window.setEnabled(True)
        if dialog.signed is not None:
            self.services.desk.sign_in(actor_of(dialog.signed))
        if self.idle.interval() > 0:
            self.idle.start()

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.services, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog
