"""System → Audit log (审计日志): who did what, approved by whom, where, to which record, and
what it was before and after; refusals in red.  Filtered by person, action, kind of record
and dates; exported to Excel (.xlsx) or CSV for the owner or an auditor."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.users.audit_log import AuditFilter, AuditRow

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_datetime
from desktop.views.shared.table_model import Column, RowTableModel, table_view

# What the log's codes mean, in the words of the shop (context "Audit").
ACTIONS = {
    "sign-in": QT_TRANSLATE_NOOP("Audit", "signed in"), "refused": QT_TRANSLATE_NOOP("Audit", "refused"),
    "create": QT_TRANSLATE_NOOP("Audit", "created"), "archive": QT_TRANSLATE_NOOP("Audit", "archived"),
    "restore": QT_TRANSLATE_NOOP("Audit", "restored"), "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "merge": QT_TRANSLATE_NOOP("Audit", "merged"), "transfer": QT_TRANSLATE_NOOP("Audit", "transferred"),
    "change-identity": QT_TRANSLATE_NOOP("Audit", "plate or VIN changed"),
    "odometer-lower": QT_TRANSLATE_NOOP("Audit", "odometer below the last"),
    "import": QT_TRANSLATE_NOOP("Audit", "imported"), "price-below-cost": QT_TRANSLATE_NOOP("Audit", "sold below cost"),
    "issue-part": QT_TRANSLATE_NOOP("Audit", "part issued"), "return-part": QT_TRANSLATE_NOOP("Audit", "part returned"),
    "write-off": QT_TRANSLATE_NOOP("Audit", "written off"), "supplier-return": QT_TRANSLATE_NOOP("Audit", "returned to supplier"),
    "stock-adjustment": QT_TRANSLATE_NOOP("Audit", "stock adjusted"), "stock-take": QT_TRANSLATE_NOOP("Audit", "stock-take posted"),
    "abc-pin": QT_TRANSLATE_NOOP("Audit", "ABC class pinned"), "price-difference": QT_TRANSLATE_NOOP("Audit", "price differs"),
    "credit-note": QT_TRANSLATE_NOOP("Audit", "credit note"), "refund": QT_TRANSLATE_NOOP("Audit", "paid back"),
    "discount-approved": QT_TRANSLATE_NOOP("Audit", "discount approved"), "fapiao": QT_TRANSLATE_NOOP("Audit", "fapiao recorded"),
    "cash-count": QT_TRANSLATE_NOOP("Audit", "cash counted"), "setting-changed": QT_TRANSLATE_NOOP("Audit", "setting changed"),
    "owner-created": QT_TRANSLATE_NOOP("Audit", "owner made"), "owner-recovered": QT_TRANSLATE_NOOP("Audit", "owner's recovery code used"),
    "password-changed": QT_TRANSLATE_NOOP("Audit", "password changed"), "password-reset": QT_TRANSLATE_NOOP("Audit", "password reset"),
    "pin-set": QT_TRANSLATE_NOOP("Audit", "PIN set"), "pin-removed": QT_TRANSLATE_NOOP("Audit", "PIN removed"),
    "user-added": QT_TRANSLATE_NOOP("Audit", "user added"), "user-changed": QT_TRANSLATE_NOOP("Audit", "user changed"),
    "user-activated": QT_TRANSLATE_NOOP("Audit", "user reactivated"), "user-deactivated": QT_TRANSLATE_NOOP("Audit", "user deactivated"),
    "grants-changed": QT_TRANSLATE_NOOP("Audit", "permissions changed"), "clocking-corrected": QT_TRANSLATE_NOOP("Audit", "clocking corrected"),
    "audit-exported": QT_TRANSLATE_NOOP("Audit", "audit log exported"),
    "follow-up-call": QT_TRANSLATE_NOOP("Audit", "follow-up call logged"),
    "follow-up-cancelled": QT_TRANSLATE_NOOP("Audit", "follow-up call not made"),
    "contact-inbound": QT_TRANSLATE_NOOP("Audit", "inbound call logged"),
    "contact-letter": QT_TRANSLATE_NOOP("Audit", "letter logged"),
    "deputy": QT_TRANSLATE_NOOP("Audit", "deputy named"), "deputy-removed": QT_TRANSLATE_NOOP("Audit", "deputy removed"),
    "complaint-opened": QT_TRANSLATE_NOOP("Audit", "complaint received"),
    "complaint-state": QT_TRANSLATE_NOOP("Audit", "complaint state changed"),
    "complaint-escalated": QT_TRANSLATE_NOOP("Audit", "complaint escalated"),
    "complaint-note": QT_TRANSLATE_NOOP("Audit", "complaint note"),
    "complaint-reported": QT_TRANSLATE_NOOP("Audit", "complaint reported to the manager"),
    "complaint-solution": QT_TRANSLATE_NOOP("Audit", "complaint solution found"),
    "complaint-told": QT_TRANSLATE_NOOP("Audit", "customer told the solution"),
    "complaint-owner": QT_TRANSLATE_NOOP("Audit", "complaint handed over"),
    "complaint-goodwill": QT_TRANSLATE_NOOP("Audit", "goodwill given"),
    "calendar-day": QT_TRANSLATE_NOOP("Audit", "working calendar changed"),
    "calendar-day-removed": QT_TRANSLATE_NOOP("Audit", "working calendar day removed"),
}
RECORDS = {
    "customer": QT_TRANSLATE_NOOP("Audit", "customer"), "vehicle": QT_TRANSLATE_NOOP("Audit", "car"),
    "work_order": QT_TRANSLATE_NOOP("Audit", "work order"), "part": QT_TRANSLATE_NOOP("Audit", "part"),
    "invoice": QT_TRANSLATE_NOOP("Audit", "invoice"), "staff": QT_TRANSLATE_NOOP("Audit", "person"),
    "shop_setting": QT_TRANSLATE_NOOP("Audit", "setting"), "permission": QT_TRANSLATE_NOOP("Audit", "permission"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"), "clocking": QT_TRANSLATE_NOOP("Audit", "clocking"),
    "stock_count": QT_TRANSLATE_NOOP("Audit", "stock-take"), "purchase_order": QT_TRANSLATE_NOOP("Audit", "purchase order"),
    "cash_count": QT_TRANSLATE_NOOP("Audit", "cash count"), "stock_movement": QT_TRANSLATE_NOOP("Audit", "stock movement"),
    "audit_entry": QT_TRANSLATE_NOOP("Audit", "audit log"),
    "follow_up": QT_TRANSLATE_NOOP("Audit", "follow-up call"), "contact": QT_TRANSLATE_NOOP("Audit", "call register"),
    "complaint": QT_TRANSLATE_NOOP("Audit", "complaint"), "deputy": QT_TRANSLATE_NOOP("Audit", "deputy"),
    "work_calendar_day": QT_TRANSLATE_NOOP("Audit", "working calendar"),
}
OUTCOMES = {"done": QT_TRANSLATE_NOOP("Audit", "done"), "refused": QT_TRANSLATE_NOOP("Audit", "refused")}


def said(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("Audit", table[code]) if code in table else code


def _short(row: AuditRow) -> str:
    return "; ".join(f"{k}={v}" for k, v in row.details().items())[:300]


AUDIT_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "When"), 130, fmt=fmt_datetime),
    Column("user", QT_TRANSLATE_NOOP("Columns", "Who"), 80),
    Column("approved_by", QT_TRANSLATE_NOOP("Columns", "Approved by"), 80),
    Column("workstation", QT_TRANSLATE_NOOP("Columns", "Workstation"), 90),
    Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), 120, fmt=lambda v: said(ACTIONS, v)),
    Column("entity", QT_TRANSLATE_NOOP("Columns", "Record"), 90, value=lambda r: f"{said(RECORDS, r.entity)} {r.entity_id or ''}".strip()),
    Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), 60, fmt=lambda v: said(OUTCOMES, v)),
    Column("detail", QT_TRANSLATE_NOOP("Columns", "Details"), 360, value=_short),
)


class AuditLogDialog(QDialog):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1180, 680)
        self.services = services
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.person = QComboBox()
        self.action = QComboBox()
        self.entity = QComboBox()
        people, actions, entities = services.audit_log.choices()
        for combo, values, label in ((self.person, people, self.tr("Everyone")),
                                     (self.action, actions, self.tr("All actions")),
                                     (self.entity, entities, self.tr("All records"))):
            combo.addItem(label, "")
            for value in values:
                table = ACTIONS if combo is self.action else RECORDS if combo is self.entity else {}
                combo.addItem(said(table, value), value)
            combo.currentIndexChanged.connect(self.refresh)
            bar.addWidget(combo)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        self.refused = QCheckBox(self.tr("Refusals only"))
        self.refused.toggled.connect(self.refresh)
        bar.addWidget(self.refused)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.model: RowTableModel[AuditRow] = RowTableModel(AUDIT_COLUMNS, fetch_page=self._page)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        layout.addWidget(self.view, 1)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(140)
        layout.addWidget(self.detail)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.refresh()

    def filter(self) -> AuditFilter:
        return AuditFilter(user=self.person.currentData() or "", action=self.action.currentData() or "",
                           entity=self.entity.currentData() or "", since=self.since.date().toPython(),  # type: ignore[arg-type]
                           until=self.until.date().toPython(), refused_only=self.refused.isChecked())  # type: ignore[arg-type]

    def _page(self, last: AuditRow | None, n: int) -> list[AuditRow]:
        return self.services.audit_log.entries(self.filter(), last, n)

    def refresh(self) -> None:
        try:
            self.model.reset(self._page(None, RowTableModel.PAGE))
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.error.show_message("")

    def _show_detail(self, *_args: object) -> None:
        index = self.view.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        self.detail.setPlainText(json.dumps(row.details(), ensure_ascii=False, indent=2) if row else "")

    def export(self) -> int | None:
        path = common.choose_save_file(self, self.tr("Export the audit log"), "audit-log.xlsx",
                                       self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None
        count = common.saving(self, Path(path), lambda: self.services.audit_log.export(self.filter(), Path(path)))
        if count is not None:
            self.status.emit(self.tr("%1 entries exported.").replace("%1", str(count)))
        return count  # type: ignore[no-any-return]
