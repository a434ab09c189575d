"""What the manager's pages share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def item_text(text: str) -> str:
    """A template's goal (a measure's name, the functional items) in the reader's language;
    what people typed stays as typed."""
    for context in ("KPI", "Appraisal"):
        shown = QCoreApplication.translate(context, text)
        if shown != text:
            return shown
    return text
