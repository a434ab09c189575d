"""The three new prints read back as text: the health report (traffic lights, readings
with limits, now / can wait), the PDI report, and the exit slip of a car that left
unrepaired; the job card's papers and no-guarantee note."""

import pypdfium2 as pdfium
import pytest

from desktop.services.container import Services
from desktop.services.core.errors import Refused
from desktop.services.inspection.records import AnswerForm
from tests.conftest import Workshop
from tests.services.inspection.test_inspection import item, maintenance_sheet
from tests.services.inspection.test_newcars import fill, receive
from tests.services.workorders.test_workorders import authorized, reception


def text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_the_health_report(services: Services, workshop: Workshop) -> None:
    order = authorized(services, workshop)
    with pytest.raises(Refused):  # nothing to report yet
        services.documents.render("health-report", order.id)
    sheet = maintenance_sheet(services, order.id)
    sheet = services.inspections.all_ok(sheet.id)
    for i in sheet.items:
        if i.answer == "measure":
            value = {"V": "12.6", "kPa": "240"}.get(i.limits.unit, "6")
            sheet = services.inspections.answer(sheet.id, AnswerForm(i.id, value=value))
    sheet = services.inspections.answer(sheet.id, AnswerForm(item(sheet, "前制动片厚度"), value="1.5"))
    sheet = services.inspections.answer(sheet.id, AnswerForm(item(sheet, "雨刮及喷水"), "attention", note="胶条老化"))
    services.inspections.finish(sheet.id, sheet.version)
    words = text(services.documents.render("health-report", order.number))
    for expected in ("车辆检测诊断单", "正常 36", "需关注 1", "需立即处理 1", "前制动片厚度", "1.5 mm", "≥ 3 mm",
                     "建议立即处理", "建议近期处理", "胶条老化", "本次已完成", "更换机油及机油滤清器", "下次保养", "粤B12345"):
        assert expected in words, expected


def test_the_pdi_report(services: Services, workshop: Workshop) -> None:
    stock_id = receive(services)
    order_id = services.newcars.open_pdi(stock_id)
    pdi = next(c for c in services.checklists.checklists("pdi"))
    fill(services, services.inspections.start(order_id, pdi.id))
    words = text(services.documents.render("pdi", order_id))
    for expected in ("新车PDI检查报告", "合格，可以交车", "车身漆面无划痕", "销售顾问签字", "LSVAU033612345678"):
        assert expected in words, expected


def test_the_exit_slip_and_the_job_card_notes(services: Services, workshop: Workshop) -> None:
    form = reception(workshop)
    form.documents_in = "行驶证"
    form.non_original_parts = "副厂刹车片"
    o = services.workorders.open_order(form)
    card = text(services.documents.render("job-card", o.id))
    assert "随车证件" in card and "行驶证" in card and "副厂刹车片" in card and "不承担" in card
    with pytest.raises(Refused):  # the car is still here
        services.documents.render("exit-slip", o.id)
    o = services.visit.papers_returned(o.id, o.version, "张伟")
    o = services.visit.release(o.id, o.version, "故障未能重现")
    words = text(services.documents.render("exit-slip", o.number))
    for expected in ("出厂通知单", "未修出厂", "故障未能重现", "113.00", "未结清", "门卫签字", "行驶证"):
        assert expected in words, expected
