"""Label sheets and rolls (标签纸): the page size, columns × rows, the label size, the margins
and the gaps, in mm; the common A4 sheets are presets, any other is written out
(``custom:210x297:3x8:70x37:0,0.5:0,0``).  Plain data, no ReportLab: the settings check a
sheet without loading the page layout."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelSheet:
    key: str
    page: tuple[float, float]  # mm
    columns: int
    rows: int
    label: tuple[float, float]  # mm
    left: float = 0.0
    top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def fits(self) -> bool:
        width = self.left + self.columns * self.label[0] + (self.columns - 1) * self.gap_x
        height = self.top + self.rows * self.label[1] + (self.rows - 1) * self.gap_y
        return 0 < width <= self.page[0] + 0.01 and 0 < height <= self.page[1] + 0.01

    def spec(self) -> str:
        return (f"custom:{self.page[0]:g}x{self.page[1]:g}:{self.columns}x{self.rows}:"
                f"{self.label[0]:g}x{self.label[1]:g}:{self.left:g},{self.top:g}:{self.gap_x:g},{self.gap_y:g}")


A4 = (210.0, 297.0)
PRESETS = {s.key: s for s in (
    LabelSheet("A4-3x8", A4, 3, 8, (70.0, 37.0), 0.0, 0.5),
    LabelSheet("A4-3x7", A4, 3, 7, (70.0, 42.3), 0.0, 0.45),
    LabelSheet("A4-2x7", A4, 2, 7, (99.1, 38.1), 4.65, 15.15, 2.5, 0.0),
    LabelSheet("A4-4x10", A4, 4, 10, (48.5, 25.4), 8.0, 21.5),
    LabelSheet("A4-5x13", A4, 5, 13, (38.1, 21.2), 4.75, 10.7, 2.5, 0.0),
    LabelSheet("roll-60x40", (60.0, 40.0), 1, 1, (60.0, 40.0)),
    LabelSheet("roll-50x30", (50.0, 30.0), 1, 1, (50.0, 30.0)),
    LabelSheet("roll-40x30", (40.0, 30.0), 1, 1, (40.0, 30.0)),
)}
_CUSTOM = re.compile(r"^custom:([\d.]+)x([\d.]+):(\d+)x(\d+):([\d.]+)x([\d.]+):([\d.]+),([\d.]+):([\d.]+),([\d.]+)$")


def parse(text: str) -> LabelSheet | None:
    """A preset by its key, or a custom sheet; ``None`` for anything that does not fit."""
    text = text.strip()
    if text in PRESETS:
        return PRESETS[text]
    m = _CUSTOM.match(text)
    if not m:
        return None
    pw, ph, cols, rows, lw, lh, left, top, gx, gy = m.groups()
    try:
        sheet = LabelSheet("custom", (float(pw), float(ph)), int(cols), int(rows), (float(lw), float(lh)),
                           float(left), float(top), float(gx), float(gy))
    except ValueError:
        return None
    ok = 20 <= sheet.page[0] <= 500 and 15 <= sheet.page[1] <= 500 and 1 <= sheet.per_page <= 200 \
        and sheet.label[0] >= 15 and sheet.label[1] >= 10 and sheet.fits()
    return sheet if ok else None


__all__ = ["PRESETS", "LabelSheet", "parse"]
