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


def test_each_page_is_built_when_first_used_and_keeps_its_links(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    from desktop.services.customers.records import CustomerForm, VehicleForm

    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    # At the start: the first page, and the follow-up page whose counts the status bar shows.
    assert [key for key in window.keys if window.built(key)] == ["customers", "aftercare"]
    assert window.pages.currentWidget() is window.customers
    window.nav.setCurrentRow(window.keys.index("board"))  # the person goes to the board: built, shown, filled
    assert window.built("board") and window.pages.currentWidget() is window.board
    assert window.pages.indexOf(window.board) == window.keys.index("board") and window.pages.count() == 21
    assert not window.built("workorders")
    customer = services.customers.create_customer(CustomerForm(name="张伟", phones=["13812345678"]),
                                                  VehicleForm(plate="粤B12345"))
    window.customers.new_order.emit(customer.vehicles[0].id)  # a link from one page to another builds the other
    assert window.built("workorders") and window.pages.currentWidget() is window.workorders
    assert window.inspection_tab is not None  # what a page brings comes with it
    assert not window.built("system")
    assert window.backup is window.system.findChild(type(window.backup))  # ... and builds it when used first
