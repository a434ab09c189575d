"""The program's start and its safety net."""

import logging
import sys
from pathlib import Path

import pytest

from desktop import app as app_module
from desktop.logging_setup import setup


def test_an_unexpected_error_is_logged_and_shown_with_the_log_file(qtbot, monkeypatch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    log_path = setup()
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    old = sys.excepthook
    try:
        app_module.install_excepthook(log_path)
        try:
            raise ZeroDivisionError("the boom")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: the boom" in log_path.read_text(encoding="utf-8")
    assert len(shown) == 1 and str(log_path) in shown[0]


def test_the_shipped_font_draws_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    family = app_module.register_fonts(app)
    assert family, "the CJK font in resources/fonts did not load"
    assert QFontMetrics(app.font()).inFontUcs4(ord("张"))


@pytest.mark.parametrize("problem", ["newer", "foreign"])
def test_a_database_that_cannot_be_opened_is_explained_not_touched(qtbot, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    problem: str) -> None:
    import sqlite3

    from desktop.db import open_database

    path = tmp_path / "shop.sqlite3"
    if problem == "newer":
        open_database("sqlite:///" + str(path)).dispose()
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
        con.close()
    else:
        path.write_bytes(b"not a database" * 100)
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(app_module.QMessageBox, "exec", lambda box: shown.append(box.text()) or press(box, "reject"))
    assert app_module.run_gui(str(path)) == 1
    assert len(shown) == 1 and path.read_bytes() == before


def press(box, role: str) -> int:  # type: ignore[no-untyped-def]
    """Click the message box's button of that role, as the person would."""
    from PySide6.QtWidgets import QMessageBox

    wanted = QMessageBox.ButtonRole.AcceptRole if role == "accept" else QMessageBox.ButtonRole.RejectRole
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == wanted]
    button.click()
    return 0


