"""Staff appraisal (绩效考核, DOMAIN.md section 7): each person's month, planned at its
start (copied from the last month, else the job's template: the measures the program fills
in from the records plus the person's own goals, or the functional template), scored by the
person and then by their manager, graded by the bands, signed by the employee, the direct
manager and the manager's own manager, and open to one appeal.  A person sees only their
own; the manager (``appraisal.manage``) sees and scores everyone's.  Quarter and year
scores average the months; a run of grades shows the action it calls for.  Every step is
audited; the rules are in ``rules.appraisal``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Appraisal, AppraisalItem, Staff
from desktop.services.common.dates import add_months
from desktop.services.common.limits import to_decimal
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.kpi.rules import appraisal as rules
from desktop.services.kpi.rules.measures import MEASURES, period, text
from desktop.services.system import settings as shop_settings
from printing.data import AppraisalDoc, AppraisalItemDoc

FUNCTIONAL_ROLES = frozenset({"parts", "cashier", "information", "insurance", "warranty", "washer"})


@dataclass(frozen=True)
class ItemForm:
    text: str
    weight: int | str
    kind: str = "goal"  # goal | measure
    measure: str = ""  # a KPI key, for a measure filled in from the records
    target: str = ""
    owner_id: int | None = None  # who enters its achieved figure (a goal the program cannot count)


@dataclass(frozen=True)
class ItemView:
    id: int
    kind: str
    text: str
    measure: str
    weight: int
    target: str
    actual: str
    self_points: Decimal | None
    manager_points: Decimal | None
    suggested: Decimal | None  # what the records suggest, for a measure
    owner_id: int | None = None  # who enters the achieved figure
    owner: str = ""  # their name
    late: bool = False  # not entered by the set day, or entered after it


@dataclass(frozen=True)
class AppraisalView:
    id: int
    version: int
    staff_id: int
    name: str
    role: str
    month: date
    template: str
    probation: bool
    state: str
    items: tuple[ItemView, ...]
    self_total: Decimal | None
    manager_total: Decimal | None
    score: Decimal | None
    grade: str
    grade_from_score: str
    grade_note: str
    scored_by: str
    employee_signed: bool
    manager_signed_by: str  # names
    head_signed_by: str
    appeal: str
    appeal_outcome: str
    window: tuple[date, date]


@dataclass(frozen=True)
class AppraisalRow:
    id: int
    staff_id: int
    name: str
    role: str
    state: str
    score: Decimal | None
    grade: str
    due: str  # the action a run of grades calls for (rules.DUE_ACTIONS), "" for none


def _msg(text_: str, **params: object) -> Message:
    return Message(text_, params)


def bands_in(s: Session) -> dict[str, Decimal]:
    return {g: Decimal(shop_settings.get(s, f"appraisal_band_{g.lower()}")) for g in ("A", "B", "C", "D")}


class AppraisalService(Service):

    # planning ---------------------------------------------------------------------------------

    def plan(self, staff_id: int, month: date) -> AppraisalView:
        """The person's month: made at its start from the last month's (or the job's
        template) when it does not exist yet."""
        self.require("appraisal.manage")
        first = month.replace(day=1)
        with writing(self.db, self.user) as s:
            person = s.get(Staff, staff_id)
            if person is None:
                raise NotFound("staff", staff_id)
            found = s.scalar(select(Appraisal).where(Appraisal.staff_id == staff_id, Appraisal.month == first))
            if found is not None:
                return self._view(s, found)
            last = s.scalar(select(Appraisal).where(Appraisal.staff_id == staff_id, Appraisal.month < first)
                            .order_by(Appraisal.month.desc()))
            functional = person.role in FUNCTIONAL_ROLES
            made = Appraisal(staff_id=staff_id, month=first, template="functional" if functional else "job",
                             probation=bool(last.probation) if last is not None else False,
                             created_by=self.user, updated_by=self.user)
            if last is not None:
                forms = [ItemForm(i.text, i.weight, i.kind, i.measure, i.target, i.owner_id) for i in last.items]
            else:
                forms = self._template(person.role, functional)
            made.items = [AppraisalItem(position=n, kind=f.kind, text=f.text, measure=f.measure, weight=int(f.weight),
                                        target=f.target, owner_id=f.owner_id) for n, f in enumerate(forms, 1)]
            s.add(made)
            s.flush()
            audit.record(s, "appraisal-planned", "appraisal", made.id, staff_id=staff_id, month=first.isoformat())
            return self._view(s, made)

    def plan_month(self, month: date) -> int:
        """Every active person's month (those not planned yet), at its start; how many made."""
        self.require("appraisal.manage")
        first = month.replace(day=1)
        with reading(self.db) as s:
            planned = set(s.scalars(select(Appraisal.staff_id).where(Appraisal.month == first)))
            people = [i for i in s.scalars(select(Staff.id).where(Staff.active.is_(True), Staff.role != "admin")
                                           .order_by(Staff.id)) if i not in planned]
        for staff_id in people:
            self.plan(staff_id, first)
        return len(people)

    @staticmethod
    def _template(role: str, functional: bool) -> list[ItemForm]:
        if functional:
            return [ItemForm(name, weight) for name, weight in rules.FUNCTIONAL]
        measures = rules.FROM_RECORDS.get(role, rules.FROM_RECORDS["advisor"])
        forms = [ItemForm(MEASURES[key].name, weight, "measure", key) for key, weight in measures]
        rest = 100 - sum(w for _, w in measures)
        forms.append(ItemForm(QT_TRANSLATE_NOOP("Appraisal", "The month's own goal (本月重点工作)"), rest))
        return forms

    def save_items(self, appraisal_id: int, version: int, forms: Sequence[ItemForm],
                   probation: bool = False) -> AppraisalView:
        """The month's goals and measures as agreed (3 to 8, weights adding up to 100);
        only before anyone has scored it."""
        self.require("appraisal.manage")
        errors: dict[str, Message] = {}
        weights: list[int] = []
        for n, form in enumerate(forms):
            w = to_decimal(form.weight)
            if w is None or w != w.to_integral():
                errors[f"weight{n}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter a whole number."))
                weights.append(0)
            else:
                weights.append(int(w))
            if not clean(form.text):
                errors[f"text{n}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Describe the goal."))
            if form.kind == "measure" and form.measure not in MEASURES:
                errors[f"measure{n}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose a measure."))
        problem = rules.items_problem(weights)
        if problem is not None:
            errors.setdefault("weights", problem)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            if made.state != "planned":
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "The goals cannot change once the month is being scored.")))
            entered = {(i.kind, i.text): i for i in made.items if i.actual}  # a figure already entered stays
            items = []
            for n, (f, weight) in enumerate(zip(forms, weights, strict=True), 1):
                item = AppraisalItem(position=n, kind=f.kind, text=clean(f.text)[:200],
                                     measure=f.measure if f.kind == "measure" else "", weight=weight,
                                     target=clean(f.target)[:60], owner_id=f.owner_id if f.kind == "goal" else None)
                old = entered.get((item.kind, item.text))
                if old is not None:
                    item.actual, item.entered_by, item.entered_at = old.actual, old.entered_by, old.entered_at
                items.append(item)
            made.items = items
            made.probation = probation
            self.touch(made)
            s.flush()
            audit.record(s, "appraisal-goals", "appraisal", made.id, items=len(forms), probation=probation)
            return self._view(s, made)

    def fill_from_records(self, appraisal_id: int) -> AppraisalView:
        """The measures the program knows, filled in from the month's figures (the person's
        own orders and work): the target and what was achieved; the points they suggest are
        shown beside each."""
        from desktop.services.kpi.service import KpiService

        self.require("appraisal.manage")
        with reading(self.db) as s:
            made = self._appraisal(s, appraisal_id)
            role = s.scalar(select(Staff.role).where(Staff.id == made.staff_id)) or ""
            month, staff_id = made.month, made.staff_id
        kpi = KpiService(self.db, self.desk, self.clock)
        advisor = role == "advisor"
        figures = {f.key: f for f in kpi.figures(period("month", month), staff_id if advisor else None,
                                                  None if advisor else staff_id)}
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id)
            for item in made.items:
                figure = figures.get(item.measure)
                if item.kind == "measure" and figure is not None:
                    measure = MEASURES[item.measure]
                    item.actual = text(measure, figure.value)
                    item.target = "" if figure.target is None else text(measure, figure.target)
                    item.actual_value, item.target_value = figure.value, figure.target
            self.touch(made)
            s.flush()
            return self._view(s, made)

    # scoring -----------------------------------------------------------------------------------

    def self_score(self, appraisal_id: int, version: int, points: Mapping[int, object]) -> AppraisalView:
        """The person scores their own month (a manager may enter it for them)."""
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            self._own_or_manager(made)
            if made.state not in ("planned", "self_scored"):
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "The manager has scored this month already.")))
            self._points(made, points, "self_points")
            made.self_total = rules.total(self._items(made))[0]
            made.state = "self_scored"
            self.touch(made)
            audit.record(s, "appraisal-self-score", "appraisal", made.id, total=str(made.self_total))
            s.flush()
            return self._view(s, made)

    def manager_score(self, appraisal_id: int, version: int, points: Mapping[int, object]) -> AppraisalView:
        """The direct manager's score: the total, the final score (the manager's, or the
        mix the settings give) and its grade (none on probation)."""
        self.require("appraisal.manage")
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            self._not_own(made)
            if made.state == "signed":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "A signed appraisal cannot change.")))
            self._points(made, points, "manager_points")
            share = Decimal(shop_settings.get(s, "appraisal_manager_share"))
            made.self_total, made.manager_total, made.score = rules.total(self._items(made), share)
            if made.score is None:
                raise ValidationFailed({"points": _msg(QT_TRANSLATE_NOOP("Validation", "Score every item."))})
            made.grade = made.grade_from_score = "" if made.probation else rules.grade(made.score, bands_in(s))
            made.grade_note, made.scored_by, made.state = "", self.user, "scored"
            made.employee_signed_at = made.manager_signed_at = made.head_signed_at = None
            made.manager_signed_by = made.head_signed_by = ""
            self.touch(made)
            audit.record(s, "appraisal-scored", "appraisal", made.id, score=str(made.score), grade=made.grade)
            s.flush()
            return self._view(s, made)

    def adjust_grade(self, appraisal_id: int, version: int, grade: str, note: str) -> AppraisalView:
        """The manager sets another grade than the score's (to keep the team near the guide
        distribution, say), with the reason."""
        self.require("appraisal.manage")
        if grade not in rules.GRADES:
            raise ValidationFailed({"grade": _msg(QT_TRANSLATE_NOOP("Validation", "Choose a grade from A to E."))})
        if not clean(note):
            raise ValidationFailed({"note": _msg(QT_TRANSLATE_NOOP("Validation", "Say why the grade is adjusted."))})
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            self._not_own(made)
            if made.state != "scored" or made.probation:
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "Only a scored, unsigned appraisal outside probation can be adjusted.")))
            made.grade, made.grade_note = grade, clean(note)[:255]
            self.touch(made)
            audit.record(s, "appraisal-adjusted", "appraisal", made.id, grade=grade, was=made.grade_from_score,
                         note=made.grade_note)
            s.flush()
            return self._view(s, made)

    def sign(self, appraisal_id: int, version: int, as_: str) -> AppraisalView:
        """三方签字: the employee (or, for one without a login, the manager recording their
        signature on the printed form), the direct manager, the manager's own manager (two
        different people with ``appraisal.manage``, neither the employee)."""
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            if made.state not in ("scored", "signed"):
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Sign once the manager has scored the month.")))
            now = self.clock()
            if as_ == "employee":
                if self.desk.actor.user_id != made.staff_id and not self._on_paper(s, made):
                    raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only the employee signs as the employee.")))
                made.employee_signed_at = now
            elif as_ in ("manager", "head"):
                self.desk.require("appraisal.manage")
                self._not_own(made)
                other = made.head_signed_by if as_ == "manager" else made.manager_signed_by
                if other == self.user:
                    raise Refused(_msg(QT_TRANSLATE_NOOP(
                        "Validation", "The direct manager and their manager are two different people.")))
                if as_ == "manager":
                    made.manager_signed_at, made.manager_signed_by = now, self.user
                else:
                    made.head_signed_at, made.head_signed_by = now, self.user
            else:
                raise ValidationFailed({"as": _msg(QT_TRANSLATE_NOOP("Validation", "Choose who signs."))})
            if made.employee_signed_at and made.manager_signed_at and made.head_signed_at:
                made.state = "signed"
            self.touch(made)
            audit.record(s, "appraisal-signed", "appraisal", made.id, signed_as=as_)
            s.flush()
            return self._view(s, made)

    def appeal(self, appraisal_id: int, version: int, reason: str) -> AppraisalView:
        """The employee appeals their grade (once), saying why."""
        if not clean(reason):
            raise ValidationFailed({"appeal": _msg(QT_TRANSLATE_NOOP("Validation", "Say why you appeal."))})
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            if self.desk.actor.user_id != made.staff_id:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only the employee can appeal their grade.")))
            if made.state not in ("scored", "signed") or made.appeal:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "A scored month can be appealed once.")))
            made.appeal, made.appeal_at = clean(reason)[:500], self.clock()
            self.touch(made)
            audit.record(s, "appraisal-appeal", "appraisal", made.id)
            s.flush()
            return self._view(s, made)

    def decide_appeal(self, appraisal_id: int, version: int, outcome: str, grade: str = "") -> AppraisalView:
        """The answer to an appeal, and the grade it leaves (unchanged when none is given)."""
        self.require("appraisal.manage")
        if not clean(outcome):
            raise ValidationFailed({"outcome": _msg(QT_TRANSLATE_NOOP("Validation", "Write the outcome."))})
        if grade and grade not in rules.GRADES:
            raise ValidationFailed({"grade": _msg(QT_TRANSLATE_NOOP("Validation", "Choose a grade from A to E."))})
        with writing(self.db, self.user) as s:
            made = self._appraisal(s, appraisal_id, version)
            self._not_own(made)
            if not made.appeal or made.appeal_outcome:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "There is no open appeal.")))
            made.appeal_outcome, made.appeal_decided_by = clean(outcome)[:500], self.user
            if grade:
                made.grade = grade
            self.touch(made)
            audit.record(s, "appraisal-appeal-decided", "appraisal", made.id, grade=made.grade)
            s.flush()
            return self._view(s, made)

    # reading -----------------------------------------------------------------------------------

    def get(self, appraisal_id: int) -> AppraisalView:
        with reading(self.db) as s:
            made = self._appraisal(s, appraisal_id)
            self._own_or_manager(made)
            return self._view(s, made)

    def month(self, month: date) -> list[AppraisalRow]:
        """The month's appraisals: everyone's for the manager, one's own otherwise; each with
        the action its run of grades calls for."""
        first = month.replace(day=1)
        with reading(self.db) as s:
            q = select(Appraisal, Staff.name, Staff.role).join(Staff, Staff.id == Appraisal.staff_id).where(
                Appraisal.month == first)
            if not self.desk.may("appraisal.manage"):
                q = q.where(Appraisal.staff_id == (self.desk.actor.user_id or -1))
            rows = list(s.execute(q.order_by(Staff.role, Staff.name)))
            grades = self._grades_of(s, [made.staff_id for made, _, _ in rows], first)  # one read for all
            return [AppraisalRow(made.id, made.staff_id, name, role, made.state, made.score, made.grade,
                                 rules.due_action(grades.get(made.staff_id, [])) or "") for made, name, role in rows]

    def history(self, staff_id: int, year: int) -> tuple[list[tuple[date, Decimal | None, str]],
                                                           dict[str, Decimal | None]]:
        """A person's months of the year (score, grade) and the averages of its quarters
        and of the year (graded months only)."""
        if self.desk.actor.user_id != staff_id:
            self.desk.require("appraisal.manage")
        with reading(self.db) as s:
            months = [(m, sc, g) for m, sc, g in s.execute(
                select(Appraisal.month, Appraisal.score, Appraisal.grade).where(
                    Appraisal.staff_id == staff_id, Appraisal.month >= date(year, 1, 1),
                    Appraisal.month <= date(year, 12, 1)).order_by(Appraisal.month))]
        graded = [(m, sc) for m, sc, g in months if sc is not None and g]
        averages: dict[str, Decimal | None] = {
            f"Q{q}": rules.average([sc for m, sc in graded if (m.month - 1) // 3 + 1 == q]) for q in range(1, 5)}
        averages[str(year)] = rules.average([sc for _, sc in graded])
        return months, averages

    def pay_rows(self, month: date) -> list[tuple[str, str, str, Decimal, Decimal]]:
        """For the payroll: (name, role, grade, the performance share %, the grade's factor)
        of every graded person of the month."""
        self.require("appraisal.manage")
        with reading(self.db) as s:
            factors = {g: Decimal(shop_settings.get(s, f"appraisal_pay_{g.lower()}")) for g in rules.GRADES}
            shares = {False: Decimal(shop_settings.get(s, "appraisal_pay_share")),
                      True: Decimal(shop_settings.get(s, "appraisal_pay_share_managers"))}
            rows = s.execute(select(Staff.name, Staff.role, Appraisal.grade).join(Staff, Staff.id == Appraisal.staff_id)
                             .where(Appraisal.month == month.replace(day=1), Appraisal.grade != "")
                             .order_by(Staff.role, Staff.name))
            return [(n, r, g, shares[r in ("manager", "foreman")], factors[g]) for n, r, g in rows]

    def form_pdf(self, appraisal_id: int, lang: str = "zh_CN", item_text: Callable[[str], str] = str,
                 role_name: Callable[[str], str] = str) -> bytes:
        """The printed form for the three signatures; ``item_text`` shows a template's goal
        in the reader's language."""
        from desktop.services.documents.service import DocumentService
        from printing.appraisal import appraisal_form

        view = self.get(appraisal_id)
        signed = ("✓" if view.employee_signed else "", view.manager_signed_by, view.head_signed_by)
        start, end = view.window
        doc = AppraisalDoc(
            shop=DocumentService(self.db, self.desk).shop(), name=view.name, role=role_name(view.role),
            month=f"{view.month:%Y-%m}", window=f"{start:%m-%d} – {end:%m-%d}", probation=view.probation,
            items=tuple(AppraisalItemDoc(item_text(i.text), i.weight, i.target, i.actual, _shown(i.self_points),
                                         _shown(i.manager_points)) for i in view.items),
            self_total=_shown(view.self_total), manager_total=_shown(view.manager_total), score=_shown(view.score),
            grade=view.grade, grade_note=f"{view.grade_from_score} → {view.grade}: {view.grade_note}"
            if view.grade_note else "", signed=signed, appeal=view.appeal, appeal_outcome=view.appeal_outcome)
        return appraisal_form(doc, lang)

    # helpers -----------------------------------------------------------------------------------

    def _appraisal(self, s: Session, appraisal_id: int, version: int | None = None) -> Appraisal:
        made = s.get(Appraisal, appraisal_id)
        if made is None:
            raise NotFound("appraisal", appraisal_id)
        if version is not None and made.version != version:
            raise StaleEdit()
        return made

    def _own_or_manager(self, made: Appraisal) -> None:
        if self.desk.actor.user_id != made.staff_id:
            self.desk.require("appraisal.manage")

    def _on_paper(self, s: Session, made: Appraisal) -> bool:
        """A person without a login (a technician who clocks in by PIN) signs the printed
        form; the manager records that they did."""
        login = s.scalar(select(Staff.login).where(Staff.id == made.staff_id))
        return not login and self.desk.may("appraisal.manage")

    def _not_own(self, made: Appraisal) -> None:
        if self.desk.actor.user_id == made.staff_id:
            raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Nobody scores or signs their own appraisal "
                                                               "as the manager.")))

    @staticmethod
    def _items(made: Appraisal) -> list[rules.Item]:
        return [rules.Item(i.weight, i.self_points, i.manager_points) for i in made.items]

    @staticmethod
    def _points(made: Appraisal, points: Mapping[int, object], column: str) -> None:
        errors: dict[str, Message] = {}
        for item in made.items:
            if item.id not in points:
                continue
            value = to_decimal(points[item.id])
            problem = (_msg(QT_TRANSLATE_NOOP("Validation", "Enter a number.")) if value is None
                       else rules.points_problem(value, item.weight))
            if problem is not None:
                errors[f"points{item.id}"] = problem
                continue
            assert value is not None
            setattr(item, column, value.quantize(Decimal("0.1")))
        if errors:
            raise ValidationFailed(errors)

    @staticmethod
    def _grades(s: Session, staff_id: int, upto: date) -> list[str]:
        """The person's grades of the last twelve months up to ``upto``, oldest first (a
        month without a grade breaks a run)."""
        return AppraisalService._grades_of(s, [staff_id], upto).get(staff_id, [])

    @staticmethod
    def _grades_of(s: Session, staff_ids: Sequence[int], upto: date) -> dict[int, list[str]]:
        found: dict[int, dict[date, str]] = {i: {} for i in staff_ids}
        if staff_ids:
            for staff_id, month, grade in s.execute(select(Appraisal.staff_id, Appraisal.month, Appraisal.grade).where(
                    Appraisal.staff_id.in_(staff_ids), Appraisal.month <= upto,
                    Appraisal.month > add_months(upto, -12))):
                found[staff_id][month] = grade
        months = [add_months(upto, -back) for back in range(11, -1, -1)]
        return {i: [rows.get(m, "") or "-" for m in months] for i, rows in found.items()}

    def _view(self, s: Session, made: Appraisal) -> AppraisalView:
        name, role = s.execute(select(Staff.name, Staff.role).where(Staff.id == made.staff_id)).one()
        owners = {i.owner_id for i in made.items if i.owner_id}
        names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(owners))).all()) if owners else {}
        due = rules.figures_due(made.month, int(shop_settings.get(s, "appraisal_figures_day")))
        today = self.clock().astimezone().date()
        items = []
        for i in made.items:
            suggested = None
            if i.kind == "measure" and i.measure in MEASURES and i.actual_value is not None \
                    and i.target_value is not None:
                measure = MEASURES[i.measure]
                share = rules.achieved(i.actual_value, i.target_value, measure.higher_is_better)
                suggested = rules.suggested_points(i.weight, share)
            late = bool(i.owner_id) and (i.entered_at.astimezone().date() > due if i.entered_at is not None
                                         else not i.actual and today > due)
            items.append(ItemView(i.id, i.kind, i.text, i.measure, i.weight, i.target, i.actual, i.self_points,
                                  i.manager_points, suggested, i.owner_id, names.get(i.owner_id or 0, ""), late))
        return AppraisalView(
            made.id, made.version, made.staff_id, name, role, made.month, made.template, made.probation, made.state,
            tuple(items), made.self_total, made.manager_total, made.score, made.grade, made.grade_from_score,
            made.grade_note, made.scored_by, made.employee_signed_at is not None, _name_of(s, made.manager_signed_by),
            _name_of(s, made.head_signed_by), made.appeal, made.appeal_outcome, rules.window(made.month))


def _name_of(s: Session, login: str) -> str:
    """Who signed, by name (their login when they have no staff file)."""
    if not login:
        return ""
    return s.scalar(select(Staff.name).where(Staff.login == login)) or login


def _shown(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.1f}"
