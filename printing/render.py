"""The ReportLab machinery every document shares: the embedded CJK font, the page with its
header repeated on every page and "1 / 3" at the foot, tables whose text wraps inside
its cells, barcodes and signature boxes.  Knows nothing of the database or Qt."""

from __future__ import annotations

import io
import itertools
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from printing import fonts
from printing.labels import label

FONT = "CJK"
FONT_FILE = "wqy-microhei.ttc"  # WenQuanYi Micro Hei: Chinese and Latin glyphs, TrueType outlines
# Continuous forms for dot-matrix printers (针式打印机): 241 mm wide with the tractor strips,
# a half (二等分, 139.7 mm) or a third (三等分, 93.1 mm) of 279.4 mm high.
FORMS = {"241x140": (241 * mm, 139.7 * mm), "241x93": (241 * mm, 93.1 * mm)}
PAGES = {"A4": A4, "A5": A5, "A4L": landscape(A4), **FORMS}  # A4L: registers, wide tables
PAPERS = tuple(PAGES)


def margins(paper: str) -> tuple[float, float]:
    """(left and right, top and bottom) margins: a form keeps clear of its tractor strips."""
    if paper in FORMS:
        return 14 * mm, 5 * mm
    return (12 * mm, 12 * mm) if paper == "A5" else (15 * mm, 15 * mm)


class Styles(dict[str, ParagraphStyle]):
    """The paragraph styles of one document; ``plain`` for a dot-matrix form: one font size,
    black only, no greys or fills that smear on a ribbon."""

    plain = False


def font_path() -> Path:
    """The CJK TrueType font shipped in ``resources/fonts`` (next to the package, or in the
    bundle's folder when frozen by PyInstaller)."""
    roots = [Path(getattr(sys, "_MEIPASS", "")), Path(__file__).resolve().parent.parent]
    for root in roots:
        candidate = root / "resources" / "fonts" / FONT_FILE
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(FONT_FILE)


@lru_cache(maxsize=1)
def register_font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))  # embedded, subset to the glyphs used
    return FONT


def styles(size: float = 9, paper: str = "A4") -> Styles:
    register_font()
    plain = paper in FORMS
    base = ParagraphStyle("base", fontName=FONT, fontSize=10 if plain else size, leading=(10 if plain else size) * 1.3,
                          wordWrap="CJK")
    if plain:  # one size for everything on a ribbon printer
        out = Styles({name: ParagraphStyle(name, parent=base, alignment=TA_RIGHT if name in ("right", "total") else 0)
                      for name in ("base", "small", "right", "title", "h", "total")})
        out.plain = True
        return out
    return Styles({
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=base, fontSize=size + 6, leading=(size + 6) * 1.25),
        "h": ParagraphStyle("h", parent=base, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=4,
                            spaceAfter=2),
        "total": ParagraphStyle("total", parent=base, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                                alignment=TA_RIGHT),
    })


def money(value: Decimal | None) -> str:
    """¥1,234.50; a negative amount (a credit) as -¥67.80 (the same as the screens)."""
    if value is None:
        return ""
    return f"-¥{-value:,.2f}" if value < 0 else f"¥{value:,.2f}"


def qty(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def esc(text: object) -> str:
    """Text for a Paragraph: escaped, and any character the shipped font lacks (a rare name
    character) in a fallback font that has it (``printing.fonts``)."""
    pieces = fonts.runs(str(text), register_font())
    if len(pieces) == 1 and pieces[0][0] == FONT:
        return _escape(pieces[0][1])
    return "".join(_escape(p) if f == FONT else f'<font name="{f}">{_escape(p)}</font>' for f, p in pieces)


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, anchor: str = "left") -> None:
    """One line on the canvas, with fallback fonts for the characters the main one lacks."""
    pieces = fonts.runs(text, FONT)
    total = sum(pdfmetrics.stringWidth(p, f, size) for f, p in pieces)
    x -= {"left": 0.0, "right": total, "centre": total / 2}[anchor]
    for font, piece in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)


