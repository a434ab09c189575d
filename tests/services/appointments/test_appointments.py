from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from desktop.services.appointments.records import AppointmentForm, BufferSlot, PlannedLine
from desktop.services.appointments.service import AppointmentService
from desktop.services.container import Services
from desktop.services.core.errors import Refused, ValidationFailed
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.workorders.records import ReceptionForm
from tests.conftest import Workshop

TOMORROW = date.today() + timedelta(days=1)


def at(hour: int, minute: int = 0, day: date = TOMORROW) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def form(w: Workshop, slot: datetime, **kw: object) -> AppointmentForm:
    base: dict[str, object] = {"slot_at": slot, "advisor_id": w.advisor, "customer_id": w.customer_id,
                               "vehicle_id": w.vehicle_id, "concern": "做保养", "work_minutes": 90,
                               "technician_id": w.tech, "bay_id": w.bay}
    base.update(kw)
    return AppointmentForm(**base)  # type: ignore[arg-type]


@pytest.fixture
def appointments(services: Services) -> AppointmentService:
    return AppointmentService(services.db, services.desk)


def second_car(services: Services, plate: str) -> tuple[int, int]:
    c = services.customers.create_customer(CustomerForm(name="李四", phones=["139" + plate[-5:] + "111"]),
                                           VehicleForm(plate=plate, make="丰田", model="凯美瑞", odometer_km=5000))
    return c.id, c.vehicles[0].id


