from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import StockMovement
from desktop.models.base import utcnow
from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.parts.records import PartForm
from desktop.services.parts.service import PartsService
from desktop.services.parts.stocktake import StockTakeService


def _shelf(services: Services) -> tuple[PartsService, dict[str, int]]:
    parts = PartsService(services.db, "clerk")
    ids = {}
    for number, bin_, qty in (("BP-F", "A-01-2", "6"), ("FLT-OIL", "A-01-1", "40"), ("PLUG", "B-02-1", "12"),
                              ("NEVER", "B-09-9", None)):
        ids[number] = parts.save_part(PartForm(number, number, bin=bin_)).part_id
        if qty:
            parts.receive(ids[number], qty, "10.00")
    return parts, ids


def test_a_count_sheet_by_bin_posts_its_differences_in_one_action(services: Services, tmp_path: Path) -> None:
    parts, ids = _shelf(services)
    take = StockTakeService(services.db, "clerk")
    sheet = take.start("a-01")
    assert [x.number for x in sheet.lines] == ["FLT-OIL", "BP-F"]  # bin order, the counter walks once
    assert [x.expected for x in sheet.lines] == [40, 6]
    assert take.export_sheet(sheet.id, tmp_path / "sheet.csv") == 2
    text = (tmp_path / "sheet.csv").read_text("utf-8-sig")
    assert "A-01-1,FLT-OIL" in text and "40" not in text.split("\n", 2)[2]  # blind: no book quantity
    oil, pads = sheet.lines
    with pytest.raises(ValidationFailed):
        take.enter(sheet.id, {oil.id: "-1"})
    sheet = take.enter(sheet.id, {oil.id: "38"})
    # The counter moves on; meanwhile the counter desk issues 5 filters: nothing is frozen.
    parts.take_out(ids["FLT-OIL"], "5", "借出")
    with pytest.raises(ValidationFailed):
        take.post(sheet.id, sheet.version, "")
    sheet = take.post(sheet.id, sheet.version, "年终盘点")
    assert sheet.state == "posted"
    assert {x.number: x.difference for x in sheet.lines} == {"FLT-OIL": -2, "BP-F": None}  # pads not counted
    assert parts.stock(ids["FLT-OIL"]).on_hand == 33  # 40 − 2 short − 5 issued after the count
    assert parts.stock(ids["BP-F"]).on_hand == 6
    with services.db.read() as s:
        adj = s.scalars(select(StockMovement).where(StockMovement.kind == "adjustment")).one()
        assert adj.quantity == -2 and adj.reason.startswith(sheet.number) and "年终盘点" in adj.reason
    with pytest.raises(Refused):
        take.enter(sheet.id, {pads.id: "6"})  # posted sheets are closed


def test_due_parts_by_class_a_more_often(services: Services) -> None:
    _, ids = _shelf(services)
    services.settings.set("count_days_a", 30)
    services.settings.set("count_days_c", 365)
    take = StockTakeService(services.db)
    first = take.start()
    assert {x.number for x in first.lines} == {"BP-F", "FLT-OIL", "PLUG"}  # never counted, with stock
    first = take.enter(first.id, {x.id: str(x.expected) for x in first.lines}, now=utcnow() - timedelta(days=40))
    take.post(first.id, first.version, "月度盘点")
    with services.db.write() as s:  # FLT-OIL is an A part
        from desktop.models import Part
        part = s.get(Part, ids["FLT-OIL"])
        assert part is not None
        part.abc_class = "A"
    again = take.start()
    assert [x.number for x in again.lines] == ["FLT-OIL"]  # A: 40 days > 30; the C parts wait a year
    assert len(take.open_counts()) == 1
    take.cancel(again.id, again.version)
    assert take.open_counts() == []
    with pytest.raises(Refused):
        take.start("Z-")


def test_abc_analysis_and_dead_stock(services: Services) -> None:
    parts = PartsService(services.db)
    hot = parts.save_part(PartForm("HOT", "热销")).part_id
    cold = parts.save_part(PartForm("COLD", "呆滞")).part_id
    parts.receive(hot, "100", "10")
    parts.receive(cold, "3", "10")
    with services.db.write() as s:  # the cold part was bought 13 months ago and never moved since
        for m in s.scalars(select(StockMovement).where(StockMovement.part_id == cold)):
            m.at = utcnow() - timedelta(days=400)
    parts.take_out(hot, "30", "内部领用")  # not consumption
    rows = parts.abc_analysis()
    assert [r.number for r in rows] == ["HOT", "COLD"]
    assert all(r.value == 0 for r in rows) and rows[1].dead and not rows[0].dead


def test_part_overrides_review_period_and_service_level(services: Services) -> None:
    parts = PartsService(services.db)
    with pytest.raises(ValidationFailed) as err:
        parts.save_part(PartForm("X", "x", review_days="0", service_level="120"))
    assert set(err.value.errors) == {"review_days", "service_level"}
    pid = parts.save_part(PartForm("X", "x", review_days="10", service_level="97", lead_time_days="4")).part_id
    form, _ = parts.part_form(pid)
    assert (form.review_days, form.service_level, form.lead_time_days) == (10, Decimal("0.97"), 4)
    review = {x.number: x for x in parts.reorder_review()}
    assert review["X"].review_days == 10


def test_abc_reclassifies_itself_monthly(services: Services) -> None:
    parts = PartsService(services.db)
    pid = parts.save_part(PartForm("HOT", "热销")).part_id
    assert parts.classify_if_due() is None  # nothing consumed yet: nothing to classify by
    parts.receive(pid, "10", "100")
    with services.db.write() as s:
        at = utcnow() - timedelta(days=3)
        from desktop.models.parts import week_of
        s.add(StockMovement(part_id=pid, kind="issue", quantity=-2, unit_cost=100, at=at, week=week_of(at)))
    assert parts.classify_if_due() == {"A": 1, "B": 0, "C": 0}
    assert parts.classify_if_due() is None  # done this month
    assert parts.classify_if_due(now=utcnow() + timedelta(days=31)) is not None
