"""Plans sold and used: the maintenance plan's services counted by the orders that use
them (a cancelled order gives its service back, the last one cannot be used twice, never
on another car), the extended warranty extending the car's cover, expiry, the renewal
list, the transfer to the car's new owner and the manager's refund of the unused share."""

import multiprocessing
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.db import Database
from desktop.services.billing.records import PaymentForm
from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk, NotPermitted
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.plans.records import ProductForm, SaleForm
from desktop.services.plans.rules import plans as rules
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop


def oil_package(services: Services) -> int:
    return next(p.id for p in services.workorders.packages() if p.items)


def maintenance_plan(services: Services, services_count: int = 3) -> int:
    return services.plan_products.save_product(None, ProductForm(
        "MP3", "保养套餐 3 次", "maintenance", "1500", 24, services=services_count,
        package_id=oil_package(services), extras="洗车 4 次", terms="套餐内保养项目以保养手册为准。")).id


def test_rules_dates_and_unused_value() -> None:
    assert rules.ends_on(date(2026, 3, 15), 12) == date(2027, 3, 14)
    assert rules.ends_on(date(2026, 1, 31), 1) == date(2026, 2, 27)
    assert rules.add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert rules.unused_value(Decimal("1500"), 3, 1, date(2026, 1, 1), date(2027, 12, 31), date(2026, 6, 1),
                              "maintenance") == Decimal("1000.00")
    assert rules.unused_value(Decimal("365"), 0, 0, date(2026, 1, 1), date(2026, 12, 31), date(2026, 12, 31),
                              "roadside") == Decimal("1.00")
    assert rules.unused_value(Decimal("365"), 0, 0, date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 1),
                              "roadside") == Decimal("0.00")
    assert rules.points_earned(Decimal("235.50"), Decimal("1")) == 235
    assert rules.points_for(Decimal("1.00"), Decimal("0.01")) == 100
    assert rules.points_for(Decimal("1.005"), Decimal("0.01")) is None
    assert rules.state_on("active", date(2026, 1, 1), date(2026, 1, 2)) == "expired"
    assert rules.state_on("active", date(2026, 1, 1), date(2026, 1, 1), 3, 3, "maintenance") == "used up"


def test_products_are_checked(services: Services) -> None:
    with pytest.raises(ValidationFailed) as bad:
        services.plan_products.save_product(None, ProductForm("", "", "maintenance", "-1", 0))
    assert {"code", "name", "price", "months", "services"} <= set(bad.value.errors)
    with pytest.raises(ValidationFailed) as bad:
        services.plan_products.save_product(None, ProductForm("EW", "延保", "extension", "3000", 24, km=50000,
                                                              covers="engine"))
    assert "covers" in bad.value.errors
    ew = services.plan_products.save_product(None, ProductForm("EW", "动力总成延保 2 年", "extension", "3000", 24,
                                                               km=50000, covers="powertrain"))
    with pytest.raises(ValidationFailed):  # the code again
        services.plan_products.save_product(None, ProductForm("ew", "x", "roadside", "100", 12, callouts=3))
    assert [p.code for p in services.plan_products.products()] == ["EW"] and ew.covers == "powertrain"


def _order(services: Services, vehicle_id: int) -> tuple[int, int]:
    o = services.workorders.open_order(ReceptionForm(vehicle_id=vehicle_id, odometer_km=20000, concern="保养"))
    return o.id, o.version


