"""One work order on screen: what reception took in, the lines and their totals per payer,
the actions its state allows, and its history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.money import Totals
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.workorders.records import EventView, LineView, WorkOrderDetail
from desktop.services.workorders.rules.workflow import CLOSED, EDITABLE, IN_SHOP, MOVES, OPEN_STATES

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_datetime, tr_message
from desktop.views.shared.formats import fmt_money, fmt_qty, payer_label, state_label
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view
from desktop.views.workorders.clock_tab import ClockTab
from desktop.views.workorders.dialogs import LineDialog
from desktop.views.workorders.followup_tab import FollowUpTab
from desktop.views.workorders.reception_tab import ReceptionTab
from desktop.views.workorders.visit_actions import VisitActions

# Who may press which button (the services check it again where the change happens).
ACTION_PERMISSIONS = {
    "dispatch": "orders.dispatch", "start": "orders.work", "wait": "orders.work", "resume": "orders.work",
    "check": "orders.work", "pass": "orders.inspect", "fail": "orders.inspect", "deliver": "orders.deliver",
    "cancel": "orders.cancel", "settle": "billing.invoice", "washed": "orders.work", "release": "orders.release",
    "papers": "orders.deliver",
}

RELEASABLE = tuple(state for state, targets in MOVES.items() if "released" in targets)

APPROVAL = {
    "approved": QT_TRANSLATE_NOOP("Lines", "approved"),
    "pending": QT_TRANSLATE_NOOP("Lines", "waiting for the customer"),
    "declined": QT_TRANSLATE_NOOP("Lines", "declined"),
}
KIND = {"labour": QT_TRANSLATE_NOOP("Lines", "Labour"), "part": QT_TRANSLATE_NOOP("Lines", "Part")}


def _line_status(line: LineView) -> str:
    text = QCoreApplication.translate("Lines", APPROVAL[line.approval])
    if line.kind == "part" and line.issued_qty:
        issued = QCoreApplication.translate("Lines", "issued %1").replace(
            "%1", fmt_qty(line.issued_qty - line.returned_qty))
        text = f"{text}, {issued}"
    if line.goodwill_by:  # outside the warranty cover: a manager's goodwill
        text += ", " + QCoreApplication.translate("Lines", "goodwill (%1)").replace("%1", line.goodwill_by)
    return text


LINE_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 44,
           fmt=lambda k: QCoreApplication.translate("Lines", KIND[k]),
           muted=lambda line: line.approval != "approved"),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), 150),
    Column("part_number", QT_TRANSLATE_NOOP("Columns", "Part no."), 84),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Qty / hours"), 62, RIGHT, fmt=fmt_qty),
    Column("unit_price", QT_TRANSLATE_NOOP("Columns", "Price"), 74, RIGHT, fmt=fmt_money),
    Column("discount_pct", QT_TRANSLATE_NOOP("Columns", "Disc. %"), 50, RIGHT,
           fmt=lambda d: fmt_qty(d) if d else ""),
    Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), 84, RIGHT, fmt=fmt_money),
    Column("payer", QT_TRANSLATE_NOOP("Columns", "Payer"), 56, fmt=payer_label),
    Column("technician", QT_TRANSLATE_NOOP("Columns", "Technician"), 70),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), 150, value=_line_status),
)
EVENT_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "When"), 130, fmt=fmt_datetime),
    Column("user", QT_TRANSLATE_NOOP("Columns", "Who"), 70),
    Column("to_state", QT_TRANSLATE_NOOP("Columns", "State"), 100, fmt=state_label),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), 300),
)


def totals_text(t: Totals, pending: Totals) -> str:
    """Per payer: labour + parts + VAT = total; then the order's total, and what waits for
    the customer's approval."""
    translate = QCoreApplication.translate
    labour = translate("Editor", "labour")
    parts_word = translate("Editor", "parts")
    vat = translate("Editor", "VAT")
    parts = [
        f"<b>{payer_label(p.payer)}</b>: {labour} {fmt_money(p.labour)} + {parts_word} "
        f"{fmt_money(p.parts)} + {vat} {fmt_money(p.vat)} = <b>{fmt_money(p.total)}</b>"
        for p in t.by_payer
    ]
    total = translate("Editor", "Total")
    parts.append(f"<b>{total}: {fmt_money(t.total)}</b>")
    if pending.by_payer:
        waiting = translate("Editor", "Waiting for approval")
        parts.append(f"<span style='color:#b26a00'>{waiting}: {fmt_money(pending.total)}</span>")
    return "<br>".join(parts)


