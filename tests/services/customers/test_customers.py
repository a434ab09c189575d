from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Customer, OdometerReading, Vehicle
from desktop.services.container import Services
from desktop.services.core.errors import (
    DuplicateVehicle,
    LikelyDuplicates,
    OdometerBelowLast,
    Refused,
    StaleEdit,
    ValidationFailed,
)
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.customers.rules.vin import with_check_digit

VIN1 = with_check_digit("LSVAU2180N2123456")
VIN2 = with_check_digit("LFVBA24G0M3012345")


def zhang(**kw: object) -> CustomerForm:
    base = {"name": "张伟", "phones": ["138 1234 5678"], "tags": ["吸烟"]}
    base.update(kw)
    return CustomerForm(**base)  # type: ignore[arg-type]


def car(**kw: object) -> VehicleForm:
    base = {"plate": "粤b12345", "vin": VIN1.lower(), "make": "大众", "model": "朗逸",
            "model_year": "2022", "purchase_date": date(2022, 3, 1), "odometer_km": "30000"}
    base.update(kw)
    return VehicleForm(**base)  # type: ignore[arg-type]


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_customer_with_first_vehicle(services: Services) -> None:
    detail = services.customers.create_customer(zhang(), car())
    assert detail.name == "张伟" and detail.phones == ("13812345678",) and detail.tags == ("吸烟",)
    (v,) = detail.vehicles
    assert (v.plate, v.vin, v.last_km, v.model_year) == ("粤B12345", VIN1, 30000, 2022)
    vehicle = services.customers.get_vehicle(v.id)
    assert vehicle.warranty_start == date(2022, 3, 1)  # defaults to the purchase date
    assert [o.customer_name for o in vehicle.owners] == ["张伟"]
    with services.db.read() as s:
        customer = s.get(Customer, detail.id)
        assert customer is not None and customer.created_by == "anna"


def test_bad_input_names_each_field_and_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.customers.create_customer(
            zhang(name=" ", phones=["12345"]),
            car(plate="京A1234", vin="LSVAU2180N2123456", odometer_km="-5"),
        )
    assert set(info.value.errors) == {"name", "phones", "vehicle.plate", "vehicle.vin",
                                      "vehicle.odometer_km"}
    assert count(services, Customer) == 0 and count(services, Vehicle) == 0


def test_overrides_need_a_reason(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.customers.create_customer(
            zhang(), car(plate="WAB 123", plate_override=True, vin="JH4KA3150HC00451",
                         vin_override=True))
    assert set(info.value.errors) == {"vehicle.plate_override_reason", "vehicle.vin_override_reason"}
    detail = services.customers.create_customer(
        zhang(), car(plate="WAB 123", plate_override=True, plate_override_reason="香港车牌",
                     vin="JH4KA3150HC00451", vin_override=True, vin_override_reason="平行进口"))
    vehicle = services.customers.get_vehicle(detail.vehicles[0].id)
    assert (vehicle.plate, vehicle.plate_override_reason) == ("WAB123", "香港车牌")
    assert vehicle.vin_override_reason == "平行进口"


def test_same_phone_is_flagged_as_a_likely_duplicate(services: Services) -> None:
    first = services.customers.create_customer(zhang())
    with pytest.raises(LikelyDuplicates) as info:
        services.customers.create_customer(zhang(name="张伟强", phones=["+86 13812345678"]))
    assert [m.customer_id for m in info.value.matches] == [first.id]
    assert count(services, Customer) == 1
    services.customers.create_customer(zhang(name="张伟强"), allow_duplicate_phone=True)
    assert count(services, Customer) == 2


def test_duplicate_plate_or_vin_offers_the_existing_record(services: Services) -> None:
    first = services.customers.create_customer(zhang(), car())
    other = services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]))
    with pytest.raises(DuplicateVehicle) as info:
        services.customers.add_vehicle(other.id, car(vin=VIN2))
    assert info.value.field == "plate"
    assert info.value.existing.customer_id == first.id
    assert info.value.existing.vehicle_id == first.vehicles[0].id
    with pytest.raises(DuplicateVehicle) as info:
        services.customers.add_vehicle(other.id, car(plate="粤B54321"))
    assert info.value.field == "vin"
    assert count(services, Vehicle) == 1


def test_second_save_of_a_stale_record_is_refused(services: Services) -> None:
    opened = services.customers.create_customer(zhang())
    services.customers.update_customer(opened.id, opened.version, zhang(address="深圳市南山区"))
    with pytest.raises(StaleEdit):
        services.customers.update_customer(opened.id, opened.version, zhang(address="广州"))
    assert services.customers.get_customer(opened.id).address == "深圳市南山区"


def test_editing_the_name_updates_the_pinyin_keys(services: Services) -> None:
    d = services.customers.create_customer(zhang())
    services.customers.update_customer(d.id, d.version, zhang(name="李娜"))
    assert [r.id for r in services.search.search("ln")] == [d.id]
    assert services.search.search("zw") == []


