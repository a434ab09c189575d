"""Users and sign-in (用户): the owner made at the first start, the staff who sign in with a
password (or a PIN at the workshop kiosk), their roles, what each role may do, a manager's
approval on the spot, and the owner's way back in with the recovery code.

The person at the desk is the ``Desk`` every service shares; signing in or switching user
puts an ``Actor`` on it with the permissions of all their roles, read from the shop's
``role_permission`` grants (so a change of grants applies at the next sign-in).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.models import RolePermission, Staff, StaffRole
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.desk import Actor, Approval, NotPermitted
from desktop.services.core.errors import NotFound, Refused, ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.permissions import PERMISSIONS
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.users import secrets
from desktop.services.users.records import (
    OwnerCreated,
    PinAtPasswordPrompt,
    SignedIn,
    SignInFailed,
    UserForm,
    UserView,
    WaitToRetry,
)
from desktop.services.users.rules.passwords import (
    looks_like_pin,
    password_problem,
    pin_problem,
    wait_after,
)
from desktop.services.users.rules.roles import DEFAULT_GRANTS, ROLES, WORKSHOP_ROLES

OWNER_LOGIN = "admin"  # what every change was recorded as before users existed
LOGIN_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def grants_of(s: Session, roles: Iterable[str]) -> frozenset[str]:
    roles = list(roles)
    if not roles:
        return frozenset()
    rows = s.scalars(select(RolePermission.permission).where(RolePermission.role.in_(roles)))
    return frozenset(p for p in rows if p in PERMISSIONS)


def roles_of(s: Session, staff_id: int) -> frozenset[str]:
    return frozenset(s.scalars(select(StaffRole.role).where(StaffRole.staff_id == staff_id)))


def actor_of(s: Session, person: Staff) -> Actor:
    roles = roles_of(s, person.id)
    return Actor(person.login or person.name, person.name, person.id, roles, grants_of(s, roles))


class UserService(Service):
    # the first start ------------------------------------------------------------------------

    def has_owner(self) -> bool:
        with reading(self.db) as s:
            return bool(s.scalar(select(func.count()).select_from(Staff).where(
                Staff.owner.is_(True), Staff.password_hash != "")))

    def create_owner(self, name: str, password: str) -> OwnerCreated:
        """The shop's owner (admin) at the first start: the login "admin", so that every
        change recorded before users existed is theirs.  Once only."""
        errors = self._check_password(password, "password")
        if not clean(name):
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the name."))
        if errors:
            raise ValidationFailed(errors)
        code = secrets.new_recovery_code()
        with writing(self.db, OWNER_LOGIN) as s:
            if s.scalar(select(func.count()).select_from(Staff).where(Staff.owner.is_(True))):
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The shop already has its owner.")))
            person = s.scalar(select(Staff).where(Staff.login == OWNER_LOGIN)) or Staff(role="manager")
            person.name, person.login, person.owner, person.active = clean(name)[:64], OWNER_LOGIN, True, True
            person.password_hash = secrets.hash_secret(password)
            person.recovery_hash = secrets.hash_secret(secrets.normal_recovery_code(code))
            s.add(person)
            s.flush()
            self._set_roles(s, person.id, ("admin", "manager"))
            self._seed_grants(s)
            audit.record(s, "owner-created", "staff", person.id, name=person.name)
            return OwnerCreated(person.id, code)

    def recover_owner(self, code: str, new_password: str) -> OwnerCreated:
        """A forgotten owner password: the recovery code from the safe sets a new one, and
        a new code replaces the used one."""
        errors = self._check_password(new_password, "password")
        if errors:
            raise ValidationFailed(errors)
        fresh = secrets.new_recovery_code()
        with writing(self.db, OWNER_LOGIN) as s:
            owner = s.scalar(select(Staff).where(Staff.owner.is_(True)))
            if owner is None or not secrets.matches(owner.recovery_hash, secrets.normal_recovery_code(code)):
                audit.refused(s, "users.manage", action="recover-owner")
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This is not the shop's recovery code.")))
            owner.password_hash = secrets.hash_secret(new_password)
            owner.recovery_hash = secrets.hash_secret(secrets.normal_recovery_code(fresh))
            owner.failed_count, owner.failed_at, owner.must_change, owner.active = 0, None, False, True
            audit.record(s, "owner-recovered", "staff", owner.id)
            return OwnerCreated(owner.id, fresh)

    # signing in -----------------------------------------------------------------------------

    def sign_in(self, login: str, password: str, now: datetime | None = None) -> SignedIn:
        """A person takes the desk.  A wrong login or password says only that sign-in failed;
        after three failures each try waits longer (never for good).  A failure is counted
        and audited even though the sign-in is refused."""
        key = clean(login).lower()
        with writing(self.db, key[:64] or "?") as s:
            person = s.scalar(select(Staff).where(Staff.login == key)) if key else None
            failure, signed = self._check(s, person, "password_hash", password, now, key[:32])
            if failure is None and person is not None:
                if secrets.needs_rehash(person.password_hash):
                    person.password_hash = secrets.hash_secret(password)
                audit.record(s, "sign-in", "staff", person.id)
            elif isinstance(failure, SignInFailed) and person is not None and looks_like_pin(password) \
                    and secrets.matches(person.pin_hash, password):
                failure = PinAtPasswordPrompt()
        if failure is not None:
            raise failure
        assert signed is not None
        return signed

    def sign_in_pin(self, user_id: int, pin: str, now: datetime | None = None) -> SignedIn:
        """At the workshop kiosk: the person picks their name and types their PIN."""
        with writing(self.db, "kiosk") as s:
            person = s.get(Staff, user_id)
            failure, signed = self._check(s, person, "pin_hash", pin, now, person.login or person.name if person else "")
        if failure is not None:
            raise failure
        assert signed is not None
        return signed

    def _check(self, s: Session, person: Staff | None, stored: str, secret: str, now: datetime | None,
               who: str) -> tuple[ServiceError | None, SignedIn | None]:
        """One try at signing in, in the caller's transaction (committed either way, so a
        failure counts): the refusal, or the person signed in."""
        if person is None or not person.active or not getattr(person, stored):
            audit.refused(s, "sign-in", login=who)
            return SignInFailed(), None
        self._wait(person, now or datetime.now(UTC))
        if not secrets.matches(getattr(person, stored), secret):
            person.failed_count += 1
            person.failed_at = now or datetime.now(UTC)
            audit.refused(s, "sign-in", login=who, failures=person.failed_count, kiosk=stored == "pin_hash")
            return SignInFailed(), None
        person.failed_count, person.failed_at = 0, None
        return None, self._signed_in(s, person)

    def approve(self, login: str, password: str, permission: str) -> Approval:
        """A manager standing next to the desk approves one action with their own password;
        the record will say "done by X, approved by Y"."""
        signed = self.sign_in(login, password)
        if permission not in signed.permissions:
            raise NotPermitted(permission, approvable=False)
        if signed.login == self.desk.login:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Someone else must approve it.")))
        return Approval(signed.login, signed.name, signed.permissions)

    def change_password(self, old: str, new: str) -> None:
        """The person at the desk changes their own password."""
        errors = self._check_password(new, "new")
        if old == new:
            errors["new"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose a password other than the old one."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            person = self._by_login(s, self.desk.login)
            if not secrets.matches(person.password_hash, old):
                raise ValidationFailed({"old": _msg(QT_TRANSLATE_NOOP("Validation", "This is not your password."))})
            person.password_hash = secrets.hash_secret(new)
            person.must_change = False
            audit.record(s, "password-changed", "staff", person.id)

    # the admin's page -----------------------------------------------------------------------

    def users(self) -> list[UserView]:
        with reading(self.db) as s:
            roles: dict[int, list[str]] = {}
            for sid, role in s.execute(select(StaffRole.staff_id, StaffRole.role).order_by(StaffRole.role)):
                roles.setdefault(sid, []).append(role)
            return [UserView(p.id, p.name, p.login or "", tuple(roles.get(p.id, ())), p.active,
                             bool(p.password_hash), bool(p.pin_hash), p.owner, p.must_change)
                    for p in s.scalars(select(Staff).order_by(Staff.active.desc(), Staff.name))]

    def add_user(self, form: UserForm) -> UserView:
        self.require("users.manage", action="add-user")
        errors = self._check_form(form, new=True)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            if form.login and s.scalar(select(Staff.id).where(Staff.login == clean(form.login).lower())):
                raise ValidationFailed({"login": _msg(QT_TRANSLATE_NOOP("Validation", "This login is taken."))})
            main = next((r for r in form.roles if r in WORKSHOP_ROLES), form.roles[0])
            person = Staff(name=clean(form.name)[:64], role=main, login=clean(form.login).lower() or None,
                           password_hash=secrets.hash_secret(form.password) if form.password else "",
                           pin_hash=secrets.hash_secret(form.pin) if form.pin else "",
                           must_change=bool(form.password))
            s.add(person)
            s.flush()
            self._set_roles(s, person.id, form.roles)
            audit.record(s, "user-added", "staff", person.id, name=person.name, login=person.login,
                         roles=sorted(form.roles))
            return self._view(s, person)

    def update_user(self, user_id: int, name: str, login: str, roles: Iterable[str]) -> UserView:
        self.require("users.manage", action="update-user", user_id=user_id)
        form = UserForm(name, login, tuple(roles))
        errors = self._check_form(form, new=False)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            person = self._person(s, user_id)
            had = sorted(roles_of(s, person.id))
            before = {"name": person.name, "login": person.login, "roles": had}
            if set(form.roles) != set(had) and person.login == self.desk.login:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Nobody changes their own roles; ask another "
                                                                   "administrator.")))
            if person.owner and "admin" not in form.roles:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The owner stays an administrator.")))
            key = clean(login).lower() or None
            if key != person.login and key and s.scalar(select(Staff.id).where(Staff.login == key)):
                raise ValidationFailed({"login": _msg(QT_TRANSLATE_NOOP("Validation", "This login is taken."))})
            if person.owner and key != OWNER_LOGIN:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The owner's login stays \"admin\".")))
            person.name, person.login = clean(name)[:64], key
            person.role = next((r for r in form.roles if r in WORKSHOP_ROLES), form.roles[0])
            self._set_roles(s, person.id, form.roles)
            audit.record(s, "user-changed", "staff", person.id, before=before,
                         after={"name": person.name, "login": person.login, "roles": sorted(form.roles)})
            return self._view(s, person)

    def reset_password(self, user_id: int, password: str) -> None:
        """An administrator gives a person a new password; they must change it at the next
        sign-in."""
        self.require("users.manage", action="reset-password", user_id=user_id)
        errors = self._check_password(password, "password")
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            person = self._person(s, user_id)
            if not person.login:
                raise ValidationFailed({"login": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Give the person a login first."))})
            person.password_hash = secrets.hash_secret(password)
            person.must_change = person.login != self.desk.login
            person.failed_count, person.failed_at = 0, None
            audit.record(s, "password-reset", "staff", person.id)

    def set_pin(self, user_id: int, pin: str) -> None:
        self.require("users.manage", action="set-pin", user_id=user_id)
        problem = pin_problem(pin) if pin else None
        if problem is not None:
            raise ValidationFailed({"pin": problem})
        with writing(self.db, self.user) as s:
            person = self._person(s, user_id)
            person.pin_hash = secrets.hash_secret(pin) if pin else ""
            audit.record(s, "pin-set" if pin else "pin-removed", "staff", person.id)

    def set_active(self, user_id: int, active: bool) -> None:
        """Deactivate a person who left (never deleted: their history stays readable), or
        take them back."""
        self.require("users.manage", action="deactivate" if not active else "reactivate", user_id=user_id)
        with writing(self.db, self.user) as s:
            person = self._person(s, user_id)
            if not active and (person.owner or person.login == self.desk.login):
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "The owner and the person at the desk cannot be deactivated.")))
            person.active = active
            audit.record(s, "user-activated" if active else "user-deactivated", "staff", person.id)

    def grants(self) -> dict[str, frozenset[str]]:
        """What each role may do in this shop."""
        with reading(self.db) as s:
            out: dict[str, set[str]] = {role: set() for role in ROLES}
            for role, permission in s.execute(select(RolePermission.role, RolePermission.permission)):
                out.setdefault(role, set()).add(permission)
            return {role: frozenset(p) for role, p in out.items()}

    def set_grants(self, role: str, permissions: Iterable[str]) -> None:
        self.require("users.manage", action="grants", role=role)
        wanted = frozenset(permissions)
        unknown = wanted - set(PERMISSIONS)
        if role not in ROLES or unknown:
            raise ValidationFailed({"role": _msg(QT_TRANSLATE_NOOP("Validation", "Choose a role and permissions "
                                                                                 "from the list."))})
        if role == "admin" and "users.manage" not in wanted:
            raise Refused(_msg(QT_TRANSLATE_NOOP(
                "Validation", "Administrators keep the permission to manage users (or nobody could).")))
        with writing(self.db, self.user) as s:
            before = sorted(s.scalars(select(RolePermission.permission).where(RolePermission.role == role)))
            s.execute(delete(RolePermission).where(RolePermission.role == role))
            s.add_all(RolePermission(role=role, permission=p) for p in sorted(wanted))
            audit.record(s, "grants-changed", "role", None, role=role, before=before, after=sorted(wanted))

    # internals ------------------------------------------------------------------------------

    def _signed_in(self, s: Session, person: Staff) -> SignedIn:
        actor = actor_of(s, person)
        return SignedIn(person.id, actor.login, person.name, actor.roles, actor.permissions, person.must_change,
                        person.owner)

    @staticmethod
    def _wait(person: Staff, now: datetime) -> None:
        wait = wait_after(person.failed_count)
        if wait and person.failed_at is not None:
            left = wait - int((now - person.failed_at).total_seconds())
            if left > 0:
                raise WaitToRetry(left)

    @staticmethod
    def _check_password(password: str, key: str) -> dict[str, Message]:
        problem = password_problem(password)
        return {key: problem} if problem is not None else {}

    def _check_form(self, form: UserForm, new: bool) -> dict[str, Message]:
        errors: dict[str, Message] = {}
        if not clean(form.name):
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the name."))
        login = clean(form.login).lower()
        if login and (not set(login) <= LOGIN_CHARS or not 2 <= len(login) <= 32):
            errors["login"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "A login is 2 to 32 letters, digits, dots, dashes or underscores (e.g. lina)."))
        if not form.roles or any(r not in ROLES for r in form.roles):
            errors["roles"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose at least one role."))
        if new and form.password:
            if not login:
                errors["login"] = _msg(QT_TRANSLATE_NOOP("Validation", "A person with a password needs a login."))
            errors.update(self._check_password(form.password, "password"))
        if new and form.pin:
            problem = pin_problem(form.pin)
            if problem is not None:
                errors["pin"] = problem
        return errors

    @staticmethod
    def _set_roles(s: Session, staff_id: int, roles: Iterable[str]) -> None:
        s.execute(delete(StaffRole).where(StaffRole.staff_id == staff_id))
        s.add_all(StaffRole(staff_id=staff_id, role=r) for r in sorted(set(roles)))

    @staticmethod
    def _seed_grants(s: Session) -> None:
        """The default grants, where the shop has none yet (a database made before 0011
        has them from the migration; a new one from here)."""
        if s.scalar(select(func.count()).select_from(RolePermission)):
            return
        s.add_all(RolePermission(role=r, permission=p) for r, ps in DEFAULT_GRANTS.items() for p in sorted(ps))

    @staticmethod
    def _person(s: Session, user_id: int) -> Staff:
        person = s.get(Staff, user_id)
        if person is None:
            raise NotFound("user", user_id)
        return person

    @staticmethod
    def _by_login(s: Session, login: str) -> Staff:
        person = s.scalar(select(Staff).where(Staff.login == login))
        if person is None:
            raise NotFound("user", login)
        return person

    @staticmethod
    def _view(s: Session, p: Staff) -> UserView:
        return UserView(p.id, p.name, p.login or "", tuple(sorted(roles_of(s, p.id))), p.active,
                        bool(p.password_hash), bool(p.pin_hash), p.owner, p.must_change)
