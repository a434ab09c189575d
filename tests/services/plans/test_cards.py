"""Member cards: money paid in with its bonus and level, paying invoices (balance and PIN
checked, never below zero, also with two workstations charging at once), the member's
discount on the order, points earned and paid with, coupons redeemed once, a lost card
replaced with its balance, the manager's refund (the bonus stays), the cash drawer, and
the liability equal to money paid in minus money used."""

import multiprocessing
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import CardEntry, MemberCard
from desktop.services.billing.records import CounterLine, PaymentForm
from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.parts.records import PartForm
from desktop.services.plans.records import ProductForm
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop


def silver(services: Services) -> tuple[int, int]:
    """The 银卡: pay 5,000, get 500 more, 10 % off labour, 5 % off parts, 2 points a yuan."""
    services.plan_products.save_level(None, "普通", "0", "0", "1", 0)
    level = services.plan_products.save_level(None, "银卡", "10", "5", "2", 1)
    product = services.plan_products.save_product(None, ProductForm("VIP5000", "储值卡 5000 送 500", "card", "5000",
                                                                    12, bonus="500", level_id=level.id))
    return product.id, level.id


def a_part(services: Services, price: str = "100") -> None:
    pid = services.parts.save_part(PartForm("P1", "机油滤清器", price=price)).part_id
    services.parts.receive(pid, "200", str(Decimal(price) * Decimal("0.4")))


def test_a_card_is_opened_pays_an_invoice_and_keeps_its_ledger(services: Services, workshop: Workshop) -> None:
    product, _ = silver(services)
    with pytest.raises(ValidationFailed) as bad:
        services.cards.open(workshop.customer_id, product, "stored", pin="12")
    assert {"method", "pin"} <= set(bad.value.errors)
    receipt = services.cards.open(workshop.customer_id, product, "cash", pin="246810")
    card = receipt.card
    assert card.balance == Decimal("5500.00") and card.paid_in == Decimal("5000.00") and card.level == "银卡"
    assert card.has_pin and receipt.entry.balance_after == Decimal("5500.00")
    a_part(services)
    sale = services.invoicing.counter_sale([CounterLine("P1", "2")], customer_id=workshop.customer_id)
    with pytest.raises(ValidationFailed, match="PIN"):
        services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, card.number, pin="000000")])
    with pytest.raises(ValidationFailed):  # more than the bill
        services.invoicing.take_payment(sale.id, [PaymentForm("stored", "9999", card.number, pin="246810")])
    paid = services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, card.number, pin="246810")])
    assert paid.balance == 0 and paid.payments[0].reference == card.number
    after = services.cards.get(card.id)
    assert after.balance == Decimal("5500.00") - sale.total and after.used == sale.total
    assert after.points == 0  # the card paid: no points for money already held
    entries = services.cards.entries(card.id)
    assert [e.kind for e in entries] == ["load", "bonus", "spend"] and entries[-1].invoice == sale.number
    assert sum(e.amount for e in entries) == after.balance
    # the cash paid in is in the drawer
    report = services.ledger.cash_report(date.today())
    assert dict(report.expected_cash)["anna"] == Decimal("5000.00")


def test_more_than_the_balance_is_refused_and_nothing_is_half_paid(services: Services, workshop: Workshop) -> None:
    services.plan_products.save_level(None, "普通", "0", "0", "1", 0)
    small = services.plan_products.save_product(None, ProductForm("C100", "储值卡 100", "card", "100", 12))
    card = services.cards.open(workshop.customer_id, small.id, "wechat", "wx-1").card
    a_part(services, "200")
    sale = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    with pytest.raises(ValidationFailed, match="holds only"):
        services.invoicing.take_payment(sale.id, [PaymentForm("wechat", "10", "wx-2"),
                                                  PaymentForm("stored", "150", card.number)])
    assert services.invoicing.get(sale.id).payments == () and services.cards.get(card.id).balance == Decimal("100")
    view = services.invoicing.take_payment(sale.id, [PaymentForm("stored", "100", card.number),
                                                     PaymentForm("alipay", sale.total - 100, "ali-1")])
    assert view.balance == 0 and services.cards.get(card.id).balance == 0


def test_member_discount_points_and_coupons(services: Services, workshop: Workshop) -> None:
    product, _ = silver(services)
    card = services.cards.open(workshop.customer_id, product, "card", "POS-1").card
    w = services.workorders
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=12000, concern="保养"))
    o = w.add_line(o.id, o.version, LineForm("labour", "更换机油", "1", "200"))
    o = w.add_line(o.id, o.version, LineForm("part", "机油", "1", "400"))
    o = w.add_line(o.id, o.version, LineForm("part", "滤芯", "1", "100", discount_pct="20"))  # its own discount
    assert [x.discount_pct for x in o.lines] == [Decimal("10"), Decimal("5"), Decimal("20")]
    assert o.totals.net == Decimal("180.00") + Decimal("380.00") + Decimal("80.00")

    a_part(services)
    sale = services.invoicing.counter_sale([CounterLine("P1", "3")], customer_id=workshop.customer_id)
    services.invoicing.take_payment(sale.id, [PaymentForm("wechat", sale.total, "wx")])
    points = services.cards.get(card.id).points
    assert points == int(sale.total * 2)
    coupon = services.coupons.issue("双十一", "20", date.today(), date.today() + timedelta(days=30),
                                    customer_ids=[workshop.customer_id], min_spend="100")[0]
    sale2 = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    with pytest.raises(ValidationFailed):  # a coupon pays its value, not more
        services.invoicing.take_payment(sale2.id, [PaymentForm("coupon", "30", coupon.code)])
    with pytest.raises(ValidationFailed):
        services.invoicing.take_payment(sale2.id, [PaymentForm("points", "0.005", card.number)])
    with pytest.raises(ValidationFailed, match="only"):  # more points than the card has
        services.invoicing.take_payment(sale2.id, [PaymentForm("points", "100.00", card.number)])
    paid = services.invoicing.take_payment(sale2.id, [PaymentForm("coupon", "20", coupon.code),
                                                      PaymentForm("points", "5.00", card.number),
                                                      PaymentForm("cash", sale2.total - 25)])
    assert paid.balance == 0
    assert services.cards.get(card.id).points == points - 500 + int((sale2.total - 25) * 2)
    sale3 = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    with pytest.raises(ValidationFailed, match="already been used"):
        services.invoicing.take_payment(sale3.id, [PaymentForm("coupon", "20", coupon.code)])
    assert services.coupons.coupons(open_only=True) == []


