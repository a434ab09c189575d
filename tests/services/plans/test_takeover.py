"""The old system's cards taken over from a spreadsheet: all rows or none (a card number
given twice, an unknown phone, a level the shop lacks and a bad balance each named by its
row), then the cards with their balances and points, their ledgers starting from the
taken-over row; the same from the command line."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.services.container import Services
from desktop.services.core.sheets import ImportFailed
from desktop.services.plans.takeover import CardTakeOver
from tests.conftest import Workshop


def test_cards_taken_over_whole_or_not_at_all(services: Services, workshop: Workshop, tmp_path: Path,
                                              cli_user: str) -> None:
    services.plan_products.save_level(None, "银卡", "10", "5", "1", 1)
    bad = tmp_path / "old.csv"
    bad.write_text("卡号,手机号码,会员等级,卡内余额,积分\n"
                   "VIP000001,13812345678,银卡,1234.50,300\n"
                   "VIP000001,13812345678,银卡,10,0\n"
                   "VIP000002,13900000000,银卡,10,0\n"
                   "VIP000003,13812345678,钻石卡,10,0\n"
                   "VIP000004,13812345678,,abc,0\n", encoding="utf-8-sig")
    with pytest.raises(ImportFailed) as refused:
        CardTakeOver(services.db, services.desk).take_over(bad)
    assert [(e.row, e.field) for e in refused.value.errors] == [(3, "number"), (4, "phone"), (5, "level"),
                                                                (6, "balance")]
    assert services.cards.cards() == []
    good = tmp_path / "good.csv"
    good.write_text("卡号,手机号码,会员等级,卡内余额,积分\nVIP000001,138 1234 5678,银卡,\"1,234.50\",300\n",
                    encoding="utf-8-sig")
    done = CardTakeOver(services.db, services.desk).take_over(good)
    assert (done.cards, done.balance, done.points) == (1, Decimal("1234.50"), 300)
    card = services.cards.find("VIP000001")
    assert card is not None and card.balance == Decimal("1234.50") and card.points == 300 and card.level == "银卡"
    assert [e.kind for e in services.cards.entries(card.id)] == ["import"]
    assert services.cards.refundable(card.id) == Decimal("1234.50")
    url = services.db.engine.url.render_as_string(hide_password=False)
    more = tmp_path / "more.csv"
    more.write_text("卡号,手机号码,卡内余额\nVIP000009,13812345678,88\n", encoding="utf-8-sig")
    assert main(["cards", "--db", url, "--take-over", str(more)]) == 0
    assert main(["cards", "--db", url, "--take-over", str(good)]) == 1  # the same cards again: refused
    assert services.cards.find("VIP000009") is not None


def test_coupons_taken_over(services: Services, workshop: Workshop, tmp_path: Path) -> None:
    bad = tmp_path / "coupons.csv"
    bad.write_text("券码,面值,最低消费,有效期至,手机\nQOLD0001,50,300,2099/3/31,13812345678\n"
                   "QOLD0001,50,300,2099-03-31,\nQOLD0002,abc,0,2020-01-01,13900000000\n", encoding="utf-8-sig")
    with pytest.raises(ImportFailed) as refused:
        CardTakeOver(services.db, services.desk).take_over_coupons(bad)
    assert [(e.row, e.field) for e in refused.value.errors] == [(3, "code"), (4, "value"), (4, "valid_until"),
                                                                (4, "phone")]
    assert services.coupons.coupons() == []
    good = tmp_path / "good.csv"
    good.write_text("券码,面值,最低消费,有效期至,手机,活动\nQOLD0001,50,300,2099/3/31,13812345678,老系统券\n"
                    "QOLD0002,20,,2099.12.31,,\n", encoding="utf-8-sig")
    assert CardTakeOver(services.db, services.desk).take_over_coupons(good) == 2
    mine = services.coupons.of_customer(workshop.customer_id, date.today())
    assert [(c.code, c.value, c.campaign) for c in mine] == [("QOLD0001", Decimal("50.00"), "老系统券")]
