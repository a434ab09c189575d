"""Draw the program's icon (a wrench-blue tile with 售后) as PNG and ICO.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make-icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

root = Path(__file__).resolve().parent.parent
app = QGuiApplication(sys.argv)
family = QFontDatabase.applicationFontFamilies(
    QFontDatabase.addApplicationFont(str(root / "resources" / "fonts" / "wqy-microhei.ttc")))[0]
out = root / "resources" / "icons"
out.mkdir(parents=True, exist_ok=True)
for size in (256, 48):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#1565c0"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92), size * 0.18, size * 0.18)
    p.setPen(QColor("white"))
    font = QFont(family)
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, size * 0.08, size, size * 0.84), Qt.AlignmentFlag.AlignCenter, "售后")
    p.end()
    image.save(str(out / f"servicebay-{size}.png"))
# Windows picks the size it needs (16 in a list, 32 on the desktop, 256 in large views):
# every standard size in one .ico, made from the 256 px drawing.
from PIL import Image  # noqa: E402  (Pillow comes with ReportLab)

Image.open(out / "servicebay-256.png").save(
    out / "servicebay.ico", sizes=[(s, s) for s in (16, 20, 24, 32, 40, 48, 64, 128, 256)])
print(sorted(x.name for x in out.iterdir()))
