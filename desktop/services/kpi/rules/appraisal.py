"""Staff appraisal (绩效考核, DOMAIN.md section 7), pure: the month's items and their weights,
an item's points from its achievement, the total, the grade bands, the team's distribution
beside the guide, the averages of a quarter and a year, the scoring window, and the actions
a run of grades calls for (shown to the manager, never taken by the program).

Each item has a weight (the weights add up to 100); it earns its weight times what was
achieved, up to 150 % of it, so a month's score runs from 0 to 150 and 100 means every
goal met exactly.  Grades: A from 120, B from 105, C from 90, D from 70, E below (a score
on an edge takes the higher grade; the bands are settings)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.services.common.dates import add_months
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

GRADES = ("A", "B", "C", "D", "E")
BANDS = {"A": Decimal(120), "B": Decimal(105), "C": Decimal(90), "D": Decimal(70)}  # E below D
GUIDE = {"A": 5, "B": 20, "C": 60, "D": 10, "E": 5}  # the guide distribution, %
MAX_ACHIEVED = Decimal("1.5")  # an item earns at most 150 % of its weight
MIN_ITEMS, MAX_ITEMS = 3, 8
WINDOW_DAYS = 7  # scored between the 1st and the 7th, moved past a weekend
# Functional staff (not customer-facing) are scored on these instead of the job's measures.
FUNCTIONAL = (
    (QT_TRANSLATE_NOOP("Appraisal", "Internal satisfaction (内部满意度)"), 40),
    (QT_TRANSLATE_NOOP("Appraisal", "Discipline (工作纪律)"), 30),
    (QT_TRANSLATE_NOOP("Appraisal", "Attendance (出勤)"), 30),
)
# The job's measures the program fills in from the records, per role: (measure, weight).
FROM_RECORDS = {
    "advisor": (("revenue_per_order", 30), ("orders", 30), ("complaint_rate", 20)),
    "technician": (("productivity", 30), ("efficiency", 20), ("rework_rate", 30)),
    "inspector": (("rework_rate", 40), ("first_time_fix", 30)),
    "foreman": (("on_time", 30), ("rework_rate", 30), ("efficiency", 20)),
}


@dataclass(frozen=True)
class Item:
    weight: int
    self_points: Decimal | None = None
    manager_points: Decimal | None = None


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def items_problem(weights: Sequence[int]) -> Message | None:
    """3 to 8 items whose weights (each 1-100) add up to 100."""
    if not MIN_ITEMS <= len(weights) <= MAX_ITEMS:
        return _msg(QT_TRANSLATE_NOOP("Validation", "An appraisal has 3 to 8 goals and measures ({count} now)."),
                    count=len(weights))
    if any(not 1 <= w <= 100 for w in weights):
        return _msg(QT_TRANSLATE_NOOP("Validation", "Each weight is from 1 to 100."))
    if sum(weights) != 100:
        return _msg(QT_TRANSLATE_NOOP("Validation", "The weights add up to {total}, not 100."), total=sum(weights))
    return None


def points_problem(points: Decimal, weight: int) -> Message | None:
    """An item's points: from 0 to 150 % of its weight."""
    top = (Decimal(weight) * MAX_ACHIEVED).quantize(Decimal("0.1"))
    if not Decimal(0) <= points <= top:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Points from 0 to {top} for a weight of {weight}."),
                    top=top, weight=weight)
    return None


def achieved(figure: Decimal | None, target: Decimal | None, higher_is_better: bool) -> Decimal | None:
    """How much of a measure's target was reached (1 = exactly), capped at 150 %; None
    when there is no figure or no target to hold it to."""
    if figure is None or target is None:
        return None
    if higher_is_better:
        share = figure / target if target else Decimal(MAX_ACHIEVED)
    else:  # lower is better: half the allowed rework rate is 200 %, capped
        share = target / figure if figure else MAX_ACHIEVED
    return min(max(share, Decimal(0)), MAX_ACHIEVED)


def suggested_points(weight: int, share: Decimal | None) -> Decimal | None:
    """The points a measure from the records suggests: its weight times what was achieved."""
    if share is None:
        return None
    return (Decimal(weight) * share).quantize(Decimal("0.1"), ROUND_HALF_UP)


