"""The insurers the shop works with (master data): company and branch, the contact, the
assessors with their phones, and how many days they take to pay."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.models import Insurer, InsurerAssessor
from desktop.services.common.limits import checked_int
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Insurance")


@dataclass(frozen=True)
class InsurerForm:
    name: str
    branch: str = ""
    contact: str = ""
    phone: str = ""
    payment_days: int | str = 30
    assessors: tuple[tuple[str, str], ...] = ()  # (name, phone)


@dataclass(frozen=True)
class InsurerRow:
    id: int
    name: str
    branch: str
    contact: str
    phone: str
    payment_days: int
    active: bool
    assessors: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return f"{self.name} {self.branch}".strip()


class InsurerService(Service):

    def insurers(self, active_only: bool = True) -> list[InsurerRow]:
        with reading(self.db) as s:
            q = select(Insurer).order_by(Insurer.name, Insurer.branch)
            if active_only:
                q = q.where(Insurer.active.is_(True))
            return [InsurerRow(i.id, i.name, i.branch, i.contact, i.phone, i.payment_days, i.active,
                               tuple((a.name, a.phone) for a in i.assessors)) for i in s.scalars(q)]

    def save(self, form: InsurerForm, insurer_id: int | None = None) -> int:
        self.require("insurance.manage")
        errors: dict[str, Message] = {}
        name = clean(form.name)
        if not name:
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Insurance", "Enter the insurer's name."))
        days = checked_int(form.payment_days, "payment_days", "payment_days", errors)
        assessors = [(clean(n)[:40], clean(p)[:40]) for n, p in form.assessors if clean(n)]
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            clash = s.scalar(select(Insurer.id).where(Insurer.name == name[:80], Insurer.branch == clean(form.branch)[:80]))
            if clash is not None and clash != insurer_id:
                raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP(
                    "Insurance", "{name} is on file already."), name=f"{name} {clean(form.branch)}".strip())})
            insurer = s.get(Insurer, insurer_id) if insurer_id is not None else None
            if insurer_id is not None and insurer is None:
                raise NotFound("insurer", insurer_id)
            if insurer is None:
                insurer = Insurer(created_by=self.user)
                s.add(insurer)
            insurer.name, insurer.branch = name[:80], clean(form.branch)[:80]
            insurer.contact, insurer.phone = clean(form.contact)[:40], clean(form.phone)[:40]
            insurer.payment_days, insurer.updated_by, insurer.active = days, self.user, True
            insurer.assessors = [InsurerAssessor(name=n, phone=p) for n, p in assessors]
            s.flush()
            audit.record(s, "insurer-saved", "insurer", insurer.id, name=insurer.name)
            return insurer.id

    def retire(self, insurer_id: int) -> None:
        """No longer offered for new cases (its cases stay as they are)."""
        self.require("insurance.manage")
        with writing(self.db, self.user) as s:
            insurer = s.get(Insurer, insurer_id)
            if insurer is None:
                raise NotFound("insurer", insurer_id)
            insurer.active, insurer.updated_by = False, self.user
