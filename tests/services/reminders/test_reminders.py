from datetime import date, timedelta

import pytest

from desktop.services.container import Services
from desktop.services.core.errors import ValidationFailed
from desktop.services.customers.records import CustomerForm
from desktop.services.reminders.records import DueFilter
from desktop.services.reminders.rules.due import add_months
from desktop.services.reminders.service import ReminderService
from tests.conftest import Workshop
from tests.services.aftercare.test_followups import delivered

TODAY = date.today()


@pytest.fixture
def reminders(services: Services) -> ReminderService:
    return ReminderService(services.db, services.desk)


def test_a_maintenance_visit_puts_the_car_on_the_list_six_months_on(reminders: ReminderService, services: Services,
                                                                    workshop: Workshop) -> None:
    delivered(services, workshop)  # the 10,000 km package: a maintenance visit
    due_on = add_months(TODAY, 6)
    rows = reminders.due_list(DueFilter(due_on - timedelta(days=3), due_on + timedelta(days=3)))
    assert [(r.kind, r.plate, r.due_on, r.due_km, r.status) for r in rows] == [
        ("maintenance", "粤B12345", due_on, 18_000, "later")]
    assert rows[0].phone == "13812345678" and rows[0].last_visit_on == TODAY
    later = reminders.due_list(DueFilter(due_on, due_on), today=due_on + timedelta(days=10))
    assert later[0].status == "overdue"
    assert reminders.due_list(DueFilter(TODAY, TODAY + timedelta(days=30))) == []


def test_calls_outcomes_and_who_leaves_the_list(reminders: ReminderService, services: Services,
                                                workshop: Workshop) -> None:
    delivered(services, workshop)
    flt = DueFilter(TODAY, add_months(TODAY, 7))
    with pytest.raises(ValidationFailed) as info:
        reminders.log_call(workshop.vehicle_id, "maintenance", "maybe")
    assert set(info.value.errors) == {"outcome"}
    reminders.log_call(workshop.vehicle_id, "maintenance", "not_reached")
    assert reminders.due_list(flt)[0].last_outcome == "not_reached"
    reminders.log_call(workshop.vehicle_id, "maintenance", "sold", "车卖了")
    assert reminders.due_list(flt) == []
    delivered(services, workshop)  # the car came back: on the list again
    assert len(reminders.due_list(flt)) == 1


def test_inspection_insurance_and_consent(reminders: ReminderService, services: Services, workshop: Workshop) -> None:
    vehicle = services.customers.get_vehicle(workshop.vehicle_id)
    with services.db.write("anna") as s:
        from desktop.models import Vehicle

        car = s.get(Vehicle, vehicle.id)
        assert car is not None
        car.inspection_due, car.insurance_due = TODAY + timedelta(days=20), TODAY + timedelta(days=40)
    rows = reminders.due_list(DueFilter(TODAY, TODAY + timedelta(days=60)))
    assert [r.kind for r in rows] == ["inspection", "insurance"]
    messages = reminders.messages(rows)
    assert "粤B12345" in messages[0][1] and "年审" in messages[0][1] and "张伟" in messages[1][1]
    due = rows[0].due_on.isoformat()
    assert f"将于{due}到期" in messages[0][1]
    # a letter printed after the date no longer promises it
    late = reminders.messages(rows, today=rows[0].due_on + timedelta(days=3))
    assert f"已于{due}到期" in late[0][1] and "将于" not in late[0][1]
    detail = services.customers.get_customer(workshop.customer_id)
    services.customers.update_customer(detail.id, detail.version, CustomerForm(
        name="张伟", phones=["13812345678"], consent_contact=False))
    assert reminders.due_list(DueFilter(TODAY, TODAY + timedelta(days=60))) == []


def test_the_maintenance_rate_counts_cars_due_that_came_back(services: Services, workshop: Workshop) -> None:
    from desktop.services.reminders.kpi import MaintenanceKpi

    delivered(services, workshop)
    due_on = add_months(TODAY, 6)
    kpi = MaintenanceKpi(services.db, services.desk)
    before = kpi.maintenance_rate(due_on - timedelta(days=5), due_on + timedelta(days=5))
    assert (before.due, before.done, before.rate) == (1, 0, 0.0)
    with services.db.write("anna") as s:  # the car came back for its service, six months on
        from desktop.models import WorkOrder

        order = s.query(WorkOrder).one()
        order.delivered_at = order.delivered_at - timedelta(days=183)
    delivered(services, workshop)
    after = kpi.maintenance_rate(due_on - timedelta(days=190), due_on - timedelta(days=170))
    assert (after.due, after.done) == (1, 1) and after.vehicle_ids == (workshop.vehicle_id,)