def test_a_lost_card_is_replaced_and_a_refund_keeps_the_bonus(services: Services, workshop: Workshop) -> None:
    product, _ = silver(services)
    old = services.cards.open(workshop.customer_id, product, "cash", number="VIP000777", pin="135790").card
    a_part(services, "1000")
    sale = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, old.number, pin="135790")])
    new = services.cards.replace(old.id, "VIP000778")
    assert new.balance == Decimal("5500.00") - sale.total and new.replaces == "VIP000777" and new.has_pin
    assert services.cards.get(old.id).state == "lost" and services.cards.get(old.id).balance == 0
    sale2 = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    with pytest.raises(ValidationFailed, match="cannot be used"):
        services.invoicing.take_payment(sale2.id, [PaymentForm("stored", "10", old.number, pin="135790")])
    # paid 5,000, used 1,130: 3,870 goes back, the 500 bonus does not
    assert services.cards.refundable(new.id) == Decimal("5000.00") - sale.total
    receipt = services.cards.refund(new.id, "transfer", "客户搬家", reference="BANK-1")
    assert receipt.card.state == "refunded" and receipt.card.balance == 0
    with pytest.raises(Refused):
        services.cards.refund(new.id, "cash", "again")
    months = services.plans.liability(months=2)
    assert months[-1].cards_end == 0 and months[-1].paid_in == Decimal("5000.00")
    assert months[-1].refunded == Decimal("5000.00") - sale.total


def test_the_liability_is_money_paid_in_minus_money_used(services: Services, workshop: Workshop) -> None:
    product, _ = silver(services)
    card = services.cards.open(workshop.customer_id, product, "cash").card
    services.cards.load(card.id, "wechat", amount="300", reference="wx")
    a_part(services)
    sale = services.invoicing.counter_sale([CounterLine("P1", "4")], customer_id=workshop.customer_id)
    services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, card.number)])
    month = services.plans.liability(months=1)[-1]
    assert month.paid_in == Decimal("5300.00") and month.bonus == Decimal("500.00") and month.used == sale.total
    assert month.cards_end == month.paid_in + month.bonus - month.used == services.cards.get(card.id).balance


def _charge_many(url: str, number: str, times: int, who: str) -> None:
    db = Database(url)
    s = Services.create(db, who)
    for _ in range(times):
        sale = s.invoicing.counter_sale([CounterLine("P1", "1")])
        try:
            s.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, number)])
        except ValidationFailed:
            s.invoicing.take_payment(sale.id, [PaymentForm("cash", sale.total)])
    db.dispose()


def test_four_workstations_charge_the_same_card_and_it_never_goes_below_zero(db: Database) -> None:
    sqlite_db = db
    services = Services.create(sqlite_db)
    product = services.plan_products.save_product(None, ProductForm("C1000", "储值卡 1000", "card", "1000", 12))
    from desktop.services.customers.records import CustomerForm

    customer = services.customers.create_customer(CustomerForm(name="钱七", phones=["13500000000"]))
    card = services.cards.open(customer.id, product.id, "cash").card
    a_part(services, "10")  # ¥11.30 a sale: the card pays 88 of the 4 × 30
    url = sqlite_db.engine.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_charge_many, args=(url, card.number, 30, f"pc{i}")) for i in (1, 2, 3, 4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    with sqlite_db.read() as s:
        balance = s.scalar(select(MemberCard.balance).where(MemberCard.id == card.id))
        ledger = s.scalar(select(func.sum(CardEntry.amount)).where(CardEntry.card_id == card.id))
        spent = s.scalar(select(func.count()).where(CardEntry.card_id == card.id, CardEntry.kind == "spend"))
    assert balance == ledger == Decimal("1000.00") - spent * Decimal("11.30") >= 0
    assert spent == 88 and balance == Decimal("5.60")


def test_money_paid_back_on_a_card_paid_invoice_goes_back_onto_the_card(services: Services,
                                                                        workshop: Workshop) -> None:
    product, _ = silver(services)
    card = services.cards.open(workshop.customer_id, product, "cash").card
    a_part(services)
    sale = services.invoicing.counter_sale([CounterLine("P1", "2")], customer_id=workshop.customer_id)
    services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, card.number)])
    services.invoicing.credit(sale.id, None, "客户退货")
    with pytest.raises(ValidationFailed):  # a coupon is not given back
        services.invoicing.refund(sale.id, "coupon", sale.total, "QXXXX")
    services.invoicing.refund(sale.id, "stored", sale.total, card.number)
    after = services.cards.get(card.id)
    assert after.balance == Decimal("5500.00") and after.used == 0
    assert services.cards.refundable(card.id) == Decimal("5000.00")
    assert services.plans.liability(months=1)[-1].used == 0
