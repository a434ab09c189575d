"""Memory: the window's peak after visiting every page, on the small shop (1 % of the big
one) and on the big shop; and a verified backup's peak of each.  Each is a whole process
of its own (its peak resident size, as the operating system counts it).  Goal: the big
shop under 2x the small one's, for the window and for the backup (what a page shows is
a page of rows, and a backup streams the file, whatever the size of the shop).

    python -m bench.bench_memory [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_aftercare import SHOP
from bench.bench_aftercare import ensure as ensure_big
from bench.bench_growth import SHOPS
from bench.figures import record
from bench.generate import ensure

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 2.0
SETTLE_S = 1.5  # per page: its lists are read on a background thread

WINDOW = """
import resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop.config import Settings
from desktop.db import open_database
from desktop.services.container import Services
from desktop.views.main_window import MainWindow
db = open_database("sqlite:///" + sys.argv[1])
window = MainWindow(Services.create(db), Settings(Path(sys.argv[2]) / "settings.json"), Path(sys.argv[2]) / "x.log")
window.resize(1280, 800)
window.show()
def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
settle(1.0)
for i in range(window.nav.count()):
    window.nav.setCurrentRow(i)
    settle(float(sys.argv[3]))
print(window.nav.count(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BACKUP = """
import resource, sys
from pathlib import Path
from desktop.db import open_database
from desktop.services.backup import BackupService
db = open_database("sqlite:///" + sys.argv[1])
folder = Path(sys.argv[2])
result = BackupService(db, folder / "snaps", folder / "work").backup(folder / "usb")
print(result.path.stat().st_size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak(code: str, shop: Path, *args: str) -> tuple[str, float]:
    """(what the program printed, its peak MB)."""
    with tempfile.TemporaryDirectory(prefix="servicebay-memory-") as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "SERVICEBAY_DATA_DIR": str(Path(folder) / "home")}
        out = subprocess.run([sys.executable, "-c", code, str(shop), folder, *args], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=False)
        if out.returncode:
            raise SystemExit(out.stderr[-3000:])
        what, kb = out.stdout.strip().splitlines()[-1].split()
        return what, int(kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)  # accepted as every benchmark does; one run each
    parser.parse_args()
    path, customers, vehicles, orders = SHOPS["1 %"]
    small = ensure(path, customers, vehicles, orders=orders)
    big = ensure_big(SHOP)
    print(f"small shop {small.stat().st_size / 1e6:.0f} MB, big shop {big.stat().st_size / 1e6:.0f} MB")
    pages, window_small = peak(WINDOW, small, str(SETTLE_S))
    _, window_big = peak(WINDOW, big, str(SETTLE_S))
    _, backup_small = peak(BACKUP, small)
    _, backup_big = peak(BACKUP, big)
    failed = False
    for name, s, b in ((f"window after its {pages} pages", window_small, window_big),
                       ("verified backup", backup_small, backup_big)):
        ok = b < TARGET_RATIO * s
        failed |= not ok
        print(f"{name:28} small {s:6.0f} MB  big {b:6.0f} MB  {b / s:5.2f}x  goal <{TARGET_RATIO}x: "
              f"{'met' if ok else 'NOT met'}")
        record(f"peak memory: {name} (big shop)", b, s, f"<{TARGET_RATIO}x the small shop's", ok, unit="MB",
               floor_name="the same on the 1 % shop")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
