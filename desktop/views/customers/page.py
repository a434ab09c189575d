"""客户档案: find a customer or car at reception, see and change the file.

Left: one search box (plate, VIN tail, phone, name, pinyin initials) over the list of
customers; right: the selected customer, their vehicles and the chosen vehicle's history.
Keyboard: Ctrl+F/Ctrl+K search, Enter or ↓ into the results, Ctrl+N new customer,
F2 edit customer, Ctrl+Shift+N new vehicle, Ctrl+M odometer reading.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.money import yuan
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.customers.records import (
    CustomerDetail,
    HistoryEvent,
    VehicleDetail,
    VehicleSummary,
)
from desktop.services.customers.search import CustomerRow

from desktop.views.customers.columns import (
    CUSTOMER_COLUMNS,
    HISTORY_COLUMNS,
    VEHICLE_COLUMNS,
    labelled,
)
from desktop.views.customers.dialogs import (
    CustomerDialog,
    MergeDialog,
    OdometerDialog,
    TransferDialog,
    VehicleDialog,
)
from desktop.views.customers.import_dialog import ImportDialog
from desktop.views.shared import common, notices
from desktop.views.shared.common import fmt_date, fmt_datetime, tr_message
from desktop.views.shared.table_model import RowTableModel, table_view

DOCUMENT_NUMBER = re.compile(r"^\s*(WO|INV|CN)\s*(\d{4})-?(\d{1,6})\s*$", re.IGNORECASE)


class _SearchKeys(QObject):
    """↓ or Enter in the search box moves into the results; Enter on a work order or
    invoice number (WO2026-000123, INV…, CN…) opens it."""

    def __init__(self, page: CustomerPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.key() != Qt.Key.Key_Down and self.page.open_document_number():
                return True
            self.page.focus_results()
            return True
        return False


class CustomerPage(QWidget):
    status = Signal(str)
    new_order = Signal(int)  # vehicle id: reception opens a work order for it
    book = Signal(int, int)  # customer id, vehicle id: an appointment for the car
    warranty = Signal(int)  # vehicle id: the car's warranty cover
    open_order = Signal(int)  # work order id, from the vehicle's history
    show_invoices = Signal(int)  # customer id: their invoices and balance
    show_invoice = Signal(str)  # an invoice or credit note number typed in the search

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail: CustomerDetail | None = None
        self.vehicle: VehicleDetail | None = None
        self.dialog: QWidget | None = None  # the dialog open now (tests reach it here)

        # left: search and list -------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Plate, last 6 of VIN, phone (last 4 too), name or pinyin initials (zw = 张伟)")
        )
        self.search.installEventFilter(_SearchKeys(self))
        self.include_archived = QCheckBox(self.tr("Include archived"))
        self.count_label = QLabel()
        notices.bridge().changed.connect(self._notice)
        self.results: RowTableModel[CustomerRow] = RowTableModel(CUSTOMER_COLUMNS)
        self.results_view = table_view(self.results)
        self.results_view.selectionModel().currentRowChanged.connect(self._result_changed)
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.setToolTip("Ctrl+N")
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.include_archived)
        lv.addLayout(top)
        lv.addWidget(self.results_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.new_button)
        lv.addLayout(bottom)

        # right: the customer file ---------------------------------------------------------
        self.title = QLabel()
        self.title.setObjectName("customerTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip("F2")
        self.merge_button = QPushButton(self.tr("Merge duplicate…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.invoices_button = QPushButton(self.tr("Invoices"))
        self.invoices_button.clicked.connect(
            lambda: self.show_invoices.emit(self.detail.id) if self.detail is not None else None)
        self.vehicles: RowTableModel[VehicleSummary] = RowTableModel(VEHICLE_COLUMNS)
        self.vehicles_view = table_view(self.vehicles)
        self.vehicles_view.setMaximumHeight(150)
        self.vehicles_view.selectionModel().currentRowChanged.connect(self._vehicle_changed)
        self.add_vehicle_button = QPushButton(self.tr("Add vehicle"))
        self.edit_vehicle_button = QPushButton(self.tr("Edit vehicle"))
        self.odometer_button = QPushButton(self.tr("Odometer reading"))
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.archive_vehicle_button = QPushButton(self.tr("Archive vehicle"))
        self.order_button = QPushButton(self.tr("New work order"))
        self.order_button.setToolTip("Ctrl+O")
        self.book_button = QPushButton(self.tr("Book…"))
        self.warranty_button = QPushButton(self.tr("Warranty…"))
        self.vehicle_info = QLabel()
        self.vehicle_info.setWordWrap(True)
        self.vehicle_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history: RowTableModel[HistoryEvent] = RowTableModel(HISTORY_COLUMNS)
        self.history_view = table_view(self.history)

        right = QFrame()
        rv = QVBoxLayout(right)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.invoices_button)
        head.addWidget(self.merge_button)
        head.addWidget(self.archive_button)
        rv.addLayout(head)
        rv.addWidget(self.info)
        vehicles_label = QLabel(self.tr("Vehicles"))
        vehicles_label.setStyleSheet("font-weight: bold;")
        rv.addWidget(vehicles_label)
        rv.addWidget(self.vehicles_view)
        vbuttons = QHBoxLayout()
        for b in (self.order_button, self.book_button, self.warranty_button, self.add_vehicle_button,
                  self.edit_vehicle_button,
                  self.odometer_button, self.transfer_button, self.archive_vehicle_button):
            vbuttons.addWidget(b)
        vbuttons.addStretch(1)
        rv.addLayout(vbuttons)
        rv.addWidget(self.vehicle_info)
        history_label = QLabel(self.tr("Vehicle history"))
        history_label.setStyleSheet("font-weight: bold;")
        rv.addWidget(history_label)
        rv.addWidget(self.history_view, 1)
        self.right = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([560, 680])
        layout = QGridLayout(self)
        layout.addWidget(splitter, 0, 0)

        # behaviour ------------------------------------------------------------------------
        self._timer = common.debounce(self, 120, self.refresh_results)  # a pause in typing, not every key
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.include_archived.toggled.connect(lambda _c: self.refresh_results())
        self.new_button.clicked.connect(self.new_customer)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.edit_button.clicked.connect(self.edit_customer)
        self.merge_button.clicked.connect(self.merge_customer)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.add_vehicle_button.clicked.connect(self.new_vehicle)
        self.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        self.odometer_button.clicked.connect(self.record_odometer)
        self.transfer_button.clicked.connect(self.transfer_vehicle)
        self.archive_vehicle_button.clicked.connect(self.toggle_archive_vehicle)
        self.order_button.clicked.connect(self.request_order)
        self.book_button.clicked.connect(self.request_booking)
        self.warranty_button.clicked.connect(lambda: self.vehicle and self.warranty.emit(self.vehicle.id))
        self.history_view.doubleClicked.connect(self._history_opened)
        for keys, slot in (
            ("Ctrl+N", self.new_customer),
            ("Ctrl+F", self.focus_search),
            ("F2", self.edit_customer),
            ("Ctrl+Shift+N", self.new_vehicle),
            ("Ctrl+M", self.record_odometer),
            ("Ctrl+O", self.request_order),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.show_customer(None)
        self.refresh_results()

    # the list -----------------------------------------------------------------------------

    def open_document_number(self) -> bool:
        """The search box holds a work order or invoice number: open it (Ctrl+K, type the
        number, Enter)."""
        found = DOCUMENT_NUMBER.match(self.search.text())
        if not found:
            return False
        self._timer.stop()  # the text was a number to open, not a customer to look for
        prefix, year, seq = found.group(1).upper(), found.group(2), int(found.group(3))
        number = f"{prefix}{year}-{seq:06d}"
        if prefix == "WO":
            order_id = self.services.workorders.find_number(number)
            if order_id is None:
                self.status.emit(self.tr("No work order %1.").replace("%1", number))
                return True
            self.open_order.emit(order_id)
        else:
            self.show_invoice.emit(number)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_results(self) -> None:
        if self.results.rowCount():
            self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results_view.currentIndex().isValid():
                self.results_view.selectRow(0)

    def refresh_results(self) -> None:
        self._timer.stop()
        try:
            self._load_results()
        except ServiceError as exc:  # the database is busy, unreachable ...
            self.status.emit(tr_message(exc.message))

    def _load_results(self) -> None:
        query = self.search.text().strip()
        archived = self.include_archived.isChecked()
        if query:
            rows = self.services.search.search(query, include_archived=archived)
            self.results.reset(rows)
            self.count_label.setText(self.tr("%n found", "", len(rows)))
            if rows:
                self.results_view.selectRow(0)
        else:
            search = self.services.search

            def page(last: CustomerRow | None, n: int) -> list[CustomerRow]:
                return search.page(last.id if last else None, n, archived)

            self.results.reset(page(None, RowTableModel.PAGE), page)
            self._show_count()

    def _show_count(self) -> None:
        """The footer's count of customers on file (the list loads page by page)."""
        if not self.search.text().strip():
            count = self.services.search.count(self.include_archived.isChecked())
            self.count_label.setText(self.tr("%n customers", "", count))

    def _result_changed(self, current: object, _previous: object) -> None:
        index = self.results_view.currentIndex()
        if not index.isValid():
            return
        row = self.results.row(index.row())
        if self.detail is None or self.detail.id != row.id or row.vehicle_id is not None:
            self.open_customer(row.id, row.vehicle_id)

    # the file -----------------------------------------------------------------------------

    def open_customer(self, customer_id: int, vehicle_id: int | None = None) -> None:
        try:
            detail = self.services.customers.get_customer(customer_id)
        except ServiceError as exc:
            self.status.emit(tr_message(exc.message))
            self.show_customer(None)
            return
        if detail.merged_into_id is not None:
            detail = self.services.customers.get_customer(detail.merged_into_id)
        self.show_customer(detail, vehicle_id)

    def show_customer(self, detail: CustomerDetail | None, vehicle_id: int | None = None) -> None:
        self.detail = detail
        has = detail is not None
        for w in (self.edit_button, self.merge_button, self.archive_button, self.add_vehicle_button,
                  self.invoices_button):
            w.setEnabled(has)
        if detail is None:
            self.title.setText(self.tr("No customer selected"))
            self.info.setText(self.tr("Search on the left, or create a new customer (Ctrl+N)."))
            self.vehicles.reset([])
            self.show_vehicle(None)
            return
        kind = self.tr("Company") if detail.kind == "company" else self.tr("Person")
        archived = self.tr("Archived")
        badge = f"  [{archived}]" if detail.archived else ""
        self.title.setText(f"{detail.name}  ·  {kind}{badge}")
        contact = {
            "phone": self.tr("Phone call"), "wechat": self.tr("WeChat"),
            "sms": self.tr("Text message"), "none": self.tr("Do not contact"),
        }[detail.preferred_contact]
        if not detail.consent_contact:
            contact += " (" + self.tr("no reminders or follow-up calls") + ")"
        rows = [
            (self.tr("Phones"), ", ".join(detail.phones) or "—"),
            (self.tr("Address"), detail.address or "—"),
            (self.tr("Taxpayer ID"), detail.tax_id),
            (self.tr("Preferred contact"), contact),
            (self.tr("Tags"), "、".join(detail.tags)),
            (self.tr("Notes"), detail.notes.replace("\n", "<br>")),
            (archived, detail.archive_reason if detail.archived else ""),
        ]
        if detail.advisor:
            rows.append((self.tr("Dedicated advisor"), detail.advisor))
        booked = self.services.appointments.of_customer(detail.id)
        if booked:
            coming = [a for a in booked if a.state in ("booked", "confirmed")]
            missed = sum(1 for a in booked if a.state == "no_show")
            text = self.tr("%1 in all, %2 no-shows").replace("%1", str(len(booked))).replace("%2", str(missed))
            if coming:
                text = self.tr("next %1").replace("%1", fmt_datetime(coming[-1].slot_at)) + "; " + text
            rows.append((self.tr("Appointments"), text))
        care = self.services.aftercare.customer_summary(detail.id)
        if care.last_call_at is not None or care.complaints:
            said = [self.tr("last call %1 (%2)").replace("%1", fmt_datetime(care.last_call_at)).replace(
                "%2", self.tr("reached") if care.last_call_reached else self.tr("not reached"))
                if care.last_call_at else ""]
            if care.average is not None:
                said.append(self.tr("average score %1 of 5").replace("%1", str(care.average)))
            if care.complaints:
                said.append(self.tr("%1 complaints, %2 open").replace("%1", str(care.complaints)).replace(
                    "%2", str(care.complaints_open)))
            rows.append((self.tr("Follow-up"), "; ".join(x for x in said if x)))
        owed, count = self.services.invoicing.customer_balance(detail.id)
        if count:
            rows.append((self.tr("Open balance"), self.tr("%1 on %2 invoices").replace(
                "%1", yuan(owed)).replace("%2", str(count))))
        if detail.legacy_id or detail.legacy:  # moved in from another program: nothing dropped
            id_label = self.tr("id")
            old = ([id_label + " " + detail.legacy_id] if detail.legacy_id else []) + \
                [f"{k} {v}" for k, v in detail.legacy]
            rows.append((self.tr("From the old system"), "；".join(old)))
        if detail.merged_into_id is not None:
            rows.append((archived, self.tr("merged into customer file #%1").replace(
                "%1", str(detail.merged_into_id))))
        lines = [labelled(label, value) for label, value in rows if value]
        self.info.setText("<br>".join(lines))
        self.archive_button.setText(self.tr("Restore") if detail.archived else self.tr("Archive"))
        self.add_vehicle_button.setEnabled(not detail.archived)
        self.vehicles.reset(detail.vehicles)
        row = 0
        for i, v in enumerate(detail.vehicles):
            if v.id == vehicle_id:
                row = i
        if detail.vehicles:
            self.vehicles_view.selectRow(row)
            self.show_vehicle(self.services.customers.get_vehicle(detail.vehicles[row].id))
        else:
            self.show_vehicle(None)

    def _vehicle_changed(self, *_args: object) -> None:
        index = self.vehicles_view.currentIndex()
        if index.isValid():
            summary = self.vehicles.row(index.row())
            if self.vehicle is None or self.vehicle.id != summary.id:
                self.show_vehicle(self.services.customers.get_vehicle(summary.id))

    def show_vehicle(self, vehicle: VehicleDetail | None) -> None:
        self.vehicle = vehicle
        for w in (self.edit_vehicle_button, self.odometer_button, self.transfer_button,
                  self.archive_vehicle_button, self.warranty_button):
            w.setEnabled(vehicle is not None)
        self.order_button.setEnabled(
            vehicle is not None and not vehicle.archived and not (self.detail and self.detail.archived))
        self.book_button.setEnabled(self.order_button.isEnabled())
        if vehicle is None:
            self.vehicle_info.setText("")
            self.history.reset([])
            return
        rows = [
            (self.tr("VIN"), vehicle.vin or "—"),
            (self.tr("Engine number"), vehicle.engine_no or "—"),
            (self.tr("Colour"), vehicle.colour or "—"),
            (self.tr("Purchase date"), fmt_date(vehicle.purchase_date) or "—"),
            (self.tr("Warranty start"), fmt_date(vehicle.warranty_start) or "—"),
            (self.tr("VIN accepted because"), vehicle.vin_override_reason),
            (self.tr("Plate accepted because"), vehicle.plate_override_reason),
            (self.tr("OPEN RECALL"), " ".join(r.code for r in self.services.recalls.open_for(vehicle.id))),
        ]
        parts = [labelled(label, value) for label, value in rows if value]
        self.vehicle_info.setText(" &nbsp; ".join(parts))
        self.archive_vehicle_button.setText(
            self.tr("Restore vehicle") if vehicle.archived else self.tr("Archive vehicle")
        )
        self.history.reset(vehicle.history)

    def _notice(self, kind: str, ids: tuple[int, ...]) -> None:
        """A visit elsewhere changed the car (or customer) on screen: its odometer, its
        history.  Only what is visible is read again."""
        shown = (kind == "vehicle" and self.vehicle is not None and self.vehicle.id in ids) or \
            (kind == "customer" and self.detail is not None and self.detail.id in ids)
        if shown and self.dialog is None and self.isVisible():
            self._refresh_current()

    def _refresh_current(self, vehicle_id: int | None = None) -> None:
        if self.detail is not None:
            self.open_customer(self.detail.id, vehicle_id or (self.vehicle.id if self.vehicle else None))
        self._refresh_row()

    def _refresh_row(self) -> None:
        """The customer's line in the list changed: refresh that line, not the whole list."""
        if self.detail is None:
            return
        fresh = self.services.search.rows_for_ids([self.detail.id]).get(self.detail.id)
        for i, row in enumerate(self.results.rows()):
            if row.id == self.detail.id and fresh is not None:
                self.results.replace_row(i, fresh)
                return
        if fresh is not None and not self.search.text().strip():
            self.results.insert_row(0, fresh)
            self._show_count()  # a new customer: the footer counts them too

    # actions ------------------------------------------------------------------------------

    def request_booking(self) -> None:
        """An appointment for the car on screen (the customer on the phone)."""
        if self.vehicle is not None and self.detail is not None and self.book_button.isEnabled():
            self.book.emit(self.detail.id, self.vehicle.id)

    def request_order(self) -> None:
        """Reception: a work order for the car on screen (Ctrl+O)."""
        if self.vehicle is not None and self.order_button.isEnabled():
            self.new_order.emit(self.vehicle.id)

    def _history_opened(self, index: object) -> None:
        row = self.history_view.currentIndex().row()
        if 0 <= row < self.history.rowCount():
            event = self.history.row(row)
            if event.kind == "work_order" and event.ref_id is not None:
                self.open_order.emit(event.ref_id)

    def _show_dialog(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def new_customer(self) -> CustomerDialog:
        dialog = CustomerDialog(self.services, None, self)
        dialog.saved.connect(self._created)
        dialog.open_existing.connect(self.open_customer)
        self._show_dialog(dialog)
        return dialog

    def _created(self, detail: CustomerDetail) -> None:
        self.show_customer(detail)
        self._refresh_row()
        self.status.emit(self.tr("Saved %1.").replace("%1", detail.name))

    def edit_customer(self) -> CustomerDialog | None:
        if self.detail is None:
            return None
        dialog = CustomerDialog(self.services, self.detail, self)
        dialog.saved.connect(lambda d: self._refresh_current())
        self._show_dialog(dialog)
        return dialog

    def new_vehicle(self) -> VehicleDialog | None:
        if self.detail is None or self.detail.archived:
            return None
        dialog = VehicleDialog(self.services, self.detail.id, None, self)
        dialog.saved.connect(lambda v: self._refresh_current(v.id))
        dialog.open_existing.connect(self.open_customer)
        self._show_dialog(dialog)
        return dialog

    def edit_vehicle(self) -> VehicleDialog | None:
        if self.detail is None or self.vehicle is None:
            return None
        dialog = VehicleDialog(self.services, self.detail.id, self.vehicle, self)
        dialog.saved.connect(lambda v: self._refresh_current(v.id))
        dialog.open_existing.connect(self.open_customer)
        self._show_dialog(dialog)
        return dialog

    def record_odometer(self) -> OdometerDialog | None:
        if self.vehicle is None:
            return None
        dialog = OdometerDialog(self.services, self.vehicle, self)
        dialog.saved.connect(lambda v: self._refresh_current(v.id))
        self._show_dialog(dialog)
        return dialog

    def transfer_vehicle(self) -> TransferDialog | None:
        if self.vehicle is None:
            return None
        dialog = TransferDialog(self.services, self.vehicle, self)
        dialog.saved.connect(lambda v: self.open_customer(v.customer_id, v.id))
        self._show_dialog(dialog)
        return dialog

    def merge_customer(self) -> MergeDialog | None:
        if self.detail is None:
            return None
        dialog = MergeDialog(self.services, self.detail, self)
        dialog.saved.connect(lambda d: (self.show_customer(d), self.refresh_results()))
        self._show_dialog(dialog)
        return dialog

    def toggle_archive(self) -> None:
        if self.detail is None:
            return
        try:
            if self.detail.archived:
                detail = self.services.customers.restore_customer(self.detail.id)
            else:
                reason = common.ask_text(
                    self, self.tr("Archive customer"),
                    self.tr("The file and its history are kept, but it no longer shows in "
                            "searches. Reason:"))
                if reason is None:
                    return
                detail = self.services.customers.archive_customer(self.detail.id, reason)
        except ServiceError as exc:
            common.inform(self, self.tr("Not done"), tr_message(exc.message), error=True)
            return
        self.show_customer(detail)
        self._refresh_row()

    def toggle_archive_vehicle(self) -> None:
        if self.vehicle is None:
            return
        try:
            if self.vehicle.archived:
                self.services.customers.restore_vehicle(self.vehicle.id)
            else:
                reason = common.ask_text(
                    self, self.tr("Archive vehicle"),
                    self.tr("E.g. scrapped, sold out of the area. Reason:"))
                if reason is None:
                    return
                self.services.customers.archive_vehicle(self.vehicle.id, reason)
        except ServiceError as exc:
            common.inform(self, self.tr("Not done"), tr_message(exc.message), error=True)
            return
        self._refresh_current()

    def import_file(self) -> ImportDialog:
        dialog = ImportDialog(self.services, self)
        dialog.imported.connect(lambda _r: self.refresh_results())
        self._show_dialog(dialog)
        return dialog

    def export_file(self) -> None:
        path = common.choose_save_file(self, self.tr("Export customers"), "customers.csv",
                                       self.tr("CSV files (*.csv)"))
        if not path:
            return
        count = common.saving(self, Path(path), lambda: self.services.importer.export_csv(
            Path(path), self.include_archived.isChecked()))
        if count is None:
            return
        self.status.emit(self.tr("Exported %1 rows to %2.").replace("%1", str(count)).replace("%2", path))
