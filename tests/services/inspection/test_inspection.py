"""The inspection sheet: answers, readings against their limits, the work findings
propose, and what the next visit is shown."""

from decimal import Decimal

import pytest

from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.inspection.records import AnswerForm, InspectionView, ItemForm
from desktop.services.inspection.rules.findings import (
    Limits,
    combined,
    implausible,
    measured,
    result,
)
from desktop.services.parts.records import PartForm
from tests.conftest import Workshop
from tests.services.workorders.test_workorders import authorized


def item(view: InspectionView, label: str) -> int:
    return next(i.id for i in view.items if i.label == label)


def maintenance_sheet(services: Services, order_id: int) -> InspectionView:
    checklist = next(c for c in services.checklists.checklists("inspection") if c.name == "常规保养体检")
    return services.inspections.start(order_id, checklist.id)


def test_the_program_ships_its_checklists() -> None:
    from desktop.services.inspection.rules.defaults import SHIPPED

    names = {name: (kind, len(items)) for name, kind, items in SHIPPED}
    assert names["常规保养体检"] == ("inspection", 40)
    assert {kind for kind, _n in names.values()} == {"inspection", "pdi", "storage"}


def test_readings_are_read_against_their_limits() -> None:
    tread = Limits("mm", Decimal(0), Decimal(20), attention_below=Decimal(3), urgent_below=Decimal("1.6"))
    assert [measured(tread, Decimal(v)) for v in ("8", "2.5", "1.2")] == ["ok", "attention", "urgent"]
    assert implausible(tread, Decimal(45)) is not None and implausible(tread, Decimal(6)) is None
    assert "45" in implausible(tread, Decimal(45)).render()  # type: ignore[union-attr]
    # a technician may raise a finding, never make a reading look better than it is
    assert combined("ok", Decimal("1.2"), tread) == "urgent"
    assert combined("urgent", Decimal(8), tread) == "urgent"
    assert tread.text() == "≥ 3 mm"
    assert result("pdi", ["ok", "ok"]) == "pass" and result("pdi", ["ok", "attention"]) == "fail"
    assert result("inspection", ["urgent"]) == "done"


def test_a_technician_fills_the_sheet_and_findings_propose_priced_work(
        services: Services, workshop: Workshop) -> None:
    services.parts.save_part(PartForm("BP-F", "前制动片", price="480"))
    order = authorized(services, workshop)
    sheet = maintenance_sheet(services, order.id)
    assert len(sheet.items) == 40 and sheet.result == "" and len(sheet.unanswered) == 38  # note and photo are free
    pad = item(sheet, "前制动片厚度")
    with pytest.raises(ValidationFailed) as bad:
        services.inspections.answer(sheet.id, AnswerForm(pad, value="45"))  # 45 mm: a typing error
    assert set(bad.value.errors) == {"value"}
    with pytest.raises(ValidationFailed):
        services.inspections.answer(sheet.id, AnswerForm(pad, value="厚"))
    sheet = services.inspections.answer(sheet.id, AnswerForm(pad, value="1.5"))  # urgent by its limits
    assert sheet.answers[pad].finding == "urgent" and sheet.answers[pad].value == Decimal("1.5")
    sheet = services.inspections.answer(sheet.id, AnswerForm(item(sheet, "雨刮及喷水"), "attention", note="胶条老化"))
    with pytest.raises(Refused):  # measured points still open
        services.inspections.finish(sheet.id, sheet.version)
    sheet = services.inspections.all_ok(sheet.id)
    for label, value in (("蓄电池静态电压", "12.6"), ("左前轮胎花纹深度", "6"), ("右前轮胎花纹深度", "6"),
                         ("左后轮胎花纹深度", "6"), ("右后轮胎花纹深度", "6"), ("轮胎气压（前）", "240"),
                         ("轮胎气压（后）", "240"), ("后制动片厚度", "7")):
        sheet = services.inspections.answer(sheet.id, AnswerForm(item(sheet, label), value=value))
    sheet = services.inspections.finish(sheet.id, sheet.version)
    assert sheet.result == "done" and sheet.counts == {"ok": 36, "attention": 1, "urgent": 1}
    with pytest.raises(Refused):  # a finished sheet is kept as it was
        services.inspections.answer(sheet.id, AnswerForm(pad, value="6"))

    fresh = services.workorders.get(order.id)
    proposed = services.inspections.propose(fresh.id, fresh.version)
    new = [x for x in proposed.lines if x.approval == "pending"]
    # the pad: its labour (B001 at the shop's rate) and the part; the wiper has no catalogue work
    # (it is shown on the report as recommended)
    assert [(x.kind, x.description, x.part_number) for x in new] == [
        ("labour", "更换前制动片", ""), ("part", "前制动片", "BP-F")]
    assert all(x.additional and x.amount > 0 for x in new)
    assert new[1].amount == Decimal("480.00")
    with pytest.raises(Refused):  # proposed once only
        services.inspections.propose(proposed.id, proposed.version)
    # the customer declines: the next visit is shown what was recommended and not done
    labour = next(x for x in new if x.kind == "labour")
    services.workorders.approve_line(proposed.id, proposed.version, labour.id, "张伟", "phone", approve=False)
    seen = services.inspections.recommendations(workshop.vehicle_id)
    assert [(r.label, r.finding, r.detail) for r in seen] == [("前制动片厚度", "urgent", "1.5 mm"),
                                                             ("雨刮及喷水", "attention", "胶条老化")]
    assert services.inspections.recommendations(workshop.vehicle_id, before_order_id=order.id) == []


def test_the_shop_edits_its_checklists(services: Services, workshop: Workshop) -> None:
    lists = services.checklists.checklists()
    assert {c.kind for c in lists} == {"inspection", "pdi", "storage"}
    new_id = services.checklists.create("二手车检测", "inspection")
    with pytest.raises(ValidationFailed):
        services.checklists.create("二手车检测", "inspection")
    with pytest.raises(ValidationFailed) as bad:
        services.checklists.save_item(new_id, ItemForm("轮胎", "花纹深度", "measure"))  # no unit, no range
    assert {"unit", "plausible_max"} <= set(bad.value.errors)
    with pytest.raises(ValidationFailed):
        services.checklists.save_item(new_id, ItemForm("发动机", "异响", operation_code="NOPE"))
    view = services.checklists.save_item(new_id, ItemForm("轮胎", "花纹深度", "measure", "mm", "0", "20", "3", "1.6"))
    assert view.items[0].limits.text() == "≥ 3 mm"
    view = services.checklists.remove_item(new_id, view.items[0].id)
    assert view.items == ()


def test_a_used_point_stays_on_its_checklist(services: Services, workshop: Workshop) -> None:
    order = authorized(services, workshop)
    sheet = maintenance_sheet(services, order.id)
    horn = item(sheet, "喇叭")
    services.inspections.answer(sheet.id, AnswerForm(horn, "ok"))
    with pytest.raises(Refused):
        services.checklists.remove_item(sheet.checklist_id, horn)
