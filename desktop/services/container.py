"""The services a window needs, for one database and one desk (the person signed in,
shared by every service: switching user changes it for all), handed to each page (no
global registry: a page gets what it uses).

Each service is made, and its module imported, the first time a page asks for it: the
window's first page does not wait for the reports, the imports and the cards it has not
opened (the start-up figure in ``bench/bench_startup.py``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.services.core.desk import SYSTEM, Desk, as_desk

if TYPE_CHECKING:
    from desktop.changes import ChangeListener
    from desktop.db import Database
    from desktop.services.aftercare.complaints import ComplaintService
    from desktop.services.aftercare.followups import FollowUpService
    from desktop.services.aftercare.reports import AftercareReports
    from desktop.services.appointments.service import AppointmentService
    from desktop.services.billing.ledger import LedgerService
    from desktop.services.billing.service import InvoicingService
    from desktop.services.customers.importing import ImportService
    from desktop.services.customers.search import SearchService
    from desktop.services.customers.service import CustomerService
    from desktop.services.documents.service import DocumentService
    from desktop.services.inspection.checklists import ChecklistService
    from desktop.services.inspection.newcars import NewCarService
    from desktop.services.inspection.service import InspectionService
    from desktop.services.insurance.cases import CaseService
    from desktop.services.insurance.insurers import InsurerService
    from desktop.services.kpi.appraisal import AppraisalService
    from desktop.services.kpi.figures import AppraisalFigures
    from desktop.services.kpi.meetings import MeetingService
    from desktop.services.kpi.report import MonthlyReport
    from desktop.services.kpi.service import KpiService
    from desktop.services.kpi.targets import TargetService
    from desktop.services.kpi.training import TrainingService
    from desktop.services.parts.importing import PartsImportService
    from desktop.services.parts.purchasing import PurchasingService
    from desktop.services.parts.service import PartsService
    from desktop.services.parts.stocktake import StockTakeService
    from desktop.services.plans.cards import CardsService
    from desktop.services.plans.contracts import PlansService
    from desktop.services.plans.coupons import CouponsService
    from desktop.services.plans.products import ProductsService
    from desktop.services.plans.takeover import CardTakeOver
    from desktop.services.reminders.campaigns import CampaignService
    from desktop.services.reminders.kpi import MaintenanceKpi
    from desktop.services.reminders.service import ReminderService
    from desktop.services.rescue.service import RescueService
    from desktop.services.rescue.vans import VanService
    from desktop.services.system.calendar import WorkCalendar
    from desktop.services.system.settings import ShopSettings
    from desktop.services.users.audit_log import AuditLogService
    from desktop.services.users.service import UserService
    from desktop.services.warranty.claims import ClaimService
    from desktop.services.warranty.oldparts import OldPartService
    from desktop.services.warranty.recalls import RecallService
    from desktop.services.warranty.reports import TechReportService
    from desktop.services.warranty.service import WarrantyService
    from desktop.services.workorders.clock import ClockService
    from desktop.services.workorders.service import WorkOrderService
    from desktop.services.workorders.visit import VisitService
    from desktop.services.workorders.workshop import WorkshopSetup

# attribute -> (module, class): where each service lives
WHERE: dict[str, tuple[str, str]] = {
    "users": ("desktop.services.users.service", "UserService"),
    "audit_log": ("desktop.services.users.audit_log", "AuditLogService"),
    "clock": ("desktop.services.workorders.clock", "ClockService"),
    "customers": ("desktop.services.customers.service", "CustomerService"),
    "search": ("desktop.services.customers.search", "SearchService"),
    "importer": ("desktop.services.customers.importing", "ImportService"),
    "workorders": ("desktop.services.workorders.service", "WorkOrderService"),
    "invoicing": ("desktop.services.billing.service", "InvoicingService"),
    "ledger": ("desktop.services.billing.ledger", "LedgerService"),
    "documents": ("desktop.services.documents.service", "DocumentService"),
    "parts": ("desktop.services.parts.service", "PartsService"),
    "purchasing": ("desktop.services.parts.purchasing", "PurchasingService"),
    "stocktake": ("desktop.services.parts.stocktake", "StockTakeService"),
    "parts_import": ("desktop.services.parts.importing", "PartsImportService"),
    "workshop": ("desktop.services.workorders.workshop", "WorkshopSetup"),
    "settings": ("desktop.services.system.settings", "ShopSettings"),
    "followups": ("desktop.services.aftercare.followups", "FollowUpService"),
    "complaints": ("desktop.services.aftercare.complaints", "ComplaintService"),
    "aftercare": ("desktop.services.aftercare.reports", "AftercareReports"),
    "calendar": ("desktop.services.system.calendar", "WorkCalendar"),
    "appointments": ("desktop.services.appointments.service", "AppointmentService"),
    "reminders": ("desktop.services.reminders.service", "ReminderService"),
    "campaigns": ("desktop.services.reminders.campaigns", "CampaignService"),
    "maintenance": ("desktop.services.reminders.kpi", "MaintenanceKpi"),
    "visit": ("desktop.services.workorders.visit", "VisitService"),
    "inspections": ("desktop.services.inspection.service", "InspectionService"),
    "checklists": ("desktop.services.inspection.checklists", "ChecklistService"),
    "newcars": ("desktop.services.inspection.newcars", "NewCarService"),
    "warranty": ("desktop.services.warranty.service", "WarrantyService"),
    "recalls": ("desktop.services.warranty.recalls", "RecallService"),
    "claims": ("desktop.services.warranty.claims", "ClaimService"),
    "old_parts": ("desktop.services.warranty.oldparts", "OldPartService"),
    "tech_reports": ("desktop.services.warranty.reports", "TechReportService"),
    "insurers": ("desktop.services.insurance.insurers", "InsurerService"),
    "accidents": ("desktop.services.insurance.cases", "CaseService"),
    "kpi": ("desktop.services.kpi.service", "KpiService"),
    "monthly_report": ("desktop.services.kpi.report", "MonthlyReport"),
    "targets": ("desktop.services.kpi.targets", "TargetService"),
    "appraisals": ("desktop.services.kpi.appraisal", "AppraisalService"),
    "training": ("desktop.services.kpi.training", "TrainingService"),
    "meetings": ("desktop.services.kpi.meetings", "MeetingService"),
    "figures": ("desktop.services.kpi.figures", "AppraisalFigures"),
    "plan_products": ("desktop.services.plans.products", "ProductsService"),
    "plans": ("desktop.services.plans.contracts", "PlansService"),
    "cards": ("desktop.services.plans.cards", "CardsService"),
    "coupons": ("desktop.services.plans.coupons", "CouponsService"),
    "card_takeover": ("desktop.services.plans.takeover", "CardTakeOver"),
    "rescues": ("desktop.services.rescue.service", "RescueService"),
    "vans": ("desktop.services.rescue.vans", "VanService"),
}

READ_ONLY = frozenset({"search"})  # acts for nobody: it only reads


class Services:
    db: Database
    desk: Desk
    users: UserService
    audit_log: AuditLogService
    clock: ClockService
    customers: CustomerService
    search: SearchService
    importer: ImportService
    workorders: WorkOrderService
    invoicing: InvoicingService
    ledger: LedgerService
    documents: DocumentService
    parts: PartsService
    purchasing: PurchasingService
    stocktake: StockTakeService
    parts_import: PartsImportService
    workshop: WorkshopSetup
    settings: ShopSettings
    followups: FollowUpService
    complaints: ComplaintService
    aftercare: AftercareReports
    calendar: WorkCalendar
    appointments: AppointmentService
    reminders: ReminderService
    campaigns: CampaignService
    maintenance: MaintenanceKpi
    visit: VisitService
    inspections: InspectionService
    checklists: ChecklistService
    newcars: NewCarService
    warranty: WarrantyService
    recalls: RecallService
    claims: ClaimService
    old_parts: OldPartService
    tech_reports: TechReportService
    insurers: InsurerService
    accidents: CaseService
    kpi: KpiService
    monthly_report: MonthlyReport
    targets: TargetService
    appraisals: AppraisalService
    training: TrainingService
    meetings: MeetingService
    figures: AppraisalFigures  # the appraisal's figures from their owners
    plan_products: ProductsService
    plans: PlansService
    cards: CardsService
    coupons: CouponsService
    card_takeover: CardTakeOver
    rescues: RescueService
    vans: VanService

    def __init__(self, db: Database, desk: Desk) -> None:
        from desktop.services.core import notices  # noqa: F401  (tells the pages what each change touched)

        self.db = db
        self.desk = desk

    @classmethod
    def create(cls, db: Database, user: str | Desk = SYSTEM) -> Services:
        return cls(db, as_desk(user))  # every service acts for the same desk

    def __getattr__(self, name: str) -> Any:
        """A service the first time it is asked for: its module imported, the service made
        for this database and desk and kept."""
        where = WHERE.get(name)
        if where is None:
            raise AttributeError(name)
        module, kind = where
        make = getattr(importlib.import_module(module), kind)
        service = make(self.db) if name in READ_ONLY else make(self.db, self.desk)
        setattr(self, name, service)
        return service

    @property
    def user(self) -> str:
        """The login of the person at the desk."""
        return self.desk.login

    def listen(self, on_change: Callable[[frozenset[str], dict[str, tuple[int, ...]]], None],
               on_state: Callable[[bool], None]) -> ChangeListener:
        """The other desks' changes, heard on a thread of its own (see ``desktop.changes``);
        on the server this desk's own are left out."""
        from desktop.changes import ChangeListener
        from desktop.db import server_connect_args

        args = server_connect_args()
        origin = "" if self.db.is_sqlite else str(args["application_name"])
        return ChangeListener(self.db.url, on_change, on_state, origin, self.db.sqlite_path, args).start()

    @property
    def database_label(self) -> str:
        path = self.db.sqlite_path
        return str(path) if path is not None else self.db.engine.url.render_as_string(hide_password=True)
