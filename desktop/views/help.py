"""F1: the short manual of the page that is showing (帮助), in Chinese, read offline from the
pages shipped with the program (``docs/help``, the same files the README links to); the
quick start prints on one page for the counter."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import help_dir

PAGES = ("customers", "appointments", "reminders", "workorders", "board", "newcars", "recalls", "claims", "insurance", "kpi", "appraisal", "meetings", "invoices", "plans", "rescue", "aftercare", "parts",
         "purchasing", "stocktake", "system", "users", "kiosk",
         "quickstart")


def help_text(name: str) -> str:
    path = help_dir() / f"{name if name in PAGES else 'quickstart'}.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"# 帮助\n\n找不到帮助文件 {path}。"


class HelpDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.resize(720, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        quick = QPushButton(self.tr("Quick start"))
        printing = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        quick.clicked.connect(lambda: self.show_page("quickstart"))
        printing.clicked.connect(self.print_page)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addWidget(quick)
        row.addStretch(1)
        row.addWidget(printing)
        row.addWidget(close)
        layout.addLayout(row)
        self.show_page(name)

    def show_page(self, name: str) -> None:
        self.page = name
        self.browser.setMarkdown(help_text(name))

    def print_page(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if choose_printer(QPrintDialog(printer, self)):
            self.browser.document().print_(printer)
            return True
        return False


def choose_printer(dialog: QPrintDialog) -> bool:
    """The system's print dialog; tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted
