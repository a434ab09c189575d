"""The main window: the navigation list on the left, the page on the right.  It only
hosts the pages; each page is its own module.  Pages whose features have not landed are
not listed at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import version
from desktop.config import Settings
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk
from desktop.services.core.errors import ServiceError

from desktop.views.backup.panel import backup_status
from desktop.views.shared import common
from desktop.views.shared.live import ConnectionBanner, LiveUpdates
from desktop.views.users.session import DeskKeeper
from desktop.views.window_pages import Pages


class MainWindow(Pages, QMainWindow):
    """Each page is built the first time it is shown or used (``Pages``)."""

    def __init__(self, services: Services, settings: Settings, log_path: Path) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.log_path = log_path
        self.reopen = False  # set after a restore: the program opens the restored data
        self.remind_on_close = False  # the program (not a test) turns the exit reminder on
        self.setWindowTitle(self.tr("ServiceBay 售后管家"))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 6px 8px; }")
        self.pages = QStackedWidget()
        entries = (
            ("customers", self.tr("Customers")),
            ("appointments", self.tr("Appointments")),
            ("workorders", self.tr("Work orders")),
            ("board", self.tr("Workshop board")),
            ("newcars", self.tr("New cars")),
            ("recalls", self.tr("Recalls")),
            ("claims", self.tr("Claims")),
            ("insurance", self.tr("Accident repairs")),
            ("invoices", self.tr("Invoices")),
            ("plans", self.tr("Plans and cards")),
            ("rescue", self.tr("Roadside rescue")),
            ("aftercare", self.tr("Follow-up and complaints")),
            ("reminders", self.tr("Reminders")),
            ("parts", self.tr("Parts")),
            ("purchasing", self.tr("Purchasing")),
            ("stocktake", self.tr("Stock-take")),
            ("kpi", self.tr("Measures")),
            ("appraisal", self.tr("Appraisal")),
            ("meetings", self.tr("Meetings")),
            ("kiosk", self.tr("Workshop kiosk")),
            ("system", self.tr("System")),
        )
        self.keys = [key for key, _title in entries]
        for _key, title in entries:
            QListWidgetItem(title, self.nav)
            self.pages.addWidget(QWidget())  # stands in for the page until it is first shown
        self.nav.currentRowChanged.connect(self._go)
        self.nav.setCurrentRow(0)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(4, 4, 4, 4)
        self.banner = ConnectionBanner()
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        # The other desks' changes, within a second (the server) or half a second (this PC's file).
        self.live = LiveUpdates(services, self)
        self.live.changed.connect(self.live_refresh)
        self.live.connection.connect(self.banner.show_state)
        self.destroyed.connect(self.live.stop)
        self.db_label = QLabel(services.database_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.desk = DeskKeeper(services, settings, self)
        self.reminder = QPushButton()
        self.reminder.setFlat(True)
        self.reminder.setStyleSheet("color: #c62828;")
        self.reminder.clicked.connect(lambda: self.show_page("aftercare"))
        self.statusBar().addPermanentWidget(self.reminder)
        self.statusBar().addPermanentWidget(self.desk.label)
        self.desk.changed.connect(self._desk_changed)
        self._desk_changed(services.desk.actor)

        find = QAction(self.tr("Find customer or car"), self)
        find.setShortcuts([QKeySequence("Ctrl+K")])
        find.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        find.triggered.connect(self.global_search)
        self.addAction(find)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(find)
        switch = QAction(self.tr("Switch user…"), self)
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(self.desk.switch_user)
        file_menu.addAction(switch)
        password = QAction(self.tr("Change my password…"), self)
        password.triggered.connect(self.desk.change_password)
        file_menu.addAction(password)
        lock = QAction(self.tr("Lock the screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        lock.triggered.connect(self.desk.lock)
        file_menu.addAction(lock)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        manual = QAction(self.tr("Help for this page"), self)
        manual.setShortcut(QKeySequence(Qt.Key.Key_F1))
        manual.triggered.connect(self.show_help)
        help_menu.addAction(manual)
        about = QAction(self.tr("About ServiceBay"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        self.customers.focus_search()

    def remind_backup(self, closing: bool = False) -> bool:
        """When the shop's records changed since its last verified backup (made on any
        workstation), say so and offer to make one now: at closing on such a day; at the
        start when an earlier day's changes were never backed up; more urgently after
        three days.  Never before there is anything to back up."""
        from datetime import UTC, datetime

        from desktop.services.backup import reminder

        try:
            status = backup_status(self.services)
        except ServiceError:
            return False
        level = reminder(status, datetime.now(UTC), closing)
        if level is None:
            return False
        if status.last_at is None:
            text = self.tr("This shop has never been backed up.")
        else:
            days = (datetime.now(UTC) - status.last_at).days
            text = self.tr("The shop's data changed since its last backup (%1 days ago, %2).").replace(
                "%1", str(days)).replace("%2", status.by or "—")
        if level == "urgent":
            text = "⚠ " + text
        choice = common.ask(self, self.tr("Backup"), text + "\n" + self.tr(
            "A USB stick with a recent backup is all that is left when this PC fails."),
            [self.tr("Back up now")])
        if choice == 0:
            self.show_page("system")
            self.backup.open_backup()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remind_on_close and not self.reopen and self.remind_backup(closing=True):
            event.ignore()  # the backup dialog is open; close again afterwards
            return
        self.live.stop()
        super().closeEvent(event)

    def show_help(self) -> QWidget:
        """F1: the manual of the page that is showing."""
        from desktop.views.help import HelpDialog

        index = self.pages.currentIndex()  # each page's manual has the page's key for its name
        dialog = HelpDialog(self.keys[index] if index >= 0 else "quickstart", self)
        self.help_dialog = dialog
        dialog.show()
        return dialog

    def open_sheet(self, number: str, desk: Desk) -> QWidget | None:
        """The inspection sheet of an order, for the technician signed in at the kiosk."""
        from desktop.views.inspection.order_tab import SheetDialog

        as_technician = Services.create(self.services.db, desk)
        order_id = as_technician.workorders.find_number(number)
        if order_id is None:
            return None
        dialog = SheetDialog(as_technician, as_technician.workorders.get(order_id), self)
        self.sheet_dialog = dialog
        dialog.open()
        return dialog

    def open_coverage(self, vehicle_id: int) -> QWidget:
        """A car's warranty cover today, from the customer file."""
        from desktop.views.warranty.coverage import CoverageDialog

        dialog = CoverageDialog(self.services, vehicle_id, self)
        self.coverage_dialog = dialog
        dialog.open()
        return dialog

    def open_setup(self, what: str = "staff") -> None:
        """The place where the missing thing is added (the staff, the bays)."""
        self.show_page("system")
        field = self.workshop.staff_name if what == "staff" else self.workshop.bay_name
        field.setFocus()

    def open_backup_file(self, path: Path) -> None:
        """The restore dialog with this backup loaded (a double-clicked .sbk file)."""
        self.show_page("system")
        self.backup.open_restore().load(path)

    def _restored(self) -> None:
        common.inform(self, self.tr("Restore"), self.tr("The backup was restored. ServiceBay now opens the restored data."))
        self.reopen = True
        self.close()

    def _desk_changed(self, actor: Actor) -> None:
        """Another person at the desk: show what they may use (the services check anyway)."""
        if self.built("system"):
            self._system_for(actor, self.system)
        if self.built("workorders"):
            self.workorders.editor.refresh_actions()
        self.show_reminder()

    def show_reminder(self) -> None:
        """At sign-in: the calls due today, the complaints past their deadline, one's own
        overdue action items and the appraisal figures one owes (a click opens the page)."""
        try:
            text = self.aftercare.reminder()
            overdue = self.services.meetings.overdue_for_me()
            owed = self.services.figures.to_enter()
        except ServiceError:
            text, overdue, owed = "", [], []
        if overdue:  # the meetings' action items the person at the desk owes
            late = self.tr("%1 of your action items are past their due date").replace("%1", str(len(overdue)))
            text = "; ".join(x for x in (text, late) if x)
        if owed:  # the figures of others' appraisals they enter
            figures = self.tr("%1 appraisal figure(s) to enter by %2").replace("%1", str(len(owed))).replace(
                "%2", f"{owed[0].due_on:%m-%d}")
            text = "; ".join(x for x in (text, figures) if x)
        self.reminder.setText("⚑ " + text if text else "")
        self.reminder.setVisible(bool(text))

    def _page_shown(self, key: str) -> None:
        if key == "kiosk":
            self.kiosk.shown()
        elif key in ("board", "invoices", "purchasing", "stocktake"):  # stock-take: counts are saved as typed
            self.page(key).refresh()  # type: ignore[attr-defined]

    def live_refresh(self, tables: frozenset[str]) -> None:
        """Another desk saved something: the list on screen shows it.  Only lists are
        reloaded, never a form being typed in (the work order being edited, a dialog)."""
        index = self.pages.currentIndex()
        key = self.keys[index] if index >= 0 else ""
        wanted = {"board": {"work_order", "work_order_line", "clocking", "rescue", "appointment"},
                  "workorders": {"work_order"}, "invoices": {"invoice", "payment"},
                  "appointments": {"appointment"}, "rescue": {"rescue", "service_van"},
                  "purchasing": {"purchase_order", "purchase_order_line"}}.get(key)
        if wanted is None or (tables and not tables & wanted) or not self.built(key):
            return
        self.page(key).refresh()  # type: ignore[attr-defined]

    def new_order(self, vehicle_id: int) -> None:
        self.show_page("workorders")
        self.workorders.new_order(vehicle_id)

    def book_appointment(self, customer_id: int, vehicle_id: int, campaign_id: int = 0) -> None:
        """From the due list or a campaign: the booking dialog for the car, on the
        appointments page."""
        self.show_page("appointments")
        self.appointments.book_for(customer_id, vehicle_id, campaign_id=campaign_id or None)

    def show_invoice_number(self, number: str) -> None:
        self.show_page("invoices")
        self.invoices.show_number(number)

    def show_invoices(self, customer_id: int) -> None:
        self.show_page("invoices")
        self.invoices.show_customer(customer_id)

    def show_order(self, order_id: int) -> None:
        self.show_page("workorders")
        self.workorders.open_order(order_id)

    def global_search(self) -> None:
        """Ctrl+K anywhere: the search, ready to type a customer, a car, or a work order or
        invoice number."""
        self.nav.setCurrentRow(0)
        self.customers.focus_search()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ServiceBay"),
            self.tr("ServiceBay 售后管家 %1\nThe after-sales desk of a car dealership or repair shop.")
            .replace("%1", version()),
        )
