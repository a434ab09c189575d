"""Every document on every paper the shop can choose (A4, A5 and the dot-matrix continuous
forms 241×140 and 241×93): nothing outside the page's margins, the barcode inside its
column and clear of the text for the longest numbers, no greys or fills on a form; and
bin labels on label sheets and rolls, from a given position (issue 18)."""

from __future__ import annotations

import ctypes
from decimal import Decimal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from printing import documents
from printing.data import BinLabel, InvoiceDoc, Line, PayerTotal, Shop, WorkOrderDoc
from printing.label_sheet import label_sheet
from printing.render import FORMS, PAGES, margins
from printing.sheets import PRESETS, parse

LONG = "WO2026-1234567890"  # longer than any number the program gives


def order(number: str = LONG) -> WorkOrderDoc:
    lines = tuple(Line("part" if i % 2 else "labour", f"更换前制动片（原厂件）及制动液 {i}", Decimal("1.5"),
                       Decimal("350.00"), Decimal("525.00"), part_number="4D0698151AB" if i % 2 else "")
                  for i in range(6))
    return WorkOrderDoc(Shop("宏达汽车销售服务有限公司", "深圳市南山区科技园南路 88 号", "0755-12345678"), number,
                        "2026-11-30 09:12", "张伟", "138 1234 5678", "粤B12345", "LSVAU2180N2183294", "大众 朗逸 2021",
                        123456, 5, "刹车异响，方向跑偏", lines, (PayerTotal("customer", Decimal("3150.00"),
                                                                        Decimal("409.50"), Decimal("3559.50")),),
                        advisor="李娜", technician="王师傅", promised_at="2026-11-30 17:00",
                        diagnosis="前制动片磨损到限", next_service="2027-05-30 或 130,000 km")


def settlement() -> InvoiceDoc:
    lines = tuple(Line("labour", f"项目 {i}", Decimal(1), Decimal("100.00"), Decimal("100.00"), vat=Decimal("13.00"),
                       rate="13%") for i in range(4))
    return InvoiceDoc(Shop("宏达汽修"), "INV2026-000123", "invoice", "2026-11-30 10:00", "王收银", "张伟", "",
                      "", LONG, "粤B12345", lines, Decimal("400.00"), Decimal("52.00"), Decimal("452.00"),
                      (("13%", Decimal("400.00"), Decimal("52.00")),))


