"""Bin labels printed on a label sheet or a label printer's roll (货位标签); the sheets
themselves (presets and custom ones) are ``printing.sheets``.

A sheet is the page size, columns × rows, the label size, the left and top margins and the
gaps, in mm; the common A4 sheets are presets, any other is written out
(``custom:210x297:3x8:70x37:0,0.5:0,0``).  A roll is a sheet of one label the size of the
page.  Labels are placed exactly (no header, no page numbers: the paper is pre-cut), from a
given position on a partly used first sheet, many parts in one job.  Each label: the part
number as Code 128 (narrowed to fit, as on every document), the number, the name, the bin
and the price.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printing.data import BinLabel
from printing.labels import label
from printing.render import code128, draw, esc, money, register_font, styles
from printing.sheets import LabelSheet


def label_sheet(labels: Sequence[BinLabel], sheet: LabelSheet, start: int = 1, lang: str = "zh_CN") -> bytes:
    """The labels as PDF, the first one at position ``start`` (1 = top left, across then
    down) of the first sheet; every sheet after that is used from the top."""
    font = register_font()
    page_w, page_h = sheet.page[0] * mm, sheet.page[1] * mm
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(page_w, page_h), pageCompression=1)
    canvas.setTitle(label(lang, "labels"))
    canvas.setCreator("ServiceBay")
    position = max(1, min(start, sheet.per_page)) - 1
    st = styles(8)
    for item in labels or ():
        if position == sheet.per_page:
            canvas.showPage()
            position = 0
        col, row = position % sheet.columns, position // sheet.columns
        x = (sheet.left + col * (sheet.label[0] + sheet.gap_x)) * mm
        top = page_h - (sheet.top + row * (sheet.label[1] + sheet.gap_y)) * mm
        _one(canvas, item, x, top, sheet.label[0] * mm, sheet.label[1] * mm, font, st, lang)
        position += 1
    if not labels:
        canvas.setFont(font, 8)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _one(canvas: Canvas, item: BinLabel, x: float, top: float, width: float, height: float, font: str,
         st: dict[str, Any], lang: str) -> None:
    pad = 2 * mm
    inner = width - 2 * pad
    bar_h = min(10 * mm, height * 0.32)
    code = code128(item.part_number, bar_h, max_width=inner)
    cw, ch = code.wrap(inner, bar_h)
    code.drawOn(canvas, x + pad + (inner - cw) / 2, top - pad - ch)
    y = top - pad - ch - 3.2 * mm
    size = 8 if height >= 25 * mm else 7
    draw(canvas, x + pad, y, item.part_number, size)
    y -= size * 1.25
    name = Paragraph(esc(item.description), st["base"])
    room = max(0.0, y - (top - height + pad + size * 1.3))
    _w, nh = name.wrap(inner, room)
    if nh <= room:
        name.drawOn(canvas, x + pad, y - nh + size * 0.3)
    bottom = top - height + pad
    where = f"{label(lang, 'bin')} {item.bin}" if item.bin else ""
    draw(canvas, x + pad, bottom, where, size)
    if item.price is not None:
        draw(canvas, x + width - pad, bottom, money(item.price), size, "right")
