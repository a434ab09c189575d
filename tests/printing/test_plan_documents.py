"""The plan contract and the card receipt read back from their PDFs, in Chinese: the car,
the period, what the plan includes, the terms and the two signature boxes; the receipt's
balance and the cardholder's signature line (or the PIN's note)."""

from desktop.services.billing.records import CounterLine, PaymentForm
from desktop.services.container import Services
from desktop.services.parts.records import PartForm
from desktop.services.plans.records import ProductForm, SaleForm
from tests.conftest import Workshop
from tests.printing.test_workshop_forms import text


def test_the_contract_and_the_receipt(services: Services, workshop: Workshop) -> None:
    package = next(p.id for p in services.workorders.packages() if p.items)
    product = services.plan_products.save_product(None, ProductForm(
        "MP3", "保养套餐 3 次", "maintenance", "1280", 24, services=3, package_id=package, extras="免费洗车 3 次",
        terms="一、本套餐限登记车辆使用。\n二、到期未使用的次数作废。"))
    plan = services.plans.sell(SaleForm(product.id, workshop.customer_id, workshop.vehicle_id))
    words = text(services.plans.contract_pdf(plan.id, "zh_CN"))
    for expected in ("售后服务合同", plan.number, "张伟", "粤B12345", "保养套餐 3 次", "保养次数", "免费洗车 3 次",
                     "本套餐限登记车辆使用", "到期未使用的次数作废", "客户签字", "1,280.00", plan.ends_on.isoformat()):
        assert expected in words, expected

    services.plan_products.save_level(None, "银卡", "10", "5", "1", 1)
    card_product = services.plan_products.save_product(None, ProductForm(
        "C5000", "银卡 5000 送 400", "card", "5000", 12, bonus="400",
        level_id=services.plan_products.levels()[0].id))
    opened = services.cards.open(workshop.customer_id, card_product.id, "wechat", "wx-9")
    words = text(services.cards.receipt_pdf(opened, "zh_CN"))
    assert opened.entry.kind == "load" and opened.entry.amount == 5000 and opened.entry.balance_after == 5400
    for expected in ("储值卡凭条", opened.card.number, "张伟", "银卡", "5,000.00", "5,400.00", "送 ¥400.00", "持卡人签字"):
        assert expected in words, expected
    pid = services.parts.save_part(PartForm("P1", "机油滤清器", price="100")).part_id
    services.parts.receive(pid, "5", "40")
    services.cards.set_pin(opened.card.id, "123456")
    sale = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, opened.card.number, pin="123456")])
    words = text(services.cards.receipt_pdf(services.cards.receipt_of(opened.card.id), "zh_CN"))
    assert sale.number in words and "已凭密码支付" in words and "持卡人签字" not in words
