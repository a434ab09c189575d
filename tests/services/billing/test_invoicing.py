import multiprocessing
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from desktop.db import Database
from desktop.models import Invoice
from desktop.services.billing.ledger import LedgerService
from desktop.services.billing.records import CounterLine, PaymentForm
from desktop.services.billing.service import InvoicingService
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Approval, Desk, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.parts.records import PartForm
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop


def delivered_order(services: Services, workshop: Workshop, deliver: bool = True) -> int:
    """Oil service for the customer, a warranty repair for the manufacturer."""
    w = services.workorders
    services.settings.set("warranty_labour_rate", "200")  # the manufacturer's rate: the warranty line's price
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=15000, concern="保养，异响"))
    o = w.add_line(o.id, o.version, LineForm("labour", "更换机油机滤", "0.5", "200"))
    o = w.add_line(o.id, o.version, LineForm("part", "机油 5W-30 4L", "1", "388.00"))
    o = w.add_line(o.id, o.version, LineForm("part", "机油滤清器", "1", "58.00", discount_pct="10"))
    o = w.add_line(o.id, o.version, LineForm("labour", "更换减震器（保修）", "1.5", "80", payer="warranty",
                                                   warranty_component="vehicle"))
    o = w.move(o.id, o.version, "estimated")
    o = w.move(o.id, o.version, "authorized", signed_by="张伟")
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    o = w.move(o.id, o.version, "in_progress")
    o = w.move(o.id, o.version, "quality_check")
    o = w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    if deliver:
        o = w.move(o.id, o.version, "delivered")
    return o.id


def test_an_order_settles_by_payer_with_split_payment_and_a_credit(services: Services, workshop: Workshop) -> None:
    order_id = delivered_order(services, workshop)
    money = InvoicingService(services.db, "收银员小李")
    bill = money.settlement(order_id)
    assert [b.payer for b in bill.bills] == ["customer", "warranty"]
    assert bill.bills[0].net == Decimal("100.00") + Decimal("388.00") + Decimal("52.20")
    inv = money.issue_for_order(order_id, "customer")
    assert inv.number.startswith("INV") and inv.number.endswith("-000001")
    assert inv.net == Decimal("540.20") and inv.vat == Decimal("70.23") and inv.total == Decimal("610.43")
    assert sum(x.vat for x in inv.lines) == inv.vat
    with pytest.raises(Refused):
        money.issue_for_order(order_id, "customer")  # invoiced already
    warranty = money.issue_for_order(order_id, "warranty", payer_name="一汽-大众销售有限责任公司")
    assert warranty.number.endswith("-000002") and warranty.total == Decimal("339.00")

    with pytest.raises(ValidationFailed):
        money.take_payment(inv.id, [PaymentForm("wechat", "700.00", "4200001234")])  # more than due
    with pytest.raises(ValidationFailed):
        money.take_payment(inv.id, [PaymentForm("wechat", "-5")])
    inv = money.take_payment(inv.id, [PaymentForm("wechat", "500.00", "4200001234"),
                                      PaymentForm("cash", tendered="200")])
    assert inv.balance == 0
    cash = next(p for p in inv.payments if p.method == "cash")
    assert (cash.amount, cash.tendered, cash.change_given) == (Decimal("110.43"), 200, Decimal("89.57"))

    oil_filter = next(x for x in inv.lines if x.description == "机油滤清器")
    with pytest.raises(ValidationFailed):
        money.credit(inv.id, {oil_filter.id: "2"}, "多开了一件")  # more than was invoiced
    with pytest.raises(ValidationFailed):
        money.credit(inv.id, {oil_filter.id: "1"}, "")  # needs its reason
    note = money.credit(inv.id, {oil_filter.id: "1"}, "客户自带机滤")
    assert note.number.startswith("CN") and note.total == -(oil_filter.total) and note.kind == "credit"
    inv = money.get(inv.id)
    assert inv.credited == oil_filter.total and inv.balance == -oil_filter.total  # to pay back
    with pytest.raises(ValidationFailed):
        money.credit(inv.id, {oil_filter.id: "1"}, "again")  # nothing left on that line
    inv = money.refund(inv.id, "cash", oil_filter.total)
    assert inv.balance == 0
    # The credited line can be invoiced again (e.g. at a corrected price).
    assert money.settlement(order_id).bills[0].uninvoiced == (oil_filter.work_order_line_id,)
    assert money.customer_balance(workshop.customer_id) == (Decimal(0), 0)
    ageing = LedgerService(money.db).receivables()
    assert [(a.payer, a.total) for a in ageing] == [("warranty", Decimal("339.00"))]
    report = LedgerService(money.db).cash_report(date.today())
    assert dict(report.by_method) == {"cash": Decimal("110.43") - oil_filter.total, "wechat": Decimal("500.00")}
    assert LedgerService(money.db).verify_ledger().ok and LedgerService(money.db).verify_ledger().checked == 3


