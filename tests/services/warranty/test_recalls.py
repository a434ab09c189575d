"""Recall campaigns: the manufacturer's file imported all or nothing with its bad rows
named, the banner on an affected car, the campaign's work on the order in one step (paid by
the manufacturer), done at delivery, and the list with its completion and calls."""

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.services.container import Services
from desktop.services.core.errors import Refused
from desktop.services.core.sheets import ImportFailed
from desktop.services.customers.records import CustomerForm, VehicleForm
from desktop.services.customers.rules.vin import with_check_digit
from desktop.services.workorders.records import ReceptionForm
from tests.conftest import Workshop

HEAD = ["召回编号", "召回名称", "类型", "工时代码", "维修项目", "工时", "配件号", "配件数量", "车架号"]
OURS = with_check_digit("LSVAU033X12345678")
OTHER = with_check_digit("LFV2A21K0X7654321")


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([HEAD, *rows])
    return path


def row(vin: str, part: str = "BP-F") -> list[str]:
    return ["R2026-07", "前制动钳螺栓紧固", "召回", "B001", "检查并紧固前制动钳螺栓", "0.6", part, "2", vin]


@pytest.fixture
def car(services: Services, workshop: Workshop) -> int:
    customer = services.customers.create_customer(CustomerForm(name="李强", phones=["13900001111"]),
                                                  VehicleForm(plate="粤B77777", vin=OURS, make="大众",
                                                              model="帕萨特", odometer_km=8000))
    return customer.vehicles[0].id


def test_a_bad_file_imports_nothing_and_names_its_rows(services: Services, car: int, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", [row(OURS), row("LSVAU0335123"), row(OTHER[:-1] + "Q"),
                                       ["", "x", "召回", "", "", "abc", "", "", OTHER]])
    with pytest.raises(ImportFailed) as failed:
        services.recalls.import_campaign(bad)
    assert {(e.row, e.field) for e in failed.value.errors} >= {(3, "vin"), (4, "vin"), (5, "code")}
    assert services.recalls.campaigns() == []


def test_the_campaign_on_the_order_in_one_step_and_done_at_delivery(services: Services, workshop: Workshop,
                                                                     car: int, tmp_path: Path) -> None:
    report = services.recalls.import_campaign(write(tmp_path / "r.csv", [row(OURS), row(OTHER), row(OTHER)]))
    assert (report.campaigns, report.vehicles, report.on_file) == (1, 2, 1)
    again = services.recalls.import_campaign(write(tmp_path / "r2.csv", [row(OURS)]))
    assert again.vehicles == 0  # already listed
    banner = services.recalls.open_for(car)
    assert [(r.code, r.kind) for r in banner] == [("R2026-07", "recall")]
    assert services.recalls.open_for(workshop.vehicle_id) == []
    o = services.workorders.open_order(ReceptionForm(vehicle_id=car, odometer_km=8100, concern="召回"))
    assert services.recalls.add_to_order(o.id, o.version, banner[0].campaign_id) == 2
    o = services.workorders.get(o.id)
    assert [(x.kind, x.payer, x.quantity) for x in o.lines] == [("labour", "warranty", Decimal("0.6")),
                                                                ("part", "warranty", 2)]
    with pytest.raises(Refused):  # once per order
        services.recalls.add_to_order(o.id, o.version, banner[0].campaign_id)
    o = services.workorders.move(o.id, o.version, "estimated")
    o = services.workorders.move(o.id, o.version, "authorized", signed_by="李强")
    o = services.workorders.dispatch(o.id, o.version, technician_id=workshop.tech)
    for target in ("in_progress", "quality_check"):
        o = services.workorders.move(o.id, o.version, target)
    o = services.workorders.move(o.id, o.version, "ready", inspector_id=workshop.inspector)
    services.workorders.move(o.id, o.version, "delivered")
    assert services.recalls.open_for(car) == []
    [campaign] = services.recalls.campaigns()
    assert (campaign.affected, campaign.on_file, campaign.done, campaign.rate) == (2, 1, 1, 0.5)
    assert [c.vin for c in services.recalls.not_done(campaign.id)] == [OTHER]


def test_the_call_list_logs_calls(services: Services, car: int, tmp_path: Path) -> None:
    services.recalls.import_campaign(write(tmp_path / "r.csv", [row(OURS), row(OTHER)]))
    [campaign] = services.recalls.campaigns()
    cars = services.recalls.not_done(campaign.id)
    assert [c.vehicle_id is not None for c in cars] == [True, False]  # the ones on file first
    assert cars[0].phone == "13900001111" and cars[0].last_call_at is None
    services.recalls.log_call(campaign.id, car, "will_come", "下周二来")
    assert services.recalls.not_done(campaign.id)[0].last_outcome == "will_come"
