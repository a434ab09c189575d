"""How after-care's codes read on screen (channels, categories, states, questions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.aftercare.rules.complaints import CATEGORIES, CHANNELS, SEVERITIES, STATES
from desktop.services.aftercare.rules.schedule import QUESTIONS
from desktop.services.core.messages import QT_TRANSLATE_NOOP

KINDS = {
    "followup": QT_TRANSLATE_NOOP("Complaints", "Follow-up call"),
    "inbound": QT_TRANSLATE_NOOP("Complaints", "Inbound call"),
    "letter": QT_TRANSLATE_NOOP("Complaints", "Letter"),
}
TOPICS = {
    "question": QT_TRANSLATE_NOOP("Complaints", "Question"),
    "complaint": QT_TRANSLATE_NOOP("Complaints", "Complaint"),
    "other": QT_TRANSLATE_NOOP("Complaints", "Other"),
    "reminder": QT_TRANSLATE_NOOP("Complaints", "Maintenance reminder"),
    "thanks": QT_TRANSLATE_NOOP("Complaints", "Thank-you letter"),
}
ACTIONS = {
    "opened": QT_TRANSLATE_NOOP("Complaints", "Received"),
    "state": QT_TRANSLATE_NOOP("Complaints", "State"),
    "note": QT_TRANSLATE_NOOP("Complaints", "Note"),
    "reported": QT_TRANSLATE_NOOP("Complaints", "Reported to the manager"),
    "solution": QT_TRANSLATE_NOOP("Complaints", "Solution found"),
    "told": QT_TRANSLATE_NOOP("Complaints", "Customer told"),
    "owner": QT_TRANSLATE_NOOP("Complaints", "New owner"),
    "goodwill": QT_TRANSLATE_NOOP("Complaints", "Goodwill"),
    "escalated": QT_TRANSLATE_NOOP("Complaints", "Past the deadline: escalated"),
    "settled": QT_TRANSLATE_NOOP("Complaints", "Settled on the spot"),
}


def word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Complaints", table.get(key, key))


def channel_label(key: str) -> str:
    return word(CHANNELS, key)


def category_label(key: str) -> str:
    return word(CATEGORIES, key)


def state_label(key: str) -> str:
    return word(STATES, key)


def severity_label(key: str) -> str:
    return word(SEVERITIES, key)


def question_label(key: str) -> str:
    return QCoreApplication.translate("Questions", QUESTIONS.get(key, key))


def combo(table: dict[str, str], parent: QWidget | None = None, skip: tuple[str, ...] = ()) -> QComboBox:
    box = QComboBox(parent)
    for key in table:
        if key not in skip:
            box.addItem(word(table, key), key)
    return box
