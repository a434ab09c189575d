"""The steps around the repair in the work-order editor: the wash done, a car that leaves
unrepaired (reason, fee, a manager to waive it), the papers given back, and telling the
customer (the message from the shop's template, to copy into WeChat or export for the SMS
platform, logged on the order once sent)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.workorders.records import WorkOrderDetail

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, fmt_datetime
from desktop.views.workorders.dialogs import to_aware

NOTICES = {
    "ready": QT_TRANSLATE_NOOP("Notices", "Your car is ready"),
    "delayed": QT_TRANSLATE_NOOP("Notices", "The repair takes longer: new time"),
    "parts_arrived": QT_TRANSLATE_NOOP("Notices", "The parts have arrived"),
    "approval": QT_TRANSLATE_NOOP("Notices", "Please approve additional work"),
}
CHANNELS = {"wechat": QT_TRANSLATE_NOOP("Notices", "WeChat"), "sms": QT_TRANSLATE_NOOP("Notices", "SMS"),
            "phone": QT_TRANSLATE_NOOP("Notices", "Phone")}


def _t(text: str) -> str:
    return QApplication.translate("Notices", text)


class ReleaseDialog(FormDialog):
    """出厂未修: why, the diagnosis fee (the shop's, another amount, or waived by a manager)."""

    def __init__(self, services: Services, order: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("The car leaves unrepaired"))
        self.services, self.order = services, order
        self.released: WorkOrderDetail | None = None
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", self.tr("The customer declined the estimate"),
                              self.tr("The fault could not be found"), self.tr("The customer will come back later")])
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("the shop's fee"))
        self.waive = QCheckBox(self.tr("Waive the fee (a manager's decision)"))
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("The work not done is declined; the fee is the one line to invoice. "
                                   "The exit slip prints afterwards.")))
        form.addRow(self.tr("Reason"), self.errors.add("reason", self.reason))
        form.addRow(self.tr("Diagnosis fee"), self.errors.add("fee", self.fee))
        form.addRow("", self.waive)
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Let the car leave"))
        self.waive.toggled.connect(lambda on: self.fee.setEnabled(not on))
        self.finish_layout()

    def save(self) -> None:
        o = self.order
        fresh = self.attempt(lambda: self.services.visit.release(
            o.id, o.version, self.reason.currentText(), fee=self.fee.text() or None, waive=self.waive.isChecked()),
            self.errors)
        if fresh is not None:
            self.released = fresh
            self.accept()


class NoticeDialog(FormDialog):
    """What to tell the customer: the message from the template, for copying or the SMS
    export; "Told" logs it on the order (a new time moves the promise)."""

    def __init__(self, services: Services, order: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Tell the customer"))
        self.services, self.order = services, order
        self.kind = QComboBox()
        for key, text in NOTICES.items():
            self.kind.addItem(_t(text), key)
        self.new_time = QDateTimeEdit(QDateTime.currentDateTime().addSecs(2 * 3600))
        self.new_time.setCalendarPopup(True)
        self.new_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel = QComboBox()
        for key, text in CHANNELS.items():
            self.channel.addItem(_t(text), key)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(90)
        self.phone = QLabel()
        copy = QPushButton(self.tr("Copy"))
        export = QPushButton(self.tr("Export for the SMS platform…"))
        self.log = QListWidget()
        self.errors = common.FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("New time"), self.errors.add("new_promised_at", self.new_time))
        form.addRow(self.tr("Message"), self.errors.add("text", self.text))
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", copy)
        form.addRow("", export)
        form.addRow(self.tr("Sent by"), self.channel)
        form.addRow(self.tr("Told so far"), self.log)
        self.layout_.addWidget(QLabel(self.tr("ServiceBay sends nothing itself: copy the message into WeChat or "
                                              "export it for the SMS platform, then log it as told.")))
        self.layout_.addLayout(form)
        self.save_button.setText(self.tr("Log as told"))
        self.kind.currentIndexChanged.connect(self.compose)
        self.new_time.dateTimeChanged.connect(self.compose)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        export.clicked.connect(self.export)
        self.finish_layout()
        for n in services.visit.notices(order.id):
            self.log.addItem(f"{fmt_datetime(n.at)}  {n.by}  {_t(NOTICES.get(n.kind, n.kind))}  "
                             f"({_t(CHANNELS.get(n.channel, n.channel))})")
        late = order.promised_at is not None and order.promised_at < datetime.now().astimezone()
        self.kind.setCurrentIndex(self.kind.findData("delayed" if late else "ready" if order.state == "ready"
                                                     else "approval" if order.has_pending else "ready"))
        self.compose()

    def _when(self) -> datetime | None:
        return to_aware(self.new_time.dateTime()) if self.kind.currentData() == "delayed" else None

    def compose(self) -> None:
        delayed = self.kind.currentData() == "delayed"
        self.new_time.setEnabled(delayed)
        draft = self.services.visit.draft(self.order.id, self.kind.currentData(), self._when())
        self.text.setPlainText(draft.text)
        self.phone.setText(draft.phone or self.tr("no phone on file"))

    def export(self) -> None:
        name = common.choose_save_file(self, self.tr("Export for an SMS platform"), f"{self.order.number}-sms.csv",
                                       "CSV (*.csv)")
        if not name:
            return
        from desktop.services.common.spreadsheet import safe_writer

        rows = [["手机号码", "短信内容"], [self.phone.text(), self.text.toPlainText()]]
        common.write_file(self, Path(name), lambda handle: safe_writer(handle).writerows(rows))

    def save(self) -> None:
        o = self.order
        if self.attempt(lambda: self.services.visit.tell(o.id, self.kind.currentData(), self.text.toPlainText(),
                                                         self.channel.currentData(), self._when()),
                        self.errors) is not None:
            self.accept()


class VisitActions:
    """The editor's buttons for the steps around the repair (mixed into the editor, whose
    order, services and helpers they use)."""

    def do_washed(self: Any) -> None:
        washers = self.services.workorders.staff("washer") or self.services.workorders.staff("technician")
        if not washers:
            self._nobody(QCoreApplication.translate("WorkOrderEditor", "Washed"), QCoreApplication.translate("WorkOrderEditor", "washer"))
            return
        names = [p.name for p in washers]
        choice = common.ask_item(self, QCoreApplication.translate("WorkOrderEditor", "Washed"), QCoreApplication.translate("WorkOrderEditor", "Washed by:"), names)
        if choice is not None:
            washer = washers[names.index(choice)].id
            self._run(lambda o: self.services.visit.washed(o.id, o.version, washer))

    def do_release(self: Any) -> QWidget | None:
        if self.order is None:
            return None
        dialog = ReleaseDialog(self.services, self.order, self)
        self.dialog = dialog

        def done() -> None:
            if dialog.released is not None:
                self.show_order(dialog.released)
                self.changed.emit(dialog.released)
                self.print_document("exit-slip", QCoreApplication.translate("WorkOrderEditor", "Exit slip"))

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def do_papers(self: Any) -> None:
        if self.order is None:
            return
        who = common.ask_text(self, QCoreApplication.translate("WorkOrderEditor", "Papers given back"), QCoreApplication.translate("WorkOrderEditor", "%1 given back to (name):").replace(
            "%1", self.order.documents_in))
        if who is not None:
            self._run(lambda o: self.services.visit.papers_returned(o.id, o.version, who))

    def do_tell(self: Any) -> QWidget | None:
        if self.order is None:
            return None
        dialog = NoticeDialog(self.services, self.order, self)
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
