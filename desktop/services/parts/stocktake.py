"""Stock-take (盘点): count sheets by bin, counts entered as they come, differences posted
as adjustments in one action.

A sheet lists the parts that are due (A parts are counted more often than B, B than C:
the intervals are shop settings) or every part in some bins, in bin order so the counter
walks the shelves once.  Counting freezes nothing: each count keeps the moment it was
entered, and the difference posted is the count minus what the ledger held at that
moment.  Issues and receipts after the count are thus neither lost nor counted twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Part, StockCount, StockCountLine, StockMovement
from desktop.models.base import utcnow
from desktop.services.common import limits
from desktop.services.common.spreadsheet import safe_writer
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, StaleEdit, ValidationFailed
from desktop.services.core.files import replacing
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import format_number, next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.parts.ledger import on_hand_at, on_hand_of
from desktop.services.system import settings as shop_settings

PREFIX = "ST"


@dataclass(frozen=True)
class CountLineView:
    id: int
    part_id: int
    bin: str
    number: str
    name: str
    abc_class: str
    unit: str
    expected: Decimal
    counted: Decimal | None
    difference: Decimal | None


@dataclass(frozen=True)
class CountView:
    id: int
    number: str
    version: int
    state: str
    scope: str
    created_at: datetime
    lines: tuple[CountLineView, ...]

    @property
    def counted(self) -> int:
        return sum(1 for x in self.lines if x.counted is not None)


class StockTakeService(Service):

    def start(self, bins: str = "", due_only: bool = True, now: datetime | None = None) -> CountView:
        """A new count sheet: the parts in the bins starting with ``bins`` (all bins when
        empty), only those due for counting by their class when ``due_only``."""
        self.require("parts.count")
        now = now or utcnow()
        prefix = clean(bins).upper()
        with writing(self.db, self.user) as s:
            q = select(Part).where(Part.archived.is_(False))
            if prefix:
                q = q.where(Part.bin.startswith(prefix, autoescape=True))
            parts = list(s.scalars(q.order_by(Part.bin, Part.number)))
            stock = on_hand_of(s, [p.id for p in parts])
            if due_only:
                last = dict(s.execute(
                    select(StockCountLine.part_id, func.max(StockCountLine.counted_at))
                    .join(StockCount).where(StockCount.state == "posted").group_by(StockCountLine.part_id)).all())
                days = {c: int(shop_settings.get(s, f"count_days_{c.lower()}")) for c in "ABC"}

                def due(p: Part) -> bool:
                    seen = last.get(p.id)
                    if seen is None:  # never counted: due if it has stock or ever moved
                        return stock.get(p.id) is not None
                    return bool(seen <= now - timedelta(days=days.get(p.abc_class, 365)))

                parts = [p for p in parts if due(p)]
            if not parts:
                raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "No part is due for counting there.")))
            year = now.astimezone().year
            count = StockCount(number=format_number(PREFIX, year, next_number(s, f"{PREFIX}{year}")),
                               scope=(prefix or "*") + (" · due" if due_only else ""))
            s.add(count)
            s.flush()
            s.add_all(StockCountLine(stock_count_id=count.id, part_id=p.id, bin=p.bin,
                                     expected=stock.get(p.id, Decimal(0))) for p in parts)
            s.flush()
            return self._view(s, count)

    def sheet(self, count_id: int) -> CountView:
        with reading(self.db) as s:
            return self._view(s, self._count(s, count_id))

    def open_counts(self) -> list[CountView]:
        with reading(self.db) as s:
            return [self._view(s, c) for c in s.scalars(
                select(StockCount).where(StockCount.state == "open").order_by(StockCount.id))]

    def enter(self, count_id: int, counts: Mapping[int, Decimal | str | None], now: datetime | None = None) -> CountView:
        """Counts for some lines (line id → quantity; None or empty clears a count).  Each
        count is stamped with the moment it was entered."""
        self.require("parts.count")
        now = now or utcnow()
        errors: dict[str, Message] = {}
        clean_counts: dict[int, Decimal | None] = {}
        for line_id, raw in counts.items():
            text = clean(str(raw if raw is not None else ""))
            if not text:
                clean_counts[line_id] = None
                continue
            clean_counts[line_id] = limits.checked(text, "count", f"line{line_id}", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            count = self._open(s, count_id)
            lines = {x.id: x for x in s.scalars(select(StockCountLine).where(
                StockCountLine.stock_count_id == count.id, StockCountLine.id.in_(list(clean_counts))))}
            for line_id, entered in clean_counts.items():
                line = lines.get(line_id)
                if line is None:
                    raise NotFound("count line", line_id)
                if entered != line.counted:
                    line.counted = entered
                    line.counted_at = None if entered is None else now
            s.flush()
            return self._view(s, count)

    def post(self, count_id: int, version: int, reason: str) -> CountView:
        """Post every counted line's difference to the ledger as an adjustment, in one
        transaction; lines not counted are left as they are."""
        self.require("parts.adjust")
        if not clean(reason):
            raise ValidationFailed({"reason": Message(QT_TRANSLATE_NOOP(
                "Validation", "Say why the stock is adjusted."))})
        with writing(self.db, self.user) as s:
            count = self._open(s, count_id, version)
            lines = [x for x in s.scalars(select(StockCountLine).where(StockCountLine.stock_count_id == count.id))
                     if x.counted is not None]
            if not lines:
                raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "Nothing has been counted on this sheet.")))
            parts = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_([x.part_id for x in lines])))}
            why = f"{count.number}: {clean(reason)}"[:255]
            for line in lines:
                assert line.counted is not None and line.counted_at is not None
                held = on_hand_at(s, [line.part_id], line.counted_at).get(line.part_id, Decimal(0))
                line.difference = line.counted - held
                if line.difference:
                    part = parts[line.part_id]
                    s.add(StockMovement(part_id=part.id, kind="adjustment", quantity=line.difference,
                                        unit_cost=part.cost, reason=why, user=self.user))
            count.state, count.reason, count.posted_at = "posted", clean(reason)[:255], utcnow()
            changed = [x for x in lines if x.difference]
            audit.record(s, "stock-take", "stock_count", count.id, lines=len(lines), differences=len(changed),
                         reason=clean(reason))
            s.flush()
            return self._view(s, count)

    def cancel(self, count_id: int, version: int) -> CountView:
        self.require("parts.count")
        with writing(self.db, self.user) as s:
            count = self._open(s, count_id, version)
            count.state = "cancelled"
            s.flush()
            return self._view(s, count)

    def export_sheet(self, count_id: int, path: Path, blind: bool = True) -> int:
        """The count sheet as CSV (Excel opens it), in bin order, with an empty column to
        write the count in.  A blind sheet leaves out the expected quantity, so the
        counter counts what is there rather than confirming a number."""
        view = self.sheet(count_id)
        with replacing(path) as handle:
            writer = safe_writer(handle)
            writer.writerow([view.number, view.scope, view.created_at.astimezone().strftime("%Y-%m-%d %H:%M")])
            head = ["库位", "配件号", "名称", "ABC", "单位"] + ([] if blind else ["账面"]) + ["实盘"]
            writer.writerow(head)
            for x in view.lines:
                writer.writerow([x.bin, x.number, x.name, x.abc_class, x.unit]
                                + ([] if blind else [str(x.expected)]) + [""])
        return len(view.lines)

    # internals ----------------------------------------------------------------------------

    def _count(self, s: Session, count_id: int) -> StockCount:
        count = s.get(StockCount, count_id)
        if count is None:
            raise NotFound("stock count", count_id)
        return count

    def _open(self, s: Session, count_id: int, version: int | None = None) -> StockCount:
        count = self._count(s, count_id)
        if version is not None and count.version != version:
            raise StaleEdit()
        if count.state != "open":
            raise Refused(Message(QT_TRANSLATE_NOOP("Validation", "This count sheet is posted or cancelled.")))
        return count

    def _view(self, s: Session, count: StockCount) -> CountView:
        rows = s.execute(
            select(StockCountLine, Part.number, Part.name, Part.abc_class, Part.unit)
            .join(Part, Part.id == StockCountLine.part_id)
            .where(StockCountLine.stock_count_id == count.id).order_by(StockCountLine.bin, Part.number)).all()
        return CountView(count.id, count.number, count.version, count.state, count.scope,
                         count.created_at or datetime.now(UTC),
                         tuple(CountLineView(x.id, x.part_id, x.bin, number, name, cls, unit, x.expected,
                                             x.counted, x.difference) for x, number, name, cls, unit in rows))
