"""Taking over the old system's member cards (会员卡迁移): a spreadsheet (CSV or Excel) of
card number, the holder's phone (or old customer id), level, balance and points, read
whole and checked before anything is written.  Every row is taken, or none: a card number
already given out, a holder not in the customer file, a level the shop does not have, a
balance that is not an amount, each named by its row.  Each card opens with one ledger
row "taken over from the old system" holding its balance and points, so the ledger adds
up from the first day."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop.models import Customer, CustomerPhone, MemberCard, MemberLevel
from desktop.services.common import limits
from desktop.services.common.text import clean
from desktop.services.core import audit
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.service import Service
from desktop.services.core.sheets import (
    ImportFailed,
    RowError,
    guess_columns,
    mapped_rows,
    read_table,
)
from desktop.services.core.uow import writing
from desktop.services.plans import ledger
from desktop.services.plans.rules import plans as rules

CARD_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "number": (QT_TRANSLATE_NOOP("Import", "Card number"), ("卡号", "会员卡号", "储值卡号", "card", "card number")),
    "phone": (QT_TRANSLATE_NOOP("Import", "Phone"), ("手机", "手机号", "手机号码", "电话", "联系电话", "phone")),
    "legacy_id": (QT_TRANSLATE_NOOP("Import", "Old customer id"), ("客户编号", "客户id", "会员编号", "customer id")),
    "level": (QT_TRANSLATE_NOOP("Import", "Level"), ("等级", "会员等级", "卡类型", "level")),
    "balance": (QT_TRANSLATE_NOOP("Import", "Balance"), ("余额", "卡内余额", "储值余额", "balance")),
    "points": (QT_TRANSLATE_NOOP("Import", "Points"), ("积分", "可用积分", "points")),
}
MOST = 50_000


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Import")


@dataclass(frozen=True)
class TakeOver:
    cards: int
    balance: Decimal
    points: int


class CardTakeOver(Service):

    def take_over(self, path: Path) -> TakeOver:
        self.require("plans.manage")
        table = read_table(path)
        mapping, _twice = guess_columns(table.headers, CARD_FIELDS)
        fields = set(mapping.values())
        if "number" not in fields or "balance" not in fields or not fields & {"phone", "legacy_id"}:
            raise ImportFailed([RowError(1, "number", _msg(QT_TRANSLATE_NOOP(
                "Import", "The sheet needs the columns 卡号, 余额 and 手机 (or 客户编号).")))])
        rows = mapped_rows(table, mapping)
        if len(rows) > MOST:
            raise ImportFailed([RowError(1, "number", _msg(QT_TRANSLATE_NOOP(
                "Import", "At most {count} cards at a time."), count=MOST))])
        errors: list[RowError] = []
        with writing(self.db, self.user) as s:
            phones = {n: c for n, c in s.execute(select(CustomerPhone.number, CustomerPhone.customer_id))}
            legacy = {str(k): c for k, c in s.execute(select(Customer.legacy_id, Customer.id)
                                                       .where(Customer.legacy_id.is_not(None)))}
            levels = {n: i for n, i in s.execute(select(MemberLevel.name, MemberLevel.id))}
            taken = set(s.scalars(select(MemberCard.number)))
            wanted: list[tuple[str, int, int | None, Decimal, int]] = []
            for row, v in rows:
                number = clean(v.get("number", "")).upper().replace(" ", "")
                if not rules.card_number_ok(number):
                    errors.append(RowError(row, "number", _msg(QT_TRANSLATE_NOOP(
                        "Import", "A card number has 6 to 20 letters and digits."))))
                elif number in taken:
                    errors.append(RowError(row, "number", _msg(QT_TRANSLATE_NOOP(
                        "Import", "Card {number} is already given out (or twice in the sheet)."), number=number)))
                taken.add(number)
                phone = "".join(ch for ch in v.get("phone", "") if ch.isdigit())
                customer = phones.get(phone) or legacy.get(clean(v.get("legacy_id", "")))
                if customer is None:
                    errors.append(RowError(row, "phone", _msg(QT_TRANSLATE_NOOP(
                        "Import", "No customer in the file has this phone or old id; import the customers first."))))
                level_name = clean(v.get("level", ""))
                if level_name and level_name not in levels:
                    errors.append(RowError(row, "level", _msg(QT_TRANSLATE_NOOP(
                        "Import", "There is no member level {name}; set it up first."), name=level_name)))
                raw: dict[str, Message] = {}
                balance = limits.checked(v.get("balance") or "0", "card_bonus", "balance", raw)
                points = limits.checked_int(v.get("points") or "0", "points_taken", "points", raw)
                errors += [RowError(row, k, m) for k, m in raw.items()]
                if customer is not None:
                    wanted.append((number, customer, levels.get(level_name), balance, points))
            if errors:
                raise ImportFailed(errors)
            now = self.clock()
            for number, customer, level, balance, points in wanted:
                card = MemberCard(number=number, customer_id=customer, level_id=level, issued_at=now,
                                  created_by=self.user, updated_by=self.user)
                s.add(card)
                s.flush()
                ledger.move_in(s, card.id, balance, points, "import", self.user, now, note=path.name[:200])
            total = sum((w[3] for w in wanted), Decimal(0))
            audit.record(s, "cards-taken-over", "member_card", None, file=path.name, cards=len(wanted),
                         balance=str(total))
            return TakeOver(len(wanted), total, sum(w[4] for w in wanted))
