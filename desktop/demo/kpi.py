"""The demo shop's targets and fixed costs: the manager set the year's targets in January
(orders, parts gross profit, the usual rates), a busier target for the summer months, one
advisor's own, and entered the dealership's fixed costs month by month up to last month."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from desktop.db import Database
from desktop.models import Staff
from desktop.services.common.dates import add_months
from desktop.services.kpi.targets import TargetService

MANAGER = "zheng"
YEAR_TARGETS = {"orders": "900", "parts_gross_profit": "200000", "revenue_per_order": "650", "rework_rate": "3",
                "on_time": "90", "complaint_rate": "2", "appointment_share": "40", "no_show_rate": "10",
                "followup_reach": "95", "satisfaction": "4.5", "days_to_delivery": "1", "efficiency": "70"}


def demo_targets(db: Database, rng: random.Random, today: date | None = None) -> int:
    """The targets and fixed costs written; the number of months with their costs."""
    today = today or date.today()
    targets = TargetService(db, MANAGER)
    for year in (today.year - 1, today.year):
        for key, value in YEAR_TARGETS.items():
            targets.set_target(year, 0, key, value)
        for month in (7, 8, 9):  # the summer's air-conditioning and holiday trips
            targets.set_target(year, month, "orders", "95")
    with db.read() as s:
        advisor = s.scalar(select(Staff.id).where(Staff.role == "advisor", Staff.active.is_(True)).order_by(Staff.id))
    if advisor is not None:  # the senior advisor carries more than an equal share
        targets.set_target(today.year, 0, "orders", "400", person=advisor, role="advisor")
    first, months = add_months(today.replace(day=1), -12), 0
    while first < today.replace(day=1):
        amount = 42_000 + rng.randrange(0, 60) * 100  # rent, salaries, depreciation, utilities
        targets.set_fixed_cost(first, str(amount), "房租、工资、折旧、水电")
        first, months = add_months(first, 1), months + 1
    return months
