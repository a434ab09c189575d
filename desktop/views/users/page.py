"""System → Users (用户与权限): the shop's people with their logins, roles and kiosk PINs;
adding, changing, resetting a password, deactivating (never deleting); and what each role
may do, as the administrator sets it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.desk import Actor
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.core.permissions import PERMISSIONS
from desktop.services.users.records import UserForm, UserView
from desktop.services.users.rules.roles import ROLES

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, FormErrors
from desktop.views.shared.table_model import Column, RowTableModel, table_view


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLES.get(role, role))


def _roles(user: UserView) -> str:
    return "、".join(role_label(r) for r in user.roles)


def _state(user: UserView) -> str:
    if not user.active:
        return QCoreApplication.translate("Users", "deactivated")
    parts = []
    if user.owner:
        parts.append(QCoreApplication.translate("Users", "owner"))
    parts.append(QCoreApplication.translate("Users", "password") if user.has_password else
                 QCoreApplication.translate("Users", "no sign-in"))
    if user.has_pin:
        parts.append("PIN")
    if user.must_change:
        parts.append(QCoreApplication.translate("Users", "must change password"))
    return " · ".join(parts)


USER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 110, muted=lambda u: not u.active),
    Column("login", QT_TRANSLATE_NOOP("Columns", "Login"), 90),
    Column("roles", QT_TRANSLATE_NOOP("Columns", "Roles"), 220, value=_roles),
    Column("state", QT_TRANSLATE_NOOP("Columns", "Sign-in"), 220, value=_state),
)


def _role_list(selected: tuple[str, ...] = ()) -> QListWidget:
    box = QListWidget()
    for code in ROLES:
        item = QListWidgetItem(role_label(code), box)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in selected else Qt.CheckState.Unchecked)
    box.setMaximumHeight(150)
    return box


def _checked(box: QListWidget) -> tuple[str, ...]:
    return tuple(box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
                 if box.item(i).checkState() == Qt.CheckState.Checked)


class UserDialog(FormDialog):
    """A new person, or a person's name, login and roles."""

    def __init__(self, services: Services, user: UserView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New user") if user is None else self.tr("Change user"))
        self.services = services
        self.user = user
        self.saved_user: UserView | None = None
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.name = QLineEdit(user.name if user else "")
        self.login = QLineEdit(user.login if user else "")
        self.login.setPlaceholderText(self.tr("e.g. lina (empty: kiosk only)"))
        self.roles = _role_list(user.roles if user else ("advisor",))
        form.addRow(self.tr("Name"), self.errors.add("name", self.name))
        form.addRow(self.tr("Login"), self.errors.add("login", self.login))
        form.addRow(self.tr("Roles"), self.errors.add("roles", self.roles))
        if user is None:
            self.password = QLineEdit()
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.pin = QLineEdit()
            self.pin.setEchoMode(QLineEdit.EchoMode.Password)
            self.pin.setMaxLength(6)
            form.addRow(self.tr("First password (changed at the first sign-in)"),
                        self.errors.add("password", self.password))
            form.addRow(self.tr("Kiosk PIN (4-6 digits)"), self.errors.add("pin", self.pin))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        if self.user is None:
            form = UserForm(self.name.text(), self.login.text(), _checked(self.roles), self.password.text(),
                            self.pin.text())
            result = self.attempt(lambda: self.services.users.add_user(form), self.errors)
        else:
            user = self.user
            result = self.attempt(lambda: self.services.users.update_user(
                user.id, self.name.text(), self.login.text(), _checked(self.roles)), self.errors)
        if result is not None:
            self.saved_user = result
            self.accept()


class SecretDialog(FormDialog):
    """An administrator sets a person's password (they change it at the next sign-in) or PIN."""

    def __init__(self, services: Services, user: UserView, pin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Kiosk PIN of %1").replace("%1", user.name) if pin else
                         self.tr("New password for %1").replace("%1", user.name))
        self.services = services
        self.user = user
        self.pin = pin
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("PIN (empty: none)") if pin else self.tr("Password"),
                    self.errors.add("pin" if pin else "password", self.secret))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        user_id, secret = self.user.id, self.secret.text()
        if self.pin:
            done = self.attempt(lambda: self.services.users.set_pin(user_id, secret) or True, self.errors)
        else:
            done = self.attempt(lambda: self.services.users.reset_password(user_id, secret) or True, self.errors)
        if done:
            self.accept()


