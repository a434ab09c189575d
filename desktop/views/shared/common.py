"""Small pieces every page uses: messages in the user's language, errors shown under the
field that caused them, questions to the user, and formatting."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.core.desk import Approval, NotPermitted
from desktop.services.core.errors import OdometerBelowLast, ServiceError, ValidationFailed
from desktop.services.core.messages import Message
from desktop.services.core.permissions import PERMISSIONS

if TYPE_CHECKING:
    from desktop.services.container import Services


def tr_message(message: Message) -> str:
    return message.render(QCoreApplication.translate)


class FieldError(QLabel):
    """A red line under a field; empty and hidden when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Layouts do not ask a wrapped label for its height at its width; tell them.
        if self.text() and self.width() > 0:
            needed = self.heightForWidth(self.width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)
        elif not self.text():
            self.setMinimumHeight(0)


def with_error(widget: QWidget) -> tuple[QWidget, FieldError]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    error = FieldError(box)
    layout.addWidget(error)
    return box, error


class FormErrors:
    """Field key → (widget, error label).  ``show`` puts each message under its field and
    moves the cursor to the first one; unknown keys go to the general label."""

    def __init__(self, general: FieldError) -> None:
        self.general = general
        self.fields: dict[str, tuple[QWidget, FieldError]] = {}

    def add(self, key: str, widget: QWidget) -> QWidget:
        box, label = with_error(widget)
        self.fields[key] = (widget, label)
        # A correction takes the field's red message away at once (not only at the next save).
        for signal in ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged", "toggled"):
            changed = getattr(widget, signal, None)
            if changed is not None and hasattr(changed, "connect"):
                changed.connect(lambda *_a, lab=label: lab.show_message(""))
                break
        return box

    def clear(self) -> None:
        self.general.show_message("")
        for _, label in self.fields.values():
            label.show_message("")

    def show(self, errors: Mapping[str, Message]) -> None:
        self.clear()
        first: QWidget | None = None
        general = []
        for key, message in errors.items():
            if key in self.fields:
                widget, label = self.fields[key]
                label.show_message(tr_message(message))
                if first is None:
                    first = widget
            else:
                general.append(tr_message(message))
        self.general.show_message("<br>".join(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        window = self.general.window()
        if window is not None and window.isVisible():
            # Bound to the window: if it closes first, Qt drops the call.
            QTimer.singleShot(0, window, lambda: _grow_height(window))

    def text(self, key: str) -> str:
        return self.fields[key][1].text() if key in self.fields else ""


def _grow_height(window: QWidget) -> None:
    """Make room for the messages: taller if needed, never narrower."""
    needed = window.sizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


class FormDialog(QDialog):
    """Save / Cancel buttons and a general error line at the bottom."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.layout_ = QVBoxLayout(self)
        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("Dialog", "Save"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Dialog", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def save(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def attempt(
        self,
        action: Callable[[], Any],
        errors: FormErrors | None = None,
        special: Mapping[type[ServiceError], Callable[[Any], None]] | None = None,
    ) -> Any | None:
        """Run a service call.  A refusal is shown where it belongs (under its fields, or at
        the bottom); ``special`` handles the refusals that need a question.  None when
        refused."""
        try:
            return action()
        except NotPermitted as exc:
            services = getattr(self, "services", None)
            if exc.approvable and services is not None:  # a manager next to the desk approves
                approval = ask_approval(self, services, exc.permission)
                if approval is not None:
                    with services.desk.approved(approval):
                        return self.attempt(action, errors, special)
                return None
            self.general_error.show_message(tr_message(exc.message))
            return None
        except ServiceError as exc:
            for kind, handler in (special or {}).items():
                if isinstance(exc, kind):
                    handler(exc)
                    return None
            if isinstance(exc, ValidationFailed) and errors is not None:
                errors.show(exc.errors)
            else:
                self.general_error.show_message(tr_message(exc.message))
            return None

    def ask_lower_reading(self, exc: OdometerBelowLast) -> str | None:
        """The reading is below the last one: the reason, or None to go back and correct it."""
        text = ask_text(self, QCoreApplication.translate("Dialog", "Reading below the last one"),
                        tr_message(exc.message) + "\n\n" + QCoreApplication.translate("Dialog", "Reason:"))
        if text is not None and not text.strip():  # OK with no reason: say so, save nothing
            self.general_error.show_message(QCoreApplication.translate(
                "Dialog", "A reading below the last one needs a reason; nothing was saved."))
        return text.strip() if text is not None and text.strip() else None


def show_errors(label: FieldError, exc: ServiceError) -> None:
    """A refusal of a table of entries (or of anything without fields to put it under):
    every message, one per line (each names its part or line)."""
    if isinstance(exc, ValidationFailed):
        label.show_message("<br>".join(tr_message(m) for m in exc.errors.values()))
    else:
        label.show_message(tr_message(exc.message))


def run_shown(label: FieldError, action: Callable[[], Any]) -> bool:
    """A page's button: the service call, its refusal said on the page's line (cleared
    when it went through); True when it went through."""
    try:
        action()
    except ServiceError as exc:
        show_errors(label, exc)
        return False
    label.show_message("")
    return True


def debounce(parent: QWidget, ms: int, action: Callable[[], Any]) -> QTimer:
    """A timer that runs ``action`` once typing pauses for ``ms`` (restart it per key)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(action)
    return timer


# Questions.  Tests replace these module functions to answer without a modal loop.


def ask(parent: QWidget | None, title: str, text: str, buttons: Sequence[str], default: int = 0) -> int:
    """Ask with custom buttons; returns the index of the button pressed, or -1."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Question)
    made = [box.addButton(b, QMessageBox.ButtonRole.ActionRole) for b in buttons]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(made[default] if made else cancel)
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else -1


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def ask_number(parent: QWidget | None, title: str, label: str, value: int, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high``; None when cancelled."""
    number, ok = QInputDialog.getInt(parent, title, label, value, low, high)
    return int(number) if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> str | None:
    """Choose one of ``items``; None when cancelled or there is nothing to choose."""
    if not items:
        return None
    item, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
    return item if ok else None


def documents_folder() -> str:
    """Where file dialogs start: the person's Documents, never the program's own folder
    (on Windows the shortcut's working folder is C:\\Program Files\\ServiceBay)."""
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def start_path(name: str) -> str:
    """A suggested file name as a full path in Documents (a relative name would start the
    dialog in the current folder)."""
    return name if not name or Path(name).is_absolute() else str(Path(documents_folder()) / name)


def choose_save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(name), filters)
    return path


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, documents_folder(), filters)
    return path


