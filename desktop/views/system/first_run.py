"""The first-run wizard (首次使用向导): language, the shop's details, labour rate and VAT,
then start empty, load the demo shop, or restore a USB backup (the new-PC case).  It
appears once; System → Setup wizard runs it again without touching the data (the data
choice is then not offered)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Settings
from desktop.i18n import LANGUAGES
from desktop.services.common import limits
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import Message
from desktop.services.system.settings import check_logo

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormErrors, tr_message

SHOP_FIELDS = ("shop_name", "shop_address", "shop_phone", "shop_tax_id", "shop_bank")


TEAM_EXAMPLE = "李娜，服务顾问\n王师傅，技师\n陈师傅，技师\n赵质检，质检员\n刘库管，配件员\n孙收银，收银员\n"


class FirstRunWizard(QDialog):
    def __init__(self, services: Services, settings: Settings, offer_data: bool = True,
                 parent: QWidget | None = None, restore: Callable[[QWidget], QDialog] | None = None) -> None:
        """``restore`` opens the backup capability's restore dialog (the shell hands it in,
        so that this page does not reach into another capability's views); without it the
        wizard does not offer a restore."""
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.offer_data = offer_data
        self.restore_opener = restore
        self.restore_dialog: QDialog | None = None
        self.restored = False
        self.setWindowTitle(self.tr("Welcome to ServiceBay 售后管家"))
        self.resize(620, 440)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.pages = QStackedWidget()

        # 1. language (both languages on the page: it is chosen here)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel("<h2>欢迎使用售后管家 · Welcome</h2>"))
        lay.addWidget(QLabel("界面语言 · Language"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        lay.addWidget(self.language)
        lay.addStretch(1)
        if offer_data:  # a second PC of a shop with a server joins it instead of making a shop
            join = QLabel(self.tr("Another PC of this shop already holds the data on the shop's server?"))
            join.setWordWrap(True)
            self.join_button = QPushButton(self.tr("Connect this PC to the shop's server…"))
            self.join_button.clicked.connect(self.open_connect)
            lay.addWidget(join)
            lay.addWidget(self.join_button)
        self.pages.addWidget(page)

        # 2. the shop
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("<h3>Your shop</h3>These details are printed on job cards and invoices.")))
        self.shop: dict[str, QLineEdit] = {}
        for key, text in zip(SHOP_FIELDS, (self.tr("Name"), self.tr("Address"), self.tr("Service phone"),
                                           self.tr("Taxpayer ID"), self.tr("Bank and account")), strict=True):
            edit = QLineEdit(str(services.settings.get(key) or ""))
            self.shop[key] = edit
            form.addRow(text, self.errors.add(key, edit))
        self.logo: bytes | None = None
        self.logo_label = QLabel(self.tr("none"))
        logo_button = QPushButton(self.tr("Choose…"))
        logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(logo_button)
        holder = QWidget()
        holder.setLayout(logo_row)
        form.addRow(self.tr("Logo (PNG or JPEG)"), self.errors.add("logo", holder))
        self.pages.addWidget(page)

        # 3. money defaults
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("<h3>Prices</h3>Both can be changed later in System.")))
        self.labour_rate = QLineEdit(f"{services.settings.get('labour_rate'):.2f}")
        self.vat = QLineEdit(f"{services.settings.vat_percent():f}")
        form.addRow(self.tr("Labour rate (yuan per hour, excl. VAT)"), self.errors.add("labour_rate", self.labour_rate))
        form.addRow(self.tr("VAT rate (%)"), self.errors.add("vat_rate", self.vat))
        self.pages.addWidget(page)

        # 4. the staff and the bays (a shop that has none yet): dispatch and QC need them
        self.ask_team = not services.workshop.people()
        self.team = QPlainTextEdit(TEAM_EXAMPLE)
        self.bays = QLineEdit("1号工位, 2号工位, 3号工位, 洗车位")
        if self.ask_team:
            page = QWidget()
            form = QFormLayout(page)
            form.addRow(QLabel(self.tr("<h3>Staff and bays</h3>Who works here, one per line: the name, then the "
                                       "role (服务顾问, 技师, 车间主管, 质检员, 配件员, 收银员, 经理). Change the "
                                       "examples to your people; empty the box to skip. Both can be changed "
                                       "later in System.")))
            form.addRow(self.tr("Staff"), self.errors.add("team", self.team))
            form.addRow(self.tr("Bays"), self.errors.add("bays", self.bays))
            self.pages.addWidget(page)

        # 5. the data
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(self.tr("<h3>Your data</h3>")))
        self.start_empty = QRadioButton(self.tr("Start with an empty shop"))
        self.load_demo = QRadioButton(self.tr("Load the demo shop to try ServiceBay out (300 customers, a year "
                                              "of work orders; start again empty later with a new data file)"))
        self.restore = QRadioButton(self.tr("Restore a backup from a USB drive (moving to a new PC)"))
        self.load_demo.setStyleSheet("QRadioButton { padding: 2px; }")
        group = QButtonGroup(self)
        for i, b in enumerate((self.start_empty, self.load_demo, self.restore)):
            group.addButton(b, i)
            lay.addWidget(b)
        self.restore.setVisible(self.restore_opener is not None)
        self.start_empty.setChecked(True)
        lay.addStretch(1)
        if offer_data:
            self.pages.addWidget(page)

        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self.forward)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.general)
        row = QHBoxLayout()
        self.step = QLabel()
        row.addWidget(self.step, 1)
        row.addWidget(self.back)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.go(0)

    def choose_logo(self) -> None:
        path = common.choose_open_file(self, self.tr("Logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        data = Path(path).read_bytes()
        problem = check_logo(data)
        if problem is not None:
            self.errors.show({"logo": problem})
            return
        self.errors.clear()
        self.logo = data
        self.logo_label.setText(Path(path).name)

    def go(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        self.step.setText(f"{index + 1} / {self.pages.count()}")

    def forward(self) -> None:
        self.errors.clear()
        index = self.pages.currentIndex()
        if index == 1:
            problems = self.services.settings.check_details({k: e.text() for k, e in self.shop.items()})
            if problems:
                self.errors.show(problems)
                return
        if index == 2 and not self._check_money():
            return
        if index == 3 and self.ask_team:
            _people, problems = self.services.workshop.parse_team(self.team.toPlainText())
            if problems:
                self.errors.show({"team": Message("\n".join(m.render(QCoreApplication.translate)
                                                             for m in problems.values()))})
                return
        if index < self.pages.count() - 1:
            self.go(index + 1)
            return
        self.finish()

    def _check_money(self) -> bool:
        errors = {}
        for key, kind, edit in (("labour_rate", "unit_price", self.labour_rate), ("vat_rate", "vat_percent", self.vat)):
            problem = limits.problem(edit.text().strip().rstrip("%％"), kind)
            if problem is not None:
                errors[key] = problem
        if errors:
            self.errors.show(errors)
        return not errors

    def finish(self) -> None:
        """Save the choices; then the demo or the restore, if chosen."""
        self.settings.set("language", self.language.currentData())
        store = self.services.settings
        try:
            store.set_details({key: edit.text() for key, edit in self.shop.items()})
            store.set_prices(self.labour_rate.text(), self.vat.text())
            if self.logo is not None:
                store.set_logo(self.logo)
            if self.ask_team:
                self.services.workshop.add_team(self.team.toPlainText(), self.bays.text())
            if self.offer_data and self.load_demo.isChecked():
                from desktop.demo.shop import create_demo

                made = create_demo(self.services.db)
                from desktop.demo.people import sign_ins

                common.inform(self, self.tr("The demo shop"), tr_message(sign_ins(made["pins"])))
        except ServiceError as exc:
            self.general.show_message(tr_message(exc.message))
            return
        if self.offer_data and self.restore.isChecked() and self.open_restore() is not None:
            return
        self._done()

    def open_connect(self) -> QDialog:
        """This PC joins the shop's server: nothing is set up here, the program opens the
        server's data once the connection was tested and kept."""
        from desktop.views.system.workstations import ConnectDialog

        self.settings.set("language", self.language.currentData())
        self.settings.save()
        dialog = ConnectDialog(self)
        dialog.switched.connect(lambda _url: self._restored())
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def open_restore(self) -> QDialog | None:
        if self.restore_opener is None:
            return None
        dialog = self.restore_opener(self)
        dialog.restored.connect(lambda _m: self._restored())  # type: ignore[attr-defined]
        self.restore_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def _restored(self) -> None:
        self.restored = True  # the program opens the restored data (or the server's)
        self._done()

    def _done(self) -> None:
        self.settings.set("first_run_done", True)
        self.settings.save()
        self.accept()