class GrantsDialog(FormDialog):
    """What a role may do: one list of permissions in plain words, ticked or not."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("What each role may do"))
        self.services = services
        self.grants = dict(services.users.grants())
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.permissions = QListWidget()
        for code, spec in PERMISSIONS.items():
            text = QCoreApplication.translate("Permissions", spec.label)
            if spec.manager:
                text += "  " + self.tr("(or with a manager's approval)")
            item = QListWidgetItem(text, self.permissions)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.layout_.addWidget(self.role)
        self.layout_.addWidget(self.permissions)
        self.role.currentIndexChanged.connect(self._show)
        self._show()
        self.resize(520, 560)
        self.finish_layout()

    def _show(self) -> None:
        mine = self.grants.get(self.role.currentData(), frozenset())
        for i in range(self.permissions.count()):
            item = self.permissions.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in mine
                               else Qt.CheckState.Unchecked)

    def save(self) -> None:
        role = self.role.currentData()
        wanted = _checked(self.permissions)
        if self.attempt(lambda: self.services.users.set_grants(role, wanted) or True) is not None:
            self.grants[role] = frozenset(wanted)
            self.accept()


class UsersSection(QGroupBox):
    """The System page's section for the administrator."""

    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Users and permissions"), parent)
        self.services = services
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        self.model: RowTableModel[UserView] = RowTableModel(USER_COLUMNS)
        self.view = table_view(self.model)
        self.view.setMinimumHeight(120)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action in (
            ("add", self.tr("New user…"), self.add_user),
            ("edit", self.tr("Change…"), self.edit_user),
            ("password", self.tr("New password…"), lambda: self.set_secret(pin=False)),
            ("pin", self.tr("Kiosk PIN…"), lambda: self.set_secret(pin=True)),
            ("active", self.tr("Deactivate / reactivate"), self.toggle_active),
            ("grants", self.tr("What each role may do…"), self.edit_grants),
            ("audit", self.tr("Audit log…"), self.open_audit_log),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        # Filled by update_for (the main window calls it for the person at the desk).

    def refresh(self) -> None:
        self.model.reset(self.services.users.users())

    def update_for(self, actor: Actor) -> None:
        """What the person at the desk may use here: the users for an administrator, the
        audit log for those who may read it."""
        manage = actor.may("users.manage")
        self.view.setVisible(manage)
        for key, button in self.buttons.items():
            button.setVisible(actor.may("audit.view") if key == "audit" else manage)
        if manage:
            self.refresh()

    def open_audit_log(self) -> QWidget:
        from desktop.views.users.audit import AuditLogDialog

        dialog = AuditLogDialog(self.services, self)
        dialog.status.connect(self.status)
        self.dialog = dialog
        dialog.open()
        return dialog

    def current(self) -> UserView | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_user(self) -> FormDialog:
        return self._open(UserDialog(self.services, None, self))

    def edit_user(self) -> FormDialog | None:
        user = self.current()
        return self._open(UserDialog(self.services, user, self)) if user else None

    def set_secret(self, pin: bool) -> FormDialog | None:
        user = self.current()
        return self._open(SecretDialog(self.services, user, pin, self)) if user else None

    def edit_grants(self) -> FormDialog:
        return self._open(GrantsDialog(self.services, self))

    def toggle_active(self) -> None:
        user = self.current()
        if user is None:
            return
        from desktop.services.core.errors import ServiceError

        try:
            common.run_approved(self, self.services, lambda: self.services.users.set_active(user.id, not user.active))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.error.show_message("")
        self.refresh()
