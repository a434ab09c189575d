from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.config import Settings
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.services.billing.test_invoicing import delivered_order

from desktop.views.main_window import MainWindow
from desktop.views.shared import print_preview
from desktop.views.shared.print_preview import PrintPreview


def test_print_a_job_card_from_the_order_preview_save_and_print(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                                                 answers, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = delivered_order(services, workshop)
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.show_order(order_id)
    preview = window.workorders.editor.print_document("job-card", "派工单")
    assert isinstance(preview, PrintPreview) and len(preview.images) == 1
    assert preview.images[0].width() > 600  # a real page, drawn
    answers["save_file"].append(str(tmp_path / "card.pdf"))
    preview.save()
    text = pdfium.PdfDocument(str(tmp_path / "card.pdf"))[0].get_textpage().get_text_range()
    assert "张伟" in text and "粤B12345" in text

    out = tmp_path / "printed.pdf"

    def fake_printer_dialog(dialog) -> bool:  # type: ignore[no-untyped-def]
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" is a file here
        printer.setOutputFileName(str(out))
        printer.setCopyCount(2)
        return True

    monkeypatch.setattr(print_preview, "choose_printer", fake_printer_dialog)
    with qtbot.waitSignal(preview.printed, timeout=30_000) as sent:
        assert preview.print_() == 1
    assert sent.args == [1] and out.stat().st_size > 10_000
    assert Settings().get("printers")["job-card"]["copies"] == 2  # remembered for next time

    inv = services.invoicing.issue_for_order(order_id, "customer")
    window.invoices.refresh(select_id=inv.id)
    invoice_preview = window.invoices.print_invoice()
    assert isinstance(invoice_preview, PrintPreview) and invoice_preview.file_name == f"{inv.number}.pdf"