def test_booking_checks_each_field(appointments: AppointmentService, services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as info:
        appointments.book(form(workshop, at(9), customer_id=None, vehicle_id=None, caller_name="", caller_phone="12"))
    assert set(info.value.errors) == {"caller_name", "caller_phone"}
    for slot, key in ((at(9) - timedelta(days=2), "slot"), (at(12, 15), "slot"), (at(9, 5), "slot")):
        with pytest.raises(ValidationFailed) as info:
            appointments.book(form(workshop, slot))
        assert set(info.value.errors) == {key}
    with pytest.raises(ValidationFailed) as info:
        appointments.book(form(workshop, at(9), work_minutes=600))
    assert set(info.value.errors) == {"duration"}
    with pytest.raises(ValidationFailed) as info:
        appointments.book(form(workshop, at(9), work_minutes=-5))
    assert set(info.value.errors) == {"work_minutes"}
    services.customers.archive_customer(workshop.customer_id, "搬走了")
    with pytest.raises(ValidationFailed) as info:
        appointments.book(form(workshop, at(9)))
    assert set(info.value.errors) == {"customer"}


def test_the_buffer_rule_and_the_same_car_twice(appointments: AppointmentService, services: Services,
                                                workshop: Workshop) -> None:
    first = appointments.book(form(workshop, at(9)))
    assert first.row.number.startswith("AP") and first.row.state == "booked"
    with pytest.raises(ValidationFailed) as info:
        appointments.book(form(workshop, at(9), advisor_id=workshop.inspector))
    assert "already booked" in info.value.errors["slot"].text
    for i, plate in enumerate(("粤B11111", "粤B22222")):
        cid, vid = second_car(services, plate)
        appointments.book(form(workshop, at(9, 15 * (i + 1)), customer_id=cid, vehicle_id=vid))
    cid, vid = second_car(services, "粤B33333")
    with pytest.raises(BufferSlot):
        appointments.book(form(workshop, at(9, 45), customer_id=cid, vehicle_id=vid))
    assert appointments.book(form(workshop, at(10), customer_id=cid, vehicle_id=vid)).row.state == "booked"
    cid, vid = second_car(services, "粤B44444")
    forced = appointments.book(form(workshop, at(9, 45), customer_id=cid, vehicle_id=vid, into_buffer=True))
    assert forced.row.into_buffer and forced.buffer_override_by == "anna"
    plan = appointments.day(TOMORROW)
    assert len([k for k in plan.booked if k[0] == workshop.advisor]) == 5
    assert plan.booked_hours == Decimal("7.5") and plan.available_hours == Decimal("15.0")  # 2 technicians × 7.5 h


def test_confirm_reserves_parts_and_flags_the_rest(appointments: AppointmentService, services: Services,
                                                   workshop: Workshop) -> None:
    booked = appointments.book(form(workshop, at(10), lines=(
        PlannedLine("labour", "更换机油及机油滤清器", "0.5"),
        PlannedLine("part", "机油滤清器", "2", part_number="FLT-NOPE"))))
    tomorrow = appointments.confirmation_list(TOMORROW)
    assert [r.id for r in tomorrow] == [booked.row.id] and tomorrow[0].parts_short and tomorrow[0].phone
    done = appointments.confirm(booked.row.id, booked.version, "电话确认，准时到")
    assert done.row.state == "confirmed" and done.lines[1].to_order == 2 and done.lines[1].reserved_qty == 0
    with pytest.raises(Refused):
        appointments.confirm(done.row.id, done.version)
    moved = appointments.move(done.row.id, done.version, at(14))
    assert moved.row.state == "booked"  # a new time is confirmed again


def test_arrival_opens_the_work_order_in_one_step(appointments: AppointmentService, services: Services,
                                                  workshop: Workshop) -> None:
    booked = appointments.book(form(workshop, at(10), lines=(PlannedLine("labour", "四轮定位", "1.0"),)))
    order_id = appointments.arrive(booked.row.id, booked.version, ReceptionForm(workshop.vehicle_id, 10500))
    order = services.workorders.get(order_id)
    assert order.concern == "做保养" and order.technician == "王师傅" and order.bay == "1号工位"
    assert [x.description for x in order.lines] == ["四轮定位"] and order.advisor == "李顾问"
    again = appointments.get(booked.row.id)
    assert again.row.state == "arrived" and again.row.order_number == order.number
    with pytest.raises(Refused):
        appointments.cancel(again.row.id, again.version, "客户改期")


def test_a_new_caller_becomes_a_customer_on_arrival(appointments: AppointmentService, services: Services,
                                                    workshop: Workshop) -> None:
    booked = appointments.book(form(workshop, at(11), customer_id=None, vehicle_id=None, caller_name="王五",
                                    caller_phone="13700002222", caller_plate="粤b55555"))
    assert booked.row.new_caller and booked.row.customer == "王五" and booked.row.plate == "粤B55555"
    with pytest.raises(ValidationFailed):
        appointments.arrive(booked.row.id, booked.version, ReceptionForm(workshop.vehicle_id, 100))
    cid, vid = second_car(services, "粤B55555")
    order_id = appointments.arrive(booked.row.id, booked.version, ReceptionForm(vid, 5100), customer_id=cid)
    assert services.workorders.get(order_id).customer_name == "李四"


def test_no_shows_are_counted_when_booking_again(appointments: AppointmentService, services: Services,
                                                 workshop: Workshop) -> None:
    booked = appointments.book(form(workshop, at(9)))
    with pytest.raises(Refused):
        appointments.no_show(booked.row.id, booked.version)  # not late yet
    with services.db.write("anna") as s:
        from desktop.models import Appointment

        s.get(Appointment, booked.row.id).slot_at = at(9, day=date.today() - timedelta(days=3))  # type: ignore[union-attr]
    gone = appointments.no_show(booked.row.id, booked.version + 1)
    assert gone.row.state == "no_show"
    again = appointments.book(form(workshop, at(15)))
    assert again.row.no_shows == 1
    with pytest.raises(ValidationFailed):
        appointments.cancel(again.row.id, again.version, " ")
    assert appointments.cancel(again.row.id, again.version, "客户改期").row.state == "cancelled"
    assert [r.state for r in appointments.of_customer(workshop.customer_id)] == ["cancelled", "no_show"]


def test_the_week_view_of_an_advisor(appointments: AppointmentService, workshop: Workshop) -> None:
    appointments.book(form(workshop, at(9)))
    week = appointments.week(workshop.advisor, TOMORROW)
    assert len(week.days) == 7 and (TOMORROW, time(9)) in week.booked
    assert week.load[TOMORROW][0] == Decimal("1.5")
