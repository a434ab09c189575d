"""The parts counter (配件): part master, stock ledger, ABC classification, T/S review.

Every change of stock is a movement; on hand is their sum, reserved is what authorized
work orders still wait for, available is the difference.  Cost is moving average: a
receipt re-weighs it, everything else moves at the current cost, so the value of stock at
any date is the sum of its movements' quantity × cost up to that date.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from sqlalchemy import (
    Float,
    Integer,
    Table,
    bindparam,
    func,
    insert,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.models import (
    Part,
    PartClassHistory,
    PartStock,
    StockMovement,
    StockWeek,
    Supplier,
)
from desktop.models.base import utcnow
from desktop.models.parts import week_of
from desktop.services.common import limits
from desktop.services.common.money import to_fen
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, StaleEdit, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.parts.ledger import (
    last_ordered,
    on_hand_of,
    on_order,
    post_receipt,
    reserved_for,
)
from desktop.services.parts.records import AbcRow, PartForm, StockView, Suggestion
from desktop.services.parts.rules import abc, reorder
from desktop.services.system import settings as shop_settings

YEAR = timedelta(days=365)
ZERO = Decimal(0)
_FEN = type_coerce(StockMovement.unit_cost, Integer)  # the stored fen, for sums in SQL


def _yuan(fen: float | None) -> Decimal:
    """A sum of fen (a whole number unless quantities had fractions) as yuan, exactly."""
    if not fen:
        return ZERO
    if fen == int(fen):
        return Decimal(int(fen)).scaleb(-2)
    return Decimal(repr(fen)) / 100


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def _number(value: object, key: str, errors: dict[str, Message], kind: str) -> Decimal:
    """A typed number within its range (``rules.limits``); the reason otherwise."""
    return limits.checked(value, kind, key, errors)


def _days(value: object, key: str, errors: dict[str, Message], low: int = 0) -> int | None:
    """Whole days, or None when left empty (then the default applies)."""
    text = clean(str(value if value is not None else ""))
    if not text:
        return None
    if not text.isdigit() or not low <= int(text) <= 365:
        errors[key] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter whole days from {low} to {high}, or leave it "
                                             "empty for the default."), low=low, high=365)
        return None
    return int(text)


def _service_level(value: object, errors: dict[str, Message]) -> Decimal | None:
    text = clean(str(value if value is not None else "")).rstrip("%").strip()
    if not text:
        return None
    try:
        level = Decimal(text)
    except InvalidOperation:
        level = Decimal(-1)
    if level >= 1:
        level = level / 100
    if not Decimal("0.5") <= level <= Decimal("0.999"):
        errors["service_level"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "Enter a service level from 50 % to 99.9 %, or leave it empty for the class's."))
        return None
    return level.quantize(Decimal("0.0001"))


class PartsService(Service):

    # master data --------------------------------------------------------------------------

    def add_supplier(self, name: str, contact: str = "", phone: str = "", lead_time_days: int = 3) -> int:
        self.require("parts.edit")
        if not clean(name):
            raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP("Validation", "Enter the name."))})
        with writing(self.db, self.user) as s:
            supplier = Supplier(name=clean(name)[:120], contact=clean(contact)[:64], phone=clean(phone)[:32],
                                lead_time_days=max(int(lead_time_days), 0))
            s.add(supplier)
            s.flush()
            return supplier.id

    def receipt_defaults(self, part_id: int) -> tuple[Decimal, int | None]:
        """What a receipt form starts with: the last price paid (the cost if never
        received) and the part's usual supplier."""
        with reading(self.db) as s:
            part = self._part(s, part_id)
            last = s.scalar(select(StockMovement.unit_cost).where(
                StockMovement.part_id == part_id, StockMovement.kind == "receipt")
                .order_by(StockMovement.id.desc()).limit(1))
            return (last if last is not None else part.cost), part.supplier_id

    def suppliers(self) -> list[tuple[int, str]]:
        with reading(self.db) as s:
            return [(i, n) for i, n in s.execute(
                select(Supplier.id, Supplier.name).where(Supplier.active.is_(True)).order_by(Supplier.name))]

    def part_form(self, part_id: int) -> tuple[PartForm, int]:
        """The part's master data as a form, and its version (for the save)."""
        with reading(self.db) as s:
            p = self._part(s, part_id)
            return PartForm(p.number, p.name, p.brand, p.oem, p.unit, p.bin, p.supplier_id, p.lead_time_days,
                            p.pack_size, p.min_order, p.price, p.review_days, p.service_level), p.version

    def save_part(self, form: PartForm, part_id: int | None = None, version: int | None = None) -> StockView:
        self.require("parts.edit")
        errors: dict[str, Message] = {}
        number = clean(form.number).upper().replace(" ", "")
        if not number:
            errors["number"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the part number."))
        if not clean(form.name):
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the name."))
        pack = _number(form.pack_size, "pack_size", errors, "pack_size")
        minimum = _number(form.min_order, "min_order", errors, "min_order")
        price = _number(form.price, "price", errors, "unit_price")
        lead = _days(form.lead_time_days, "lead_time_days", errors)
        review = _days(form.review_days, "review_days", errors, low=1)
        level = _service_level(form.service_level, errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            clash = s.scalar(select(Part.id).where(Part.number == number))
            if clash is not None and clash != part_id:
                raise ValidationFailed({"number": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Part number {number} is already in the catalogue."), number=number)})
            if part_id is None:
                part = Part(number=number)
                s.add(part)
            else:
                found = s.get(Part, part_id)
                if found is None:
                    raise NotFound("part", part_id)
                if version is not None and found.version != version:
                    raise StaleEdit()
                part = found
            part.number = number
            part.name = clean(form.name)[:120]
            part.brand = clean(form.brand)[:64]
            part.oem = form.oem
            part.unit = clean(form.unit)[:16] or "件"
            part.bin = clean(form.bin).upper()[:32]
            part.supplier_id = form.supplier_id
            part.lead_time_days = lead
            part.review_days = review
            part.service_level = level
            part.pack_size, part.min_order, part.price = pack, minimum, price
            s.flush()
            return self._view(s, part)

    # the ledger ---------------------------------------------------------------------------

    def receive(self, part_id: int, quantity: Decimal | str, unit_cost: Decimal | str, reason: str = "",
                supplier_id: int | None = None, delivery_note: str = "") -> StockView:
        """Goods in: the moving average cost takes the new price in by quantity.  The
        supplier and the delivery note's number, when given, are kept with the movement."""
        self.require("parts.receive")
        errors: dict[str, Message] = {}
        qty = _number(quantity, "quantity", errors, "quantity")
        cost = _number(unit_cost, "unit_cost", errors, "unit_cost")
        note = clean(delivery_note)
        if len(note) > 40:
            errors["delivery_note"] = _msg(QT_TRANSLATE_NOOP("Validation", "At most {max} characters."), max=40)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            part = self._part(s, part_id)
            parts_of_reason = [clean(reason)]
            if supplier_id is not None:
                supplier = s.get(Supplier, supplier_id)
                if supplier is None:
                    raise ValidationFailed({"supplier": _msg(QT_TRANSLATE_NOOP("Validation", "Choose the supplier."))})
                parts_of_reason.append(supplier.name)
            if note:
                parts_of_reason.append(f"送货单 {note}")
            post_receipt(s, part, qty, cost, self.user, reason=" ".join(p for p in parts_of_reason if p)[:255])
            s.flush()
            return self._view(s, part)

    def adjust(self, part_id: int, counted: Decimal | str, reason: str) -> StockView:
        """A stock-take: the difference to the count is posted, with its reason."""
        self.require("parts.adjust")
        errors: dict[str, Message] = {}
        count = _number(counted, "quantity", errors, "count")
        if not clean(reason):
            errors["reason"] = _msg(QT_TRANSLATE_NOOP("Validation", "Say why the stock is adjusted."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            part = self._part(s, part_id)
            have = on_hand_of(s, [part.id]).get(part.id, Decimal(0))
            if count != have:
                s.add(StockMovement(part_id=part.id, kind="adjustment", quantity=count - have,
                                    unit_cost=part.cost, reason=clean(reason)[:255], user=self.user))
                audit.record(s, "stock-adjustment", "part", part.id, before=str(have), after=str(count),
                             reason=clean(reason))
            s.flush()
            return self._view(s, part)

    def take_out(self, part_id: int, quantity: Decimal | str, reason: str, kind: str = "write-off") -> StockView:
        """A write-off (damaged, lost) or a return to the supplier."""
        self.require("parts.adjust")
        errors: dict[str, Message] = {}
        qty = _number(quantity, "quantity", errors, "quantity")
        if not clean(reason):
            errors["reason"] = _msg(QT_TRANSLATE_NOOP("Validation", "Give the reason."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            part = self._part(s, part_id)
            have = on_hand_of(s, [part.id]).get(part.id, Decimal(0))
            if qty > have:
                raise ValidationFailed({"quantity": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Only {count} of {part} in stock."), count=have, part=part.number)})
            s.add(StockMovement(part_id=part.id, kind="supplier-return" if kind == "supplier-return" else "write-off",
                                quantity=-qty, unit_cost=part.cost, reason=clean(reason)[:255], user=self.user))
            audit.record(s, kind, "part", part.id, quantity=str(qty), reason=clean(reason))
            s.flush()
            return self._view(s, part)

    # reading ------------------------------------------------------------------------------

    def stock(self, part_id: int) -> StockView:
        with reading(self.db) as s:
            return self._view(s, self._part(s, part_id))

    def stock_list(self) -> list[StockView]:
        """Every part in the catalogue with its stock, by class and number."""
        with reading(self.db) as s:
            parts = list(s.scalars(select(Part).where(Part.archived.is_(False)).order_by(Part.abc_class, Part.number)))
            held = reserved_for(s)
            stock = on_hand_of(s)
            coming = on_order(s)
            return [StockView(p.id, p.number, p.name, p.bin, p.abc_class, stock.get(p.id, Decimal(0)),
                          held.get(p.number, Decimal(0)), stock.get(p.id, Decimal(0)) - held.get(p.number, Decimal(0)),
                              p.cost, p.price, to_fen(stock.get(p.id, Decimal(0)) * p.cost), p.version,
                              coming.get(p.id, Decimal(0)))
                    for p in parts]

    def lookup(self, text: str, limit: int = 12) -> list[StockView]:
        """Parts for a line being typed at the counter (``parts.lookup``)."""
        from desktop.services.parts.lookup import matching_parts

        with reading(self.db) as s:
            return [self._view(s, p) for p in matching_parts(s, text, limit)]

    def find(self, number: str) -> StockView | None:
        with reading(self.db) as s:
            part = s.scalar(select(Part).where(Part.number == clean(number).upper()))
            return self._view(s, part) if part else None

    def stock_value(self, at: datetime | None = None) -> Decimal:
        """The value of the shelves at ``at`` (now by default), from the ledger."""
        with reading(self.db) as s:
            q = select(func.sum(StockMovement.quantity * _FEN))
            if at is not None:
                q = q.where(StockMovement.at <= at)
            return to_fen(Decimal(s.scalar(q) or 0) / 100)  # unit_cost is stored in fen

    # ABC and T/S --------------------------------------------------------------------------

    def consumption(self, s: Session, since: datetime, until: datetime | None = None) -> dict[int, Decimal]:
        """Consumption value per part from the week of ``since`` (to the week of ``until``,
        for a past day's analysis): issues less returns, at cost, from the weekly summaries."""
        return {pid: _yuan(v) for pid, v in self._consumption_fen(s, since, until)}

    def _consumption_fen(self, s: Session, since: datetime, until: datetime | None = None) -> Any:
        q = (select(StockWeek.part_id, func.sum(-type_coerce(StockWeek.value_fen, Float)))
             .where(StockWeek.kind.in_(("issue", "return")), StockWeek.week >= week_of(since))
             .group_by(StockWeek.part_id))
        if until is not None:
            q = q.where(StockWeek.week <= week_of(until))
        return s.connection().execute(q)

    def classify(self, now: datetime | None = None) -> dict[str, int]:
        """Reclassify every part by its last 12 months; each change is kept in its history."""
        now = now or utcnow()
        with writing(self.db, self.user) as s:
            # Ranked in whole fen (cheap to sort; a fraction of a fen never moves a class line).
            value = {pid: round(v or 0) for pid, v in self._consumption_fen(s, now - YEAR)}
            parts = s.connection().execute(select(Part.id, Part.abc_class).where(Part.archived.is_(False))).all()
            classes = abc.classify([(pid, value.get(pid, 0)) for pid, _ in parts], *self._shares(s))
            classes.update(self._pins(s))  # a pinned part keeps its class
            history, counts = [], {"A": 0, "B": 0, "C": 0}
            for pid, old in parts:
                new = classes[pid]
                counts[new] += 1
                if new != old:
                    history.append({"part_id": pid, "abc_class": new,
                                    "value": Decimal(value.get(pid, 0)).scaleb(-2), "at": now})
            shop_settings.put(s, "abc_classified_at", now.isoformat())
            if history:
                table = cast(Table, Part.__table__)
                s.connection().execute(
                    # The monthly reclassification is derived, not an edit: "updated" stays as it was
                    # (the backup reminder counts edits made since the last backup).
                    table.update().where(table.c.id == bindparam("pid"))
                    .values(abc_class=bindparam("cls"), updated_at=table.c.updated_at),
                    [{"pid": h["part_id"], "cls": h["abc_class"]} for h in history])
                s.execute(insert(PartClassHistory), history)
            return counts

    def classify_if_due(self, now: datetime | None = None, days: int = 30) -> dict[str, int] | None:
        """The monthly reclassification: runs when the last one is ``days`` old (or there
        was none and there is consumption to classify by); None when not due."""
        now = now or utcnow()
        with reading(self.db) as s:
            last = shop_settings.get(s, "abc_classified_at")
            moved = s.scalar(select(func.count()).select_from(StockWeek).where(StockWeek.kind == "issue"))
        try:
            due = not last or datetime.fromisoformat(last) <= now - timedelta(days=days)
        except ValueError:
            due = True
        return self.classify(now) if due and moved else None

    def abc_analysis(self, now: datetime | None = None) -> list[AbcRow]:
        """The table behind the Pareto chart: every part ranked by its consumption value
        over the last 12 months, with the class it gets now (the shop's thresholds) and
        the dead-stock flag."""
        past = now is not None and now < utcnow() - timedelta(days=1)
        now = now or utcnow()
        with reading(self.db) as s:
            value = self.consumption(s, now - YEAR, now if past else None)
            parts = s.execute(select(Part.id, Part.number, Part.name, Part.abc_class)
                              .where(Part.archived.is_(False))).all()
            classes = abc.classify([(pid, value.get(pid, Decimal(0))) for pid, *_ in parts], *self._shares(s))
            pins = self._pins(s)
            classes.update(pins)
            reasons = dict(s.execute(select(Part.id, Part.abc_pin_reason).where(Part.abc_pinned.is_not(None))).all())
            picks = self._picks(s, now - YEAR, now if past else None)
            stock = on_hand_of(s)
            moved = set(s.scalars(select(PartStock.part_id).where(PartStock.last_at >= now - YEAR)))
        ranked = sorted(parts, key=lambda r: (-value.get(r[0], Decimal(0)), r[0]))
        total = sum((v for v in value.values() if v > 0), Decimal(0))
        rows, running = [], Decimal(0)
        for pid, number, name, current in ranked:
            v = max(value.get(pid, Decimal(0)), Decimal(0))
            running += v
            on_hand = stock.get(pid, Decimal(0))
            rows.append(AbcRow(pid, number, name, to_fen(v), float(v / total) if total else 0.0,
                               float(running / total) if total else 0.0, classes[pid], on_hand,
                               on_hand > 0 and pid not in moved, current, picks.get(pid, 0),
                               str(reasons.get(pid, "")) if pid in pins else ""))
        return rows

    def _pins(self, s: Session) -> dict[int, str]:
        return {pid: str(cls) for pid, cls in s.execute(
            select(Part.id, Part.abc_pinned).where(Part.abc_pinned.is_not(None), Part.archived.is_(False)))}

    def _picks(self, s: Session, since: datetime, until: datetime | None) -> dict[int, int]:
        """How many times each part was issued (picked for an order) in the period."""
        q = (select(StockWeek.part_id, func.sum(StockWeek.moves))
             .where(StockWeek.kind == "issue", StockWeek.week >= week_of(since)).group_by(StockWeek.part_id))
        if until is not None:
            q = q.where(StockWeek.week <= week_of(until))
        return {pid: int(n or 0) for pid, n in s.execute(q)}

    def pin_class(self, part_id: int, abc_class: str | None, reason: str = "") -> StockView:
        """Pin a part to a class whatever its consumption (safety-critical, on the
        manufacturer's mandatory stock list), with the reason; ``None`` unpins it.  Audited."""
        self.require("parts.edit")
        why = clean(reason)
        if abc_class is not None and abc_class not in ("A", "B", "C"):
            raise ValidationFailed({"abc_class": _msg(QT_TRANSLATE_NOOP("Validation", "Choose A, B or C."))})
        if abc_class is not None and not why:
            raise ValidationFailed({"reason": _msg(QT_TRANSLATE_NOOP(
                "Validation", "Say why this part keeps its class (e.g. safety-critical, the manufacturer's list)."))})
        with writing(self.db, self.user) as s:
            part = self._part(s, part_id)
            part.abc_pinned = abc_class
            part.abc_pin_reason = why[:120] if abc_class is not None else ""
            if abc_class is not None and part.abc_class != abc_class:
                part.abc_class = abc_class
                s.add(PartClassHistory(part_id=part.id, abc_class=abc_class, value=Decimal(0), at=utcnow()))
            audit.record(s, "abc-pin", "part", part.id, abc_class=abc_class or "", reason=why)
            s.flush()
            return self._view(s, part)

    def _shares(self, s: Session) -> tuple[Decimal, Decimal]:
        return shop_settings.get(s, "abc_a_share"), shop_settings.get(s, "abc_b_share")

    def reorder_review(self, now: datetime | None = None, due_only: bool = False) -> list[Suggestion]:
        """Suggested orders for every part by the T/S rule; with ``due_only``, only the
        parts due for review (T days since they were last ordered, or never ordered) that
        have something to order."""
        now = now or utcnow()
        start = now - timedelta(weeks=reorder.WEEKS)
        with reading(self.db) as s:
            parts = s.connection().execute(  # Core: 20,000 plain rows, no ORM loading
                select(Part.id, Part.number, Part.name, Part.abc_class, Part.review_days,
                       type_coerce(Part.service_level, Float), Part.lead_time_days,
                       type_coerce(Part.pack_size, Float), type_coerce(Part.min_order, Float),
                       type_coerce(Part.cost, Integer), Supplier.name, Supplier.lead_time_days)
                .outerjoin(Supplier, Supplier.id == Part.supplier_id)
                .where(Part.archived.is_(False))).all()
            demand = self.weekly_demand(s, start)
            stock = on_hand_of(s)
            reserved = reserved_for(s)
            ordered = on_order(s)
            last = last_ordered(s)
        out = []
        for row in parts:
            pid, number, name, cls, review, level, lead, pack, minimum, cost, supplier, supplier_lead = tuple(row)
            review_days = review or reorder.DEFAULT_REVIEW_DAYS[cls]
            service = level if level is not None else reorder.DEFAULT_SERVICE_LEVEL[cls]
            lead_days = lead if lead is not None else (supplier_lead or 0)
            top = reorder.ceiling(demand.get(pid, reorder.Demand(0, 0, 0)), review_days, lead_days, service)
            on_hand = stock.get(pid, ZERO)
            held = reserved.get(number, ZERO)
            coming = ordered.get(pid, ZERO)
            if top > on_hand + coming - held:  # (plain numbers, Decimal only where an order is due)
                qty = reorder.order_quantity(top, on_hand, coming, held, Decimal(str(pack)), Decimal(str(minimum)))
            else:
                qty = ZERO
            when = last.get(pid)
            due = when is None or when <= now - timedelta(days=review_days)
            if not due_only or (due and qty > 0):
                out.append(Suggestion(pid, number, name, supplier or "", cls, review_days, top, on_hand,
                                      coming, held, qty, Decimal(cost or 0).scaleb(-2), due, when))
        return out

    def weekly_demand(self, s: Session, start: datetime) -> dict[int, reorder.Demand]:
        """Per part, over the weeks after ``start``: the issued quantity per week, summed
        and squared, and the number of issues (one row per part and week in the summary)."""
        qty = type_coerce(StockWeek.quantity, Float)  # statistics: floats, no Decimal per row
        q = (select(StockWeek.part_id, func.sum(-qty), func.sum(qty * qty), func.sum(StockWeek.moves))
             .where(StockWeek.kind == "issue", StockWeek.week > week_of(start))
             .group_by(StockWeek.part_id))
        return {pid: reorder.from_sums(float(total or 0), float(sq or 0), int(n or 0))
                for pid, total, sq, n in cast("list[Any]", s.connection().execute(q).all())}

    # internals ----------------------------------------------------------------------------

    def _part(self, s: Session, part_id: int) -> Part:
        part = s.get(Part, part_id)
        if part is None:
            raise NotFound("part", part_id)
        return part

    def _view(self, s: Session, part: Part) -> StockView:
        on_hand = on_hand_of(s, [part.id]).get(part.id, Decimal(0))
        held = reserved_for(s, [part.number]).get(part.number, Decimal(0))
        return StockView(part.id, part.number, part.name, part.bin, part.abc_class, on_hand, held,
                         on_hand - held, part.cost, part.price, to_fen(on_hand * part.cost), part.version,
                         on_order(s, [part.id]).get(part.id, Decimal(0)))