def test_a_damaged_shop_at_start_offers_the_last_backup_and_keeps_the_damaged_file(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, data_dir: Path, tmp_path: Path) -> None:
    import os
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from desktop.config import Settings, snapshot_dir
    from desktop.db import open_database
    from desktop.services.backup import BackupService
    from desktop.services.customers.records import CustomerForm
    from desktop.services.customers.service import CustomerService

    from desktop.views.backup import dialogs
    from desktop.views.shared import common

    path = tmp_path / "shop.sqlite3"
    db = open_database("sqlite:///" + str(path), tmp_path / "snaps")
    CustomerService(db).create_customer(CustomerForm(name="张伟", phones=["13812345678"]))
    BackupService(db, tmp_path / "snaps", tmp_path / "work").backup(tmp_path / "usb")
    for i in range(200):  # written after the backup; then the file is cut in half (a pulled plug on a bad disk)
        CustomerService(db).create_customer(CustomerForm(name=f"客户{i}", phones=[f"139{i:08d}"], notes="x" * 400))
    db.dispose()
    os.truncate(path, path.stat().st_size // 2)
    damaged = path.read_bytes()
    settings = Settings()
    settings.set("first_run_done", True)
    settings.set("last_backup_dir", str(tmp_path / "usb"))
    settings.save()
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "exec", lambda box: shown.append(box.text()) or press(box, "accept"))
    loaded: list[str] = []

    def restore(dialog: dialogs.RestoreDialog) -> int:  # the person checks what the backup holds and restores
        loaded.append(dialog.file.text())
        monkeypatch.setattr(common, "ask", lambda *_a, **_k: 0)
        done: list[object] = []
        dialog.restored.connect(done.append)
        dialog.save()
        qtbot.waitUntil(lambda: bool(done), timeout=20_000)
        return 1

    monkeypatch.setattr(dialogs.RestoreDialog, "exec", restore)
    opened: list[object] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(app_module, "_open_window", lambda app, db_arg, *a, **k: opened.append(
        app_module._open_db(app, app_module.database_url(db_arg, Settings()), Settings(), tmp_path / "log")) or 1)
    app_module.run_gui(str(path))
    assert len(shown) == 1 and ("damaged" in shown[0] or "损坏" in shown[0])
    assert loaded and loaded[0].endswith(".sbk") and str(tmp_path / "usb") in loaded[0]
    assert opened and opened[0] is not None
    opened[0].dispose()  # type: ignore[attr-defined]
    con = sqlite3.connect(path)
    assert [n for (n,) in con.execute("SELECT name FROM customer")] == ["张伟"]
    con.close()
    kept = list(snapshot_dir().glob("*damaged-before-restore*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert QApplication.instance() is not None


OWNER_PW = "Kai-men-2026"


def _shop_with_owner(path: Path, owner: bool = True) -> None:
    from desktop.config import Settings
    from desktop.db import open_database
    from desktop.services.users.service import UserService

    db = open_database("sqlite:///" + str(path))
    if owner:
        UserService(db).create_owner("陈老板", OWNER_PW)
    db.dispose()
    settings = Settings()
    settings.set("first_run_done", True)
    settings.save()


def test_the_sign_in_shows_at_once_and_signs_in_once_the_shop_is_open(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, data_dir: Path, tmp_path: Path) -> None:
    from desktop.views.users.signin import SignInDialog

    path = tmp_path / "shop.sqlite3"
    _shop_with_owner(path)
    marks = tmp_path / "marks"
    monkeypatch.setenv("SERVICEBAY_STARTUP_MARKS", str(marks))
    seen: list[bool] = []

    def person(dialog: SignInDialog) -> int:  # types and presses "Sign in" at once: it waits for the shop
        seen.append(dialog.isVisible())
        dialog.login.setText("admin")
        dialog.password.setText(OWNER_PW)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", person)
    services = app_module._sign_in_while_opening("sqlite:///" + str(path))
    assert seen == [True]
    assert not isinstance(services, int) and services is not None
    try:
        assert services.desk.actor.login == "admin" and services.desk.actor.name == "陈老板"
    finally:
        services.db.dispose()
    kinds = [line.split()[0] for line in marks.read_text(encoding="utf-8").splitlines()]
    assert kinds[:2] == ["shown", "open"] and set(kinds[2:]) <= {"ready"}  # the preload stops at the sign-in


def test_a_quit_at_the_sign_in_closes_the_shop_once_it_has_opened(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, data_dir: Path, tmp_path: Path) -> None:
    from desktop.views.users.signin import SignInDialog

    path = tmp_path / "shop.sqlite3"
    _shop_with_owner(path)
    closed: list[object] = []
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)
    original = app_module.Opening.close
    monkeypatch.setattr(app_module.Opening, "close", lambda self: closed.append(self.wait()) or original(self))
    assert app_module._sign_in_while_opening("sqlite:///" + str(path)) == 0
    assert len(closed) == 1 and closed[0] is not None  # it waited for the shop, then disposed of it


@pytest.mark.parametrize("problem", ["newer", "no owner"])
def test_the_sign_in_gives_way_when_the_shop_cannot_open_or_has_no_owner(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, data_dir: Path, tmp_path: Path, problem: str) -> None:
    import sqlite3

    from desktop.views.users.signin import SignInDialog

    path = tmp_path / "shop.sqlite3"
    _shop_with_owner(path, owner=problem != "no owner")
    if problem == "newer":
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
        con.close()
    before = path.read_bytes()

    def person(dialog: SignInDialog) -> int:  # still typing when the sign-in closes itself
        qtbot.waitUntil(lambda: dialog.result() == app_module.SHOP_NOT_OPEN, timeout=20_000)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", person)
    assert app_module._sign_in_while_opening("sqlite:///" + str(path)) is None
    if problem == "newer":
        assert path.read_bytes() == before  # untouched: the usual way then explains it
        shown: list[str] = []
        monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
        assert app_module.run_gui(str(path)) == 1
        assert len(shown) == 1 and path.read_bytes() == before
