"""紧急救援: the rescue desk's page.  The rescues under way (the oldest call first) with a
call logged, a van or a partner station sent, the arrival and the outcome, the record
printed; the month's rescues with their times against the targets; the satisfaction
questions to ask; the vans (state and upkeep) and the partner stations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.rescue.records import PartnerView, RescueView, VanView
from desktop.services.rescue.rules.rescue import OUTCOME_NAMES, STATE_NAMES, VAN_STATE_NAMES

from desktop.views.rescue.dialogs import CallDialog, CloseDialog, VanDialog
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, fmt_date, fmt_datetime
from desktop.views.shared.formats import fmt_money
from desktop.views.shared.tabbed_page import TabbedPage
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view


def _r(text: str) -> str:
    return QCoreApplication.translate("Rescue", text)


def _minutes(value: int | None) -> str:
    return "" if value is None else str(value)


DUE = {"service": QT_TRANSLATE_NOOP("Rescue", "service"), "insurance": QT_TRANSLATE_NOOP("Rescue", "insurance"),
       "inspection": QT_TRANSLATE_NOOP("Rescue", "inspection")}
RESCUE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Rescue"), 100),
    Column("called_at", QT_TRANSLATE_NOOP("Columns", "Called"), 112, fmt=fmt_datetime),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 66, fmt=lambda s: _r(STATE_NAMES.get(s, s))),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 72),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 50),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 92),
    Column("address", QT_TRANSLATE_NOOP("Columns", "Where"), 110),
    Column("distance_km", QT_TRANSLATE_NOOP("Columns", "km"), 35, RIGHT),
    Column("plan", QT_TRANSLATE_NOOP("Columns", "Plan"), 70),
    Column("who", QT_TRANSLATE_NOOP("Columns", "Van / partner"), 70, value=lambda r: r.van or r.partner),
    Column("arrival_minutes", QT_TRANSLATE_NOOP("Columns", "Arrived (min)"), 58, RIGHT, fmt=_minutes),
    Column("target_minutes", QT_TRANSLATE_NOOP("Columns", "Target (min)"), 58, RIGHT),
    Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), 66, fmt=lambda o: _r(OUTCOME_NAMES.get(o, o))),
    Column("charge", QT_TRANSLATE_NOOP("Columns", "Charge"), 62, RIGHT, fmt=fmt_money),
    Column("satisfaction", QT_TRANSLATE_NOOP("Columns", "Score"), 45, RIGHT, fmt=lambda v: "" if v is None else str(v)),
)
VAN_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Van"), 90),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 90),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 80, fmt=lambda s: _r(VAN_STATE_NAMES.get(s, s))),
    Column("crew", QT_TRANSLATE_NOOP("Columns", "Crew"), 130),
    Column("km", QT_TRANSLATE_NOOP("Columns", "km"), 70, RIGHT),
    Column("insurance_due", QT_TRANSLATE_NOOP("Columns", "Insurance due"), 90, fmt=fmt_date),
    Column("inspection_due", QT_TRANSLATE_NOOP("Columns", "Inspection due"), 90, fmt=fmt_date),
    Column("due", QT_TRANSLATE_NOOP("Columns", "Upkeep due"), 150, fmt=lambda d: "、".join(_r(DUE[k]) for k in d)),
)
PARTNER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Partner station"), 160),
    Column("area", QT_TRANSLATE_NOOP("Columns", "Service area"), 200),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("contact", QT_TRANSLATE_NOOP("Columns", "Contact"), 90),
)


def _bar(*widgets: QWidget) -> QHBoxLayout:
    bar = QHBoxLayout()
    for w in widgets:
        bar.addWidget(w)
    bar.addStretch(1)
    return bar


class DeskTab(QWidget):
    """The rescues under way, and what the desk does with them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[RescueView] = RowTableModel(RESCUE_COLUMNS)
        self.view = table_view(self.rows)
        self.call_button = QPushButton(self.tr("Breakdown call…"))
        self.call_button.setMinimumHeight(36)
        self.send_button = QPushButton(self.tr("Send a van…"))
        self.partner_button = QPushButton(self.tr("Hand to a partner…"))
        self.arrived_button = QPushButton(self.tr("Arrived"))
        self.close_button = QPushButton(self.tr("Close…"))
        self.print_button = QPushButton(self.tr("Print record"))
        for button, action in ((self.call_button, self.do_call), (self.send_button, self.do_send),
                               (self.partner_button, self.do_partner), (self.arrived_button, self.do_arrived),
                               (self.close_button, self.do_close), (self.print_button, self.do_print)):
            button.clicked.connect(lambda *_, a=action: a())
        self.error = FieldError(self)
        self.free = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(_bar(self.call_button, self.send_button, self.partner_button, self.arrived_button,
                              self.close_button, self.print_button))
        layout.addWidget(self.free)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.dialog: QWidget | None = None

    def refresh(self) -> None:
        self.rows.reset(self.services.rescues.under_way())
        vans = self.services.vans.vans()
        listed = " · ".join(f"{v.name} {_r(VAN_STATE_NAMES[v.state])}" for v in vans)
        self.free.setText(self.tr("Vans: %1").replace("%1", listed or self.tr("none set up")))
        may = self.services.desk.may("rescue.take")
        for b in (self.call_button, self.send_button, self.partner_button, self.arrived_button, self.close_button):
            b.setEnabled(may)

    def current(self) -> RescueView | None:
        index = self.view.currentIndex()
        return self.rows.row(index.row()) if index.isValid() else None

    def do_call(self) -> CallDialog:
        dialog = CallDialog(self.services, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_send(self) -> None:
        r = self.current()
        free = {f"{v.name} {v.plate} · {v.crew}": v.id for v in self.services.vans.vans() if v.state == "free"}
        if r is None:
            return
        if not free:
            self.error.show_message(self.tr("No van is free: hand the call to a partner station."))
            return
        chosen = common.ask_item(self, self.tr("Send a van"), self.tr("Which van goes to %1?").replace(
            "%1", r.address), list(free))
        if chosen is not None:
            self._run(lambda: self.services.rescues.dispatch(r.id, self.services.rescues.version_of(r.id),
                                                             van_id=free[chosen]))

    def do_partner(self) -> None:
        r = self.current()
        partners = {f"{p.name} · {p.area} · {p.phone}": p.id for p in self.services.vans.partners()}
        if r is None or not partners:
            return
        chosen = common.ask_item(self, self.tr("Hand to a partner"), self.tr("Which station is nearer to %1?").replace(
            "%1", r.address), list(partners))
        if chosen is not None:
            self._run(lambda: self.services.rescues.dispatch(r.id, self.services.rescues.version_of(r.id),
                                                             partner_id=partners[chosen]))

    def do_arrived(self) -> None:
        r = self.current()
        if r is not None:
            self._run(lambda: self.services.rescues.arrived(r.id, self.services.rescues.version_of(r.id)))

    def do_close(self) -> CloseDialog | None:
        r = self.current()
        if r is None:
            return None
        dialog = CloseDialog(self.services, r, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def do_print(self, rescue_id: int | None = None) -> QWidget | None:
        r = self.current()
        ident = rescue_id if rescue_id is not None else r.id if r is not None else None
        if ident is None:
            return None
        from desktop.views.shared.print_preview import show_document

        rescues = self.services.rescues
        number = rescues.get(ident).number
        self.dialog = show_document(self, lambda lang: rescues.record_pdf(ident, lang), "rescue_record",
                                    self.tr("Rescue %1").replace("%1", number), f"{number}.pdf")
        return self.dialog

    def _run(self, action: Callable[[], object]) -> None:
        common.run_shown(self.error, action)
        self.refresh()


class MonthTab(QWidget):
    """A month's rescues against the targets, and the satisfaction questions to ask."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[RescueView] = RowTableModel(RESCUE_COLUMNS)
        self.view = table_view(self.rows)
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda *_: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rescue, plate, phone or place"))
        self._debounced = common.debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounced.start())
        self.to_ask = QPushButton(self.tr("Not asked yet"))
        self.to_ask.setCheckable(True)
        self.to_ask.toggled.connect(lambda *_: self.refresh())
        self.ask_button = QPushButton(self.tr("Satisfaction…"))
        self.ask_button.clicked.connect(lambda *_: self.do_ask())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = FieldError(self)
        bar = QHBoxLayout()
        bar.addWidget(self.month)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.to_ask)
        bar.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

    def chosen_month(self) -> date:
        return self.month.date().toPython().replace(day=1)  # type: ignore[no-any-return,attr-defined]

    def refresh(self) -> None:
        if self.to_ask.isChecked():
            self.rows.reset(self.services.rescues.to_ask())
        else:
            self.rows.reset(self.services.rescues.rescues(self.chosen_month(), self.search.text()))
        t = self.services.rescues.times(self.chosen_month())
        self.summary.setText(self.tr(
            "%1: %2 calls, %3 cancelled, %4 by partner stations · reached in time %5 of %6 · median arrival %7 min · "
            "satisfied %8 of %9 asked").replace("%1", t.month).replace("%2", str(t.calls)).replace(
            "%3", str(t.cancelled)).replace("%4", str(t.by_partner)).replace("%5", str(t.in_time)).replace(
            "%6", str(t.measured)).replace("%7", _minutes(t.arrival_median) or "—").replace(
            "%8", str(t.satisfied)).replace("%9", str(t.asked)))

    def do_ask(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        r = self.rows.row(index.row())
        scores = {self.tr("5 very satisfied"): 5, self.tr("4 satisfied"): 4, self.tr("3 neither"): 3,
                  self.tr("2 unsatisfied"): 2, self.tr("1 very unsatisfied"): 1}
        chosen = common.ask_item(self, r.number, self.tr("How satisfied was the customer with the rescue?"),
                                 list(scores))
        if chosen is None:
            return
        note = common.ask_text(self, r.number, self.tr("What did they say (optional)?")) or ""
        common.run_shown(self.error, lambda: self.services.rescues.ask(
            r.id, self.services.rescues.version_of(r.id), scores[chosen], note))
        self.refresh()


class VansTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vans: RowTableModel[VanView] = RowTableModel(VAN_COLUMNS)
        self.partners: RowTableModel[PartnerView] = RowTableModel(PARTNER_COLUMNS)
        self.van_view, self.partner_view = table_view(self.vans), table_view(self.partners)
        self.add_van, self.edit_van = QPushButton(self.tr("New van…")), QPushButton(self.tr("Change…"))
        self.maintenance, self.back = QPushButton(self.tr("Into maintenance")), QPushButton(self.tr("Back in service"))
        self.add_partner = QPushButton(self.tr("New partner station…"))
        self.error = FieldError(self)
        self.add_van.clicked.connect(lambda *_: self.do_van(new=True))
        self.edit_van.clicked.connect(lambda *_: self.do_van())
        self.maintenance.clicked.connect(lambda *_: self.do_state("maintenance"))
        self.back.clicked.connect(lambda *_: self.do_state("free"))
        self.add_partner.clicked.connect(lambda *_: self.do_partner())
        layout = QVBoxLayout(self)
        layout.addLayout(_bar(self.add_van, self.edit_van, self.maintenance, self.back))
        layout.addWidget(self.error)
        layout.addWidget(self.van_view, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Partner stations") + "</b>"))
        layout.addLayout(_bar(self.add_partner))
        layout.addWidget(self.partner_view, 1)
        self.dialog: VanDialog | None = None

    def refresh(self) -> None:
        self.vans.reset(self.services.vans.vans(active_only=False))
        self.partners.reset(self.services.vans.partners())
        may = self.services.desk.may("rescue.manage")
        for b in (self.add_van, self.edit_van, self.maintenance, self.back, self.add_partner):
            b.setEnabled(may)

    def do_van(self, new: bool = False) -> VanDialog | None:
        index = self.van_view.currentIndex()
        if not new and not index.isValid():
            return None
        self.dialog = VanDialog(self.services, None if new else self.vans.row(index.row()), self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def do_state(self, state: str) -> None:
        index = self.van_view.currentIndex()
        if not index.isValid():
            return
        van = self.vans.row(index.row()).id
        common.run_shown(self.error, lambda: self.services.vans.set_state(van, state))
        self.refresh()

    def do_partner(self) -> None:
        text = common.ask_text(self, self.tr("New partner station"),
                               self.tr("Name, area and phone, separated by commas:"))
        if not text:
            return
        name, _, rest = text.replace("，", ",").partition(",")
        area, _, phone = rest.rpartition(",")
        common.run_shown(self.error, lambda: self.services.vans.save_partner(None, name, area, phone))
        self.refresh()


class RescuePage(TabbedPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        self.desk_tab, self.month, self.vans = DeskTab(services), MonthTab(services), VansTab(services)
        super().__init__(QCoreApplication.translate("RescuePage", "Roadside rescue"), (
            (QCoreApplication.translate("RescuePage", "Under way"), self.desk_tab),
            (QCoreApplication.translate("RescuePage", "Rescues and times"), self.month),
            (QCoreApplication.translate("RescuePage", "Vans and partner stations"), self.vans)), parent)
