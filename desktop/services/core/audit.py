"""Writing the audit trail from inside a unit of work."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import AuditEntry


def record(session: Session, action: str, entity: str, entity_id: int | None, **detail: Any) -> None:
    session.add(
        AuditEntry(
            user=session.info.get("user", "admin"),
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
        )
    )
