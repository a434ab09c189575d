"""索赔申请单: one claim, as the warranty clerk works it.  The car and the order at the top;
the fault (symptom, cause, fault code, the technical report where consent is needed) while
it is a draft; the lines at the manufacturer's prices with the manufacturer's answer; the
photos and documents; the old parts; and the step its state allows: submit, record the
answer, resubmit, settle the refused amount, record the manufacturer's transfer, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core import attachments
from desktop.services.warranty.claims import ClaimForm, ClaimView
from desktop.services.warranty.rules.claims import REJECTIONS, STATE_NAMES
from desktop.services.warranty.rules.coverage import COMPONENTS

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, FormErrors, fmt_date
from desktop.views.shared.formats import fmt_money
from desktop.views.warranty.techreports import STATES


def _c(text: str) -> str:
    return QCoreApplication.translate("Claims", text)


def report_state(key: str) -> str:
    return QCoreApplication.translate("TechReports", STATES.get(key, key))


def _w(text: str) -> str:
    return QCoreApplication.translate("Warranty", text)


class ClaimDialog(FormDialog):
    def __init__(self, services: Services, claim_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, _c("Claim"))
        self.services = services
        self.claim: ClaimView = services.claims.get(claim_id)
        self.preview: QWidget | None = None
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.symptom = QPlainTextEdit()
        self.cause = QPlainTextEdit()
        for box in (self.symptom, self.cause):
            box.setMaximumHeight(60)
        self.fault_code = QLineEdit()
        self.fault_code.setMaxLength(20)
        self.component = QComboBox()
        for key, name in COMPONENTS.items():
            self.component.addItem(_w(name), key)
        self.component.addItem(self.tr("Recall / technical update"), "recall")
        self.report = QComboBox()
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Symptom"), self.errors.add("symptom", self.symptom))
        form.addRow(self.tr("Cause"), self.errors.add("cause", self.cause))
        form.addRow(self.tr("Fault code"), self.errors.add("fault_code", self.fault_code))
        form.addRow(self.tr("Component"), self.component)
        form.addRow(self.tr("Technical report"), self.errors.add("tech_report", self.report))
        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Part no."), self.tr("Qty"),
                                              self.tr("Unit price"), self.tr("Amount"), self.tr("Answer")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(0, 230)
        self.lines.verticalHeader().hide()
        self.files = QTableWidget(0, 3)
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Note")])
        self.files.horizontalHeader().setStretchLastSection(True)
        self.files.setColumnWidth(0, 240)
        self.files.setMaximumHeight(110)
        self.files.verticalHeader().hide()
        self.parts = QLabel()
        self.parts.setWordWrap(True)
        self.money = QLabel()
        self.money.setWordWrap(True)
        file_bar = QHBoxLayout()
        self.add_file = QPushButton(self.tr("Add photo / document…"))
        self.remove_file = QPushButton(self.tr("Remove"))
        self.open_file = QPushButton(self.tr("Save a copy…"))
        for b in (self.add_file, self.remove_file, self.open_file):
            file_bar.addWidget(b)
        file_bar.addStretch(1)
        self.add_file.clicked.connect(lambda *_: self.do_attach())
        self.remove_file.clicked.connect(self.do_detach)
        self.open_file.clicked.connect(self.do_save_copy)
        steps = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("Submit to the manufacturer"))
        self.decide_button = QPushButton(self.tr("Record the answer"))
        self.resubmit_button = QPushButton(self.tr("Resubmit"))
        self.settle_button = QPushButton(self.tr("Settle the refused amount…"))
        self.receive_button = QPushButton(self.tr("Money received…"))
        self.print_button = QPushButton(self.tr("Print claim"))
        self.tags_button = QPushButton(self.tr("Print old-part tags"))
        for b in (self.submit_button, self.decide_button, self.resubmit_button, self.settle_button,
                  self.receive_button, self.print_button, self.tags_button):
            b.setMinimumHeight(34)
            steps.addWidget(b)
        self.submit_button.clicked.connect(self.do_submit)
        self.decide_button.clicked.connect(self.do_decide)
        self.resubmit_button.clicked.connect(self.do_resubmit)
        self.settle_button.clicked.connect(lambda *_: self.do_settle())
        self.receive_button.clicked.connect(lambda *_: self.do_receive())
        self.print_button.clicked.connect(lambda: self._print("claim", self.tr("Claim")))
        self.tags_button.clicked.connect(lambda: self._print("old-part-tags", self.tr("Old-part tags")))
        self.layout_.addWidget(self.head)
        self.layout_.addLayout(form)
        self.layout_.addWidget(QLabel(self.tr("Labour and parts at the manufacturer's prices")))
        self.layout_.addWidget(self.lines, 1)
        self.layout_.addWidget(self.money)
        self.layout_.addWidget(QLabel(self.tr("Photos and documents")))
        self.layout_.addWidget(self.files)
        self.layout_.addLayout(file_bar)
        self.layout_.addWidget(self.parts)
        self.layout_.addLayout(steps)
        self.finish_layout()
        self.save_button.setText(self.tr("Save draft"))
        self.resize(1000, 720)
        self.show_claim(self.claim)

    # showing ---------------------------------------------------------------------------------

    def show_claim(self, claim: ClaimView) -> None:
        self.claim = claim
        c = claim
        number = c.number or self.tr("(no number until submitted)")
        self.setWindowTitle(f"{_c('Claim')} {c.number or c.order_number}")
        deadline = self.tr("submit by %1").replace("%1", fmt_date(c.deadline)) if c.state == "draft" else ""
        head = [f"<b style='font-size:15px'>{number}</b> · {_c(STATE_NAMES[c.state])}"]
        if c.round > 1:
            head.append(self.tr("submission %1").replace("%1", str(c.round)))
        dates = [self.tr("Repaired %1").replace("%1", fmt_date(c.repaired_on)), deadline]
        if c.submitted_on:
            dates.append(self.tr("Submitted %1").replace("%1", fmt_date(c.submitted_on)))
        if c.decided_on:
            dates.append(self.tr("Answered %1").replace("%1", fmt_date(c.decided_on)))
        self.head.setText(" · ".join(head) + f"<br>{c.order_number} · {c.plate} · {c.vin} · {c.model} · "
                          f"{c.km:,} km · {c.customer}<br>" + " · ".join(d for d in dates if d))
        draft = c.state == "draft"
        for box, text in ((self.symptom, c.symptom), (self.cause, c.cause)):
            box.setPlainText(text)
            box.setReadOnly(not draft)
        self.fault_code.setText(c.fault_code)
        self.fault_code.setReadOnly(not draft)
        index = self.component.findData(c.component)
        self.component.setCurrentIndex(max(index, 0))
        self.component.setEnabled(draft)
        self._fill_reports(c)
        self._fill_lines(c)
        self.files.setRowCount(len(c.attachments))
        for r, a in enumerate(c.attachments):
            for col, text in enumerate((a.name, f"{a.size / 1024:,.0f} KB", a.note)):
                self.files.setItem(r, col, QTableWidgetItem(text))
        parts = "；".join(" ".join(x for x in (p.tag, p.part_number, p.location) if x) for p in c.old_parts)
        self.parts.setText(self.tr("Old parts: %1").replace("%1", parts or self.tr("none")))
        money = [self.tr("Claimed %1").replace("%1", fmt_money(c.claimed)),
                 self.tr("approved %1").replace("%1", fmt_money(c.approved))]
        if c.received:
            money.append(self.tr("received %1").replace("%1", fmt_money(c.received)))
        money.append(self.tr("warranty invoice %1").replace("%1", c.invoice_number or "—"))
        if c.outstanding:
            money.append(self.tr("still owed %1").replace("%1", fmt_money(c.outstanding)))
        if c.settlement:
            who = self.tr("the customer (%1)").replace("%1", c.consent) if c.settlement == "customer" else \
                self.tr("goodwill (%1)").replace("%1", c.settled_by)
            money.append(self.tr("refused amount borne by %1").replace("%1", who))
        self.money.setText(" · ".join(money))
        may = self.services.desk.may("warranty.manage")
        self.save_button.setEnabled(may and draft)
        self.submit_button.setEnabled(may and draft)
        self.decide_button.setEnabled(may and c.state == "submitted")
        self.resubmit_button.setEnabled(may and c.state == "rejected")
        self.settle_button.setEnabled(may and c.state in ("rejected", "partly", "paid") and not c.settlement
                                      and any(x.verdict == "rejected" for x in c.lines))
        self.receive_button.setEnabled(may and c.outstanding > 0)
        self.tags_button.setEnabled(bool(c.old_parts))
        self.add_file.setEnabled(may and c.state in ("draft", "rejected"))
        self.remove_file.setEnabled(may and draft)

    def _fill_reports(self, c: ClaimView) -> None:
        self.report.clear()
        self.report.addItem(self.tr("(none)"), None)
        for r in self.services.tech_reports.reports(vehicle_id=c.vehicle_id):
            self.report.addItem(f"{r.number} {r.symptom[:24]} · {report_state(r.state)}", r.id)
        self.report.setCurrentIndex(max(self.report.findData(c.tech_report_id), 0))
        self.report.setEnabled(c.state == "draft")
        if c.needs_consent and c.state == "draft":
            self.report.setToolTip(self.tr("This component needs the manufacturer's consent: link an approved "
                                           "technical report."))

    def _fill_lines(self, c: ClaimView) -> None:
        self.lines.setRowCount(len(c.lines))
        deciding = c.state == "submitted"
        for r, x in enumerate(c.lines):
            cells = (x.description + (f"  [{x.recall_code}]" if x.recall_code else ""), x.part_number,
                     f"{x.quantity:g}", fmt_money(x.unit_price), fmt_money(x.amount))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(r, col, item)
            answer = QComboBox()
            answer.addItem(self.tr("approved") if not deciding else self.tr("approve"), "")
            for key, name in REJECTIONS.items():
                answer.addItem(self.tr("refused: %1").replace("%1", _c(name)), key)
            if x.verdict == "rejected":
                answer.setCurrentIndex(max(answer.findData(x.reason), 0))
            if not deciding and not x.verdict:
                answer.setItemText(0, "—")
            answer.setEnabled(deciding)
            self.lines.setCellWidget(r, 5, answer)

    # steps -------------------------------------------------------------------------------------

    def form(self) -> ClaimForm:
        return ClaimForm(self.symptom.toPlainText(), self.cause.toPlainText(), self.fault_code.text(),
                         str(self.component.currentData() or ""), self.report.currentData())

    def save(self) -> None:
        self.errors.clear()
        done = self.attempt(lambda: self.services.claims.save(self.claim.id, self.claim.version, self.form()),
                            self.errors)
        if done is not None:
            self.show_claim(done)

    def do_submit(self) -> None:
        self.errors.clear()
        saved = self.attempt(lambda: self.services.claims.save(self.claim.id, self.claim.version, self.form()),
                             self.errors)
        if saved is None:
            return
        done = self.attempt(lambda: self.services.claims.submit(saved.id, saved.version), self.errors)
        if done is None:
            self.claim = saved  # what was typed is saved and stays in the fields, with the reasons under them
            return
        self.show_claim(done)

    def verdicts(self) -> dict[int, tuple[bool, str]]:
        out = {}
        for r, x in enumerate(self.claim.lines):
            box = self.lines.cellWidget(r, 5)
            reason = box.currentData() if isinstance(box, QComboBox) else ""
            out[x.id] = (not reason, reason or "")
        return out

    def do_decide(self, note: str | None = None) -> None:
        self.errors.clear()
        if note is None:
            note = common.ask_text(self, self.tr("The manufacturer's answer"),
                                   self.tr("Its note or reference (may be empty):"))
            if note is None:
                return
        done = self.attempt(lambda: self.services.claims.decide(self.claim.id, self.claim.version, self.verdicts(),
                                                                note))
        if done is not None:
            self.show_claim(done)

    def do_resubmit(self) -> None:
        done = self.attempt(lambda: self.services.claims.resubmit(self.claim.id, self.claim.version))
        if done is not None:
            self.show_claim(done)

    def do_settle(self, how: str | None = None, consent: str | None = None) -> None:
        if how is None:
            choice = common.ask(self, self.tr("The refused amount"), self.tr(
                "%1 was refused. Who bears it?").replace("%1", fmt_money(self.claim.rejected_amount)),
                [self.tr("The customer (with their consent)"), self.tr("The shop: goodwill (a manager)"),
                 self.tr("Cancel")], default=2)
            if choice == 2:
                return
            how = ("customer", "goodwill")[choice]
        if how == "customer" and consent is None:
            consent = common.ask_text(self, self.tr("The customer's consent"),
                                      self.tr("Who agreed to pay, and how (e.g. 王先生 电话同意):"))
            if consent is None:
                return
        done = self.attempt(lambda: self.services.claims.settle(self.claim.id, self.claim.version, how,
                                                                consent or ""))
        if done is not None:
            self.show_claim(done)

    def do_receive(self, amount: str | None = None, reference: str | None = None) -> None:
        if amount is None:
            amount = common.ask_text(self, self.tr("Money received"), self.tr(
                "Amount transferred (still owed %1):").replace("%1", fmt_money(self.claim.outstanding)))
            if amount is None:
                return
        if reference is None:
            reference = common.ask_text(self, self.tr("Money received"),
                                        self.tr("The manufacturer's settlement or transfer number:"))
            if reference is None:
                return
        done = self.attempt(lambda: self.services.claims.receive(self.claim.id, amount or "", reference or ""))
        if done is not None:
            self.show_claim(done)

    def do_attach(self, path: str | None = None, note: str = "") -> None:
        name = path or common.choose_open_file(self, self.tr("Photo or document"),
                                               "JPEG / PNG / PDF (*.jpg *.jpeg *.png *.pdf)")
        if not name:
            return
        done = self.attempt(lambda: self.services.claims.attach(
            self.claim.id, Path(name).name, attachments.read_file(Path(name)), note))
        if done is not None:
            self.show_claim(done)

    def do_detach(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.claim.attachments):
            file_id = self.claim.attachments[row].id
            done = self.attempt(lambda: self.services.claims.detach(self.claim.id, file_id))
            if done is not None:
                self.show_claim(done)

    def do_save_copy(self) -> None:
        row = self.files.currentRow()
        if not 0 <= row < len(self.claim.attachments):
            return
        name, _kind, data = self.services.claims.attachment(self.claim.attachments[row].id)
        target = common.choose_save_file(self, self.tr("Save a copy"), name, "*")
        if target:
            common.write_file(self, Path(target), lambda handle: handle.write(data), binary=True)

    def _print(self, kind: str, title: str) -> None:
        from desktop.views.shared.print_preview import show_document

        claim_id, label = self.claim.id, self.claim.number or self.claim.order_number
        self.preview = show_document(self, lambda lang: self.services.documents.render(kind, claim_id, lang), kind,
                                     f"{title} {label}", f"{label}-{kind}.pdf")

