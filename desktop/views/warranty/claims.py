"""索赔: the warranty clerk's page.  The claims by state (the drafts near their deadline in
red, what the manufacturer still owes), a new claim from a delivered order; the old-parts
register (where each tagged part is, returned or scrapped with the instruction); the
technical reports with the fault statistic; 三包 alerts; and the figures: what the
manufacturer owes by age, and the refusals by reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.warranty.claims import ClaimRow, OldPartRow
from desktop.services.warranty.oldparts import STATE_NAMES as PART_STATES
from desktop.services.warranty.rules.claims import REJECTIONS, STATE_NAMES

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_date, tr_message
from desktop.views.shared.formats import fmt_money
from desktop.views.shared.tabbed_page import TabbedPage
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view
from desktop.views.warranty.claim_dialog import ClaimDialog
from desktop.views.warranty.techreports import ReportsTab, SanbaoTab


def _c(text: str) -> str:
    return QCoreApplication.translate("Claims", text)


def _o(text: str) -> str:
    return QCoreApplication.translate("OldParts", text)


CLAIM_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Claim"), 108),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 66, fmt=lambda k: _c(STATE_NAMES.get(k, k))),
    Column("order_number", QT_TRANSLATE_NOOP("Columns", "Work order"), 106),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 80),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 64),
    Column("repaired_on", QT_TRANSLATE_NOOP("Columns", "Repaired"), 82, fmt=fmt_date),
    Column("submitted_on", QT_TRANSLATE_NOOP("Columns", "Submitted"), 82, fmt=fmt_date),
    Column("claimed", QT_TRANSLATE_NOOP("Columns", "Claimed"), 80, RIGHT, fmt=fmt_money),
    Column("approved", QT_TRANSLATE_NOOP("Columns", "Approved"), 80, RIGHT, fmt=fmt_money),
    Column("received", QT_TRANSLATE_NOOP("Columns", "Paid in (VAT incl.)"), 96, RIGHT, fmt=fmt_money),
    Column("days_left", QT_TRANSLATE_NOOP("Columns", "Days to deadline"), 72, RIGHT,
           value=lambda r: r.days_left if r.state == "draft" else None,
           alert=lambda r: r.state == "draft" and r.days_left <= 7),
    Column("rejection_reason", QT_TRANSLATE_NOOP("Columns", "Refused for"), 120,
           fmt=lambda k: _c(REJECTIONS[k]) if k in REJECTIONS else ""),
)
PART_COLUMNS = (
    Column("tag", QT_TRANSLATE_NOOP("Columns", "Tag"), 110),
    Column("claim_number", QT_TRANSLATE_NOOP("Columns", "Claim"), 115),
    Column("part_number", QT_TRANSLATE_NOOP("Columns", "Part no."), 100),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Part"), 180),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Qty"), 45, RIGHT, fmt=lambda q: f"{q:g}"),
    Column("location", QT_TRANSLATE_NOOP("Columns", "Location"), 100),
    Column("kept_since", QT_TRANSLATE_NOOP("Columns", "Since"), 85, fmt=fmt_date),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 100, fmt=lambda k: _o(PART_STATES.get(k, k))),
    Column("state_on", QT_TRANSLATE_NOOP("Columns", "On"), 85, fmt=fmt_date),
    Column("reference", QT_TRANSLATE_NOOP("Columns", "Instruction"), 120),
)
FILTERS = (("open", QT_TRANSLATE_NOOP("Claims", "Open")), ("", QT_TRANSLATE_NOOP("Claims", "All")),
           *STATE_NAMES.items())


class ClaimsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.claims: RowTableModel[ClaimRow] = RowTableModel(CLAIM_COLUMNS)
        self.view = table_view(self.claims)
        self.state = QComboBox()
        for key, name in FILTERS:
            self.state.addItem(_c(name), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Claim, order, plate or VIN"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.error = FieldError(self)
        self.new_button = QPushButton(self.tr("New claim…"))
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
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.dialog: ClaimDialog | None = None

    def refresh(self) -> None:
        self.claims.reset(self.services.claims.claims(str(self.state.currentData()), self.search.text()))
        owed = self.services.claims.receivable()
        due = self.services.claims.due_soon()
        self.summary.setText(self.tr("The manufacturer owes %1 on %2 claims · %3 drafts near or past the "
                                     "deadline").replace("%1", fmt_money(owed.total)).replace(
            "%2", str(owed.claims)).replace("%3", str(len(due))))
        self.new_button.setEnabled(self.services.desk.may("warranty.manage"))

    def current(self) -> ClaimRow | None:
        index = self.view.currentIndex()
        return self.claims.row(index.row()) if index.isValid() else None

    def do_new(self, order_number: str | None = None) -> ClaimDialog | None:
        orders = self.services.claims.claimable()
        if order_number is None:
            if not orders:
                self.error.show_message(self.tr("No delivered order has warranty lines left to claim."))
                return None
            names = [f"{n}  {p}  {fmt_date(d)}" for _i, n, p, d in orders]
            choice = common.ask_item(self, self.tr("New claim"), self.tr("From which delivered order?"), names)
            if choice is None:
                return None
            order_number = orders[names.index(choice)][1]
        order_id = next((i for i, n, _p, _d in orders if n == order_number), None)
        if order_id is None:
            self.error.show_message(self.tr("%1 has nothing left to claim.").replace("%1", order_number))
            return None
        try:
            claim_id = self.services.claims.create(order_id)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return None
        self.error.show_message("")
        self.refresh()
        return self.open_claim(claim_id)

    def do_open(self) -> ClaimDialog | None:
        row = self.current()
        return self.open_claim(row.id) if row is not None else None

    def open_claim(self, claim_id: int) -> ClaimDialog:
        self.dialog = ClaimDialog(self.services, claim_id, self)
        self.dialog.finished.connect(lambda *_: self.refresh())
        self.dialog.open()
        return self.dialog


class OldPartsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.parts: RowTableModel[OldPartRow] = RowTableModel(PART_COLUMNS)
        self.view = table_view(self.parts)
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)
        self.state = QComboBox()
        for key, name in PART_STATES.items():
            self.state.addItem(_o(name), key)
        self.state.addItem(self.tr("All"), "")
        self.error = FieldError(self)
        self.place_button = QPushButton(self.tr("Location…"))
        self.return_button = QPushButton(self.tr("Returned to the manufacturer…"))
        self.scrap_button = QPushButton(self.tr("Scrapped…"))
        self.place_button.clicked.connect(lambda *_: self.do_place())
        self.return_button.clicked.connect(lambda: self.do_dispose("returned"))
        self.scrap_button.clicked.connect(lambda: self.do_dispose("scrapped"))
        self.state.currentIndexChanged.connect(lambda *_: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.state)
        bar.addStretch(1)
        for b in (self.place_button, self.return_button, self.scrap_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.parts.reset(self.services.old_parts.rows(str(self.state.currentData())))
        kept = self.state.currentData() == "kept" and self.services.desk.may("warranty.manage")
        for b in (self.place_button, self.return_button, self.scrap_button):
            b.setEnabled(kept)

    def selected(self) -> list[OldPartRow]:
        return [self.parts.row(i.row()) for i in self.view.selectionModel().selectedRows()]

    def do_place(self, where: str | None = None) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if where is None:
            where = common.ask_text(self, chosen[0].tag, self.tr("Where is it kept (shelf, box)?"))
            if where is None:
                return
        try:
            for p in chosen:
                self.services.old_parts.place(p.id, where)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.error.show_message("")
        self.refresh()

    def do_dispose(self, state: str, reference: str | None = None) -> None:
        chosen = self.selected()
        if not chosen:
            self.error.show_message(self.tr("Choose the parts first."))
            return
        if reference is None:
            reference = common.ask_text(self, _o(PART_STATES[state]), self.tr(
                "%1 part(s). The return note or the manufacturer's instruction number:").replace(
                "%1", str(len(chosen))))
            if reference is None:
                return
        try:
            self.services.old_parts.dispose([p.id for p in chosen], state, reference)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.error.show_message("")
        self.refresh()


class FiguresTab(QWidget):
    """What the manufacturer owes by age, and what it refused, by reason."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ageing = QLabel()
        self.refusals = QLabel()
        for label in (self.ageing, self.refusals):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("What the manufacturer owes, by days since its answer") + "</b>"))
        layout.addWidget(self.ageing)
        layout.addWidget(QLabel("<b>" + self.tr("Refused lines by reason") + "</b>"))
        layout.addWidget(self.refusals)
        layout.addStretch(1)

    def refresh(self) -> None:
        owed = self.services.claims.receivable()
        days = self.tr("%1 days: %2")
        self.ageing.setText("<br>".join(days.replace("%1", label).replace("%2", fmt_money(amount))
                                        for label, amount in owed.buckets.items())
                            + "<br><b>" + self.tr("Total: %1").replace("%1", fmt_money(owed.total)) + "</b>")
        rows = self.services.claims.rejections()
        line = self.tr("%1: %2 line(s), %3")
        self.refusals.setText("<br>".join(
            line.replace("%1", _c(REJECTIONS.get(reason, reason))).replace("%2", str(n)).replace(
                "%3", fmt_money(amount)) for reason, n, amount in rows) or self.tr("None"))


class ClaimsPage(TabbedPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        self.claims, self.old_parts = ClaimsTab(services), OldPartsTab(services)
        self.reports, self.sanbao, self.figures = ReportsTab(services), SanbaoTab(services), FiguresTab(services)
        super().__init__(QCoreApplication.translate("ClaimsPage", "Claims to the manufacturer"), (
            (QCoreApplication.translate("ClaimsPage", "Claims"), self.claims),
            (QCoreApplication.translate("ClaimsPage", "Old parts"), self.old_parts),
            (QCoreApplication.translate("ClaimsPage", "Technical reports"), self.reports),
            (QCoreApplication.translate("ClaimsPage", "三包 alerts"), self.sanbao),
            (QCoreApplication.translate("ClaimsPage", "Figures"), self.figures)), parent)
