"""The demo shop's workshop forms: sheets on the maintenance orders, new cars in stock with
their checks and PDI, cars that left unrepaired, a car at the wash."""

from typing import Any

from desktop.services.container import Services
from desktop.services.workorders.records import OrderFilter


def test_the_demo_fills_the_workshop_forms(demo_shop: tuple[Services, dict[str, Any]]) -> None:
    services, counts = demo_shop
    assert counts["inspections"] > 10 and counts["storage_checks"] >= 12
    stock = services.newcars.stock()
    sold = services.newcars.stock(sold=True)  # this week's, after its PDI, and the cars sold over the years
    assert len(stock) == 11 and [r.pdi for r in sold].count("pass") == 1 and len(sold) > 1
    assert {r.pdi for r in stock} >= {"", "pass", "fail"}
    released = services.workorders.page(OrderFilter(states=["released"]))
    assert len(released) == 4
    assert all(services.workorders.get(r.id).release_reason for r in released)
    board = services.workorders.board()
    assert "washing" in {c.state for c in board.cars}
    # a delivered maintenance order has its sheet and its health report
    with services.db.read() as s:
        from sqlalchemy import select

        from desktop.models import Inspection, WorkOrder

        order_id = s.scalar(select(Inspection.work_order_id).join(WorkOrder, WorkOrder.id == Inspection.work_order_id)
                            .where(Inspection.kind == "inspection", WorkOrder.state == "delivered").limit(1))
    assert order_id is not None
    assert services.documents.render("health-report", order_id).startswith(b"%PDF")
    # the manufacturers' terms for its makes, and a modified car out of its powertrain cover
    assert {p.make for p in services.warranty.policies()} >= {"大众", "比亚迪", "特斯拉"}
    with services.db.read() as s:
        from desktop.models import WarrantyExclusion

        modified = s.scalar(select(WarrantyExclusion.vehicle_id).limit(1))
    assert modified is not None
    powertrain = services.warranty.coverage(modified).of("powertrain")
    assert powertrain is not None and not powertrain.covered and powertrain.reason == "modified"
    # a recall campaign on about 20 of its cars, some done
    [campaign] = services.recalls.campaigns()
    assert campaign.affected >= 10 and 0 < campaign.done < campaign.on_file <= campaign.affected
    assert services.recalls.not_done(campaign.id)
