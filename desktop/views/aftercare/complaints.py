"""The complaints register on screen: a new complaint from any channel, and one complaint
with everything done about it and the buttons for its next step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.aftercare.records import ActionRow, ComplaintDetail, ComplaintForm
from desktop.services.aftercare.rules.complaints import CATEGORIES, CHANNELS, SEVERITIES
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP

from desktop.views.aftercare.labels import (
    ACTIONS,
    category_label,
    channel_label,
    combo,
    severity_label,
    state_label,
    word,
)
from desktop.views.shared import common
from desktop.views.shared.common import (
    FieldError,
    FormDialog,
    FormErrors,
    fmt_date,
    fmt_datetime,
    tr_message,
)
from desktop.views.shared.formats import fmt_money
from desktop.views.shared.pickers import CustomerPicker
from desktop.views.shared.table_model import Column, RowTableModel, table_view

ACTION_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), 130, fmt=fmt_datetime),
    Column("by", QT_TRANSLATE_NOOP("Columns", "By"), 80),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "What"), 190, fmt=lambda k: word(ACTIONS, k)),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), 420,
           value=lambda a: channel_label(a.note) if a.kind == "opened" and a.note in CHANNELS else a.note),
)


class NewComplaintDialog(FormDialog):
    """A complaint from any channel; settled on the spot when the solution is written."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, customer_id: int | None = None,
                 channel: str = "phone", contact_id: int | None = None, description: str = "") -> None:
        super().__init__(parent, self.tr("New complaint"))
        self.services = services
        self.contact_id = contact_id
        self.customer_id = customer_id
        self.detail: ComplaintDetail | None = None
        self.resize(680, 680)
        self.errors = FormErrors(self.general_error)
        if customer_id is None:
            self.picker: CustomerPicker | None = CustomerPicker(services, parent=self)
            self.layout_.addWidget(QLabel(self.tr("Customer")))
            self.layout_.addWidget(self.errors.add("customer", self.picker), 1)
            self.picker.picked.connect(self._customer_picked)
        else:
            self.picker = None
        form = QFormLayout()
        self.vehicle = QComboBox()
        form.addRow(self.tr("Car"), self.vehicle)
        self.channel = combo(CHANNELS, self)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        form.addRow(self.tr("Came in by"), self.errors.add("channel", self.channel))
        self.category = combo(CATEGORIES, self)
        form.addRow(self.tr("About"), self.errors.add("category", self.category))
        self.severity = combo(SEVERITIES, self)
        self.severity.setCurrentIndex(1)
        form.addRow(self.tr("Severity"), self.errors.add("severity", self.severity))
        self.about = QComboBox()
        self.about.addItem(self.tr("(nobody in particular)"), None)
        for person in services.workorders.staff():
            self.about.addItem(person.name, person.id)
        form.addRow(self.tr("About whom"), self.about)
        self.orders = QLineEdit()
        self.orders.setPlaceholderText(self.tr("Work order numbers, separated by spaces"))
        form.addRow(self.tr("Work orders"), self.errors.add("orders", self.orders))
        self.description = QPlainTextEdit(description)
        self.description.setMaximumHeight(110)
        self.description.setPlaceholderText(self.tr("What the customer complains of, in their words"))
        form.addRow(self.tr("Complaint"), self.errors.add("description", self.description))
        self.spot = QLineEdit()
        self.spot.setPlaceholderText(self.tr("Only when settled there and then: what was done"))
        form.addRow(self.tr("Settled on the spot"), self.spot)
        self.layout_.addLayout(form)
        self.finish_layout()
        if customer_id is not None:
            self._load_vehicles(customer_id)

    def _customer_picked(self, row: Any) -> None:
        self.customer_id = row.id if row is not None else None
        self._load_vehicles(self.customer_id)

    def _load_vehicles(self, customer_id: int | None) -> None:
        self.vehicle.clear()
        self.vehicle.addItem(self.tr("(no car)"), None)
        if customer_id is None:
            return
        for v in self.services.customers.get_customer(customer_id).vehicles:
            self.vehicle.addItem(f"{v.plate or v.vin} {v.make} {v.model}".strip(), v.id)
        if self.vehicle.count() == 2:
            self.vehicle.setCurrentIndex(1)

    def order_ids(self) -> tuple[int, ...] | None:
        found = []
        for number in self.orders.text().replace("，", " ").replace(",", " ").split():
            oid = self.services.workorders.find_number(number)
            if oid is None:
                self.errors.show({"orders": _no_order(number)})
                return None
            found.append(oid)
        return tuple(found)

    def save(self) -> None:
        self.errors.clear()
        orders = self.order_ids()
        if orders is None:
            return
        form = ComplaintForm(
            customer_id=self.customer_id, channel=str(self.channel.currentData()),
            category=str(self.category.currentData()), description=self.description.toPlainText(),
            severity=str(self.severity.currentData()), vehicle_id=self.vehicle.currentData(), order_ids=orders,
            about_staff_id=self.about.currentData(), settled_on_spot=self.spot.text(), contact_id=self.contact_id)
        detail = self.attempt(lambda: self.services.complaints.open(form), self.errors)
        if detail is not None:
            self.detail = detail
            self.accept()


