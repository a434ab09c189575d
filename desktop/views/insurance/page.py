"""事故车: the insurance clerk's page.  The accident cases (open first), a new case on a work
order; the insurers with their assessors and payment terms; and the share of accident work
by insurer (so the shop can balance the insurers it sells for and works with)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.insurance.cases import CaseRow
from desktop.services.insurance.insurers import InsurerForm, InsurerRow
from desktop.services.insurance.rules.cases import STATES

from desktop.views.insurance.case_dialog import CaseDialog
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, FormErrors, fmt_date
from desktop.views.shared.formats import fmt_money
from desktop.views.shared.tabbed_page import TabbedPage
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _i(text: str) -> str:
    return QCoreApplication.translate("Insurance", text)


CASE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Case"), 110),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 130, fmt=lambda k: _i(STATES.get(k, k))),
    Column("order_number", QT_TRANSLATE_NOOP("Columns", "Work order"), 110),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 80),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 80),
    Column("insurer", QT_TRANSLATE_NOOP("Columns", "Insurer"), 150),
    Column("report_no", QT_TRANSLATE_NOOP("Columns", "Report no."), 150),
    Column("accident_date", QT_TRANSLATE_NOOP("Columns", "Accident"), 85, fmt=fmt_date),
    Column("estimate", QT_TRANSLATE_NOOP("Columns", "Estimate"), 90, RIGHT, fmt=fmt_money),
    Column("assessed", QT_TRANSLATE_NOOP("Columns", "Assessed"), 90, RIGHT, fmt=fmt_money),
)
INSURER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Insurer"), 140),
    Column("branch", QT_TRANSLATE_NOOP("Columns", "Branch"), 120),
    Column("contact", QT_TRANSLATE_NOOP("Columns", "Contact"), 90),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("payment_days", QT_TRANSLATE_NOOP("Columns", "Pays within (days)"), 100, RIGHT),
    Column("assessors", QT_TRANSLATE_NOOP("Columns", "Assessors"), 260,
           fmt=lambda rows: "、".join(f"{n} {p}".strip() for n, p in rows)),
)


class InsurerDialog(FormDialog):
    def __init__(self, services: Services, row: InsurerRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("InsurerDialog", "Insurer"))
        self.services, self.row = services, row
        self.name, self.branch, self.contact, self.phone = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.days = QLineEdit("30")
        self.assessors = QPlainTextEdit()
        self.assessors.setPlaceholderText(self.tr("One per line: name and phone, e.g. 李定损 13900000001"))
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Company"), self.errors.add("name", self.name))
        form.addRow(self.tr("Branch"), self.branch)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Pays within (days)"), self.errors.add("payment_days", self.days))
        form.addRow(self.tr("Assessors"), self.assessors)
        self.layout_.addLayout(form)
        self.finish_layout()
        if row is not None:
            self.name.setText(row.name)
            self.branch.setText(row.branch)
            self.contact.setText(row.contact)
            self.phone.setText(row.phone)
            self.days.setText(str(row.payment_days))
            self.assessors.setPlainText("\n".join(f"{n} {p}".strip() for n, p in row.assessors))

    def save(self) -> None:
        people = []
        for text in self.assessors.toPlainText().splitlines():
            name, _, phone = text.strip().partition(" ")
            if name:
                people.append((name, phone.strip()))
        form = InsurerForm(self.name.text(), self.branch.text(), self.contact.text(), self.phone.text(),
                           self.days.text(), tuple(people))
        row_id = self.row.id if self.row else None
        if self.attempt(lambda: self.services.insurers.save(form, row_id), self.errors) is not None:
            self.accept()


class CasesTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cases: RowTableModel[CaseRow] = RowTableModel(CASE_COLUMNS)
        self.view = table_view(self.cases)
        self.state = QComboBox()
        self.state.addItem(self.tr("Open"), "open")
        self.state.addItem(self.tr("All"), "")
        for key, name in STATES.items():
            self.state.addItem(_i(name), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Case, report no., order or plate"))
        self.search.setClearButtonEnabled(True)
        self.error = FieldError(self)
        self.new_button = QPushButton(self.tr("New case on a work order…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.new_button.clicked.connect(lambda *_: self.do_new())
        self.open_button.clicked.connect(lambda *_: self.do_open())
        self.view.doubleClicked.connect(lambda *_: self.do_open())
        self.state.currentIndexChanged.connect(lambda *_: self.refresh())
        self._debounced = common.debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounced.start())
        bar = QHBoxLayout()
        bar.addWidget(self.state)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.dialog: CaseDialog | None = None

    def refresh(self) -> None:
        self.cases.reset(self.services.accidents.cases(str(self.state.currentData()), self.search.text()))
        self.new_button.setEnabled(self.services.desk.may("insurance.manage"))

    def do_new(self, number: str | None = None) -> CaseDialog | None:
        if number is None:
            number = common.ask_text(self, self.tr("New accident case"), self.tr("The work order's number:"))
            if not number:
                return None
        order_id = self.services.workorders.find_number(number.strip().upper())
        if order_id is None:
            self.error.show_message(self.tr("No work order %1.").replace("%1", number))
            return None
        if not self.services.insurers.insurers():
            self.error.show_message(self.tr("Add the insurer first (the Insurers tab)."))
            return None
        self.error.show_message("")
        existing = self.services.accidents.for_order(order_id)
        self.dialog = CaseDialog(self.services, case_id=existing, order_id=order_id, parent=self)
        self.dialog.finished.connect(lambda *_: self.refresh())
        self.dialog.open()
        return self.dialog

    def do_open(self) -> CaseDialog | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        self.dialog = CaseDialog(self.services, case_id=self.cases.row(index.row()).id, parent=self)
        self.dialog.finished.connect(lambda *_: self.refresh())
        self.dialog.open()
        return self.dialog


class InsurersTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[InsurerRow] = RowTableModel(INSURER_COLUMNS)
        self.view = table_view(self.rows)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.retire_button = QPushButton(self.tr("No longer used"))
        self.add_button.clicked.connect(lambda *_: self.do_edit(new=True))
        self.edit_button.clicked.connect(lambda *_: self.do_edit())
        self.retire_button.clicked.connect(lambda *_: self.do_retire())
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.dialog: InsurerDialog | None = None

    def refresh(self) -> None:
        self.rows.reset(self.services.insurers.insurers())
        may = self.services.desk.may("insurance.manage")
        for b in (self.add_button, self.edit_button, self.retire_button):
            b.setEnabled(may)

    def current(self) -> InsurerRow | None:
        index = self.view.currentIndex()
        return self.rows.row(index.row()) if index.isValid() else None

    def do_edit(self, new: bool = False) -> InsurerDialog | None:
        row = None if new else self.current()
        if not new and row is None:
            return None
        self.dialog = InsurerDialog(self.services, row, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def do_retire(self) -> None:
        row = self.current()
        if row is not None:
            self.services.insurers.retire(row.id)
            self.refresh()


class ShareTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("Accident work by insurer, last 12 months") + "</b>"))
        layout.addWidget(self.text)
        layout.addWidget(QLabel("<b>" + self.tr("What the insurers owe, by days since the invoice") + "</b>"))
        self.owed = QLabel()
        self.owed.setWordWrap(True)
        layout.addWidget(self.owed)
        layout.addStretch(1)

    def refresh(self) -> None:
        rows = self.services.accidents.share_by_insurer(date.today() - timedelta(days=365))
        total = sum((a for _n, _c, a in rows), start=0) or 1
        line = self.tr("%1: %2 case(s), assessed %3 (%4)")
        shares = [format(a / total, ".0%") for _n, _c, a in rows]
        text = "<br>".join(line.replace("%1", n).replace("%2", str(c)).replace("%3", fmt_money(a)).replace("%4", share)
                           for (n, c, a), share in zip(rows, shares, strict=True))
        self.text.setText(text or self.tr("No accident cases yet."))
        owed = self.tr("%1: %2 (0–30 days %3, 31–60 %4, 61–90 %5, over 90 %6)")
        self.owed.setText("<br>".join(owed.replace("%1", r.party).replace("%2", fmt_money(r.total)).replace(
            "%3", fmt_money(r.buckets[0])).replace("%4", fmt_money(r.buckets[1])).replace(
            "%5", fmt_money(r.buckets[2])).replace("%6", fmt_money(r.buckets[3]))
            for r in self.services.accidents.owed_by_insurer()) or self.tr("Nothing owed."))


class InsurancePage(TabbedPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        self.cases, self.insurers, self.share = CasesTab(services), InsurersTab(services), ShareTab(services)
        super().__init__(QCoreApplication.translate("InsurancePage", "Accident repairs and insurers"), (
            (QCoreApplication.translate("InsurancePage", "Accident cases"), self.cases),
            (QCoreApplication.translate("InsurancePage", "Insurers"), self.insurers),
            (QCoreApplication.translate("InsurancePage", "Share by insurer"), self.share)), parent)
