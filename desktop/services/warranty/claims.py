"""Claims to the manufacturer (索赔申请单, DOMAIN.md sections 4 and 9).

One claim per delivered work order, for its warranty and campaign lines at the
manufacturer's prices (so the claim and the warranty invoice agree to the fen).  Its fault (symptom, cause, fault code), photos and documents, and a
technical report where the manufacturer's consent is needed; submitted with a number,
answered line by line (approved, partly, rejected with a reason); a rejection is
resubmitted, or its amount is charged to the customer (with their consent) or borne by
the shop as goodwill (a manager) — both credited from the warranty invoice; the
manufacturer's transfer is matched against that invoice until the claim is paid.  Each
replaced part becomes an old part (旧件) in the register, tagged for the manufacturer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    ClaimLine,
    Customer,
    Invoice,
    InvoiceLine,
    OldPart,
    RecallCampaign,
    TechReport,
    Vehicle,
    WarrantyClaim,
    WorkOrder,
    WorkOrderLine,
)
from desktop.services.billing.service import InvoicingService
from desktop.services.common.limits import checked
from desktop.services.common.text import clean
from desktop.services.core import attachments, audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.system import settings as shop_settings
from desktop.services.warranty.rules import claims as rules
from desktop.services.warranty.rules.coverage import COMPONENTS

ZERO = Decimal(0)
OWNER = "claim"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Claims")


def _refuse(text: str, **params: object) -> Refused:
    return Refused(_msg(text, **params))


def _today() -> date:
    return date.today()


def approved_gross(invoiced: Decimal, approved: Decimal, claimed: Decimal) -> Decimal:
    """What the manufacturer pays for the approved lines, VAT incl.: the invoice's share."""
    if not claimed:
        return ZERO
    return (invoiced * approved / claimed).quantize(Decimal("0.01")) if invoiced else approved


@dataclass(frozen=True)
class ClaimForm:
    symptom: str
    cause: str
    fault_code: str = ""
    component: str = ""
    tech_report_id: int | None = None


@dataclass(frozen=True)
class ClaimLineView:
    id: int
    kind: str
    description: str
    part_number: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    recall_code: str
    verdict: str
    reason: str


@dataclass(frozen=True)
class OldPartRow:
    id: int
    tag: str
    claim_id: int
    claim_number: str
    order_number: str
    part_number: str
    description: str
    quantity: Decimal
    location: str
    state: str
    state_on: date | None
    reference: str
    kept_since: date
    vin: str = ""


@dataclass(frozen=True)
class ClaimView:
    id: int
    version: int
    number: str
    state: str
    round: int
    work_order_id: int
    order_number: str
    vehicle_id: int
    plate: str
    vin: str
    model: str
    km: int
    customer: str
    repaired_on: date
    deadline: date
    component: str
    symptom: str
    cause: str
    fault_code: str
    tech_report_id: int | None
    tech_report: str  # its number
    tech_report_state: str
    submitted_on: date | None
    decided_on: date | None
    claimed: Decimal
    approved: Decimal
    received: Decimal
    rejection_reason: str
    rejection_note: str
    settlement: str
    settled_by: str
    consent: str
    invoice_number: str
    invoice_total: Decimal  # what the warranty invoice asks of the manufacturer for these lines, VAT incl.
    paid_on: date | None
    lines: tuple[ClaimLineView, ...]
    attachments: tuple[attachments.AttachmentRow, ...] = ()
    old_parts: tuple[OldPartRow, ...] = ()
    needs_consent: bool = False

    @property
    def rejected_amount(self) -> Decimal:
        return sum((x.amount for x in self.lines if x.verdict == "rejected"), ZERO)

    @property
    def outstanding(self) -> Decimal:
        """What the manufacturer still owes on the approved lines, VAT incl."""
        return max(self.approved_gross - self.received, ZERO) if self.state in ("approved", "partly") else ZERO

    @property
    def approved_gross(self) -> Decimal:
        return approved_gross(self.invoice_total, self.approved, self.claimed)


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    state: str
    order_number: str
    plate: str
    customer: str
    repaired_on: date
    submitted_on: date | None
    decided_on: date | None
    claimed: Decimal
    approved: Decimal
    received: Decimal
    rejection_reason: str
    days_left: int  # to the submission deadline (drafts)
    age: int  # days since the repair


