"""Start-up: from process start to the first window shown, on the big shop, against a bare
PySide6 program that opens a window with one table (the floor); both as whole processes,
several runs, the median; and each one's peak memory.

    python -m bench.bench_startup [--db FILE] [--repeat 7]

The program starts as a person starts it (``python -m desktop --db …``) and closes itself
as soon as its first window is up (``SERVICEBAY_QUIT_AFTER_MS=1``, the bundle's smoke test):
on a shop with users that is the sign-in, after the schema check, the settings, the
fonts and the translations.  Goals: within 3x of the floor and under 150 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_aftercare import SHOP
from bench.bench_aftercare import ensure as ensure_shop
from bench.figures import record

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 3.0
TARGET_MB = 150.0

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv)
w = QMainWindow()
t = QTableWidget(20, 5)
w.setCentralWidget(t)
w.show()
QTimer.singleShot(1, app.quit)
app.exec()
"""

# Runs one program and reports its peak memory (the children's maximum resident size).
MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(kb)
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MB) of one start."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True)
    seconds = time.perf_counter() - started
    return seconds, int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=SHOP)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    ensure_shop(args.db)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SERVICEBAY_QUIT_AFTER_MS": "1", "SERVICEBAY_DATA_DIR": str(ROOT / "bench" / "data" / "startup-home")}
    Path(env["SERVICEBAY_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
    ours_cmd = [sys.executable, "-m", "desktop", "--db", str(args.db)]
    bare_cmd = [sys.executable, "-c", BARE]
    run(ours_cmd, env), run(bare_cmd, env)  # warm the disk cache for both alike
    ours, bare = [], []
    for _ in range(args.repeat):
        ours.append(run(ours_cmd, env))
        bare.append(run(bare_cmd, env))
    t_ours, t_bare = statistics.median(s for s, _ in ours), statistics.median(s for s, _ in bare)
    m_ours, m_bare = statistics.median(m for _, m in ours), statistics.median(m for _, m in bare)
    ok_time = t_ours <= TARGET_RATIO * t_bare
    ok_mem = m_ours < TARGET_MB
    record("start-up to the first window (big shop)", t_ours * 1000, t_bare * 1000, f"<{TARGET_RATIO:.0f}x",
           ok_time, floor_name="bare PySide6 window with a table")
    record("start-up peak memory", m_ours, m_bare, f"<{TARGET_MB:.0f} MB", ok_mem, unit="MB",
           floor_name="bare PySide6 window")
    bundle = ROOT / "dist" / "servicebay" / ("servicebay.exe" if sys.platform == "win32" else "servicebay")
    if bundle.exists():  # after scripts/build-bundle.sh: the program as shops install it
        bundled = [run([str(bundle), "--db", str(args.db)], env)[0] for _ in range(args.repeat)]
        t_bundle = statistics.median(bundled)
        record("bundled program's start-up (big shop)", t_bundle * 1000, t_bare * 1000, f"<{TARGET_RATIO:.0f}x",
               t_bundle <= TARGET_RATIO * t_bare, floor_name="bare PySide6 window with a table")
        print(f"bundled   {t_bundle * 1000:7.0f} ms   bare window {t_bare * 1000:7.0f} ms   {t_bundle / t_bare:5.2f}x")
    else:
        print(f"(no bundle at {bundle}: scripts/build-bundle.sh makes one, and its start is timed too)")
    print(f"start-up  {t_ours * 1000:7.0f} ms   bare window {t_bare * 1000:7.0f} ms   {t_ours / t_bare:5.2f}x   "
          f"goal <{TARGET_RATIO:.0f}x: {'met' if ok_time else 'NOT met'}")
    print(f"peak RSS  {m_ours:7.0f} MB   bare window {m_bare:7.0f} MB   goal <{TARGET_MB:.0f} MB: "
          f"{'met' if ok_mem else 'NOT met'}")
    raise SystemExit(0 if ok_time and ok_mem else 1)


if __name__ == "__main__":
    main()
