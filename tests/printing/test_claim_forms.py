"""The claim form and the old-part tags read back from the PDF: the car, the fault, the
lines at the manufacturer's prices with the answer, the tag number under its barcode."""

from pathlib import Path

from desktop.__main__ import main
from desktop.services.container import Services
from desktop.services.warranty.claims import ClaimForm
from desktop.services.workorders.records import ReceptionForm
from tests.conftest import Workshop
from tests.printing.test_workshop_forms import text
from tests.services.warranty.test_claims import png, repaired


def test_the_claim_form_and_the_tags(services: Services, workshop: Workshop) -> None:
    services.settings.set("manufacturer_name", "一汽-大众销售有限责任公司")
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    claim = services.claims.save(claim.id, claim.version, ClaimForm("右前行驶异响", "右前减震器漏油", "C1234"))
    claim = services.claims.attach(claim.id, "漏油照片.png", png())
    draft = text(services.documents.render("claim", claim.id))
    assert "草稿" in draft and "索赔申请单" in draft
    claim = services.claims.submit(claim.id, claim.version)
    claim = services.claims.decide(claim.id, claim.version, {claim.lines[1].id: (False, "part")})
    words = text(services.documents.render("claim", claim.number))
    for expected in (claim.number, "一汽-大众销售有限责任公司", "粤B12345", "右前行驶异响", "右前减震器漏油",
                     "C1234", "更换右前减震器", "150.00", "550.00", "700.00", "拒赔", "漏油照片.png", "索赔员"):
        assert expected in words, expected
    tags = text(services.documents.render("old-part-tags", claim.id))
    for expected in ("旧件标签", claim.old_parts[0].tag, "SA-100", "右前减震器", claim.number):
        assert expected in tags, expected


def test_claims_on_the_command_line(services: Services, workshop: Workshop, tmp_path: Path,
                                    capsys: object) -> None:
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    url = services.db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "claims.csv"
    assert main(["claims", "--db", url, "--state", "draft", "--csv", str(out)]) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("claim,state,order") and len(rows) == 2 and ",draft," in rows[1]
    assert main(["claims", "--db", url, "--state", "paid"]) == 0
    assert claim.state == "draft"


def test_the_customer_s_old_parts_asked_at_reception_and_on_the_delivery_report(services: Services,
                                                                                 workshop: Workshop) -> None:
    order_id = repaired(services, workshop, invoice=False, old_parts_choice="take", old_parts_outcome="handed")
    order = services.workorders.get(order_id)
    assert (order.old_parts_choice, order.old_parts_outcome) == ("take", "handed")
    assert "旧件" in text(services.documents.render("delivery-report", order_id))
    assert "客户带走（已交客户）" in text(services.documents.render("delivery-report", order_id))
    left = services.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=15100,
                                                        concern="保养", old_parts_choice="leave",
                                                        old_parts_outcome="handed"))
    assert (left.old_parts_choice, left.old_parts_outcome) == ("leave", "scrapped")  # left to us: not handed
