"""System → Several workstations: the database's health, the guided setup of the shop's
server (through every step against the real test server), connecting a second PC, and
refusals said where they were typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.config import Settings, database_url
from desktop.services.container import Services
from tests.conftest import PG_URL

from desktop.views.system.workstations import ConnectDialog, WorkstationsTab

needs_pg = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL test server (SERVICEBAY_TEST_PG_URL)")


def test_the_tab_shows_where_the_data_is_and_who_has_it_open(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    tab = WorkstationsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.version.text().startswith("PostgreSQL " if not services.db.is_sqlite else "SQLite ")
    assert tab.desks.count() >= 1 and "MB" in tab.size.text()
    assert tab.back_button.isVisible() == (not services.db.is_sqlite)


def test_a_wrong_address_is_said_under_its_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.form.host.setText("")
    dialog.form.port.setText("99999")
    dialog.form.password.setText("short")
    assert not dialog.connect_now()
    assert dialog.form.errors.text("host") and dialog.form.errors.text("port") and dialog.form.errors.text("password")
    assert Settings().get("database_url") == ""


@needs_pg
def test_the_setup_wizard_sets_up_moves_and_switches(qtbot, sqlite_db, server_names: tuple[str, str],  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    assert PG_URL
    database, login = server_names
    url = make_url(PG_URL)
    services = Services.create(sqlite_db, "anna")
    from desktop.services.customers.records import CustomerForm

    services.customers.create_customer(CustomerForm(name="周杰", phones=["13700001234"]))
    tab = WorkstationsTab(services)
    qtbot.addWidget(tab)
    wizard = tab.open_setup()
    admin = wizard.admin
    admin.host.setText(url.host or "")
    admin.port.setText("1")  # nobody there: said on the page, the wizard stays
    wizard.next()
    assert wizard.currentPage() is admin and "No database server answers" in admin.general.text()
    admin.port.setText(str(url.port))
    wizard.next()
    assert wizard.currentPage() is wizard.login
    form = wizard.login.form
    form.database.setText(database)
    form.login.setText(login)
    form.password.setText("Werkstatt-2026")
    form.again.setText("Werkstatt-2027")
    wizard.next()
    assert wizard.currentPage() is wizard.login and "differ" in form.errors.text("again")
    form.again.setText("Werkstatt-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.move_page
    assert not wizard.move_page.isComplete()  # nothing switches before the data is moved and checked
    wizard.move_page.start_move()
    qtbot.waitUntil(lambda: wizard.move_page.report is not None, timeout=60_000)
    assert "identical" in wizard.move_page.result.text() and wizard.move_page.isComplete()
    with qtbot.waitSignal(wizard.switched, timeout=5000):
        wizard.next()
    kept = Settings().get("database_url")
    assert database in kept and "Werkstatt" not in kept
    assert make_url(database_url()).password == "Werkstatt-2026"
    assert database in wizard.done_page.text.text() and login in wizard.done_page.text.text()
    # A second PC connects with the address shown.
    Settings().path.unlink()
    dialog = tab.open_connect()
    dialog.form.host.setText(url.host or "")
    dialog.form.port.setText(str(url.port))
    dialog.form.database.setText(database)
    dialog.form.login.setText(login)
    dialog.form.password.setText("wrong-password")
    assert not dialog.connect_now() and "refused the login" in dialog.form.general.text()
    dialog.form.password.setText("Werkstatt-2026")
    assert dialog.connect_now()
    assert database in Settings().get("database_url")


def test_this_pc_gets_a_name_the_audit_log_shows(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.core.desk import workstation

    tab = WorkstationsTab(services)
    qtbot.addWidget(tab)
    tab.name.setText("  ")
    assert not tab.save_name() and "1 to 40" in tab.name_error.text()
    tab.name.setText("前台#1")
    assert not tab.save_name()
    tab.name.setText("前台1")
    assert tab.save_name() and workstation() == "前台1"
    from desktop.services.customers.records import CustomerForm

    services.customers.create_customer(CustomerForm(name="吴九", phones=["13600001111"]))
    from desktop.services.users.audit_log import AuditFilter

    entries = services.audit_log.entries(AuditFilter(entity="customer"))
    assert entries and entries[0].workstation == "前台1"


@needs_pg
def test_a_new_pc_joins_the_shops_server_from_the_first_start(qtbot, sqlite_db, server_names: tuple[str, str],  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    assert PG_URL
    from desktop.services.system.server import ServerAddress, set_up

    from desktop.views.system.first_run import FirstRunWizard

    database, login = server_names
    url = make_url(PG_URL)
    set_up(PG_URL, ServerAddress(url.host or "", url.port or 5432, database, login), "Werkstatt-2026")
    settings = Settings()
    wizard = FirstRunWizard(Services.create(sqlite_db), settings)
    qtbot.addWidget(wizard)
    dialog = wizard.open_connect()
    dialog.form.host.setText(url.host or "")
    dialog.form.port.setText(str(url.port))
    dialog.form.database.setText(database)
    dialog.form.login.setText(login)
    dialog.form.password.setText("Werkstatt-2026")
    assert dialog.connect_now()
    assert wizard.restored  # the program opens the server's data instead of making a shop here
    saved = Settings()
    assert saved.get("first_run_done") and database in saved.get("database_url")
