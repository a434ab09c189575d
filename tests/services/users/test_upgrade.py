"""A shop made before users existed: after the upgrade its staff keep their roles, the roles
their default grants, everything recorded as "admin" is the owner's once the owner is made,
and the audit log becomes append-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.db import alembic_config, open_database
from desktop.services.customers.service import CustomerService
from desktop.services.users.service import UserService


def test_a_shop_from_before_users_upgrades_and_the_owner_inherits_admin(tmp_path: Path) -> None:
    path = tmp_path / "before-users.sqlite3"
    url = "sqlite:///" + str(path)
    command.upgrade(alembic_config(url), "0010")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO staff (name, role, active) VALUES ('王师傅', 'technician', 1), ('李娜', 'advisor', 1)")
    con.execute("INSERT INTO customer (kind, name, initials, address, tax_id, notes, preferred_contact, "
                "consent_contact, archive_reason, created_at, created_by, updated_at, updated_by, version, legacy) "
                "VALUES ('person', '老客户', 'lkh', '', '', '', 'phone', 1, '', '2025-01-01 00:00:00', 'admin', "
                "'2025-01-01 00:00:00', 'admin', 1, '')")
    con.execute("INSERT INTO audit_entry (at, user, action, entity, entity_id, detail) "
                "VALUES ('2025-01-02 00:00:00', 'admin', 'write-off', 'part', 1, '{}')")
    con.commit()
    con.close()

    db = open_database(url, tmp_path / "snaps")
    try:
        users = UserService(db)
        assert not users.has_owner()  # the first start asks for the owner
        by_name = {u.name: u for u in users.users()}
        assert by_name["王师傅"].roles == ("technician",) and by_name["李娜"].roles == ("advisor",)
        assert not by_name["王师傅"].has_password  # nobody signs in until given a login
        assert "billing.invoice" in users.grants()["cashier"] and "billing.invoice" not in users.grants()["technician"]
        made = users.create_owner("陈老板", "Shunda#2026")
        owner = users.sign_in("admin", "Shunda#2026")
        assert owner.user_id == made.user_id and owner.owner
        assert CustomerService(db).get_customer(1).created_by == "admin"  # the owner's, as before
        with db.engine.connect() as conn:
            old = conn.execute(text("SELECT \"user\", outcome, approved_by FROM audit_entry WHERE id = 1")).one()
        assert tuple(old) == ("admin", "done", "")
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry WHERE id = 1"))
    finally:
        db.dispose()
