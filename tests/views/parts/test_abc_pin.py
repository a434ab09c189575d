"""The parts clerk pins a part to a class with a reason; reclassification keeps it; the
ABC screen and its export show how often each part was picked (issue 15)."""

from desktop.services.container import Services
from desktop.services.parts.records import PartForm

from desktop.views.parts.abc import AbcDialog


def test_a_pinned_part_keeps_its_class_and_picks_are_shown(qtbot, services: Services, answers) -> None:  # type: ignore[no-untyped-def]
    parts = services.parts
    brake = parts.save_part(PartForm(number="5Q0698151", name="前制动片", price="420.00"))
    parts.save_part(PartForm(number="06L115562B", name="机油滤清器", price="58.00"))
    dialog = AbcDialog(services)
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.model.rows()) if r.part_id == brake.part_id)
    dialog.view.selectRow(row)
    answers["ask_item"].append("A")
    answers["ask_text"].append("")  # no reason: refused
    assert not dialog.pin() and dialog.error.text()
    answers["ask_item"].append("A")
    answers["ask_text"].append("安全件，厂家必备库存清单")
    assert dialog.pin()
    parts.classify()  # a month later: no consumption would make it C, the pin keeps it A
    assert parts.stock(brake.part_id).abc_class == "A"
    pinned = next(r for r in parts.abc_analysis() if r.part_id == brake.part_id)
    assert pinned.abc_class == "A" and "安全件" in pinned.pinned and pinned.picks == 0
    assert any(c.key == "picks" for c in dialog.model.columns)
