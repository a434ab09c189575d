"""The words of the inspection screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.core.messages import QT_TRANSLATE_NOOP

FINDINGS = {
    "ok": QT_TRANSLATE_NOOP("Inspection", "OK"),
    "attention": QT_TRANSLATE_NOOP("Inspection", "Attention"),
    "urgent": QT_TRANSLATE_NOOP("Inspection", "Urgent"),
}
COLOURS = {"ok": "#2e7d32", "attention": "#f9a825", "urgent": "#c62828"}
RESULTS = {
    "": QT_TRANSLATE_NOOP("Inspection", "being filled"),
    "open": QT_TRANSLATE_NOOP("Inspection", "being filled"),
    "done": QT_TRANSLATE_NOOP("Inspection", "done"),
    "pass": QT_TRANSLATE_NOOP("Inspection", "passed"),
    "fail": QT_TRANSLATE_NOOP("Inspection", "failed"),
}
KINDS = {
    "inspection": QT_TRANSLATE_NOOP("Inspection", "Inspection"),
    "pdi": QT_TRANSLATE_NOOP("Inspection", "PDI"),
    "storage": QT_TRANSLATE_NOOP("Inspection", "Storage check"),
}
ANSWERS = {
    "status": QT_TRANSLATE_NOOP("Inspection", "OK / attention / urgent"),
    "measure": QT_TRANSLATE_NOOP("Inspection", "Measured value"),
    "note": QT_TRANSLATE_NOOP("Inspection", "Note"),
    "photo": QT_TRANSLATE_NOOP("Inspection", "Photo reference"),
}


def word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Inspection", table.get(key, key))
