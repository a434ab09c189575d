"""The main window's pages: each built, with its links to the others, the first time it is
shown or used (the first page at once, the others when the person goes there), so that
the window opens without loading 21 pages' lists; each page's module is imported then too,
unless it was loaded behind the sign-in while the person typed (``PAGE_MODULES``,
``desktop/startup.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.services.core.desk import Actor

from desktop.views.backup.panel import BackupPanel

if TYPE_CHECKING:  # each page's module is imported when the page is first built
    from desktop.views.aftercare.page import AftercarePage
    from desktop.views.aftercare.settings import AftercareSettings
    from desktop.views.appointments.page import AppointmentsPage
    from desktop.views.billing.page import InvoicesPage
    from desktop.views.customers.page import CustomerPage
    from desktop.views.inspection.checklists import ChecklistsSettings
    from desktop.views.inspection.newcars import NewCarsPage
    from desktop.views.inspection.order_tab import InspectionTab
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
    from desktop.views.system.page import SystemPage
    from desktop.views.system.workstations import WorkstationsTab
    from desktop.views.users.page import UsersSection
    from desktop.views.warranty.claims import ClaimsPage
    from desktop.views.warranty.coverage import CoverageTab
    from desktop.views.warranty.policies import PoliciesSettings
    from desktop.views.warranty.recalls import RecallsPage
    from desktop.views.workorders.board import BoardPage
    from desktop.views.workorders.kiosk import KioskPage
    from desktop.views.workorders.page import WorkOrdersPage
    from desktop.views.workorders.visit_settings import VisitSettings
    from desktop.views.workorders.workshop import WorkshopSettings

# The attributes a page brings with it: built with it, the first time either is used.
PART_OF = {"inspection_tab": "workorders", "coverage_tab": "workorders", "accident_tab": "workorders",
           "plans_tab": "workorders", "backup": "system", "workshop": "system", "users": "system",
           "aftercare_settings": "system", "reminders_settings": "system", "checklists": "system",
           "policies": "system", "visit_settings": "system", "workstations": "system"}
# The pages' modules, the first page's first and the rest as the pages are listed: loaded
# behind the sign-in while the person types (desktop/startup.py), else at a page's first use.
PAGE_MODULES = (
    "desktop.views.customers.page", "desktop.views.aftercare.page", "desktop.views.appointments.page",
    "desktop.views.workorders.page", "desktop.views.billing.dialogs", "desktop.views.inspection.order_tab",
    "desktop.views.warranty.coverage", "desktop.views.insurance.order_tab", "desktop.views.plans.order_tab",
    "desktop.views.workorders.board", "desktop.views.rescue.strip", "desktop.views.inspection.newcars",
    "desktop.views.warranty.recalls", "desktop.views.warranty.claims", "desktop.views.insurance.page",
    "desktop.views.billing.page", "desktop.views.plans.page", "desktop.views.rescue.page",
    "desktop.views.reminders.page", "desktop.views.parts.page", "desktop.views.parts.purchasing",
    "desktop.views.parts.stocktake", "desktop.views.kpi.page", "desktop.views.kpi.appraisal",
    "desktop.views.kpi.meetings", "desktop.views.workorders.kiosk", "desktop.views.system.page",
    "desktop.views.aftercare.settings", "desktop.views.inspection.checklists", "desktop.views.reminders.settings",
    "desktop.views.system.workstations", "desktop.views.users.page", "desktop.views.warranty.policies",
    "desktop.views.workorders.visit_settings", "desktop.views.workorders.workshop",
)



class Pages:
    """Mixed into the main window (its texts are the window's: the context "MainWindow"),
    which has ``keys`` (the pages' keys in the order they are
    listed), ``pages`` (the stack), ``nav`` and the methods the pages link to."""

    customers: CustomerPage
    appointments: AppointmentsPage
    workorders: WorkOrdersPage
    board: BoardPage
    newcars: NewCarsPage
    recalls: RecallsPage
    claims: ClaimsPage
    insurance: InsurancePage
    invoices: InvoicesPage
    plans: PlansPage
    rescue: RescuePage
    aftercare: AftercarePage
    reminders: RemindersPage
    parts: PartsPage
    purchasing: PurchasingPage
    stocktake: StockTakePage
    kpi: KpiPage
    appraisal: AppraisalPage
    meetings: MeetingsPage
    kiosk: KioskPage
    system: SystemPage
    inspection_tab: InspectionTab
    coverage_tab: CoverageTab
    accident_tab: AccidentTab
    plans_tab: PlansOrderTab
    backup: BackupPanel
    workshop: WorkshopSettings
    users: UsersSection
    aftercare_settings: AftercareSettings
    reminders_settings: RemindersSettings
    checklists: ChecklistsSettings
    policies: PoliciesSettings
    visit_settings: VisitSettings
    workstations: WorkstationsTab

    keys: list[str]
    pages: QStackedWidget

    # --- the pages, each built on first use ---------------------------------------------

    def __getattr__(self, name: str) -> Any:
        """A page (or what it brings) the first time it is used: built, kept, returned."""
        key = PART_OF.get(name, name)
        if key in self.__dict__.get("keys", ()):  # the window lists its pages' keys first
            self.page(key)
            return self.__dict__[name]
        raise AttributeError(name)

    def built(self, key: str) -> bool:
        return key in self.__dict__

    def page(self, key: str) -> QWidget:
        """The page of that key, built now if it was not yet."""
        found = self.__dict__.get(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
        page = getattr(self, f"_make_{key}")()  # one maker per key, below
        setattr(self, key, page)
        index = self.keys.index(key)
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        page.status.connect(self.show_status)
        return page  # type: ignore[no-any-return]

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.nav.setCurrentRow(self.keys.index(key))
        return page

    def _go(self, index: int) -> None:
        if index < 0:
            return
        key = self.keys[index]
        self.page(key)
        self.pages.setCurrentIndex(index)
        self._page_shown(key)

    def _make_customers(self) -> QWidget:
        from desktop.views.customers.page import CustomerPage

        page = CustomerPage(self.services)
        page.warranty.connect(self.open_coverage)
        page.new_order.connect(self.new_order)
        page.book.connect(self.book_appointment)
        page.open_order.connect(self.show_order)
        page.show_invoices.connect(self.show_invoices)
        page.show_invoice.connect(self.show_invoice_number)
        return page

    def _make_appointments(self) -> QWidget:
        from desktop.views.appointments.page import AppointmentsPage

        page = AppointmentsPage(self.services)
        page.open_order.connect(self.show_order)
        return page

    def _make_workorders(self) -> QWidget:
        from desktop.views.billing.dialogs import SettlementDialog
        from desktop.views.inspection.order_tab import InspectionTab
        from desktop.views.insurance.order_tab import AccidentTab
        from desktop.views.plans.order_tab import PlansOrderTab
        from desktop.views.warranty.coverage import CoverageTab
        from desktop.views.workorders.page import WorkOrdersPage

        services = self.services
        page = WorkOrdersPage(services)
        editor = page.editor
        editor.open_settlement = lambda order_id, parent: SettlementDialog(services, order_id, parent)
        editor.setup_needed.connect(self.open_setup)
        self.inspection_tab = InspectionTab(services)  # the sheet on the order, from inspection
        self.inspection_tab.order_changed.connect(editor.line_saved)
        self.inspection_tab.print_requested.connect(editor.print_document)
        editor.add_order_tab(self.inspection_tab, QCoreApplication.translate("MainWindow", "Inspection"))
        self.coverage_tab = CoverageTab(services)  # the car's warranty cover, from warranty
        editor.add_order_tab(self.coverage_tab, QCoreApplication.translate("MainWindow", "Warranty"), 3)
        self.coverage_tab.order_changed.connect(editor.line_saved)
        self.accident_tab = AccidentTab(services)  # the accident case on the order, from insurance
        editor.add_order_tab(self.accident_tab, QCoreApplication.translate("MainWindow", "Accident"), 4)
        self.accident_tab.order_changed.connect(editor.line_saved)
        self.plans_tab = PlansOrderTab(services)  # the car's plans and the member card, from plans
        editor.add_order_tab(self.plans_tab, QCoreApplication.translate("MainWindow", "Plans"), 5)
        self.plans_tab.order_changed.connect(editor.line_saved)
        return page

    def _make_board(self) -> QWidget:
        from desktop.views.rescue.strip import RescueStrip
        from desktop.views.workorders.board import BoardPage

        page = BoardPage(self.services)
        page.add_panel(RescueStrip(self.services))  # the rescues under way, from the rescue desk
        page.open_order.connect(self.show_order)
        return page

    def _make_newcars(self) -> QWidget:
        from desktop.views.inspection.newcars import NewCarsPage

        page = NewCarsPage(self.services)
        page.open_order.connect(self.show_order)
        return page

    def _make_recalls(self) -> QWidget:
        from desktop.views.warranty.recalls import RecallsPage

        return RecallsPage(self.services)

    def _make_claims(self) -> QWidget:
        from desktop.views.warranty.claims import ClaimsPage

        return ClaimsPage(self.services)

    def _make_insurance(self) -> QWidget:
        from desktop.views.insurance.page import InsurancePage

        return InsurancePage(self.services)

    def _make_invoices(self) -> QWidget:
        from desktop.views.billing.page import InvoicesPage

        return InvoicesPage(self.services)

    def _make_plans(self) -> QWidget:
        from desktop.views.plans.page import PlansPage

        return PlansPage(self.services)

    def _make_rescue(self) -> QWidget:
        from desktop.views.rescue.page import RescuePage

        return RescuePage(self.services)

    def _make_aftercare(self) -> QWidget:
        from desktop.views.aftercare.page import AftercarePage

        return AftercarePage(self.services)

    def _make_reminders(self) -> QWidget:
        from desktop.views.reminders.page import RemindersPage

        page = RemindersPage(self.services)
        page.book_requested.connect(self.book_appointment)
        return page

    def _make_parts(self) -> QWidget:
        from desktop.views.parts.page import PartsPage

        page = PartsPage(self.services)
        page.orders_changed.connect(self._refresh_purchasing)
        return page

    def _make_purchasing(self) -> QWidget:
        from desktop.views.parts.purchasing import PurchasingPage

        page = PurchasingPage(self.services)
        page.stock_changed.connect(self._refresh_parts)
        return page

    def _make_stocktake(self) -> QWidget:
        from desktop.views.parts.stocktake import StockTakePage

        page = StockTakePage(self.services)
        page.stock_changed.connect(self._refresh_parts)
        return page

    def _refresh_purchasing(self) -> None:
        if self.built("purchasing"):
            self.purchasing.refresh()

    def _refresh_parts(self) -> None:
        if self.built("parts"):
            self.parts.refresh(reload=True)

    def _make_kpi(self) -> QWidget:
        from desktop.views.kpi.page import KpiPage

        page = KpiPage(self.services)
        page.order_requested.connect(self.show_order)
        return page

    def _make_appraisal(self) -> QWidget:
        from desktop.views.kpi.appraisal import AppraisalPage

        return AppraisalPage(self.services)

    def _make_meetings(self) -> QWidget:
        from desktop.views.kpi.meetings import MeetingsPage

        return MeetingsPage(self.services)

    def _make_kiosk(self) -> QWidget:
        from desktop.views.workorders.kiosk import KioskPage

        page = KioskPage(self.services)
        page.sheet_requested.connect(self.open_sheet)
        return page

    def _make_system(self) -> QWidget:
        from desktop.views.aftercare.settings import AftercareSettings
        from desktop.views.inspection.checklists import ChecklistsSettings
        from desktop.views.reminders.settings import RemindersSettings
        from desktop.views.system.page import SystemPage
        from desktop.views.system.workstations import WorkstationsTab
        from desktop.views.users.page import UsersSection
        from desktop.views.warranty.policies import PoliciesSettings
        from desktop.views.workorders.visit_settings import VisitSettings
        from desktop.views.workorders.workshop import WorkshopSettings

        services = self.services
        self.backup = BackupPanel(services, self.settings)
        self.backup.restored.connect(self._restored)
        self.workshop = WorkshopSettings(services)
        self.users = UsersSection(services)
        self.aftercare_settings = AftercareSettings(services)
        self.reminders_settings = RemindersSettings(services)
        self.checklists = ChecklistsSettings(services)
        self.policies = PoliciesSettings(services)
        self.visit_settings = VisitSettings(services)
        self.workstations = WorkstationsTab(services)
        tabs = ((QCoreApplication.translate("MainWindow", "Workshop"), self.workshop),
                (QCoreApplication.translate("MainWindow", "Users and audit"), self.users),
                (QCoreApplication.translate("MainWindow", "Follow-up and calendar"), self.aftercare_settings),
                (QCoreApplication.translate("MainWindow", "Appointments and reminders"), self.reminders_settings),
                (QCoreApplication.translate("MainWindow", "Workshop steps and notices"), self.visit_settings),
                (QCoreApplication.translate("MainWindow", "Checklists"), self.checklists),
                (QCoreApplication.translate("MainWindow", "Warranty"), self.policies),
                (QCoreApplication.translate("MainWindow", "Several workstations"), self.workstations))
        page = SystemPage(services, self.settings, self.log_path, sections=(self.backup,), tabs=tabs)
        self._system_for(services.desk.actor, page)
        return page

    def _system_for(self, actor: Actor, system: SystemPage) -> None:
        self.users.update_for(actor)
        system.tabs.setTabVisible(1, actor.may("users.manage") or actor.may("audit.view"))
