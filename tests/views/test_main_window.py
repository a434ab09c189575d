from pathlib import Path

from PySide6.QtCore import Qt

from desktop.config import Settings
from desktop.services.container import Services

from desktop.views.main_window import MainWindow


def test_navigation_lists_only_pages_that_exist_and_ctrl_k_finds(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert len(titles) == window.pages.count() == 21
    window.nav.setCurrentRow(window.pages.indexOf(window.system))
    assert window.pages.currentWidget() is window.system
    qtbot.keyClick(window.system, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.customers
    assert window.customers.search.hasFocus()


def test_language_setting_is_saved(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.json")
    window = MainWindow(services, settings, tmp_path / "x.log")
    qtbot.addWidget(window)
    window.system.language.setCurrentIndex(window.system.language.findData("en"))
    assert Settings(tmp_path / "settings.json").get("language") == "en"
