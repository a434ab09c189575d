"""System → Several workstations (多工位): how the shop's database is doing, and the guided
steps from one PC to several and back, in plain words.

- ``ServerSetupWizard``, on the PC that will hold the data: is a PostgreSQL server there
  (and how to install one, for this PC's system), the program's own login and database,
  then the current data moved onto it and checked row by row.
- ``ConnectDialog``, on each other PC: the server's address, the program's login, a test,
  and this PC opens the shop there from its next start.
- Moving back to a file on this PC (a shop that gives up its server).

Nothing is switched before it was checked: the wizard's last step switches this PC only
when the copy matched.  Long steps run in the background; the window stays usable.
"""

from __future__ import annotations

import platform
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.config import set_workstation_name, workstation_name
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.system.move import MoveReport, MoveService, switch_to
from desktop.services.system.server import (
    DEFAULT_DATABASE,
    DEFAULT_LOGIN,
    DEFAULT_PORT,
    ServerAddress,
    check_address,
    check_workstation_name,
    install_hint,
    probe,
    set_up,
)

from desktop.views.shared import common
from desktop.views.shared.background import run_in_background
from desktop.views.shared.common import FieldError, FormErrors, tr_message


def _busy(action: Callable[[], Any]) -> Any:
    """A step of a few seconds (a connection, the setup): a wait cursor, then its answer."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return action()
    finally:
        QGuiApplication.restoreOverrideCursor()


def this_pc_addresses() -> list[str]:
    """The addresses the other PCs type to find this one (the shop's network, not loopback)."""
    found: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if not address.startswith("127.") and address not in found:
                found.append(address)
    except OSError:
        pass
    return found or [socket.gethostname()]


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _AddressForm(QWidget):
    """Host, port, database, login and password, each with its message under it."""

    def __init__(self, host: str = "", login: str = DEFAULT_LOGIN, confirm: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.host = QLineEdit(host)
        self.port = QLineEdit(str(DEFAULT_PORT))
        self.database = QLineEdit(DEFAULT_DATABASE)
        self.login = QLineEdit(login)
        self.password = _password()
        self.again = _password() if confirm else None
        form = QFormLayout(self)
        form.addRow(self.tr("Server (name or address)"), self.errors.add("host", self.host))
        form.addRow(self.tr("Port"), self.errors.add("port", self.port))
        form.addRow(self.tr("Shop database"), self.errors.add("database", self.database))
        form.addRow(self.tr("Program's login"), self.errors.add("login", self.login))
        form.addRow(self.tr("Password"), self.errors.add("password", self.password))
        if self.again is not None:
            form.addRow(self.tr("Password again"), self.errors.add("again", self.again))
        form.addRow(self.general)

    def address(self, with_password: bool = True) -> ServerAddress | None:
        """The address typed, or None with every wrong field said under it."""
        try:
            address = check_address(self.host.text(), self.port.text(), self.database.text().strip(),
                                    self.login.text().strip(), self.password.text() if with_password else None)
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return None
        if self.again is not None and self.again.text() != self.password.text():
            self.errors.fields["again"][1].show_message(self.tr("The two passwords differ."))
            return None
        return address

    def say(self, exc: ServiceError) -> None:
        self.errors.clear()
        self.general.show_message(tr_message(exc.message))


class AdminPage(QWizardPage):
    """Step 1: the server on this PC (or the shop's server PC), reached as its administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The database server"))
        self.setSubTitle(self.tr("The PC that holds the data needs a PostgreSQL server. If it has none yet, install "
                                 "one first:"))
        hint = QLabel(tr_message(install_hint(platform.system())))
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.host = QLineEdit("localhost")
        self.port = QLineEdit(str(DEFAULT_PORT))
        self.admin = QLineEdit("postgres")
        self.password = _password()
        self.found = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Server (name or address)"), self.errors.add("host", self.host))
        form.addRow(self.tr("Port"), self.errors.add("port", self.port))
        form.addRow(self.tr("Administrator"), self.errors.add("login", self.admin))
        form.addRow(self.tr("Administrator's password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.found)
        self.admin_url = ""

    def validatePage(self) -> bool:
        try:
            address = check_address(self.host.text(), self.port.text(), "postgres", self.admin.text().strip())
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return False
        self.admin_url = address.url(self.password.text() or None)
        try:
            from desktop.services.system.server import check_admin

            info = _busy(lambda: check_admin(self.admin_url))
        except ServiceError as exc:
            self.errors.clear()
            self.general.show_message(tr_message(exc.message))
            return False
        self.found.setText(self.tr("Found PostgreSQL %1.").replace("%1", info.version))
        return True


class LoginPage(QWizardPage):
    """Step 2: the program's own login and the shop's database on the server."""

    def __init__(self, admin: AdminPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin = admin
        self.setTitle(self.tr("The shop's database"))
        self.setSubTitle(self.tr("ServiceBay signs in to the server with a login of its own. Choose its password "
                                 "(at least 8 characters); each PC keeps it in its credential store."))
        self.form = _AddressForm(confirm=True)
        for w in (self.form.host, self.form.port):
            w.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.address: ServerAddress | None = None
        self.password = ""

    def initializePage(self) -> None:
        self.form.host.setText(self.admin.host.text().strip())
        self.form.port.setText(self.admin.port.text().strip())

    def validatePage(self) -> bool:
        address = self.form.address()
        if address is None:
            return False
        try:
            _busy(lambda: set_up(self.admin.admin_url, address, self.form.password.text()))
        except ValidationFailed as exc:
            self.form.errors.show(exc.errors)
            return False
        except ServiceError as exc:
            self.form.say(exc)
            return False
        self.address, self.password = address, self.form.password.text()
        return True


class MovePage(QWizardPage):
    """Step 3: this PC's data onto the server, checked table by table before anything switches."""

    def __init__(self, services: Services, login: LoginPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.login = login
        self.setTitle(self.tr("Move the data"))
        self.setSubTitle(self.tr("Close ServiceBay on every other PC first. The data is copied onto the server and "
                                 "compared row by row; the file on this PC stays as it is, as the fallback."))
        self.move_button = QPushButton(self.tr("Move the data now"))
        self.move_button.clicked.connect(self.start_move)
        self.progress = QLabel()
        self.error = FieldError(self)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.move_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.report: MoveReport | None = None
        self.on_file = services.db.is_sqlite

    def initializePage(self) -> None:
        if not self.on_file:  # already on a server: this PC only switches to the new one
            self.move_button.setVisible(False)
            self.result.setText(self.tr("This shop is already on a server; its data is not moved."))

    def isComplete(self) -> bool:
        return self.report is not None or not self.on_file

    def start_move(self) -> None:
        address = self.login.address
        if address is None:
            return
        url = address.url(self.login.password)
        self.move_button.setEnabled(False)
        self.error.show_message("")
        self.progress.setText(self.tr("Copying and checking… the window stays usable."))
        service = MoveService(self.services.db, self.services.desk)
        run_in_background(lambda _p: service.to_server(url), self._moved, self._failed)

    def _moved(self, report: MoveReport) -> None:
        self.report = report
        self.progress.setText("")
        self.result.setText(self.tr("Moved and checked: %1 rows in %2 tables identical on both sides, %3 invoices in "
                                    "an unbroken chain, in %4 s.").replace("%1", str(report.rows)).replace(
            "%2", str(len(report.tables))).replace("%3", str(report.invoices)).replace("%4", str(report.seconds)))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.move_button.setEnabled(True)
        self.progress.setText("")
        if isinstance(exc, ServiceError):
            self.error.show_message(tr_message(exc.message))
        else:
            self.error.show_message(self.tr("The move failed: %1").replace("%1", str(exc)))


class DonePage(QWizardPage):
    def __init__(self, login: LoginPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = login
        self.setTitle(self.tr("Done"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        address = self.login.address
        host = address.host if address else ""
        if host in ("localhost", "127.0.0.1", "::1"):
            host = " / ".join(this_pc_addresses())
        self.text.setText(self.tr(
            "This PC opens the shop on the server from its next start: close ServiceBay and open it again.\n\n"
            "On each other PC: System → Several workstations → Connect to the shop's server, and type\n"
            "  server: %1   port: %2   database: %3   login: %4\n"
            "and the password you chose.").replace("%1", host).replace(
            "%2", str(address.port if address else DEFAULT_PORT)).replace(
            "%3", address.database if address else "").replace("%4", address.login if address else ""))


class ServerSetupWizard(QWizard):
    switched = Signal(str)  # where this PC opens the shop from its next start

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up the shop's server"))
        self.resize(760, 560)
        self.admin = AdminPage()
        self.login = LoginPage(self.admin)
        self.move_page = MovePage(services, self.login)
        self.done_page = DonePage(self.login)
        for page in (self.admin, self.login, self.move_page, self.done_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.done_page and self.login.address is not None:
            try:
                kept = switch_to(self.login.address.url(self.login.password))
            except Exception as exc:  # noqa: BLE001 - the credential store said no: say it, switch nothing
                self.done_page.text.setText(self.tr("This PC could not keep the password in its credential store "
                                                    "(%1); it still opens the file.").replace("%1", str(exc)))
                return
            self.switched.emit(kept)


class ConnectDialog(common.FormDialog):
    """On each other PC: the server's address and the program's login; tested, then kept."""

    switched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Connect to the shop's server"))
        self.form = _AddressForm()
        self.found = QLabel()
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test)
        self.layout_.addWidget(QLabel(self.tr("Type what the PC that holds the data shows under System → Several "
                                              "workstations.")))
        self.layout_.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.found, 1)
        self.layout_.addLayout(row)
        self.save_button.setText(self.tr("Connect"))
        self.finish_layout()

    def test(self) -> bool:
        address = self.form.address()
        if address is None:
            return False
        try:
            info = _busy(lambda: probe(address.url(self.form.password.text())))
        except ServiceError as exc:
            self.form.say(exc)
            self.found.setText("")
            return False
        self.form.errors.clear()
        self.found.setText(self.tr("Connected: PostgreSQL %1.").replace("%1", info.version))
        return True

    def save(self) -> None:
        self.connect_now()

    def connect_now(self) -> bool:
        if not self.test():
            return False
        address = self.form.address()
        assert address is not None
        try:
            kept = switch_to(address.url(self.form.password.text()))
        except Exception as exc:  # noqa: BLE001 - the credential store said no
            self.form.general.show_message(self.tr("This PC could not keep the password in its credential store: "
                                                   "%1").replace("%1", str(exc)))
            return False
        self.switched.emit(kept)
        self.accept()
        return True


class WorkstationsTab(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        health = QGroupBox(self.tr("The shop's database now"))
        form = QFormLayout(health)
        self.where = QLabel()
        self.version = QLabel()
        self.size = QLabel()
        self.backup = QLabel()
        self.desks = QListWidget()
        self.desks.setMaximumHeight(110)
        for label, widget in ((self.tr("Connected to"), self.where), (self.tr("Version"), self.version),
                              (self.tr("Size"), self.size), (self.tr("Last backup"), self.backup),
                              (self.tr("Desks with the shop open now"), self.desks)):
            form.addRow(label, widget)
        self.name = QLineEdit(workstation_name())
        self.name.setMaxLength(40)
        self.name_error = FieldError(self)
        name_save = QPushButton(self.tr("Save the name"))
        name_save.clicked.connect(self.save_name)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(name_save)
        form.addRow(self.tr("This PC's name"), name_row)
        form.addRow("", self.name_error)
        self.error = FieldError(self)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.setup_button = QPushButton(self.tr("This PC holds the data: set up the server…"))
        self.setup_button.clicked.connect(self.open_setup)
        self.connect_button = QPushButton(self.tr("Connect to the shop's server…"))
        self.connect_button.clicked.connect(self.open_connect)
        self.back_button = QPushButton(self.tr("Move back to a file on this PC…"))
        self.back_button.clicked.connect(self.move_back)
        buttons = QHBoxLayout()
        for b in (refresh, self.setup_button, self.connect_button, self.back_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        intro = QLabel(self.tr("One PC: the data is a file on this PC. Several PCs (counter, workshop, parts): one PC "
                               "holds the data on a PostgreSQL server and the others connect to it. Each change shows "
                               "on the other desks within a second."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(health)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        from desktop.services.system.health import health

        try:
            h = health(self.services.db)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        except Exception as exc:  # noqa: BLE001 - a lost server: said here, the page stays
            self.error.show_message(self.tr("The server cannot be reached now: %1").replace("%1", str(exc)[:200]))
            return
        self.error.show_message("")
        kind = self.tr("the shop's server") if h.on_server else self.tr("a file on this PC")
        self.where.setText(f"{h.where} ({kind})")
        self.version.setText(("PostgreSQL " if h.on_server else "SQLite ") + h.version)
        self.size.setText(f"{h.size_bytes / 1_048_576:.1f} MB")
        self.backup.setText((common.fmt_datetime(h.last_backup_at) or "—") + (f"  {h.last_backup_where}"
                                                                      if h.last_backup_where else ""))
        self.desks.clear()
        for d in h.desks:
            mark = self.tr(" (this PC)") if d.this_one else ""
            self.desks.addItem(f"{d.computer}{mark}  {common.fmt_datetime(d.since)}".rstrip())
        self.back_button.setVisible(h.on_server)

    def save_name(self) -> bool:
        """The name the audit log and the other desks show for this PC (from its next start
        on the server's list of desks)."""
        try:
            name = check_workstation_name(self.name.text())
        except ValidationFailed as exc:
            self.name_error.show_message(tr_message(exc.errors["workstation"]))
            return False
        self.name_error.show_message("")
        self.name.setText(set_workstation_name(name))
        self.status.emit(self.tr("This PC is now called %1.").replace("%1", name))
        self.refresh()
        return True

    def open_setup(self) -> QWidget:
        wizard = ServerSetupWizard(self.services, self)
        wizard.switched.connect(self._switched)
        self.dialog = wizard
        wizard.open()
        return wizard

    def open_connect(self) -> QWidget:
        dialog = ConnectDialog(self)
        dialog.switched.connect(self._switched)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _switched(self, kept: str) -> None:
        self.status.emit(self.tr("This PC opens the shop on the server from its next start."))

    def move_back(self, path: str = "") -> None:
        path = path or common.choose_save_file(self, self.tr("Move the shop back to a file"), "servicebay.sqlite3",
                                               self.tr("ServiceBay database (*.sqlite3)"))
        if not path:
            return
        target = Path(path)
        service = MoveService(self.services.db, self.services.desk)
        self.back_button.setEnabled(False)
        self.status.emit(self.tr("Copying the server's data into %1…").replace("%1", str(target)))

        def done(report: MoveReport) -> None:
            self.back_button.setEnabled(True)
            switch_to("sqlite:///" + str(target.resolve()))
            common.inform(self, self.tr("Several workstations"), self.tr(
                "Moved and checked: %1 rows identical. This PC opens the file %2 from its next start; the server's "
                "data was left as it was.").replace("%1", str(report.rows)).replace("%2", str(target)))

        def failed(exc: BaseException) -> None:
            self.back_button.setEnabled(True)
            self.error.show_message(tr_message(exc.message) if isinstance(exc, ServiceError) else str(exc))

        run_in_background(lambda _p: service.to_file(target), done, failed)
