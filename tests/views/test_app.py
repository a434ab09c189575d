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
    assert app_module.run_gui(str(path)) == 1
    assert len(shown) == 1 and path.read_bytes() == before