def _no_order(number: str) -> Any:
    from desktop.services.core.messages import Message

    return Message(QT_TRANSLATE_NOOP("Validation", "There is no work order {number}."), {"number": number})


class ResolveDialog(FormDialog):
    def __init__(self, services: Services, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Resolve the complaint"))
        self.services = services
        self.detail = detail
        self.outcome: ComplaintDetail | None = None
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.root_cause = QPlainTextEdit(detail.root_cause)
        self.root_cause.setMaximumHeight(80)
        form.addRow(self.tr("What caused it"), self.errors.add("root_cause", self.root_cause))
        self.resolution = QPlainTextEdit(detail.solution)
        self.resolution.setMaximumHeight(80)
        form.addRow(self.tr("What was done"), self.errors.add("resolution", self.resolution))
        self.comeback = QLineEdit()
        self.comeback.setPlaceholderText(self.tr("The comeback work order, if the car came back"))
        form.addRow(self.tr("Comeback order"), self.errors.add("comeback", self.comeback))
        self.layout_.addLayout(form)
        self.finish_layout()

    def save(self) -> None:
        self.errors.clear()
        comeback = None
        if self.comeback.text().strip():
            comeback = self.services.workorders.find_number(self.comeback.text())
            if comeback is None:
                self.errors.show({"comeback": _no_order(self.comeback.text().strip())})
                return
        result = self.attempt(lambda: self.services.complaints.resolve(
            self.detail.row.id, self.detail.version, self.root_cause.toPlainText(), self.resolution.toPlainText(),
            comeback), self.errors)
        if result is not None:
            self.outcome = result
            self.accept()


class ComplaintView(QWidget):
    """One complaint: what it is, every action taken, and the next steps as buttons."""

    changed = Signal()

    def __init__(self, services: Services, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = services.complaints.get(complaint_id)
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", self.detail.row.number))
        self.resize(900, 640)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.model: RowTableModel[ActionRow] = RowTableModel(ACTION_COLUMNS)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(table_view(self.model), 1)
        layout.addWidget(self.error)
        grid = QGridLayout()
        steps: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Start work"), self.start), (self.tr("Add a note…"), self.note),
            (self.tr("Reported to the manager…"), self.report), (self.tr("Solution found…"), self.solution),
            (self.tr("Customer told…"), self.told), (self.tr("Resolve…"), self.resolve),
            (self.tr("Close (customer confirmed)…"), self.close_complaint), (self.tr("Reopen…"), self.reopen),
            (self.tr("Hand over…"), self.hand_over), (self.tr("Goodwill…"), self.goodwill),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for i, (title, action) in enumerate(steps):
            button = QPushButton(title)
            button.clicked.connect(action)
            self.buttons[title] = button
            grid.addWidget(button, i // 5, i % 5)
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Close window"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.show_detail()

    def show_detail(self) -> None:
        d = self.detail
        r = d.row
        lines = [
            self.tr("<b>%1</b> · %2 · %3 · %4").replace("%1", r.number).replace("%2", state_label(r.state)).replace(
                "%3", category_label(r.category)).replace("%4", severity_label(r.severity)),
            self.tr("Customer: %1 %2 %3 · came in by %4 on %5").replace("%1", r.customer).replace(
                "%2", r.phone).replace("%3", r.plate).replace("%4", channel_label(r.channel)).replace(
                "%5", fmt_datetime(r.received_at)),
            self.tr("Owner: %1 · report to the manager by %2 (%3) · resolve by %4").replace("%1", r.owner).replace(
                "%2", fmt_date(d.report_by)).replace("%3", fmt_datetime(d.reported_at) or self.tr("not yet")).replace(
                "%4", fmt_date(r.deadline)),
            self.tr("Orders: %1 · about: %2").replace("%1", " ".join(n for _i, n in d.orders) or "—").replace(
                "%2", d.about or "—"),
            self.tr("Complaint: %1").replace("%1", _html(d.description)),
        ]
        if d.solution:
            lines.append(self.tr("Solution: %1 (customer told: %2)").replace("%1", _html(d.solution)).replace(
                "%2", fmt_datetime(d.told_at) or self.tr("not yet")))
        if d.resolution:
            lines.append(self.tr("Cause: %1 · done: %2").replace("%1", _html(d.root_cause)).replace(
                "%2", _html(d.resolution)))
        if d.goodwill:
            lines.append(self.tr("Goodwill: %1 %2, approved by %3").replace("%1", _html(d.goodwill)).replace(
                "%2", fmt_money(d.goodwill_amount)).replace("%3", d.goodwill_by))
        if r.overdue:
            lines.append("<span style='color:#c62828'>" + self.tr("Past its deadline.") + "</span>")
        if r.tell_today:
            lines.append("<span style='color:#c62828'>" + self.tr("Tell the customer the solution today.") + "</span>")
        self.facts.setText("<br>".join(lines))
        self.model.reset(list(d.actions))
        state = r.state
        enabled = {
            self.tr("Start work"): state == "open",
            self.tr("Resolve…"): state in ("open", "in_progress"),
            self.tr("Close (customer confirmed)…"): state == "resolved",
            self.tr("Reopen…"): state == "resolved",
        }
        for title, button in self.buttons.items():
            button.setEnabled(state != "closed" and enabled.get(title, True))

    # steps --------------------------------------------------------------------------------

    def _run(self, action: Callable[[], ComplaintDetail | None]) -> None:
        try:
            done = common.run_approved(self, self.services, action)
        except ValidationFailed as exc:
            common.show_errors(self.error, exc)
            return
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        if done is not None:
            self.error.show_message("")
            self.detail = done
            self.show_detail()
            self.changed.emit()

    def _ask(self, title: str, label: str) -> str | None:
        return common.ask_text(self, title, label)

    def _with_text(self, title: str, label: str, call: Callable[[int, int, str], ComplaintDetail]) -> None:
        text = self._ask(title, label)
        if text is None:
            return
        d = self.detail
        self._run(lambda: call(d.row.id, d.version, text))

    def start(self) -> None:
        d = self.detail
        self._run(lambda: self.services.complaints.start(d.row.id, d.version))

    def note(self) -> None:
        self._with_text(self.tr("Note"), self.tr("Note:"), self.services.complaints.note)

    def report(self) -> None:
        self._with_text(self.tr("Reported to the manager"), self.tr("To whom, and how:"),
                        self.services.complaints.report)

    def solution(self) -> None:
        self._with_text(self.tr("Solution found"), self.tr("The solution (tell the customer today):"),
                        self.services.complaints.solution)

    def told(self) -> None:
        self._with_text(self.tr("Customer told"), self.tr("How the customer was told, and what they said:"),
                        self.services.complaints.told)

    def close_complaint(self) -> None:
        self._with_text(self.tr("Close the complaint"), self.tr("How the customer confirmed the solution:"),
                        self.services.complaints.close)

    def reopen(self) -> None:
        self._with_text(self.tr("Reopen"), self.tr("Why it is not resolved:"), self.services.complaints.reopen)

    def hand_over(self) -> None:
        self._with_text(self.tr("Hand over"), self.tr("Login of the new owner:"), self.services.complaints.hand_over)

    def goodwill(self) -> None:
        what = self._ask(self.tr("Goodwill"), self.tr("What is given (a credit note, a free line on an order):"))
        if what is None:
            return
        amount = self._ask(self.tr("Goodwill"), self.tr("Its value in yuan:"))
        if amount is None:
            return
        d = self.detail
        self._run(lambda: self.services.complaints.goodwill(d.row.id, d.version, what, amount))

    def resolve(self) -> None:
        dialog = ResolveDialog(self.services, self.detail, self)
        if common.run_dialog(dialog) and dialog.outcome is not None:
            self.detail = dialog.outcome
            self.show_detail()
            self.changed.emit()


def _html(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")
