"""技术报告 and 三包: the questions sent to the manufacturer and their answers, a new report
for a car, the fault statistic (by model, component, fault code and month) the manager and
the manufacturer read; and the cars near a 三包 threshold."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.warranty.reports import ANSWERS, FaultCount, ReportForm, ReportRow, SanbaoRow
from desktop.services.warranty.rules.coverage import COMPONENTS

from desktop.views.shared import common
from desktop.views.shared.common import FieldError, FormDialog, FormErrors, fmt_date, tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

STATES = {"sent": QT_TRANSLATE_NOOP("TechReports", "Awaiting the answer"), **ANSWERS}


def _t(text: str) -> str:
    return QCoreApplication.translate("TechReports", text)


def _component(key: str) -> str:
    return QCoreApplication.translate("Warranty", COMPONENTS[key]) if key in COMPONENTS else key


REPORT_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "Report"), 110),
    Column("created_on", QT_TRANSLATE_NOOP("Columns", "Sent"), 85, fmt=fmt_date),
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 80),
    Column("model", QT_TRANSLATE_NOOP("Columns", "Model"), 100),
    Column("fault_code", QT_TRANSLATE_NOOP("Columns", "Fault code"), 70),
    Column("symptom", QT_TRANSLATE_NOOP("Columns", "Symptom"), 220),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 110, fmt=lambda k: _t(STATES.get(k, k))),
    Column("answer", QT_TRANSLATE_NOOP("Columns", "Answer"), 220),
)
FAULT_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Columns", "Month"), 70),
    Column("model", QT_TRANSLATE_NOOP("Columns", "Model"), 110),
    Column("component", QT_TRANSLATE_NOOP("Columns", "Component"), 120, fmt=_component),
    Column("fault_code", QT_TRANSLATE_NOOP("Columns", "Fault code"), 80),
    Column("reports", QT_TRANSLATE_NOOP("Columns", "Reports"), 60, RIGHT),
    Column("claims", QT_TRANSLATE_NOOP("Columns", "Claims"), 60, RIGHT),
)
SANBAO_COLUMNS = (
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), 85),
    Column("customer", QT_TRANSLATE_NOOP("Columns", "Customer"), 90),
    Column("vin", QT_TRANSLATE_NOOP("Columns", "VIN"), 150),
    Column("standing", QT_TRANSLATE_NOOP("Columns", "Repairs"), 140,
           fmt=lambda st: "、".join(f"{_component(k)} {n}" for k, n in st.repairs.items())),
    Column("standing", QT_TRANSLATE_NOOP("Columns", "Days off the road"), 90, RIGHT, fmt=lambda st: str(st.days_off)),
    Column("standing", QT_TRANSLATE_NOOP("Columns", "Alert"), 360,
           fmt=lambda st: " ".join(tr_message(m) for m in (*st.reached, *st.near))),
)


class ReportDialog(FormDialog):
    """A new technical report for a car (found by plate or VIN)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, _t("New technical report"))
        self.services = services
        self.car = QLineEdit()
        self.car.setPlaceholderText(self.tr("Plate or VIN"))
        self.symptom = QPlainTextEdit()
        self.checks = QPlainTextEdit()
        self.question = QPlainTextEdit()
        for box in (self.symptom, self.checks, self.question):
            box.setMaximumHeight(70)
        self.component = QComboBox()
        for key, name in COMPONENTS.items():
            self.component.addItem(QCoreApplication.translate("Warranty", name), key)
        self.fault_code = QLineEdit()
        self.fault_code.setMaxLength(20)
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("Car"), self.errors.add("car", self.car))
        form.addRow(self.tr("Symptom"), self.errors.add("symptom", self.symptom))
        form.addRow(self.tr("Checks done"), self.checks)
        form.addRow(self.tr("Question"), self.errors.add("question", self.question))
        form.addRow(self.tr("Component"), self.component)
        form.addRow(self.tr("Fault code"), self.errors.add("fault_code", self.fault_code))
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(560, 480)
        self.report_id: int | None = None

    def save(self) -> None:
        self.errors.clear()
        try:
            vehicle_id = self.services.warranty.find_vehicle(self.car.text())
        except ServiceError as exc:
            self.errors.show({"car": exc.message})
            return
        form = ReportForm(vehicle_id, self.symptom.toPlainText(), self.question.toPlainText(),
                          self.checks.toPlainText(), str(self.component.currentData()), self.fault_code.text())
        done = self.attempt(lambda: self.services.tech_reports.create(form), self.errors)
        if done is not None:
            self.report_id = done
            self.accept()


class ReportsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.reports: RowTableModel[ReportRow] = RowTableModel(REPORT_COLUMNS)
        self.view = table_view(self.reports)
        self.faults: RowTableModel[FaultCount] = RowTableModel(FAULT_COLUMNS)
        self.fault_view = table_view(self.faults)
        self.error = FieldError(self)
        self.new_button = QPushButton(self.tr("New report…"))
        self.answer_button = QPushButton(self.tr("Record the answer…"))
        self.new_button.clicked.connect(self.do_new)
        self.answer_button.clicked.connect(lambda *_: self.do_answer())
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.answer_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 3)
        layout.addWidget(QLabel(self.tr("Fault statistic, last 12 months (reports and claims)")))
        layout.addWidget(self.fault_view, 2)
        self.dialog: ReportDialog | None = None
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def refresh(self) -> None:
        self.reports.reset(self.services.tech_reports.reports())
        self.faults.reset(self.services.tech_reports.fault_statistic(date.today() - timedelta(days=365)))
        self._enable()

    def current(self) -> ReportRow | None:
        index = self.view.currentIndex()
        return self.reports.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        may = self.services.desk.may("warranty.manage")
        r = self.current()
        self.new_button.setEnabled(may)
        self.answer_button.setEnabled(may and r is not None and r.state == "sent")

    def do_new(self) -> ReportDialog:
        self.dialog = ReportDialog(self.services, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def do_answer(self, state: str | None = None, text: str | None = None) -> None:
        r = self.current()
        if r is None:
            return
        if state is None:
            names = [_t(v) for v in ANSWERS.values()]
            choice = common.ask_item(self, r.number, self.tr("What did the manufacturer answer?"), names)
            if choice is None:
                return
            state = list(ANSWERS)[names.index(choice)]
        if text is None:
            text = common.ask_text(self, r.number, self.tr("The answer, as the manufacturer wrote it:"))
            if text is None:
                return
        try:
            self.services.tech_reports.answer(r.id, r.version, state, text)
        except ServiceError as exc:
            self.error.show_message(tr_message(exc.message))
            return
        self.error.show_message("")
        self.refresh()


class SanbaoTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: RowTableModel[SanbaoRow] = RowTableModel(SANBAO_COLUMNS)
        self.view = table_view(self.rows)
        note = QLabel(self.tr("Cars within their 三包 period that reached or are near a threshold (the thresholds "
                              "are in System → Settings). Tell the service manager before the next repair."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.rows.reset(self.services.tech_reports.sanbao_alerts())
