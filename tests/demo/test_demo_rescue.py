"""The demo shop's rescue desk is never empty: two vans and the partner stations, calls
over the last months with their times and outcomes (one under way now), most asked about
their satisfaction; the command line lists a month."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.__main__ import main
from desktop.services.container import Services


def test_the_demo_rescue_desk(demo_shop: tuple[Services, dict[str, Any]], cli_user: str, capsys: Any) -> None:
    services, counts = demo_shop
    assert counts["rescues"] >= 2
    assert [v.name for v in services.vans.vans()] == ["救援车1", "救援车2"] and len(services.vans.partners()) == 3
    assert len(services.rescues.under_way()) >= 1
    done = [r for r in services.rescues.rescues() if r.state == "closed"]
    assert done and all(r.outcome for r in done)
    assert all(r.arrival_minutes is not None for r in done if r.outcome != "cancelled")
    url = services.db.engine.url.render_as_string(hide_password=False)
    assert main(["rescues", "--db", url, "--month", f"{date.today():%Y-%m}"]) == 0
    assert "JY" in capsys.readouterr().out
    assert main(["rescues", "--db", url, "--month", "2026-13"]) == 2
