"""A one-page job card, rendered, against its floor: a bare ReportLab page with the same
embedded font and the same text drawn at fixed places.

    python -m bench.bench_printing [--repeat 20]

Targets: the job card under 150 ms, and within 3x of the floor, in the same run.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.figures import record
from printing.data import Line, PayerTotal, Shop, WorkOrderDoc
from printing.documents import job_card
from printing.render import FONT, register_font


def sample() -> WorkOrderDoc:
    lines = tuple(
        [Line("labour", "更换机油及机油滤清器", Decimal("0.5"), Decimal("120"), Decimal("60"))]
        + [Line("part", f"全合成机油 5W-30 4L 第{i}件", Decimal(1), Decimal("398"), Decimal("398"), f"OIL-{i:03d}")
           for i in range(10)])
    net = sum((x.amount for x in lines), Decimal(0))
    return WorkOrderDoc(
        shop=Shop("鹏程汽车销售服务有限公司", "深圳市龙岗区汽车城大道88号", "0755-88886666"),
        number="WO2026-000123", opened_at="2026-11-23 09:30", customer="张伟", phones="13812345678",
        plate="粤B12345", vin="LSVAU2180N2123456", vehicle="大众 朗逸 2021", odometer_km=15000, fuel_eighths=4,
        concern="保养，底盘异响", lines=lines,
        totals=(PayerTotal("customer", net, net * Decimal("0.13"), net * Decimal("1.13")),),
        advisor="李顾问", promised_at="2026-11-23 17:00", belongings="行车记录仪")


def printed_text(pdf: bytes) -> list[str]:
    """The text lines of the rendered job card (read back with PDFium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [line for line in doc[0].get_textpage().get_text_range().splitlines() if line.strip()]
    finally:
        doc.close()


def floor(lines: list[str]) -> bytes:
    """The same text, in the same embedded font, drawn line by line on a bare page."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(FONT, 9)
    y = 800.0
    for line in lines:
        canvas.drawString(50, y, line)
        y -= 800 / max(len(lines), 1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    register_font()
    doc = sample()
    text = printed_text(job_card(doc))
    f, o = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        floor(text)
        f.append(time.perf_counter() - t)
        t = time.perf_counter()
        job_card(doc)
        o.append(time.perf_counter() - t)
    mf, mo = statistics.median(f), statistics.median(o)
    print(f"{len(text)} lines of text on the page")
    print(f"bare page, same font and text   {mf * 1000:6.1f} ms")
    print(f"job card (one page)             {mo * 1000:6.1f} ms   ratio {mo / mf:.2f}")
    ok = mo < 0.150 and mo / mf <= 3.0
    record("job card, one page", mo * 1000, mf * 1000, "<150 ms, <3x", ok, floor_name="bare page, same font")
    print(f"targets: under 150 ms and within 3x: {'met' if ok else 'NOT met'}")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
