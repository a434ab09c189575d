"""What every service shares: its database, the desk it acts for, and the permission check
that writes a refusal to the audit log before it says no."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from desktop.db import Database
from desktop.models.base import utcnow
from desktop.services.core import audit
from desktop.services.core.desk import SYSTEM, Desk, NotPermitted, as_desk
from desktop.services.core.uow import writing


class Service:
    def __init__(self, db: Database, user: str | Desk = SYSTEM,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.desk = as_desk(user)
        # The time the service stamps on what it records (UTC, aware).  Only a replay of
        # the past passes another: the demo shop issuing its year of invoices in order.
        self.clock = clock

    @property
    def user(self) -> str:
        """The login of the person at the desk: what rows and audit entries record."""
        return self.desk.login

    def touch(self, record: Any) -> None:
        """A change to a record's parts (its lines, items) changes the record: stamping it
        makes the UPDATE move its version (checked by the database), so a stale copy open
        elsewhere is refused rather than saved over."""
        record.updated_at = self.clock()
        record.updated_by = self.user

    def require(self, permission: str, **about: object) -> str:
        """Call before the transaction opens.  The approver's login when a manager approved
        on the spot, "" when the person may do it themselves; a refusal is audited."""
        try:
            return self.desk.require(permission)
        except NotPermitted:
            with writing(self.db, self.user) as s:
                audit.refused(s, permission, **about)
            raise

    @contextmanager
    def refusals_audited(self) -> Iterator[None]:
        """Around a use case that learns inside its transaction that it needs a permission
        (a discount above the limit, a price below cost): the refusal is audited once the
        transaction has rolled back."""
        try:
            yield
        except NotPermitted as exc:
            with writing(self.db, self.user) as s:
                audit.refused(s, exc.permission)
            raise

    def allowed_by(self, permission: str, named: str = "") -> str:
        """Inside a transaction: who allows it (the approving manager, else the person at
        the desk, who may name the manager they asked); ``NotPermitted`` when nobody may."""
        approver = self.desk.require(permission)
        return approver or named or self.user
