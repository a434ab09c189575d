"""The audit trail: sensitive actions and refusals, who did them, approved by whom, on which
workstation and when.  Append-only: triggers refuse UPDATE and DELETE (migration 0011)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(default=None)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: the values before and after, the reason
    approved_by: Mapped[str] = mapped_column(String(64), default="")  # the manager who approved on the spot
    workstation: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(8), default="done")  # done | refused
