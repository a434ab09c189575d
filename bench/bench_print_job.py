"""Sending documents to the printer, against the platform's plain PDF print in the same run.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_print_job

Figures (issue 18):
- memory: the Windows path (pages streamed at the printer's resolution) over a 50-page count
  sheet, drawn into a QPrinter in PDF mode; the process's growth over the idle program.
  Goal: under 100 MB.
- spool size on CUPS: the job handed to the spooler against the PDF itself. Goal: within 3x.
- time to queued for one page on CUPS: the program's path (state check + lp) against a bare
  ``lp`` of the same file. Goal: within 3x.
The CUPS figures need CUPS with a PDF queue (``scripts/setup.sh cups``; run as root).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import record

QUEUE = "ServiceBayBenchPDF"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def count_sheet_pdf(pages: int) -> bytes:
    from reportlab.platypus import PageBreak

    from printing import render

    st = render.styles(9)
    story = []
    for i in range(pages):
        rows = [["库位", "配件号", "名称", "实盘"]] + [[f"A-{i:02d}-{r}", f"4D0698151A{r:02d}", "前制动片（原厂）", ""]
                                                    for r in range(40)]
        story += [render.grid(rows, [60, 120, 240, 60], st), PageBreak()]
    return render.build(story[:-1], title="盘点表", number="ST2026-0001", shop="宏达汽修", lang="zh_CN")


def memory_figure() -> tuple[float, float, int]:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop.views.shared import print_job

    QApplication.instance() or QApplication([])
    pdf = count_sheet_pdf(50)
    idle = rss_mb()
    peak = [idle]
    with tempfile.TemporaryDirectory() as folder:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(Path(folder) / "out.pdf"))
        started = time.perf_counter()
        done = print_job.stream_pages(pdf, printer, print_job.PrintRequest("", paper="A4"),
                                      lambda d, t: peak.append(rss_mb()), lambda: False)
        seconds = time.perf_counter() - started
    return max(peak) - idle, seconds, done


def cups_figures(repeat: int = 5) -> dict[str, float] | None:
    if not (shutil.which("lpadmin") and os.path.exists(PPD) and os.geteuid() == 0):
        return None
    from desktop import spooler

    from desktop.views.shared import print_job

    if "is running" not in subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False).stdout:
        subprocess.run(["/usr/sbin/cupsd"], check=True)
        time.sleep(0.5)
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", PPD], check=True, capture_output=True)
    subprocess.run(["cupsdisable", QUEUE], check=True)  # hold the jobs: their spool files can be measured
    try:
        pdf = count_sheet_pdf(1)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "one.pdf"
            path.write_bytes(pdf)
            ours, floor = [], []
            for _ in range(repeat):
                t = time.perf_counter()
                subprocess.run(["lp", "-d", QUEUE, str(path)], check=True, capture_output=True)
                floor.append(time.perf_counter() - t)
                subprocess.run(["cupsenable", QUEUE], check=True)  # check() refuses a paused printer
                t = time.perf_counter()
                spooler.submit(path, QUEUE, paper="A4", title="bench")
                ours.append(time.perf_counter() - t)
                subprocess.run(["cupsdisable", QUEUE], check=True)
        spool = sorted(Path("/var/spool/cups").glob("d*-001"), key=lambda p: p.stat().st_mtime)[-1].stat().st_size
        assert print_job.PAPER_MM
        return {"pdf_kb": len(pdf) / 1024, "spool_kb": spool / 1024, "ours_ms": statistics.median(ours) * 1000,
                "lp_ms": statistics.median(floor) * 1000}
    finally:
        subprocess.run(["cancel", "-a", QUEUE], check=False, capture_output=True)
        subprocess.run(["lpadmin", "-x", QUEUE], check=False, capture_output=True)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    grew, seconds, pages = memory_figure()
    record(f"print: stream {pages} pages, memory", grew, None, "<100 MB over idle", grew < 100, unit="MB")
    print(f"stream {pages} pages (Windows path, 300 dpi grey): +{grew:.0f} MB over idle, {seconds:.1f} s"
          f"  goal < 100 MB: {'met' if grew < 100 else 'NOT met'}")
    cups = cups_figures()
    if cups is None:
        print("CUPS figures skipped: needs CUPS with cups-pdf, as root (scripts/setup.sh cups)", file=sys.stderr)
        return
    size_ratio = cups["spool_kb"] / cups["pdf_kb"]
    time_ratio = cups["ours_ms"] / cups["lp_ms"]
    record("print: spool size", cups["spool_kb"], cups["pdf_kb"], "<3x the PDF", size_ratio <= 3, unit="KB",
           floor_name="the PDF")
    record("print: one page to queued", cups["ours_ms"], cups["lp_ms"], "<3x", time_ratio <= 3, floor_name="bare lp")
    print(f"spool size: {cups['spool_kb']:.0f} KB against the PDF {cups['pdf_kb']:.0f} KB: {size_ratio:.2f}x"
          f"  goal within 3x: {'met' if size_ratio <= 3 else 'NOT met'}")
    print(f"one page to queued: {cups['ours_ms']:.0f} ms against bare lp {cups['lp_ms']:.0f} ms: {time_ratio:.2f}x"
          f"  goal within 3x: {'met' if time_ratio <= 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
