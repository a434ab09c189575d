"""New cars in stock: storage checks when due, a failed one opens an internal order, the
PDI on an internal order, and no handover without a passed PDI."""

from datetime import date, timedelta

import pytest

from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.inspection.newcars import StockCarForm
from desktop.services.inspection.records import AnswerForm, InspectionView
from desktop.services.workorders.records import OrderFilter, ReceptionForm
from tests.conftest import Workshop

VIN = "LSVAU033612345678"  # check digit 6


def fill(services: Services, sheet: InspectionView, bad: str = "") -> InspectionView:
    """Every point in order, except ``bad`` (urgent)."""
    sheet = services.inspections.all_ok(sheet.id)
    for i in sheet.items:
        if i.answer == "measure":
            value = "12.6" if i.limits.unit == "V" else "240"
            sheet = services.inspections.answer(sheet.id, AnswerForm(i.id, value=value))
        if i.label == bad:
            sheet = services.inspections.answer(sheet.id, AnswerForm(i.id, "urgent", note="需处理"))
    return services.inspections.finish(sheet.id, sheet.version)


def receive(services: Services, days_ago: int = 20) -> int:
    row = services.newcars.receive(StockCarForm(VIN, "大众", "帕萨特", colour="白", arrived_on=date.today() - timedelta(
        days=days_ago), storage_place="A区-03"))
    return row.id


def test_a_new_car_is_received_and_its_storage_checks_come_due(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as bad:
        services.newcars.receive(StockCarForm("LSVAU0335123", model="", arrived_on=date.today() + timedelta(days=2)))
    assert {"vin", "model", "arrived_on"} <= set(bad.value.errors)
    stock_id = receive(services)
    with pytest.raises(ValidationFailed):  # the same VIN twice
        services.newcars.receive(StockCarForm(VIN, "大众", "帕萨特"))
    due = services.newcars.checks_due()
    assert [r.id for r in due] == [stock_id] and due[0].last_check_on is None  # 20 days, every 15
    sheet = services.newcars.start_check(stock_id)
    assert sheet.kind == "storage" and sheet.work_order_id is None
    sheet = fill(services, sheet)
    assert sheet.result == "pass"
    row = services.newcars.stock()[0]
    assert (row.last_check_on, row.last_check_result, row.check_due) == (date.today(), "pass", False)
    assert row.next_check_on == date.today() + timedelta(days=15)


def test_a_failed_storage_check_opens_an_internal_work_order(services: Services, workshop: Workshop) -> None:
    stock_id = receive(services)
    sheet = fill(services, services.newcars.start_check(stock_id), bad="锈蚀（制动盘、底盘）")
    assert sheet.result == "fail"
    orders = services.workorders.page(OrderFilter())
    assert len(orders) == 1
    detail = services.workorders.get(orders[0].id)
    assert "锈蚀" in detail.concern and detail.customer_name.endswith("（库存商品车）")


def test_no_handover_without_a_passed_pdi(services: Services, workshop: Workshop) -> None:
    stock_id = receive(services)
    pdi_list = next(c for c in services.checklists.checklists("pdi"))
    row = services.newcars.stock()[0]
    with pytest.raises(Refused):  # no PDI yet
        services.newcars.hand_over(stock_id, row.version, workshop.customer_id)
    order_id = services.newcars.open_pdi(stock_id)
    order = services.workorders.get(order_id)
    assert order.state == "authorized" and [x.payer for x in order.lines] == ["internal"]
    with pytest.raises(Refused):  # one open order at a time
        services.newcars.open_pdi(stock_id)
    sheet = fill(services, services.inspections.start(order_id, pdi_list.id), bad="全车灯光")
    assert sheet.result == "fail"
    with pytest.raises(Refused, match="failed"):
        services.newcars.hand_over(stock_id, row.version, workshop.customer_id)
    sheet = fill(services, services.inspections.start(order_id, pdi_list.id))  # put right, checked again
    assert sheet.result == "pass" and services.newcars.stock()[0].pdi == "pass"
    with pytest.raises(ValidationFailed):  # the buyer is a customer on file
        services.newcars.hand_over(stock_id, row.version, 999999)
    sold = services.newcars.hand_over(stock_id, row.version, workshop.customer_id)
    assert sold.buyer == "张伟" and sold.handed_over_on == date.today()
    car = services.customers.get_vehicle(sold.vehicle_id)
    assert car.purchase_date == car.warranty_start == date.today()
    assert services.newcars.stock() == [] and len(services.newcars.stock(sold=True)) == 1
    # a PDI is for a car in stock: this one has an owner now
    again = services.workorders.open_order(ReceptionForm(vehicle_id=sold.vehicle_id, odometer_km=20,
                                                         concern="首保"))
    with pytest.raises(Refused, match="owner"):
        services.inspections.start(again.id, pdi_list.id)
