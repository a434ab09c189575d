"""Sending a document to the shop's printer (打印), off the GUI thread, honestly.

Where the spooler takes PDF (CUPS: Linux, macOS) the PDF itself is queued with the chosen
printer, copies, page range and paper (``desktop.spooler``): no page becomes a picture.
Elsewhere (Windows) the pages are drawn one at a time at the printer's resolution, in
grey where the document has no colour, and each page's image is let go before the next
is made, so memory stays flat whatever the page count; a cancel stops before the next
page.  Either way the printer must exist and accept jobs first, and every failure (no
printer, a refused or lost job, a paused printer, a painter that will not start) comes
back as a plain message naming the printer; nothing is reported as printed that was not
handed over.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop import spooler

MAX_DPI = 300
PAPER_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "241x140": (241.0, 139.7), "241x93": (241.0, 93.1)}


class PrintFailed(Exception):
    """The job did not reach the printer; ``text`` says why, in the person's language."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True)
class PrintRequest:
    printer: str
    copies: int = 1
    collate: bool = True
    pages: tuple[int, int] | None = None  # first and last page, from 1; None: all
    paper: str = "A4"
    title: str = ""
    colour: bool = False  # the document has colour worth printing (a logo)


def paper_of(pdf: bytes) -> str:
    """The paper a document was laid out for, from its first page's size."""
    doc = pdfium.PdfDocument(pdf)
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    w_mm, h_mm = width / 72 * 25.4, height / 72 * 25.4
    for key, (w, h) in PAPER_MM.items():
        if abs(w - w_mm) < 2 and abs(h - h_mm) < 2:
            return key
    return f"{w_mm:.0f}x{h_mm:.0f}"  # a label roll, a custom sheet


def paper_mm(paper: str) -> tuple[float, float]:
    if paper in PAPER_MM:
        return PAPER_MM[paper]
    try:
        w, h = (float(x) for x in paper.split("x"))
    except ValueError:
        return PAPER_MM["A4"]
    return w, h


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def missing(name: str) -> PrintFailed:
    return PrintFailed(QCoreApplication.translate("PrintJob", "Printer %1 is not connected or refuses to print: %2").replace("%1", name or "—")
                       .replace("%2", QCoreApplication.translate("PrintJob", "no such printer on this PC")))


def check_printer(printer: QPrinter) -> None:
    """Before anything is sent: the printer exists (Qt's list) and, where the spooler can
    be asked, accepts jobs and is not paused."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return  # a file, not a printer (tests, "print to PDF")
    name = printer.printerName()
    if not name or name not in QPrinterInfo.availablePrinterNames():
        raise missing(name)
    if spooler.available():
        try:
            spooler.check(name)
        except spooler.SpoolError as exc:
            raise spool_failed(exc) from exc


def spool_failed(exc: spooler.SpoolError) -> PrintFailed:
    if exc.kind == "paused":
        text = QCoreApplication.translate("PrintJob", "Printer %1 is paused (%2): resume it in the system's printer settings, then print again.")
    else:
        text = QCoreApplication.translate("PrintJob", "Printer %1 is not connected or refuses to print: %2")
    return PrintFailed(text.replace("%1", exc.printer).replace("%2", exc.detail or exc.kind))


def set_paper(printer: QPrinter, paper: str) -> None:
    """The document decides the paper and the orientation; the printer is set to them."""
    w, h = paper_mm(paper)
    named = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}.get(paper)
    size = QPageSize(named) if named is not None else QPageSize(
        QRectF(0, 0, w, h).size(), QPageSize.Unit.Millimeter, f"{paper} mm", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


def stream_pages(pdf: bytes, printer: QPrinter, request: PrintRequest, progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> int:
    """Draw the requested pages onto ``printer`` one at a time; the number drawn."""
    doc = pdfium.PdfDocument(pdf)
    try:
        first, last = request.pages or (1, len(doc))
        first, last = max(1, first), min(len(doc), last)
        set_paper(printer, request.paper)
        printer.setCopyCount(request.copies)
        printer.setCollateCopies(request.collate)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(QCoreApplication.translate("PrintJob", "Printer %1 is not connected or refuses to print: %2")
                              .replace("%1", printer.printerName() or printer.outputFileName())
                              .replace("%2", QCoreApplication.translate("PrintJob", "it could not be started")))
        dpi = min(printer.resolution(), MAX_DPI)
        done = 0
        try:
            for number in range(first, last + 1):
                if cancelled():
                    break
                if done:
                    printer.newPage()
                page = doc[number - 1]
                bitmap = page.render(scale=dpi / 72, grayscale=not request.colour, rev_byteorder=True)
                fmt = QImage.Format.Format_RGB888 if request.colour else QImage.Format.Format_Grayscale8
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
                painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(printer.resolution())), image)
                del image, bitmap  # this page's pixels go before the next page's are made
                page.close()
                done += 1
                progress(done, last - first + 1)
        finally:
            if not painter.end():
                raise PrintFailed(QCoreApplication.translate("PrintJob", "Printer %1 is not connected or refuses to print: %2")
                                  .replace("%1", printer.printerName() or printer.outputFileName())
                                  .replace("%2", QCoreApplication.translate("PrintJob", "the job was lost")))
        return done
    finally:
        doc.close()


def spool_pdf(pdf: bytes, request: PrintRequest) -> tuple[int, str]:
    """Queue the PDF itself on a CUPS printer; (pages sent, job id)."""
    with tempfile.TemporaryDirectory(prefix="servicebay-print-") as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        try:
            job = spooler.submit(path, request.printer, copies=request.copies, pages=request.pages,
                                 paper=request.paper, collate=request.collate, title=request.title)
        except spooler.SpoolError as exc:
            raise spool_failed(exc) from exc
    total = page_count(pdf)
    first, last = request.pages or (1, total)
    return min(total, last) - max(1, first) + 1, job


def uses_spooler(printer: QPrinter) -> bool:
    return spooler.available() and not (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                                        and printer.outputFileName())


class Cancel:
    def __init__(self) -> None:
        self._event = threading.Event()

    def __call__(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        self._event.set()
