"""Settlement (结算): invoices, credit notes, payments, receivables and the daily cash count,
kept by the rules of an accounting system (DOMAIN.md section 5).

- An invoice is issued, never drafted: numbered (INV2026-000001, gapless per year, in the
  same transaction as its content), hashed and chained to the invoice issued before it,
  and from then on unchangeable (database triggers refuse any UPDATE of its amounts and
  any DELETE).  A mistake is corrected by a credit note (红字, CN2026-000001) against the
  invoice, in whole or per line, and a new invoice.
- From a work order, one invoice per payer (customer, manufacturer for warranty,
  insurer), once the order is ready or delivered and no additional work awaits the
  customer's answer.  Internal lines are the shop's cost and are not invoiced.  Parts sold
  over the counter are invoiced without an order, and leave the shelf in the same step.
- Payments (cash, card, WeChat Pay, Alipay, transfer) are split and partial as needed;
  only cash may exceed what is due, and the change is recorded.  A credit on a paid
  invoice leaves money to pay back, recorded as a negative payment.
- The official fapiao is issued on the tax platform; its type, number and date are
  recorded here against the invoice (a red-letter one against the credit note).

The invoice link to the customer file (``customer_id``) is not part of the content: a
merge of two customers moves it, as it moves all history; the payer's name and tax id
as printed are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AccidentCase,
    Customer,
    Insurer,
    Invoice,
    InvoiceLine,
    Part,
    Payment,
    WorkOrder,
)
from desktop.models.invoicing import FAPIAO_TYPES, PAYMENT_METHODS, PREPAID_METHODS
from desktop.services.billing.ledger import GENESIS, invoice_rows, local_midnight
from desktop.services.billing.records import (
    CounterLine,
    Draft,
    InvoiceLineView,
    InvoiceRow,
    InvoiceView,
    OrderSettlement,
    PayerBill,
    PaymentForm,
    PaymentView,
    check_amount,
    hash_of,
)
from desktop.services.billing.rules import invoice as rules
from desktop.services.common.money import ZERO, line_amount, to_fen
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.parts.ledger import post_issue
from desktop.services.plans import ledger as cards
from desktop.services.system import settings as shop_settings

INVOICE_SERIES = "INV"
CREDIT_SERIES = "CN"
CHAIN = "invoice-chain"
INVOICED_PAYERS = ("customer", "warranty", "insurance")


CLOCK_SLACK = timedelta(minutes=10)  # the desks' clocks may differ by a little, never by more


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


class InvoicingService(Service):

    # issuing -------------------------------------------------------------------------------

    def settlement(self, order_id: int) -> OrderSettlement:
        """The order's lines by payer, and what has been invoiced for each."""
        with reading(self.db) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            customer = s.get(Customer, order.customer_id)
            open_lines = self._invoiced_lines(s, order.id)
            invoices = invoice_rows(s, select(Invoice).where(Invoice.work_order_id == order.id).order_by(Invoice.id))
            bills = []
            for payer in INVOICED_PAYERS:
                lines = [x for x in order.lines if x.payer == payer and x.approval == "approved"]
                if not lines and not any(r.payer == payer for r in invoices):
                    continue
                bills.append(PayerBill(
                    payer, tuple((x.id, x.description, x.quantity, x.amount) for x in lines),
                    sum((x.amount for x in lines), ZERO),
                    tuple(x.id for x in lines if x.id not in open_lines),
                    tuple(r for r in invoices if r.payer == payer)))
            return OrderSettlement(order.id, order.number, order.state, order.customer_id,
                                   customer.name if customer else "",
                                   any(x.approval == "pending" for x in order.lines), tuple(bills))

    def issue_for_order(self, order_id: int, payer: str, payer_name: str = "", invoice_discount: Decimal | str = ZERO,
                        approved_by: str = "") -> InvoiceView:
        """The invoice for one payer of a ready or delivered order: its approved lines not
        yet invoiced (or credited since), at the order's prices."""
        self.require("billing.invoice")
        errors: dict[str, Message] = {}
        discount = check_amount(invoice_discount or 0, "discount", errors, allow_zero=True)
        if payer not in INVOICED_PAYERS:
            errors["payer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Internal lines are not invoiced."))
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound("work order", order_id)
            if order.state not in ("ready", "delivered", "released"):
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "Invoices are issued when the car is ready, delivered or left unrepaired.")))
            if any(x.approval == "pending" for x in order.lines):
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "Additional work waits for the customer's answer; record it before invoicing.")))
            taken = self._invoiced_lines(s, order.id)
            lines = [x for x in order.lines if x.payer == payer and x.approval == "approved" and x.id not in taken]
            if not lines:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Nothing left to invoice to this payer.")))
            customer = s.get(Customer, order.customer_id)
            assert customer is not None
            name, tax_id, address = self._payer_party(s, payer, payer_name, customer, order.id)
            draft = Draft("invoice", payer, name, tax_id, address, customer.id, order.id, discount=discount,
                           discount_approved_by=clean(approved_by)[:64])
            rate = shop_settings.get(s, "vat_rate")
            for x in lines:
                draft.lines.append({"kind": x.kind, "description": x.description, "part_number": x.part_number,
                                    "quantity": x.quantity, "unit_price": x.unit_price,
                                    "discount_pct": x.discount_pct,
                                    "vat_rate": rate if x.vat_rate is None else x.vat_rate, "net": x.amount,
                                    "work_order_line_id": x.id})
            return self._issue(s, draft)

    def counter_sale(self, lines: Sequence[CounterLine], buyer: str = "", customer_id: int | None = None,
                     invoice_discount: Decimal | str = ZERO, approved_by: str = "") -> InvoiceView:
        """Parts sold over the counter: they leave the shelf and are invoiced in one step."""
        self.require("billing.invoice")
        errors: dict[str, Message] = {}
        discount = check_amount(invoice_discount or 0, "discount", errors, allow_zero=True)
        if not lines:
            errors["lines"] = _msg(QT_TRANSLATE_NOOP("Validation", "Add at least one part."))
        parsed = []
        for i, line in enumerate(lines):
            qty = check_amount(line.quantity, f"quantity{i}", errors)
            price = None if line.unit_price in (None, "") else check_amount(line.unit_price, f"price{i}", errors,
                                                                        allow_zero=True)
            pct = check_amount(line.discount_pct or 0, f"discount{i}", errors, allow_zero=True)
            if pct > 100:
                errors[f"discount{i}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                                              low=0, high=100)
            parsed.append((clean(line.part_number).upper().replace(" ", ""), qty, price, pct))
        if errors:
            raise ValidationFailed(errors)
        with self.refusals_audited(), writing(self.db, self.user) as s:
            customer = s.get(Customer, customer_id) if customer_id is not None else None
            name = customer.name if customer else (clean(buyer)[:120] or "零售客户")
            draft = Draft("invoice", "customer", name, customer.tax_id if customer else "",
                           customer.address if customer else "", customer.id if customer else None,
                           discount=discount, discount_approved_by=clean(approved_by)[:64])
            rate = shop_settings.get(s, "vat_rate")
            for i, (number, qty, price, pct) in enumerate(parsed):
                part = s.scalar(select(Part).where(Part.number == number))
                if part is None:
                    raise ValidationFailed({f"part{i}": _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Part {number} is not in the catalogue."), number=number)})
                unit = part.price if price is None else price
                post_issue(s, part, qty, None, self.user)
                draft.lines.append({"kind": "part", "description": part.name, "part_number": part.number,
                                    "quantity": qty, "unit_price": unit, "discount_pct": pct, "vat_rate": rate,
                                    "net": line_amount(qty, unit, pct)})
            return self._issue(s, draft)

    def sale_in(self, s: Session, customer: Customer, description: str, price: Decimal,
                kind: str = "plan") -> InvoiceView:
        """A service plan sold, or a rescue charged on the spot (one line at its price), in
        the caller's transaction: the plan or the rescue and its invoice are made together
        or not at all."""
        draft = Draft("invoice", "customer", customer.name, customer.tax_id if customer.kind == "company" else "",
                      customer.address, customer.id)
        draft.lines.append({"kind": kind, "description": description[:200], "part_number": "",
                            "quantity": Decimal(1), "unit_price": price, "discount_pct": ZERO,
                            "vat_rate": shop_settings.get(s, "vat_rate"), "net": price})
        return self._issue(s, draft)

    def credit(self, invoice_id: int, quantities: Mapping[int, Decimal | str] | None, reason: str) -> InvoiceView:
        """A credit note (红字) against an invoice: every line still open when ``quantities``
        is None, or these quantities of these lines.  Never more than is left to credit."""
        self.require("billing.credit")
        if not clean(reason):
            raise ValidationFailed({"reason": _msg(QT_TRANSLATE_NOOP("Validation", "Give the reason for the credit."))})
        errors: dict[str, Message] = {}
        wanted = {int(k): check_amount(v, f"line{k}", errors, allow_zero=True) for k, v in (quantities or {}).items()}
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            return self.credit_in(s, self._invoice(s, invoice_id), None if quantities is None else wanted,
                                  clean(reason))

    def credit_in(self, s: Session, original: Invoice, wanted: Mapping[int, Decimal] | None,
                  reason: str) -> InvoiceView:
        """The credit note, in the caller's transaction (a claim's refusal credits the
        manufacturer's invoice in the same step as it is settled)."""
        errors: dict[str, Message] = {}
        if original.kind != "invoice":
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "A credit note is not credited again.")))
        view = self._view(s, original)
        take = {x.id: (x.creditable if wanted is None else wanted.get(x.id, ZERO)) for x in view.lines}
        for x in view.lines:
            if take[x.id] > x.creditable:
                errors[f"line{x.id}"] = _msg(QT_TRANSLATE_NOOP(
                    "Validation", "{item}: at most {count} can still be credited."),
                    item=x.description, count=x.creditable)
        if errors:
            raise ValidationFailed(errors)
        if not any(take.values()):
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Nothing left to credit on this invoice.")))
        draft = Draft("credit", original.payer, original.payer_name, original.payer_tax_id,
                       original.payer_address, original.customer_id, original.work_order_id,
                       credited_invoice_id=original.id, reason=reason[:255])
        for x in view.lines:
            qty = take[x.id]
            if not qty:
                continue
            # The whole line takes back exactly what was invoiced; a part, its share.
            net = x.net if qty == x.quantity else to_fen(x.net * qty / x.quantity)
            vat = x.vat if qty == x.quantity else None
            draft.lines.append({"kind": x.kind, "description": x.description, "part_number": x.part_number,
                                "quantity": -qty, "unit_price": x.unit_price, "discount_pct": x.discount_pct,
                                "vat_rate": x.vat_rate, "net": -net, "fixed_vat": None if vat is None else -vat,
                                "credited_line_id": x.id})
        note = self._issue(s, draft)
        audit.record(s, "credit-note", "invoice", note.id, number=note.number, credits=original.number,
                     total=str(note.total), reason=draft.reason)
        return note

    # payments ------------------------------------------------------------------------------

    def take_payment(self, invoice_id: int, forms: Sequence[PaymentForm]) -> InvoiceView:
        """One or several payments at once (all or none): never more than the balance,
        except cash, where what is handed over beyond it is given back as change."""
        self.require("billing.invoice")
        errors: dict[str, Message] = {}
        if not forms:
            raise ValidationFailed({"amount": _msg(QT_TRANSLATE_NOOP("Validation", "Enter the amount paid."))})
        with writing(self.db, self.user) as s:
            invoice = self._invoice(s, invoice_id)
            view = self._view(s, invoice)
            if invoice.kind != "invoice":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Payments are taken against invoices.")))
            left = view.balance
            rows = []
            cash_forms = []
            for i, form in enumerate(forms):
                if form.method not in PAYMENT_METHODS:
                    errors[f"method{i}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how it is paid."))
                    continue
                if form.method == "cash":
                    cash_forms.append((i, form))
                    continue
                amount = check_amount(form.amount, f"amount{i}", errors)
                if form.method == "transfer" and not clean(form.reference):  # the accountant matches it by this
                    errors[f"reference{i}"] = _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Enter the transfer's reference number."))
                if form.method in PREPAID_METHODS and not clean(form.reference):
                    errors[f"reference{i}"] = _msg(QT_TRANSLATE_NOOP(
                        "Validation", "Enter the card's number or the coupon's code."))
                rows.append((form.method, amount, ZERO, ZERO, clean(form.reference)[:64], form.pin))
                left -= amount
            if not errors and left < 0:
                errors["amount"] = _msg(QT_TRANSLATE_NOOP(
                    "Validation", "That is {over} more than the balance of {balance}."),
                    over=-left, balance=view.balance)
            for i, form in cash_forms:
                tendered = check_amount(form.tendered if form.tendered not in (None, "") else form.amount,
                                   f"tendered{i}", errors)
                amount = tendered if form.amount in (None, "") else check_amount(form.amount, f"amount{i}", errors)
                if errors:
                    continue
                applied = min(amount, max(left, ZERO))
                if applied <= 0:
                    errors[f"amount{i}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Nothing is left to pay."))
                    continue
                if tendered < applied:
                    tendered = applied
                rows.append(("cash", applied, tendered, tendered - applied, clean(form.reference)[:64], ""))
                left -= applied
            if errors:
                raise ValidationFailed(errors)
            now = self.clock()
            customer = invoice.customer_id if invoice.payer == "customer" else None
            for i, (method, amount, tendered, change, typed, pin) in enumerate(rows):
                reference = typed
                if method in PREPAID_METHODS:  # from the card or coupon first: refused whole if it cannot pay
                    reference = cards.pay_in(s, method, typed, pin, amount, invoice.id, invoice.customer_id,
                                             invoice.total, self.user, now, f"reference{i}")
                s.add(Payment(invoice_id=invoice.id, cashier=self.user, method=method, amount=amount,
                              tendered=tendered, change_given=change, reference=reference, at=now))
            paid = sum((r[1] for r in rows if r[0] not in PREPAID_METHODS), ZERO)
            if customer is not None and paid > 0:
                cards.earn_in(s, customer, paid, invoice.id, self.user, now)
            s.flush()
            return self._view(s, invoice)

    def receive_in(self, s: Session, invoice: Invoice, amount: Decimal, reference: str) -> InvoiceView:
        """A payer's bank transfer against its invoice (the manufacturer paying a claim, an
        insurer a case), in the caller's transaction: never more than the balance."""
        view = self._view(s, invoice)
        if invoice.kind != "invoice":
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Payments are taken against invoices.")))
        if amount <= 0 or amount > view.balance:
            raise ValidationFailed({"amount": _msg(QT_TRANSLATE_NOOP(
                "Validation", "That is {over} more than the balance of {balance}."),
                over=amount - view.balance, balance=view.balance)})
        s.add(Payment(invoice_id=invoice.id, cashier=self.user, method="transfer", amount=amount,
                      reference=reference[:64], at=self.clock()))
        s.flush()
        return self._view(s, invoice)

    def refund(self, invoice_id: int, method: str, amount: Decimal | str, reference: str = "") -> InvoiceView:
        """Money paid back after a credit left the invoice overpaid (a negative payment)."""
        self.require("billing.credit")
        errors: dict[str, Message] = {}
        value = check_amount(amount, "amount", errors)
        if method not in PAYMENT_METHODS:
            errors["method"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how it is paid."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            invoice = self._invoice(s, invoice_id)
            view = self._view(s, invoice)
            if view.balance >= 0 or value > -view.balance:
                raise ValidationFailed({"amount": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "At most {count} is to be paid back on this invoice."),
                    count=max(-view.balance, ZERO))})
            ref = clean(reference)[:64]
            if method in PREPAID_METHODS:  # back onto the member's card, not out of the drawer
                ref = cards.return_in(s, method, ref, value, invoice.id, self.user, self.clock(), "reference")
            s.add(Payment(invoice_id=invoice.id, cashier=self.user, method=method, amount=-value,
                          reference=ref, at=self.clock()))
            audit.record(s, "refund", "invoice", invoice.id, amount=str(value), method=method)
            s.flush()
            return self._view(s, invoice)

    # fapiao --------------------------------------------------------------------------------

    def record_fapiao(self, invoice_id: int, kind: str, number: str, day: date) -> InvoiceView:
        """The official fapiao issued on the tax platform for this invoice (for a credit
        note: the red-letter fapiao)."""
        self.require("billing.fapiao")
        errors: dict[str, Message] = {}
        digits = clean(number).replace(" ", "")
        if kind not in FAPIAO_TYPES:
            errors["fapiao_type"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose 普票 or 专票."))
        if not digits.isdigit() or not 8 <= len(digits) <= 20:
            errors["fapiao_number"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "A fapiao number has 8 to 20 digits (20 for a fully digital e-invoice)."))
        if day > self.clock().astimezone().date():
            errors["fapiao_date"] = _msg(QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            invoice = self._invoice(s, invoice_id)
            clash = s.scalar(select(Invoice.number).where(Invoice.fapiao_number == digits, Invoice.id != invoice.id))
            if clash:
                raise ValidationFailed({"fapiao_number": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "This fapiao number is already recorded on {number}."), number=clash)})
            if day < invoice.issued_at.astimezone().date():
                raise ValidationFailed({"fapiao_date": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "The fapiao cannot be older than the invoice."))})
            before = invoice.fapiao_number
            invoice.fapiao_type, invoice.fapiao_number, invoice.fapiao_date = kind, digits, day
            invoice.fapiao_by = self.user
            audit.record(s, "fapiao", "invoice", invoice.id, before=before, after=digits, type=kind)
            s.flush()
            return self._view(s, invoice)

    def waiting_for_fapiao(self) -> list[InvoiceRow]:
        """Invoices with nothing recorded yet (left out: those credited in full), and credit
        notes against an invoice that had a fapiao (they need a red-letter one)."""
        with reading(self.db) as s:
            rows = invoice_rows(s, select(Invoice).where(Invoice.fapiao_number == "").order_by(Invoice.id))
            had = set(s.scalars(select(Invoice.id).where(Invoice.fapiao_number != "")))
            credited_of = {i: c for i, c in s.execute(select(Invoice.id, Invoice.credited_invoice_id)
                                                      .where(Invoice.kind == "credit"))}
            credited = {i: Decimal(t or 0) for i, t in s.execute(
                select(Invoice.credited_invoice_id, func.sum(Invoice.total))
                .where(Invoice.credited_invoice_id.is_not(None)).group_by(Invoice.credited_invoice_id))}
            out = []
            for r in rows:
                if (r.kind == "invoice" and r.total + credited.get(r.id, ZERO) > 0) or (r.kind == "credit" and credited_of.get(r.id) in had):
                    out.append(r)
            return out

    # lists and reports ---------------------------------------------------------------------

    def get(self, invoice_id: int) -> InvoiceView:
        with reading(self.db) as s:
            return self._view(s, self._invoice(s, invoice_id))

    def get_in(self, s: Session, invoice: Invoice) -> InvoiceView:
        """An invoice as it stands, in the caller's transaction."""
        return self._view(s, invoice)

    def invoiced_lines_in(self, s: Session, order_id: int) -> set[int]:
        """The order's lines on an invoice (net of credits), in the caller's transaction."""
        return self._invoiced_lines(s, order_id)

    def find(self, number: str) -> InvoiceView | None:
        with reading(self.db) as s:
            inv = s.scalar(select(Invoice).where(Invoice.number == clean(number).upper()))
            return self._view(s, inv) if inv else None

    def invoices(self, since: date | None = None, until: date | None = None, text: str = "",
                 open_only: bool = False, customer_id: int | None = None, limit: int = 500) -> list[InvoiceRow]:
        """Invoices and credit notes, newest first, by issue date (local), number or payer."""
        with reading(self.db) as s:
            q = select(Invoice).order_by(Invoice.id.desc())
            if since is not None:
                q = q.where(Invoice.issued_at >= local_midnight(since))
            if until is not None:
                q = q.where(Invoice.issued_at < local_midnight(until + timedelta(days=1)))
            if customer_id is not None:
                q = q.where(Invoice.customer_id == customer_id)
            word = clean(text)
            if word:
                like = f"%{word}%"
                q = q.where(Invoice.number.ilike(like) | Invoice.payer_name.ilike(like)
                            | Invoice.fapiao_number.like(like))
            rows = invoice_rows(s, q.limit(limit if not open_only else limit * 10))
            if open_only:
                rows = [r for r in rows if r.kind == "invoice" and r.balance != 0][:limit]
            return rows

    def customer_balance(self, customer_id: int) -> tuple[Decimal, int]:
        """What the customer still owes (their own invoices, not the insurer's or the
        manufacturer's), and on how many invoices."""
        open_rows = [r for r in self.invoices(customer_id=customer_id, open_only=True) if r.payer == "customer"]
        return sum((r.balance for r in open_rows), ZERO), len(open_rows)

    # internals -----------------------------------------------------------------------------

    def _payer_party(self, s: Session, payer: str, payer_name: str, customer: Customer,
                     order_id: int) -> tuple[str, str, str]:
        if payer == "customer":
            return customer.name, customer.tax_id if customer.kind == "company" else "", customer.address
        if payer == "warranty":
            return clean(payer_name)[:120] or shop_settings.get(s, "manufacturer_name") or "厂家索赔", "", ""
        if not clean(payer_name):  # an accident repair: the insurer on its case, as the case names it
            found = s.execute(select(Insurer.name, Insurer.branch).join(
                AccidentCase, AccidentCase.insurer_id == Insurer.id).where(AccidentCase.work_order_id == order_id)).first()
            payer_name = f"{found.name} {found.branch}".strip() if found is not None else ""
        if not clean(payer_name):
            raise ValidationFailed({"payer_name": _msg(QT_TRANSLATE_NOOP(
                "Validation", "Enter the insurer's name."))})
        return clean(payer_name)[:120], "", ""

    def _issue(self, s: Session, draft: Draft) -> InvoiceView:
        """Amounts, discount check, number, chain, hash: all in the caller's transaction."""
        computed = rules.amounts([rules.LineIn(Decimal(str(x["net"])), Decimal(str(x["vat_rate"])))
                                  for x in draft.lines], draft.discount)
        gross = sum((to_fen(Decimal(str(x["quantity"])) * Decimal(str(x["unit_price"]))) for x in draft.lines), ZERO)
        given = gross - computed.net
        limit = Decimal(shop_settings.get(s, "discount_limit_pct"))
        # The limit is on what the shop gives its customers: an insurer's or the manufacturer's
        # invoice is at the amounts they assessed or set.
        if draft.kind == "invoice" and draft.payer == "customer" and gross > 0 and given > to_fen(gross * limit / 100):
            # Above the advisors' limit: the manager at the desk, or one who approved on the spot.
            draft.discount_approved_by = self.allowed_by("orders.discount", draft.discount_approved_by)[:64]
        issued_at = self.clock()
        year = issued_at.astimezone().year
        series = CREDIT_SERIES if draft.kind == "credit" else INVOICE_SERIES
        seq = next_number(s, f"{series}{year}")
        pos = next_number(s, CHAIN)  # also the lock: one issue at a time, in order
        last = None if pos == 1 else s.execute(select(Invoice.content_hash, Invoice.issued_at)
                                               .where(Invoice.chain_pos == pos - 1)).first()
        if pos > 1 and last is None:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The invoice chain is broken; run the ledger check.")))
        previous = GENESIS if last is None else last[0]
        if last is not None and issued_at < last[1] - CLOCK_SLACK:
            # Invoices are dated in the order they are issued: a PC whose clock was set back
            # would date this one before the last (and maybe number it in last year's series).
            raise Refused(_msg(QT_TRANSLATE_NOOP(
                "Validation", "This computer's clock is behind the last invoice ({last}). Set the date and "
                "time right, then issue it again."), last=last[1].astimezone().strftime("%Y-%m-%d %H:%M")))
        lines = []
        for i, (x, out) in enumerate(zip(draft.lines, computed.lines, strict=True), 1):
            vat = out.vat if x.get("fixed_vat") is None else Decimal(str(x["fixed_vat"]))
            lines.append(InvoiceLine(
                position=i, kind=str(x["kind"]), description=str(x["description"])[:200],
                part_number=str(x.get("part_number") or ""), quantity=Decimal(str(x["quantity"])),
                unit_price=Decimal(str(x["unit_price"])), discount_pct=Decimal(str(x.get("discount_pct") or 0)),
                vat_rate=Decimal(str(x["vat_rate"])), net=out.net, vat=vat, total=out.net + vat,
                work_order_line_id=x.get("work_order_line_id"), credited_line_id=x.get("credited_line_id")))
        net = sum((made.net for made in lines), ZERO)
        vat_total = sum((made.vat for made in lines), ZERO)
        invoice = Invoice(number=format_number(series, year, seq), series=series, year=year, seq=seq,
                          kind=draft.kind, chain_pos=pos, issued_at=issued_at, issued_by=self.user,
                          work_order_id=draft.work_order_id, customer_id=draft.customer_id, payer=draft.payer,
                          payer_name=draft.payer_name, payer_tax_id=draft.payer_tax_id,
                          payer_address=draft.payer_address, credited_invoice_id=draft.credited_invoice_id,
                          reason=draft.reason, discount=computed.discount,
                          discount_approved_by=draft.discount_approved_by if given > 0 else "",
                          net=net, vat=vat_total, total=net + vat_total, previous_hash=previous, content_hash="")
        invoice.content_hash = hash_of(invoice, lines)
        s.add(invoice)
        s.flush()
        for made in lines:
            made.invoice_id = invoice.id
        s.add_all(lines)
        if invoice.discount_approved_by:
            audit.record(s, "discount-approved", "invoice", invoice.id, by=invoice.discount_approved_by,
                         amount=str(given))
        s.flush()
        return self._view(s, invoice)

    def _invoiced_lines(self, s: Session, order_id: int) -> set[int]:
        """Work order lines that stand on an invoice (net of credits)."""
        credited = {lid: q for lid, q in s.execute(
            select(InvoiceLine.credited_line_id, func.sum(InvoiceLine.quantity))
            .where(InvoiceLine.credited_line_id.is_not(None)).group_by(InvoiceLine.credited_line_id))}
        held: dict[int, Decimal] = {}
        for line_id, wol, qty in s.execute(
                select(InvoiceLine.id, InvoiceLine.work_order_line_id, InvoiceLine.quantity)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(Invoice.work_order_id == order_id, InvoiceLine.work_order_line_id.is_not(None))):
            if wol is not None:
                held[wol] = held.get(wol, ZERO) + qty + Decimal(credited.get(line_id) or 0)
        return {wol for wol, q in held.items() if q > 0}

    def _invoice(self, s: Session, invoice_id: int) -> Invoice:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            raise NotFound("invoice", invoice_id)
        return inv

    def _view(self, s: Session, inv: Invoice) -> InvoiceView:
        lines = list(s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                               .order_by(InvoiceLine.position)))
        credited = {lid: -Decimal(q or 0) for lid, q in s.execute(
            select(InvoiceLine.credited_line_id, func.sum(InvoiceLine.quantity))
            .where(InvoiceLine.credited_line_id.in_([x.id for x in lines])).group_by(InvoiceLine.credited_line_id))}
        payments = s.scalars(select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.id)).all()
        credits = s.execute(select(Invoice.number, Invoice.total).where(Invoice.credited_invoice_id == inv.id)
                            .order_by(Invoice.id)).all()
        original = s.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
        order = s.get(WorkOrder, inv.work_order_id) if inv.work_order_id else None
        return InvoiceView(
            inv.id, inv.number, inv.kind, inv.issued_at, inv.issued_by, inv.work_order_id,
            order.number if order else "", inv.customer_id, inv.payer, inv.payer_name, inv.payer_tax_id,
            inv.payer_address, inv.credited_invoice_id, original.number if original else "", inv.reason,
            inv.discount, inv.net, inv.vat, inv.total, inv.fapiao_type, inv.fapiao_number, inv.fapiao_date,
            tuple(InvoiceLineView(x.id, x.position, x.kind, x.description, x.part_number, x.quantity, x.unit_price,
                                  x.discount_pct, x.vat_rate, x.net, x.vat, x.total, x.work_order_line_id,
                                  credited.get(x.id, ZERO)) for x in lines),
            tuple(PaymentView(p.id, p.at, p.cashier, p.method, p.amount, p.tendered, p.change_given, p.reference)
                  for p in payments),
            tuple((n, t) for n, t in credits), inv.content_hash)
