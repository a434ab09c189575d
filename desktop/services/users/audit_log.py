"""Reading the audit log (审计日志): who did what, approved by whom, on which workstation, to
which record, with the values before and after; refusals too.  Filtered by person, action,
record and dates, newest first, page by page; exported for the owner or an auditor as CSV
or XLSX.  The log itself is append-only (database triggers); this only reads it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import and_, or_, select

from desktop.models import AuditEntry
from desktop.services.common.spreadsheet import safe_cell, safe_writer
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.files import replacing
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing

HEADERS = ["时间", "操作人", "审批人", "工作站", "操作", "对象", "编号", "结果", "详情"]


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    action: str = ""
    entity: str = ""
    entity_id: int | None = None
    since: date | None = None
    until: date | None = None
    refused_only: bool = False


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    approved_by: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    outcome: str
    detail: str  # JSON as written

    def details(self) -> dict[str, object]:
        try:
            value = json.loads(self.detail or "{}")
        except ValueError:
            return {"detail": self.detail}
        return value if isinstance(value, dict) else {"detail": value}


class AuditLogService(Service):
    def entries(self, flt: AuditFilter, after: AuditRow | None = None, limit: int = 200) -> list[AuditRow]:
        """Newest first (by time, then by the order written); the next page starts after
        the last row shown."""
        self.require("audit.view")
        with reading(self.db) as s:
            q = self._query(flt).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(max(1, min(limit, 5000)))
            if after is not None:
                q = q.where(or_(AuditEntry.at < after.at, and_(AuditEntry.at == after.at, AuditEntry.id < after.id)))
            return [AuditRow(**r._mapping) for r in s.execute(q)]  # plain rows: no objects to build

    def choices(self) -> tuple[list[str], list[str], list[str]]:
        """The people, actions and kinds of record found in the log, for the filters."""
        self.require("audit.view")
        with reading(self.db) as s:
            return tuple(sorted(x for x in s.scalars(select(col).distinct()) if x)  # type: ignore[return-value]
                         for col in (AuditEntry.user, AuditEntry.action, AuditEntry.entity))

    def export(self, flt: AuditFilter, path: Path) -> int:
        """The filtered log as .xlsx or .csv (by the file's suffix); the export is itself
        recorded.  The number of entries written."""
        self.require("audit.view")
        with reading(self.db) as s:
            rows = [AuditRow(**r._mapping) for r in s.execute(self._query(flt).order_by(AuditEntry.id))]
        cells = [[r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), r.user, r.approved_by, r.workstation, r.action,
                  r.entity, "" if r.entity_id is None else r.entity_id, r.outcome, r.detail] for r in rows]
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook  # type: ignore[import-untyped]

            book = Workbook(write_only=True)
            sheet = book.create_sheet("审计日志")
            sheet.append(HEADERS)
            for row in cells:
                sheet.append([safe_cell(c) if isinstance(c, str) else c for c in row])
            with replacing(path, binary=True) as handle:
                book.save(handle)
        else:
            with replacing(path) as handle:
                writer = safe_writer(handle)
                writer.writerow(HEADERS)
                writer.writerows(cells)
        with writing(self.db, self.user) as s:
            audit.record(s, "audit-exported", "audit_entry", None, rows=len(rows), file=path.name)
        return len(rows)

    @staticmethod
    def _query(flt: AuditFilter):  # type: ignore[no-untyped-def]
        q = select(AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.approved_by, AuditEntry.workstation,
                   AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.outcome, AuditEntry.detail)
        if clean(flt.user):
            q = q.where(or_(AuditEntry.user == clean(flt.user), AuditEntry.approved_by == clean(flt.user)))
        if clean(flt.action):
            q = q.where(AuditEntry.action == clean(flt.action))
        if clean(flt.entity):
            q = q.where(AuditEntry.entity == clean(flt.entity))
        if flt.entity_id is not None:
            q = q.where(AuditEntry.entity_id == flt.entity_id)
        if flt.since is not None:
            q = q.where(AuditEntry.at >= datetime.combine(flt.since, time()).astimezone())
        if flt.until is not None:
            q = q.where(AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), time()).astimezone())
        if flt.refused_only:
            q = q.where(AuditEntry.outcome == "refused")
        return q
