"""Screenshots of the program for the README: runs the real window on the demo shop
(under Xvfb, or offscreen), selects a customer, and saves PNGs.

    xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshot.py DB OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    db, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from desktop import app as app_module
    from desktop.config import Settings
    from desktop.db import open_database
    from desktop.i18n import install
    from desktop.services.container import Services

    from desktop.views.main_window import MainWindow

    language = sys.argv[3] if len(sys.argv) > 3 else "zh_CN"
    keep = install(app, language)
    app_module.register_fonts(app)
    services = Services.create(open_database("sqlite:///" + db))
    window = MainWindow(services, Settings(), Path("servicebay.log"))
    window.resize(1280, 800)
    window.show()

    def step1() -> None:
        window.customers.search.setText("zw")
        window.customers.refresh_results()

    def step2() -> None:
        window.grab().save(str(out / f"customers-{language}.png"))
        dialog = window.customers.new_customer()
        dialog.customer.name.setText("张伟")
        dialog.customer.phones.setText("1381234")
        assert dialog.vehicle is not None
        dialog.vehicle.plate.setText("京A1234")
        dialog.vehicle.vin.setText("LSVAU2180N2123456")
        dialog.save()

    def step3() -> None:
        window.customers.dialog.grab().save(str(out / f"new-customer-errors-{language}.png"))
        app.quit()

    QTimer.singleShot(300, step1)
    QTimer.singleShot(900, step2)
    QTimer.singleShot(1500, step3)
    app.exec()
    del keep


if __name__ == "__main__":
    main()