def test_a_maintenance_plan_is_sold_invoiced_used_and_used_up(services: Services, workshop: Workshop) -> None:
    product = maintenance_plan(services, 2)
    plan = services.plans.sell(SaleForm(product, workshop.customer_id, workshop.vehicle_id))
    assert plan.number.startswith("PLN") and plan.state == "active" and plan.left == 2
    assert plan.ends_on == rules.ends_on(date.today(), 24) and plan.extras == "洗车 4 次"
    invoice = services.invoicing.get(plan.invoice_id or 0)
    assert invoice.net == Decimal("1500.00") and invoice.lines[0].kind == "plan" and plan.number in \
        invoice.lines[0].description
    services.invoicing.take_payment(invoice.id, [PaymentForm("wechat", invoice.total, "wx1")])

    w = services.workorders
    first = _order(services, workshop.vehicle_id)
    o = w.add_package(*first, None, plan_contract_id=plan.id)
    assert o.lines and {x.payer for x in o.lines} == {"plan"}
    with pytest.raises(Refused):  # one service per visit
        w.add_package(o.id, o.version, None, plan_contract_id=plan.id)
    assert services.plans.get(plan.id).used == 1 and services.plans.get(plan.id).unused == Decimal("750.00")
    # the plan's lines are not invoiced to anyone
    assert all(b.payer != "plan" for b in services.invoicing.settlement(o.id).bills)

    second = _order(services, workshop.vehicle_id)
    w.add_package(*second, None, plan_contract_id=plan.id)
    third = _order(services, workshop.vehicle_id)
    with pytest.raises(Refused):  # used up
        w.add_package(*third, None, plan_contract_id=plan.id)
    assert services.plans.get(plan.id).state == "used up"
    # a cancelled order gives its service back
    o2 = w.get(second[0])
    w.move(o2.id, o2.version, "cancelled", note="客户改期")
    assert services.plans.get(plan.id).left == 1
    done = w.add_package(*third, None, plan_contract_id=plan.id)
    assert services.plans.get(plan.id).uses[-1][0] == done.number


def test_a_plan_pays_only_on_its_own_car_and_only_through_use_plan(services: Services, workshop: Workshop) -> None:
    plan = services.plans.sell(SaleForm(maintenance_plan(services), workshop.customer_id, workshop.vehicle_id))
    other = services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]),
                                               VehicleForm(plate="粤B99999", make="丰田", odometer_km=5000))
    order = _order(services, other.vehicles[0].id)
    with pytest.raises(Refused, match="another car"):
        services.workorders.add_package(*order, None, plan_contract_id=plan.id)
    with pytest.raises(ValidationFailed):  # a plan line typed by hand
        services.workorders.add_line(*order, LineForm("labour", "保养", "1", "100", payer="plan"))
    with pytest.raises(ValidationFailed):  # a car that is not the customer's
        services.plans.sell(SaleForm(maintenance_plan_id(services), workshop.customer_id, other.vehicles[0].id))


def maintenance_plan_id(services: Services) -> int:
    return next(p.id for p in services.plan_products.products() if p.kind == "maintenance")


def test_expiry_renewal_list_and_an_expired_plan_refused(services: Services, workshop: Workshop) -> None:
    product = maintenance_plan(services)
    start = date.today() - timedelta(days=20)
    plan = services.plans.sell(SaleForm(product, workshop.customer_id, workshop.vehicle_id, starts_on=start))
    assert services.plans.contracts(expiring_days=30) == []
    short = services.plan_products.save_product(None, ProductForm("RA", "道路救援 1 年", "roadside", "300", 1,
                                                                  callouts=4, tow_km=100))
    ra = services.plans.sell(SaleForm(short.id, workshop.customer_id, workshop.vehicle_id, starts_on=start))
    assert [c.number for c in services.plans.contracts(expiring_days=30)] == [ra.number]
    assert services.plans.of_vehicle(workshop.vehicle_id)[0].number in (plan.number, ra.number)
    with pytest.raises(ValidationFailed):  # too far back
        services.plans.sell(SaleForm(product, workshop.customer_id, workshop.vehicle_id,
                                     starts_on=date.today() - timedelta(days=60)))


