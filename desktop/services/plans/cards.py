"""Member cards (会员卡 / 储值卡): money paid in advance, owed to the customer until used.

- A card is opened by selling a card product: what is paid in (cash, bank card, WeChat,
  Alipay, transfer: into the same drawer as the day's payments), its bonus on top, its
  member level (the discounts on labour and parts, the points a yuan earns).  Loads later
  the same way, with or without a product's bonus.
- It pays invoices as a payment method (billing calls ``ledger.pay_in``): the balance is
  checked, the PIN when the card has one, else the customer signs the receipt.
- A lost card is replaced: the new card takes its balance, points, level and PIN; the
  old one can no longer pay.  A refund of the unused balance is the manager's (audited):
  what was paid in and not used goes back, the bonus does not.
- The ledger of every card adds up to its balance; the liability (what the shop owes on
  cards and on plans not yet used) is a report by month.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    CardEntry,
    Customer,
    CustomerPhone,
    Invoice,
    MemberCard,
    MemberLevel,
    PlanProduct,
)
from desktop.models.invoicing import PAYMENT_METHODS, PREPAID_METHODS
from desktop.services.common import limits
from desktop.services.common.money import ZERO
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.errors import NotFound, Refused, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.numbering import next_number
from desktop.services.core.service import Service
from desktop.services.core.uow import reading, writing
from desktop.services.plans import ledger
from desktop.services.plans.records import CardView, EntryView, Receipt
from desktop.services.plans.rules import plans as rules
from desktop.services.system import settings as shop_settings
from desktop.services.users.secrets import hash_secret

MONEY_IN = tuple(m for m in PAYMENT_METHODS if m not in PREPAID_METHODS)


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


CARD_PHONE = (select(CustomerPhone.number).where(CustomerPhone.customer_id == MemberCard.customer_id)
              .order_by(CustomerPhone.id).limit(1).scalar_subquery())
REPLACED = aliased(MemberCard)


def card_listing() -> Select[*tuple[Any, ...]]:
    """The cards with what a list shows beside them, in one read."""
    m = MemberCard
    return (select(m.id, m.number, m.customer_id, m.level_id, m.pin_hash, m.balance, m.points, m.state, m.issued_at,
                   m.expires_on, Customer.name.label("customer_name"), CARD_PHONE.label("first_phone"),
                   MemberLevel.name.label("level_name"), REPLACED.number.label("replaces_number"))
            .join(Customer, Customer.id == MemberCard.customer_id)
            .outerjoin(MemberLevel, MemberLevel.id == MemberCard.level_id)
            .outerjoin(REPLACED, REPLACED.id == MemberCard.replaces_id))


def card_views(s: Session, cards: Sequence[Any], ids: Any = None) -> list[CardView]:
    """Cards as the lists show them, from rows of ``card_listing()``; ``ids`` the query of
    their ids when there are many (their ledger is summed by it)."""
    wanted = ids if ids is not None else [c.id for c in cards]
    sums: dict[tuple[int, str], Decimal] = {(c, k): Decimal(a or 0) for c, k, a in s.execute(
        select(CardEntry.card_id, CardEntry.kind, func.sum(CardEntry.amount)).where(CardEntry.card_id.in_(wanted))
        .group_by(CardEntry.card_id, CardEntry.kind))} if cards else {}

    def total(card: int, *kinds: str) -> Decimal:
        return sum((sums.get((card, k), ZERO) for k in kinds), ZERO)

    out = []
    for row in cards:  # unpacked once: a row's attributes are slow to read one by one
        (ident, number, customer_id, level_id, pin_hash, balance, points, state, issued_at, expires_on, customer,
         phone, level, replaces) = row
        out.append(CardView(ident, number, customer_id, customer or "", phone or "", level_id, level or "", balance,
                            points, state, bool(pin_hash), issued_at, expires_on, replaces or "",
                            total(ident, "load", "import"), total(ident, "bonus"), -total(ident, "spend")))
    return out


def views_of(s: Session, ids: Sequence[int]) -> list[CardView]:
    return card_views(s, s.execute(card_listing().where(MemberCard.id.in_(ids)).order_by(MemberCard.id)).all())


def entry_view(e: CardEntry, invoices: dict[int, str]) -> EntryView:
    return EntryView(e.id, e.at, e.by, e.kind, e.amount, e.points, e.method, e.reference,
                     invoices.get(e.invoice_id or 0, ""), e.balance_after, e.points_after, e.note)


class CardsService(Service):

    def open(self, customer_id: int, product_id: int, method: str, reference: str = "", number: str = "",
             pin: str = "") -> Receipt:
        """A new card: the product's amount paid in, its bonus added, its level given."""
        self.require("plans.sell")
        errors: dict[str, Message] = {}
        self._check_method(method, reference, errors)
        wanted = clean(number).upper().replace(" ", "")
        if wanted and not rules.card_number_ok(wanted):
            errors["number"] = _msg(QT_TRANSLATE_NOOP("Validation", "A card number has 6 to 20 letters and digits."))
        self._check_pin(pin, errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            product = self._card_product(s, product_id)
            if s.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            if wanted and s.scalar(select(MemberCard.id).where(MemberCard.number == wanted)) is not None:
                raise ValidationFailed({"number": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Card {number} is already given out."), number=wanted)})
            now = self.clock()
            card = MemberCard(number=wanted or self._new_number(s, now), customer_id=customer_id,
                              level_id=product.level_id, pin_hash=hash_secret(pin) if pin else "", issued_at=now,
                              created_by=self.user, updated_by=self.user)
            s.add(card)
            s.flush()
            entry = ledger.move_in(s, card.id, product.price, 0, "load", self.user, now, method=method,
                                   reference=clean(reference), note=product.name)
            bonus = ledger.move_in(s, card.id, product.bonus, 0, "bonus", self.user, now, note=product.name) \
                if product.bonus > 0 else None
            audit.record(s, "card-opened", "member_card", card.id, number=card.number, customer=customer_id,
                         paid=str(product.price), bonus=str(product.bonus), method=method)
            return self._receipt(s, card, entry, bonus)

    def load(self, card_id: int, method: str, *, product_id: int | None = None, amount: Decimal | str = "",
             reference: str = "") -> Receipt:
        """Money paid into a card: a card product's amount with its bonus (and its level,
        when higher), or any amount without one."""
        self.require("plans.sell")
        errors: dict[str, Message] = {}
        self._check_method(method, reference, errors)
        value = ZERO
        if product_id is None:
            value = limits.checked(amount, "card_amount", "amount", errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            card = self._card(s, card_id)
            if card.state != "active":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "This card cannot be used (reported lost or "
                                                     "refunded).")))
            now = self.clock()
            bonus, note = ZERO, ""
            if product_id is not None:
                product = self._card_product(s, product_id)
                value, bonus, note = product.price, product.bonus, product.name
                if product.level_id is not None and self._rank(s, product.level_id) > self._rank(s, card.level_id):
                    card.level_id = product.level_id
            entry = ledger.move_in(s, card.id, value, 0, "load", self.user, now, method=method,
                                   reference=clean(reference), note=note)
            extra = ledger.move_in(s, card.id, bonus, 0, "bonus", self.user, now, note=note) if bonus > 0 else None
            audit.record(s, "card-loaded", "member_card", card.id, number=card.number, paid=str(value),
                         bonus=str(bonus), method=method)
            return self._receipt(s, card, entry, extra)  # move_in expired the card: it reads the new balance

    def set_pin(self, card_id: int, pin: str) -> CardView:
        """The customer types a new PIN (6 digits), or none: then they sign for each payment."""
        self.require("plans.sell")
        errors: dict[str, Message] = {}
        self._check_pin(pin, errors)
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            card = self._card(s, card_id)
            card.pin_hash = hash_secret(pin) if pin else ""
            card.updated_by = self.user
            audit.record(s, "card-pin", "member_card", card.id, number=card.number, has_pin=bool(pin))
            s.flush()
            return views_of(s, [card.id])[0]

    def replace(self, card_id: int, new_number: str = "") -> CardView:
        """A lost card: the old one stops, a new one takes its balance, points, level and PIN."""
        self.require("plans.sell")
        wanted = clean(new_number).upper().replace(" ", "")
        if wanted and not rules.card_number_ok(wanted):
            raise ValidationFailed({"number": _msg(QT_TRANSLATE_NOOP(
                "Validation", "A card number has 6 to 20 letters and digits."))})
        with writing(self.db, self.user) as s:
            old = self._card(s, card_id)
            if old.state != "active":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only a card in use is replaced.")))
            if wanted and s.scalar(select(MemberCard.id).where(MemberCard.number == wanted)) is not None:
                raise ValidationFailed({"number": _msg(QT_TRANSLATE_NOOP(
                    "Validation", "Card {number} is already given out."), number=wanted)})
            now = self.clock()
            new = MemberCard(number=wanted or self._new_number(s, now), customer_id=old.customer_id,
                             level_id=old.level_id, pin_hash=old.pin_hash, issued_at=now, replaces_id=old.id,
                             expires_on=old.expires_on, created_by=self.user, updated_by=self.user)
            s.add(new)
            s.flush()
            s.refresh(old)
            balance, points = old.balance, old.points
            ledger.move_in(s, old.id, -balance, -points, "moved", self.user, now, reference=new.number)
            ledger.move_in(s, new.id, balance, points, "moved", self.user, now, reference=old.number)
            old.state = "lost"
            audit.record(s, "card-replaced", "member_card", new.id, lost=old.number, number=new.number,
                         balance=str(balance), points=points)
            s.flush()
            return views_of(s, [new.id])[0]

    def refund(self, card_id: int, method: str, reason: str, reference: str = "") -> Receipt:
        """Manager only: what was paid in and not used goes back; the bonus does not."""
        self.require("plans.refund")
        errors: dict[str, Message] = {}
        self._check_method(method, reference, errors)
        if not clean(reason):
            errors["reason"] = _msg(QT_TRANSLATE_NOOP("Validation", "Give the reason for the refund."))
        if errors:
            raise ValidationFailed(errors)
        with writing(self.db, self.user) as s:
            card = self._card(s, card_id)
            if card.state != "active":
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Only a card in use is refunded.")))
            s.refresh(card)
            back = self.refundable_in(s, card)
            now = self.clock()
            entry = None
            if back > 0:
                entry = ledger.move_in(s, card.id, -back, 0, "refund", self.user, now, method=method,
                                       reference=clean(reference), note=clean(reason))
            if card.balance > 0 or card.points > 0:  # the bonus left and the points lapse with the card
                entry = ledger.move_in(s, card.id, -card.balance, -card.points, "reverse", self.user, now,
                                       note=clean(reason))
            if entry is None:
                raise Refused(_msg(QT_TRANSLATE_NOOP("Validation", "Nothing is left on this card.")))
            card.state = "refunded"
            audit.record(s, "card-refunded", "member_card", card.id, number=card.number, paid_back=str(back),
                         method=method, reason=clean(reason)[:200])
            s.flush()
            return self._receipt(s, card, entry)

    def receipt_pdf(self, receipt: Receipt, lang: str = "zh_CN") -> bytes:
        """The receipt of a movement with the balance left; signed by the cardholder unless
        the PIN was typed."""
        from desktop.services.documents.service import METHOD_NAMES, DocumentService
        from printing.data import CardReceiptDoc
        from printing.plans import card_receipt

        card, entry = receipt.card, receipt.entry
        with reading(self.db) as s:
            paper = str(shop_settings.get(s, "invoice_paper"))
        method = METHOD_NAMES.get(entry.method, entry.method) if lang == "zh_CN" else entry.method
        doc = CardReceiptDoc(DocumentService(self.db, self.desk).shop(), card.number, card.customer, card.level,
                             f"{entry.at.astimezone():%Y-%m-%d %H:%M}",
                             entry.kind, entry.note if entry.kind == "load" else "", entry.amount,
                             method, entry.invoice, entry.balance_after, entry.points_after, entry.by,
                             entry.kind == "spend" and card.has_pin)
        return card_receipt(doc, lang, paper if paper in ("241x93", "241x140", "A5") else "A5")

    def receipt_of(self, card_id: int, entry_id: int | None = None) -> Receipt:
        """A card's last movement of money (or the one named), to print again."""
        with reading(self.db) as s:
            card = self._card(s, card_id)
            q = select(CardEntry).where(CardEntry.card_id == card_id)
            q = q.where(CardEntry.id == entry_id) if entry_id is not None else q.where(
                CardEntry.amount != 0, CardEntry.kind != "bonus").order_by(CardEntry.id.desc())
            entry = s.scalars(q.limit(1)).first()
            if entry is None:
                raise NotFound("card entry", entry_id)
            return self._receipt(s, card, entry)

    # reading -------------------------------------------------------------------------------

    def get(self, card_id: int) -> CardView:
        with reading(self.db) as s:
            return views_of(s, [self._card(s, card_id).id])[0]

    def find(self, number: str) -> CardView | None:
        with reading(self.db) as s:
            card = s.scalar(select(MemberCard).where(MemberCard.number == clean(number).upper().replace(" ", "")))
            return views_of(s, [card.id])[0] if card is not None else None

    def of_customer(self, customer_id: int) -> list[CardView]:
        with reading(self.db) as s:
            return card_views(s, s.execute(card_listing().where(
                MemberCard.customer_id == customer_id, MemberCard.state == "active").order_by(MemberCard.id)).all())

    def cards(self, text: str = "", *, active_only: bool = True, limit: int = 2000) -> list[CardView]:
        with reading(self.db) as s:
            ids = select(MemberCard.id).order_by(MemberCard.id.desc())
            if active_only:
                ids = ids.where(MemberCard.state == "active")
            word = clean(text)
            if word:
                like = f"%{word}%"
                ids = ids.where(MemberCard.number.ilike(like) | MemberCard.customer_id.in_(
                    select(Customer.id).where(Customer.name.ilike(like))) | MemberCard.customer_id.in_(
                    select(CustomerPhone.customer_id).where(CustomerPhone.number.like(like))))
            ids = ids.limit(limit)
            rows = s.execute(card_listing().where(MemberCard.id.in_(ids)).order_by(MemberCard.id.desc())).all()
            return card_views(s, rows, ids)

    def entries(self, card_id: int) -> list[EntryView]:
        with reading(self.db) as s:
            rows = list(s.scalars(select(CardEntry).where(CardEntry.card_id == card_id).order_by(CardEntry.id)))
            invoices = {i: n for i, n in s.execute(select(Invoice.id, Invoice.number).where(
                Invoice.id.in_({e.invoice_id for e in rows if e.invoice_id})))}
            return [entry_view(e, invoices) for e in rows]

    def refundable(self, card_id: int) -> Decimal:
        with reading(self.db) as s:
            return self.refundable_in(s, self._card(s, card_id))

    def member_of(self, customer_id: int) -> ledger.Member | None:
        with reading(self.db) as s:
            return ledger.member_in(s, customer_id, self.clock().astimezone().date())

    @staticmethod
    def refundable_in(s: Session, card: MemberCard) -> Decimal:
        """Paid in, less what was used and already paid back (the bonus is used last); a
        replacement card counts what was paid into the cards it replaced."""
        return max(min(_paid_net(s, card.id), card.balance), ZERO)

    # internals -----------------------------------------------------------------------------

    def _receipt(self, s: Session, card: MemberCard, entry: CardEntry, bonus: CardEntry | None = None) -> Receipt:
        """The movement as the customer sees it: money paid in shows the bonus that came
        with it and the balance after both."""
        invoices = {entry.invoice_id: s.scalar(select(Invoice.number).where(Invoice.id == entry.invoice_id)) or ""} \
            if entry.invoice_id else {}
        view = entry_view(entry, invoices)
        if bonus is not None:
            view = replace(view, balance_after=bonus.balance_after, points_after=bonus.points_after,
                           note=f"{entry.note}，赠送 ¥{bonus.amount:,.2f}".lstrip("，"))
        return Receipt(views_of(s, [card.id])[0], view)

    def _card(self, s: Session, card_id: int) -> MemberCard:
        card = s.get(MemberCard, card_id)
        if card is None:
            raise NotFound("card", card_id)
        return card

    @staticmethod
    def _card_product(s: Session, product_id: int) -> PlanProduct:
        product = s.get(PlanProduct, product_id)
        if product is None or product.kind != "card" or not product.active:
            raise ValidationFailed({"product": _msg(QT_TRANSLATE_NOOP("Validation", "Choose a card on sale."))})
        return product

    @staticmethod
    def _rank(s: Session, level_id: int | None) -> int:
        if level_id is None:
            return -1
        return int(s.scalar(select(MemberLevel.position).where(MemberLevel.id == level_id)) or 0)

    @staticmethod
    def _new_number(s: Session, now: datetime) -> str:
        return f"M{now.astimezone().year}{next_number(s, 'CARD'):06d}"

    @staticmethod
    def _check_method(method: str, reference: str, errors: dict[str, Message]) -> None:
        if method not in MONEY_IN:
            errors["method"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose how it is paid."))
        elif method == "transfer" and not clean(reference):
            errors["reference"] = _msg(QT_TRANSLATE_NOOP("Validation", "Enter the transfer's reference number."))

    @staticmethod
    def _check_pin(pin: str, errors: dict[str, Message]) -> None:
        if pin and not (len(pin) == 6 and pin.isascii() and pin.isdigit()):
            errors["pin"] = _msg(QT_TRANSLATE_NOOP("Validation", "A PIN has 6 digits."))


def _paid_net(s: Session, card_id: int) -> Decimal:
    """Money paid into a card and the cards it replaced, less what was spent and paid back."""
    sums = {k: Decimal(a or 0) for k, a in s.execute(
        select(CardEntry.kind, func.sum(CardEntry.amount)).where(CardEntry.card_id == card_id)
        .group_by(CardEntry.kind))}
    paid = sums.get("load", ZERO) + sums.get("import", ZERO) + sums.get("spend", ZERO) + sums.get("refund", ZERO)
    before = s.scalar(select(MemberCard.replaces_id).where(MemberCard.id == card_id))
    return paid + (_paid_net(s, before) if before else ZERO)
