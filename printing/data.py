"""The plain data each printed document needs, filled by a service (which knows the
database) and rendered here (which knows only ReportLab).  Texts that come from the shop's
records (names, dates as the shop writes them) arrive ready to print; amounts arrive as
``Decimal`` yuan and quantities as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Shop:
    name: str
    address: str = ""
    phone: str = ""
    tax_id: str = ""
    bank: str = ""
    logo: bytes | None = None  # PNG or JPEG, drawn at the top left of every page


@dataclass(frozen=True)
class Line:
    kind: str  # labour | part
    description: str
    quantity: Decimal  # hours for labour, pieces for parts
    unit_price: Decimal = Decimal(0)
    amount: Decimal = Decimal(0)
    part_number: str = ""
    payer: str = "customer"  # customer | warranty | insurance | internal
    discount_pct: Decimal = Decimal(0)
    note: str = ""  # "additional, approved by phone", "pending", ...
    vat: Decimal = Decimal(0)  # invoice lines: the line's VAT (amount is then net)
    rate: str = ""  # invoice lines: "13 %"


@dataclass(frozen=True)
class PayerTotal:
    payer: str
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True)
class WorkOrderDoc:
    """Job card (派工单/维修委托书), technician copy, estimate and delivery report share it."""

    shop: Shop
    number: str
    opened_at: str
    customer: str
    phones: str
    plate: str
    vin: str
    vehicle: str  # make, model, year
    odometer_km: int
    fuel_eighths: int
    concern: str
    lines: tuple[Line, ...]
    totals: tuple[PayerTotal, ...]
    advisor: str = ""
    technician: str = ""
    promised_at: str = ""
    damage_notes: str = ""
    belongings: str = ""
    key_tag: str = ""
    diagnosis: str = ""
    customer_parts: bool = False
    authorized_by: str = ""
    # delivery report
    inspected_by: str = ""
    delivered_at: str = ""
    next_service: str = ""  # "2027-05-23 or 22,500 km"
    warranty_note: str = ""
    follow_up_phone: str = ""
    total_upper: str = ""  # what the customer pays, in capital numerals (人民币大写)
    documents_in: str = ""  # the papers that came with the car (行驶证, 保养手册 …)
    non_original_parts: str = ""  # key parts the customer insisted on, not original: no guarantee
    washed_by: str = ""
    old_parts: tuple[str, str] = ("", "")  # the customer's answer at reception (take | leave), the outcome


@dataclass(frozen=True)
class InvoiceDoc:
    shop: Shop
    number: str
    kind: str  # invoice | credit
    issued_at: str
    issued_by: str
    payer_name: str
    payer_tax_id: str
    payer_address: str
    work_order: str
    plate: str
    lines: tuple[Line, ...]
    net: Decimal
    vat: Decimal
    total: Decimal
    vat_rates: tuple[tuple[str, Decimal, Decimal], ...]  # rate label, net, vat
    discount: Decimal = Decimal(0)
    credited_number: str = ""
    reason: str = ""
    paid: Decimal = Decimal(0)
    balance: Decimal = Decimal(0)
    payments: tuple[tuple[str, str, Decimal], ...] = ()  # time, method, amount
    content_hash: str = ""
    total_upper: str = ""  # the total in capital numerals (人民币大写)


@dataclass(frozen=True)
class PurchaseOrderDoc:
    shop: Shop
    number: str
    made_at: str
    supplier: str
    supplier_contact: str
    lines: tuple[Line, ...]
    total: Decimal


@dataclass(frozen=True)
class PickLine:
    bin: str
    part_number: str
    description: str
    quantity: Decimal
    on_hand: Decimal


@dataclass(frozen=True)
class PickListDoc:
    shop: Shop
    work_order: str
    plate: str
    technician: str
    lines: tuple[PickLine, ...]


@dataclass(frozen=True)
class CountLine:
    bin: str
    part_number: str
    description: str
    abc_class: str
    unit: str
    book: Decimal | None  # None on a blind sheet


@dataclass(frozen=True)
class CountSheetDoc:
    shop: Shop
    number: str
    scope: str
    made_at: str
    lines: tuple[CountLine, ...]


@dataclass(frozen=True)
class BinLabel:
    part_number: str
    description: str
    bin: str
    price: Decimal | None = None


@dataclass(frozen=True)
class BinLabelsDoc:
    labels: tuple[BinLabel, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RegisterDoc:
    """A register the trade keeps on paper (跟踪服务电话登记表 …): a title, the period, and
    a table whose columns are named by key (their headings are the printer's words)."""

    shop: Shop
    kind: str  # customers | calls | call-register | letters
    period: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    made_at: str = ""


@dataclass(frozen=True)
class SlipDoc:
    """An appointment slip (预约单) with its roof sign (预约车顶牌): who comes when, for what,
    what is prepared."""

    number: str
    when: str
    advisor: str
    customer: str
    phone: str
    plate: str
    vehicle: str
    concern: str
    technician: str
    bay: str
    minutes: int
    lines: tuple[tuple[str, str, str], ...]  # (description, quantity, part number)
    parts_note: str = ""


@dataclass(frozen=True)
class SlipsDoc:
    shop: Shop
    slips: tuple[SlipDoc, ...]


@dataclass(frozen=True)
class LettersDoc:
    """Reminder letters (保养提醒函): one page each, the message from the shop's template."""

    shop: Shop
    letters: tuple[tuple[str, str, str], ...]  # (customer, address, message)
    made_at: str = ""


@dataclass(frozen=True)
class CheckPoint:
    """One point of an inspection sheet as printed."""

    area: str
    label: str
    finding: str  # ok | attention | urgent
    value: str = ""  # the reading with its unit
    limits: str = ""  # ≥ 3 mm, 210–280 kPa
    note: str = ""


@dataclass(frozen=True)
class HealthReportDoc:
    """检测诊断单 / 车辆健康报告, and the PDI report for the sales department."""

    shop: Shop
    number: str  # the work order
    made_on: str
    customer: str
    plate: str
    vin: str
    vehicle: str
    odometer_km: int
    checklist: str
    technician: str
    kind: str  # inspection | pdi
    result: str  # done | pass | fail
    counts: tuple[tuple[str, int], ...]  # (ok, n), (attention, n), (urgent, n)
    measured: tuple[CheckPoint, ...] = ()
    fixed: tuple[str, ...] = ()  # the work done on this visit
    now: tuple[CheckPoint, ...] = ()  # urgent, not done
    later: tuple[CheckPoint, ...] = ()  # needs attention, can wait
    points: tuple[CheckPoint, ...] = ()  # every point (the PDI report lists them all)
    next_service: str = ""
    last_time: tuple[str, ...] = ()  # recommended on an earlier visit, still not done


@dataclass(frozen=True)
class ExitSlipDoc:
    """出厂通知单: the gate lets the car out on it."""

    shop: Shop
    number: str
    plate: str
    vin: str
    vehicle: str
    customer: str
    state: str  # delivered | released
    reason: str  # why it leaves unrepaired ("" when repaired)
    left_at: str
    advisor: str
    amount: str  # what the customer was charged
    settled: bool  # everything invoiced is paid
    papers: str = ""  # the papers given back


@dataclass(frozen=True)
class ClaimLineDoc:
    kind: str  # labour | part
    description: str
    part_number: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    campaign: str = ""  # the recall campaign's code
    verdict: str = ""  # "" | approved | rejected


@dataclass(frozen=True)
class ClaimDoc:
    """索赔申请单: what the manufacturer is asked to pay, and why."""

    shop: Shop
    number: str  # "" while a draft
    state: str
    round: int
    order_number: str
    plate: str
    vin: str
    vehicle: str
    odometer_km: int
    customer: str
    repaired_on: str
    submitted_on: str
    warranty_start: str
    component: str
    fault_code: str
    symptom: str
    cause: str
    tech_report: str
    tech_report_state: str  # sent | approved | refused | answered
    lines: tuple[ClaimLineDoc, ...]
    labour: Decimal
    parts: Decimal
    total: Decimal
    files: tuple[str, ...] = ()  # the photos and documents attached
    manufacturer: str = ""


@dataclass(frozen=True)
class OldPartTag:
    """A tag tied to a replaced part kept for the manufacturer (旧件标签)."""

    tag: str
    claim_number: str
    order_number: str
    part_number: str
    description: str
    vin: str
    repaired_on: str
    fault_code: str = ""


@dataclass(frozen=True)
class AccidentLineDoc:
    description: str
    kind: str  # labour | part
    estimate: Decimal
    assessed: Decimal
    note: str = ""  # refused, at the customer's cost, supplement n


@dataclass(frozen=True)
class AccidentDoc:
    """An accident case: the assessment beside the estimate, the letter of authority, the
    claim file's checklist."""

    shop: Shop
    number: str
    insurer: str
    report_no: str
    policy_no: str
    accident_date: str
    place: str
    kind: str  # own | third_party
    assessor: str
    order_number: str
    plate: str
    vin: str
    vehicle: str
    customer: str
    lines: tuple[AccidentLineDoc, ...]
    estimate: Decimal
    assessed: Decimal
    deductible: Decimal
    betterment: Decimal
    waived: Decimal
    insurer_pays: Decimal
    customer_pays: Decimal
    documents: tuple[tuple[str, bool], ...] = ()  # the claim file's papers (printing names them), ticked
    photos: tuple[tuple[str, int], ...] = ()  # stage, count


@dataclass(frozen=True)
class KpiLine:
    """One measure on the monthly report, the words already in the reader's language."""

    name: str
    definition: str  # what is counted, over what
    value: str  # "12.5 %", "—"
    target: str
    meets: bool | None
    year_to_date: str
    year_meets: bool | None


@dataclass(frozen=True)
class PersonLine:
    name: str
    orders: int
    revenue: Decimal
    comebacks: int
    hours_sold: Decimal
    hours_clocked: Decimal


@dataclass(frozen=True)
class StockLine:
    abc_class: str  # A, B, C; "" for all parts
    issued: Decimal  # cost of the parts issued in the 12 months
    average: Decimal  # average stock value at cost
    turns: str  # 4.2×, or "—"
    stock: Decimal  # at the period's end
    dead: Decimal
    dead_parts: int


@dataclass(frozen=True)
class MonthlyReportDoc:
    """The manager's monthly report (经营月报): the measures against their targets, the twelve
    months to this one, the revenue by payer and kind, the people, what is owed."""

    shop: Shop
    period: str  # 2026-11
    span: str  # 2026-11-01 – 2026-11-30
    made: str  # when it was printed
    figures: tuple[KpiLine, ...]
    months: tuple[str, ...]  # the twelve months to this one: 2025-12, 2026-01, …
    revenue: tuple[Decimal, ...]  # per month, excl. VAT
    orders: tuple[int, ...]
    rework: tuple[Decimal | None, ...]  # % per month
    rework_target: Decimal | None
    payers: tuple[tuple[str, Decimal, Decimal], ...]  # payer (printing names it), labour, parts
    advisors: tuple[PersonLine, ...]
    technicians: tuple[PersonLine, ...]
    receivables: tuple[tuple[str, Decimal, Decimal, Decimal, Decimal], ...]  # payer, 0-30, 31-60, 61-90, > 90
    receivables_on: str  # the day the ageing is counted to
    stock: tuple[StockLine, ...] = ()  # parts turnover and dead stock by ABC class, then all parts


@dataclass(frozen=True)
class AppraisalItemDoc:
    text: str
    weight: int
    target: str
    actual: str
    self_points: str
    manager_points: str


@dataclass(frozen=True)
class AppraisalDoc:
    """A person's month (员工绩效考核表), for the three signatures."""

    shop: Shop
    name: str
    role: str  # as the reader says it
    month: str  # 2026-11
    window: str  # 12-01 – 12-07
    probation: bool
    items: tuple[AppraisalItemDoc, ...]
    self_total: str
    manager_total: str
    score: str
    grade: str
    grade_note: str  # the manager's reason for another grade than the score's, with it
    signed: tuple[str, str, str]  # employee, direct manager, the manager's manager ("" while unsigned)
    appeal: str
    appeal_outcome: str


@dataclass(frozen=True)
class MeetingDoc:
    """A meeting's notice (会议通知) or minutes (会议纪要)."""

    shop: Shop
    when: str
    place: str
    topic: str
    agenda: str
    attendees: str = ""
    decisions: str = ""
    cases: str = ""
    reviewed: tuple[tuple[str, str, str, str], ...] = ()  # action, owner, done or not, note
    actions: tuple[tuple[str, str, str], ...] = ()  # action, owner, due


@dataclass(frozen=True)
class PlanContractDoc:
    """A service plan sold (售后服务合同), for the customer's signature."""

    shop: Shop
    number: str
    kind: str  # extension | maintenance | roadside
    name: str
    customer: str
    phone: str
    plate: str
    vin: str
    starts: str
    ends: str
    cover: tuple[tuple[str, str], ...]  # what it includes: services, extras, components, km, callouts, tow_km
    price: Decimal
    invoice: str
    terms: str
    sold_by: str


@dataclass(frozen=True)
class CardReceiptDoc:
    """A card's movement (储值卡凭条): paid in, paid with or back, and the balance left."""

    shop: Shop
    card: str
    customer: str
    level: str
    at: str
    what: str  # load | bonus | spend | refund | moved | import | earn | redeem | reverse
    note: str  # a load's card tier and bonus
    amount: Decimal
    method: str
    invoice: str
    balance: Decimal
    points: int
    by: str
    pin_used: bool


@dataclass(frozen=True)
class RescueDoc:
    """A rescue (道路救援服务单), for the customer's signature at the car."""

    shop: Shop
    number: str
    called: str
    caller: str
    phone: str
    customer: str
    plate: str
    place: str
    problem: str
    plan: str  # the roadside plan that covers it, or ""
    crew: str  # the van and crew, or the partner station
    times: tuple[tuple[str, str], ...]  # dispatched, arrived, solved (key, time)
    outcome: str  # fixed | towed | cancelled
    work_done: str
    tow_km: int
    charge: Decimal
    work_order: str
    invoice: str
