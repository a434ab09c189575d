"""Writing the audit trail from inside a unit of work: who (the unit's user), approved by
whom (a manager's on-the-spot approval in use), on which workstation, what record, and the
values before and after in ``detail``.  Refusals are written too (``refused``)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.core.desk import current_approver, workstation


def record(session: Session, action: str, entity: str, entity_id: int | None, **detail: Any) -> None:
    session.add(
        AuditEntry(
            user=session.info.get("user", "admin"),
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
            approved_by=current_approver(),
            workstation=workstation(),
        )
    )


def refused(session: Session, permission: str, **detail: Any) -> None:
    """Somebody tried what their role does not allow (and no manager approved it)."""
    session.add(
        AuditEntry(
            user=session.info.get("user", "admin"),
            action="refused",
            entity="permission",
            entity_id=None,
            detail=json.dumps({"permission": permission, **detail}, ensure_ascii=False, default=str),
            workstation=workstation(),
            outcome="refused",
        )
    )
