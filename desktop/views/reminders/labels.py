"""What the reminder pages share: how their codes read, and a date field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit


def word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Reminders", table.get(key, key))


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
