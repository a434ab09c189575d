"""The roles of an after-sales department (DOMAIN.md section 12) and what each may do by
default.  The shop's own grants are data (``role_permission``), seeded from here and
edited by the admin; a person may hold several roles and may do what any of them allows.
"""

from __future__ import annotations

from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.core.permissions import ALL

ROLES: dict[str, str] = {
    "advisor": QT_TRANSLATE_NOOP("Roles", "Service advisor (服务顾问)"),
    "reception": QT_TRANSLATE_NOOP("Roles", "Reception supervisor (前台主管)"),
    "foreman": QT_TRANSLATE_NOOP("Roles", "Foreman (车间主管)"),
    "technician": QT_TRANSLATE_NOOP("Roles", "Technician (技师)"),
    "inspector": QT_TRANSLATE_NOOP("Roles", "Inspector (质检员)"),
    "washer": QT_TRANSLATE_NOOP("Roles", "Washer (洗车工)"),
    "parts": QT_TRANSLATE_NOOP("Roles", "Parts clerk (配件员)"),
    "cashier": QT_TRANSLATE_NOOP("Roles", "Cashier (收银员)"),
    "information": QT_TRANSLATE_NOOP("Roles", "Information clerk / customer service (信息员/客服)"),
    "warranty": QT_TRANSLATE_NOOP("Roles", "Warranty clerk (索赔专员)"),
    "insurance": QT_TRANSLATE_NOOP("Roles", "Insurance clerk (保险内勤)"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Service manager (服务经理)"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator (管理员)"),
}

_ADVISOR = {"customers.edit", "orders.reception", "orders.lines", "orders.deliver", "orders.cancel", "backup.make",
            "followups.call", "complaints.handle", "appointments.book", "orders.release",
            "plans.sell", "rescue.take"}

DEFAULT_GRANTS: dict[str, frozenset[str]] = {
    "advisor": frozenset(_ADVISOR),
    "reception": frozenset(_ADVISOR | {"customers.archive", "customers.exchange", "orders.dispatch",
                                       "newcars.manage"}),
    "foreman": frozenset({"orders.lines", "orders.dispatch", "orders.work", "orders.inspect", "clock.correct",
                          "backup.make", "newcars.manage", "rescue.take", "rescue.manage"}),
    "technician": frozenset({"orders.work"}),
    "inspector": frozenset({"orders.work", "orders.inspect"}),
    "washer": frozenset({"orders.work"}),
    "parts": frozenset({"parts.edit", "parts.receive", "parts.issue", "parts.purchase", "parts.count",
                        "backup.make"}),
    "cashier": frozenset({"billing.invoice", "billing.fapiao", "billing.cash", "orders.deliver", "backup.make",
                         "plans.sell"}),
    "information": frozenset({"customers.edit", "backup.make", "followups.call", "complaints.handle",
                              "appointments.book", "rescue.take"}),
    "warranty": frozenset({"customers.edit", "orders.lines", "billing.fapiao", "warranty.manage"}),
    "insurance": frozenset({"customers.edit", "orders.reception", "orders.lines", "insurance.manage"}),
    "manager": ALL - {"users.manage"},
    "admin": ALL,
}

# The roles a shop's staff list had before users existed, and the roles the workshop
# lists (who can be dispatched, who checks quality) are drawn from.
WORKSHOP_ROLES = ("advisor", "technician", "foreman", "inspector", "washer", "parts", "cashier", "manager")
