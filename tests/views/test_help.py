"""F1 opens the Chinese manual of the page that is showing; the quick start prints (issue 15)."""

from pathlib import Path

from desktop.config import Settings
from desktop.paths import help_dir
from desktop.services.container import Services
from tests.views.conftest import printer_to_file

from desktop.views import help as help_view
from desktop.views.main_window import MainWindow


def test_f1_shows_the_manual_of_the_page(qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.pages.indexOf(window.parts))
    dialog = window.show_help()
    assert dialog.page == "parts" and "收货" in dialog.browser.toPlainText()
    window.nav.setCurrentRow(window.pages.indexOf(window.workorders))
    assert window.show_help().page == "workorders"
    out = tmp_path / "quickstart.pdf"
    monkeypatch.setattr(help_view, "choose_printer", printer_to_file(out))
    dialog.show_page("quickstart")
    assert dialog.print_page() and out.stat().st_size > 5000


def test_every_page_has_its_help_in_chinese() -> None:
    for name in help_view.PAGES:
        text = (help_dir() / f"{name}.md").read_text(encoding="utf-8")
        assert text.startswith("# ") and any("\u4e00" <= ch <= "\u9fff" for ch in text), name


def test_qt_standard_dialogs_speak_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

    from desktop import i18n

    app = QApplication.instance()
    kept = i18n.install(app, "zh_CN")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = [b.text() for b in dialog.findChildren(QPushButton)]
        assert any("打开" in t or "保存" in t for t in texts) and any("取消" in t for t in texts), texts
    finally:
        for translator in kept:
            app.removeTranslator(translator)
