"""The plans and cards page at the counter: products and a level set up (a bad price shown
under its field), a plan sold for the customer's car and its contract printed, the plan
used from the work order's tab, a card opened with a PIN (a short PIN refused where it was
typed), paid into, paying an invoice in the payment dialog (a wrong PIN refused on its
row, nothing taken), a lost card replaced, coupons issued, the liability shown."""

from decimal import Decimal

from desktop.services.billing.records import CounterLine, PaymentForm
from desktop.services.container import Services
from desktop.services.parts.records import PartForm
from desktop.services.workorders.records import ReceptionForm
from tests.conftest import Workshop

from desktop.views.billing.dialogs import PaymentDialog
from desktop.views.plans.order_tab import PlansOrderTab
from desktop.views.plans.page import PlansPage


def test_products_plans_and_cards_through_the_page(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                   answers, monkeypatch, tmp_path) -> None:
    page = PlansPage(services)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.products)
    level = page.products.do_level(new=True)
    assert level is not None
    level.name.setText("银卡")
    level.labour.setText("60")  # above the 50 % a level may give
    level.save()
    assert level.errors.text("labour_pct")
    level.labour.setText("10")
    level.parts.setText("5")
    level.save()
    assert page.products.levels.rowCount() == 1
    product = page.products.do_product(new=True)
    assert product is not None
    product.code.setText("MP3")
    product.name.setText("保养套餐 3 次")
    product.kind.setCurrentIndex(product.kind.findData("maintenance"))
    assert product.widgets["services"].isVisibleTo(product) and not product.widgets["bonus"].isVisibleTo(product)
    product.price.setText("abc")
    product.services_.setText("3")
    product.save()
    assert product.errors.text("price")
    product.price.setText("1280")
    product.save()
    card_product = page.products.do_product(new=True)
    assert card_product is not None
    card_product.code.setText("C5000")
    card_product.name.setText("银卡 5000 送 400")
    card_product.kind.setCurrentIndex(card_product.kind.findData("card"))
    card_product.price.setText("5000")
    card_product.bonus.setText("400")
    card_product.level.setCurrentIndex(card_product.level.findData(services.plan_products.levels()[0].id))
    card_product.save()
    assert page.products.products.rowCount() == 2

    page.tabs.setCurrentWidget(page.plans)
    sell = page.plans.do_sell()
    sell.picker.query.setText("粤B12345")
    sell.picker.run_search()
    assert sell.car.count() == 1
    sell.save()
    assert sell.result_ is not None and page.plans.rows.rowCount() == 1
    assert sell.result_.invoice in page.plans.error.text()
    page.plans.view.selectRow(0)
    shown: list[bytes] = []
    monkeypatch.setattr("desktop.views.shared.print_preview.PrintPreview.open", lambda self: shown.append(self.pdf))
    assert page.plans.do_print() is not None and shown and shown[0].startswith(b"%PDF")

    order = services.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=12000,
                                                         concern="保养"))
    tab = PlansOrderTab(services)
    qtbot.addWidget(tab)
    changed: list[object] = []
    tab.order_changed.connect(changed.append)
    tab.show_order(order)
    assert tab.rows.rowCount() == 1 and tab.use_button.isEnabled()
    answers["ask_item"].append(next(f"{p.code} {p.name}" for p in services.workorders.packages()))
    tab.do_use()
    assert not tab.error.text(), tab.error.text()
    assert changed and {x.payer for x in changed[0].lines} == {"plan"}  # type: ignore[attr-defined]
    assert services.plans.get(sell.result_.id).left == 2

    page.tabs.setCurrentWidget(page.cards)
    opened = page.cards.do_open()
    opened.picker.query.setText("张伟")
    opened.picker.run_search()
    opened.pin.setText("12")
    opened.save()
    assert opened.errors.text("pin") and opened.result_ is None
    opened.pin.setText("246810")
    opened.save()
    assert opened.result_ is not None and opened.result_.card.balance == Decimal("5400.00")
    page.cards.view.selectRow(0)
    assert page.cards.entries.rowCount() == 2  # paid in, bonus
    load = page.cards.do_load()
    assert load is not None
    load.amount.setText("100")
    load.method.setCurrentIndex(load.method.findData("wechat"))
    load.save()
    assert load.result_ is not None and load.result_.card.balance == Decimal("5500.00")

    pid = services.parts.save_part(PartForm("P1", "机油滤清器", price="100")).part_id
    services.parts.receive(pid, "10", "40")
    sale = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    pay = PaymentDialog(services, sale)
    qtbot.addWidget(pay)
    assert "stored" in pay.amounts and pay.references["stored"].text() == opened.result_.card.number
    pay.amounts["stored"].setText(f"{sale.total:.2f}")
    pay.pin.setText("000000")
    pay.save()
    assert pay.errors.text("reference_stored") and services.invoicing.get(sale.id).balance == sale.total
    pay.pin.setText("246810")
    pay.save()
    assert services.invoicing.get(sale.id).balance == 0

    answers["ask_text"].append("")
    page.cards.view.selectRow(0)
    page.cards.do_replace()
    page.cards.refresh()
    assert page.cards.rows.rowCount() == 1 and page.cards.rows.row(0).balance == Decimal("5500.00") - sale.total
    page.cards.view.selectRow(0)
    assert page.cards.do_print() is not None

    old = tmp_path / "old.csv"
    old.write_text("卡号,手机号码,卡内余额\nVIP000001,13900000000,10\n", encoding="utf-8-sig")
    answers["open_file"].append(str(old))
    page.cards.do_take_over()
    assert "2" in page.cards.error.text() and services.cards.find("VIP000001") is None  # row 2: unknown phone
    old.write_text("卡号,手机号码,卡内余额\nVIP000001,13812345678,10\n", encoding="utf-8-sig")
    answers["open_file"].append(str(old))
    page.cards.do_take_over()
    assert services.cards.find("VIP000001") is not None

    page.tabs.setCurrentWidget(page.coupons)
    coupons = page.coupons.do_issue()
    coupons.campaign.setText("冬季关爱")
    coupons.value.setText("50")
    coupons.members.setChecked(True)
    coupons.save()
    assert coupons.issued == 1 and page.coupons.rows.rowCount() == 1
    page.tabs.setCurrentWidget(page.liability)
    assert page.liability.rows.rowCount() == 12
    assert page.liability.rows.row(11).cards_end == Decimal("5510.00") - sale.total  # with the card taken over


def test_paying_back_a_card_paid_invoice_onto_the_card(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                       answers) -> None:
    from desktop.services.plans.records import ProductForm

    from desktop.views.billing.page import InvoicesPage

    product = services.plan_products.save_product(None, ProductForm("C1000", "储值卡 1000", "card", "1000", 12))
    card = services.cards.open(workshop.customer_id, product.id, "cash").card
    pid = services.parts.save_part(PartForm("P1", "机油滤清器", price="100")).part_id
    services.parts.receive(pid, "10", "40")
    sale = services.invoicing.counter_sale([CounterLine("P1", "1")], customer_id=workshop.customer_id)
    services.invoicing.take_payment(sale.id, [PaymentForm("stored", sale.total, card.number)])
    services.invoicing.credit(sale.id, None, "退货")
    page = InvoicesPage(services)
    qtbot.addWidget(page)
    page.refresh(select_id=sale.id)
    assert page.current is not None and page.current.id == sale.id
    answers["ask_text"].append(f"{sale.total:.2f}")
    answers["ask_item"].append(page.tr("Onto member card %1").replace("%1", card.number))
    page.pay()
    assert services.invoicing.get(sale.id).balance == 0 and services.cards.get(card.id).balance == Decimal("1000.00")
