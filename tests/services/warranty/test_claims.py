"""Claims to the manufacturer: the state machine, the amounts at the manufacturer's prices
agreeing with the warranty invoice, the fault required, consent by a technical report, the
refused amount credited and settled, the transfer matched, files checked, the old parts,
and the lists."""

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PIL import Image

from desktop.services.billing.service import InvoicingService
from desktop.services.container import Services
from desktop.services.core import attachments
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.warranty.claims import ClaimForm
from desktop.services.warranty.reports import ReportForm
from desktop.services.warranty.rules import claims as rules
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop


def repaired(services: Services, workshop: Workshop, component: str = "vehicle", invoice: bool = True,
             **reception: str) -> int:
    """A delivered order: the customer's oil change, and a warranty shock absorber (labour
    and part) claimed under ``component``; the cashier issues both invoices."""
    w = services.workorders
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=15000, concern="右前异响",
                                   **reception))  # type: ignore[arg-type]
    o = w.add_line(o.id, o.version, LineForm("labour", "更换机油机滤", "0.5", "200"))
    o = w.add_line(o.id, o.version, LineForm("labour", "更换右前减震器", "1.5", "200", payer="warranty",
                                                   warranty_component=component))
    o = w.add_line(o.id, o.version, LineForm("part", "右前减震器", "1", "800", payer="warranty",
                                                   part_number="SA-100", unit_cost="500",
                                                   warranty_component=component))
    o = w.move(o.id, o.version, "estimated")
    o = w.move(o.id, o.version, "authorized", signed_by="张伟")
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    for state in ("in_progress", "quality_check"):
        o = w.move(o.id, o.version, state)
    o = w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    o = w.move(o.id, o.version, "delivered")
    if invoice:
        money = InvoicingService(services.db, "anna")
        money.issue_for_order(o.id, "customer")
        money.issue_for_order(o.id, "warranty", payer_name="一汽-大众")
    return o.id


def png(size: int = 8) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), "red").save(out, "PNG")
    return out.getvalue()


def test_the_state_machine_allows_only_the_trade_s_moves() -> None:
    assert rules.move_problem("draft", "submitted") is None
    assert rules.move_problem("draft", "approved") is not None
    assert rules.move_problem("rejected", "draft") is None  # resubmitted
    assert rules.move_problem("paid", "draft") is not None
    assert rules.verdict([(Decimal(10), True), (Decimal(5), True)]) == rules.Verdict("approved", Decimal(15))
    assert rules.verdict([(Decimal(10), True), (Decimal(5), False)]) == rules.Verdict("partly", Decimal(10))
    assert rules.verdict([(Decimal(10), False)]) == rules.Verdict("rejected", Decimal(0))
    assert rules.part_price(Decimal("500"), Decimal("10")) == Decimal("550.00")
    assert rules.age_bucket(date(2026, 1, 1), date(2026, 1, 31)) == "0–30"
    assert rules.age_bucket(date(2026, 1, 1), date(2026, 2, 1)) == "31–60"
    assert rules.age_bucket(date(2026, 1, 1), date(2026, 6, 1)) == "> 90"


def test_a_claim_at_the_manufacturer_s_prices_agrees_with_the_warranty_invoice(
        services: Services, workshop: Workshop) -> None:
    order_id = repaired(services, workshop)
    claim = services.claims.get(services.claims.create(order_id))
    # 1.5 h at the manufacturer's ¥100, the part at cost ¥500 + 10% handling: not the retail ¥300 + ¥800.
    assert [(x.description, x.amount) for x in claim.lines] == [("更换右前减震器", Decimal("150.00")),
                                                                 ("右前减震器", Decimal("550.00"))]
    assert claim.claimed == Decimal("700.00")
    money = InvoicingService(services.db, "anna")
    warranty = money.get(next(i for i in money.invoices() if i.payer == "warranty").id)
    assert warranty.net == claim.claimed and claim.invoice_total == warranty.total == Decimal("791.00")
    assert [(p.part_number, p.state) for p in claim.old_parts] == [("SA-100", "kept")]
    assert claim.old_parts[0].tag.startswith("JJ")
    with pytest.raises(Refused):
        services.claims.create(order_id)  # one claim per order


