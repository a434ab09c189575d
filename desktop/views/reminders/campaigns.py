"""Customer-care campaigns on screen: the campaigns with their counts (invited, coming,
booked, came), a new campaign with its target filter, and the target list with the
invitations (a call or a letter from the campaign's text)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.reminders.campaigns import (
    ANSWERS,
    CAMPAIGN_KINDS,
    DEFAULT_TEMPLATE,
    CampaignForm,
    CampaignRow,
    TargetRow,
)

from desktop.views.reminders.labels import date_edit as _date_edit
from desktop.views.reminders.labels import word
from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, FormErrors, fmt_date, fmt_datetime
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

CAMPAIGN_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Campaign"), 160),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), 140, fmt=lambda k: word(CAMPAIGN_KINDS, k)),
    Column("starts", QT_TRANSLATE_NOOP("Columns", "From"), 90, fmt=fmt_date),
    Column("ends", QT_TRANSLATE_NOOP("Columns", "To"), 90, fmt=fmt_date),
    Column("invite_from", QT_TRANSLATE_NOOP("Columns", "Invite from"), 90, fmt=fmt_date),
    Column("targets", QT_TRANSLATE_NOOP("Columns", "Cars"), 55, RIGHT),
    Column("invited", QT_TRANSLATE_NOOP("Columns", "Invited"), 60, RIGHT),
    Column("coming", QT_TRANSLATE_NOOP("Columns", "Coming"), 60, RIGHT),
    Column("booked", QT_TRANSLATE_NOOP("Columns", "Booked"), 60, RIGHT),
    Column("visited", QT_TRANSLATE_NOOP("Columns", "Came"), 55, RIGHT),
)
TARGET_COLUMNS = (
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 90),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 110),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("vehicle", QT_TRANSLATE_NOOP("Columns", "Vehicle"), 110),
    Column("invited_at", QT_TRANSLATE_NOOP("Columns", "Invited"), 120, fmt=fmt_datetime),
    Column("answer", QT_TRANSLATE_NOOP("Columns", "Answer"), 90, fmt=lambda a: word(ANSWERS, a) if a else ""),
    Column("appointment_number", QT_TRANSLATE_NOOP("Columns", "Appointment"), 120),
    Column("visited", QT_TRANSLATE_NOOP("Columns", "Came"), 50, fmt=lambda v: "✓" if v else ""),
)


class NewCampaignDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New campaign"))
        self.services = services
        self.row: CampaignRow | None = None
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key in CAMPAIGN_KINDS:
            self.kind.addItem(word(CAMPAIGN_KINDS, key), key)
        start = date.today() + timedelta(days=14)
        self.starts = _date_edit(start)
        self.ends = _date_edit(start + timedelta(days=6))
        self.offer = QLineEdit()
        self.offer.setPlaceholderText(self.tr("e.g. free 30-point check, 20 % off labour"))
        self.template = QPlainTextEdit(DEFAULT_TEMPLATE)
        self.template.setMaximumHeight(80)
        self.make = QLineEdit()
        self.make.setPlaceholderText(self.tr("every make"))
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("every customer"))
        self.lapsed = QComboBox()
        self.lapsed.addItem(self.tr("every car"), 0)
        self.lapsed.addItem(self.tr("cars seen in the last year"), 1)
        self.lapsed.addItem(self.tr("cars not seen for a year (win them back)"), 2)
        form.addRow(self.tr("Name"), self.errors.add("name", self.name))
        form.addRow(self.tr("Kind"), self.errors.add("kind", self.kind))
        form.addRow(self.tr("From"), self.errors.add("starts", self.starts))
        form.addRow(self.tr("To"), self.errors.add("ends", self.ends))
        form.addRow(self.tr("Offer"), self.offer)
        form.addRow(self.tr("Invitation"), self.errors.add("template", self.template))
        form.addRow(self.tr("Make"), self.make)
        form.addRow(self.tr("Customer tag"), self.tag)
        form.addRow(self.tr("Cars"), self.lapsed)
        self.layout_.addLayout(form)
        self.layout_.addWidget(QLabel(self.tr("Fields: {客户} {车牌} {车型} {活动} {开始} {结束} {优惠} {门店} {门店电话}")))
        self.finish_layout()

    def save(self) -> None:
        self.errors.clear()
        year_ago = date.today() - timedelta(days=365)
        choice = self.lapsed.currentData()
        form = CampaignForm(self.name.text(), str(self.kind.currentData()), self.starts.date().toPython(),  # type: ignore[arg-type]
                            self.ends.date().toPython(), self.offer.text(), self.template.toPlainText(),  # type: ignore[arg-type]
                            self.make.text(), self.tag.text(), year_ago if choice == 1 else None,
                            year_ago if choice == 2 else None)
        row = self.attempt(lambda: self.services.campaigns.create(form), self.errors)
        if row is not None:
            self.row = row
            self.accept()


class InviteDialog(QDialog):
    def __init__(self, services: Services, target: TargetRow, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.target = target
        self.setWindowTitle(self.tr("Invitation"))
        self.channel = QComboBox()
        for key, title in (("call", self.tr("Phone call")), ("wechat", self.tr("WeChat")),
                           ("letter", self.tr("Letter"))):
            self.channel.addItem(title, key)
        self.answer = QComboBox()
        for key in ANSWERS:
            self.answer.addItem(word(ANSWERS, key), key)
        self.notes = QLineEdit()
        self.error = FieldError(self)
        said = QLabel(text)
        said.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{target.customer}</b> {target.phone} · {target.plate}"))
        form.addRow(said)
        form.addRow(self.tr("How"), self.channel)
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        form.addRow("", save)

    def save(self) -> None:
        try:
            self.services.campaigns.invite(self.target.id, str(self.channel.currentData()),
                                           str(self.answer.currentData()), self.notes.text())
        except ServiceError as exc:
            common.show_errors(self.error, exc)
            return
        self.accept()


class CampaignsTab(QWidget):
    status = Signal(str)
    book_requested = Signal(int, int, int)  # customer, car, campaign

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog: QWidget | None = None
        self.campaigns: RowTableModel[CampaignRow] = RowTableModel(CAMPAIGN_COLUMNS)
        self.campaign_view = table_view(self.campaigns)
        self.campaign_view.selectionModel().selectionChanged.connect(lambda *_a: self.show_targets())
        self.targets: RowTableModel[TargetRow] = RowTableModel(TARGET_COLUMNS)
        self.target_view = table_view(self.targets)
        self.target_view.doubleClicked.connect(lambda _i: self.invite())
        new = QPushButton(self.tr("New campaign…"))
        new.clicked.connect(self.new)
        invite = QPushButton(self.tr("Invite…"))
        invite.clicked.connect(self.invite)
        book = QPushButton(self.tr("Book…"))
        book.clicked.connect(self.book)
        letters = QPushButton(self.tr("Print invitations…"))
        letters.clicked.connect(self.print_invitations)
        split = QSplitter()
        split.addWidget(self.campaign_view)
        split.addWidget(self.target_view)
        split.setSizes([520, 640])
        buttons = QHBoxLayout()
        for b in (new, invite, book, letters):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        selected = self.current_campaign()
        rows = self.services.campaigns.campaigns()
        self.campaigns.reset(rows)
        ids = [r.id for r in rows]
        if selected is not None and selected.id in ids:
            self.campaign_view.selectRow(ids.index(selected.id))
        elif rows:
            self.campaign_view.selectRow(0)
        self.show_targets()

    def current_campaign(self) -> CampaignRow | None:
        index = self.campaign_view.currentIndex()
        return self.campaigns.row(index.row()) if index.isValid() else None

    def current_target(self) -> TargetRow | None:
        index = self.target_view.currentIndex()
        return self.targets.row(index.row()) if index.isValid() else None

    def show_targets(self) -> None:
        campaign = self.current_campaign()
        self.targets.reset(self.services.campaigns.targets(campaign.id) if campaign else [])

    def new(self) -> None:
        dialog = NewCampaignDialog(self.services, self)
        if common.run_dialog(dialog) and dialog.row is not None:
            self.status.emit(self.tr("Campaign made: %1 cars to invite.").replace("%1", str(dialog.row.targets)))
            self.refresh()

    def invite(self) -> None:
        campaign, target = self.current_campaign(), self.current_target()
        if campaign is None or target is None:
            self.status.emit(self.tr("Choose a car on the list first."))
            return
        text = self.services.campaigns.invitations(campaign.id, [target.id])[0][1]
        dialog = InviteDialog(self.services, target, text, self)
        if common.run_dialog(dialog):
            if dialog.answer.currentData() == "coming":
                self.book_requested.emit(target.customer_id, target.vehicle_id, campaign.id)
            self.refresh()

    def book(self) -> None:
        campaign, target = self.current_campaign(), self.current_target()
        if campaign is not None and target is not None:
            self.book_requested.emit(target.customer_id, target.vehicle_id, campaign.id)

    def print_invitations(self) -> None:
        campaign = self.current_campaign()
        if campaign is None:
            return
        from desktop.views.shared import print_preview

        waiting = [t.id for t in self.targets.rows() if not t.invited_at] or None
        print_preview.show_document(self, lambda lang: self.services.campaigns.invitations_pdf(
            campaign.id, waiting, lang), "campaign-letters", self.tr("Invitations"), f"campaign-{campaign.id}.pdf")
