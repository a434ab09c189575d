"""Every document rendered from the demo shop and read back as text (pypdfium2)."""

from decimal import Decimal

import pypdfium2 as pdfium
import pytest

from desktop.db import Database
from desktop.demo.shop import create_demo
from desktop.services.billing.service import InvoicingService
from desktop.services.container import Services
from desktop.services.documents.service import DocumentService
from desktop.services.parts.purchasing import PurchasingService
from desktop.services.parts.stocktake import StockTakeService
from desktop.services.workorders.records import LineForm, OrderFilter, ReceptionForm
from desktop.services.workorders.service import WorkOrderService
from printing.render import money
from tests.conftest import Workshop


def pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from desktop.db import open_database

    folder = tmp_path_factory.mktemp("demo")
    db = open_database("sqlite:///" + str(folder / "demo.sqlite3"), folder / "snaps")
    create_demo(db, 120, 150)
    return db


def test_order_documents_carry_the_customer_the_car_and_every_line(demo: Database) -> None:
    docs = DocumentService(demo)
    order_id = WorkOrderService(demo).page(OrderFilter(states=["delivered"]), limit=1)[0].id
    order = WorkOrderService(demo).get(order_id)
    for kind in ("job-card", "technician-copy", "estimate", "delivery-report"):
        text = flat("".join(pages(docs.render(kind, order_id))))
        for needed in (order.customer_name, order.plate, order.number, order.vin):
            assert flat(needed) in text, (kind, needed)
        for line in order.lines:
            assert flat(line.description) in text, (kind, line.description)
        if kind == "technician-copy":
            assert money(order.totals.total) not in text  # no prices on the technician's copy
        else:
            assert flat(money(order.totals.total)) in text
    assert "签字" in "".join(pages(docs.render("job-card", order_id)))
    english = flat("".join(pages(docs.render("delivery-report", order_id, lang="en"))))
    assert "Deliveryreport" in english and flat(order.customer_name) in english


def test_invoice_purchase_order_pick_list_count_sheet_and_labels(demo: Database) -> None:
    docs = DocumentService(demo)
    inv = InvoicingService(demo).get(InvoicingService(demo).invoices()[0].id)
    text = flat("".join(pages(docs.render("invoice", inv.number))))
    assert inv.number in text and flat(inv.payer_name) in text and flat(money(inv.total)) in text
    assert all(flat(x.description) in text for x in inv.lines)
    po = PurchasingService(demo).orders()[0]
    text = flat("".join(pages(docs.render("purchase-order", po.id))))
    assert po.number in text and flat(po.supplier) in text and all(x.number in text for x in po.lines)
    sheet = StockTakeService(demo).start("A-", due_only=False)
    text = flat("".join(pages(docs.render("count-sheet", sheet.id))))
    assert sheet.number in text and all(x.number in text and x.bin in text for x in sheet.lines)
    labels = flat("".join(pages(docs.render_labels([x.part_id for x in sheet.lines]))))
    assert all(x.number in labels for x in sheet.lines)


def test_a_60_line_order_spans_pages_with_the_header_on_each(services: Services, workshop: Workshop) -> None:
    w = services.workorders
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=20000, concern="全车检查"))
    for i in range(60):
        o = w.add_line(o.id, o.version, LineForm("part", f"配件第{i + 1}项 很长的名称" * (2 if i % 7 == 0 else 1),
                                                 "1", "10.00", part_number=f"P-{i:03d}"))
    pdf = DocumentService(services.db).render("job-card", o.id)
    texts = pages(pdf)
    assert len(texts) >= 2
    for text in texts:
        assert o.number in text and "维修委托书" in text  # the header repeats
        assert "项目" in text  # so does the table's own header
    assert f"1 / {len(texts)}" in texts[0] and f"{len(texts)} / {len(texts)}" in texts[-1]
    assert "按付款方合计" in texts[-1] and all("按付款方合计" not in t for t in texts[:-1])
    together = flat("".join(texts))
    assert all(f"P-{i:03d}" in together for i in range(60))
    assert flat(money(Decimal("678.00"))) in together  # 60 × ¥10 + 13 % VAT


def test_the_pick_list_lists_what_is_still_to_hand_out_by_bin(services: Services, workshop: Workshop) -> None:
    from desktop.services.parts.records import PartForm

    parts = services.parts
    pads = parts.save_part(PartForm("BP-F", "前制动片", bin="B-02", price="480")).part_id
    parts.save_part(PartForm("FLT-OIL", "机油滤清器", bin="A-01", price="58"))
    parts.receive(pads, "6", "300")
    w = services.workorders
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=20000, concern="刹车"))
    o = w.add_line(o.id, o.version, LineForm("part", "前制动片", "2", "480", part_number="BP-F"))
    o = w.add_line(o.id, o.version, LineForm("part", "机油滤清器", "1", "58", part_number="FLT-OIL"))
    doc = DocumentService(services.db).pick_list(o.id)
    assert [(x.bin, x.part_number, x.quantity, x.on_hand) for x in doc.lines] == [
        ("B-02", "BP-F", 2, 6), ("A-01", "FLT-OIL", 1, 0)]
    text = flat("".join(pages(DocumentService(services.db).render("pick-list", o.id))))
    assert "A-01" in text and "BP-F" in text and text.index("A-01") < text.index("B-02")  # in bin order


def test_a5_job_cards_as_a_setting(services: Services, workshop: Workshop) -> None:
    o = services.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=20000,
                                                     concern="异响"))
    services.settings.set("job_card_paper", "A5")
    pdf = DocumentService(services.db).render("job-card", o.id)
    doc = pdfium.PdfDocument(pdf)
    width, height = doc[0].get_size()
    doc.close()
    assert (round(width), round(height)) == (420, 595)  # A5 in points
