"""The reception calendar as pure functions (DOMAIN.md section 1, step 1): an advisor's
day is cut into 15-minute slots within the opening hours, less the breaks; after three
booked slots in a row the fourth stays free for walk-ins and overruns (9:00, 9:15, 9:30,
then 10:00), unless the advisor books it on purpose (an override, recorded)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

SLOT = timedelta(minutes=15)


@dataclass(frozen=True)
class Hours:
    """Opening hours and breaks of the reception (local times)."""

    opens: time = time(8, 30)
    closes: time = time(17, 30)
    breaks: tuple[tuple[time, time], ...] = ((time(12, 0), time(13, 30)),)
    buffer_after: int = 3  # booked slots in a row before one stays free

    def minutes_open(self) -> int:
        total = _minutes(self.closes) - _minutes(self.opens)
        return total - sum(max(0, _minutes(b) - _minutes(a)) for a, b in self.breaks)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def parse_hours(opening: str, breaks: str, buffer_after: int = 3) -> Hours | None:
    """"08:30-17:30" and "12:00-13:30, …" as typed in the settings; None when unreadable."""
    def span(text: str) -> tuple[time, time] | None:
        try:
            first, last = (time.fromisoformat(p.strip()) for p in text.replace("–", "-").split("-"))
        except ValueError:
            return None
        return (first, last) if first < last else None

    opened = span(opening)
    if opened is None:
        return None
    pauses = []
    for part in breaks.replace("，", ",").split(","):
        if part.strip():
            pause = span(part)
            if pause is None or not (opened[0] <= pause[0] and pause[1] <= opened[1]):
                return None
            pauses.append(pause)
    return Hours(opened[0], opened[1], tuple(sorted(pauses)), buffer_after)


def day_slots(day: date, hours: Hours) -> list[time]:
    """The start of every 15-minute slot of the day, breaks left out."""
    out = []
    at = datetime.combine(day, hours.opens)
    end = datetime.combine(day, hours.closes)
    while at + SLOT <= end:
        t = at.time()
        if not any(a <= t < b or (t < a < (at + SLOT).time()) for a, b in hours.breaks):
            out.append(t)
        at += SLOT
    return out


def run_with(booked: Collection[time], slot: time, slots: Sequence[time]) -> int:
    """How many slots in a row would be booked around ``slot`` once it is booked (slots
    across a break are not in a row)."""
    index = {t: i for i, t in enumerate(slots)}
    if slot not in index:
        return 1
    taken = set(booked) | {slot}

    def adjacent(a: time, b: time) -> bool:
        return _minutes(b) - _minutes(a) == 15

    count = 1
    i = index[slot]
    while i > 0 and slots[i - 1] in taken and adjacent(slots[i - 1], slots[i]):
        count += 1
        i -= 1
    i = index[slot]
    while i + 1 < len(slots) and slots[i + 1] in taken and adjacent(slots[i], slots[i + 1]):
        count += 1
        i += 1
    return count


def needs_override(booked: Collection[time], slot: time, slots: Sequence[time], buffer_after: int) -> bool:
    """Booking ``slot`` would make more than ``buffer_after`` booked slots in a row."""
    return run_with(booked, slot, slots) > buffer_after


def buffer_slots(booked: Collection[time], slots: Sequence[time], buffer_after: int) -> set[time]:
    """The free slots kept for walk-ins: booking any of them needs an override."""
    return {t for t in slots if t not in booked and needs_override(booked, t, slots, buffer_after)}


def slot_problem(at: datetime, now: datetime, hours: Hours, work_minutes: int) -> tuple[str, Message] | None:
    """Why an appointment cannot be at ``at`` (local, aware): in the past, outside the
    reception's hours, or with more work than the day holds.  None: it can."""
    if at < now:
        return "slot", Message(QT_TRANSLATE_NOOP("Validation", "That time has passed; choose a later slot."))
    if at.time() not in day_slots(at.date(), hours):
        return "slot", Message(QT_TRANSLATE_NOOP(
            "Validation", "Reception takes appointments from {opens} to {closes}, not in a break, every 15 minutes."),
            {"opens": hours.opens.strftime("%H:%M"), "closes": hours.closes.strftime("%H:%M")})
    if work_minutes > hours.minutes_open():
        return "duration", Message(QT_TRANSLATE_NOOP(
            "Validation", "The planned work takes longer than the workshop's day ({hours} h)."),
            {"hours": f"{hours.minutes_open() / 60:g}"})
    return None