@dataclass(frozen=True)
class Ageing:
    buckets: dict[str, Decimal] = field(default_factory=dict)
    total: Decimal = ZERO
    claims: int = 0


class ClaimService(Service):

    # what can be claimed -----------------------------------------------------------------

    def claimable(self, limit: int = 200) -> list[tuple[int, str, str, date]]:
        """Delivered orders with warranty or campaign lines not claimed yet: (id, number, plate, delivered)."""
        with reading(self.db) as s:
            claimed = select(ClaimLine.work_order_line_id)
            rows = s.execute(
                select(WorkOrder.id, WorkOrder.number, Vehicle.plate, WorkOrder.delivered_at)
                .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
                .where(WorkOrder.state == "delivered", WorkOrder.id.in_(
                    select(WorkOrderLine.work_order_id).where(
                        WorkOrderLine.payer == "warranty", WorkOrderLine.approval == "approved",
                        WorkOrderLine.id.not_in(claimed))))
                .order_by(WorkOrder.delivered_at.desc()).limit(limit)).all()
            return [(i, n, p or "", d.astimezone().date() if d else _today()) for i, n, p, d in rows]

    def create(self, order_id: int) -> int:
        """The claim of a delivered order: its warranty and campaign lines, the fault as the
        order describes it (to be completed), an old part per replaced part."""
        self.require("warranty.manage")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            if order.state != "delivered":
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "A claim is made once the car has been delivered."))
            if s.scalar(select(WarrantyClaim.id).where(WarrantyClaim.work_order_id == order.id)) is not None:
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Order {number} has its claim already."),
                              number=order.number)
            lines = [x for x in order.lines if x.payer == "warranty" and x.approval == "approved"]
            if not lines:
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Order {number} has no warranty or campaign lines."),
                              number=order.number)
            codes = dict(s.execute(select(RecallCampaign.id, RecallCampaign.code).where(
                RecallCampaign.id.in_({x.recall_id for x in lines if x.recall_id}))).all())
            components = [x.warranty_component for x in lines if x.warranty_component]
            claim = WarrantyClaim(
                work_order_id=order.id, vehicle_id=order.vehicle_id,
                repaired_on=(order.delivered_at or order.opened_at).astimezone().date(),
                component=components[0] if components else ("recall" if codes else ""),
                symptom=order.concern or "", cause=order.diagnosis or "",
                claimed=sum((x.amount for x in lines), ZERO), created_by=self.user, updated_by=self.user)
            for x in lines:
                claim.lines.append(ClaimLine(
                    work_order_line_id=x.id, kind=x.kind, description=x.description, part_number=x.part_number,
                    quantity=x.quantity, unit_price=x.unit_price, amount=x.amount,
                    recall_code=codes.get(x.recall_id or 0, "")))
            s.add(claim)
            s.flush()
            for n, line in enumerate((x for x in claim.lines if x.kind == "part"), 1):
                s.add(OldPart(tag=f"JJ{claim.id:06d}-{n:02d}", claim_id=claim.id, claim_line_id=line.id,
                              part_number=line.part_number or "-", description=line.description,
                              quantity=line.quantity, created_by=self.user, updated_by=self.user))
            audit.record(s, "claim-open", "warranty_claim", claim.id, order=order.number, amount=str(claim.claimed))
            return claim.id

    # the claim -----------------------------------------------------------------------------

    def get(self, claim_id: int) -> ClaimView:
        with reading(self.db) as s:
            return self._view(s, self._claim(s, claim_id))

    def save(self, claim_id: int, version: int, form: ClaimForm) -> ClaimView:
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id, version)
            if claim.state != "draft":
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Only a draft claim is changed; this one is {state}."),
                              state=rules.STATE_NAMES[claim.state])
            errors: dict[str, Message] = {}
            if form.tech_report_id is not None and s.get(TechReport, form.tech_report_id) is None:
                errors["tech_report"] = _msg(QT_TRANSLATE_NOOP("Claims", "No such technical report."))
            if len(clean(form.fault_code)) > 20:
                errors["fault_code"] = _msg(QT_TRANSLATE_NOOP("Claims", "A fault code has at most 20 characters."))
            if errors:
                raise ValidationFailed(errors)
            claim.symptom, claim.cause = form.symptom.strip()[:4000], form.cause.strip()[:4000]
            claim.fault_code = clean(form.fault_code).upper()
            claim.component = clean(form.component)[:16] or claim.component
            claim.tech_report_id = form.tech_report_id
            self.touch(claim)
            s.flush()
            return self._view(s, claim)

    def attach(self, claim_id: int, name: str, data: bytes, note: str = "") -> ClaimView:
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id)
            if claim.state not in ("draft", "rejected"):
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Files are added while the claim is a draft."))
            attachments.add_in(s, OWNER, claim.id, name, data, self.user, note)
            self.touch(claim)
            s.flush()
            return self._view(s, claim)

    def detach(self, claim_id: int, attachment_id: int) -> ClaimView:
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id)
            if claim.state != "draft":
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Files are removed while the claim is a draft."))
            attachments.remove_in(s, OWNER, claim.id, attachment_id)
            self.touch(claim)
            s.flush()
            return self._view(s, claim)

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        with reading(self.db) as s:
            return attachments.data_in(s, attachment_id)

    def submit(self, claim_id: int, version: int) -> ClaimView:
        """Sent to the manufacturer: its number and date.  The fault must be described, and a
        component that needs consent needs an approved technical report."""
        self.require("warranty.manage")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id, version)
            self._move(claim, "submitted")
            errors: dict[str, Message] = {}
            if not clean(claim.symptom):
                errors["symptom"] = _msg(QT_TRANSLATE_NOOP("Claims", "Describe the fault as the customer saw it."))
            if not clean(claim.cause):
                errors["cause"] = _msg(QT_TRANSLATE_NOOP("Claims", "Give the cause the technician found."))
            if errors:
                raise ValidationFailed(errors)
            if self._needs_consent(s, claim):
                report = s.get(TechReport, claim.tech_report_id) if claim.tech_report_id else None
                if report is None or report.state != "approved":
                    raise ValidationFailed({"tech_report": _msg(QT_TRANSLATE_NOOP(
                        "Claims", "A {component} repair needs the manufacturer's consent first: link a technical "
                                  "report it approved."), component=Message(COMPONENTS.get(claim.component, claim.component), {}, "Warranty"))})
            if claim.number is None:
                year = _today().year
                claim.number = format_number("SP", year, next_number(s, f"SP{year}"))
            claim.submitted_on = _today()
            s.flush()
            audit.record(s, "claim-submit", "warranty_claim", claim.id, number=claim.number, round=claim.round)
            return self._view(s, claim)

    def decide(self, claim_id: int, version: int, verdicts: Mapping[int, tuple[bool, str]], note: str = "",
               day: date | None = None) -> ClaimView:
        """The manufacturer's answer, line by line: approved, or rejected with a reason."""
        self.require("warranty.manage")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id, version)
            errors: dict[str, Message] = {}
            for line in claim.lines:
                ok, reason = verdicts.get(line.id, (True, ""))
                if not ok and reason not in rules.REJECTIONS:
                    errors[f"line{line.id}"] = _msg(QT_TRANSLATE_NOOP(
                        "Claims", "{item}: why did the manufacturer refuse it?"), item=line.description)
            if errors:
                raise ValidationFailed(errors)
            answer = rules.verdict([(x.amount, verdicts.get(x.id, (True, ""))[0]) for x in claim.lines])
            self._move(claim, answer.state)
            reasons = []
            for line in claim.lines:
                ok, reason = verdicts.get(line.id, (True, ""))
                line.verdict, line.reason = ("approved", "") if ok else ("rejected", reason)
                if not ok:
                    reasons.append(reason)
            claim.approved = answer.approved
            claim.rejection_reason = max(set(reasons), key=reasons.count) if reasons else ""
            claim.rejection_note = clean(note)[:255]
            claim.decided_on = day or _today()
            s.flush()
            audit.record(s, "claim-decided", "warranty_claim", claim.id, number=claim.number, state=claim.state,
                         approved=str(claim.approved))
            return self._view(s, claim)

    def resubmit(self, claim_id: int, version: int) -> ClaimView:
        """A rejected claim back to a draft, to complete and send again (its number stays)."""
        self.require("warranty.manage")
        with writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id, version)
            self._move(claim, "draft")
            if claim.round >= 20:
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "This claim has been sent 20 times."))
            claim.round += 1
            claim.approved, claim.decided_on, claim.submitted_on = ZERO, None, None
            for line in claim.lines:
                line.verdict, line.reason = "", ""
            s.flush()
            audit.record(s, "claim-resubmit", "warranty_claim", claim.id, number=claim.number, round=claim.round)
            return self._view(s, claim)

    def settle(self, claim_id: int, version: int, how: str, consent: str = "", manager: str = "") -> ClaimView:
        """The refused amount: charged to the customer (their consent recorded; the lines go to
        the customer's invoice) or the shop's goodwill (a manager).  Either way it is credited
        from the manufacturer's invoice, in the same step."""
        self.require("warranty.manage")
        if how not in rules.SETTLEMENTS:
            raise ValidationFailed({"how": _msg(QT_TRANSLATE_NOOP("Claims", "Choose who bears the refused amount."))})
        if how == "customer" and not clean(consent):
            raise ValidationFailed({"consent": _msg(QT_TRANSLATE_NOOP(
                "Claims", "Who agreed to pay, and how (e.g. 王先生 电话同意)?"))})
        with self.refusals_audited(), writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id, version)
            if claim.state not in ("rejected", "partly", "paid") or claim.settlement or not any(
                    x.verdict == "rejected" for x in claim.lines):
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Nothing refused is left to settle on this claim."))
            by = self.allowed_by("warranty.goodwill", manager)[:64] if how == "goodwill" else self.user
            refused = {x.work_order_line_id for x in claim.lines if x.verdict == "rejected"}
            self._credit_refused(s, claim, refused)
            if how == "customer":
                for line in s.scalars(select(WorkOrderLine).where(WorkOrderLine.id.in_(refused))):
                    line.payer, line.warranty_component, line.recall_id = "customer", "", line.recall_id
            claim.settlement, claim.settled_by, claim.consent = how, by, clean(consent)[:120]
            if claim.state == "rejected":
                self._move(claim, "closed")
            s.flush()
            audit.record(s, "claim-settled", "warranty_claim", claim.id, number=claim.number, how=how, by=by,
                         amount=str(sum((x.amount for x in claim.lines if x.verdict == "rejected"), ZERO)))
            return self._view(s, claim)

    def receive(self, claim_id: int, amount: Decimal | str, reference: str, day: date | None = None) -> ClaimView:
        """The manufacturer's transfer for this claim, matched against its warranty invoice."""
        self.require("warranty.manage")
        errors: dict[str, Message] = {}
        value = checked(amount, "payment", "amount", errors)
        if not clean(reference):
            errors["reference"] = _msg(QT_TRANSLATE_NOOP("Claims", "Enter the manufacturer's settlement or "
                                                                   "transfer number."))
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            claim = self._claim(s, claim_id)
            view = self._view(s, claim)
            if claim.state not in ("approved", "partly"):
                raise _refuse(QT_TRANSLATE_NOOP("Claims", "Money is received on an approved claim."))
            invoice = self._invoice(s, claim)
            if invoice is None:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Claims", "Order {number} has no warranty invoice yet; the cashier issues it first."),
                    number=view.order_number)
            if value > view.outstanding:
                raise ValidationFailed({"amount": _msg(QT_TRANSLATE_NOOP(
                    "Claims", "That is more than the {left} still owed on this claim."), left=view.outstanding)})
            InvoicingService(self.db, self.user).receive_in(s, invoice, value, clean(reference)[:64])
            claim.received += value
            claim.invoice_id = invoice.id
            if claim.received >= view.approved_gross:
                self._move(claim, "paid")
                claim.paid_on = day or _today()
            self.touch(claim)
            s.flush()
            audit.record(s, "claim-paid", "warranty_claim", claim.id, number=claim.number, amount=str(value),
                         reference=clean(reference)[:64])
            return self._view(s, claim)

    # the lists -----------------------------------------------------------------------------

    def claims(self, state: str = "", text: str = "", limit: int = 500) -> list[ClaimRow]:
        today = _today()
        with reading(self.db) as s:
            days = int(shop_settings.get(s, "claim_submit_days"))
            q = (select(WarrantyClaim, WorkOrder.number, Vehicle.plate, Customer.name)
                 .join(WorkOrder, WorkOrder.id == WarrantyClaim.work_order_id)
                 .join(Vehicle, Vehicle.id == WarrantyClaim.vehicle_id)
                 .join(Customer, Customer.id == WorkOrder.customer_id))
            if state == "open":
                q = q.where(WarrantyClaim.state.in_(rules.OPEN))
            elif state:
                q = q.where(WarrantyClaim.state == state)
            if clean(text):
                like = f"%{clean(text).upper()}%"
                q = q.where(func.upper(WarrantyClaim.number).like(like) | func.upper(WorkOrder.number).like(like)
                            | func.upper(Vehicle.plate).like(like) | Vehicle.vin.like(like))
            rows = s.execute(q.order_by(WarrantyClaim.repaired_on.desc(), WarrantyClaim.id.desc()).limit(limit))
            return [ClaimRow(c.id, c.number or "", c.state, number, plate or "", name, c.repaired_on, c.submitted_on,
                             c.decided_on, c.claimed, c.approved, c.received, c.rejection_reason,
                             rules.days_left(c.repaired_on, days, today), (today - c.repaired_on).days)
                    for c, number, plate, name in rows]

    def due_soon(self) -> list[ClaimRow]:
        """Drafts near (or past) the submission deadline, the most urgent first."""
        with reading(self.db) as s:
            warn = int(shop_settings.get(s, "claim_warn_days"))
        return sorted((r for r in self.claims("draft") if r.days_left <= warn), key=lambda r: r.days_left)

    def receivable(self) -> Ageing:
        """What the manufacturer owes on approved claims, by age since the answer (two reads:
        the claims, and their lines' invoiced totals)."""
        today = _today()
        buckets = {label: ZERO for _top, label in rules.AGE_BUCKETS}
        total, n = ZERO, 0
        with reading(self.db) as s:
            claims = s.execute(select(WarrantyClaim.id, WarrantyClaim.decided_on, WarrantyClaim.repaired_on,
                                      WarrantyClaim.claimed, WarrantyClaim.approved, WarrantyClaim.received)
                               .where(WarrantyClaim.state.in_(("approved", "partly")))).all()
            gross = dict(s.execute(
                select(ClaimLine.claim_id, func.sum(InvoiceLine.total))
                .join(InvoiceLine, InvoiceLine.work_order_line_id == ClaimLine.work_order_line_id)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(Invoice.kind == "invoice", Invoice.payer == "warranty",
                       ClaimLine.claim_id.in_([c.id for c in claims]))
                .group_by(ClaimLine.claim_id)).all()) if claims else {}
        for c in claims:
            owed = max(approved_gross(Decimal(gross.get(c.id) or 0), c.approved, c.claimed) - c.received, ZERO)
            if owed > 0:
                label = rules.age_bucket(c.decided_on or c.repaired_on, today)
                buckets[label] += owed
                total += owed
                n += 1
        return Ageing(buckets, total, n)

    def rejections(self, since: date | None = None) -> list[tuple[str, int, Decimal]]:
        """Refused lines by reason: (reason, lines, amount), the costliest first."""
        with reading(self.db) as s:
            q = (select(ClaimLine.reason, func.count(), func.sum(ClaimLine.amount))
                 .join(WarrantyClaim, WarrantyClaim.id == ClaimLine.claim_id)
                 .where(ClaimLine.verdict == "rejected").group_by(ClaimLine.reason))
            if since is not None:
                q = q.where(WarrantyClaim.decided_on >= since)
            return sorted(((r, int(n), Decimal(a or 0)) for r, n, a in s.execute(q)), key=lambda x: -x[2])

    # helpers ---------------------------------------------------------------------------------

    def _claim(self, s: Session, claim_id: int, version: int | None = None) -> WarrantyClaim:
        claim = s.get(WarrantyClaim, claim_id)
        if claim is None:
            raise NotFound("claim", claim_id)
        if version is not None and claim.version != version:
            raise StaleEdit()
        return claim

    def _move(self, claim: WarrantyClaim, target: str) -> None:
        problem = rules.move_problem(claim.state, target)
        if problem is not None:
            raise Refused(problem)
        claim.state = target
        self.touch(claim)

    @staticmethod
    def _needs_consent(s: Session, claim: WarrantyClaim) -> bool:
        components = set(s.scalars(select(WorkOrderLine.warranty_component).where(
            WorkOrderLine.id.in_([x.work_order_line_id for x in claim.lines]))))
        return bool(components & rules.CONSENT_COMPONENTS)

    @staticmethod
    def _invoice(s: Session, claim: WarrantyClaim) -> Invoice | None:
        return s.scalar(select(Invoice).where(Invoice.work_order_id == claim.work_order_id,
                                              Invoice.payer == "warranty", Invoice.kind == "invoice")
                        .order_by(Invoice.id))

    def _credit_refused(self, s: Session, claim: WarrantyClaim, refused: set[int]) -> None:
        invoice = self._invoice(s, claim)
        if invoice is None:
            return  # not invoiced: nothing to take back
        take = {x.id: x.quantity for x in s.scalars(select(InvoiceLine).where(
            InvoiceLine.invoice_id == invoice.id, InvoiceLine.work_order_line_id.in_(refused)))}
        if take:
            InvoicingService(self.db, self.user).credit_in(
                s, invoice, take, f"索赔{'拒赔' if claim.state == 'rejected' else '部分拒赔'} {claim.number or ''}")

    def _view(self, s: Session, claim: WarrantyClaim) -> ClaimView:
        order = s.get(WorkOrder, claim.work_order_id)
        vehicle = s.get(Vehicle, claim.vehicle_id)
        assert order is not None and vehicle is not None
        customer = s.get(Customer, order.customer_id)
        days = int(shop_settings.get(s, "claim_submit_days"))
        invoice = self._invoice(s, claim)
        ids = [x.work_order_line_id for x in claim.lines]
        gross = ZERO
        if invoice is not None:
            gross = s.scalar(select(func.sum(InvoiceLine.total)).where(
                InvoiceLine.invoice_id == invoice.id, InvoiceLine.work_order_line_id.in_(ids))) or ZERO
        report = s.get(TechReport, claim.tech_report_id) if claim.tech_report_id else None
        return ClaimView(
            claim.id, claim.version, claim.number or "", claim.state, claim.round, order.id, order.number,
            vehicle.id, vehicle.plate or "", vehicle.vin or "", f"{vehicle.make} {vehicle.model}".strip(), order.odometer_km,
            customer.name if customer else "", claim.repaired_on, rules.deadline(claim.repaired_on, days),
            claim.component, claim.symptom, claim.cause, claim.fault_code, claim.tech_report_id,
            report.number if report else "", report.state if report else "", claim.submitted_on, claim.decided_on,
            claim.claimed, claim.approved, claim.received, claim.rejection_reason, claim.rejection_note,
            claim.settlement, claim.settled_by, claim.consent, invoice.number if invoice else "", Decimal(gross),
            claim.paid_on,
            tuple(ClaimLineView(x.id, x.kind, x.description, x.part_number, x.quantity, x.unit_price, x.amount,
                                x.recall_code, x.verdict, x.reason) for x in claim.lines),
            tuple(attachments.rows_in(s, OWNER, claim.id)),
            tuple(old_part_rows(s, claim_id=claim.id)), self._needs_consent(s, claim))


def old_part_rows(s: Session, *, claim_id: int | None = None, state: str = "", text: str = "",
                  limit: int = 1000) -> list[OldPartRow]:
    q = (select(OldPart, WarrantyClaim.number, WorkOrder.number, Vehicle.vin)
         .join(WarrantyClaim, WarrantyClaim.id == OldPart.claim_id)
         .join(WorkOrder, WorkOrder.id == WarrantyClaim.work_order_id)
         .join(Vehicle, Vehicle.id == WarrantyClaim.vehicle_id))
    if claim_id is not None:
        q = q.where(OldPart.claim_id == claim_id)
    if state:
        q = q.where(OldPart.state == state)
    if clean(text):
        like = f"%{clean(text).upper()}%"
        q = q.where(func.upper(OldPart.tag).like(like) | func.upper(OldPart.part_number).like(like)
                    | func.upper(func.coalesce(WarrantyClaim.number, "")).like(like))
    return [OldPartRow(p.id, p.tag, p.claim_id, number or "", order_no, p.part_number, p.description, p.quantity,
                       p.location, p.state, p.state_on, p.reference, p.created_at.astimezone().date(), vin or "")
            for p, number, order_no, vin in s.execute(q.order_by(OldPart.id).limit(limit))]
