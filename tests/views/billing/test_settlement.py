from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from desktop.config import Settings
from desktop.services.container import Services
from desktop.services.core.desk import Actor
from desktop.services.users.records import UserForm
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from tests.conftest import Workshop
from tests.services.billing.test_invoicing import delivered_order

from desktop.views.billing.dialogs import CreditDialog, PaymentDialog, SettlementDialog
from desktop.views.main_window import MainWindow


def test_the_cashier_settles_a_delivered_order(qtbot, services: Services, workshop: Workshop, type_into,  # type: ignore[no-untyped-def]
                                               answers, tmp_path: Path) -> None:
    order_id = delivered_order(services, workshop)
    services.users.add_user(UserForm("周经理", "zhou", ("manager",), password="Zhou#Boss02"))
    services.desk.sign_in(Actor("sun", "孙收银", roles=frozenset({"cashier"}), permissions=DEFAULT_GRANTS["cashier"]))
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show_order(order_id)
    editor = window.workorders.editor
    assert editor.actions["settle"].isVisibleTo(window)
    dialog = editor.do_settle()
    assert isinstance(dialog, SettlementDialog)
    assert set(dialog.issue_buttons) == {"customer", "warranty"}

    type_into(dialog.discount, "200")  # far above the 10 % limit, and no manager named
    answers["ask"].append(-1)  # the summary is shown first; the cashier cancels: nothing issued
    dialog.issue_buttons["customer"].click()
    assert dialog.invoices.rowCount() == 0
    answers["ask"].append(0)
    answers["approval"].append(None)  # above the limit: a manager must approve; nobody does
    dialog.issue_buttons["customer"].click()
    assert dialog.invoices.rowCount() == 0
    dialog.discount.clear()
    answers["ask"].append(0)
    dialog.issue_buttons["customer"].click()
    type_into(dialog.manufacturer, "一汽-大众销售有限责任公司")
    answers["ask"].append(0)
    dialog.issue_buttons["warranty"].click()
    assert sorted(r.payer for r in dialog.invoices.rows()) == ["customer", "warranty"]
    customer_row = next(i for i, r in enumerate(dialog.invoices.rows()) if r.payer == "customer")
    assert dialog.invoices.row(customer_row).balance == Decimal("610.43")
    assert not dialog.issue_buttons["customer"].isEnabled()  # nothing left to invoice

    dialog.invoice_view.selectRow(customer_row)
    pay = dialog.pay()
    assert isinstance(pay, PaymentDialog)
    type_into(pay.amounts["wechat"], "800")
    pay.save()
    assert pay.errors.text("amount_wechat") or pay.general_error.text()  # more than is due
    type_into(pay.amounts["wechat"], "500")
    type_into(pay.references["wechat"], "4200001234")
    type_into(pay.tendered, "200")
    assert "89.57" in pay.change.text()  # the change to give back, shown as it is typed
    pay.save()
    customer_row = next(i for i, r in enumerate(dialog.invoices.rows()) if r.payer == "customer")
    assert dialog.invoices.row(customer_row).balance == 0

    dialog.invoice_view.selectRow(customer_row)
    credit = dialog.credit()
    assert isinstance(credit, CreditDialog)
    credit.set_credit("机油滤清器", "1")
    # A cashier may not issue a credit note alone: the manager approves (a wrong password first).
    answers["approval"].append(("zhou", "not-the-password"))
    credit.save()
    assert "not right" in answers["approval_errors"][-1]
    answers["approval"].append(("zhou", "Zhou#Boss02"))
    credit.save()
    assert credit.errors.text("reason")  # a credit needs its reason
    type_into(credit.reason, "客户自带机滤")
    answers["approval"].append(("zhou", "Zhou#Boss02"))
    credit.save()
    rows = dialog.invoices.rows()
    assert any(r.kind == "credit" and r.total == Decimal("-58.99") for r in rows)
    with services.db.engine.connect() as conn:
        who = conn.execute(text("SELECT \"user\", approved_by FROM audit_entry WHERE action = 'credit-note'")).one()
    assert tuple(who) == ("sun", "zhou")  # done by the cashier, approved by the manager
    assert next(r for r in rows if r.payer == "customer" and r.kind == "invoice").balance == Decimal("-58.99")
    assert "¥" in dialog.head.text()

    # The invoice list: the warranty invoice is open, the customer's is to be paid back.
    page = window.invoices
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.open_only.setChecked(True)
    assert sorted(r.payer for r in page.rows.rows()) == ["customer", "warranty"]
    index = next(i for i, r in enumerate(page.rows.rows()) if r.payer == "customer")
    page.rows_view.selectRow(index)
    customer_invoice = page.current
    assert customer_invoice is not None and customer_invoice.balance == Decimal("-58.99")
    answers["ask_text"].append("58.99")
    answers["approval"].append(("zhou", "Zhou#Boss02"))
    page.pay()  # a refund of what the credit left
    assert services.invoicing.get(customer_invoice.id).balance == 0
    assert [r.payer for r in page.rows.rows()] == ["warranty"]  # the only one still open
    window.show_invoices(workshop.customer_id)
    assert all(r.payer_name == "张伟" or r.payer == "warranty" for r in page.rows.rows())


def test_ctrl_k_then_a_number_opens_the_order_or_the_invoice(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                             type_into, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    order_id = delivered_order(services, workshop)
    inv = services.invoicing.issue_for_order(order_id, "customer")
    number = services.workorders.get(order_id).number
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.global_search()
    type_into(window.customers.search, number.lower())
    qtbot.keyClick(window.customers.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workorders
    assert window.workorders.editor.order is not None and window.workorders.editor.order.id == order_id
    window.global_search()
    type_into(window.customers.search, inv.number)
    qtbot.keyClick(window.customers.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.invoices
    assert window.invoices.current is not None and window.invoices.current.id == inv.id
