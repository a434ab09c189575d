"""What an answer means (DOMAIN.md section 1, step 2 and section 13): a measured value is
read against its item's limits (below or above them needs attention, further is urgent);
a value outside the range a reading can have at all is a typing error, refused; a
technician may raise a finding but a measurement never reads better than its limits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

FINDINGS = ("ok", "attention", "urgent")
RANK = {f: i for i, f in enumerate(FINDINGS)}


@dataclass(frozen=True)
class Limits:
    unit: str = ""
    plausible_min: Decimal | None = None
    plausible_max: Decimal | None = None
    attention_below: Decimal | None = None
    urgent_below: Decimal | None = None
    attention_above: Decimal | None = None
    urgent_above: Decimal | None = None

    def text(self) -> str:
        """The limits as the report prints them: ≥ 3 mm, 210–280 kPa."""
        low, high = self.attention_below, self.attention_above
        unit = f" {self.unit}" if self.unit else ""
        if low is not None and high is not None:
            return f"{_n(low)}–{_n(high)}{unit}"
        if low is not None:
            return f"≥ {_n(low)}{unit}"
        if high is not None:
            return f"≤ {_n(high)}{unit}"
        return ""


def _n(value: Decimal) -> str:
    return f"{value.normalize():f}"


def measured(limits: Limits, value: Decimal) -> str:
    """The finding a reading gives by itself."""
    if (limits.urgent_below is not None and value < limits.urgent_below) or (
            limits.urgent_above is not None and value > limits.urgent_above):
        return "urgent"
    if (limits.attention_below is not None and value < limits.attention_below) or (
            limits.attention_above is not None and value > limits.attention_above):
        return "attention"
    return "ok"


def implausible(limits: Limits, value: Decimal) -> Message | None:
    """A reading no car can give (45 mm of tread): the message, or None."""
    low, high = limits.plausible_min, limits.plausible_max
    if (low is not None and value < low) or (high is not None and value > high):
        return Message(QT_TRANSLATE_NOOP("Validation", "{value} {unit} cannot be right here: a reading lies "
                                         "between {low} and {high} {unit}."),
                       {"value": _n(value), "unit": limits.unit, "low": _n(low) if low is not None else "—",
                        "high": _n(high) if high is not None else "—"})
    return None


def combined(chosen: str, value: Decimal | None, limits: Limits) -> str:
    """The technician's finding, never better than the measurement says."""
    if value is None:
        return chosen
    by_value = measured(limits, value)
    return chosen if RANK[chosen] >= RANK[by_value] else by_value


def result(kind: str, findings: Iterable[str]) -> str:
    """A PDI or a storage check passes only when every point is in order; a maintenance
    inspection is simply done (what it found goes to the customer as proposals)."""
    if kind in ("pdi", "storage"):
        return "pass" if all(f == "ok" for f in findings) else "fail"
    return "done"


def traffic_light(findings: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(FINDINGS, 0)
    for f in findings:
        counts[f] += 1
    return counts
