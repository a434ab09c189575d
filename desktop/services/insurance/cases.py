"""Accident cases (事故车 / 定损, DOMAIN.md section 8).

A case sits on a work order: the insurer, the policy and report numbers (报案号), when and
where the accident happened, own damage or a third party, the assessor and their visit;
photos before, during and after.  The assessment (定损单) gives the insurer's amount next
to the shop's estimate line by line, refused items marked (the customer may still want
them, at their cost); supplements (追加定损) after disassembly are sent and answered one by
one, their history kept.  The split (rules.split) writes who pays what onto the order's
lines, so the cashier's settlement issues the insurer's and the customer's invoices from
it; the insurer's transfers are matched against its invoice until it is paid.  The claim
file's papers are ticked off, and what is missing is listed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AccidentCase,
    AccidentDocument,
    AccidentLine,
    AccidentSupplement,
    Customer,
    Insurer,
    Invoice,
    Vehicle,
    WorkOrder,
)
from desktop.models.base import utcnow
from desktop.services.billing.ledger import LedgerService
from desktop.services.billing.records import AgeingRow
from desktop.services.billing.service import InvoicingService
from desktop.services.common.limits import checked
from desktop.services.common.text import clean
from desktop.services.core import attachments, audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.insurance.rules import cases as rules
from desktop.services.insurance.rules.split import Item, Split, item_problem, split, split_problem
from desktop.services.insurance.split_lines import write_split

ZERO = Decimal(0)
OWNER = "accident"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Insurance")


def _refuse(text: str, **params: object) -> Refused:
    return Refused(_msg(text, **params))


@dataclass(frozen=True)
class CaseForm:
    insurer_id: int | None
    report_no: str
    accident_date: date | None
    policy_no: str = ""
    place: str = ""
    kind: str = "own"
    assessor: str = ""
    assessor_phone: str = ""
    direct_pay: bool = True


@dataclass(frozen=True)
class CaseLineView:
    id: int  # the work order line
    kind: str  # labour | part
    description: str
    payer: str
    estimate: Decimal
    assessed: Decimal
    refused: bool
    customer_keeps: bool
    supplement: int  # its seq, 0: the first assessment
    role: str  # item | deductible | betterment


@dataclass(frozen=True)
class SupplementView:
    seq: int
    state: str
    sent_at: datetime
    answered_at: datetime | None
    note: str


@dataclass(frozen=True)
class CaseView:
    id: int
    version: int
    number: str
    state: str
    work_order_id: int
    order_number: str
    order_state: str
    plate: str
    customer: str
    insurer_id: int
    insurer: str
    report_no: str
    policy_no: str
    accident_date: date
    place: str
    kind: str
    assessor: str
    assessor_phone: str
    assessed_at: datetime | None
    deductible: Decimal
    betterment: Decimal
    waived: Decimal
    waived_by: str
    direct_pay: bool
    lines: tuple[CaseLineView, ...]
    supplements: tuple[SupplementView, ...]
    ticked: Mapping[str, tuple[datetime, str]]
    missing: tuple[str, ...]
    split: Split
    photos: tuple[attachments.AttachmentRow, ...]
    invoice_number: str = ""
    invoice_total: Decimal = ZERO
    owed: Decimal = ZERO  # what the insurer still owes on its invoice

    @property
    def items(self) -> tuple[CaseLineView, ...]:
        return tuple(x for x in self.lines if x.role == "item")


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    state: str
    order_number: str
    plate: str
    customer: str
    insurer: str
    report_no: str
    accident_date: date
    estimate: Decimal
    assessed: Decimal


class CaseService(Service):

    # the case --------------------------------------------------------------------------------

    def open_case(self, order_id: int, form: CaseForm) -> int:
        """A case on an order: its lines (but the manufacturer's and the shop's own) are the
        shop's estimate to the insurer, who pays them from now on."""
        self.require("insurance.manage")
        errors = self._check(form)
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            if order.state in ("cancelled", "released"):  # a delivered car's paperwork may still be going on
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "Order {number} was not repaired."), number=order.number)
            if s.scalar(select(AccidentCase.id).where(AccidentCase.work_order_id == order.id)) is not None:
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "Order {number} has its accident case already."),
                              number=order.number)
            insurer = s.get(Insurer, form.insurer_id) if form.insurer_id else None
            if insurer is None:
                raise ValidationFailed({"insurer": _msg(QT_TRANSLATE_NOOP("Insurance", "Choose the insurer."))})
            year = date.today().year
            case = AccidentCase(number=format_number("BX", year, next_number(s, f"BX{year}")), work_order_id=order.id,
                                insurer_id=insurer.id, created_by=self.user, updated_by=self.user)
            self._apply(case, form)
            for line in order.lines:
                if line.payer in ("customer", "insurance") and line.approval != "declined":
                    line.payer = "insurance"
                    case.lines.append(AccidentLine(work_order_line_id=line.id, estimate=line.amount))
            s.add(case)
            s.flush()
            audit.record(s, "accident-case", "accident_case", case.id, number=case.number, order=order.number)
            return case.id

    def update(self, case_id: int, version: int, form: CaseForm) -> CaseView:
        self.require("insurance.manage")
        errors = self._check(form)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            case = self._case(s, case_id, version)
            if form.insurer_id is None or s.get(Insurer, form.insurer_id) is None:
                raise ValidationFailed({"insurer": _msg(QT_TRANSLATE_NOOP("Insurance", "Choose the insurer."))})
            case.insurer_id = form.insurer_id
            self._apply(case, form)
            self.touch(case)
            s.flush()
            return self._view(s, case)

    def get(self, case_id: int) -> CaseView:
        with reading(self.db) as s:
            return self._view(s, self._case(s, case_id))

    def for_order(self, order_id: int) -> int | None:
        with reading(self.db) as s:
            return s.scalar(select(AccidentCase.id).where(AccidentCase.work_order_id == order_id))

    # the assessment ----------------------------------------------------------------------------

    def assess(self, case_id: int, version: int, items: Mapping[int, tuple[Decimal | str, bool, bool]],
               deductible: Decimal | str, betterment: Decimal | str, assessed_at: datetime | None = None) -> CaseView:
        """The insurer's amount per line (by work-order line): (assessed, refused, the customer
        keeps it), and the deductible and betterment of the policy."""
        self.require("insurance.manage")
        errors: dict[str, Message] = {}
        amounts = {k: checked(v[0], "line_amount", f"line{k}", errors) for k, v in items.items()}
        ded = checked(deductible, "line_amount", "deductible", errors)
        bet = checked(betterment, "line_amount", "betterment", errors)
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            case = self._case(s, case_id, version)
            if case.state in ("paid", "closed"):
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "The insurer has paid this case; its assessment stays."))
            for line in case.lines:
                if line.kind == "item" and line.work_order_line_id in items and not self._pending(case, line):
                    _amount, refused, keeps = items[line.work_order_line_id]
                    line.assessed = ZERO if refused else amounts[line.work_order_line_id]
                    line.refused, line.customer_keeps = refused, refused and keeps
            for line in case.lines:
                if line.kind == "item":
                    problem = rules_item_problem(line)
                    if problem is not None:
                        errors[f"line{line.work_order_line_id}"] = problem
            problem = split_problem(self._items(case), ded, bet, case.waived)
            if problem is not None and not errors:
                errors["deductible"] = problem
            if errors:
                raise ValidationFailed(errors)
            case.deductible, case.betterment = ded, bet
            case.assessed_at = assessed_at or case.assessed_at or utcnow()
            if case.state == "open":
                case.state = "assessed"
            self.touch(case)
            s.flush()
            audit.record(s, "accident-assessed", "accident_case", case.id, assessed=str(split(
                self._items(case), ded, bet).assessed))
            return self._view(s, case)

    def send_supplement(self, case_id: int, version: int, note: str = "") -> CaseView:
        """追加定损: the order's lines added since the assessment go to the assessor together."""
        self.require("insurance.manage")
        with self.refusals_audited(), writing(self.db, self.user) as s:
            case = self._case(s, case_id, version)
            problem = rules.supplement_problem(case.state)
            if problem is not None:
                raise Refused(problem)
            order = s.get(WorkOrder, case.work_order_id)
            assert order is not None
            known = {x.work_order_line_id for x in case.lines}
            new = [x for x in order.lines if x.id not in known and x.payer in ("customer", "insurance")
                   and x.approval != "declined"]
            if not new:
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "Add the work found after disassembly to the order "
                                                             "first; then send it as a supplement."))
            self._refuse_invoiced(s, case)
            supplement = AccidentSupplement(seq=len(case.supplements) + 1, sent_at=utcnow(), note=clean(note)[:255],
                                            by=self.user)
            case.supplements.append(supplement)
            s.flush()
            for line in new:
                line.payer = "insurance"
                case.lines.append(AccidentLine(work_order_line_id=line.id, estimate=line.amount,
                                               supplement_id=supplement.id))
            if case.state == "split":
                case.state = "assessed"  # the split waits for the answer
            self.touch(case)
            s.flush()
            audit.record(s, "accident-supplement", "accident_case", case.id, seq=supplement.seq, lines=len(new))
            return self._view(s, case)

    def answer_supplement(self, case_id: int, version: int, seq: int, approved: bool,
                          amounts: Mapping[int, Decimal | str] | None = None) -> CaseView:
        """The assessor's answer to a supplement: its lines at the amounts approved (all at
        the estimate when none are given), or refused."""
        self.require("insurance.manage")
        errors: dict[str, Message] = {}
        given = {k: checked(v, "line_amount", f"line{k}", errors) for k, v in (amounts or {}).items()}
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            case = self._case(s, case_id, version)
            supplement = next((x for x in case.supplements if x.seq == seq), None)
            if supplement is None:
                raise NotFound("supplement", seq)
            if supplement.state != "sent":
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "Supplement {seq} has its answer already."), seq=seq)
            for line in case.lines:
                if line.supplement_id == supplement.id:
                    line.refused = not approved
                    line.assessed = given.get(line.work_order_line_id, line.estimate) if approved else ZERO
                    problem = rules_item_problem(line)
                    if problem is not None:
                        errors[f"line{line.work_order_line_id}"] = problem
            if errors:
                raise ValidationFailed(errors)
            supplement.state, supplement.answered_at = ("approved" if approved else "refused"), utcnow()
            self.touch(case)
            s.flush()
            audit.record(s, "accident-supplement-answer", "accident_case", case.id, seq=seq, approved=approved)
            return self._view(s, case)

    def apply_split(self, case_id: int, version: int, waived: Decimal | str = ZERO, manager: str = "") -> CaseView:
        """Who pays what, onto the order's lines: the insurer's lines at their assessed amount
        less their share of the deductible and betterment, which become the customer's two
        lines; refused items the customer keeps are theirs, the others are not done; a
        waiver (a manager) lowers the customer's lines."""
        self.require("insurance.manage")
        errors: dict[str, Message] = {}
        waive = checked(waived or 0, "line_amount", "waived", errors)
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            case = self._case(s, case_id, version)
            if case.state not in ("assessed", "split"):
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "The split follows the insurer's assessment."))
            if any(x.state == "sent" for x in case.supplements):
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "A supplement waits for the assessor's answer."))
            self._refuse_invoiced(s, case)
            problem = split_problem(self._items(case), case.deductible, case.betterment, waive)
            if problem is not None:
                raise ValidationFailed({"waived": problem})
            case.waived_by = self.allowed_by("insurance.waive", manager)[:64] if waive > 0 else ""
            case.waived = waive
            write_split(s, case, self.user)
            case.state = "split"
            self.touch(case)
            s.flush()
            view = self._view(s, case)
            audit.record(s, "accident-split", "accident_case", case.id, insurer=str(view.split.insurer),
                         customer=str(view.split.customer), waived=str(waive), by=case.waived_by)
            return view

    # the claim file, photos, money --------------------------------------------------------------

    def tick(self, case_id: int, item: str, done: bool = True) -> CaseView:
        self.require("insurance.manage")
        if item not in rules.DOCUMENTS:
            raise NotFound("document", item)
        with writing(self.db, self.user) as s:
            case = self._case(s, case_id)
            row = s.scalar(select(AccidentDocument).where(AccidentDocument.case_id == case.id,
                                                          AccidentDocument.item == item))
            if done and row is None:
                s.add(AccidentDocument(case_id=case.id, item=item, at=utcnow(), by=self.user))
                if item == "authority":
                    case.authority_signed = True
            elif not done and row is not None:
                s.delete(row)
                if item == "authority":
                    case.authority_signed = False
            s.flush()
            return self._view(s, case)

    def add_photo(self, case_id: int, stage: str, name: str, data: bytes) -> CaseView:
        """A photo before, during or after the repair (checked, kept in the shop's data)."""
        self.require("insurance.manage")
        if stage not in rules.PHOTO_STAGES:
            raise NotFound("stage", stage)
        with writing(self.db, self.user) as s:
            case = self._case(s, case_id)
            attachments.add_in(s, OWNER, case.id, name, data, self.user, stage)
            if not s.scalar(select(AccidentDocument.id).where(AccidentDocument.case_id == case.id,
                                                              AccidentDocument.item == f"photos_{stage}")):
                s.add(AccidentDocument(case_id=case.id, item=f"photos_{stage}", at=utcnow(), by=self.user))
            s.flush()
            return self._view(s, case)

    def photo(self, attachment_id: int) -> tuple[str, str, bytes]:
        with reading(self.db) as s:
            return attachments.data_in(s, attachment_id)

    def receive(self, case_id: int, amount: Decimal | str, reference: str) -> CaseView:
        """The insurer's transfer, against its invoice for the order: never more than it owes."""
        self.require("insurance.manage")
        errors: dict[str, Message] = {}
        value = checked(amount, "payment", "amount", errors)
        if not clean(reference):
            errors["reference"] = _msg(QT_TRANSLATE_NOOP("Insurance", "Enter the insurer's transfer number."))
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            case = self._case(s, case_id)
            invoice = self._invoice(s, case)
            if invoice is None:
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "The insurer's invoice is not issued yet."))
            owed = InvoicingService(self.db, self.user).receive_in(s, invoice, value, clean(reference)[:64]).balance
            if owed <= 0:
                case.state = "paid"
            self.touch(case)
            s.flush()
            audit.record(s, "accident-paid", "accident_case", case.id, amount=str(value), reference=reference[:64])
            return self._view(s, case)

    def close(self, case_id: int, version: int) -> CaseView:
        self.require("insurance.manage")
        with writing(self.db, self.user) as s:
            case = self._case(s, case_id, version)
            if case.state != "paid":
                raise _refuse(QT_TRANSLATE_NOOP("Insurance", "A case is closed once the insurer has paid."))
            case.state = "closed"
            self.touch(case)
            s.flush()
            return self._view(s, case)

    # lists -------------------------------------------------------------------------------------

    def cases(self, state: str = "", text: str = "", limit: int = 500) -> list[CaseRow]:
        """Newest first; the sums of each case's lines in one more read."""
        with reading(self.db) as s:
            q = (select(AccidentCase.id, AccidentCase.number, AccidentCase.state, WorkOrder.number, Vehicle.plate,
                        Customer.name, Insurer.name, Insurer.branch, AccidentCase.report_no,
                        AccidentCase.accident_date)
                 .join(WorkOrder, WorkOrder.id == AccidentCase.work_order_id)
                 .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id).join(Customer, Customer.id == WorkOrder.customer_id)
                 .join(Insurer, Insurer.id == AccidentCase.insurer_id))
            if state == "open":
                q = q.where(AccidentCase.state.in_(("open", "assessed", "split")))
            elif state:
                q = q.where(AccidentCase.state == state)
            if clean(text):
                like = f"%{clean(text).upper()}%"
                q = q.where(func.upper(AccidentCase.number).like(like) | func.upper(AccidentCase.report_no).like(like)
                            | func.upper(WorkOrder.number).like(like) | func.upper(Vehicle.plate).like(like))
            found: list[Any] = list(s.execute(q.order_by(AccidentCase.id.desc()).limit(limit)).all())
            sums = {cid: (Decimal(e or 0), Decimal(a or 0)) for cid, e, a in s.execute(
                select(AccidentLine.case_id, func.sum(AccidentLine.estimate), func.sum(AccidentLine.assessed))
                .where(AccidentLine.kind == "item", AccidentLine.case_id.in_([r[0] for r in found]))
                .group_by(AccidentLine.case_id))} if found else {}
            out = []
            for cid, number, st, order, plate, name, iname, branch, report, day in found:
                estimate, assessed = sums.get(cid, (ZERO, ZERO))
                out.append(CaseRow(cid, number, st, order, plate or "", name, f"{iname} {branch}".strip(), report,
                                   day, estimate, assessed))
            return out

    def share_by_insurer(self, since: date) -> list[tuple[str, int, Decimal]]:
        """Accident work by insurer since a day: (insurer, cases, assessed), the largest first."""
        with reading(self.db) as s:
            rows = s.execute(
                select(Insurer.name, func.count(func.distinct(AccidentCase.id)), func.sum(AccidentLine.assessed))
                .join(AccidentCase, AccidentCase.insurer_id == Insurer.id)
                .outerjoin(AccidentLine, AccidentLine.case_id == AccidentCase.id)
                .where(AccidentCase.accident_date >= since).group_by(Insurer.name)).all()
            return sorted(((n, int(c), Decimal(a or 0)) for n, c, a in rows), key=lambda r: -r[2])

    def owed_by_insurer(self) -> list[AgeingRow]:
        """What the insurers still owe on their invoices, by age (0–30, 31–60, 61–90, > 90 days)."""
        return [r for r in LedgerService(self.db, self.user).receivables() if r.payer == "insurance"]

    # helpers -------------------------------------------------------------------------------------

    @staticmethod
    def _check(form: CaseForm) -> dict[str, Message]:
        errors: dict[str, Message] = {}
        if not clean(form.report_no):
            errors["report_no"] = _msg(QT_TRANSLATE_NOOP("Insurance", "Enter the insurer's report number (报案号)."))
        problem = rules.accident_date_problem(form.accident_date, date.today())
        if problem is not None:
            errors["accident_date"] = problem
        if form.kind not in rules.KINDS:
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Insurance", "Own damage or a third party?"))
        return errors

    @staticmethod
    def _apply(case: AccidentCase, form: CaseForm) -> None:
        assert form.accident_date is not None
        case.report_no, case.policy_no = clean(form.report_no)[:40].upper(), clean(form.policy_no)[:40].upper()
        case.accident_date, case.place, case.kind = form.accident_date, clean(form.place)[:120], form.kind
        case.assessor, case.assessor_phone = clean(form.assessor)[:40], clean(form.assessor_phone)[:40]
        case.direct_pay = form.direct_pay

    def _case(self, s: Session, case_id: int, version: int | None = None) -> AccidentCase:
        case = s.get(AccidentCase, case_id)
        if case is None:
            raise NotFound("accident case", case_id)
        if version is not None and case.version != version:
            raise StaleEdit()
        return case

    @staticmethod
    def _pending(case: AccidentCase, line: AccidentLine) -> bool:
        """A supplement's line waits for its own answer, not the first assessment."""
        return line.supplement_id is not None and any(
            x.id == line.supplement_id and x.state == "sent" for x in case.supplements)

    @staticmethod
    def _items(case: AccidentCase) -> list[Item]:
        return [Item(x.estimate, x.assessed, x.refused, x.customer_keeps) for x in case.lines if x.kind == "item"]

    @staticmethod
    def _invoice(s: Session, case: AccidentCase) -> Invoice | None:
        return s.scalar(select(Invoice).where(Invoice.work_order_id == case.work_order_id,
                                              Invoice.payer == "insurance", Invoice.kind == "invoice")
                        .order_by(Invoice.id.desc()))

    def _refuse_invoiced(self, s: Session, case: AccidentCase) -> None:
        invoiced = InvoicingService(self.db, self.user).invoiced_lines_in(s, case.work_order_id)
        if invoiced & {x.work_order_line_id for x in case.lines}:
            raise _refuse(QT_TRANSLATE_NOOP(
                "Insurance", "The order is invoiced already: credit its invoices before the split changes."))

    def _view(self, s: Session, case: AccidentCase) -> CaseView:
        order = s.get(WorkOrder, case.work_order_id)
        insurer = s.get(Insurer, case.insurer_id)
        assert order is not None and insurer is not None
        vehicle = s.get(Vehicle, order.vehicle_id)
        customer = s.get(Customer, order.customer_id)
        lines = {x.id: x for x in order.lines}
        seqs = {x.id: x.seq for x in case.supplements}
        views = tuple(CaseLineView(
            x.work_order_line_id, lines[x.work_order_line_id].kind, lines[x.work_order_line_id].description,
            lines[x.work_order_line_id].payer, x.estimate, x.assessed, x.refused, x.customer_keeps,
            seqs.get(x.supplement_id or 0, 0), x.kind) for x in case.lines if x.work_order_line_id in lines)
        ticked = {d.item: (d.at, d.by) for d in s.scalars(select(AccidentDocument).where(
            AccidentDocument.case_id == case.id))}
        invoice = self._invoice(s, case)
        owed, number, total = ZERO, "", ZERO
        if invoice is not None:
            view = InvoicingService(self.db, self.user).get_in(s, invoice)
            owed, number, total = view.balance, view.number, view.total
        return CaseView(
            case.id, case.version, case.number, case.state, order.id, order.number, order.state,
            vehicle.plate or "" if vehicle else "", customer.name if customer else "", insurer.id,
            f"{insurer.name} {insurer.branch}".strip(), case.report_no, case.policy_no, case.accident_date, case.place,
            case.kind, case.assessor, case.assessor_phone, case.assessed_at, case.deductible, case.betterment,
            case.waived, case.waived_by, case.direct_pay, views,
            tuple(SupplementView(x.seq, x.state, x.sent_at, x.answered_at, x.note) for x in case.supplements),
            ticked, tuple(rules.missing(set(ticked), case.direct_pay)),
            split(self._items(case), case.deductible, case.betterment, case.waived),
            tuple(attachments.rows_in(s, OWNER, case.id)), number, total, owed)


def rules_item_problem(line: AccidentLine) -> Message | None:
    return item_problem(Item(line.estimate, line.assessed, line.refused, line.customer_keeps))
