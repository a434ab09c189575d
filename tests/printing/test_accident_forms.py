"""The accident case's documents read back from the PDF: the assessment beside the estimate
with who pays what, the letter of authority with the insurer's amount, the checklist with
what is missing; and the cases on the command line."""

from pathlib import Path

from desktop.__main__ import main
from desktop.services.container import Services
from tests.conftest import Workshop
from tests.printing.test_workshop_forms import text
from tests.services.insurance.test_cases import accident_order, form, insurer


def test_the_comparison_the_letter_and_the_checklist(services: Services, workshop: Workshop,
                                                     tmp_path: Path) -> None:
    services.settings.set("shop_name", "鹏程汽车销售服务有限公司")
    case = services.accidents.get(services.accidents.open_case(accident_order(services, workshop),
                                                               form(insurer(services))))
    bumper, paint, lamp, fog = (x.id for x in case.items)
    case = services.accidents.assess(case.id, case.version, {
        bumper: ("1800", False, False), paint: ("1000", False, False), lamp: ("0", True, True),
        fog: ("0", True, False)}, "500", "100")
    case = services.accidents.apply_split(case.id, case.version)
    case = services.accidents.tick(case.id, "accident_report")
    words = text(services.documents.render("accident-comparison", case.number))
    for expected in ("定损对比表", case.number, "中国人保财险", "RDAA2026440300000123", "前保险杠", "2,000.00",
                     "1,800.00", "拒赔", "客户自费", "保险公司支付", "2,200.00", "免赔额", "500.00", "客户自付"):
        assert expected in words, expected
    letter = text(services.documents.render("authority-letter", case.id))
    for expected in ("授权书", "张伟", "粤B12345", "鹏程汽车销售服务有限公司", "2,200.00", "车主签字"):
        assert expected in letter, expected
    checklist = text(services.documents.render("accident-checklist", case.id))
    assert "理赔资料清单" in checklist and "事故认定书" in checklist and "缺" in checklist
    url = services.db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "cases.csv"
    assert main(["accidents", "--db", url, "--state", "open", "--csv", str(out)]) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and case.number in rows[1] and ",split," in rows[1]
