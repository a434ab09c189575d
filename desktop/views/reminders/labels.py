"""What the reminder pages share: how their codes read, and a date field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.shared.common import date_edit

__all__ = ["date_edit", "word"]


def word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Reminders", table.get(key, key))
