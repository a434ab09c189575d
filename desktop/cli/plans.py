"""servicebay plans [--expiring DAYS] [--csv FILE]: the plans sold (or those ending within
DAYS, for the renewal calls); servicebay cards [--csv FILE]: the member cards in use with
their balances and points, and the liability (what the shop owes for money paid in
advance) by month."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from desktop.cli.shell import Translate, print_table, say, write_csv
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("plans", parents=[common], help="service plans sold, or those ending soon")
    cmd.add_argument("--expiring", type=int, default=None, metavar="DAYS",
                     help="only the running plans that end within DAYS days (1-365)")
    cmd.add_argument("--csv", type=Path, default=None, help="also write the list to this CSV file")
    cmd.set_defaults(command_run=run_plans)
    cards = sub.add_parser("cards", parents=[common], help="member cards, balances and the liability by month")
    cards.add_argument("--csv", type=Path, default=None, help="also write the cards to this CSV file")
    cards.add_argument("--take-over", type=Path, default=None, metavar="FILE",
                       help="first take over the old system's cards (CSV or Excel: 卡号, 手机, 等级, 余额, 积分)")
    cards.add_argument("--take-over-coupons", type=Path, default=None, metavar="FILE",
                       help="first take over the old system's unused coupons (券码, 面值, 最低消费, 有效期至, 手机)")
    cards.set_defaults(command_run=run_cards)


def run_plans(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.plans.contracts import PlansService
    from desktop.services.plans.rules.plans import KIND_NAMES, STATE_NAMES

    if args.expiring is not None and not 1 <= args.expiring <= 365:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Give the days as a number from 1 to 365.")))
        return 2
    rows = PlansService(db, args.desk).contracts(expiring_days=args.expiring)
    if args.expiring is None:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Plans sold: {count}."), count=len(rows)))
    else:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Plans ending within {days} days: {count}."), days=args.expiring,
                  count=len(rows)))
    header = ["number", "kind", "name", "customer", "phone", "plate", "starts", "ends", "state", "services_left",
              "price", "unused"]
    table = [[c.number, tr("Plans", KIND_NAMES.get(c.kind, c.kind)), c.name, c.customer, c.phone, c.plate,
              c.starts_on.isoformat(), c.ends_on.isoformat(), tr("Plans", STATE_NAMES.get(c.state, c.state)),
              str(c.left) if c.kind == "maintenance" else "", str(c.price), str(c.unused)] for c in rows]
    print_table(header, table)
    write_csv(args.csv, header, [[c.number, c.kind, c.name, c.customer, c.phone, c.plate, c.starts_on.isoformat(),
                                  c.ends_on.isoformat(), c.state, c.left if c.kind == "maintenance" else "",
                                  str(c.price), str(c.unused)] for c in rows])
    return 0


def run_cards(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.core.sheets import ImportFailed
    from desktop.services.plans.cards import CardsService
    from desktop.services.plans.contracts import PlansService
    from desktop.services.plans.takeover import CardTakeOver

    try:
        if args.take_over is not None:
            done = CardTakeOver(db, args.desk).take_over(args.take_over)
            print(say(tr, QT_TRANSLATE_NOOP("CLI", "Taken over: {count} cards holding {total} and {points} points."),
                      count=done.cards, total=f"¥{done.balance:,.2f}", points=done.points))
        if args.take_over_coupons is not None:
            count = CardTakeOver(db, args.desk).take_over_coupons(args.take_over_coupons)
            print(say(tr, QT_TRANSLATE_NOOP("CLI", "Taken over: {count} coupons."), count=count))
    except ImportFailed as exc:
        print(exc.message.render(tr))
        for e in exc.errors[:50]:
            print(f"  {e.row}: {e.message.render(tr)}")
        return 1
    rows = CardsService(db, args.desk).cards()
    total = sum((c.balance for c in rows), Decimal(0))
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Cards in use: {count}, holding {total} in all."), count=len(rows),
              total=f"¥{total:,.2f}"))
    header = ["number", "customer", "phone", "level", "balance", "points", "paid_in", "bonus", "used", "issued"]
    table: list[list[object]] = [[c.number, c.customer, c.phone, c.level, str(c.balance), c.points, str(c.paid_in),
                                  str(c.bonus), str(c.used), f"{c.issued_at.astimezone():%Y-%m-%d}"] for c in rows]
    print_table(header, table)
    write_csv(args.csv, header, table)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Owed to customers for money paid in advance, by month:")))
    print_table(["month", "paid_in", "bonus", "used", "refunded", "cards", "plans", "total"],
                [[m.month, str(m.paid_in), str(m.bonus), str(m.used), str(m.refunded), str(m.cards_end),
                  str(m.plans_end), str(m.total_end)] for m in PlansService(db, args.desk).liability()])
    return 0