class WorkOrderEditor(VisitActions, QWidget):
    changed = Signal(object)  # WorkOrderDetail
    status = Signal(str)
    setup_needed = Signal(str)  # "staff": open System where the staff are added

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order: WorkOrderDetail | None = None
        self.dialog: QWidget | None = None
        # 结算 belongs to billing: the main window hands its dialog in (order id, parent);
        # without it the Settle action stays hidden.
        self.open_settlement: Callable[[int, QWidget], QDialog] | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.subtitle = QLabel()
        self.recall_banner = QLabel()  # an open recall campaign on this car (Warranty tab: add it)
        self.recall_banner.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error = FieldError(self)
        self.actions: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label in (
            ("estimate", self.tr("Estimate")), ("authorize", self.tr("Customer signs…")),
            ("dispatch", self.tr("Dispatch…")), ("start", self.tr("Start work")),
            ("wait", self.tr("Waiting for parts")), ("resume", self.tr("Parts arrived")),
            ("check", self.tr("To quality check")), ("pass", self.tr("Passed…")),
            ("fail", self.tr("Failed…")), ("washed", self.tr("Washed…")), ("papers", self.tr("Papers given back…")),
            ("deliver", self.tr("Deliver")), ("settle", self.tr("Settle…")), ("tell", self.tr("Tell the customer…")),
            ("release", self.tr("Leave unrepaired…")), ("reopen", self.tr("Back to draft")),
            ("cancel", self.tr("Cancel order…")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(getattr(self, f"do_{key}"))
            self.actions[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("Print"))
        menu = QMenu(self.print_button)
        for kind, text in (("job-card", self.tr("Job card")), ("technician-copy", self.tr("Technician copy")),
                           ("estimate", self.tr("Estimate")), ("pick-list", self.tr("Pick list")),
                           ("delivery-report", self.tr("Delivery report")), ("health-report", self.tr("Health report")),
                           ("pdi", self.tr("PDI report")), ("exit-slip", self.tr("Exit slip"))):
            menu.addAction(text, lambda k=kind, t=text: self.print_document(k, t))
        self.print_button.setMenu(menu)
        bar.addWidget(self.print_button)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip("F5")
        self.reload_button.clicked.connect(self.reload)
        bar.addWidget(self.reload_button)

        # lines
        self.lines: RowTableModel[LineView] = RowTableModel(LINE_COLUMNS)
        self.lines_view = table_view(self.lines)
        self.add_labour = QPushButton(self.tr("Add labour"))
        self.add_labour.setToolTip("Ctrl+L")
        self.add_part = QPushButton(self.tr("Add part"))
        self.add_part.setToolTip("Ctrl+P")
        self.package = QComboBox()
        self.add_package_button = QPushButton(self.tr("Add package"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.approve_button = QPushButton(self.tr("Customer approves…"))
        self.decline_button = QPushButton(self.tr("Customer declines…"))
        self.issue_button = QPushButton(self.tr("Issue part…"))
        self.return_button = QPushButton(self.tr("Return part…"))
        self.as_package_button = QPushButton(self.tr("Save as package…"))
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        line_buttons = QGridLayout()
        for i, w in enumerate((self.add_labour, self.add_part, self.package, self.add_package_button,
                               self.remove_button)):
            line_buttons.addWidget(w, 0, i)
        for i, w in enumerate((self.approve_button, self.decline_button, self.issue_button,
                               self.return_button, self.as_package_button)):
            line_buttons.addWidget(w, 1, i)
        lines_tab = QWidget()
        lt = QVBoxLayout(lines_tab)
        lt.addWidget(self.lines_view, 1)
        lt.addLayout(line_buttons)
        lt.addWidget(self.totals)

        # reception
        self.reception = ReceptionTab(self.error)
        self.reception.save_button.clicked.connect(self.do_save_reception)
        self.save_reception = self.reception.save_button

        # history
        self.events: RowTableModel[EventView] = RowTableModel(EVENT_COLUMNS)
        self.events_view = table_view(self.events)

        self.tabs = QTabWidget()
        self.tabs.addTab(lines_tab, self.tr("Lines"))
        self.tabs.addTab(self.reception, self.tr("Reception"))
        # Tabs another capability hands in (the inspection sheet): each shows the order.
        self.order_tabs: list[QWidget] = []
        self.tabs.addTab(self.events_view, self.tr("History"))
        self.clock_tab = ClockTab(services)
        self.tabs.addTab(self.clock_tab, self.tr("Clocked time"))
        self.followup_tab = FollowUpTab(services)
        self.tabs.addTab(self.followup_tab, self.tr("Follow-up"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.recall_banner)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

        self.add_labour.clicked.connect(lambda: self.add_line("labour"))
        self.add_part.clicked.connect(lambda: self.add_line("part"))
        self.add_package_button.clicked.connect(self.do_add_package)
        self.remove_button.clicked.connect(self.do_remove_line)
        self.approve_button.clicked.connect(lambda: self.do_answer(True))
        self.decline_button.clicked.connect(lambda: self.do_answer(False))
        self.issue_button.clicked.connect(lambda: self.do_issue(False))
        self.return_button.clicked.connect(lambda: self.do_issue(True))
        self.as_package_button.clicked.connect(self.do_save_package)
        self.lines_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        for keys, slot in (("Ctrl+L", lambda: self.add_line("labour")),
                           ("Ctrl+P", lambda: self.add_line("part")), ("F5", self.reload)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._load_choices()
        self.show_order(None)

    def add_order_tab(self, tab: QWidget, title: str, index: int = 2) -> None:
        """A tab of another capability; it has ``show_order(order | None)``."""
        self.order_tabs.append(tab)
        self.tabs.insertTab(index, tab, title)
        tab.show_order(self.order)  # type: ignore[attr-defined]

    def _load_choices(self) -> None:
        self.package.clear()
        for p in self.services.workorders.packages():
            self.package.addItem(f"{p.code} {p.name}", p.id)
        self.reception.set_advisors([(p.name, p.id) for p in self.services.workorders.staff("advisor")])

    # showing ------------------------------------------------------------------------------

    def open(self, order_id: int) -> None:
        self.show_order(self.services.workorders.get(order_id))

    def reload(self) -> None:
        if self.order is not None:
            self.open(self.order.id)
            self.error.show_message("")

    def show_order(self, order: WorkOrderDetail | None) -> None:
        self.order = order
        self.setEnabled(order is not None)
        if order is None:
            self.title.setText(self.tr("No work order selected"))
            self.subtitle.setText("")
            self.recall_banner.hide()
            self.lines.reset([])
            self.events.reset([])
            self.clock_tab.show_order(None)
            self.followup_tab.show_order(None)
            for tab in self.order_tabs:
                tab.show_order(None)  # type: ignore[attr-defined]
            self.totals.setText("")
            self._enable()
            return
        rework = ""
        if order.rework_of_number:
            rework = "  [" + self.tr("Comeback of %1").replace("%1", order.rework_of_number) + "]"
        self.title.setText(f"{order.number}  ·  {state_label(order.state)}{rework}")
        who = [order.plate, order.vehicle, order.customer_name]
        if order.technician:
            who.append(self.tr("technician %1").replace("%1", order.technician))
        if order.bay:
            who.append(order.bay)
        if order.promised_at:
            who.append(self.tr("promised %1").replace("%1", fmt_datetime(order.promised_at)))
        self.subtitle.setText("  ·  ".join(x for x in who if x))
        recalls = self.services.recalls.open_for(order.vehicle_id) if order.state not in CLOSED else []
        self.recall_banner.setText(self.tr("Open recall: %1 (Warranty tab)").replace(
            "%1", "；".join(f"{r.code} {r.title}" for r in recalls)) if recalls else "")
        self.recall_banner.setVisible(bool(recalls))
        self.lines.reset(order.lines)
        self.events.reset(order.events)
        self.clock_tab.show_order(order)
        self.followup_tab.show_order(order.id if order.state == "delivered" else None)
        self.totals.setText(totals_text(order.totals, order.pending))
        self.reception.show_order(order)
        for tab in self.order_tabs:
            tab.show_order(order)  # type: ignore[attr-defined]
        self._enable()

    def _selected_line(self) -> LineView | None:
        index = self.lines_view.currentIndex()
        return self.lines.row(index.row()) if index.isValid() else None

    def refresh_actions(self) -> None:
        """Another person at the desk: what they may press."""
        self._enable()

    def _enable(self) -> None:
        o = self.order
        state = o.state if o else ""
        self.print_button.setEnabled(o is not None)
        line = self._selected_line()
        allowed = {
            "estimate": state == "draft", "authorize": state == "estimated",
            "dispatch": state in IN_SHOP and state not in ("washing", "ready"), "start": state == "authorized",
            "wait": state == "in_progress", "resume": state == "waiting_parts",
            "check": state == "in_progress", "pass": state == "quality_check",
            "fail": state == "quality_check", "deliver": state == "ready", "washed": state == "washing",
            "papers": bool(o and o.documents_in and not o.documents_returned_at) and state not in CLOSED,
            "settle": state in ("ready", "delivered", "released") and self.open_settlement is not None,
            "tell": state in OPEN_STATES, "release": state in RELEASABLE,
            "reopen": state == "estimated",
            "cancel": state not in ("", *CLOSED),
        }
        desk = self.services.desk
        for key, button in self.actions.items():
            button.setVisible(allowed[key])
            # Greyed when the person at the desk may not, and no manager could approve it.
            button.setEnabled(desk.may(ACTION_PERMISSIONS.get(key, "orders.reception")))
        open_ = state not in ("", *CLOSED)
        for w in (self.add_labour, self.add_part, self.add_package_button, self.package,
                  self.save_reception):
            w.setEnabled(open_)
        self.remove_button.setEnabled(
            line is not None and (state in EDITABLE or line.approval == "pending"))
        pending = line is not None and line.approval == "pending" and open_
        self.approve_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        part_ok = line is not None and line.kind == "part" and line.approval == "approved" and state in IN_SHOP
        self.issue_button.setEnabled(part_ok)
        self.return_button.setEnabled(part_ok and line is not None and line.issued_qty > line.returned_qty)
        self.as_package_button.setEnabled(bool(o and o.lines))

    # actions ------------------------------------------------------------------------------

    def _run(self, action: Callable[[WorkOrderDetail], WorkOrderDetail]) -> bool:
        if self.order is None:
            return False
        self.error.show_message("")
        try:
            fresh = action(self.order)
        except ValidationFailed as exc:
            self.error.show_message("<br>".join(tr_message(m) for m in exc.errors.values()))
            return False
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return False
        self.show_order(fresh)
        self.changed.emit(fresh)
        return True

    def _move(self, target: str, **kw: object) -> bool:
        w = self.services.workorders
        return self._run(lambda o: w.move(o.id, o.version, target, **kw))  # type: ignore[arg-type]

    def do_estimate(self) -> None:
        self._move("estimated")

    def do_reopen(self) -> None:
        self._move("draft")

    def do_authorize(self) -> None:
        name = common.ask_text(self, self.tr("Customer's signature"),
                               self.tr("The customer has read and signed the work order. Name:"))
        if name is not None:
            self._move("authorized", signed_by=name)

    def do_start(self) -> None:
        self._move("in_progress")

    def do_wait(self) -> None:
        self._move("waiting_parts")

    def do_resume(self) -> None:
        self._move("in_progress")

    def do_check(self) -> None:
        self._move("quality_check")

    def _nobody(self, title: str, who: str) -> None:
        """Nobody to choose: say why in one line, with a button to where they are added."""
        choice = common.ask(self, title, self.tr("No %1 is set up yet: add them in System → Staff.").replace(
            "%1", who), [self.tr("Open System → Staff")])
        if choice == 0:
            self.setup_needed.emit("staff")

    def do_pass(self) -> None:
        inspectors = self.services.workorders.staff("inspector") + self.services.workorders.staff("foreman")
        if not inspectors:
            self._nobody(self.tr("Quality check passed"), self.tr("inspector"))
            return
        names = [p.name for p in inspectors]
        choice = common.ask_item(self, self.tr("Quality check passed"), self.tr("Checked by:"), names)
        if choice is not None:  # to the wash, when the shop washes its cars
            target = "washing" if self.services.visit.wash_on() else "ready"
            self._move(target, inspector_id=inspectors[names.index(choice)].id)

    def do_fail(self) -> None:
        note = common.ask_text(self, self.tr("Quality check failed"), self.tr("What has to be redone?"))
        if note is not None:
            self._move("in_progress", note=note)

    def do_deliver(self) -> None:
        """Hand the car over, after one question that says what is settled and what not
        (a delivered order is closed: it cannot be reopened)."""
        if self.order is None:
            return
        bill = self.services.invoicing.settlement(self.order.id)
        unbilled = sum(len(b.uninvoiced) for b in bill.bills)
        text = self.tr("Deliver %1 (%2) to %3?").replace("%1", self.order.number).replace(
            "%2", self.order.plate).replace("%3", bill.customer)
        text += "\n" + (self.tr("Open balance: %1.").replace("%1", fmt_money(bill.balance)) if bill.balance
                        else self.tr("Everything invoiced is paid."))
        if unbilled:
            text += "\n" + self.tr("%1 lines are not invoiced yet (Settle…).").replace("%1", str(unbilled))
        text += "\n" + self.tr("A delivered order is closed; the delivery report can be printed afterwards.")
        if common.ask(self, self.tr("Deliver"), text, [self.tr("Deliver")]) == 0:
            self._move("delivered")

    def print_document(self, kind: str, title: str) -> QWidget | None:
        if self.order is None:
            return None
        from desktop.views.shared.print_preview import show_document

        order_id, number = self.order.id, self.order.number
        dialog = show_document(self, lambda lang: self.services.documents.render(kind, order_id, lang), kind,
                               f"{title} {number}", f"{number}-{kind}.pdf")
        self.dialog = dialog
        return dialog

    def do_settle(self) -> QWidget | None:
        """结算: invoices by payer and the payment, at delivery."""
        if self.order is None:
            return None
        if self.open_settlement is None:
            return None
        dialog = self.open_settlement(self.order.id, self)
        dialog.changed.connect(lambda: self.status.emit(  # type: ignore[attr-defined]
            self.tr("Settlement of %1 updated.").replace(
            "%1", self.order.number if self.order else "")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_cancel(self) -> None:
        note = common.ask_text(self, self.tr("Cancel the work order"), self.tr("Why is it cancelled?"))
        if note is not None:
            self._move("cancelled", note=note)

    def do_dispatch(self) -> None:
        techs = self.services.workorders.staff("technician")
        if not techs:
            self._nobody(self.tr("Dispatch"), self.tr("technician"))
            return
        names = [t.name for t in techs]
        choice = common.ask_item(self, self.tr("Dispatch"), self.tr("Technician:"), names)
        if choice is None:
            return
        bays = self.services.workorders.bays()
        bay_names = [self.tr("— keep —"), *(b.name for b in bays)]
        bay = common.ask_item(self, self.tr("Dispatch"), self.tr("Bay:"), bay_names)
        bay_id = bays[bay_names.index(bay) - 1].id if bay and bay_names.index(bay) > 0 else None
        w = self.services.workorders
        tech_id = techs[names.index(choice)].id
        self._run(lambda o: w.dispatch(o.id, o.version, technician_id=tech_id, bay_id=bay_id))

    def add_line(self, kind: str) -> LineDialog | None:
        if self.order is None or self.order.state in CLOSED:
            return None
        dialog = LineDialog(self.services, self.order, kind, self)
        dialog.saved.connect(self.line_saved)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def line_saved(self, order: WorkOrderDetail) -> None:
        self.show_order(order)
        self.changed.emit(order)
        self.lines_view.selectRow(self.lines.rowCount() - 1)

    def do_add_package(self) -> None:
        package_id = self.package.currentData()
        if package_id is not None:
            w = self.services.workorders
            self._run(lambda o: w.add_package(o.id, o.version, package_id))

    def do_remove_line(self) -> None:
        line = self._selected_line()
        if line is not None:
            w = self.services.workorders
            self._run(lambda o: w.remove_line(o.id, o.version, line.id))

    def do_answer(self, approve: bool) -> None:
        line = self._selected_line()
        if line is None:
            return
        methods = {self.tr("by phone"): "phone", self.tr("in person"): "in person", self.tr("on WeChat"): "wechat"}
        how = common.ask_item(self, self.tr("The customer's answer"), self.tr("How did the customer answer?"),
                              list(methods))
        if how is None:
            return
        who = common.ask_text(self, self.tr("The customer's answer"), self.tr("Who answered?"))
        if who is None:
            return
        w = self.services.workorders
        self._run(lambda o: w.approve_line(o.id, o.version, line.id, who, methods[how], approve))

    def do_issue(self, returning: bool) -> None:
        line = self._selected_line()
        if line is None:
            return
        title = self.tr("Return unused parts") if returning else self.tr("Issue parts")
        qty = common.ask_text(self, title, self.tr("%1: how many?").replace("%1", line.description))
        if qty is None:
            return
        w = self.services.workorders
        self._run(lambda o: w.issue_part(o.id, line.id, qty, returning=returning))

    def do_save_package(self) -> None:
        """The lines of this order become a package the next customer can be offered."""
        if self.order is None:
            return
        name = common.ask_text(self, self.tr("Save as package"), self.tr("Name of the package, e.g. 60000公里保养:"))
        if not name:
            return
        code = common.ask_text(self, self.tr("Save as package"), self.tr("Short code, e.g. P60000:"))
        if not code:
            return
        try:
            order_id = self.order.id
            if common.run_approved(self, self.services, lambda: self.services.workshop.package_from_order(
                    order_id, code, name)) is None:
                return
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self._load_choices()
        self.status.emit(self.tr("Package %1 saved.").replace("%1", code.upper()))

    def do_save_reception(self) -> None:
        if self.order is None:
            return
        form = self.reception.form(self.order)
        w = self.services.workorders
        if self._run(lambda o: w.update_reception(o.id, o.version, form)):
            self.status.emit(self.tr("Saved %1.").replace("%1", self.order.number))