def test_issuing_needs_a_finished_order_and_a_manager_for_big_discounts(services: Services,
                                                                         workshop: Workshop) -> None:
    w = services.workorders
    order_id = delivered_order(services, workshop, deliver=False)
    money = InvoicingService(services.db)
    o = w.get(order_id)
    o = w.move(o.id, o.version, "in_progress", note="复检")  # back in the workshop
    with pytest.raises(Refused):
        money.issue_for_order(order_id, "customer")
    o = w.add_line(o.id, o.version, LineForm("labour", "四轮定位", "1", "200"))
    assert o.has_pending  # found during the repair: the customer must answer first
    with pytest.raises(Refused):
        money.issue_for_order(order_id, "customer")
    o = w.approve_line(o.id, o.version, o.lines[-1].id, "张伟", "phone", approve=False)
    o = w.move(o.id, o.version, "quality_check")
    o = w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    cashier = Desk(Actor("sun", "孙收银", roles=frozenset({"cashier"}), permissions=DEFAULT_GRANTS["cashier"]))
    at_counter = InvoicingService(services.db, cashier)
    with pytest.raises(NotPermitted) as err:
        at_counter.issue_for_order(order_id, "customer", invoice_discount="100")  # about 19 %
    assert err.value.approvable and "discount" in err.value.message.render()
    with cashier.approved(Approval("zhou", "周经理", frozenset({"orders.discount"}))):
        inv = at_counter.issue_for_order(order_id, "customer", invoice_discount="100")
    assert inv.discount == 100 and inv.net == Decimal("440.20")
    with services.db.engine.connect() as conn:
        entries = conn.execute(text("SELECT action, \"user\", approved_by, outcome FROM audit_entry "
                                    "WHERE action IN ('refused', 'discount-approved') ORDER BY id")).all()
    assert [tuple(e) for e in entries] == [("refused", "sun", "", "refused"),
                                           ("discount-approved", "sun", "zhou", "done")]
    with pytest.raises(ValidationFailed):
        money.issue_for_order(order_id, "internal")


def test_counter_sale_takes_the_part_off_the_shelf(services: Services) -> None:
    pid = services.parts.save_part(PartForm("WIPER", "雨刮片", price="45")).part_id
    services.parts.receive(pid, "10", "20")
    money = InvoicingService(services.db)
    with pytest.raises(ValidationFailed):
        money.counter_sale([CounterLine("WIPER", "20")])  # only 10 on the shelf
    inv = money.counter_sale([CounterLine("wiper", "2")], buyer="路过客户")
    assert inv.total == Decimal("101.70") and services.parts.stock(pid).on_hand == 8
    assert [r.number for r in money.waiting_for_fapiao()] == [inv.number]
    with pytest.raises(ValidationFailed):
        money.record_fapiao(inv.id, "ordinary", "12ab", date.today())
    money.record_fapiao(inv.id, "ordinary", "25442000000123456789", date.today())
    assert money.waiting_for_fapiao() == []
    note = money.credit(inv.id, None, "退货")
    assert [r.number for r in money.waiting_for_fapiao()] == [note.number]  # needs a red-letter fapiao


def test_an_issued_invoice_cannot_be_changed_even_in_sql(services: Services, tmp_path: Path) -> None:
    pid = services.parts.save_part(PartForm("P1", "配件", price="10")).part_id
    services.parts.receive(pid, "5", "5")
    money = InvoicingService(services.db)
    inv = money.counter_sale([CounterLine("P1", "1")])
    for statement in ("UPDATE invoice SET total = 1", "DELETE FROM invoice",
                      "UPDATE invoice_line SET net = 1", "DELETE FROM invoice_line"):
        with pytest.raises(DBAPIError), services.db.write() as s:
            s.execute(text(statement))
    assert money.get(inv.id).total == Decimal("11.30")
    money.record_fapiao(inv.id, "special", "12345678", date.today())  # the fapiao record may be written
    assert LedgerService(money.db).verify_ledger().ok
    # Behind the program's back, with the triggers removed, a change is found by the chain.
    if services.db.engine.dialect.name == "sqlite":
        second = money.counter_sale([CounterLine("P1", "1")])
        with services.db.write() as s:
            s.execute(text("DROP TRIGGER invoice_frozen"))
            s.execute(text("UPDATE invoice SET payer_name = '别人' WHERE id = :i"), {"i": inv.id})
        check = LedgerService(money.db).verify_ledger()
        assert not check.ok and check.first_bad == inv.number and second.number != check.first_bad


