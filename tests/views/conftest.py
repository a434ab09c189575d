"""View tests: the real page on a real database, offscreen; questions to the user are
answered by replacing the functions in ``desktop.views.shared.common``."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop.services.container import Services

from desktop.views.customers.page import CustomerPage


@pytest.fixture
def page(qtbot, services: Services) -> CustomerPage:  # type: ignore[no-untyped-def]
    widget = CustomerPage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


@pytest.fixture
def type_into(qtbot) -> Callable[[QWidget, str], None]:  # type: ignore[no-untyped-def]
    """Type as a person does: ASCII on the keyboard, Chinese committed by the input method
    (QTest cannot click keys that are not on the keyboard, and nor can a person)."""

    def type_(widget: QWidget, text: str) -> None:
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
            if run.isascii():
                qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
        QApplication.processEvents()

    return type_


@pytest.fixture
def synchronous_background(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background work (an import, a backup) runs at once on the test's thread."""
    from desktop.views.shared import background

    def run(work, on_done, on_error, on_progress=None):  # type: ignore[no-untyped-def]
        try:
            result = work(on_progress or (lambda _f: None))
        except BaseException as exc:  # noqa: BLE001
            on_error(exc)
        else:
            on_done(result)

    monkeypatch.setattr(background, "run_in_background", run)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """Queue the answers a person would give to questions: ``answers["ask"].append(1)``."""
    queue: dict[str, list[object]] = {"ask": [], "ask_text": [], "ask_item": [], "save_file": [],
                                      "open_file": [], "approval": []}
    from desktop.views.shared import common

    def approve(dialog) -> bool:  # type: ignore[no-untyped-def]
        """A manager at the desk types their login and password into the real dialog;
        None: nobody approves (Cancel)."""
        answer = queue["approval"].pop(0)
        if answer is None:
            return False
        dialog.login.setText(answer[0])  # type: ignore[index]
        dialog.password.setText(answer[1])  # type: ignore[index]
        dialog.save()
        queue.setdefault("approval_errors", []).append(dialog.general_error.text())
        return dialog.result() == 1

    monkeypatch.setattr(common, "run_dialog", approve)

    monkeypatch.setattr(common, "ask", lambda *a, **k: queue["ask"].pop(0))
    monkeypatch.setattr(common, "ask_text", lambda *a, **k: queue["ask_text"].pop(0))
    monkeypatch.setattr(common, "ask_item", lambda *a, **k: queue["ask_item"].pop(0))
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: queue["save_file"].pop(0))
    monkeypatch.setattr(common, "choose_open_file", lambda *a, **k: queue["open_file"].pop(0))
    monkeypatch.setattr(common, "inform", lambda *a, **k: None)
    return queue


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def printer_to_file(out: object) -> Callable[[object], bool]:
    """A stand-in for the system's print dialog: the "printer" is a PDF file at ``out``."""
    from PySide6.QtPrintSupport import QPrinter

    def choose(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return True

    return choose
