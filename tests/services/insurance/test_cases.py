"""An accident case from the report to the insurer's money: the insurers on file, the case on
the order, the assessment line by line, a supplement after disassembly, the split onto the
order (one invoice per payer, adding up to the fen), the insurer's partial and final
transfers, the claim file's missing papers, photos checked, and the bad input refused."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services.billing.service import InvoicingService
from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.insurance.cases import CaseForm
from desktop.services.insurance.insurers import InsurerForm
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop
from tests.services.warranty.test_claims import png


def insurer(services: Services) -> int:
    return services.insurers.save(InsurerForm("中国人保财险", "深圳分公司", "王经理", "0755-95518", 30,
                                              (("李定损", "13900000001"),)))


def accident_order(services: Services, workshop: Workshop) -> int:
    w = services.workorders
    o = w.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=20000, concern="左前碰撞，走保险"))
    o = w.add_line(o.id, o.version, LineForm("part", "前保险杠", "1", "2000", part_number="BMP-F", unit_cost="1200"))
    o = w.add_line(o.id, o.version, LineForm("labour", "钣金喷漆", "2", "500"))
    o = w.add_line(o.id, o.version, LineForm("part", "左前大灯", "1", "1500", part_number="HL-L", unit_cost="900"))
    o = w.add_line(o.id, o.version, LineForm("part", "雾灯", "1", "300", part_number="FOG-L", unit_cost="150"))
    return o.id


def form(insurer_id: int, **changes: object) -> CaseForm:
    values: dict[str, object] = {"insurer_id": insurer_id, "report_no": "rdaa2026440300000123",
                                 "accident_date": date.today() - timedelta(days=2), "policy_no": "PDAA2026",
                                 "place": "深南大道", "assessor": "李定损"}
    values.update(changes)
    return CaseForm(**values)  # type: ignore[arg-type]


def through(services: Services, workshop: Workshop, order_id: int) -> None:
    w = services.workorders
    o = w.get(order_id)
    o = w.move(o.id, o.version, "estimated")
    o = w.move(o.id, o.version, "authorized", signed_by="张伟")
    o = w.dispatch(o.id, o.version, technician_id=workshop.tech, bay_id=workshop.bay)
    for state in ("in_progress", "quality_check"):
        o = w.move(o.id, o.version, state)
    w.move(o.id, o.version, "ready", inspector_id=workshop.inspector)


def test_insurers_are_kept_with_their_assessors(services: Services) -> None:
    with pytest.raises(ValidationFailed):
        services.insurers.save(InsurerForm("", payment_days=30))
    with pytest.raises(ValidationFailed):
        services.insurers.save(InsurerForm("平安", payment_days=400))
    first = insurer(services)
    with pytest.raises(ValidationFailed):
        services.insurers.save(InsurerForm("中国人保财险", "深圳分公司"))  # on file already
    assert [(i.label, i.assessors) for i in services.insurers.insurers()] == [
        ("中国人保财险 深圳分公司", (("李定损", "13900000001"),))]
    services.insurers.retire(first)
    assert services.insurers.insurers() == []


def test_a_case_from_the_assessment_to_the_insurer_s_money(services: Services, workshop: Workshop) -> None:
    order_id = accident_order(services, workshop)
    with pytest.raises(ValidationFailed) as failed:
        services.accidents.open_case(order_id, form(insurer(services), report_no="",
                                                    accident_date=date.today() + timedelta(days=1)))
    assert set(failed.value.errors) == {"report_no", "accident_date"}
    case = services.accidents.get(services.accidents.open_case(order_id, form(services.insurers.insurers()[0].id)))
    assert case.number.startswith("BX") and case.state == "open" and len(case.items) == 4
    assert {x.payer for x in case.items} == {"insurance"}
    bumper, paint, lamp, fog = (x.id for x in case.items)
    with pytest.raises(ValidationFailed) as failed:  # more than the line
        services.accidents.assess(case.id, case.version, {bumper: ("2000.01", False, False)}, "500", "100")
    assert f"line{bumper}" in failed.value.errors
    case = services.accidents.assess(case.id, case.version, {
        bumper: ("1800", False, False), paint: ("1000", False, False), lamp: ("0", True, True),
        fog: ("0", True, False)}, "500", "100")
    assert case.state == "assessed" and case.split.assessed == Decimal(2800) and case.split.difference == 200
    # disassembly finds a broken bracket: a supplement, sent and approved on its own
    o = services.workorders.get(order_id)
    services.workorders.add_line(o.id, o.version, LineForm("part", "保险杠支架", "1", "200", part_number="BRK",
                                                           unit_cost="100"))
    case = services.accidents.send_supplement(case.id, case.version, "拆检发现支架断裂")
    with pytest.raises(Refused):
        services.accidents.apply_split(case.id, case.version)  # the supplement waits for its answer
    case = services.accidents.answer_supplement(case.id, case.version, 1, True, {case.lines[-1].id: "180"})
    assert case.supplements[0].state == "approved" and case.split.assessed == Decimal(2980)
    with pytest.raises(ValidationFailed):
        services.accidents.apply_split(case.id, case.version, "3000")  # more than the customer's share
    case = services.accidents.apply_split(case.id, case.version, "50")  # anna is a manager
    assert (case.split.insurer, case.split.customer) == (Decimal(2380), Decimal(2050))
    assert case.waived_by
    through(services, workshop, order_id)
    money = InvoicingService(services.db, "anna")
    customer = money.issue_for_order(order_id, "customer")
    insured = money.issue_for_order(order_id, "insurance")  # the cashier types nothing: the case's insurer
    assert insured.payer_name == case.insurer
    assert (insured.net, customer.net) == (Decimal(2380), Decimal(2050))  # the split, to the fen
    case = services.accidents.get(case.id)
    assert case.owed == insured.total == Decimal("2689.40")
    with pytest.raises(ValidationFailed):
        services.accidents.receive(case.id, "3000", "PICC-1")  # more than it owes
    case = services.accidents.receive(case.id, "1000", "PICC-1")
    assert case.owed == Decimal("1689.40") and case.state == "split"
    (owed,) = services.accidents.owed_by_insurer()
    assert (owed.party, owed.buckets[0]) == ("中国人保财险 深圳分公司", Decimal("1689.40"))  # the receivable, aged
    case = services.accidents.receive(case.id, "1689.40", "PICC-2")
    assert case.owed == 0 and case.state == "paid"
    with pytest.raises(Refused):
        services.accidents.send_supplement(case.id, case.version)  # too late
    assert services.accidents.close(case.id, case.version).state == "closed"


def test_the_claim_file_lists_what_is_missing(services: Services, workshop: Workshop) -> None:
    case = services.accidents.get(services.accidents.open_case(accident_order(services, workshop),
                                                               form(insurer(services))))
    assert "authority" in case.missing and len(case.missing) == 9
    case = services.accidents.tick(case.id, "accident_report")
    with pytest.raises(ValidationFailed):
        services.accidents.add_photo(case.id, "before", "x.jpg", b"not a photo")
    case = services.accidents.add_photo(case.id, "before", "左前.png", png())
    assert "accident_report" not in case.missing and "photos_before" not in case.missing
    assert [p.note for p in case.photos] == ["before"]
    assert "accident_report" in services.accidents.tick(case.id, "accident_report", done=False).missing
    rows = services.accidents.cases("open")
    assert [(r.number, r.estimate) for r in rows] == [(case.number, Decimal(4800))]
    assert services.accidents.share_by_insurer(date.today() - timedelta(days=30))[0][:2] == ("中国人保财险", 1)


def test_the_split_waits_for_credit_once_invoiced(services: Services, workshop: Workshop) -> None:
    order_id = accident_order(services, workshop)
    case = services.accidents.get(services.accidents.open_case(order_id, form(insurer(services))))
    case = services.accidents.assess(case.id, case.version, {x.id: (str(x.estimate), False, False)
                                                             for x in case.items}, "0", "0")
    case = services.accidents.apply_split(case.id, case.version)
    through(services, workshop, order_id)
    InvoicingService(services.db, "anna").issue_for_order(order_id, "insurance", payer_name="人保")
    with pytest.raises(Refused):
        services.accidents.apply_split(case.id, case.version, "10")
