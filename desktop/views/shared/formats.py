"""How numbers, payers and states read on every page: one place, so a quantity or an
amount looks the same on the work order, the invoice, the parts ledger and the board."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.common.money import PAYERS, yuan
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.workorders.rules.workflow import STATE_LABELS

PAYER_LABELS = {
    "customer": QT_TRANSLATE_NOOP("Payers", "Customer"),
    "warranty": QT_TRANSLATE_NOOP("Payers", "Warranty"),
    "insurance": QT_TRANSLATE_NOOP("Payers", "Insurance"),
    "plan": QT_TRANSLATE_NOOP("Payers", "Plan"),
    "internal": QT_TRANSLATE_NOOP("Payers", "Internal"),
}


METHODS = {
    "cash": QT_TRANSLATE_NOOP("Payment", "Cash"),
    "card": QT_TRANSLATE_NOOP("Payment", "Bank card"),
    "wechat": QT_TRANSLATE_NOOP("Payment", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("Payment", "Alipay"),
    "transfer": QT_TRANSLATE_NOOP("Payment", "Bank transfer"),
    "stored": QT_TRANSLATE_NOOP("Payment", "Member card"),
    "points": QT_TRANSLATE_NOOP("Payment", "Points"),
    "coupon": QT_TRANSLATE_NOOP("Payment", "Coupon"),
}


def method_label(method: str) -> str:
    """How a payment was made, as the cashier says it (cash, WeChat Pay, member card …)."""
    return QCoreApplication.translate("Payment", METHODS.get(method, method))


def state_label(state: str) -> str:
    return QCoreApplication.translate("States", STATE_LABELS.get(state, state))


def payer_label(payer: str) -> str:
    return QCoreApplication.translate("Payers", PAYER_LABELS.get(payer, payer))


def payer_combo(parent: QWidget) -> QComboBox:
    """The payers of a line, in the shop's order, the customer first.  A plan pays only
    for its own services, put on the order with "Use plan"."""
    combo = QComboBox(parent)
    for key in PAYERS:
        if key != "plan":
            combo.addItem(payer_label(key), key)
    return combo


def fmt_money(value: Decimal | None) -> str:
    return yuan(value)


def fmt_qty(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}".rstrip("0")