def test_a_claim_needs_its_fault_before_it_is_submitted(services: Services, workshop: Workshop) -> None:
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    claim = services.claims.save(claim.id, claim.version, ClaimForm(symptom="右前异响", cause=""))
    with pytest.raises(ValidationFailed) as failed:
        services.claims.submit(claim.id, claim.version)
    assert set(failed.value.errors) == {"cause"}
    assert services.claims.get(claim.id).state == "draft"  # nothing half-saved
    claim = services.claims.save(claim.id, claim.version, ClaimForm("右前异响", "减震器漏油", "c1234"))
    claim = services.claims.submit(claim.id, claim.version)
    assert claim.state == "submitted" and claim.number.startswith("SP") and claim.fault_code == "C1234"
    assert claim.submitted_on == date.today()


def test_a_partly_approved_claim_is_credited_borne_as_goodwill_and_paid(services: Services,
                                                                        workshop: Workshop) -> None:
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    claim = services.claims.save(claim.id, claim.version, ClaimForm("异响", "减震器漏油"))
    claim = services.claims.submit(claim.id, claim.version)
    _labour, part = claim.lines
    with pytest.raises(ValidationFailed):  # a refusal needs its reason
        services.claims.decide(claim.id, claim.version, {part.id: (False, "")})
    claim = services.claims.decide(claim.id, claim.version, {part.id: (False, "part")}, "旧件未按时返还")
    assert (claim.state, claim.approved, claim.rejection_reason) == ("partly", Decimal("150.00"), "part")
    assert claim.approved_gross == Decimal("169.50")
    claim = services.claims.settle(claim.id, claim.version, "goodwill")  # anna is a manager
    assert claim.settlement == "goodwill"
    money = InvoicingService(services.db, "anna")
    warranty = money.find(claim.invoice_number)
    assert warranty is not None and warranty.balance == Decimal("169.50")  # the part credited
    with pytest.raises(ValidationFailed):
        services.claims.receive(claim.id, "200", "FAW-2026-889")
    with pytest.raises(ValidationFailed):
        services.claims.receive(claim.id, "100", "")
    claim = services.claims.receive(claim.id, "100", "FAW-2026-889")
    assert claim.state == "partly" and claim.outstanding == Decimal("69.50")
    claim = services.claims.receive(claim.id, "69.50", "FAW-2026-901")
    assert claim.state == "paid" and claim.paid_on == date.today()
    warranty = money.find(claim.invoice_number)
    assert warranty is not None and warranty.balance == 0


def test_a_rejection_is_resubmitted_or_charged_to_the_customer_with_consent(services: Services,
                                                                           workshop: Workshop) -> None:
    order_id = repaired(services, workshop)
    claim = services.claims.get(services.claims.create(order_id))
    claim = services.claims.save(claim.id, claim.version, ClaimForm("异响", "减震器漏油"))
    claim = services.claims.submit(claim.id, claim.version)
    number = claim.number
    claim = services.claims.decide(claim.id, claim.version, {x.id: (False, "documents") for x in claim.lines})
    assert (claim.state, claim.approved) == ("rejected", 0)
    claim = services.claims.resubmit(claim.id, claim.version)
    assert (claim.state, claim.round) == ("draft", 2)
    claim = services.claims.attach(claim.id, "减震器.png", png())
    claim = services.claims.submit(claim.id, claim.version)
    assert claim.number == number  # the same claim, sent again
    claim = services.claims.decide(claim.id, claim.version, {x.id: (False, "exclusion") for x in claim.lines})
    with pytest.raises(ValidationFailed) as failed:
        services.claims.settle(claim.id, claim.version, "customer")
    assert set(failed.value.errors) == {"consent"}
    claim = services.claims.settle(claim.id, claim.version, "customer", consent="张伟 电话同意")
    assert claim.state == "closed"
    bill = InvoicingService(services.db, "anna").settlement(order_id)
    customer = next(b for b in bill.bills if b.payer == "customer")
    refused = {x.id for x in claim.lines}
    assert len(customer.uninvoiced) == 2 and sum(a for i, _d, _q, a in customer.lines if i in customer.uninvoiced) \
        == Decimal("700.00")  # the refused lines now wait for the customer's invoice
    assert refused
    with pytest.raises(Refused):
        services.claims.settle(claim.id, claim.version, "goodwill")  # settled once


