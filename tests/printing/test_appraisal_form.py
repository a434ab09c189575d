"""The appraisal form read back from its PDF (the goals, both scores, the grade with the
manager's reason, the three signature boxes, in Chinese), and the month's appraisals with
the pay table on the command line."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.__main__ import main
from desktop.services.container import Services
from desktop.services.kpi.appraisal import AppraisalService, ItemForm
from tests.conftest import Workshop
from tests.printing.test_workshop_forms import text


def test_the_form_and_the_pay_table(services: Services, workshop: Workshop, tmp_path: Path) -> None:
    month = date.today().replace(day=1)
    service = AppraisalService(services.db, services.desk)
    made = service.plan(workshop.tech, month)
    made = service.save_items(made.id, made.version, [ItemForm("按时完成保养作业", 40, target="95%"),
                                                      ItemForm("零返修", 30), ItemForm("完成两次内训", 30)])
    made = service.manager_score(made.id, made.version, {i.id: Decimal(i.weight) * Decimal("1.25")
                                                         for i in made.items})
    assert made.grade == "A" and made.score == Decimal("125.0")
    made = service.adjust_grade(made.id, made.version, "B", "A级名额已满，下月优先")
    words = text(service.form_pdf(made.id, "zh_CN"))
    for expected in ("员工绩效考核表", "王师傅", f"{month:%Y-%m}", "按时完成保养作业", "95%", "50.0", "125.0",
                     "A → B", "A级名额已满", "员工签字", "直接上级签字", "上级主管签字", "等级标准"):
        assert expected in words, expected
    url = services.db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "pay.csv"
    assert main(["appraisal", "--db", url, "--month", f"{month:%Y-%m}", "--csv", str(out)]) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "month,name,role,grade,performance_share_pct,factor"
    assert rows[1] == f"{month:%Y-%m},王师傅,technician,B,30,1.1"
    assert main(["appraisal", "--db", url, "--month", "2026-13"]) == 2