def total(items: Sequence[Item], manager_share: Decimal = Decimal(100)) -> tuple[Decimal | None, Decimal | None,
                                                                                  Decimal | None]:
    """(self, manager, final): the final score is the manager's, or a mix of the two by the
    manager's share in % (a setting); None until every item is scored."""
    own = [i.self_points for i in items]
    theirs = [i.manager_points for i in items]
    self_total = sum((p for p in own if p is not None), Decimal(0)) if items and None not in own else None
    manager_total = sum((p for p in theirs if p is not None), Decimal(0)) if items and None not in theirs else None
    if manager_total is None:
        return self_total, None, None
    if manager_share >= 100 or self_total is None:
        final = manager_total
    else:
        final = (manager_total * manager_share + self_total * (100 - manager_share)) / 100
    return self_total, manager_total, final.quantize(Decimal("0.1"), ROUND_HALF_UP)


def grade(score: Decimal, bands: Mapping[str, Decimal] = BANDS) -> str:
    """The grade of a score: an edge takes the higher grade (exactly 120 is an A)."""
    for name in ("A", "B", "C", "D"):
        if score >= bands[name]:
            return name
    return "E"


def bands_problem(bands: Mapping[str, Decimal]) -> Message | None:
    """The bands must fall from A to D."""
    values = [bands[g] for g in ("A", "B", "C", "D")]
    if any(b <= a for a, b in zip(values[1:], values, strict=False)) or values[-1] < 0:
        return _msg(QT_TRANSLATE_NOOP("Validation", "The grade bands must fall from A to D (e.g. 120, 105, 90, 70)."))
    return None


def distribution(grades: Sequence[str]) -> dict[str, tuple[int, Decimal]]:
    """Per grade: how many, and their share in % (to set beside the guide)."""
    n = len(grades)
    return {g: (grades.count(g), (Decimal(grades.count(g) * 100) / n).quantize(Decimal("0.1")) if n else Decimal(0))
            for g in GRADES}


def average(scores: Sequence[Decimal]) -> Decimal | None:
    """A quarter's or a year's score: the average of its graded months."""
    if not scores:
        return None
    return (sum(scores, Decimal(0)) / len(scores)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def window(month: date) -> tuple[date, date]:
    """When a month is scored: from the 1st to the 7th of the next month, the end moved to
    the Monday when it falls on a weekend."""
    first = add_months(month.replace(day=1), 1)
    last = first + timedelta(days=WINDOW_DAYS - 1)
    while last.weekday() >= 5:
        last += timedelta(days=1)
    return first, last


def figures_due(month: date, day: int) -> date:
    """The day the owners enter a month's figures by: that day of the scoring window (the
    3rd by default), moved past a weekend, never after the window's last day."""
    first, last = window(month)
    due = first + timedelta(days=max(min(day, WINDOW_DAYS), 1) - 1)
    while due.weekday() >= 5:
        due += timedelta(days=1)
    return min(due, last)


DUE_ACTIONS = {
    "award": QT_TRANSLATE_NOOP("Appraisal", "Three A months in a row: an award is due."),
    "plan": QT_TRANSLATE_NOOP("Appraisal", "Two D months in a row: an improvement plan is due."),
    "warning_d": QT_TRANSLATE_NOOP("Appraisal", "D again after an improvement plan: a warning is due."),
    "warning_e": QT_TRANSLATE_NOOP("Appraisal", "Two E months in a row: a warning is due."),
}


def due_action(grades: Sequence[str]) -> str | None:
    """What the latest run of monthly grades (oldest first, the month just scored last)
    calls for: three As, two Ds (a plan; a warning when the Ds run on past the plan, four
    in a row), two Es.  None when nothing is due."""
    run: list[str] = []
    for g in reversed(grades):
        if run and g != run[0]:
            break
        run.append(g)
    if not run:
        return None
    g, n = run[0], len(run)
    if g == "A" and n >= 3 and n % 3 == 0:
        return "award"
    if g == "D" and n >= 4 and n % 2 == 0:
        return "warning_d"
    if g == "D" and n == 2:
        return "plan"
    if g == "E" and n >= 2 and n % 2 == 0:
        return "warning_e"
    return None


def pay(commission: Decimal, grade_: str, share_pct: Decimal, factors: Mapping[str, Decimal]) -> Decimal:
    """The commission after the grade: the performance share (e.g. 30 %) times the grade's
    factor, the rest as it was.  For the payroll the shop already runs."""
    share = commission * share_pct / 100
    return (commission - share + share * factors[grade_]).quantize(Decimal("0.01"), ROUND_HALF_UP)
