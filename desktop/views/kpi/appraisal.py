"""考核: the month's appraisals.  The manager plans everyone's month, agrees each person's
goals and weights, fills in the measures from the records, scores, adjusts a grade with
its reason, signs and answers appeals, and sees the team's grades beside the guide
distribution and the actions a run of grades calls for.  Everyone else sees only their own
month: scores it, signs it, appeals it.  The form prints for the three signatures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.core.messages import QT_TRANSLATE_NOOP
from desktop.services.kpi.appraisal import AppraisalRow, AppraisalView, ItemForm
from desktop.services.kpi.rules import appraisal as rules
from desktop.services.users.rules.roles import ROLES

from desktop.views.kpi.common import item_text
from desktop.views.kpi.figures import FiguresPanel
from desktop.views.kpi.training import TrainingPanel
from desktop.views.shared import common
from desktop.views.shared.common import tr_message
from desktop.views.shared.table_model import RIGHT, Column, RowTableModel, table_view

STATES = {"planned": QT_TRANSLATE_NOOP("AppraisalPage", "goals agreed"),
          "self_scored": QT_TRANSLATE_NOOP("AppraisalPage", "self-scored"),
          "scored": QT_TRANSLATE_NOOP("AppraisalPage", "scored"),
          "signed": QT_TRANSLATE_NOOP("AppraisalPage", "signed")}
ITEM_HEADERS = (QT_TRANSLATE_NOOP("AppraisalPage", "Goal or measure"), QT_TRANSLATE_NOOP("AppraisalPage", "Weight"),
                QT_TRANSLATE_NOOP("AppraisalPage", "Target"), QT_TRANSLATE_NOOP("AppraisalPage", "Achieved"),
                QT_TRANSLATE_NOOP("AppraisalPage", "Suggested"), QT_TRANSLATE_NOOP("AppraisalPage", "Self"),
                QT_TRANSLATE_NOOP("AppraisalPage", "Manager"), QT_TRANSLATE_NOOP("AppraisalPage", "Entered by"))
TEXT, WEIGHT, TARGET, ACTUAL, SUGGESTED, SELF, MANAGER, OWNER = range(8)  # the item table's columns
OWNER_ROLE = Qt.ItemDataRole.UserRole + 1  # the owner's staff id, on the OWNER cell


def _t(text: str) -> str:
    return QCoreApplication.translate("AppraisalPage", text)


def _points(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.1f}"


ROW_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 64),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), 60, value=lambda r: _t(STATES.get(r.state, r.state))),
    Column("score", QT_TRANSLATE_NOOP("Columns", "Score"), 50, RIGHT, value=lambda r: _points(r.score)),
    Column("grade", QT_TRANSLATE_NOOP("Columns", "Grade"), 40),
    Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), 220,
           value=lambda r: QCoreApplication.translate("Appraisal", rules.DUE_ACTIONS[r.due]) if r.due else "",
           alert=lambda r: bool(r.due)),
)


class AppraisalPage(QWidget):
    status = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.current: AppraisalView | None = None
        self.dialog: QWidget | None = None
        title = QLabel(self.tr("Staff appraisal"))
        title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCurrentSection(QDateEdit.Section.MonthSection)  # the arrows step months
        self.month.dateChanged.connect(lambda *_: self.refresh())
        self.plan_button = QPushButton(self.tr("Plan the month for everyone"))
        self.plan_button.clicked.connect(lambda *_: self.plan_month())
        self.window_label = QLabel()
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Month")), self.month, self.plan_button, self.window_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.rows: RowTableModel[AppraisalRow] = RowTableModel(ROW_COLUMNS)
        self.row_view = table_view(self.rows)
        self.row_view.clicked.connect(lambda index: self.open(self.rows.row(index.row()).id))
        self.spread = QLabel()
        self.spread.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.row_view, 1)
        left_layout.addWidget(self.spread)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.items = QTableWidget(0, len(ITEM_HEADERS))
        self.items.setHorizontalHeaderLabels([_t(h) for h in ITEM_HEADERS])
        self.items.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = (("add", self.tr("Add a goal"), self.add_goal),
                   ("owner", self.tr("Who enters it…"), self.choose_owner),
                   ("save_goals", self.tr("Save the goals"), self.save_goals),
                   ("fill", self.tr("Fill in from the records"), self.fill),
                   ("self", self.tr("Save my score"), self.save_self), ("manager", self.tr("Save the manager's score"),
                                                                        self.save_manager),
                   ("adjust", self.tr("Adjust the grade…"), self.adjust), ("sign", self.tr("Sign…"), self.sign),
                   ("appeal", self.tr("Appeal…"), self.appeal), ("decide", self.tr("Answer the appeal…"), self.decide),
                   ("print", self.tr("Print the form…"), self.print_form))
        grid = QGridLayout()  # two rows: the page fits a 1280-pixel screen beside the list
        for n, (key, label, slot) in enumerate(actions):
            button = QPushButton(label)
            button.clicked.connect(lambda *_, run=slot: run())
            self.buttons[key] = button
            grid.addWidget(button, n // 6, n % 6)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.items, 1)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.message)
        right_layout.addLayout(grid)
        self.training = TrainingPanel(services)
        self.figures = FiguresPanel(services)
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(right, self.tr("Goals and scores"))
        self.right_tabs.addTab(self.figures, self.tr("Figures to enter"))
        self.right_tabs.addTab(self.training, self.tr("Training"))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right_tabs)
        split.setSizes([470, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._show(None)

    # the month ---------------------------------------------------------------------------------

    def first(self) -> date:
        d = self.month.date()
        return date(d.year(), d.month(), 1)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        manager = self.services.desk.may("appraisal.manage")
        self.plan_button.setVisible(manager)
        start, end = rules.window(self.first())
        self.window_label.setText(self.tr("Scored from %1 to %2").replace("%1", f"{start:%m-%d}").replace(
            "%2", f"{end:%m-%d}"))
        rows = self.services.appraisals.month(self.first())
        self.rows.reset(rows)
        self.figures.show_month(self.first())
        graded = [r.grade for r in rows if r.grade]
        spread = rules.distribution(graded)
        guide = self.tr("guide %1%")
        parts = [f"{g} {spread[g][0]} ({spread[g][1]}%, {guide.replace('%1', str(rules.GUIDE[g]))})"
                 for g in rules.GRADES]
        self.spread.setText(self.tr("Grades: %1").replace("%1", "   ".join(parts)) if manager and graded else "")
        if self.current is not None and any(r.id == self.current.id for r in rows):
            self.open(self.current.id)
        elif rows and not manager:
            self.open(rows[0].id)  # one's own month
        else:
            self._show(None)

    def plan_month(self) -> None:
        try:
            made = self.services.appraisals.plan_month(self.first())
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.status.emit(self.tr("%1 appraisals planned for %2.").replace("%1", str(made)).replace(
            "%2", f"{self.first():%Y-%m}"))
        self.refresh()

    # one appraisal --------------------------------------------------------------------------

    def open(self, appraisal_id: int) -> None:
        try:
            self._show(self.services.appraisals.get(appraisal_id))
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))

    def _show(self, view: AppraisalView | None) -> None:
        self.current = view
        self.message.clear()
        self.items.setRowCount(0)
        for button in self.buttons.values():
            button.setEnabled(False)
        self.training.show_person(None if view is None else view.staff_id,
                                  self.first().year if view is None else view.month.year)
        if view is None:
            self.heading.setText(self.tr("Choose a person's month on the left."))
            self.summary.clear()
            return
        me = self.services.desk.actor.user_id == view.staff_id
        manager = self.services.desk.may("appraisal.manage") and not me
        planning = manager and view.state == "planned"
        self.heading.setText(f"{view.name}  {view.month:%Y-%m}  " + _t(STATES.get(view.state, view.state)) +
                             ("  " + self.tr("(on probation: not graded)") if view.probation else ""))
        self.items.setRowCount(len(view.items))
        for r, item in enumerate(view.items):
            values = (item_text(item.text), str(item.weight), item.target, item.actual, _points(item.suggested),
                      _points(item.self_points), _points(item.manager_points), item.owner)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                editable = ((c in (TEXT, WEIGHT, TARGET) and planning and item.kind == "goal")
                            or (c == WEIGHT and planning)
                            or (c == SELF and me and view.state in ("planned", "self_scored"))
                            or (c == MANAGER and manager and view.state in ("planned", "self_scored", "scored")))
                if not editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c not in (TEXT, OWNER):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == OWNER:
                    cell.setData(OWNER_ROLE, item.owner_id or 0)
                if c in (ACTUAL, OWNER) and item.late:  # its owner did not enter it by the day
                    cell.setForeground(QColor("#c62828"))
                    cell.setToolTip(self.tr("Not entered by the set day, or entered after it"))
                self.items.setItem(r, c, cell)
        signed = [self.tr("employee") if view.employee_signed else "",
                  self.tr("manager %1").replace("%1", view.manager_signed_by) if view.manager_signed_by else "",
                  self.tr("manager's manager %1").replace("%1", view.head_signed_by) if view.head_signed_by else ""]
        lines = [self.tr("Self %1 · Manager %2 · Score %3 · Grade %4").replace("%1", _points(view.self_total) or "—")
                 .replace("%2", _points(view.manager_total) or "—").replace("%3", _points(view.score) or "—")
                 .replace("%4", view.grade or "—")]
        if view.grade_note:
            lines.append(self.tr("Adjusted from %1: %2").replace("%1", view.grade_from_score).replace(
                "%2", view.grade_note))
        lines.append(self.tr("Signed by: %1").replace("%1", ", ".join(x for x in signed if x) or "—"))
        if view.appeal:
            lines.append(self.tr("Appeal: %1").replace("%1", view.appeal) + (
                "  →  " + view.appeal_outcome if view.appeal_outcome else ""))
        self.summary.setText("\n".join(lines))
        self.buttons["add"].setEnabled(planning and len(view.items) < rules.MAX_ITEMS)
        self.buttons["owner"].setEnabled(planning)
        self.buttons["save_goals"].setEnabled(planning)
        self.buttons["fill"].setEnabled(manager and view.state != "signed")
        self.buttons["self"].setEnabled(me and view.state in ("planned", "self_scored"))
        self.buttons["manager"].setEnabled(manager and view.state != "signed")
        self.buttons["adjust"].setEnabled(manager and view.state == "scored" and not view.probation)
        self.buttons["sign"].setEnabled(view.state == "scored" and (me or manager))
        self.buttons["appeal"].setEnabled(me and view.state in ("scored", "signed") and not view.appeal)
        self.buttons["decide"].setEnabled(manager and bool(view.appeal) and not view.appeal_outcome)
        self.buttons["print"].setEnabled(True)

    def _column(self, column: int) -> dict[int, str]:
        out = {}
        for r in range(self.items.rowCount()):
            cell = self.items.item(r, column)
            if cell is not None and cell.text().strip():
                out[int(cell.data(Qt.ItemDataRole.UserRole))] = cell.text()
        return out

    def _run(self, action: object) -> None:
        try:
            view = action()  # type: ignore[operator]
        except ServiceError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self._show(view)
        rows = self.services.appraisals.month(self.first())
        self.rows.reset(rows)

    def add_goal(self) -> None:
        r = self.items.rowCount()
        self.items.insertRow(r)
        for c in range(len(ITEM_HEADERS)):
            cell = QTableWidgetItem("")
            cell.setData(Qt.ItemDataRole.UserRole, 0)
            if c not in (TEXT, WEIGHT, TARGET):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c == OWNER:
                cell.setData(OWNER_ROLE, 0)
            self.items.setItem(r, c, cell)
        self.items.editItem(self.items.item(r, TEXT))

    def choose_owner(self) -> None:
        """Who enters the selected goal's achieved figure (a goal the program cannot count)."""
        view = self.current
        r = self.items.currentRow()
        cell = self.items.item(r, OWNER) if r >= 0 else None
        if view is None or cell is None:
            self.message.setText(self.tr("Choose a goal in the table first."))
            return
        item_id = int(self.items.item(r, TEXT).data(Qt.ItemDataRole.UserRole) or 0)  # type: ignore[union-attr]
        if any(i.id == item_id and i.kind == "measure" for i in view.items):
            self.message.setText(self.tr("The program fills in the measures from the records; choose a goal."))
            return
        people = [(p.id, p.name) for p in self.services.workorders.staff() if p.id != view.staff_id]
        nobody = self.tr("Nobody (the manager enters it)")
        choice = common.ask_item(self, self.tr("Who enters it"), self.tr("The achieved figure is entered by:"),
                                 [nobody, *(name for _, name in people)])
        if choice is None:
            return
        owner = next((pid for pid, name in people if name == choice), 0)
        cell.setText("" if owner == 0 else choice)
        cell.setData(OWNER_ROLE, owner)
        self.message.setText(self.tr("Save the goals to keep it."))

    def save_goals(self) -> None:
        view = self.current
        if view is None:
            return
        by_id = {i.id: i for i in view.items}
        forms = []
        for r in range(self.items.rowCount()):
            text_cell, weight_cell, target_cell = (self.items.item(r, c) for c in (TEXT, WEIGHT, TARGET))
            if text_cell is None or weight_cell is None:
                continue
            old = by_id.get(int(text_cell.data(Qt.ItemDataRole.UserRole) or 0))
            if old is not None and old.kind == "measure":
                forms.append(ItemForm(old.text, weight_cell.text(), "measure", old.measure, old.target))
            elif text_cell.text().strip() or weight_cell.text().strip():
                kept = old.text if old is not None and item_text(old.text) == text_cell.text() else text_cell.text()
                owner_cell = self.items.item(r, OWNER)
                owner = int(owner_cell.data(OWNER_ROLE) or 0) if owner_cell is not None else 0
                forms.append(ItemForm(kept, weight_cell.text(), target=target_cell.text() if target_cell else "",
                                      owner_id=owner or None))
        self._run(lambda: self.services.appraisals.save_items(view.id, view.version, forms, view.probation))

    def fill(self) -> None:
        if self.current is not None:
            current = self.current
            self._run(lambda: self.services.appraisals.fill_from_records(current.id))

    def save_self(self) -> None:
        if self.current is not None:
            current, points = self.current, self._column(SELF)
            self._run(lambda: self.services.appraisals.self_score(current.id, current.version, points))

    def save_manager(self) -> None:
        if self.current is not None:
            current, points = self.current, self._column(MANAGER)
            self._run(lambda: self.services.appraisals.manager_score(current.id, current.version, points))

    def adjust(self) -> None:
        current = self.current
        if current is None:
            return
        choice = common.ask_item(self, self.tr("Adjust the grade"), self.tr("Grade:"), list(rules.GRADES))
        if choice is None:
            return
        note = common.ask_text(self, self.tr("Adjust the grade"), self.tr("Why?"))
        if note is not None:
            self._run(lambda: self.services.appraisals.adjust_grade(current.id, current.version, choice, note))

    def sign(self) -> None:
        current = self.current
        if current is None:
            return
        if self.services.desk.actor.user_id == current.staff_id:
            self._run(lambda: self.services.appraisals.sign(current.id, current.version, "employee"))
            return
        roles = [self.tr("As the direct manager"), self.tr("As the manager's manager")]
        choice = common.ask_item(self, self.tr("Sign"), self.tr("Sign the appraisal of %1").replace(
            "%1", current.name), roles)
        if choice is not None:
            who = ("manager", "head")[roles.index(choice)]
            self._run(lambda: self.services.appraisals.sign(current.id, current.version, who))

    def appeal(self) -> None:
        current = self.current
        if current is None:
            return
        reason = common.ask_text(self, self.tr("Appeal"), self.tr("Why do you appeal the grade?"))
        if reason is not None:
            self._run(lambda: self.services.appraisals.appeal(current.id, current.version, reason))

    def decide(self) -> None:
        current = self.current
        if current is None:
            return
        outcome = common.ask_text(self, self.tr("Answer the appeal"), self.tr("The outcome:"))
        if outcome is None:
            return
        keep = [self.tr("Keep %1").replace("%1", current.grade or "—"), *rules.GRADES]
        choice = common.ask_item(self, self.tr("Answer the appeal"), self.tr("Grade:"), keep)
        if choice is not None:
            grade = "" if choice == keep[0] else choice
            self._run(lambda: self.services.appraisals.decide_appeal(current.id, current.version, outcome, grade))

    def print_form(self) -> QWidget | None:
        current = self.current
        if current is None:
            return None
        from desktop.views.shared.print_preview import show_document

        appraisals = self.services.appraisals
        def role(key: str) -> str:
            return QCoreApplication.translate("Roles", ROLES[key]) if key in ROLES else key

        self.dialog = show_document(self, lambda lang: appraisals.form_pdf(current.id, lang, item_text, role),
                                    "appraisal", self.tr("Appraisal %1").replace("%1", current.name),
                                    f"appraisal-{current.month:%Y-%m}-{current.staff_id}.pdf")
        return self.dialog
