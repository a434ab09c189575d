"""The appraisal's arithmetic: grade bands at their edges, the weights, an item's points
from what was achieved, the total with the manager's share, the team's distribution, the
averages, the scoring window past a weekend, the actions a run of grades calls for, and
the grade's effect on pay."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.kpi.rules import appraisal as rules
from desktop.services.kpi.rules.appraisal import Item


def test_grade_bands_at_their_edges() -> None:
    cases = {"150": "A", "120": "A", "119.9": "B", "105": "B", "104.9": "C", "90": "C", "89.9": "D", "70": "D",
             "69.9": "E", "0": "E"}
    for score, expected in cases.items():
        assert rules.grade(Decimal(score)) == expected, score
    shifted = {"A": Decimal(110), "B": Decimal(100), "C": Decimal(85), "D": Decimal(60)}
    assert rules.grade(Decimal(110), shifted) == "A" and rules.grade(Decimal(60), shifted) == "D"
    assert rules.bands_problem(rules.BANDS) is None
    assert rules.bands_problem({"A": Decimal(100), "B": Decimal(105), "C": Decimal(90), "D": Decimal(70)})


@given(st.decimals(min_value=0, max_value=150, places=1))
def test_every_score_has_exactly_one_grade_and_higher_never_grades_lower(score: Decimal) -> None:
    g = rules.grade(score)
    assert g in rules.GRADES
    assert rules.GRADES.index(rules.grade(score + Decimal("0.1"))) <= rules.GRADES.index(g)


def test_items_weights_points_and_totals() -> None:
    assert rules.items_problem([40, 30, 30]) is None
    assert rules.items_problem([50, 50]) is not None  # fewer than 3
    assert rules.items_problem([10] * 9) is not None  # more than 8
    assert "90" in rules.items_problem([40, 30, 20]).render()  # type: ignore[union-attr]
    assert rules.points_problem(Decimal(45), 30) is None and rules.points_problem(Decimal("45.1"), 30) is not None
    assert rules.achieved(Decimal(110), Decimal(100), True) == Decimal("1.1")
    assert rules.achieved(Decimal(200), Decimal(100), True) == Decimal("1.5")  # capped
    assert rules.achieved(Decimal(6), Decimal(3), False) == Decimal("0.5")  # twice the allowed rework rate
    assert rules.achieved(Decimal(0), Decimal(3), False) == Decimal("1.5")  # no comebacks at all
    assert rules.achieved(None, Decimal(3), False) is None
    assert rules.suggested_points(30, Decimal("1.1")) == Decimal("33.0")
    items = [Item(40, Decimal(40), Decimal(44)), Item(30, Decimal(30), Decimal(36)), Item(30, Decimal(25), Decimal(30))]
    assert rules.total(items) == (Decimal(95), Decimal(110), Decimal("110.0"))
    assert rules.total(items, Decimal(70))[2] == Decimal("105.5")  # 70 % the manager's, 30 % the self-score
    assert rules.total([Item(40, Decimal(40)), *items[1:]])[1:] == (None, None)  # the manager has not scored all


def test_distribution_averages_and_window() -> None:
    spread = rules.distribution(["A", "B", "C", "C", "C", "C", "C", "C", "D", "E"])
    assert spread["C"] == (6, Decimal("60.0")) and spread["A"] == (1, Decimal("10.0"))
    assert rules.distribution([])["A"] == (0, Decimal(0))
    assert rules.average([Decimal(100), Decimal(110), Decimal(121)]) == Decimal("110.3")
    assert rules.average([]) is None
    assert rules.window(date(2026, 10, 15)) == (date(2026, 11, 1), date(2026, 11, 9))  # the 7th is a Saturday
    assert rules.window(date(2026, 11, 30)) == (date(2026, 12, 1), date(2026, 12, 7))  # a Monday


def test_the_actions_a_run_of_grades_calls_for() -> None:
    assert rules.due_action(["C", "A", "A", "A"]) == "award"
    assert rules.due_action(["A", "A"]) is None
    assert rules.due_action(["A"] * 6) == "award" and rules.due_action(["A"] * 4) is None
    assert rules.due_action(["C", "D", "D"]) == "plan"
    assert rules.due_action(["D", "D", "D"]) is None  # the plan is running
    assert rules.due_action(["D", "D", "D", "D"]) == "warning_d"  # it did not help
    assert rules.due_action(["E", "E"]) == "warning_e"
    assert rules.due_action(["E", "D"]) is None and rules.due_action([]) is None


def test_the_grade_s_effect_on_pay() -> None:
    factors = {"A": Decimal("1.2"), "B": Decimal("1.1"), "C": Decimal(1), "D": Decimal("0.8"), "E": Decimal("0.5")}
    assert rules.pay(Decimal(10000), "A", Decimal(30), factors) == Decimal("10600.00")
    assert rules.pay(Decimal(10000), "C", Decimal(30), factors) == Decimal("10000.00")
    assert rules.pay(Decimal(10000), "E", Decimal(40), factors) == Decimal("8000.00")
