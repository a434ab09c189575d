"""Tomorrow's cars on paper: for each appointment a slip for the advisor's folder (A4:
who, when, what is planned, what is prepared) and a roof sign (预约车顶牌, A4 landscape:
the plate in letters to read from the gate, the time and the advisor).

    pdf = slips(doc, lang="zh_CN")
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Spacer

from printing.data import SlipDoc, SlipsDoc
from printing.render import FONT, content_width, esc, facts, grid, register_font, styles

WORDS = {
    "zh_CN": {"slip": "预约单", "sign": "预约", "when": "预约时间", "advisor": "服务顾问", "customer": "客户",
              "phone": "电话", "plate": "车牌", "vehicle": "车型", "concern": "客户描述", "technician": "技师",
              "bay": "工位", "minutes": "预计工时", "planned": "预约项目", "qty": "数量", "part_no": "配件号",
              "parts": "配件准备", "min": "分钟", "welcome": "欢迎光临，请到前台找您的服务顾问"},
    "en": {"slip": "Appointment", "sign": "Appointment", "when": "Time", "advisor": "Advisor", "customer": "Customer",
           "phone": "Phone", "plate": "Plate", "vehicle": "Vehicle", "concern": "Concern", "technician": "Technician",
           "bay": "Bay", "minutes": "Planned", "planned": "Planned work", "qty": "Qty", "part_no": "Part no.",
           "parts": "Parts", "min": "min", "welcome": "Welcome: your advisor is at reception"},
}


def _fit(canvas: Canvas, text: str, size: float, width: float) -> float:
    while size > 10 and canvas.stringWidth(text, FONT, size) > width:
        size -= 4
    return size


def _sign(canvas: Canvas, slip: SlipDoc, words: dict[str, str], shop: str) -> None:
    canvas.setPageSize(landscape(A4))
    w, h = landscape(A4)
    canvas.setFont(FONT, 28)
    canvas.drawCentredString(w / 2, h - 30 * mm, f"{shop}  {words['sign']}")
    size = _fit(canvas, slip.plate or slip.customer, 150, w - 30 * mm)
    canvas.setFont(FONT, size)
    canvas.drawCentredString(w / 2, h / 2 - size / 3, slip.plate or slip.customer)
    canvas.setFont(FONT, 30)
    canvas.drawCentredString(w / 2, 40 * mm, f"{slip.when}   {words['advisor']} {slip.advisor}")
    canvas.setFont(FONT, 16)
    canvas.drawCentredString(w / 2, 22 * mm, words["welcome"])
    canvas.showPage()


def _slip_story(slip: SlipDoc, words: dict[str, str], st: Any, width: float) -> list[Any]:
    story: list[Any] = [Paragraph(esc(f"{words['slip']} {slip.number}"), st["title"]), Spacer(1, 3 * mm)]
    story.append(facts([(words["when"], slip.when), (words["advisor"], slip.advisor),
                        (words["customer"], slip.customer), (words["phone"], slip.phone),
                        (words["plate"], slip.plate), (words["vehicle"], slip.vehicle),
                        (words["technician"], slip.technician), (words["bay"], slip.bay),
                        (words["minutes"], f"{slip.minutes} {words['min']}")], width, st))
    story += [Spacer(1, 3 * mm), Paragraph(esc(f"{words['concern']}：{slip.concern}"), st["base"]), Spacer(1, 3 * mm)]
    if slip.lines:
        rows = [[words["planned"], words["qty"], words["part_no"]], *[list(x) for x in slip.lines]]
        story.append(grid(rows, [0.6 * width, 0.12 * width, 0.28 * width], st, right=(1,)))
    if slip.parts_note:
        story += [Spacer(1, 3 * mm), Paragraph(esc(f"{words['parts']}：{slip.parts_note}"), st["base"])]
    return story


def slips(doc: SlipsDoc, lang: str = "zh_CN") -> bytes:
    """For each appointment its slip (A4 portrait) then its roof sign (A4 landscape)."""
    register_font()
    words = WORDS.get(lang, WORDS["zh_CN"])
    st = styles(11)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(words["slip"])
    canvas.setCreator("ServiceBay")
    width = content_width("A4")
    for slip in doc.slips:
        canvas.setPageSize(A4)
        canvas.setFont(FONT, 11)
        canvas.drawString(15 * mm, A4[1] - 15 * mm, doc.shop.name)
        frame = Frame(15 * mm, 15 * mm, A4[0] - 30 * mm, A4[1] - 38 * mm, showBoundary=0)
        frame.addFromList(_slip_story(slip, words, st, width), canvas)
        canvas.showPage()
        _sign(canvas, slip, words, doc.shop.name)
    if not doc.slips:
        canvas.showPage()
    canvas.save()
    return out.getvalue()