def test_a_powertrain_repair_is_claimed_only_with_the_manufacturer_s_consent(services: Services,
                                                                            workshop: Workshop) -> None:
    claim = services.claims.get(services.claims.create(repaired(services, workshop, component="powertrain")))
    claim = services.claims.save(claim.id, claim.version, ClaimForm("变速箱顿挫", "阀体故障", "P0730"))
    assert claim.needs_consent
    with pytest.raises(ValidationFailed) as failed:
        services.claims.submit(claim.id, claim.version)
    assert set(failed.value.errors) == {"tech_report"}
    reports = services.tech_reports
    rid = reports.create(ReportForm(workshop.vehicle_id, "2挡升3挡顿挫", "阀体是否按保修更换？",
                                    "读码P0730，油压正常", "powertrain", "p0730"))
    report = reports.reports()[0]
    claim = services.claims.save(claim.id, claim.version, ClaimForm("变速箱顿挫", "阀体故障", "P0730",
                                                                    tech_report_id=rid))
    with pytest.raises(ValidationFailed):
        services.claims.submit(claim.id, claim.version)  # not answered yet
    reports.answer(rid, report.version, "approved", "同意按保修更换阀体")
    claim = services.claims.submit(services.claims.get(claim.id).id, services.claims.get(claim.id).version)
    assert claim.state == "submitted"
    stats = reports.fault_statistic(date.today() - timedelta(days=30))
    assert [(f.component, f.fault_code, f.reports, f.claims) for f in stats] == [("powertrain", "P0730", 1, 1)]


def test_files_are_checked_by_content_and_size(services: Services, workshop: Workshop) -> None:
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    with pytest.raises(ValidationFailed):
        services.claims.attach(claim.id, "photo.jpg", b"MZ\x90\x00 not a photo")
    with pytest.raises(ValidationFailed):
        services.claims.attach(claim.id, "big.png", png()[:20] + b"\0" * attachments.MAX_BYTES)
    with pytest.raises(ValidationFailed):
        services.claims.attach(claim.id, "cut.png", png()[:30])  # a damaged file
    claim = services.claims.attach(claim.id, "减震器漏油.png", png(), "拆下后")
    assert [(a.name, a.kind) for a in claim.attachments] == [("减震器漏油.png", "png")]
    assert services.claims.attachment(claim.attachments[0].id)[2] == png()


def test_old_parts_are_returned_or_scrapped_with_the_instruction(services: Services, workshop: Workshop) -> None:
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    tag = claim.old_parts[0]
    services.old_parts.place(tag.id, "旧件架 A-3")
    assert services.old_parts.rows()[0].location == "旧件架 A-3"
    with pytest.raises(ValidationFailed):
        services.old_parts.dispose([tag.id], "returned", "")
    assert services.old_parts.dispose([tag.id], "returned", "FH20261201") == 1
    assert services.old_parts.rows() == [] and services.old_parts.rows("returned")[0].reference == "FH20261201"
    with pytest.raises(Refused):
        services.old_parts.dispose([tag.id], "scrapped", "X1")


def test_the_lists_show_deadlines_receivables_and_rejections(services: Services, workshop: Workshop) -> None:
    services.settings.set("claim_submit_days", 3)
    claim = services.claims.get(services.claims.create(repaired(services, workshop)))
    assert [r.id for r in services.claims.due_soon()] == [claim.id]
    claim = services.claims.save(claim.id, claim.version, ClaimForm("异响", "漏油"))
    claim = services.claims.submit(claim.id, claim.version)
    assert services.claims.due_soon() == []
    claim = services.claims.decide(claim.id, claim.version, {claim.lines[1].id: (False, "part")})
    ageing = services.claims.receivable()
    assert ageing.total == Decimal("169.50") and ageing.buckets["0–30"] == Decimal("169.50")
    assert services.claims.rejections() == [("part", 1, Decimal("550.00"))]
    assert [r.state for r in services.claims.claims("open")] == ["partly"]
