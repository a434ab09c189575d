"""Users and sign-in: the owner made once, sign-in that says little and slows down, a
manager's approval, passwords never in clear."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.db import Database
from desktop.services.core.desk import Actor, Desk, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.users.records import PinAtPasswordPrompt, SignInFailed, UserForm, WaitToRetry
from desktop.services.users.service import UserService

OWNER_PW = "Shunda#2026"


@pytest.fixture
def users(db: Database) -> UserService:
    service = UserService(db)
    service.create_owner("陈老板", OWNER_PW)
    return service


def test_the_owner_is_made_once_as_admin_with_a_recovery_code(db: Database) -> None:
    users = UserService(db)
    assert not users.has_owner()
    with pytest.raises(ValidationFailed) as info:
        users.create_owner("陈老板", "123456")
    assert set(info.value.errors) == {"password"}
    made = users.create_owner("陈老板", OWNER_PW)
    assert users.has_owner() and len(made.recovery_code) == 19
    signed = users.sign_in("ADMIN ", OWNER_PW)
    assert signed.login == "admin" and signed.owner and "users.manage" in signed.permissions
    with pytest.raises(Refused):
        users.create_owner("别人", "Another#Pass1")
    # The forgotten password: the code from the safe sets a new one, once.
    again = users.recover_owner(made.recovery_code.lower().replace("-", " "), "NewSecret#77")
    assert again.recovery_code != made.recovery_code
    assert users.sign_in("admin", "NewSecret#77").owner
    with pytest.raises(Refused):
        users.recover_owner(made.recovery_code, "Another#Pass2")


def test_a_failed_sign_in_says_little_and_waits_longer_each_time(users: UserService) -> None:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for _ in range(3):
        with pytest.raises(SignInFailed) as info:
            users.sign_in("admin", "wrong-password", now=start)
        assert "login or the password" in info.value.message.render()
    with pytest.raises(SignInFailed):
        users.sign_in("nobody", "whatever-it-is", now=start)
    with pytest.raises(WaitToRetry) as wait:  # three free tries, then a wait before each
        users.sign_in("admin", OWNER_PW, now=start + timedelta(seconds=1))
    assert wait.value.seconds == 4
    with pytest.raises(SignInFailed):
        users.sign_in("admin", "wrong-again", now=start + timedelta(seconds=6))
    with pytest.raises(WaitToRetry) as wait:
        users.sign_in("admin", OWNER_PW, now=start + timedelta(seconds=7))
    assert wait.value.seconds == 9  # longer each time
    # Never locked out for good: after the wait, the right password opens.
    assert users.sign_in("admin", OWNER_PW, now=start + timedelta(seconds=17)).login == "admin"


def test_a_pin_typed_at_the_password_prompt_is_told_apart(users: UserService) -> None:
    users.add_user(UserForm("王师傅", "wang", ("technician",), password="Wang#Shifu8", pin="4729"))
    with pytest.raises(PinAtPasswordPrompt):
        users.sign_in("wang", "4729")
    wang = next(u for u in users.users() if u.login == "wang")
    assert users.sign_in_pin(wang.id, "4729").permissions == {"orders.work"}
    with pytest.raises(SignInFailed):
        users.sign_in_pin(wang.id, "0000")


def test_a_manager_approves_on_the_spot_and_nobody_approves_themselves(db: Database, users: UserService) -> None:
    users.add_user(UserForm("李娜", "lina", ("advisor",), password="Lina#Desk01"))
    users.add_user(UserForm("周经理", "zhou", ("manager",), password="Zhou#Boss02"))
    signed = users.sign_in("lina", "Lina#Desk01")
    desk = Desk(Actor(signed.login, signed.name, signed.user_id, signed.roles, signed.permissions))
    at_desk = UserService(db, desk)
    approval = at_desk.approve("zhou", "Zhou#Boss02", "billing.credit")
    assert approval.login == "zhou"
    with pytest.raises(SignInFailed):
        at_desk.approve("zhou", "not-his-password", "billing.credit")
    with pytest.raises(NotPermitted):
        at_desk.approve("zhou", "Zhou#Boss02", "users.manage")  # a manager does not manage users
    with pytest.raises(Refused):
        UserService(db, Desk(Actor("zhou", "周经理"))).approve("zhou", "Zhou#Boss02", "billing.credit")


def test_users_are_managed_by_an_admin_who_cannot_change_their_own_roles(db: Database, users: UserService) -> None:
    with pytest.raises(ValidationFailed) as info:
        users.add_user(UserForm("", "bad login!", (), password="short", pin="1234"))
    assert set(info.value.errors) == {"name", "login", "roles", "password", "pin"}
    lina = users.add_user(UserForm("李娜", "lina", ("advisor",), password="Lina#Desk01"))
    assert lina.must_change and lina.has_password and not lina.has_pin
    with pytest.raises(ValidationFailed):
        users.add_user(UserForm("李娜二", "lina", ("advisor",)))
    owner = next(u for u in users.users() if u.owner)
    admin_desk = UserService(db, Desk(Actor("admin", "陈老板", owner.id)))
    with pytest.raises(Refused):
        admin_desk.update_user(owner.id, "陈老板", "admin", ("admin",))  # their own roles
    with pytest.raises(Refused):
        admin_desk.set_active(owner.id, False)
    users.update_user(lina.id, "李娜", "lina", ("advisor", "cashier"))
    assert set(next(u for u in users.users() if u.id == lina.id).roles) == {"advisor", "cashier"}
    users.set_active(lina.id, False)
    with pytest.raises(SignInFailed):
        users.sign_in("lina", "Lina#Desk01")
    # An advisor at the desk cannot manage users, and the refusal is audited.
    advisor = UserService(db, Desk(Actor("lina", "李娜", lina.id, frozenset({"advisor"}), frozenset({"orders.lines"}))))
    with pytest.raises(NotPermitted) as refused:
        advisor.set_pin(lina.id, "5826")
    assert "manage users" in refused.value.message.render()
    with db.engine.connect() as conn:
        outcome = conn.execute(text("SELECT outcome, \"user\" FROM audit_entry ORDER BY id DESC LIMIT 1")).one()
    assert tuple(outcome) == ("refused", "lina")


def test_a_reset_password_must_be_changed_at_the_next_sign_in(db: Database, users: UserService) -> None:
    lina = users.add_user(UserForm("李娜", "lina", ("advisor",), password="Lina#Desk01"))
    users.reset_password(lina.id, "Temp#Pass99")
    signed = users.sign_in("lina", "Temp#Pass99")
    assert signed.must_change
    mine = UserService(db, Desk(Actor("lina", "李娜", lina.id)))
    with pytest.raises(ValidationFailed) as info:
        mine.change_password("wrong-old-one", "Lina#Mine2027")
    assert set(info.value.errors) == {"old"}
    mine.change_password("Temp#Pass99", "Lina#Mine2027")
    assert not users.sign_in("lina", "Lina#Mine2027").must_change


def test_grants_are_data_and_the_admin_keeps_user_management(users: UserService) -> None:
    assert "billing.invoice" not in users.grants()["technician"]
    users.set_grants("technician", {"orders.work", "parts.issue"})
    assert users.grants()["technician"] == {"orders.work", "parts.issue"}
    with pytest.raises(Refused):
        users.set_grants("admin", {"audit.view"})


def test_no_password_or_pin_is_kept_in_clear(db: Database, users: UserService) -> None:
    users.add_user(UserForm("王师傅", "wang", ("technician",), password="Wang#Shifu8", pin="4729"))
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT password_hash, pin_hash, recovery_hash FROM staff")).all()
        audit = " ".join(r[0] for r in conn.execute(text("SELECT detail FROM audit_entry")))
    stored = " ".join(" ".join(r) for r in rows)
    for secret in (OWNER_PW, "Wang#Shifu8", "4729"):
        assert secret not in stored and secret not in audit
    assert stored.count("$argon2id$") == 4  # owner password and code, Wang's password and PIN



def test_no_secret_reaches_any_file_the_program_writes(sqlite_db: Database, tmp_path: Path) -> None:
    """The database (and its journal), the settings and the log hold no password, PIN or
    recovery code in clear, after every path a secret takes."""
    import logging

    from desktop.config import Settings
    from desktop.logging_setup import setup

    log_path = setup()
    users = UserService(sqlite_db)
    made = users.create_owner("陈老板", OWNER_PW)
    users.add_user(UserForm("王师傅", "wang", ("technician",), password="Wang#Shifu8", pin="4729"))
    for wrong in ("Wang#Shifu9", "4729"):
        with pytest.raises((SignInFailed, PinAtPasswordPrompt)):
            users.sign_in("wang", wrong)
    users.recover_owner(made.recovery_code, "NewSecret#77")
    Settings().save()
    logging.getLogger("desktop").warning("a line, so the log is there to read")
    for handler in logging.getLogger().handlers:
        handler.flush()
    secrets = [OWNER_PW, "Wang#Shifu8", "Wang#Shifu9", "4729", "NewSecret#77", made.recovery_code,
               made.recovery_code.replace("-", "")]
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert log_path.exists() and log_path in written
    for path in written:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, (path.name, secret)
