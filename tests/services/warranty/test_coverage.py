"""Coverage as a pure function at its edges, and a car's cover read from the shop's data:
policies per make and series, an extension, an exclusion, the flags, and a warranty line
outside the cover held to a manager's goodwill."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.container import Services
from desktop.services.core.desk import Actor, Desk, NotPermitted
from desktop.services.core.errors import ValidationFailed
from desktop.services.users.rules.roles import DEFAULT_GRANTS
from desktop.services.warranty.rules.coverage import (
    Exclusion,
    Term,
    add_months,
    coverage,
    service_gap,
)
from desktop.services.warranty.service import PolicyForm
from desktop.services.workorders.records import LineForm, ReceptionForm
from tests.conftest import Workshop

START = date(2024, 3, 15)
TERMS = [Term("vehicle", 24, 60_000), Term("powertrain", 36, 100_000)]


def test_the_last_day_is_covered_and_the_next_is_not() -> None:
    last = date(2026, 3, 14)
    on = coverage(TERMS, START, last, 10_000)[0]
    assert (on.covered, on.ends_on, on.days_left) == (True, last, 0)
    after = coverage(TERMS, START, last + timedelta(days=1), 10_000)[0]
    assert (after.covered, after.reason) == (False, "expired")


def test_exactly_at_the_km_limit_is_covered_one_km_more_is_not() -> None:
    at = coverage(TERMS, START, date(2025, 1, 1), 60_000)[0]
    assert at.covered and at.km_left == 0
    over = coverage(TERMS, START, date(2025, 1, 1), 60_001)[0]
    assert (over.covered, over.reason) == (False, "over_km")


def test_a_component_with_a_longer_term_outlives_the_whole_car() -> None:
    vehicle, powertrain = coverage(TERMS, START, date(2026, 6, 1), 70_000)
    assert not vehicle.covered and powertrain.covered and powertrain.ends_on == date(2027, 3, 14)


def test_an_extension_adds_months_and_km_to_its_component() -> None:
    extended = coverage(TERMS, START, date(2026, 6, 1), 70_000, extensions=[Term("vehicle", 12, 40_000)])[0]
    assert extended.covered and extended.extended and extended.ends_on == date(2027, 3, 14)
    assert extended.ends_km == 100_000


def test_an_exclusion_and_a_missing_start() -> None:
    out = coverage(TERMS, START, date(2025, 1, 1), 10_000, exclusions=[Exclusion("powertrain", "modified")])
    assert [c.covered for c in out] == [True, False] and out[1].reason == "modified"
    whole = coverage(TERMS, START, date(2025, 1, 1), 10_000, exclusions=[Exclusion("", "odometer")])
    assert not any(c.covered for c in whole)
    assert coverage(TERMS, None, date(2025, 1, 1), 10)[0].reason == "no_start"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.integers(1, 120))
def test_the_term_ends_the_day_before_the_anniversary(start: date, months: int) -> None:
    cover = coverage([Term("vehicle", months, 1)], start, start, 0)[0]
    assert cover.ends_on == add_months(start, months) - timedelta(days=1)


def test_a_gap_in_the_maintenance_is_found() -> None:
    services = [date(2024, 9, 1), date(2025, 3, 1)]
    assert service_gap(services, START, date(2025, 9, 1), 6, 2) is None
    assert service_gap(services, START, date(2025, 12, 1), 6, 2) == (date(2025, 3, 1), date(2025, 12, 1))
    assert service_gap([date(2025, 6, 1)], START, date(2025, 7, 1), 6, 2) == (START, date(2025, 6, 1))


def as_role(services: Services, role: str) -> Services:
    return Services.create(services.db, Desk(Actor(role, role, None, (role,), DEFAULT_GRANTS[role])))


def under_warranty(services: Services, workshop: Workshop, start: date) -> None:
    clerk = as_role(services, "warranty")
    clerk.warranty.save_policy(PolicyForm("大众", "vehicle", 36, 100_000, free_inspections="1500 7500"))
    clerk.warranty.save_policy(PolicyForm("大众", "battery", 96, 150_000))
    clerk.warranty.save_policy(PolicyForm("大众", "vehicle", 24, 60_000, series="朗逸"))  # the series' own term
    with services.db.write("anna") as s:
        from desktop.models import Vehicle

        car = s.get(Vehicle, workshop.vehicle_id)
        assert car is not None
        car.series, car.warranty_start = "朗逸", start


def test_a_cars_cover_from_its_policies_extension_and_exclusion(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as bad:
        services.warranty.save_policy(PolicyForm("", "wheels", "0", "abc", free_inspections="soon"))
    assert set(bad.value.errors) == {"make", "component", "months", "km", "free_inspections"}
    under_warranty(services, workshop, date.today() - timedelta(days=400))
    cover = services.warranty.coverage(workshop.vehicle_id)
    vehicle = cover.of("vehicle")
    assert vehicle is not None and vehicle.covered and vehicle.ends_km == 60_000  # 朗逸's own term
    assert cover.of("battery") is not None and cover.km == 10_000 and cover.free_inspections == ()
    assert cover.service_gap is not None  # a year without maintenance here: flagged for a look
    cover = services.warranty.add_extension(workshop.vehicle_id, "vehicle", 12, 40_000, "YB-2026-001")
    assert cover.of("vehicle").ends_km == 100_000 and cover.extensions[0][4] == "YB-2026-001"  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed):
        services.warranty.exclude(workshop.vehicle_id, "bored", "")
    cover = services.warranty.exclude(workshop.vehicle_id, "modified", "加装了涡轮", component="vehicle")
    assert not cover.of("vehicle").covered and cover.of("vehicle").reason == "modified"  # type: ignore[union-attr]
    with pytest.raises(NotPermitted):  # lifting it is a manager's call
        as_role(services, "warranty").warranty.lift_exclusion(cover.exclusions[0][0], "看错了")
    cover = services.warranty.lift_exclusion(cover.exclusions[0][0], "看错了")
    assert cover.of("vehicle").covered  # type: ignore[union-attr]
    assert services.warranty.find_vehicle("粤b 12345") == workshop.vehicle_id


def test_a_warranty_line_names_its_component_and_outside_the_cover_needs_goodwill(
        services: Services, workshop: Workshop) -> None:
    under_warranty(services, workshop, date.today() - timedelta(days=3 * 365))  # 朗逸: 24 months, over
    advisor = as_role(services, "advisor")
    o = advisor.workorders.open_order(ReceptionForm(vehicle_id=workshop.vehicle_id, odometer_km=30_000,
                                                    concern="仪表报警"))
    with pytest.raises(ValidationFailed) as bad:
        advisor.workorders.add_line(o.id, o.version, LineForm("labour", "更换传感器", "1", payer="warranty"))
    assert set(bad.value.errors) == {"warranty_component"}
    # the battery (96 months) is in cover: fine
    o = advisor.workorders.add_line(o.id, o.version, LineForm("labour", "电池检测", "1", payer="warranty",
                                                              warranty_component="battery"))
    assert o.lines[-1].goodwill_by == ""
    with pytest.raises(NotPermitted):  # the whole car is out of cover: not for the advisor to decide
        advisor.workorders.add_line(o.id, o.version, LineForm("labour", "更换传感器", "1", payer="warranty",
                                                              warranty_component="vehicle"))
    o = services.workorders.add_line(o.id, o.version, LineForm("labour", "更换传感器", "1", payer="warranty",
                                                               warranty_component="vehicle"))
    assert (o.lines[-1].warranty_component, o.lines[-1].goodwill_by) == ("vehicle", "anna")  # the manager's goodwill
    assert services.warranty.coverage_of_order(o.id).km == 30_000
