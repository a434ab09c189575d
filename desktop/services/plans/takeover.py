"""Taking over the old system's member cards and coupons (会员卡迁移): a spreadsheet (CSV or Excel) of
card number, the holder's phone (or old customer id), level, balance and points, read
whole and checked before anything is written.  Every row is taken, or none: a card number
already given out, a holder not in the customer file, a level the shop does not have, a
balance that is not an amount, each named by its row.  Each card opens with one ledger
row "taken over from the old system" holding its balance and points, so the ledger adds
up from the first day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop.models import Coupon, Customer, CustomerPhone, MemberCard, MemberLevel
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
COUPON_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "code": (QT_TRANSLATE_NOOP("Import", "Coupon code"), ("券码", "优惠券码", "券号", "coupon", "code")),
    "value": (QT_TRANSLATE_NOOP("Import", "Value"), ("面值", "金额", "券面额", "value")),
    "min_spend": (QT_TRANSLATE_NOOP("Import", "For bills from"), ("最低消费", "满", "使用门槛", "min spend")),
    "valid_until": (QT_TRANSLATE_NOOP("Import", "Valid until"), ("有效期至", "截止日期", "到期日", "valid until")),
    "phone": CARD_FIELDS["phone"],
    "campaign": (QT_TRANSLATE_NOOP("Import", "Campaign"), ("活动", "活动名称", "campaign")),
}
MOST = 50_000


def _msg(text: str, **params: object) -> Message:
    return Message(text, params, "Import")


def parse_day(text: str) -> date | None:
    """2027-03-31, 2027/3/31 or 2027.3.31, as old systems export it."""
    parts = [p for p in text.strip().replace("/", "-").replace(".", "-").split(" ")[0].split("-") if p]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])) if len(parts) == 3 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class TakeOver:
    cards: int
    balance: Decimal
    points: int


class CardTakeOver(Service):

    def take_over_coupons(self, path: Path) -> int:
        """The old system's coupons not yet used: code, value, for bills from, valid until,
        the holder's phone (blank: a loose coupon).  All rows or none."""
        self.require("plans.manage")
        table = read_table(path)
        mapping, _twice = guess_columns(table.headers, COUPON_FIELDS)
        if not {"code", "value", "valid_until"} <= set(mapping.values()):
            raise ImportFailed([RowError(1, "code", _msg(QT_TRANSLATE_NOOP(
                "Import", "The sheet needs the columns 券码, 面值 and 有效期至.")))])
        rows = mapped_rows(table, mapping)
        errors: list[RowError] = []
        with writing(self.db, self.user) as s:
            phones = {n: c for n, c in s.execute(select(CustomerPhone.number, CustomerPhone.customer_id))}
            taken = set(s.scalars(select(Coupon.code)))
            now = self.clock()
            today = now.astimezone().date()
            made = []
            for row, v in rows:
                code = clean(v.get("code", "")).upper().replace(" ", "")
                if not rules.card_number_ok(code) or code in taken:
                    errors.append(RowError(row, "code", _msg(QT_TRANSLATE_NOOP(
                        "Import", "A coupon code has 6 to 20 letters and digits, once."))))
                taken.add(code)
                raw: dict[str, Message] = {}
                value = limits.checked(v.get("value", ""), "card_amount", "value", raw)
                floor = limits.checked(v.get("min_spend") or "0", "card_bonus", "min_spend", raw)
                errors += [RowError(row, k, m) for k, m in raw.items()]
                until = parse_day(v.get("valid_until", ""))
                if until is None or until < today:
                    errors.append(RowError(row, "valid_until", _msg(QT_TRANSLATE_NOOP(
                        "Import", "A date still to come, as 2027-03-31."))))
                phone = "".join(ch for ch in v.get("phone", "") if ch.isdigit())
                owner = phones.get(phone) if phone else None
                if phone and owner is None:
                    errors.append(RowError(row, "phone", _msg(QT_TRANSLATE_NOOP(
                        "Import", "No customer in the file has this phone or old id; import the customers first."))))
                made.append(Coupon(code=code, campaign=clean(v.get("campaign", ""))[:80] or path.name[:80],
                                   customer_id=owner, value=value, min_spend=floor, valid_from=today,
                                   valid_until=until or today, issued_at=now, issued_by=self.user))
            if errors:
                raise ImportFailed(errors)
            s.add_all(made)
            audit.record(s, "coupons-taken-over", "coupon", None, file=path.name, count=len(made))
            return len(made)

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
