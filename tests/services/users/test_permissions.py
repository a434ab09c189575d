"""Permissions are checked in the services, where the change happens: every sensitive action
is refused for a role without the permission (no view involved), the refusal is audited,
and a manager's approval on the spot lets it through with both names on the record.  The
audit log itself cannot be changed or deleted, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.db import Database
from desktop.services.backup import BackupService
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Approval, Desk, NotPermitted
from desktop.services.customers.records import CustomerForm
from desktop.services.parts.records import PartForm
from desktop.services.users.audit_log import AuditFilter, AuditLogService
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from tests.conftest import Workshop
from tests.services.billing.test_invoicing import delivered_order


def person(role: str, login: str = "lina") -> Desk:
    return Desk(Actor(login, login, None, frozenset({role}), DEFAULT_GRANTS[role]))


def approval(*permissions: str) -> Approval:
    return Approval("zhou", "周经理", frozenset(permissions))


def _part(services: Services) -> int:
    part = services.parts.save_part(PartForm("OF-1", "机油滤清器", price="40"))
    services.parts.receive(part.part_id, "10", "20")
    return part.part_id


# (what, permission, prepare): prepare makes what the action needs once, and gives back the
# action done by a given desk.
Action = Callable[[Desk], object]
Prepare = Callable[[Services, Workshop], Action]


def _credit(services: Services, workshop: Workshop) -> Action:
    from desktop.services.billing.service import InvoicingService

    inv = services.invoicing.issue_for_order(delivered_order(services, workshop), "customer")
    return lambda desk: InvoicingService(services.db, desk).credit(inv.id, None, "结算错误")


def _write_off(services: Services, workshop: Workshop) -> Action:
    from desktop.services.parts.service import PartsService

    part_id = _part(services)
    return lambda desk: PartsService(services.db, desk).take_out(part_id, "1", "摔坏")


def _adjust(services: Services, workshop: Workshop) -> Action:
    from desktop.services.parts.service import PartsService

    part_id = _part(services)
    return lambda desk: PartsService(services.db, desk).adjust(part_id, "8", "盘点差异")


def _merge(services: Services, workshop: Workshop) -> Action:
    from desktop.services.customers.service import CustomerService

    other = services.customers.create_customer(CustomerForm(name="张伟", phones=["13912345678"]))
    return lambda desk: CustomerService(services.db, desk).merge_customers(workshop.customer_id, other.id)


def _settings(services: Services, workshop: Workshop) -> Action:
    from desktop.services.system.settings import ShopSettings

    return lambda desk: ShopSettings(services.db, desk).set_prices("150", "13") or True


SENSITIVE: list[tuple[str, str, Prepare]] = [
    ("credit note", "billing.credit", _credit),
    ("stock write-off", "parts.adjust", _write_off),
    ("stock adjustment", "parts.adjust", _adjust),
    ("merging customers", "customers.merge", _merge),
    ("changing the prices", "settings.edit", _settings),
]


@pytest.mark.parametrize(("what", "permission", "prepare"), SENSITIVE, ids=[s[0] for s in SENSITIVE])
def test_sensitive_actions_need_a_manager(services: Services, workshop: Workshop, what: str, permission: str,
                                          prepare: Prepare) -> None:
    action = prepare(services, workshop)
    desk = person("cashier", "sun")
    with pytest.raises(NotPermitted) as refused:
        action(desk)
    assert refused.value.permission == permission and refused.value.approvable
    with desk.approved(approval(permission)):
        assert action(desk)
    with services.db.engine.connect() as conn:
        outcomes = conn.execute(text("SELECT outcome, \"user\", approved_by FROM audit_entry "
                                     "WHERE \"user\" = 'sun' ORDER BY id")).all()
    assert outcomes[0] == ("refused", "sun", "")
    assert ("done", "sun", "zhou") in [tuple(o) for o in outcomes[1:]], what


def test_a_restore_needs_a_manager(sqlite_db: Database, tmp_path: Path) -> None:
    Services.create(sqlite_db).customers.create_customer(CustomerForm(name="张伟"))
    made = BackupService(sqlite_db, tmp_path / "snaps").backup(tmp_path / "usb")
    desk = person("advisor")
    with pytest.raises(NotPermitted):
        BackupService(sqlite_db, tmp_path / "snaps", user=desk).restore(made.path)
    with desk.approved(approval("backup.restore")):
        BackupService(sqlite_db, tmp_path / "snaps", user=desk).restore(made.path)


def test_a_technician_cannot_invoice_nor_does_an_approval_for_something_else_help(
        services: Services, workshop: Workshop) -> None:
    from desktop.services.billing.service import InvoicingService

    order_id = delivered_order(services, workshop)
    desk = person("technician", "wang")
    at_bench = InvoicingService(services.db, desk)
    with pytest.raises(NotPermitted) as refused:
        at_bench.issue_for_order(order_id, "customer")
    assert not refused.value.approvable and "Ask someone" in refused.value.message.render()
    with desk.approved(approval("billing.credit")), pytest.raises(NotPermitted):
        at_bench.issue_for_order(order_id, "customer")


def test_the_audit_log_cannot_be_changed_or_deleted(db: Database) -> None:
    Services.create(db).customers.create_customer(CustomerForm(name="张伟"))
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_entry (at, \"user\", action, entity, detail, approved_by, workstation, "
                          "outcome) VALUES (CURRENT_TIMESTAMP, 'x', 'test', 'customer', '{}', '', '', 'done')"))
    for statement in ("UPDATE audit_entry SET \"user\" = 'someone-else'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text(statement))
    if db.is_sqlite:
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text("INSERT OR REPLACE INTO audit_entry (id, at, \"user\", action, entity, detail, "
                              "approved_by, workstation, outcome) SELECT id, at, 'x', 'y', 'z', '{}', '', '', 'done' "
                              "FROM audit_entry LIMIT 1"))


def test_the_audit_log_is_read_filtered_and_exported_by_those_allowed(services: Services, workshop: Workshop,
                                                                      tmp_path: Path) -> None:
    services.parts.take_out(_part(services), "1", "摔坏")
    log = AuditLogService(services.db)
    rows = log.entries(AuditFilter(action="write-off"))
    assert rows and rows[0].details()["reason"] == "摔坏" and rows[0].workstation
    assert log.entries(AuditFilter(user="nobody")) == []
    people, actions, _entities = log.choices()
    assert "anna" in people and "write-off" in actions
    assert log.export(AuditFilter(), tmp_path / "audit.xlsx") >= 1
    assert log.export(AuditFilter(action="write-off"), tmp_path / "audit.csv") == 1
    assert "摔坏" in (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(NotPermitted):
        AuditLogService(services.db, person("advisor")).entries(AuditFilter())
    assert log.entries(AuditFilter(action="audit-exported"))  # the export is on the record too
