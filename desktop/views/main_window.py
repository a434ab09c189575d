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

from desktop.views.aftercare.page import AftercarePage
from desktop.views.aftercare.settings import AftercareSettings
from desktop.views.appointments.page import AppointmentsPage
from desktop.views.backup.panel import BackupPanel
from desktop.views.billing.dialogs import SettlementDialog
from desktop.views.billing.page import InvoicesPage
from desktop.views.customers.page import CustomerPage
from desktop.views.inspection.checklists import ChecklistsSettings
from desktop.views.inspection.newcars import NewCarsPage
from desktop.views.inspection.order_tab import InspectionTab, SheetDialog
from desktop.views.insurance.order_tab import AccidentTab
from desktop.views.insurance.page import InsurancePage
from desktop.views.kpi.appraisal import AppraisalPage
from desktop.views.kpi.meetings import MeetingsPage
from desktop.views.kpi.page import KpiPage
from desktop.views.parts.page import PartsPage
from desktop.views.parts.purchasing import PurchasingPage
from desktop.views.parts.stocktake import StockTakePage
from desktop.views.plans.order_tab import PlansOrderTab
from desktop.views.plans.page import PlansPage
from desktop.views.reminders.page import RemindersPage
from desktop.views.reminders.settings import RemindersSettings
from desktop.views.rescue.page import RescuePage
from desktop.views.rescue.strip import RescueStrip
from desktop.views.shared import common
from desktop.views.shared.live import ConnectionBanner, LiveUpdates
from desktop.views.system.page import SystemPage
from desktop.views.system.workstations import WorkstationsTab
from desktop.views.users.page import UsersSection
from desktop.views.users.session import DeskKeeper
from desktop.views.warranty.claims import ClaimsPage
from desktop.views.warranty.coverage import CoverageDialog, CoverageTab
from desktop.views.warranty.policies import PoliciesSettings
from desktop.views.warranty.recalls import RecallsPage
from desktop.views.workorders.board import BoardPage
from desktop.views.workorders.kiosk import KioskPage
from desktop.views.workorders.page import WorkOrdersPage
from desktop.views.workorders.visit_settings import VisitSettings
from desktop.views.workorders.workshop import WorkshopSettings


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: Settings, log_path: Path) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
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
        self.customers = CustomerPage(services)
        self.appointments = AppointmentsPage(services)
        self.workorders = WorkOrdersPage(services)
        self.board = BoardPage(services)
        self.newcars = NewCarsPage(services)
        self.recalls = RecallsPage(services)
        self.claims = ClaimsPage(services)
        self.insurance = InsurancePage(services)
        self.kpi = KpiPage(services)
        self.appraisal = AppraisalPage(services)
        self.meetings = MeetingsPage(services)
        self.invoices = InvoicesPage(services)
        self.plans = PlansPage(services)
        self.rescue = RescuePage(services)
        self.aftercare = AftercarePage(services)
        self.reminders = RemindersPage(services)
        self.parts = PartsPage(services)
        self.purchasing = PurchasingPage(services)
        self.stocktake = StockTakePage(services)
        self.kiosk = KioskPage(services)
        self.backup = BackupPanel(services, settings)
        self.workshop = WorkshopSettings(services)
        self.users = UsersSection(services)
        self.aftercare_settings = AftercareSettings(services)
        self.reminders_settings = RemindersSettings(services)
        self.checklists = ChecklistsSettings(services)
        self.policies = PoliciesSettings(services)
        self.visit_settings = VisitSettings(services)
        self.workstations = WorkstationsTab(services)
        self.system = SystemPage(services, settings, log_path, sections=(self.backup,),
                                 tabs=((self.tr("Workshop"), self.workshop), (self.tr("Users and audit"), self.users),
                                       (self.tr("Follow-up and calendar"), self.aftercare_settings),
                                       (self.tr("Appointments and reminders"), self.reminders_settings),
                                       (self.tr("Workshop steps and notices"), self.visit_settings),
                                       (self.tr("Checklists"), self.checklists),
                                       (self.tr("Warranty"), self.policies),
                                       (self.tr("Several workstations"), self.workstations)))
        self.workorders.editor.open_settlement = lambda order_id, parent: SettlementDialog(services, order_id, parent)
        self.workorders.editor.setup_needed.connect(self.open_setup)
        self.inspection_tab = InspectionTab(services)  # the sheet on the order, from inspection
        self.inspection_tab.order_changed.connect(self.workorders.editor.line_saved)
        self.inspection_tab.print_requested.connect(self.workorders.editor.print_document)
        self.workorders.editor.add_order_tab(self.inspection_tab, self.tr("Inspection"))
        self.kiosk.sheet_requested.connect(self.open_sheet)
        self.coverage_tab = CoverageTab(services)  # the car's warranty cover, from warranty
        self.workorders.editor.add_order_tab(self.coverage_tab, self.tr("Warranty"), 3)
        self.coverage_tab.order_changed.connect(self.workorders.editor.line_saved)
        self.customers.warranty.connect(self.open_coverage)
        self.accident_tab = AccidentTab(services)  # the accident case on the order, from insurance
        self.workorders.editor.add_order_tab(self.accident_tab, self.tr("Accident"), 4)
        self.accident_tab.order_changed.connect(self.workorders.editor.line_saved)
        self.plans_tab = PlansOrderTab(services)  # the car's plans and the member card, from plans
        self.workorders.editor.add_order_tab(self.plans_tab, self.tr("Plans"), 5)
        self.plans_tab.order_changed.connect(self.workorders.editor.line_saved)
        self.board.add_panel(RescueStrip(services))  # the rescues under way, from the rescue desk
        for title, page in (
            (self.tr("Customers"), self.customers),
            (self.tr("Appointments"), self.appointments),
            (self.tr("Work orders"), self.workorders),
            (self.tr("Workshop board"), self.board),
            (self.tr("New cars"), self.newcars),
            (self.tr("Recalls"), self.recalls),
            (self.tr("Claims"), self.claims),
            (self.tr("Accident repairs"), self.insurance),
            (self.tr("Invoices"), self.invoices),
            (self.tr("Plans and cards"), self.plans),
            (self.tr("Roadside rescue"), self.rescue),
            (self.tr("Follow-up and complaints"), self.aftercare),
            (self.tr("Reminders"), self.reminders),
            (self.tr("Parts"), self.parts),
            (self.tr("Purchasing"), self.purchasing),
            (self.tr("Stock-take"), self.stocktake),
            (self.tr("Measures"), self.kpi),
            (self.tr("Appraisal"), self.appraisal),
            (self.tr("Meetings"), self.meetings),
            (self.tr("Workshop kiosk"), self.kiosk),
            (self.tr("System"), self.system),
        ):
            QListWidgetItem(title, self.nav)
            self.pages.addWidget(page)
            page.status.connect(self.show_status)  # type: ignore[attr-defined]
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        self.customers.new_order.connect(self.new_order)
        self.customers.book.connect(self.book_appointment)
        self.customers.open_order.connect(self.show_order)
        self.kpi.order_requested.connect(self.show_order)
        self.customers.show_invoices.connect(self.show_invoices)
        self.customers.show_invoice.connect(self.show_invoice_number)
        self.board.open_order.connect(self.show_order)
        self.newcars.open_order.connect(self.show_order)
        self.appointments.open_order.connect(self.show_order)
        self.reminders.book_requested.connect(self.book_appointment)
        self.backup.restored.connect(self._restored)
        self.parts.orders_changed.connect(self.purchasing.refresh)
        self.purchasing.stock_changed.connect(lambda: self.parts.refresh(reload=True))
        self.stocktake.stock_changed.connect(lambda: self.parts.refresh(reload=True))
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
        self.reminder.clicked.connect(lambda: self.nav.setCurrentRow(self.pages.indexOf(self.aftercare)))
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
            status = self.backup.backup_status()
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
            self.nav.setCurrentRow(self.pages.indexOf(self.system))
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

        names = {self.customers: "customers", self.workorders: "workorders", self.board: "board",
                 self.invoices: "invoices", self.aftercare: "aftercare", self.parts: "parts",
                 self.appointments: "appointments", self.reminders: "reminders", self.purchasing: "purchasing",
                 self.stocktake: "stocktake", self.kiosk: "kiosk", self.system: "system", self.newcars: "newcars",
                 self.recalls: "recalls", self.claims: "claims",
                 self.insurance: "insurance", self.kpi: "kpi", self.appraisal: "appraisal",
                 self.meetings: "meetings", self.plans: "plans",
                 self.rescue: "rescue"}
        dialog = HelpDialog(names.get(self.pages.currentWidget(), "quickstart"), self)
        self.help_dialog = dialog
        dialog.show()
        return dialog

    def open_sheet(self, number: str, desk: Desk) -> QWidget | None:
        """The inspection sheet of an order, for the technician signed in at the kiosk."""
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
        dialog = CoverageDialog(self.services, vehicle_id, self)
        self.coverage_dialog = dialog
        dialog.open()
        return dialog

    def open_setup(self, what: str = "staff") -> None:
        """The place where the missing thing is added (the staff, the bays)."""
        self.nav.setCurrentRow(self.pages.indexOf(self.system))
        field = self.workshop.staff_name if what == "staff" else self.workshop.bay_name
        field.setFocus()

    def open_backup_file(self, path: Path) -> None:
        """The restore dialog with this backup loaded (a double-clicked .sbk file)."""
        self.nav.setCurrentRow(self.pages.indexOf(self.system))
        self.backup.open_restore().load(path)

    def _restored(self) -> None:
        common.inform(self, self.tr("Restore"), self.tr("The backup was restored. ServiceBay now opens the restored data."))
        self.reopen = True
        self.close()

    def _desk_changed(self, actor: Actor) -> None:
        """Another person at the desk: show what they may use (the services check anyway)."""
        self.users.update_for(actor)
        self.system.tabs.setTabVisible(1, actor.may("users.manage") or actor.may("audit.view"))
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

    def _page_shown(self, index: int) -> None:
        page = self.pages.widget(index)
        if page is self.kiosk:
            self.kiosk.shown()
        elif page is self.board:
            self.board.refresh()
        elif page is self.invoices:
            self.invoices.refresh()
        elif page is self.purchasing:
            self.purchasing.refresh()
        elif page is self.stocktake:
            self.stocktake.refresh()  # counts are saved as they are typed: nothing to lose

    def live_refresh(self, tables: frozenset[str]) -> None:
        """Another desk saved something: the list on screen shows it.  Only lists are
        reloaded, never a form being typed in (the work order being edited, a dialog)."""
        page = self.pages.currentWidget()
        wanted = {self.board: {"work_order", "work_order_line", "clocking", "rescue", "appointment"},
                  self.workorders: {"work_order"}, self.invoices: {"invoice", "payment"},
                  self.appointments: {"appointment"}, self.rescue: {"rescue", "service_van"},
                  self.purchasing: {"purchase_order", "purchase_order_line"}}.get(page)
        if wanted is None or (tables and not tables & wanted):
            return
        if page is self.board:
            self.board.refresh()
        elif page is self.workorders:
            self.workorders.refresh()
        elif page is self.invoices:
            self.invoices.refresh()
        elif page is self.appointments:
            self.appointments.refresh()
        elif page is self.rescue:
            self.rescue.refresh()
        elif page is self.purchasing:
            self.purchasing.refresh()

    def new_order(self, vehicle_id: int) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.workorders))
        self.workorders.new_order(vehicle_id)

    def book_appointment(self, customer_id: int, vehicle_id: int, campaign_id: int = 0) -> None:
        """From the due list or a campaign: the booking dialog for the car, on the
        appointments page."""
        self.nav.setCurrentRow(self.pages.indexOf(self.appointments))
        self.appointments.book_for(customer_id, vehicle_id, campaign_id=campaign_id or None)

    def show_invoice_number(self, number: str) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.invoices))
        self.invoices.show_number(number)

    def show_invoices(self, customer_id: int) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.invoices))
        self.invoices.show_customer(customer_id)

    def show_order(self, order_id: int) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.workorders))
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