def _plain(text: str, size: float, room: float) -> bool:
    """A cell drawn as a plain string: one line that fits, in the main font only."""
    return "\n" not in text and pdfmetrics.stringWidth(text, FONT, size) <= room and not fonts.needs_fallback(text, FONT)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], st: dict[str, ParagraphStyle],
         right: Sequence[int] = (), header: bool = True, zebra: bool = True, align: str = "LEFT",
         row_height: float | None = None) -> Table:
    """A table whose header row repeats on each page and whose text wraps in its cells
    (numbers, in the ``right`` columns, are drawn as plain strings: no wrapping needed)."""
    base = st["base"]
    body = []
    for row in rows:
        cells = []
        for c, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
            elif _plain(str(value), base.fontSize, widths[c] - 12):
                cells.append(str(value))  # fits on one line: drawn as is, no wrapping to work out
            else:  # wraps inside its cell rather than run over the next column
                cells.append(Paragraph(esc(value), st["right"] if c in right else base))
        body.append(cells)
    heights = None if row_height is None else [None] + [row_height] * (len(body) - 1)
    table = Table(body, colWidths=list(widths), rowHeights=heights, repeatRows=1 if header else 0, hAlign=align)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, base.fontSize, base.leading),
        *(("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black if getattr(st, "plain", False) else colors.HexColor("#9e9e9e")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    plain = getattr(st, "plain", False)
    if header and not plain:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eaf6")))
    if zebra and not plain:
        for r in range(2 if header else 1, len(body), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#fafafa")))
    table.setStyle(TableStyle(commands))
    return table


def facts(pairs: Sequence[tuple[str, str]], width: float, st: dict[str, ParagraphStyle], columns: int = 2) -> Table:
    """Label: value pairs, ``columns`` to a row, no grid; the labels grey, the values
    wrapping only when they do not fit."""
    base = st["base"]
    size = base.fontSize
    label_w = max((pdfmetrics.stringWidth(n, FONT, size) for n, _ in pairs), default=0) + 8
    value_w = width / columns - label_w
    cells: list[list[Any]] = []
    row: list[Any] = []
    for name, value in pairs:
        text = str(value)
        fits = _plain(text, size, value_w - 4)
        row += [name, text if fits else Paragraph(esc(text), base)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    if not cells:
        cells = [[""] * (2 * columns)]
    table = Table(cells, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, size, base.leading),
                               *(("TEXTCOLOR", (2 * c, 0), (2 * c, -1),
                                   colors.black if getattr(st, "plain", False) else colors.HexColor("#616161"))
                                 for c in range(columns)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


BAR_WIDTH = 0.9  # pt: the narrowest bar
MIN_BAR_WIDTH = 0.5  # pt: narrower bars do not scan after printing


def code128(value: str, height: float = 11 * mm, max_width: float | None = None) -> Flowable:
    """Code 128 drawn straight on the page (the Flowable, not a Drawing of shapes), narrowed
    to fit ``max_width``; where even the narrowest scannable bars would not fit, an empty
    space of that width (the QR code and the printed number remain)."""
    code = Code128(value, barHeight=height, barWidth=BAR_WIDTH, humanReadable=False, quiet=False)
    if max_width is None or code.width <= max_width:
        return code
    narrower = BAR_WIDTH * max_width / code.width
    if narrower < MIN_BAR_WIDTH:
        return Spacer(max_width, height)
    return Code128(value, barHeight=height, barWidth=narrower, humanReadable=False, quiet=False)


@lru_cache(maxsize=64)
def _qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code's size in modules and its dark runs per row: (row, first column, length)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    runs = []
    for r, row in enumerate(code.modules):
        c = 0
        for dark, group in itertools.groupby(bool(m) for m in row):
            n = len(list(group))
            if dark:
                runs.append((r, c, n))
            c += n
    return code.getModuleCount(), tuple(runs)


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A QR code drawn as one filled path (ReportLab's widget makes a shape per module,
    which costs more than the rest of a page)."""

    def __init__(self, value: str, size: float = 22 * mm, border: int = 2) -> None:
        super().__init__()
        self.value, self.size, self.border = value, size, border
        self.width = self.height = size

    def draw(self) -> None:
        count, runs = _qr_runs(self.value)
        box = self.size / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, c, n in runs:
            path.rect((c + self.border) * box, self.size - (r + 1 + self.border) * box, n * box, box)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr(value: str, size: float = 22 * mm) -> Flowable:
    return QrCode(value, size)


def signatures(names: Sequence[str], width: float, st: dict[str, ParagraphStyle], lang: str) -> Table:
    """Boxes to sign in: the label, room to sign, and the date."""
    grey = "#000000" if getattr(st, "plain", False) else "#757575"
    cells = [[Paragraph(f"{esc(n)}<br/><br/><br/><font color='{grey}'>{esc(label(lang, 'date'))}：</font>",
                        st["base"]) for n in names]]
    table = Table(cells, colWidths=[width / len(names)] * len(names), rowHeights=[22 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Holds each page until the end so the foot can say "2 / 3"."""

    text = "{page} / {pages}"
    size = 8

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, self.size)
            width, _height = self._pagesize
            self.drawCentredString(width / 2, 8 * mm, self.text.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


class _FormCanvas(_NumberedCanvas):
    size = 10  # one font size on a ribbon printer


def build(story: list[Flowable], *, title: str, number: str, shop: str, lang: str, paper: str = "A4",
          subtitle: str = "", on_first: Callable[[Canvas, SimpleDocTemplate], None] | None = None,
          logo: bytes | None = None) -> bytes:
    """The document as PDF bytes: the header (shop, title, number) on every page."""
    register_font()
    size = PAGES.get(paper, A4)
    margin, vertical = margins(paper)
    plain = paper in FORMS
    fonts_ = (10, 10, 10) if plain else (11, 14, 9)  # shop, title, number
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=vertical + (11 if plain else 14) * mm, bottomMargin=vertical + 4 * mm,
                            title=f"{title} {number}", author=shop, creator="ServiceBay")

    image = _logo(logo)

    def header(canvas: Canvas, document: SimpleDocTemplate) -> None:
        width, height = size
        canvas.saveState()
        left = margin
        top = height - vertical
        if image is not None and not plain:
            w, h = image.getSize()
            box = 9 * mm
            scale = min(box / h, 30 * mm / w)
            canvas.drawImage(image, margin, top - 8.5 * mm, w * scale, h * scale, mask="auto")
            left += w * scale + 2 * mm
        draw(canvas, left, top - 2 * mm, shop, fonts_[0])
        draw(canvas, width - margin, top - 2 * mm, title, fonts_[1], "right")
        draw(canvas, width - margin, top - 7 * mm, number, fonts_[2], "right")
        if subtitle:
            draw(canvas, left, top - 7 * mm, subtitle, fonts_[2])
        canvas.setLineWidth(0.8)
        canvas.line(margin, top - (9 if plain else 10) * mm, width - margin, top - (9 if plain else 10) * mm)
        canvas.restoreState()

    def first(canvas: Canvas, document: SimpleDocTemplate) -> None:
        header(canvas, document)
        if on_first is not None:
            on_first(canvas, document)

    canvas_class = _FormCanvas if plain else _NumberedCanvas
    try:
        doc.build(story, onFirstPage=first, onLaterPages=header, canvasmaker=canvas_class)
    except LayoutError:  # a flowable taller than a page: should not happen, but never lose the print
        doc.build([Paragraph(esc(title + " " + number), styles()["base"]), Spacer(1, 4 * mm)] +
                  [f for f in story if not isinstance(f, Table)], onFirstPage=header, onLaterPages=header,
                  canvasmaker=canvas_class)
    return out.getvalue()


def _logo(data: bytes | None) -> ImageReader | None:
    """The shop's logo, or None when there is none or it cannot be read (a broken logo
    never stops a print)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # noqa: BLE001 - any unreadable image: print without it
        return None


def content_width(paper: str = "A4") -> float:
    """The width inside the frame (the page less its margins and the frame's 6 pt padding)."""
    size = PAGES.get(paper, A4)
    return float(size[0] - 2 * margins(paper)[0] - 12)
