"""The books (账务): what is owed and by whom, the day's takings and the cash count, the
invoice chain checked end to end, and the period's invoices and payments for the
accountant.  Reading and checking; issuing and correcting are ``service``'s.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import CardEntry, CashCount, Invoice, InvoiceLine, Payment, WorkOrder
from desktop.models.invoicing import PAYMENT_METHODS
from desktop.services.billing.records import (
    AgeingRow,
    CashReport,
    InvoiceRow,
    LedgerCheck,
    check_amount,
    hash_of,
)
from desktop.services.billing.rules import invoice as rules
from desktop.services.common.money import ZERO
from desktop.services.common.spreadsheet import safe_writer
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import ValidationFailed
from desktop.services.core.files import replacing
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing

GENESIS = "0" * 64  # the hash before the first invoice


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


class LedgerService(Service):

    def receivables(self, today: date | None = None) -> list[AgeingRow]:
        """Open balances per party, aged by the invoice date: 0-30, 31-60, 61-90, > 90 days."""
        today = today or datetime.now(UTC).astimezone().date()
        with reading(self.db) as s:
            rows = invoice_rows(s, select(Invoice).where(Invoice.kind == "invoice").order_by(Invoice.id))
            customers = {i: c for i, c in s.execute(select(Invoice.id, Invoice.customer_id))}
        parties: dict[tuple[str, str], list[Decimal]] = {}
        ids: dict[tuple[str, str], int | None] = {}
        for r in rows:
            if r.balance == 0:
                continue
            key = (r.payer, r.payer_name)
            buckets = parties.setdefault(key, [ZERO, ZERO, ZERO, ZERO])
            buckets[rules.ageing_bucket((today - r.issued_at.astimezone().date()).days)] += r.balance
            ids[key] = customers.get(r.id) if r.payer == "customer" else None
        return sorted((AgeingRow(p, n, ids[(p, n)], (b[0], b[1], b[2], b[3])) for (p, n), b in parties.items()),
                      key=lambda a: (-a.total, a.party))

    def cash_report(self, day: date) -> CashReport:
        """日结: the day's payments per method and per cashier, the cash each drawer should
        hold, and the counts recorded."""
        with reading(self.db) as s:
            payments = list(s.execute(select(Payment.cashier, Payment.method, Payment.amount).where(
                Payment.at >= local_midnight(day), Payment.at < local_midnight(day + timedelta(days=1)))))
            # Money paid into member cards (or paid back from them) goes through the same drawers.
            payments += list(s.execute(select(CardEntry.by, CardEntry.method, CardEntry.amount).where(
                CardEntry.kind.in_(("load", "refund")), CardEntry.method != "",
                CardEntry.at >= local_midnight(day), CardEntry.at < local_midnight(day + timedelta(days=1)))))
            counts = s.execute(select(CashCount).where(CashCount.day == day).order_by(CashCount.id)).scalars().all()
            count_rows = tuple((c.cashier, c.expected, c.counted, c.difference, c.note) for c in counts)
        by_method: dict[str, Decimal] = {}
        by_cashier: dict[tuple[str, str], Decimal] = {}
        for cashier, method, amount in payments:
            by_method[method] = by_method.get(method, ZERO) + amount
            by_cashier[(cashier, method)] = by_cashier.get((cashier, method), ZERO) + amount
        cash = {c: a for (c, m), a in by_cashier.items() if m == "cash"}
        return CashReport(day, tuple((m, by_method[m]) for m in PAYMENT_METHODS if m in by_method),
                          tuple((c, m, a) for (c, m), a in sorted(by_cashier.items())),
                          tuple(sorted(cash.items())), count_rows)

    def record_cash_count(self, day: date, counted: Decimal | str, note: str = "",
                          cashier: str | None = None) -> CashReport:
        """The cash counted in a cashier's drawer at the end of the day; the difference to
        what the payments say is kept (a difference needs a note)."""
        self.require("billing.cash")
        errors: dict[str, Message] = {}
        value = check_amount(counted, "counted", errors, allow_zero=True)
        if errors:
            raise ValidationFailed(errors)
        who = cashier or self.user
        expected = dict(self.cash_report(day).expected_cash).get(who, ZERO)
        if value != expected and not clean(note):
            raise ValidationFailed({"note": _msg(QT_TRANSLATE_NOOP(
                "Validation", "The count differs by {diff} from the expected {expected}; say why."),
                diff=value - expected, expected=expected)})
        with writing(self.db, self.user) as s:
            s.add(CashCount(day=day, cashier=who, expected=expected, counted=value, difference=value - expected,
                            note=clean(note)[:255], user=self.user))
            audit.record(s, "cash-count", "cash_count", None, day=day.isoformat(), cashier=who,
                         expected=str(expected), counted=str(value))
        return self.cash_report(day)

    def verify_ledger(self) -> LedgerCheck:
        """Walk the chain in order of issue: each invoice's hash must match its content and
        its ``previous_hash`` the hash of the one before.  Names the first that does not."""
        with reading(self.db) as s:
            previous = GENESIS
            checked = 0
            expected_pos = 1
            for inv in s.scalars(select(Invoice).order_by(Invoice.chain_pos).execution_options(yield_per=500)):
                lines = list(s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)))
                if inv.chain_pos != expected_pos:
                    return LedgerCheck(checked, inv.number, _msg(QT_TRANSLATE_NOOP(
                        "Validation", "an invoice before it is missing")))
                if inv.previous_hash != previous:
                    return LedgerCheck(checked, inv.number, _msg(QT_TRANSLATE_NOOP(
                        "Validation", "it does not follow the invoice before it")))
                if hash_of(inv, lines) != inv.content_hash:
                    return LedgerCheck(checked, inv.number, _msg(QT_TRANSLATE_NOOP(
                        "Validation", "its content was changed after it was issued")))
                previous = inv.content_hash
                checked += 1
                expected_pos += 1
            return LedgerCheck(checked, None)

    def export_csv(self, invoices_path: Path, payments_path: Path, since: date, until: date) -> tuple[int, int]:
        """For the accountant: the invoices (one row per line) and the payments of a period,
        as UTF-8 CSV that Excel opens."""
        self.require("billing.books")
        start, end = local_midnight(since), local_midnight(until + timedelta(days=1))
        with reading(self.db) as s:
            invoices = list(s.scalars(select(Invoice).where(Invoice.issued_at >= start, Invoice.issued_at < end)
                                      .order_by(Invoice.chain_pos)))
            n_lines = 0
            with replacing(invoices_path) as handle:
                w = safe_writer(handle)
                w.writerow(["单号", "类型", "开具时间", "付款方", "付款方名称", "税号", "原发票", "工单号", "行",
                            "项目", "配件号", "数量", "单价", "折扣%", "税率", "不含税金额", "税额", "价税合计",
                            "发票类型", "发票号码", "发票日期"])
                for inv in invoices:
                    original = s.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
                    order = s.get(WorkOrder, inv.work_order_id) if inv.work_order_id else None
                    for x in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                                       .order_by(InvoiceLine.position)):
                        w.writerow([inv.number, "红字" if inv.kind == "credit" else "发票",
                                    inv.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"), inv.payer, inv.payer_name,
                                    inv.payer_tax_id, original.number if original else "",
                                    order.number if order else "", x.position, x.description, x.part_number,
                                    x.quantity, x.unit_price, x.discount_pct, x.vat_rate, x.net, x.vat, x.total,
                                    inv.fapiao_type, inv.fapiao_number, inv.fapiao_date or ""])
                        n_lines += 1
            payments = s.execute(select(Payment, Invoice.number).join(Invoice, Invoice.id == Payment.invoice_id)
                                 .where(Payment.at >= start, Payment.at < end).order_by(Payment.id)).all()
            with replacing(payments_path) as handle:
                w = safe_writer(handle)
                w.writerow(["时间", "单号", "方式", "金额", "实收现金", "找零", "参考号", "收银员"])
                for p, number in payments:
                    w.writerow([p.at.astimezone().strftime("%Y-%m-%d %H:%M"), number, p.method, p.amount,
                                p.tendered, p.change_given, p.reference, p.cashier])
            return n_lines, len(payments)


def invoice_rows(s: Session, q: object) -> list[InvoiceRow]:
    invoices = list(s.scalars(q))  # type: ignore[call-overload]
    if not invoices:
        return []
    ids = [i.id for i in invoices]
    paid = {i: Decimal(v or 0) for i, v in s.execute(
        select(Payment.invoice_id, func.sum(Payment.amount)).where(Payment.invoice_id.in_(ids))
        .group_by(Payment.invoice_id))}
    credits = {i: Decimal(v or 0) for i, v in s.execute(
        select(Invoice.credited_invoice_id, func.sum(Invoice.total)).where(Invoice.credited_invoice_id.in_(ids))
        .group_by(Invoice.credited_invoice_id))}
    orders = {i: n for i, n in s.execute(select(WorkOrder.id, WorkOrder.number).where(
        WorkOrder.id.in_({i.work_order_id for i in invoices if i.work_order_id})))}
    return [InvoiceRow(i.id, i.number, i.kind, i.issued_at, i.payer, i.payer_name,
                       orders.get(i.work_order_id or 0, ""), i.total,
                       ZERO if i.kind == "credit" else i.total + credits.get(i.id, ZERO) - paid.get(i.id, ZERO),
                       i.fapiao_number) for i in invoices]


def local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)

