from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.parts.purchasing import PurchasingService
from desktop.services.parts.records import PartForm
from desktop.services.parts.service import PartsService


def test_from_review_to_shelf(services: Services) -> None:
    parts, buying = PartsService(services.db), PurchasingService(services.db, "clerk")
    vw = parts.add_supplier("一汽大众配件中心", lead_time_days=3)
    bosch = parts.add_supplier("博世汽车配件", lead_time_days=5)
    oil = parts.save_part(PartForm("FLT-OIL", "机油滤清器", supplier_id=vw)).part_id
    plug = parts.save_part(PartForm("PLUG-IR", "铱金火花塞", supplier_id=bosch, pack_size="4")).part_id
    loose = parts.save_part(PartForm("X-1", "没有供应商")).part_id
    parts.receive(oil, "2", "30.00")
    with pytest.raises(Refused):
        buying.create_orders({loose: "1"})  # no supplier to order from
    with pytest.raises(Refused):
        buying.create_orders({oil: "0"})
    orders = buying.create_orders({oil: "20", plug: "8"})  # the clerk changed 24 to 20
    assert [o.supplier for o in orders] == ["一汽大众配件中心", "博世汽车配件"]
    assert orders[0].number.startswith("PO") and orders[1].number.endswith("-000002")
    review = {x.number: x for x in parts.reorder_review()}
    assert review["FLT-OIL"].on_order == 20  # not suggested twice
    assert not review["FLT-OIL"].due and review["FLT-OIL"].last_ordered is not None  # ordered today: T not up
    assert "FLT-OIL" not in {x.number for x in parts.reorder_review(due_only=True)}
    first = orders[0]
    with pytest.raises(Refused):
        buying.receive(first.id, {first.lines[0].id: "10"})  # not sent yet
    first = buying.send(first.id, first.version)
    line = first.lines[0]
    first = buying.receive(first.id, {line.id: "10"}, {line.id: "33.00"})  # half, at a new price
    assert first.state == "partly_received" and first.lines[0].remaining == 10
    stock = parts.stock(oil)
    assert stock.on_hand == 12 and stock.cost == Decimal("32.50")  # (2×30 + 10×33) / 12
    assert {x.number: x for x in parts.reorder_review()}["FLT-OIL"].on_order == 10
    with pytest.raises(ValidationFailed):
        buying.receive(first.id, {line.id: "11"})  # more than is still to come
    first = buying.receive(first.id, {line.id: "10"})
    assert first.state == "received" and parts.stock(oil).on_hand == 22
    assert [o.number for o in buying.open_orders()] == [orders[1].number]
    second = buying.close(orders[1].id, orders[1].version)
    assert second.state == "closed" and buying.open_orders() == []
    with services.db.read() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action == "price-difference")).all()