def saving(parent: QWidget | None, path: Path, action: Callable[[], Any]) -> Any:
    """Run ``action`` that writes the file the person chose (an export, a PDF): a file open
    in Excel, a folder that cannot be written or a full disk get a message, not a crash.
    ``None`` when it failed."""
    title = QCoreApplication.translate("Files", "Save")
    try:
        return action()
    except ServiceError as exc:
        inform(parent, title, tr_message(exc.message), error=True)
    except OSError as exc:
        inform(parent, title, QCoreApplication.translate("Files", "Cannot write %1: %2")
               .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)), error=True)
    return None


def write_file(parent: QWidget | None, path: Path, write: Callable[[Any], object], binary: bool = False) -> bool:
    """Write a file the person chose through ``services.files`` (temporary name, then one
    rename), with ``saving``'s messages."""
    from desktop.services.core.files import replacing

    def action() -> bool:
        with replacing(path, binary=binary) as handle:
            write(handle)
        return True

    return bool(saving(parent, path, action))


def inform(parent: QWidget | None, title: str, text: str, error: bool = False) -> None:
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


# Formatting.


def date_edit(day: date) -> QDateEdit:
    """A day to pick, written as the program writes dates (2026-12-02), with a calendar."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_datetime(value: datetime | None) -> str:
    """Stored in UTC, shown in the local time of this PC."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def fmt_km(value: int | None) -> str:
    return f"{value:,} km" if value is not None else ""


class ApprovalDialog(FormDialog):
    """A manager standing next to the desk approves one action with their own login and
    password (审批); the record names them beside the person who did it."""

    def __init__(self, services: Services, permission: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFormLayout, QLineEdit

        super().__init__(parent, QCoreApplication.translate("Dialog", "A manager's approval"))
        self.setMinimumWidth(460)
        self.services = services
        self.permission = permission
        self.approval: Approval | None = None
        what = QCoreApplication.translate("Permissions", PERMISSIONS[permission].label)
        text = QLabel(QCoreApplication.translate(
            "Dialog", "%1 may not %2 alone. A manager approves it here with their own login and password; "
                      "the record will name both.").replace("%1", services.desk.actor.name).replace("%2", what))
        text.setWordWrap(True)
        self.layout_.addWidget(text)
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("Dialog", "Manager's login"), self.login)
        form.addRow(QCoreApplication.translate("Dialog", "Password"), self.password)
        self.layout_.addLayout(form)
        self.save_button.setText(QCoreApplication.translate("Dialog", "Approve"))
        self.finish_layout()

    def save(self) -> None:
        approval = self.attempt(lambda: self.services.users.approve(
            self.login.text(), self.password.text(), self.permission), self.errors)
        self.password.clear()
        if approval is not None:
            self.approval = approval
            self.accept()


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_approval(parent: QWidget | None, services: Services, permission: str) -> Approval | None:
    dialog = ApprovalDialog(services, permission, parent)
    return dialog.approval if run_dialog(dialog) else None


def run_approved(parent: QWidget | None, services: Services, action: Callable[[], Any]) -> Any:
    """A service call from a page: when the person may not do it alone, a manager may
    approve it on the spot; None when nobody did.  Other refusals pass to the caller."""
    try:
        return action()
    except NotPermitted as exc:
        if not exc.approvable:
            raise
        approval = ask_approval(parent, services, exc.permission)
        if approval is None:
            return None
        with services.desk.approved(approval):
            return action()