def objects(pdf: bytes) -> list[tuple[int, list[tuple[int, tuple[float, float, float, float]]]]]:
    """Per page: (page height, [(object type, (left, bottom, right, top))])."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for page in doc:
            items = [(obj.type, obj.get_bounds()) for obj in page.get_objects(max_depth=3)]
            out.append((page.get_size(), items))
        return out
    finally:
        doc.close()


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


RENDERERS = {
    "job-card": lambda paper: documents.job_card(order(), "zh_CN", paper),
    "delivery-report": lambda paper: documents.delivery_report(order(), "zh_CN", paper),
    "invoice": lambda paper: documents.invoice(settlement(), "zh_CN", paper),
}


@pytest.mark.parametrize("paper", list(PAGES))
@pytest.mark.parametrize("kind", list(RENDERERS))
def test_nothing_falls_outside_the_paper_and_the_barcode_stays_clear(kind: str, paper: str) -> None:
    pdf = RENDERERS[kind](paper)
    width, height = PAGES[paper]
    side, _ = margins(paper)
    pages = objects(pdf)
    assert pages
    for (w, h), items in pages:
        assert (round(w), round(h)) == (round(width), round(height))
        texts = [box for kind_, box in items if kind_ == pdfium_c.FPDF_PAGEOBJ_TEXT]
        # thin upright paths: barcode bars and the tables' column lines; no text may cross one
        bars = [box for kind_, box in items if kind_ == pdfium_c.FPDF_PAGEOBJ_PATH and box[2] - box[0] < 3
                and box[3] - box[1] > 10]
        for _kind, box in items:
            assert box[0] >= side - 1 and box[2] <= width - side + 1, (kind, paper, box)
            assert box[1] >= 0 and box[3] <= height, (kind, paper, box)
        for bar in bars:
            assert not any(overlaps(bar, text) for text in texts), (kind, paper, bar)


@pytest.mark.parametrize("paper", list(FORMS))
def test_a_continuous_form_has_one_font_size_and_no_greys(paper: str) -> None:
    pdf = documents.job_card(order(), "zh_CN", paper)
    doc = pdfium.PdfDocument(pdf)
    try:
        sizes, fills = set(), set()
        for page in doc:
            for obj in page.get_objects(max_depth=3):
                r, g, b, a = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
                if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                    size = ctypes.c_float()
                    pdfium_c.FPDFTextObj_GetFontSize(obj.raw, size)
                    sizes.add(round(size.value, 1))
                if pdfium_c.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a) and obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
                    pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill_mode, stroke)
                    if fill_mode.value:
                        fills.add((r.value, g.value, b.value))
        assert len(doc) >= 2  # the tear-off pages, each numbered
        assert sizes <= {10.0}, sizes
        assert fills <= {(0, 0, 0)}, fills  # black bars and QR modules only: no shaded rows or headers
    finally:
        doc.close()


def test_the_cli_prints_any_document_on_any_paper(tmp_path, cli_user) -> None:  # type: ignore[no-untyped-def]
    from desktop.__main__ import main

    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "10", "--vehicles", "12"]) == 0
    import sqlite3

    number = sqlite3.connect(db).execute("SELECT number FROM work_order ORDER BY id DESC LIMIT 1").fetchone()[0]
    for paper in ("A5", "241x93"):
        out = tmp_path / f"card-{paper}.pdf"
        assert main(["print", "job-card", number, "--paper", paper, "--out", str(out), "--db", db]) == 0
        (w, h), _ = objects(out.read_bytes())[0]
        assert (round(w), round(h)) == tuple(round(x) for x in PAGES[paper])


LABELS = [BinLabel(f"4D0698151A{i:02d}", "前制动片（原厂）套装，适用于朗逸/速腾/宝来", f"A-0{i}-3", Decimal("358.00"))
          for i in range(10)]


@pytest.mark.parametrize("key", list(PRESETS))
def test_labels_sit_in_their_places_on_every_sheet(key: str) -> None:
    sheet = PRESETS[key]
    start = min(5, sheet.per_page)
    pdf = label_sheet(LABELS, sheet, start=start)
    pages = objects(pdf)
    from reportlab.lib.units import mm

    for number, ((w, h), items) in enumerate(pages):
        assert (round(w), round(h)) == (round(sheet.page[0] * mm), round(sheet.page[1] * mm))
        first = start - 1 if number == 0 else 0
        cells = []
        for position in range(first, sheet.per_page):
            col, row = position % sheet.columns, position // sheet.columns
            x = (sheet.left + col * (sheet.label[0] + sheet.gap_x)) * mm
            top = h - (sheet.top + row * (sheet.label[1] + sheet.gap_y)) * mm
            cells.append((x, top - sheet.label[1] * mm, x + sheet.label[0] * mm, top))
        for _kind, box in items:  # everything drawn lies inside one label of this page
            assert any(box[0] >= c[0] - 0.5 and box[2] <= c[2] + 0.5 and box[1] >= c[1] - 0.5
                       and box[3] <= c[3] + 0.5 for c in cells), (key, box)
    expected_pages = -(-(len(LABELS) + start - 1) // sheet.per_page)
    assert len(pages) == expected_pages


def test_a_custom_sheet_is_parsed_and_checked() -> None:
    sheet = parse("custom:210x297:3x8:70x37:0,0.5:0,0")
    assert sheet is not None and sheet.per_page == 24 and parse(sheet.spec()) == sheet
    assert parse("custom:210x297:4x8:70x37:0,0.5:0,0") is None  # four 70 mm labels do not fit in 210 mm
    assert parse("nonsense") is None and parse("roll-60x40") == PRESETS["roll-60x40"]


def test_the_settlement_sheet_says_the_total_in_capitals_and_credits_as_minus_yuan() -> None:
    from dataclasses import replace

    from desktop.services.common.money import rmb_upper, yuan
    from printing.render import money

    doc = replace(settlement(), total=Decimal("1234.50"), total_upper=rmb_upper(Decimal("1234.50")))
    text = "".join(pdfium.PdfDocument(documents.invoice(doc))[0].get_textpage().get_text_range().split())
    assert "合计（大写）：人民币壹仟贰佰叁拾肆元伍角整" in text
    credit = replace(settlement(), kind="credit", total=Decimal("-67.80"), total_upper=rmb_upper(Decimal("-67.80")))
    text = "".join(pdfium.PdfDocument(documents.invoice(credit))[0].get_textpage().get_text_range().split())
    assert "-¥67.80" in text and "¥-" not in text and "负陆拾柒元捌角整" in text
    assert money(Decimal("-67.80")) == yuan(Decimal("-67.80")) == "-¥67.80"
    assert money(Decimal("1234.5")) == yuan(Decimal("1234.5")) == "¥1,234.50"
