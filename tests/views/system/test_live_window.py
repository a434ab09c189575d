"""Two desks on one shop: a car taken in at the counter shows on the workshop's board within
a second, without its 15-second refresh; a lost server connection shows a banner, and
the banner goes when the connection is back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.config import Settings
from desktop.services.container import Services
from tests.conftest import Workshop

from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def test_a_car_taken_in_at_another_desk_shows_on_this_board(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                           workshop: Workshop, tmp_path: Path) -> None:
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.pages.indexOf(window.board))
    qtbot.waitUntil(lambda: window.live.listener.connected, timeout=3000)
    before = window.board.model.rowCount()
    code = (  # the counter's PC: another program
        "import sys\n"
        "from desktop.db import Database\n"
        "from desktop.services.container import Services\n"
        "from desktop.services.workorders.records import ReceptionForm\n"
        "from tests.views.workorders.test_tv_board import authorize\n"
        "db = Database(sys.argv[1], announce=False)\n"
        "counter = Services.create(db, 'anna')\n"
        "order = counter.workorders.open_order(ReceptionForm(vehicle_id=int(sys.argv[2]), odometer_km=10_000, "
        "concern='保养'))\n"
        "authorize(counter, order.id)\n"
        "db.dispose()\n")
    subprocess.run([sys.executable, "-c", code, services.db.url, str(workshop.vehicle_id)], check=True, cwd=ROOT,
                   timeout=120)
    qtbot.waitUntil(lambda: window.board.model.rowCount() == before + 1, timeout=3000)
    window.close()
    assert not window.live.listener.running


def test_a_lost_connection_shows_a_banner_until_it_is_back(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show()
    window.live.connection.emit(False)
    assert window.banner.isVisible() and "lost" in window.banner.text()
    window.live.connection.emit(True)
    assert "back" in window.banner.text()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=6000)
