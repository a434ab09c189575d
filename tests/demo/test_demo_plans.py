"""The demo shop's plans and cards are never empty: the products and levels on sale, plans
sold and invoiced over the year (some used on the service visits that followed), member
cards with their ledgers adding up, a coupon campaign, and the liability equal to the
cards' balances; the command line lists them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.__main__ import main
from desktop.services.container import Services


def test_the_demo_plans_and_cards(demo_shop: tuple[Services, dict[str, Any]], cli_user: str,
                                  capsys: Any) -> None:
    services, _counts = demo_shop
    kinds = {p.kind for p in services.plan_products.products()}
    assert kinds == {"maintenance", "extension", "roadside", "card"}
    assert [lv.name for lv in services.plan_products.levels()] == ["普通", "银卡", "金卡"]
    plans = services.plans.contracts()
    assert len(plans) >= 2 and all(p.invoice for p in plans)
    for plan in plans:
        assert services.invoicing.get(plan.invoice_id or 0).balance == 0  # paid at the counter
    cards = services.cards.cards(active_only=False)
    assert cards
    for card in cards:
        assert sum((e.amount for e in services.cards.entries(card.id)), Decimal(0)) == card.balance
    month = services.plans.liability()[-1]
    assert month.cards_end == sum((c.balance for c in cards), Decimal(0))
    assert services.coupons.coupons()
    url = services.db.engine.url.render_as_string(hide_password=False)
    assert main(["plans", "--db", url]) == 0
    assert "PLN" in capsys.readouterr().out
    assert main(["cards", "--db", url]) == 0
    assert "M20" in capsys.readouterr().out
    assert main(["plans", "--db", url, "--expiring", "0"]) == 2
