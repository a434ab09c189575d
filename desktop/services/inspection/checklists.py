"""The shop's checklists: the shipped ones are written on first use; the shop adds its
own, adds, changes and removes points (a point already answered on a car is kept: it
is retired from the list by removing it only while unused), and retires a list."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Checklist, ChecklistItem, InspectionAnswer, LabourOperation
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.inspection.records import ChecklistView, ItemForm, ItemView
from desktop.services.inspection.rules.defaults import SHIPPED
from desktop.services.inspection.rules.findings import Limits

KINDS = ("inspection", "pdi", "storage")
ANSWERS = ("status", "measure", "note", "photo")
NUMBER_FIELDS = ("plausible_min", "plausible_max", "attention_below", "urgent_below", "attention_above",
                 "urgent_above")


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def _d(text: str | None) -> Decimal | None:
    return Decimal(text) if text else None


def seed(s: Session) -> None:
    """Write the shipped checklists into a shop that has none."""
    if s.scalar(select(func.count()).select_from(Checklist)):
        return
    for name, kind, specs in SHIPPED:
        checklist = Checklist(name=name, kind=kind)
        for position, x in enumerate(specs):
            low, high = x.plausible or (None, None)
            checklist.items.append(ChecklistItem(
                position=position, area=x.area, label=x.label, answer=x.answer, unit=x.unit,
                plausible_min=_d(low), plausible_max=_d(high), attention_below=_d(x.attention_below),
                urgent_below=_d(x.urgent_below), attention_above=_d(x.attention_above),
                urgent_above=_d(x.urgent_above), operation_code=x.operation, part_number=x.part,
                part_qty=Decimal(x.qty)))
        s.add(checklist)
    s.flush()


def limits_of(item: ChecklistItem) -> Limits:
    return Limits(item.unit, item.plausible_min, item.plausible_max, item.attention_below, item.urgent_below,
                  item.attention_above, item.urgent_above)


def item_view(x: ChecklistItem) -> ItemView:
    return ItemView(x.id, x.position, x.area, x.label, x.answer, limits_of(x), x.operation_code, x.part_number,
                    x.part_qty)


def checklist_view(c: Checklist) -> ChecklistView:
    return ChecklistView(c.id, c.name, c.kind, c.active, tuple(item_view(x) for x in c.items))


def check_item(form: ItemForm) -> tuple[dict[str, object], dict[str, Message]]:
    errors: dict[str, Message] = {}
    values: dict[str, object] = {"area": clean(form.area)[:40], "label": clean(form.label)[:80],
                                 "answer": form.answer, "unit": clean(form.unit)[:12],
                                 "operation_code": clean(form.operation_code).upper()[:20],
                                 "part_number": clean(form.part_number).upper()[:40]}
    if not values["area"]:
        errors["area"] = _msg(QT_TRANSLATE_NOOP("Validation", "Which area of the car?"))
    if not values["label"]:
        errors["label"] = _msg(QT_TRANSLATE_NOOP("Validation", "What is checked?"))
    if form.answer not in ANSWERS:
        errors["answer"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the kind of answer."))
    for key in (*NUMBER_FIELDS, "part_qty"):
        text = clean(str(getattr(form, key) or "")).replace("，", ".")
        try:
            number = Decimal(text) if text else None
        except InvalidOperation:
            number = None
            errors[key] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number."))
        if number is not None and (not number.is_finite() or abs(number) >= Decimal("100000000")):
            errors[key] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter a number."))
            number = None
        values[key] = number
    if values["part_qty"] is None or (isinstance(values["part_qty"], Decimal) and values["part_qty"] <= 0):
        values["part_qty"] = Decimal(1)
    low, high = values["plausible_min"], values["plausible_max"]
    if form.answer == "measure":
        if low is None or high is None or not low < high:  # type: ignore[operator]
            errors["plausible_max"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "A measured point needs the range a reading can have (lowest below highest)."))
        if not values["unit"]:
            errors["unit"] = _msg(QT_TRANSLATE_NOOP("Validation", "In which unit is it measured?"))
    return values, errors


class ChecklistService(Service):

    def checklists(self, kind: str | None = None, *, active_only: bool = True) -> list[ChecklistView]:
        with reading(self.db) as s:
            empty = not s.scalar(select(func.count()).select_from(Checklist))
        if empty:
            with writing(self.db, self.user) as s:
                seed(s)
        with reading(self.db) as s:
            q = select(Checklist).order_by(Checklist.kind, Checklist.name)
            if kind:
                q = q.where(Checklist.kind == kind)
            if active_only:
                q = q.where(Checklist.active.is_(True))
            return [checklist_view(c) for c in s.scalars(q)]

    def checklist(self, checklist_id: int) -> ChecklistView:
        with reading(self.db) as s:
            c = s.get(Checklist, checklist_id)
            if c is None:
                raise NotFound("checklist", checklist_id)
            return checklist_view(c)

    def create(self, name: str, kind: str) -> int:
        self.require("settings.edit")
        name = clean(name)[:60]
        if not name:
            raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP("Validation", "Name the checklist."))})
        if kind not in KINDS:
            raise ValidationFailed({"kind": _msg(QT_TRANSLATE_NOOP("Validation", "Choose what the checklist is for."))})
        with writing(self.db, self.user) as s:
            if s.scalar(select(Checklist.id).where(Checklist.name == name)) is not None:
                raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "A checklist of that name exists already."))})
            c = Checklist(name=name, kind=kind)
            s.add(c)
            s.flush()
            audit.record(s, "checklist-create", "checklist", c.id, name=name, kind=kind)
            return c.id

    def save_item(self, checklist_id: int, form: ItemForm, item_id: int | None = None) -> ChecklistView:
        """Add a point at the end, or change one."""
        self.require("settings.edit")
        values, errors = check_item(form)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            c = s.get(Checklist, checklist_id)
            if c is None:
                raise NotFound("checklist", checklist_id)
            code = values["operation_code"]
            if code and s.scalar(select(LabourOperation.id).where(LabourOperation.code == code)) is None:
                raise ValidationFailed({"operation_code": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "No labour operation has the code {code}."), code=code)})
            if item_id is None:
                c.items.append(ChecklistItem(position=max((x.position for x in c.items), default=-1) + 1, **values))
            else:
                item = next((x for x in c.items if x.id == item_id), None)
                if item is None:
                    raise NotFound("checklist item", item_id)
                for key, value in values.items():
                    setattr(item, key, value)
            s.flush()
            audit.record(s, "checklist-item", "checklist", c.id, label=values["label"])
            return checklist_view(c)

    def remove_item(self, checklist_id: int, item_id: int) -> ChecklistView:
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            c = s.get(Checklist, checklist_id)
            item = next((x for x in c.items if x.id == item_id), None) if c else None
            if c is None or item is None:
                raise NotFound("checklist item", item_id)
            if s.scalar(select(InspectionAnswer.id).where(InspectionAnswer.item_id == item_id).limit(1)):
                raise Refused(_msg(QT_TRANSLATE_NOOP(
                    "Validation", "Cars have been checked on this point: it stays, so their sheets stay whole. "
                    "Make a new checklist without it instead.")))
            c.items.remove(item)
            s.flush()
            audit.record(s, "checklist-item-remove", "checklist", c.id, label=item.label)
            return checklist_view(c)

    def set_active(self, checklist_id: int, active: bool) -> None:
        self.require("settings.edit")
        with writing(self.db, self.user) as s:
            c = s.get(Checklist, checklist_id)
            if c is None:
                raise NotFound("checklist", checklist_id)
            c.active = active
            audit.record(s, "checklist-active", "checklist", c.id, active=active)
