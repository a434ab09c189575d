from collections.abc import Iterator

import pytest

from desktop.db import open_database
from desktop.demo.shop import create_demo
from desktop.services.container import Services
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.customers.rules.vin import with_check_digit
from tests.conftest import BACKENDS, _pg_database

VIN = with_check_digit("LSVAU2180N2987654")


@pytest.fixture(scope="module", params=BACKENDS)
def shop(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo shop per backend for the whole module: every test here only searches."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("search")
        urls: Iterator[str] = iter(["sqlite:///" + str(folder / "shop.sqlite3")])
    else:
        urls = _pg_database()
    for url in urls:
        db = open_database(url)
        services = Services.create(db, "anna")
        create_demo(db, customers=120, vehicles=150, seed=3)
        services.customers.create_customer(
            CustomerForm(name="张伟", phones=["13812345678", "0755-23456789"]),
            VehicleForm(plate="粤B7E8F9", vin=VIN, make="大众", model="迈腾"),
        )
        yield services
        db.dispose()


def ids_named(services: Services, query: str, **kw: object) -> list[str]:
    return [r.name for r in services.search.search(query, **kw)]  # type: ignore[arg-type]


def test_pinyin_initials_and_full_pinyin(shop: Services) -> None:
    assert "张伟" in ids_named(shop, "zw")
    assert "张伟" in ids_named(shop, "zhangwei")
    assert "张伟" in ids_named(shop, "ZW")


def test_phone_last_four_any_part_and_formatted(shop: Services) -> None:
    assert "张伟" in ids_named(shop, "5678")
    assert "张伟" in ids_named(shop, "3812345")
    assert ids_named(shop, "138-1234-5678")[0] == "张伟"
    assert "张伟" in ids_named(shop, "23456789")  # the landline


def test_plate_fragment_and_whole_plate(shop: Services) -> None:
    assert "张伟" in ids_named(shop, "7E8")
    assert "张伟" in ids_named(shop, "7e8f9")
    rows = shop.search.search("粤B7E8F9")
    assert rows[0].name == "张伟" and rows[0].matched == "plate" and rows[0].vehicle_id


def test_last_six_of_the_vin(shop: Services) -> None:
    rows = shop.search.search(VIN[-6:])
    assert (rows[0].name, rows[0].matched) == ("张伟", "vin")
    assert rows[0].vehicle_id is not None
    assert shop.search.search(VIN[-6:].lower())[0].name == "张伟"


def test_name_fragment(shop: Services) -> None:
    assert "张伟" in ids_named(shop, "张")
    assert ids_named(shop, "张伟")[0] == "张伟"


def test_results_show_phones_plates_and_vehicles(shop: Services) -> None:
    row = shop.search.search("zhangwei")[0]
    assert row.phones == "13812345678, 0755-23456789"
    assert row.plates == "粤B7E8F9" and row.vehicles == "大众 迈腾"


def test_exact_hits_rank_first(shop: Services) -> None:
    assert shop.search.search("13812345678")[0].name == "张伟"


def test_nothing_for_nothing(shop: Services) -> None:
    assert shop.search.search("") == []
    assert shop.search.search("   ") == []
    assert shop.search.search("%") == []  # a wildcard is a character, not "everything"
    assert shop.search.search("_") == []


def test_list_pages_newest_first_without_gaps(shop: Services) -> None:
    seen = []
    last = None
    while True:
        page = shop.search.page(last, 50)
        if not page:
            break
        seen.extend(r.id for r in page)
        last = page[-1].id
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen)) == shop.search.count() == 122  # and the shop's own file its new cars stand under


def test_the_fragment_indexes_follow_every_change(services: Services) -> None:
    """On the file, fragments of plates and phones are found through trigram indexes kept
    by triggers: a new car, a changed plate, a removed phone show at once."""
    c = services.customers.create_customer(CustomerForm(name="欧阳娜", phones=["13611112222"]),
                                           VehicleForm(plate="粤A5K7Q2", make="本田", model="雅阁"))
    assert "欧阳娜" in ids_named(services, "5K7")
    assert "欧阳娜" in ids_named(services, "1111222")
    car = services.customers.get_vehicle(c.vehicles[0].id)
    services.customers.update_vehicle(car.id, car.version, VehicleForm(plate="粤A9X8W7", make="本田", model="雅阁"))
    assert "欧阳娜" not in ids_named(services, "5K7")
    assert "欧阳娜" in ids_named(services, "X8W")
    services.customers.update_customer(c.id, c.version, CustomerForm(name="欧阳娜", phones=["13900003333"]))
    assert "欧阳娜" not in ids_named(services, "1111222")
    assert "欧阳娜" in ids_named(services, "0000333")
    if services.db.is_sqlite:  # the lookups read the index, not every plate
        with services.db.engine.connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM vehicle_plate_fts WHERE plate LIKE '%X8W%'"))
        assert "VIRTUAL TABLE INDEX" in plan


def test_names_and_two_characters_follow_every_change(services: Services) -> None:
    """A given name in the middle (小明 of 王小明), two characters of a plate, a name of
    three or more: each through its index on the file (0026), and each follows a new
    customer, a changed name or plate, and a merge."""
    c = services.customers.create_customer(CustomerForm(name="王小明", phones=["13622223333"]),
                                           VehicleForm(plate="粤A5K7Q2", make="本田", model="雅阁"))
    other = services.customers.create_customer(CustomerForm(name="Zwick Auto 公司", phones=["13622224444"]))
    assert ids_named(services, "小明") == ["王小明"]
    assert "王小明" in ids_named(services, "K7") and "王小明" in ids_named(services, "k7")
    assert "Zwick Auto 公司" in ids_named(services, "zw") and "Zwick Auto 公司" in ids_named(services, "wick")
    services.customers.update_customer(c.id, c.version, CustomerForm(name="王大明", phones=["13622223333"]))
    assert "王大明" not in ids_named(services, "小明") and ids_named(services, "大明") == ["王大明"]
    assert ids_named(services, "王大明")[0] == "王大明"
    car = services.customers.get_vehicle(c.vehicles[0].id)
    services.customers.update_vehicle(car.id, car.version, VehicleForm(plate="粤A9X8W7", make="本田", model="雅阁"))
    assert "王大明" not in ids_named(services, "K7") and "王大明" in ids_named(services, "8W")
    services.customers.merge_customers(c.id, other.id)
    assert "Zwick Auto 公司" not in ids_named(services, "zw")
    if services.db.is_sqlite:  # two characters: one look-up in the primary key, not every name
        with services.db.engine.connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT ref FROM search_gram WHERE kind = 'n' AND gram = '小明'"))
        assert "PRIMARY KEY" in plan
