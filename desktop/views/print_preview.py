"""Preview, print and save a document.  The PDF (from ``printing``, through a service) is
shown page by page, printed on the chosen printer with the chosen copies (QPrinter), or
saved.  Pages are drawn with PDFium (pypdfium2): QtPdf would need PySide6-Addons, a
second large wheel, for this one view.  The printer and copies are remembered per
document type on this PC."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Settings
from desktop.services.errors import ServiceError

from desktop.views import common
from desktop.views.common import tr_message


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


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    doc = pdfium.PdfDocument(pdf)
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    return width / 72 * 25.4, height / 72 * 25.4


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw each page onto the printer at its resolution (at most 300 dpi); the number of
    pages sent."""
    width, _height = page_size_mm(pdf)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5 if round(width) == 148 else QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    images = page_images(pdf, min(printer.resolution(), 300))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(images)


PREVIEW_DPI = 90


def screen_ratio() -> float:
    """Device pixels per logical pixel of the screen (2.0 on a 200 % Windows display)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0


class PrintPreview(QDialog):
    printed = Signal(int)

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
        row.addWidget(self.info, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout.addLayout(row)

    def printer(self) -> QPrinter:
        """A printer set up as last time for this kind of document."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = Settings().get("printers").get(self.kind, {})
        name = remembered.get("printer", "")
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        printer.setCopyCount(int(remembered.get("copies", 1)))
        printer.setDocName(self.file_name)
        return printer

    def remember(self, printer: QPrinter) -> None:
        settings = Settings()
        printers = dict(settings.get("printers"))
        printers[self.kind] = {"printer": printer.printerName(), "copies": printer.copyCount()}
        settings.set("printers", printers)
        settings.save()

    def print_(self) -> int:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        if not choose_printer(dialog):
            return 0
        sent = print_pdf(self.pdf, printer)
        self.remember(printer)
        self.printed.emit(sent)
        return sent

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