def test_odometer_below_last_needs_confirmation_and_reason(services: Services) -> None:
    d = services.customers.create_customer(zhang(), car())
    vid = d.vehicles[0].id
    services.customers.record_odometer(vid, "31,000")
    with pytest.raises(OdometerBelowLast) as info:
        services.customers.record_odometer(vid, 1200)
    assert info.value.last_km == 31000
    with pytest.raises(ValidationFailed):
        services.customers.record_odometer(vid, 1200, allow_lower=True, reason=" ")
    v = services.customers.get_vehicle(vid, )
    assert [r.km for r in v.readings] == [30000, 31000]
    v = services.customers.record_odometer(vid, 1200, allow_lower=True, reason="仪表更换")
    assert v.last_km == 1200 and v.readings[-1].reason == "仪表更换"
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "odometer-lower")) == 1


def test_transfer_keeps_the_history_with_the_car(services: Services) -> None:
    seller = services.customers.create_customer(zhang(), car())
    buyer = services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]))
    vid = seller.vehicles[0].id
    before = services.customers.get_vehicle(vid)
    after = services.customers.transfer_vehicle(vid, before.version, buyer.id, "二手车转让")
    assert after.customer_id == buyer.id
    assert [(o.customer_name, o.until is None) for o in after.owners] == [("张伟", False),
                                                                          ("李娜", True)]
    assert [r.km for r in after.readings] == [30000]
    assert services.customers.get_customer(seller.id).vehicles == ()
    with pytest.raises(StaleEdit):
        services.customers.transfer_vehicle(vid, before.version, seller.id)


def test_merge_moves_everything_and_loses_nothing(services: Services) -> None:
    keep = services.customers.create_customer(zhang(), car())
    dup = services.customers.create_customer(
        CustomerForm(name="张 伟", phones=["13812345678", "0755-23456789"], tags=["VIP"],
                     address="深圳市福田区", notes="周末来"),
        car(plate="粤BD12345", vin=VIN2), allow_duplicate_phone=True)
    other_vid = dup.vehicles[0].id
    merged = services.customers.merge_customers(keep.id, dup.id)
    assert merged.phones == ("13812345678", "0755-23456789")
    assert set(merged.tags) == {"吸烟", "VIP"}
    assert merged.address == "深圳市福田区" and "周末来" in merged.notes
    assert {v.id for v in merged.vehicles} == {keep.vehicles[0].id, other_vid}
    gone = services.customers.get_customer(dup.id)
    assert gone.archived and gone.merged_into_id == keep.id
    v = services.customers.get_vehicle(other_vid)
    assert v.customer_id == keep.id and v.readings
    assert all(o.customer_id == keep.id for o in v.owners)
    assert [r.id for r in services.search.search("粤BD12345")] == [keep.id]
    with pytest.raises(Refused):
        services.customers.merge_customers(keep.id, dup.id)


def test_delete_is_refused_with_history_archive_instead(services: Services) -> None:
    d = services.customers.create_customer(zhang(), car())
    with pytest.raises(Refused):
        services.customers.delete_customer(d.id)
    archived = services.customers.archive_customer(d.id, "搬走了")
    assert archived.archived and archived.archive_reason == "搬走了"
    assert services.search.search("zw") == []
    assert [r.id for r in services.search.search("zw", include_archived=True)] == [d.id]
    with pytest.raises(Refused):
        services.customers.add_vehicle(d.id, car(plate="粤B99999", vin=VIN2))
    restored = services.customers.restore_customer(d.id)
    assert not restored.archived


def test_customer_without_history_can_be_deleted(services: Services) -> None:
    d = services.customers.create_customer(zhang())
    services.customers.delete_customer(d.id)
    assert count(services, Customer) == 0


def test_vehicle_entered_by_mistake_can_be_deleted_but_not_after_a_transfer(services: Services) -> None:
    d = services.customers.create_customer(zhang(), car())
    other = services.customers.create_customer(CustomerForm(name="李娜", phones=["13900001111"]))
    v = services.customers.add_vehicle(d.id, car(plate="粤B99999", vin=VIN2))
    services.customers.delete_vehicle(v.id)
    vid = d.vehicles[0].id
    services.customers.transfer_vehicle(vid, services.customers.get_vehicle(vid).version, other.id)
    with pytest.raises(Refused):
        services.customers.delete_vehicle(vid)
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OdometerReading)) == 1


def test_plate_change_is_audited(services: Services) -> None:
    d = services.customers.create_customer(zhang(), car())
    v = services.customers.get_vehicle(d.vehicles[0].id)
    form = v.form()
    form.plate = "粤B54321"
    services.customers.update_vehicle(v.id, v.version, form)
    with services.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "change-identity")).one()
        assert "粤B54321" in entry.detail and entry.user == "anna"
