"""事故案件: one accident case as the insurance clerk works it.  The report (insurer, report
and policy numbers, when and where, own damage or third party, the assessor); the
assessment beside the shop's estimate, line by line, with the deductible and betterment;
supplements after disassembly; the split between the insurer and the customer; the claim
file's papers and photos; the insurer's transfers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core import attachments
from desktop.services.insurance.cases import CaseForm, CaseView
from desktop.services.insurance.rules.cases import DOCUMENTS, KINDS, STATES, SUPPLEMENT_STATES

from desktop.views.shared import common
from desktop.views.shared.common import FormDialog, FormErrors, fmt_date
from desktop.views.shared.formats import fmt_money

COLUMNS = 7  # item, part/labour, estimate, assessed, refused, customer keeps, supplement


def _i(text: str) -> str:
    return QCoreApplication.translate("Insurance", text)


class CaseDialog(FormDialog):
    """A new case on an order (``order_id``), or an existing one (``case_id``)."""

    def __init__(self, services: Services, *, case_id: int | None = None, order_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, _i("Accident case"))
        self.services, self.order_id = services, order_id
        self.case: CaseView | None = None
        self.head = QLabel()
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.insurer = QComboBox()
        for row in services.insurers.insurers():
            self.insurer.addItem(row.label, row.id)
        self.report_no, self.policy_no, self.place = QLineEdit(), QLineEdit(), QLineEdit()
        self.assessor, self.assessor_phone = QLineEdit(), QLineEdit()
        self.accident_date = QDateEdit(QDate.currentDate())
        self.accident_date.setCalendarPopup(True)
        self.kind = QComboBox()
        for key, name in KINDS.items():
            self.kind.addItem(_i(name), key)
        self.direct_pay = QCheckBox(self.tr("The insurer pays the shop (letter of authority)"))
        self.direct_pay.setChecked(True)
        self.errors = FormErrors(self.general_error)
        grid = QGridLayout()
        pairs = ((self.tr("Insurer"), self.errors.add("insurer", self.insurer)),
                 (self.tr("Report no. (报案号)"), self.errors.add("report_no", self.report_no)),
                 (self.tr("Policy no."), self.policy_no),
                 (self.tr("Accident date"), self.errors.add("accident_date", self.accident_date)),
                 (self.tr("Place"), self.place), (self.tr("Kind"), self.kind),
                 (self.tr("Assessor"), self.assessor), (self.tr("Assessor's phone"), self.assessor_phone))
        for n, (label, widget) in enumerate(pairs):
            grid.addWidget(QLabel(label), n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        grid.addWidget(self.direct_pay, 4, 0, 1, 4)
        self.lines = QTableWidget(0, COLUMNS)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Labour or part"), self.tr("Shop's estimate"),
                                              self.tr("Assessed"), self.tr("Refused"), self.tr("Customer keeps"),
                                              self.tr("Supplement")])
        self.lines.setColumnWidth(0, 240)
        self.lines.verticalHeader().hide()
        self.deductible, self.betterment = QLineEdit("0"), QLineEdit("0")
        money_row = QFormLayout()
        money_row.addRow(self.tr("Deductible (免赔)"), self.errors.add("deductible", self.deductible))
        money_row.addRow(self.tr("Betterment (折旧)"), self.errors.add("betterment", self.betterment))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.paper_boxes: dict[str, QCheckBox] = {}
        papers = QGridLayout()
        for n, (key, name) in enumerate(DOCUMENTS.items()):
            box = QCheckBox(_i(name))
            box.toggled.connect(lambda on, k=key: self.do_tick(k, on))
            self.paper_boxes[key] = box
            papers.addWidget(box, n // 3, n % 3)
        steps = QHBoxLayout()
        self.assess_button = QPushButton(self.tr("Save the assessment"))
        self.supplement_button = QPushButton(self.tr("Send a supplement…"))
        self.answer_button = QPushButton(self.tr("Supplement answered…"))
        self.split_button = QPushButton(self.tr("Split the bill…"))
        self.receive_button = QPushButton(self.tr("Insurer paid…"))
        self.photo_button = QPushButton(self.tr("Add photo…"))
        for b in (self.assess_button, self.supplement_button, self.answer_button, self.split_button,
                  self.receive_button, self.photo_button):
            b.setMinimumHeight(34)
            steps.addWidget(b)
        self.assess_button.clicked.connect(lambda *_: self.do_assess())
        self.supplement_button.clicked.connect(lambda *_: self.do_supplement())
        self.answer_button.clicked.connect(lambda *_: self.do_answer())
        self.split_button.clicked.connect(lambda *_: self.do_split())
        self.receive_button.clicked.connect(lambda *_: self.do_receive())
        self.photo_button.clicked.connect(lambda *_: self.do_photo())
        self.layout_.addWidget(self.head)
        self.layout_.addLayout(grid)
        self.layout_.addWidget(QLabel(self.tr("The assessment beside the shop's estimate")))
        self.layout_.addWidget(self.lines, 1)
        self.layout_.addLayout(money_row)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(QLabel(self.tr("The claim file")))
        self.layout_.addLayout(papers)
        self.layout_.addLayout(steps)
        prints = QHBoxLayout()
        self.print_buttons: list[QPushButton] = []
        for kind, title in (("accident-comparison", self.tr("Print the comparison")),
                            ("authority-letter", self.tr("Print the letter of authority")),
                            ("accident-checklist", self.tr("Print the checklist"))):
            button = QPushButton(title)
            button.clicked.connect(lambda *_, k=kind, t=title: self._print(k, t))
            prints.addWidget(button)
            self.print_buttons.append(button)
        prints.addStretch(1)
        self.layout_.addLayout(prints)
        self.preview: QWidget | None = None
        self.finish_layout()
        self.resize(1040, 760)
        if case_id is not None:
            self.show_case(services.accidents.get(case_id))
        else:
            self._enable()

    # showing -----------------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case = case
        self.order_id = case.work_order_id
        self.setWindowTitle(f"{_i('Accident case')} {case.number}")
        self.head.setText(f"<b style='font-size:15px'>{case.number}</b> · {_i(STATES[case.state])} · "
                          f"{case.order_number} · {case.plate} · {case.customer}")
        self.insurer.setCurrentIndex(max(0, self.insurer.findData(case.insurer_id)))
        self.report_no.setText(case.report_no)
        self.policy_no.setText(case.policy_no)
        self.accident_date.setDate(QDate(case.accident_date.year, case.accident_date.month, case.accident_date.day))
        self.place.setText(case.place)
        self.kind.setCurrentIndex(max(0, self.kind.findData(case.kind)))
        self.assessor.setText(case.assessor)
        self.assessor_phone.setText(case.assessor_phone)
        self.direct_pay.setChecked(case.direct_pay)
        self.deductible.setText(f"{case.deductible:.2f}")
        self.betterment.setText(f"{case.betterment:.2f}")
        items = case.items
        self.lines.setRowCount(len(items))
        for r, x in enumerate(items):
            for col, text in ((0, x.description), (1, self.tr("Labour") if x.kind == "labour" else self.tr("Part")),
                              (2, fmt_money(x.estimate)), (6, str(x.supplement) if x.supplement else "")):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.lines.setItem(r, col, cell)
            self.lines.setItem(r, 3, QTableWidgetItem(f"{x.assessed:.2f}" if case.state != "open" else
                                                      f"{x.estimate:.2f}"))
            for col, on in ((4, x.refused), (5, x.customer_keeps)):
                box = QCheckBox()
                box.setChecked(on)
                self.lines.setCellWidget(r, col, box)
        s = case.split
        supplements = "；".join(f"{n.seq}: {_i(SUPPLEMENT_STATES[n.state])} {fmt_date(n.sent_at.date())} {n.note}"
                                for n in case.supplements)
        self.summary.setText(
            self.tr("Estimate %1 · assessed %2 (difference %3) · insurer pays %4 · customer pays %5").replace(
                "%1", fmt_money(s.estimate + s.kept + s.dropped)).replace("%2", fmt_money(s.assessed)).replace(
                "%3", fmt_money(s.difference)).replace("%4", fmt_money(s.insurer)).replace(
                "%5", fmt_money(s.customer))
            + ("<br>" + self.tr("Supplements: %1").replace("%1", supplements) if supplements else "")
            + ("<br>" + self.tr("Insurer's invoice %1: %2 still owed").replace("%1", case.invoice_number).replace(
                "%2", fmt_money(case.owed)) if case.invoice_number else "")
            + ("<br><span style='color:#c62828'>" + self.tr("Missing: %1").replace(
                "%1", "、".join(_i(DOCUMENTS[k]) for k in case.missing)) + "</span>" if case.missing else ""))
        for key, box in self.paper_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in case.ticked)
            box.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        case = self.case
        may = self.services.desk.may("insurance.manage")
        state = case.state if case is not None else ""
        self.save_button.setText(self.tr("Open the case") if case is None else self.tr("Save"))
        self.save_button.setEnabled(may)
        self.assess_button.setEnabled(may and state in ("open", "assessed", "split"))
        self.supplement_button.setEnabled(may and state in ("assessed", "split"))
        self.answer_button.setEnabled(may and case is not None and any(x.state == "sent" for x in case.supplements))
        self.split_button.setEnabled(may and state in ("assessed", "split"))
        self.receive_button.setEnabled(may and case is not None and case.owed > 0)
        self.photo_button.setEnabled(may and case is not None)
        for box in self.paper_boxes.values():
            box.setEnabled(may and case is not None)
        for button in self.print_buttons:
            button.setEnabled(case is not None)

    # steps -------------------------------------------------------------------------------------

    def form(self) -> CaseForm:
        d = self.accident_date.date()
        return CaseForm(self.insurer.currentData(), self.report_no.text(), date(d.year(), d.month(), d.day()),
                        self.policy_no.text(), self.place.text(), str(self.kind.currentData()), self.assessor.text(),
                        self.assessor_phone.text(), self.direct_pay.isChecked())

    def save(self) -> None:
        self.errors.clear()
        if self.case is None:
            assert self.order_id is not None
            order_id = self.order_id
            made = self.attempt(lambda: self.services.accidents.open_case(order_id, self.form()), self.errors)
            if made is not None:
                self.show_case(self.services.accidents.get(made))
            return
        case = self.case
        done = self.attempt(lambda: self.services.accidents.update(case.id, case.version, self.form()), self.errors)
        if done is not None:
            self.show_case(done)

    def assessment(self) -> dict[int, tuple[str, bool, bool]]:
        out = {}
        assert self.case is not None
        for r, x in enumerate(self.case.items):
            amount = self.lines.item(r, 3)
            refused, keeps = self.lines.cellWidget(r, 4), self.lines.cellWidget(r, 5)
            out[x.id] = (amount.text() if amount else "0", isinstance(refused, QCheckBox) and refused.isChecked(),
                         isinstance(keeps, QCheckBox) and keeps.isChecked())
        return out

    def do_assess(self) -> None:
        case = self.case
        if case is None:
            return
        self.errors.clear()
        done = self.attempt(lambda: self.services.accidents.assess(
            case.id, case.version, self.assessment(), self.deductible.text(), self.betterment.text()), self.errors)
        if done is not None:
            self.show_case(done)

    def do_supplement(self, note: str | None = None) -> None:
        case = self.case
        if case is None:
            return
        if note is None:
            note = common.ask_text(self, self.tr("Supplement"), self.tr("What did disassembly find?"))
            if note is None:
                return
        done = self.attempt(lambda: self.services.accidents.send_supplement(case.id, case.version, note or ""))
        if done is not None:
            self.show_case(done)

    def do_answer(self, approved: bool | None = None) -> None:
        case = self.case
        if case is None:
            return
        waiting = next((x for x in case.supplements if x.state == "sent"), None)
        if waiting is None:
            return
        if approved is None:
            choice = common.ask(self, self.tr("Supplement %1").replace("%1", str(waiting.seq)),
                                self.tr("Did the assessor approve it (at the amounts in the table)?"),
                                [self.tr("Approved"), self.tr("Refused"), self.tr("Cancel")], default=2)
            if choice == 2:
                return
            approved = choice == 0
        amounts = {x.id: a for x, (a, _r, _k) in zip(case.items, self.assessment().values(), strict=True)
                   if x.supplement == waiting.seq}
        done = self.attempt(lambda: self.services.accidents.answer_supplement(
            case.id, case.version, waiting.seq, bool(approved), amounts), self.errors)
        if done is not None:
            self.show_case(done)

    def do_split(self, waived: str | None = None) -> None:
        case = self.case
        if case is None:
            return
        if waived is None:
            waived = common.ask_text(self, self.tr("Split the bill"), self.tr(
                "The shop waives of the customer's share (0: nothing; more needs a manager):"))
            if waived is None:
                return
        done = self.attempt(lambda: self.services.accidents.apply_split(case.id, case.version, waived or "0"),
                            self.errors)
        if done is not None:
            self.show_case(done)

    def do_receive(self, amount: str | None = None, reference: str | None = None) -> None:
        case = self.case
        if case is None:
            return
        if amount is None:
            amount = common.ask_text(self, self.tr("Insurer paid"), self.tr("Amount (still owed %1):").replace(
                "%1", fmt_money(case.owed)))
            if amount is None:
                return
        if reference is None:
            reference = common.ask_text(self, self.tr("Insurer paid"), self.tr("The transfer number:"))
            if reference is None:
                return
        done = self.attempt(lambda: self.services.accidents.receive(case.id, amount or "", reference or ""))
        if done is not None:
            self.show_case(done)

    def do_tick(self, key: str, on: bool) -> None:
        case = self.case
        if case is not None:
            done = self.attempt(lambda: self.services.accidents.tick(case.id, key, on))
            if done is not None:
                self.show_case(done)

    def do_photo(self, path: str | None = None, stage: str | None = None) -> None:
        case = self.case
        if case is None:
            return
        name = path or common.choose_open_file(self, self.tr("Photo"), "JPEG / PNG (*.jpg *.jpeg *.png)")
        if not name:
            return
        if stage is None:
            stages = {self.tr("Before the repair"): "before", self.tr("During the repair"): "during",
                      self.tr("After the repair"): "after"}
            choice = common.ask_item(self, self.tr("Photo"), self.tr("Taken when?"), list(stages))
            if choice is None:
                return
            stage = stages[choice]
        chosen = stage
        done = self.attempt(lambda: self.services.accidents.add_photo(
            case.id, chosen, Path(name).name, attachments.read_file(Path(name))))
        if done is not None:
            self.show_case(done)

    def _print(self, kind: str, title: str) -> None:
        from desktop.views.shared.print_preview import show_document

        case = self.case
        if case is None:
            return
        case_id, number = case.id, case.number
        self.preview = show_document(self, lambda lang: self.services.documents.render(kind, case_id, lang), kind,
                                     f"{title} {number}", f"{number}-{kind}.pdf")