def test_an_extended_warranty_extends_the_cover(services: Services, workshop: Workshop) -> None:
    ew = services.plan_products.save_product(None, ProductForm("EW2", "动力总成延保 2 年", "extension", "3000", 24,
                                                               km=50000, covers="powertrain"))
    plan = services.plans.sell(SaleForm(ew.id, workshop.customer_id, workshop.vehicle_id))
    cover = services.warranty.coverage(workshop.vehicle_id)
    assert any(e[1] == "powertrain" and e[2] == 24 and e[3] == 50000 and e[4] == plan.number
               for e in cover.extensions)


def test_transfer_to_the_new_owner_and_the_managers_refund(services: Services, workshop: Workshop) -> None:
    plan = services.plans.sell(SaleForm(maintenance_plan(services, 4), workshop.customer_id, workshop.vehicle_id))
    buyer = services.customers.create_customer(CustomerForm(name="周杰", phones=["13700002222"]))
    with pytest.raises(Refused):  # the car is not theirs yet
        services.plans.transfer(plan.id, services.plans.version_of(plan.id), buyer.id)
    car = services.customers.get_vehicle(workshop.vehicle_id)
    services.customers.transfer_vehicle(car.id, car.version, buyer.id)
    moved = services.plans.transfer(plan.id, services.plans.version_of(plan.id), buyer.id)
    assert moved.customer_id == buyer.id

    advisor = Services.create(services.db, Desk(Actor("lee", "李顾问", roles=frozenset({"advisor"}),
                                                      permissions=DEFAULT_GRANTS["advisor"])))
    with pytest.raises(NotPermitted):
        advisor.plans.refund(plan.id, services.plans.version_of(plan.id), "客户卖车")
    o = _order(services, workshop.vehicle_id)
    services.workorders.add_package(*o, None, plan_contract_id=plan.id)
    refunded = services.plans.refund(plan.id, services.plans.version_of(plan.id), "客户卖车不再需要")
    assert refunded.state == "refunded" and refunded.unused == 0
    credit = services.invoicing.invoices(customer_id=workshop.customer_id)[0]
    assert credit.kind == "credit" and services.invoicing.get(credit.id).net == Decimal("-1125.00")  # 3 of 4


def _use_last(url: str, contract_id: int, order_id: int, out: "multiprocessing.Queue[str]") -> None:
    db = Database(url)
    s = Services.create(db, "pc")
    o = s.workorders.get(order_id)
    try:
        s.workorders.add_package(o.id, o.version, None, plan_contract_id=contract_id)
        out.put("used")
    except Refused:
        out.put("refused")
    db.dispose()


def test_two_desks_cannot_both_use_the_last_service(db: Database) -> None:
    services = Services.create(db, "anna")
    workshop = Workshop(services)
    plan = services.plans.sell(SaleForm(maintenance_plan(services, 1), workshop.customer_id, workshop.vehicle_id))
    orders = [_order(services, workshop.vehicle_id)[0] for _ in range(2)]
    url = db.engine.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_use_last, args=(url, plan.id, o, out)) for o in orders]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert sorted(out.get(timeout=5) for _ in procs) == ["refused", "used"]
    assert services.plans.get(plan.id).used == 1


def test_the_reports_whole_fen_agree_with_the_rule() -> None:
    from desktop.services.plans.liability import unused_fen

    start, end = date(2026, 1, 1), date(2027, 12, 31)
    for price in (Decimal("1280.00"), Decimal("298.00"), Decimal("0.01"), Decimal("3333.33")):
        for kind, services, used in (("maintenance", 3, 1), ("maintenance", 6, 5), ("roadside", 0, 0)):
            for day in (date(2025, 12, 1), date(2026, 5, 31), date(2027, 12, 31), date(2028, 1, 1)):
                rule = rules.unused_value(price, services, used, start, end, day, kind)
                fen = unused_fen(int(price * 100), kind, services, used, start.toordinal(), end.toordinal(),
                                 day.toordinal())
                assert Decimal(fen) / 100 == rule, (price, kind, day)