def test_export_for_the_accountant(services: Services, workshop: Workshop, tmp_path: Path) -> None:
    order_id = delivered_order(services, workshop)
    money = InvoicingService(services.db)
    inv = money.issue_for_order(order_id, "customer")
    money.take_payment(inv.id, [PaymentForm("alipay", str(inv.total), "2026112322001")])
    lines, payments = LedgerService(money.db).export_csv(tmp_path / "inv.csv", tmp_path / "pay.csv",
                                       date.today() - timedelta(days=1), date.today())
    assert (lines, payments) == (3, 1)
    assert "INV" in (tmp_path / "inv.csv").read_text("utf-8-sig")


def _issue_many(url: str, n: int, who: str) -> None:
    db = Database(url)
    money = InvoicingService(db, who)
    for _ in range(n):
        money.counter_sale([CounterLine("P1", "1")])
    db.dispose()


def test_four_workstations_issue_invoices_and_move_stock_without_gap_or_duplicate(db: Database) -> None:
    """Four desks at once (on one PC's file, and on the shop's server): every invoice number
    taken once, none skipped, the chain unbroken, and the stock exactly what was sold."""
    sqlite_db = db
    services = Services.create(sqlite_db)
    pid = services.parts.save_part(PartForm("P1", "配件", price="10")).part_id
    services.parts.receive(pid, "2000", "5")
    url = sqlite_db.engine.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_issue_many, args=(url, 250, f"pc{i}")) for i in (1, 2, 3, 4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    with sqlite_db.read() as s:
        seqs = sorted(s.scalars(select(Invoice.seq).where(Invoice.series == "INV")))
        users = set(s.scalars(select(Invoice.issued_by)))
    assert seqs == list(range(1, 1001)) and users == {"pc1", "pc2", "pc3", "pc4"}
    assert LedgerService(sqlite_db).verify_ledger().checked == 1000
    assert services.parts.stock(pid).on_hand == 1000


def test_an_exempt_line_carries_no_vat_on_the_order_and_the_invoice(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=15000, concern="年检"))
    o = w.add_line(o.id, o.version, LineForm("labour", "代办年检（免税）", "1", "100", vat_rate="0"))
    o = w.add_line(o.id, o.version, LineForm("labour", "检测", "1", "100"))
    with pytest.raises(ValidationFailed):
        w.add_line(o.id, o.version, LineForm("labour", "错税率", "1", "100", vat_rate="0.5"))
    assert o.totals.vat == Decimal("13.00") and o.totals.total == Decimal("213.00")
    for target in ("estimated", "authorized", "in_progress", "quality_check", "ready"):
        kw = {"signed_by": "张伟"} if target == "authorized" else {"inspector_id": workshop.inspector} \
            if target == "ready" else {}
        if target == "in_progress":
            o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
        o = w.move(o.id, o.version, target, **kw)
    inv = InvoicingService(services.db).issue_for_order(o.id, "customer")
    assert [x.vat_rate for x in inv.lines] == [Decimal("0.0000"), Decimal("0.1300")]
    assert inv.vat == Decimal("13.00") and inv.total == o.totals.total


def test_invoices_are_dated_by_the_clock_in_the_order_they_are_issued(services: Services, workshop: Workshop) -> None:
    """The clock stamps the invoice, its year's series and the payment; a PC whose clock
    was set back (more than a few minutes behind the last invoice) is refused, not
    allowed to date an invoice before the one issued before it."""
    from datetime import UTC, datetime

    first, second = delivered_order(services, workshop), delivered_order(services, workshop)
    moment = [datetime(2025, 12, 30, 15, 0, tzinfo=UTC)]  # last year, whatever the zone
    money = InvoicingService(services.db, "qian", clock=lambda: moment[0])
    inv = money.issue_for_order(first, "customer")
    assert inv.issued_at == moment[0] and inv.number.startswith(f"INV{moment[0].astimezone().year}")
    paid = money.take_payment(inv.id, [PaymentForm("wechat", inv.total, "4200001234")])
    assert paid.payments[0].at == moment[0]
    moment[0] -= timedelta(hours=1)  # the next PC is an hour behind
    with pytest.raises(Refused) as refused:
        money.issue_for_order(second, "customer")
    assert "clock is behind" in refused.value.message.render()
    moment[0] += timedelta(minutes=55)  # a few minutes behind: the desks' clocks differ a little
    assert money.issue_for_order(second, "customer").number.endswith("-000002")
    assert LedgerService(services.db).verify_ledger().ok
