"""Who is at the desk (当前用户): the person signed in on this program, what they may do, and
a manager's on-the-spot approval.  One ``Desk`` per program, shared by every service, so
switching user at the shared counter PC changes it everywhere at once.

A service checks a permission with ``desk.require(code)`` before it opens its
transaction.  The approval of a person standing next to the desk (who typed their own
password; see ``users``) is attached for one call with ``with desk.approved(a): ...``;
every audit entry written while it is used names them as the approver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.permissions import ALL, PERMISSIONS

SYSTEM = "admin"  # the acting name before the first user exists, and of tests and tools


@dataclass(frozen=True)
class Actor:
    login: str
    name: str
    user_id: int | None = None
    roles: frozenset[str] = frozenset()
    permissions: frozenset[str] = ALL
    unattended: bool = False  # a scheduled task (the nightly backup), not a person

    def may(self, permission: str) -> bool:
        return permission in self.permissions


@dataclass(frozen=True)
class Approval:
    """A person with the permission approved on the spot (their password was checked by
    ``users.UserService.approve``)."""

    login: str
    name: str
    permissions: frozenset[str] = field(default_factory=frozenset)


class NotPermitted(ServiceError):
    """The person at the desk may not do this; ``approvable`` when a manager may approve it
    on the spot."""

    def __init__(self, permission: str, approvable: bool) -> None:
        spec = PERMISSIONS[permission]
        if approvable:
            text = QT_TRANSLATE_NOOP("Validation", "You may not {what}: a manager must approve it with their "
                                                   "password.")
        else:
            text = QT_TRANSLATE_NOOP("Validation", "You may not {what}. Ask someone whose role allows it.")
        super().__init__(Message(text, {"what": Message(spec.label, {}, "Permissions")}))
        self.permission = permission
        self.approvable = approvable


# The approver of the call in progress, for the audit entries it writes.
_approver: ContextVar[str] = ContextVar("approver", default="")


def current_approver() -> str:
    return _approver.get()


def workstation() -> str:
    from desktop.config import workstation_name

    return workstation_name()


class Desk:
    def __init__(self, actor: Actor | None = None) -> None:
        self.actor = actor or Actor(SYSTEM, SYSTEM)
        self._approval: Approval | None = None
        self._listeners: list[Callable[[Actor], None]] = []

    @property
    def login(self) -> str:
        return self.actor.login

    def sign_in(self, actor: Actor) -> None:
        """Another person takes the desk (sign-in, switch user, unlock by someone else)."""
        self.actor = actor
        self._approval = None
        for listener in list(self._listeners):
            listener(actor)

    def on_change(self, listener: Callable[[Actor], None]) -> None:
        self._listeners.append(listener)

    def may(self, permission: str) -> bool:
        return self.actor.may(permission)

    def require(self, permission: str) -> str:
        """The approver's login when an approval made it possible, "" when the person at the
        desk may do it themselves; ``NotPermitted`` otherwise."""
        if permission not in PERMISSIONS:
            raise KeyError(permission)
        if self.actor.may(permission):
            return ""
        approval = self._approval
        if approval is not None and permission in approval.permissions:
            _approver.set(approval.login)
            return approval.login
        raise NotPermitted(permission, PERMISSIONS[permission].manager)

    @contextmanager
    def approved(self, approval: Approval | None) -> Iterator[None]:
        """Attach a manager's approval to the calls made inside (one action, then gone)."""
        before, token = self._approval, _approver.set("")
        self._approval = approval
        try:
            yield
        finally:
            self._approval = before
            _approver.reset(token)


def as_desk(who: str | Desk) -> Desk:
    """A service built with a plain name (a test, the demo, a tool) acts with every
    permission under that name; the window and the command line hand in the real desk."""
    return who if isinstance(who, Desk) else Desk(Actor(who, who))
