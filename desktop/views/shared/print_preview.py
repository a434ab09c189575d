"""Preview, print and save a document.  The PDF (from ``printing``, through a service) is
shown page by page, printed on the chosen printer with the chosen copies (QPrinter), or
saved.  Pages are drawn with PDFium (pypdfium2): QtPdf would need PySide6-Addons, a
second large wheel, for this one view.  The printer and copies are remembered per
document type on this PC."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Settings
from desktop.services.core.errors import ServiceError

from desktop.views.shared import background, common, print_job
from desktop.views.shared.common import tr_message


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page as an image at ``dpi``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72, rev_byteorder=True)  # RGB, as QImage reads it
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            out.append(image.copy())  # own the pixels before PDFium frees them
        return out
    finally:
        doc.close()


PREVIEW_DPI = 90
PAPER_NAMES = {"A4": "A4", "A5": "A5", "241x140": "241×140 mm（二等分）", "241x93": "241×93 mm（三等分）"}
COLOUR_DOCUMENTS: frozenset[str] = frozenset({"monthly-report"})  # its charts; the rest print in grey


def screen_ratio() -> float:
    """Device pixels per logical pixel of the screen (2.0 on a 200 % Windows display)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0


class PrintPreview(QDialog):
    printed = Signal(int)  # pages handed to the printer
    failed = Signal(str)  # why nothing (or not all) was printed

    def __init__(self, pdf: bytes, title: str, kind: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.kind = kind
        self.file_name = file_name
        self.setWindowTitle(title)
        self.resize(760, 900)
        pages = QWidget()
        lay = QVBoxLayout(pages)
        ratio = screen_ratio()
        self.images = page_images(pdf, round(PREVIEW_DPI * ratio))  # sharp on a high-DPI screen
        for image in self.images:
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #9e9e9e; background: white;")
            lay.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        self.paper = print_job.paper_of(pdf)
        self.colour = kind in COLOUR_DOCUMENTS
        self.paper_label = QLabel(self.tr("Paper: %1, portrait (set by the document)").replace(
            "%1", PAPER_NAMES.get(self.paper, self.paper)))
        self.info = QLabel(self.tr("%1 pages").replace("%1", str(len(self.images))))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        close = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.paper_label)
        row.addWidget(self.info, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout.addLayout(row)

    def printer(self) -> QPrinter:
        """A printer set up as last time for this kind of document, on the document's paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = Settings().get("printers").get(self.kind, {})
        name = remembered.get("printer", "")
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        printer.setCopyCount(max(1, min(99, int(remembered.get("copies", 1) or 1))))
        printer.setDocName(self.file_name)
        print_job.set_paper(printer, self.paper)
        return printer

    def remember(self, printer: QPrinter) -> None:
        settings = Settings()
        printers = dict(settings.get("printers"))
        printers[self.kind] = {"printer": printer.printerName(), "copies": printer.copyCount()}
        settings.set("printers", printers)
        settings.save()

    def print_(self) -> int:
        """Ask for the printer, copies and pages, then send the job off the GUI thread; the
        number of pages that will go (0 when nothing is sent).  ``printed`` follows with the
        pages sent, or ``failed`` with the reason; the remembered printer changes only
        after a job was handed over."""
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, len(self.images))
        if not choose_printer(dialog):
            return 0
        pages = None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = (printer.fromPage(), max(printer.fromPage(), printer.toPage() or printer.fromPage()))
        request = print_job.PrintRequest(printer.printerName(), printer.copyCount(), printer.collateCopies(), pages,
                                         self.paper, self.file_name, colour=self.colour)
        try:
            print_job.check_printer(printer)
        except print_job.PrintFailed as exc:
            self._failed(exc)
            return 0
        first, last = pages or (1, len(self.images))
        count = min(last, len(self.images)) - first + 1
        cancel = print_job.Cancel()
        self.print_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, count, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(cancel.set)
        self.progress.setMinimumDuration(300)

        def work(report: Callable[[float], None]) -> tuple[int, str]:
            if print_job.uses_spooler(printer):
                return print_job.spool_pdf(self.pdf, request)
            done = print_job.stream_pages(self.pdf, printer, request,
                                          lambda n, total: report(n / max(total, 1)), cancel)
            return done, ""

        def shown(fraction: float) -> None:
            done = round(fraction * count)
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Page %1/%2").replace("%1", str(done)).replace("%2", str(count)))

        background.run_in_background(work, lambda result: self._sent(printer, result), self._failed, shown)
        return count

    def _sent(self, printer: QPrinter, result: tuple[int, str]) -> None:
        pages, job = result
        self.progress.reset()
        self.print_button.setEnabled(True)
        if pages == 0:
            self.info.setText(self.tr("Printing was cancelled; nothing was sent."))
            return
        self.remember(printer)
        where = printer.printerName() or printer.outputFileName()
        self.info.setText(self.tr("Sent %1 pages to %2.").replace("%1", str(pages)).replace("%2", where)
                          + (f" ({job})" if job else ""))
        self.printed.emit(pages)

    def _failed(self, exc: BaseException) -> None:
        progress = getattr(self, "progress", None)
        if progress is not None:
            progress.reset()
        self.print_button.setEnabled(True)
        text = exc.text if isinstance(exc, print_job.PrintFailed) else str(exc)
        self.info.setText(text)
        self.failed.emit(text)
        common.inform(self, self.tr("Print"), text, error=True)

    def save(self) -> str:
        path = common.choose_save_file(self, QCoreApplication.translate("PrintPreview", "Save as PDF"),
                                       self.file_name, QCoreApplication.translate("PrintPreview", "PDF (*.pdf)"))
        if path and not common.write_file(self, Path(path), lambda handle: handle.write(self.pdf), binary=True):
            return ""
        return path


def choose_printer(dialog: QPrintDialog) -> bool:
    """The system's print dialog (printer, copies); tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_document(parent: QWidget, render: Callable[[str], bytes], kind: str, title: str,
                  file_name: str) -> PrintPreview | None:
    """Render (in the language of the window) and open the preview; a refusal is shown."""
    try:
        pdf = render(Settings().get("language"))
    except ServiceError as exc:
        common.inform(parent, title, tr_message(exc.message), error=True)
        return None
    dialog = PrintPreview(pdf, title, kind, file_name, parent)
    dialog.open()
    return dialog
