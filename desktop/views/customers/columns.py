"""How the customer page's tables and detail read: the columns of the search results, the
vehicles and the history, and a labelled line of the detail."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.customers.records import VehicleSummary
from desktop.services.customers.search import CustomerRow

from desktop.views.shared.common import fmt_datetime, fmt_km, tr_message
from desktop.views.shared.table_model import RIGHT, Column

MATCHED = {
    "plate": QT_TRANSLATE_NOOP("Columns", "plate"),
    "vin": QT_TRANSLATE_NOOP("Columns", "VIN"),
    "phone": QT_TRANSLATE_NOOP("Columns", "phone"),
    "name": QT_TRANSLATE_NOOP("Columns", "name"),
    "pinyin": QT_TRANSLATE_NOOP("Columns", "pinyin"),
    "legacy_id": QT_TRANSLATE_NOOP("Columns", "old id"),
}


def _matched(value: str) -> str:
    return QCoreApplication.translate("Columns", MATCHED[value]) if value in MATCHED else ""


def _archived(row: CustomerRow | VehicleSummary) -> bool:
    return row.archived


CUSTOMER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 110, muted=_archived),
    Column("phones", QT_TRANSLATE_NOOP("Columns", "Phones"), 110),
    Column("plates", QT_TRANSLATE_NOOP("Columns", "Plates"), 90),
    Column("matched", QT_TRANSLATE_NOOP("Columns", "Found by"), 70, fmt=_matched),
    Column("vehicles", QT_TRANSLATE_NOOP("Columns", "Vehicles"), 160),
)
VEHICLE_COLUMNS = (
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 90, muted=_archived),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Vehicle"), 170),
    Column("vin", QT_TRANSLATE_NOOP("Columns", "VIN"), 150),
    Column("model_year", QT_TRANSLATE_NOOP("Columns", "Year"), 45),
    Column("last_km", QT_TRANSLATE_NOOP("Columns", "Odometer"), 80, RIGHT, fmt=fmt_km),
)
HISTORY_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "When"), 130, fmt=fmt_datetime),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "What"), 420, fmt=tr_message),
)


def labelled(label: str, value: str) -> str:
    return f"<b>{label}:</b> {html.escape(value).replace('&lt;br&gt;', '<br>')}"
