"""The services a window needs, built once for one database and one desk (the person
signed in, shared by every service: switching user changes it for all) and handed to each
page (no global registry: a page gets what it uses)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.db import Database
from desktop.services.aftercare.complaints import ComplaintService
from desktop.services.aftercare.followups import FollowUpService
from desktop.services.aftercare.reports import AftercareReports
from desktop.services.appointments.service import AppointmentService
from desktop.services.billing.ledger import LedgerService
from desktop.services.billing.service import InvoicingService
from desktop.services.core import notices  # noqa: F401  (tells the pages what each change touched)
from desktop.services.core.desk import SYSTEM, Desk, as_desk
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

if TYPE_CHECKING:
    from desktop.changes import ChangeListener
from desktop.services.workorders.clock import ClockService
from desktop.services.workorders.service import WorkOrderService
from desktop.services.workorders.visit import VisitService
from desktop.services.workorders.workshop import WorkshopSetup


@dataclass(frozen=True)
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

    @classmethod
    def create(cls, db: Database, user: str | Desk = SYSTEM) -> Services:
        desk = as_desk(user)
        user = desk  # every service acts for the same desk
        return cls(
            db=db,
            desk=desk,
            users=UserService(db, desk),
            audit_log=AuditLogService(db, desk),
            clock=ClockService(db, desk),
            customers=CustomerService(db, user),
            search=SearchService(db),
            importer=ImportService(db, user),
            workorders=WorkOrderService(db, user),
            invoicing=InvoicingService(db, user),
            ledger=LedgerService(db, user),
            documents=DocumentService(db, user),
            parts=PartsService(db, user),
            purchasing=PurchasingService(db, user),
            stocktake=StockTakeService(db, user),
            parts_import=PartsImportService(db, user),
            workshop=WorkshopSetup(db, user),
            settings=ShopSettings(db, user),
            followups=FollowUpService(db, user),
            complaints=ComplaintService(db, user),
            aftercare=AftercareReports(db, user),
            calendar=WorkCalendar(db, user),
            appointments=AppointmentService(db, user),
            reminders=ReminderService(db, user),
            campaigns=CampaignService(db, user),
            maintenance=MaintenanceKpi(db, user),
            visit=VisitService(db, user),
            inspections=InspectionService(db, user),
            checklists=ChecklistService(db, user),
            newcars=NewCarService(db, user),
            warranty=WarrantyService(db, user),
            recalls=RecallService(db, user),
            claims=ClaimService(db, user),
            old_parts=OldPartService(db, user),
            tech_reports=TechReportService(db, user),
            insurers=InsurerService(db, user),
            accidents=CaseService(db, user),
            kpi=KpiService(db, user),
            monthly_report=MonthlyReport(db, user),
            targets=TargetService(db, user),
            appraisals=AppraisalService(db, user),
            training=TrainingService(db, user),
            meetings=MeetingService(db, user),
            figures=AppraisalFigures(db, user),
            plan_products=ProductsService(db, user),
            plans=PlansService(db, user),
            cards=CardsService(db, user),
            coupons=CouponsService(db, user),
            card_takeover=CardTakeOver(db, user),
            rescues=RescueService(db, user),
            vans=VanService(db, user),
        )

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
