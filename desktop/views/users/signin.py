"""Who is at the desk: the owner made at the first start (with the recovery code for the
safe), sign-in and switching user at the shared counter PC, the lock after idle minutes,
a forced change of a password an administrator reset, and the owner's way back in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.services.container import Services
from desktop.services.core.desk import Actor
from desktop.services.users.records import OwnerCreated, SignedIn

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, FormErrors


def actor_of(signed: SignedIn) -> Actor:
    return Actor(signed.login, signed.name, signed.user_id, signed.roles, signed.permissions)


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class OwnerDialog(FormDialog):
    """The shop's owner (管理员) at the first start: name and password; then the one-time
    recovery code, shown once to write down or print for the safe."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("The shop's owner"))
        self.setMinimumWidth(460)  # the explanations read as lines, not as a column
        self.services = services
        self.created: OwnerCreated | None = None
        intro = QLabel(self.tr("ServiceBay now knows who does what. Make the owner's account first: the owner "
                               "signs in as <b>admin</b> and adds the staff under System → Users. Everything "
                               "recorded so far as \"admin\" becomes the owner's."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 陈建国"))
        self.password = _password()
        self.repeat = _password()
        form.addRow(self.tr("Owner's name"), self.errors.add("name", self.name))
        form.addRow(self.tr("Password (8 or more characters)"), self.errors.add("password", self.password))
        form.addRow(self.tr("The password again"), self.errors.add("repeat", self.repeat))
        self.layout_.addLayout(form)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.layout_.addWidget(self.code)
        self.save_button.setText(self.tr("Make the owner"))
        self.finish_layout()

    def save(self) -> None:
        if self.created is not None:  # the code was shown: done
            self.accept()
            return
        if self.password.text() != self.repeat.text():
            from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

            self.errors.show({"repeat": Message(QT_TRANSLATE_NOOP("Validation", "The two passwords differ."))})
            return
        created = self.attempt(lambda: self.services.users.create_owner(self.name.text(), self.password.text()),
                               self.errors)
        if created is None:
            return
        self.password.clear()
        self.repeat.clear()
        self.created = created
        show_recovery_code(self.code, created.recovery_code)
        for w in (self.name, self.password, self.repeat):
            w.setEnabled(False)
        self.save_button.setText(self.tr("I have written it down"))


def show_recovery_code(label: QLabel, code: str) -> None:
    label.setText(QCoreApplication.translate("OwnerDialog", "<p>The owner's <b>recovery code</b>, shown this once: write it down and keep it in "
                           "the safe. It lets the owner in when the password is forgotten (there is no other "
                           "way).</p><p style='font-size:20px; font-family:monospace'>%1</p>").replace("%1", code))


class SignInDialog(FormDialog):
    """Sign in at the start, to switch user, or to unlock the screen (then the locked user
    is filled in; another person may still sign in, which switches)."""

    def __init__(self, services: Services, parent: QWidget | None = None, locked_by: str = "") -> None:
        super().__init__(parent, self.tr("Sign in") if not locked_by else self.tr("Locked"))
        self.setMinimumWidth(460)  # the explanations read as lines, not as a column
        self.services = services
        self.signed: SignedIn | None = None
        if locked_by:
            note = QLabel(self.tr("The screen was locked after a while without use. Sign in again, or as someone "
                                  "else to switch."))
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.login = QLineEdit(locked_by)
        self.password = _password()
        form.addRow(self.tr("Login"), self.errors.add("login", self.login))
        form.addRow(self.tr("Password"), self.errors.add("password", self.password))
        self.layout_.addLayout(form)
        self.forgot = QPushButton(self.tr("The owner forgot the password…"))
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.recover)
        self.layout_.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.setText(self.tr("Sign in"))
        self.save_button.setShortcut("")
        self.finish_layout()
        (self.password if locked_by else self.login).setFocus()

    def save(self) -> None:
        signed = self.attempt(lambda: self.services.users.sign_in(self.login.text(), self.password.text()),
                              self.errors)
        self.password.clear()
        if signed is None:
            return
        if signed.must_change:  # an administrator set it: their own one first
            previous = self.services.desk.actor
            self.services.desk.sign_in(actor_of(signed))
            change = ChangePasswordDialog(self.services, self, forced=True)
            if not common.run_dialog(change):
                self.services.desk.sign_in(previous)
                return
        self.signed = signed
        self.accept()

    def recover(self) -> QWidget:
        dialog = RecoveryDialog(self.services, self)
        self.dialog = dialog
        dialog.open()
        return dialog


class ChangePasswordDialog(FormDialog):
    """The person at the desk changes their password (forced after an administrator's reset)."""

    def __init__(self, services: Services, parent: QWidget | None = None, forced: bool = False) -> None:
        super().__init__(parent, self.tr("Change my password"))
        self.setMinimumWidth(460)  # the explanations read as lines, not as a column
        self.services = services
        if forced:
            note = QLabel(self.tr("An administrator set this password: choose your own now."))
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.old = _password()
        self.new = _password()
        self.repeat = _password()
        form.addRow(self.tr("Current password"), self.errors.add("old", self.old))
        form.addRow(self.tr("New password"), self.errors.add("new", self.new))
        form.addRow(self.tr("New password again"), self.errors.add("repeat", self.repeat))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

            self.errors.show({"repeat": Message(QT_TRANSLATE_NOOP("Validation", "The two passwords differ."))})
            return
        done = self.attempt(lambda: self.services.users.change_password(self.old.text(), self.new.text()) or True,
                            self.errors)
        if done:
            for w in (self.old, self.new, self.repeat):
                w.clear()
            self.accept()


class RecoveryDialog(FormDialog):
    """The owner's recovery code from the safe sets a new password; a new code replaces it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("The owner's recovery code"))
        self.setMinimumWidth(460)  # the explanations read as lines, not as a column
        self.services = services
        self.created: OwnerCreated | None = None
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new = _password()
        form.addRow(self.tr("Recovery code"), self.errors.add("code", self.code))
        form.addRow(self.tr("New password"), self.errors.add("password", self.new))
        self.layout_.addLayout(form)
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.shown)
        self.finish_layout()

    def save(self) -> None:
        if self.created is not None:
            self.accept()
            return
        created = self.attempt(lambda: self.services.users.recover_owner(self.code.text(), self.new.text()),
                               self.errors)
        if created is not None:
            self.new.clear()
            self.created = created
            show_recovery_code(self.shown, created.recovery_code)
            self.save_button.setText(self.tr("I have written it down"))
