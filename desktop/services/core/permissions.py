"""What a person may do in ServiceBay (权限), in plain words: the vocabulary the services
check and the System → Users page lists.  Which role has which permission is data in the
shop's database (``role_permission``), seeded from ``users.rules.roles`` and editable by
the admin; this module only names them.

A permission marked ``manager`` guards something that costs the shop money or cannot be
taken back (DOMAIN.md section 12): whoever lacks it may still do it when a person who has
it approves on the spot with their own password."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.core.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Permission:
    code: str
    label: str  # what it allows, in the words of the shop (translated in context "Permissions")
    manager: bool = False  # money or no way back: approvable on the spot


def _p(code: str, label: str, manager: bool = False) -> Permission:
    return Permission(code, label, manager)


PERMISSIONS: dict[str, Permission] = {p.code: p for p in (
    _p("customers.edit", QT_TRANSLATE_NOOP("Permissions", "create and change customers and cars")),
    _p("customers.archive", QT_TRANSLATE_NOOP("Permissions", "archive or delete customers and cars")),
    _p("customers.merge", QT_TRANSLATE_NOOP("Permissions", "merge two customers"), manager=True),
    _p("customers.exchange", QT_TRANSLATE_NOOP("Permissions", "import and export the customer file")),
    _p("orders.reception", QT_TRANSLATE_NOOP("Permissions", "open work orders and take cars in")),
    _p("orders.lines", QT_TRANSLATE_NOOP("Permissions", "add and change work-order lines and prices")),
    _p("orders.discount", QT_TRANSLATE_NOOP("Permissions", "give a discount above the advisors' limit"),
       manager=True),
    _p("orders.below_cost", QT_TRANSLATE_NOOP("Permissions", "sell a part below its cost"), manager=True),
    _p("orders.dispatch", QT_TRANSLATE_NOOP("Permissions", "dispatch work to technicians and bays")),
    _p("orders.work", QT_TRANSLATE_NOOP("Permissions", "start, pause and finish work; clock on jobs")),
    _p("orders.inspect", QT_TRANSLATE_NOOP("Permissions", "pass or fail the quality check")),
    _p("orders.deliver", QT_TRANSLATE_NOOP("Permissions", "deliver cars to their customers")),
    _p("orders.cancel", QT_TRANSLATE_NOOP("Permissions", "cancel work orders")),
    _p("orders.release", QT_TRANSLATE_NOOP("Permissions", "let a car leave unrepaired (exit slip)")),
    _p("orders.waive_fee", QT_TRANSLATE_NOOP("Permissions", "waive the diagnosis fee of a car that leaves unrepaired"),
       manager=True),
    _p("warranty.manage", QT_TRANSLATE_NOOP("Permissions", "keep warranty policies, extensions and exclusions")),
    _p("warranty.goodwill", QT_TRANSLATE_NOOP("Permissions", "approve warranty work outside the coverage as goodwill"),
       manager=True),
    _p("insurance.manage", QT_TRANSLATE_NOOP("Permissions", "keep the insurers and the accident cases")),
    _p("insurance.waive", QT_TRANSLATE_NOOP("Permissions", "waive part of the customer's share of an accident repair"),
       manager=True),
    _p("kpi.view", QT_TRANSLATE_NOOP("Permissions", "see the department's measures (revenue, rates, people)")),
    _p("kpi.targets", QT_TRANSLATE_NOOP("Permissions", "set the targets and enter the monthly fixed costs")),
    _p("appraisal.manage", QT_TRANSLATE_NOOP("Permissions", "appraise the staff: plan, score, grade and sign")),
    _p("meetings.manage", QT_TRANSLATE_NOOP("Permissions", "run the after-sales meetings and give out the problems raised")),
    _p("newcars.manage", QT_TRANSLATE_NOOP("Permissions", "keep the new cars in stock, their checks and handover")),
    _p("plans.sell", QT_TRANSLATE_NOOP("Permissions", "sell service plans and member cards, load cards")),
    _p("plans.manage", QT_TRANSLATE_NOOP("Permissions", "set up plan products, member levels and coupon campaigns")),
    _p("plans.refund", QT_TRANSLATE_NOOP("Permissions", "refund a card's unused balance or a plan"), manager=True),
    _p("rescue.take", QT_TRANSLATE_NOOP("Permissions", "take breakdown calls, dispatch and close rescues")),
    _p("rescue.manage", QT_TRANSLATE_NOOP("Permissions", "keep the service vans and the partner stations")),
    _p("parts.edit", QT_TRANSLATE_NOOP("Permissions", "change parts, prices and suppliers")),
    _p("parts.receive", QT_TRANSLATE_NOOP("Permissions", "receive goods")),
    _p("parts.issue", QT_TRANSLATE_NOOP("Permissions", "issue parts to work orders and take them back")),
    _p("parts.purchase", QT_TRANSLATE_NOOP("Permissions", "order from suppliers")),
    _p("parts.count", QT_TRANSLATE_NOOP("Permissions", "count the stock")),
    _p("parts.adjust", QT_TRANSLATE_NOOP("Permissions", "write off or adjust stock"), manager=True),
    _p("billing.invoice", QT_TRANSLATE_NOOP("Permissions", "issue invoices and take payments")),
    _p("billing.credit", QT_TRANSLATE_NOOP("Permissions", "issue credit notes and pay money back"), manager=True),
    _p("billing.fapiao", QT_TRANSLATE_NOOP("Permissions", "record fapiao")),
    _p("billing.cash", QT_TRANSLATE_NOOP("Permissions", "count the cash drawer")),
    _p("billing.books", QT_TRANSLATE_NOOP("Permissions", "see receivables and export for the accountant")),
    _p("backup.make", QT_TRANSLATE_NOOP("Permissions", "make a backup")),
    _p("backup.restore", QT_TRANSLATE_NOOP("Permissions", "restore a backup over the shop's data"), manager=True),
    _p("settings.edit", QT_TRANSLATE_NOOP("Permissions", "change the shop's settings and workshop setup"),
       manager=True),
    _p("users.manage", QT_TRANSLATE_NOOP("Permissions", "manage users, roles and permissions"), manager=True),
    _p("audit.view", QT_TRANSLATE_NOOP("Permissions", "read the audit log")),
    _p("clock.correct", QT_TRANSLATE_NOOP("Permissions", "correct technicians' clockings")),
    _p("appointments.book", QT_TRANSLATE_NOOP("Permissions", "book, move, confirm and cancel appointments")),
    _p("followups.call", QT_TRANSLATE_NOOP("Permissions", "make follow-up calls and keep the call register")),
    _p("complaints.handle", QT_TRANSLATE_NOOP("Permissions", "take complaints and work on them")),
    _p("complaints.manage", QT_TRANSLATE_NOOP("Permissions", "own complaints, hand them over, approve goodwill"),
       manager=True),
)}

ALL = frozenset(PERMISSIONS)
