"""When the shop was last backed up, kept in the shop's own database (备份状态), so that every
workstation tells the same: when, where, by whom, verified.  And when to remind: not before
there is anything to back up; at the end of a day on which something changed since the
last verified backup; more urgently once the last one is three days old."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import Customer, Part, Vehicle, WorkOrder
from desktop.models.invoicing import Invoice, Payment
from desktop.models.parts import StockMovement
from desktop.services.core.uow import reading, writing
from desktop.services.system import settings as shop_settings

URGENT_DAYS = 3


@dataclass(frozen=True)
class BackupStatus:
    last_at: datetime | None
    where: str
    by: str
    changed_at: datetime | None  # the newest change to the shop's records
    has_data: bool

    def changed_since_backup(self) -> bool:
        return self.has_data and (self.last_at is None or (self.changed_at is not None and
                                                           self.changed_at > self.last_at))


def reminder(status: BackupStatus, now: datetime, closing: bool) -> str | None:
    """None, "remind" or "urgent".  At closing: whenever something changed since the last
    verified backup.  At start: only for a change from an earlier day (the end of that day
    was missed).  "urgent" once the last backup (or the first data) is ``URGENT_DAYS`` old."""
    if not status.changed_since_backup():
        return None
    since = status.last_at or status.changed_at
    age_days = (now - since).total_seconds() / 86400 if since is not None else 0.0
    if not closing and status.changed_at is not None and status.changed_at.astimezone().date() >= \
            now.astimezone().date() and status.last_at is not None:
        return None
    if status.last_at is None and not closing and age_days < 1:
        return None  # the first day with data: remind at its end, not at its start
    return "urgent" if (status.last_at is None and age_days >= URGENT_DAYS) or \
        (status.last_at is not None and age_days >= URGENT_DAYS) else "remind"


def record(db: Database, when: datetime, where: str, user: str) -> None:
    """A verified backup was made: every workstation now tells the same."""
    with writing(db, user) as s:
        shop_settings.put(s, "last_backup_at", when.isoformat())
        shop_settings.put(s, "last_backup_where", where[:300])
        shop_settings.put(s, "last_backup_by", f"{user}@{socket.gethostname()}"[:120])


def status(db: Database) -> BackupStatus:
    """The last verified backup and the newest change to the shop's records."""
    with reading(db) as s:
        last = str(shop_settings.get(s, "last_backup_at"))
        try:
            last_at = datetime.fromisoformat(last) if last else None
        except ValueError:
            last_at = None
        has_data = any(s.scalar(select(model.id).limit(1)) is not None for model in (Customer, Part, WorkOrder))
        stamps = [s.scalar(select(func.max(col))) for col in (
            Customer.updated_at, Vehicle.updated_at, WorkOrder.updated_at, Part.updated_at, Invoice.issued_at,
            Payment.at, StockMovement.at)]
        where = str(shop_settings.get(s, "last_backup_where"))
        by = str(shop_settings.get(s, "last_backup_by"))
    changed = max((t for t in stamps if t is not None), default=None)
    return BackupStatus(last_at, where, by, changed, has_data)
