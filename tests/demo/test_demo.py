from typing import Any

import pytest

from desktop.demo.shop import DemoGenerator, create_demo
from desktop.services.common.phone import Phone, parse_phone
from desktop.services.container import Services
from desktop.services.core.errors import Refused
from desktop.services.customers.rules.plate import is_new_energy, plate_problem
from desktop.services.customers.rules.vin import vin_problem


def test_demo_data_is_valid_and_varied() -> None:
    records = DemoGenerator(seed=1).records(200, 260)
    vehicles = [v for r in records for v in r.vehicles]
    assert len(vehicles) == 260 and all(r.vehicles for r in records)
    assert all(v.vin and vin_problem(v.vin) is None for v in vehicles)
    assert all(v.plate and plate_problem(v.plate) is None for v in vehicles)
    assert any(v.plate and is_new_energy(v.plate) for v in vehicles)
    assert len({v.plate[:2] for v in vehicles if v.plate}) > 5  # several provinces and cities
    assert all(isinstance(parse_phone(p.number), Phone) for r in records for p in r.customer.phones)
    assert any(r.customer.kind == "company" for r in records)


def test_demo_goes_into_an_empty_database_only(demo_shop: tuple[Services, dict[str, Any]]) -> None:
    services, counts = demo_shop
    assert counts["customers"] == 40 and counts["vehicles"] == 50
    assert counts["readings"] > 50  # earlier visits give each car an odometer history
    with pytest.raises(Refused):
        create_demo(services.db, customers=30, vehicles=40)


def test_demo_histories_are_believable(demo_shop: tuple[Services, dict[str, Any]]) -> None:
    services, _counts = demo_shop
    for vid in range(1, 51):
        vehicle = services.customers.get_vehicle(vid)
        kms = [r.km for r in vehicle.readings]
        assert kms == sorted(kms), "an odometer only goes up"
        (owner,) = vehicle.owners
        assert vehicle.purchase_date is not None and owner.since.date() == vehicle.purchase_date
        assert all(r.read_at.date() > vehicle.purchase_date for r in vehicle.readings)


def test_demo_parts_have_shape(demo_shop: tuple[Services, dict[str, Any]]) -> None:
    from desktop.services.parts.service import PartsService

    services, counts = demo_shop
    parts = PartsService(services.db)
    stock = parts.stock_list()
    assert len(stock) == counts["parts"] > 1000
    classes = {v.abc_class for v in stock}
    assert classes == {"A", "B", "C"}
    assert all(v.on_hand >= 0 for v in stock)  # never issued more than was received
    oil = parts.find("FLT-OIL")
    assert oil is not None and oil.abc_class in ("A", "B")
