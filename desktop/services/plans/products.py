"""What the shop sells (plan products) and its member levels: kept by the manager."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import MaintenancePackage, MemberLevel, PlanProduct
from desktop.models.plans import PLAN_KINDS
from desktop.services.common import limits
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.plans.records import LevelView, ProductForm, ProductView
from desktop.services.warranty.rules.coverage import COMPONENTS


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def product_view(p: PlanProduct, packages: dict[int, str], levels: dict[int, str]) -> ProductView:
    return ProductView(p.id, p.code, p.name, p.kind, p.price, p.months, p.km, p.covers, p.services, p.package_id,
                       packages.get(p.package_id or 0, ""), p.extras, p.callouts, p.tow_km, p.bonus, p.level_id,
                       levels.get(p.level_id or 0, ""), p.terms, p.active)


def names(s: Session) -> tuple[dict[int, str], dict[int, str]]:
    """The packages' and the levels' names by id."""
    return ({i: n for i, n in s.execute(select(MaintenancePackage.id, MaintenancePackage.name))},
            {i: n for i, n in s.execute(select(MemberLevel.id, MemberLevel.name))})


class ProductsService(Service):

    def products(self, *, active_only: bool = False, kind: str = "") -> list[ProductView]:
        with reading(self.db) as s:
            q = select(PlanProduct).order_by(PlanProduct.kind, PlanProduct.price, PlanProduct.code)
            if active_only:
                q = q.where(PlanProduct.active.is_(True))
            if kind:
                q = q.where(PlanProduct.kind == kind)
            packages, levels = names(s)
            return [product_view(p, packages, levels) for p in s.scalars(q)]

    def levels(self) -> list[LevelView]:
        with reading(self.db) as s:
            return [LevelView(x.id, x.name, x.position, x.labour_discount_pct, x.parts_discount_pct,
                              x.points_per_yuan)
                    for x in s.scalars(select(MemberLevel).order_by(MemberLevel.position, MemberLevel.id))]

    def save_level(self, level_id: int | None, name: str, labour_pct: Decimal | str, parts_pct: Decimal | str,
                   points_per_yuan: Decimal | str, position: int = 0) -> LevelView:
        self.require("plans.manage")
        errors: dict[str, Message] = {}
        title = clean(name)[:20]
        if not title:
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Name the level (e.g. 银卡)."))
        labour = limits.checked(labour_pct, "member_discount", "labour_pct", errors)
        parts = limits.checked(parts_pct, "member_discount", "parts_pct", errors)
        points = limits.checked(points_per_yuan, "points_per_yuan", "points_per_yuan", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            clash = s.scalar(select(MemberLevel.id).where(MemberLevel.name == title))
            if clash is not None and clash != level_id:
                raise ValidationFailed({"name": _msg(QT_TRANSLATE_NOOP("Validation", "There is already a level "
                                                                       "called {name}."), name=title)})
            level = MemberLevel() if level_id is None else s.get(MemberLevel, level_id)
            if level is None:
                raise NotFound("level", level_id)
            level.name, level.labour_discount_pct, level.parts_discount_pct = title, labour, parts
            level.points_per_yuan, level.position = points, position
            s.add(level)
            s.flush()
            audit.record(s, "member-level", "member_level", level.id, name=title, labour=str(labour),
                         parts=str(parts), points=str(points))
            return LevelView(level.id, level.name, level.position, labour, parts, points)

    def save_product(self, product_id: int | None, form: ProductForm) -> ProductView:
        """A product as the manager set it; contracts already sold keep their own terms."""
        self.require("plans.manage")
        errors: dict[str, Message] = {}
        code = clean(form.code).upper().replace(" ", "")[:20]
        name = clean(form.name)[:80]
        if not code:
            errors["code"] = _msg(QT_TRANSLATE_NOOP("Validation", "Give the product a short code."))
        if not name:
            errors["name"] = _msg(QT_TRANSLATE_NOOP("Validation", "Name the product as the customer sees it."))
        if form.kind not in PLAN_KINDS:
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose what kind of plan it is."))
        price = limits.checked(form.price, "plan_price", "price", errors)
        months = limits.checked_int(form.months, "plan_months", "months", errors, 12)
        values: dict[str, object] = {"km": 0, "covers": "", "services": 0, "package_id": None, "extras": "",
                                     "callouts": 0, "tow_km": 0, "bonus": Decimal(0), "level_id": None}
        if form.kind == "extension":
            values["km"] = limits.checked_int(form.km, "extension_km", "km", errors)
            covers = [c.strip() for c in form.covers.split(",") if c.strip()]
            if not covers or any(c not in COMPONENTS for c in covers):
                errors["covers"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the components it covers."))
            values["covers"] = ",".join(covers)
        elif form.kind == "maintenance":
            values["services"] = limits.checked_int(form.services, "plan_services", "services", errors)
            if values["services"] == 0 and "services" not in errors:
                errors["services"] = _msg(QT_TRANSLATE_NOOP("Validation", "How many services does it include?"))
            values["package_id"] = form.package_id
            values["extras"] = clean(form.extras)[:200]
        elif form.kind == "roadside":
            values["callouts"] = limits.checked_int(form.callouts, "plan_callouts", "callouts", errors)
            values["tow_km"] = limits.checked_int(form.tow_km, "tow_km", "tow_km", errors)
        elif form.kind == "card":
            if price <= 0 and "price" not in errors:
                errors["price"] = _msg(QT_TRANSLATE_NOOP("Validation", "How much is paid into the card?"))
            values["bonus"] = limits.checked(form.bonus, "card_bonus", "bonus", errors)
            values["level_id"] = form.level_id
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            clash = s.scalar(select(PlanProduct.id).where(PlanProduct.code == code))
            if clash is not None and clash != product_id:
                raise ValidationFailed({"code": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Another product has the code {code}."), code=code)})
            if values["package_id"] is not None and s.get(MaintenancePackage, values["package_id"]) is None:
                raise NotFound("package", values["package_id"])
            product = PlanProduct(created_by=self.user) if product_id is None else s.get(PlanProduct, product_id)
            if product is None:
                raise NotFound("product", product_id)
            product.code, product.name, product.kind, product.price, product.months = code, name, form.kind, price, \
                months
            for key, value in values.items():
                setattr(product, key, value)
            product.terms, product.active = form.terms.strip()[:4000], form.active
            product.updated_by = self.user
            s.add(product)
            s.flush()
            audit.record(s, "plan-product", "plan_product", product.id, code=code, price=str(price),
                         active=form.active)
            packages, levels = names(s)
            return product_view(product, packages, levels)
