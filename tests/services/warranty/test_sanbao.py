"""三包: the repairs and days off the road counted against the thresholds within the
period, near and reached, a serious fault early in the car's life; and the service
manager's list of the cars near a threshold."""

from datetime import date, timedelta

from desktop.models import Vehicle
from desktop.services.container import Services
from desktop.services.warranty.rules.sanbao import Repair, Thresholds, standing
from tests.conftest import Workshop
from tests.services.warranty.test_claims import repaired

BOUGHT = date(2025, 6, 1)
LIMITS = Thresholds()


def fix(day: date, component: str = "vehicle", days: int = 1, km: int = 20000) -> Repair:
    return Repair(day, day + timedelta(days=days - 1), km, component)


def test_the_same_fault_near_and_at_the_limit() -> None:
    three = [fix(BOUGHT + timedelta(days=100 * i)) for i in range(1, 4)]
    assert standing(BOUGHT, three, LIMITS, date(2026, 6, 1), 30000).alert is False
    four = [*three, fix(date(2026, 5, 1))]
    near = standing(BOUGHT, four, LIMITS, date(2026, 6, 1), 30000)
    assert near.repairs == {"vehicle": 4} and near.near and not near.reached
    five = standing(BOUGHT, [*four, fix(date(2026, 5, 20))], LIMITS, date(2026, 6, 1), 30000)
    assert five.reached and five.in_period


def test_days_off_the_road_count_each_stay_once() -> None:
    stays = [fix(date(2025, 9, 1), days=14), fix(date(2025, 9, 1), "corrosion", days=14),
             fix(date(2026, 1, 5), days=14)]
    st = standing(BOUGHT, stays, LIMITS, date(2026, 2, 1), 25000)
    assert st.days_off == 28 and st.near and not st.reached
    assert standing(BOUGHT, [*stays, fix(date(2026, 3, 1), days=7)], LIMITS, date(2026, 4, 1), 26000).reached


def test_nothing_counts_after_the_period_or_the_km() -> None:
    many = [fix(BOUGHT + timedelta(days=30 * i)) for i in range(1, 7)]
    assert standing(BOUGHT, many, LIMITS, date(2027, 6, 1), 40000).alert is False  # the period is over
    over = [fix(BOUGHT + timedelta(days=30 * i), km=51000) for i in range(1, 7)]
    assert standing(BOUGHT, over, LIMITS, date(2026, 1, 1), 52000).repairs == {}
    assert standing(None, many, LIMITS, date(2026, 1, 1), 1000).alert is False


def test_a_serious_fault_early_in_the_car_s_life() -> None:
    early = standing(BOUGHT, [fix(BOUGHT + timedelta(days=60), "powertrain", km=2900)], LIMITS,
                     BOUGHT + timedelta(days=70), 3000)
    assert early.early_serious and early.reached
    late = standing(BOUGHT, [fix(BOUGHT + timedelta(days=61), "powertrain", km=2900)], LIMITS,
                    BOUGHT + timedelta(days=70), 3000)
    assert not late.early_serious


def test_the_manager_sees_the_cars_near_a_threshold(services: Services, workshop: Workshop) -> None:
    services.settings.set("sanbao_same_fault", 3)
    with services.db.write() as s:  # a car bought a year ago
        s.get(Vehicle, workshop.vehicle_id).purchase_date = date.today() - timedelta(days=365)
    for _ in range(2):
        repaired(services, workshop, invoice=False)
    rows = services.tech_reports.sanbao_alerts()
    assert [r.vehicle_id for r in rows] == [workshop.vehicle_id]
    assert rows[0].standing.repairs == {"vehicle": 2} and rows[0].standing.near
