"""Printing on the shop's own printer (issue 18): to a real CUPS queue where CUPS is
installed (the PDF itself, with page range, copies and paper; a missing, rejecting or
paused printer is a message and the remembered printer stays), and the Windows path —
pages streamed one at a time — on a QPrinter in PDF mode, with memory flat over 50 pages."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.platypus import PageBreak

from desktop.config import Settings
from printing import render

from desktop.views.shared import print_job, print_preview
from desktop.views.shared.print_preview import PrintPreview

QUEUE = "ServiceBayTestPDF"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


def document(pages: int, paper: str = "A4") -> bytes:
    st = render.styles(9, paper)
    story = []
    for i in range(pages):
        story += [render.para(f"第 {i + 1} 页：张伟 粤B12345 " + "更换前制动片 " * 40, st["base"]), PageBreak()]
    return render.build(story[:-1], title="盘点表", number="ST2026-0001", shop="宏达汽修", lang="zh_CN", paper=paper)


def page_count(pdf: bytes | Path) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


# --- the Windows path: pages streamed one at a time ------------------------------------------------


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads the memory from /proc (Linux)")
def test_streamed_pages_keep_memory_flat_and_honour_the_range(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = document(50)
    seen: list[float] = []

    def progress(done: int, total: int) -> None:
        if done in (5, 50):
            seen.append(rss_mb())

    request = print_job.PrintRequest("", pages=None, paper="A4")
    done = print_job.stream_pages(pdf, pdf_printer(tmp_path / "all.pdf"), request, progress, lambda: False)
    assert done == 50 and page_count(tmp_path / "all.pdf") == 50
    assert seen[1] - seen[0] < 100, f"memory grew {seen[1] - seen[0]:.0f} MB from page 5 to page 50"
    part = print_job.stream_pages(pdf, pdf_printer(tmp_path / "part.pdf"), print_job.PrintRequest("", pages=(3, 4)),
                                  lambda d, t: None, lambda: False)
    assert part == 2 and page_count(tmp_path / "part.pdf") == 2


def test_a_cancel_stops_before_the_next_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stop = print_job.Cancel()

    def progress(done: int, total: int) -> None:
        if done == 3:
            stop.set()

    done = print_job.stream_pages(document(10), pdf_printer(tmp_path / "x.pdf"), print_job.PrintRequest(""),
                                  progress, stop)
    assert done == 3


@pytest.mark.parametrize("paper", ["A5", "241x93"])
def test_the_document_decides_the_paper(qtbot, tmp_path: Path, paper: str) -> None:  # type: ignore[no-untyped-def]
    pdf = document(2, paper)
    assert print_job.paper_of(pdf) == paper
    print_job.stream_pages(pdf, pdf_printer(tmp_path / "p.pdf"), print_job.PrintRequest("", paper=paper),
                           lambda d, t: None, lambda: False)
    doc = pdfium.PdfDocument(tmp_path / "p.pdf")
    w, h = doc[0].get_size()
    doc.close()
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == tuple(round(x) for x in print_job.PAPER_MM[paper])


def test_a_printer_that_does_not_exist_is_a_message_and_nothing_is_remembered(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    settings.set("printers", {"job-card": {"printer": "前台打印机", "copies": 2}})
    settings.save()
    preview = PrintPreview(document(1), "派工单", "job-card", "x.pdf")
    qtbot.addWidget(preview)
    shown: list[str] = []
    monkeypatch.setattr(print_preview.common, "inform", lambda _p, _t, text, error=False: shown.append(text))

    monkeypatch.setattr(print_preview, "choose_printer", lambda dialog: True)
    # the queue was removed (or the spooler stopped) after the dialog: the system lists no printer
    monkeypatch.setattr(print_job.QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    assert preview.print_() == 0
    assert shown and ("not connected" in shown[0] or "未连接" in shown[0])
    assert Settings().get("printers")["job-card"] == {"printer": "前台打印机", "copies": 2}


# --- a real spooler -----------------------------------------------------------------------------


def _cups_ready() -> str:
    if not (shutil.which("lpadmin") and shutil.which("lp") and os.path.exists(PPD)):
        return "CUPS and cups-pdf are not installed (scripts/setup.sh cups installs them)"
    if os.geteuid() != 0:
        return "the CUPS test queue needs root"
    return ""


@pytest.fixture(scope="module")
def cups() -> str:
    why = _cups_ready()
    if why:
        pytest.skip(why)
    started = False
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False).stdout.find("is running") < 0:
        subprocess.run(["/usr/sbin/cupsd"], check=True)
        started = True
        for _ in range(50):
            if "is running" in subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False).stdout:
                break
            time.sleep(0.1)
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", PPD], check=True, capture_output=True)
    yield QUEUE
    subprocess.run(["lpadmin", "-x", QUEUE], check=False, capture_output=True)
    if started:
        subprocess.run(["pkill", "-x", "cupsd"], check=False)


def cups_output(since: float) -> list[Path]:
    found = [Path(p) for p in glob.glob("/root/PDF/*.pdf") + glob.glob("/var/spool/cups-pdf/*/*.pdf")]
    return [p for p in found if p.stat().st_mtime >= since]


def print_on(qtbot, preview: PrintPreview, monkeypatch: pytest.MonkeyPatch, name: str,  # type: ignore[no-untyped-def]
             pages: tuple[int, int] | None = None, copies: int = 1) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(print_preview.common, "inform", lambda _p, _t, text, error=False: shown.append(text))

    def dialog(d) -> bool:  # type: ignore[no-untyped-def]
        printer = d.printer()
        printer.setPrinterName(name)
        printer.setCopyCount(copies)
        if pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    monkeypatch.setattr(print_preview, "choose_printer", dialog)
    return shown


def test_a_pdf_goes_to_cups_as_it_is_with_its_page_range(qtbot, cups: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = document(3, "A5")
    preview = PrintPreview(pdf, "派工单", "job-card", "card.pdf")
    qtbot.addWidget(preview)
    shown = print_on(qtbot, preview, monkeypatch, cups, pages=(3, 3), copies=1)
    since = time.time() - 1
    with qtbot.waitSignal(preview.printed, timeout=30_000) as sent:
        assert preview.print_() == 1
    assert sent.args == [1] and not shown
    assert Settings().get("printers")["job-card"]["printer"] == cups
    doc = None
    for _ in range(100):  # cups-pdf writes the file a moment after the job is queued
        out = cups_output(since)
        try:
            doc = pdfium.PdfDocument(out[-1]) if out else None
        except pdfium.PdfiumError:
            doc = None
        if doc is not None:
            break
        time.sleep(0.1)
    assert doc is not None, "cups-pdf wrote nothing"
    try:
        w, h = doc[0].get_size()
        assert len(doc) == 1 and abs(w / 72 * 25.4 - 148) < 1.5 and abs(h / 72 * 25.4 - 210) < 1.5  # A5
        text = doc[0].get_textpage().get_text_range()
        assert "ST2026-0001" in text and "3 / 3" in text  # page 3, as text: the PDF itself, not a picture
    finally:
        doc.close()


@pytest.mark.parametrize(("how", "words"), [(["cupsreject", QUEUE], "Rejecting"),
                                            (["cupsdisable", "-r", "缺纸 out of paper", QUEUE], "paused")])
def test_a_refusing_or_paused_printer_is_said_and_not_remembered(qtbot, cups: str, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                                 how: list[str], words: str) -> None:
    settings = Settings()
    settings.set("printers", {"job-card": {"printer": "", "copies": 1}})
    settings.save()
    preview = PrintPreview(document(1), "派工单", "job-card", "card.pdf")
    qtbot.addWidget(preview)
    shown = print_on(qtbot, preview, monkeypatch, cups)
    subprocess.run(how, check=True)
    try:
        assert preview.print_() == 0
    finally:
        subprocess.run(["cupsaccept", QUEUE], check=False)
        subprocess.run(["cupsenable", QUEUE], check=False)
    assert shown and cups in shown[0] and words.lower() in shown[0].lower()
    assert Settings().get("printers")["job-card"]["printer"] == ""


def test_labels_for_several_parts_in_one_job_from_a_chosen_position(qtbot, services, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.parts.records import PartForm

    from desktop.views.parts.page import PartsPage
    from desktop.views.shared import common

    for n in ("P-100", "P-200", "P-300"):
        services.parts.save_part(PartForm(number=n, name=f"机油滤清器 {n}", bin="A-01", price="45.00"))
    page = PartsPage(services)
    qtbot.addWidget(page)
    page.refresh(reload=True)
    page.view.selectAll()
    asked: list[int] = []
    monkeypatch.setattr(common, "ask_number", lambda *a: asked.append(a[-1]) or 5)
    preview = page.print_label()
    assert isinstance(preview, PrintPreview) and asked == [24]  # the shop's A4 3×8 sheet
    text = "".join(pdfium.PdfDocument(preview.pdf)[0].get_textpage().get_text_range().split())
    assert all(n in text for n in ("P-100", "P-200", "P-300")) and len(preview.images) == 1
    preview.reject()
