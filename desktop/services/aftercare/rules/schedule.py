"""When follow-up calls are due (DOMAIN.md section 1, step 10), as pure functions: the
first call from the next day and within 72 hours (the shop's window, never later than 7
days), the second 7 to 14 days after the first; an unreached customer is tried again at
another time of day; the questionnaire's scores and what a low one means."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

LATEST_FIRST = 7  # the first call never later than a week after delivery

QUESTIONS: dict[str, str] = {
    "reception": QT_TRANSLATE_NOOP("Questions", "Reception and advice"),
    "quality": QT_TRANSLATE_NOOP("Questions", "Quality of the repair"),
    "timeliness": QT_TRANSLATE_NOOP("Questions", "Ready when promised"),
    "price": QT_TRANSLATE_NOOP("Questions", "Price"),
    "cleanliness": QT_TRANSLATE_NOOP("Questions", "Car returned clean"),
    "recommend": QT_TRANSLATE_NOOP("Questions", "Would recommend us"),
}
# The complaint category a low score on each question files under.
CATEGORY_OF = {"reception": "attitude", "quality": "quality", "timeliness": "time", "price": "price",
               "cleanliness": "other", "recommend": "other"}
MORNING = time(9, 30)
AFTERNOON = time(14, 30)
NOON = time(12, 0)


@dataclass(frozen=True)
class CallRules:
    first_from: int = 1
    first_by: int = 3
    second_from: int = 7
    second_by: int = 14
    attempts: int = 3
    low_score: int = 3
    questions: tuple[str, ...] = tuple(QUESTIONS)

    def problems(self) -> dict[str, Message]:
        """What makes the windows impossible (checked when the shop changes them)."""
        out: dict[str, Message] = {}
        if not 1 <= self.first_from <= self.first_by:
            out["followup_first_from"] = Message(QT_TRANSLATE_NOOP(
                "Validation", "The first call starts on day 1 at the earliest, and not after its last day."))
        if self.first_by > LATEST_FIRST:
            out["followup_first_by"] = Message(QT_TRANSLATE_NOOP(
                "Validation", "The first call is made within 7 days of delivery at the latest."))
        if not 1 <= self.second_from <= self.second_by:
            out["followup_second_from"] = Message(QT_TRANSLATE_NOOP(
                "Validation", "The second call's window must start before it ends."))
        unknown = [q for q in self.questions if q not in QUESTIONS]
        if unknown or not self.questions:
            out["followup_questions"] = Message(QT_TRANSLATE_NOOP("Validation", "Choose at least one question."))
        return out


def first_window(delivered: date, rules: CallRules) -> tuple[date, date]:
    last = min(rules.first_by, LATEST_FIRST)
    return delivered + timedelta(days=min(rules.first_from, last)), delivered + timedelta(days=last)


def second_window(first_call: date, rules: CallRules) -> tuple[date, date]:
    return first_call + timedelta(days=rules.second_from), first_call + timedelta(days=max(rules.second_by,
                                                                                           rules.second_from))


def next_try(at: datetime) -> datetime:
    """An unreached customer is tried at another time of day: a morning call again in the
    afternoon, an afternoon or evening call the next morning (local time, as given)."""
    if at.time() < NOON:
        return datetime.combine(at.date(), AFTERNOON, at.tzinfo)
    return datetime.combine(at.date() + timedelta(days=1), MORNING, at.tzinfo)


def score_problems(scores: Mapping[str, object]) -> dict[str, Message]:
    """Each score is a whole number from 1 to 5, or left out (not asked or not answered)."""
    out: dict[str, Message] = {}
    for key, value in scores.items():
        if key not in QUESTIONS:
            out[key] = Message(QT_TRANSLATE_NOOP("Validation", "There is no such question."))
        elif value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5):
            out[key] = Message(QT_TRANSLATE_NOOP("Validation", "A score is a whole number from 1 to 5."))
    return out


def low_scores(scores: Mapping[str, int | None], threshold: int) -> list[str]:
    """The questions scored below the threshold, lowest first."""
    low = [(v, k) for k, v in scores.items() if v is not None and v < threshold]
    return [k for _v, k in sorted(low)]
