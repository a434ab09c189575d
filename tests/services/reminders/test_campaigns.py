from datetime import date, timedelta

import pytest

from desktop.services.container import Services
from desktop.services.core.errors import ValidationFailed
from desktop.services.reminders.campaigns import CampaignForm
from tests.conftest import Workshop
from tests.services.appointments.test_appointments import at, form

START = date.today() + timedelta(days=14)


def test_a_campaign_draws_its_targets_and_counts_what_it_brought(services: Services, workshop: Workshop) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.campaigns.create(CampaignForm("", "fair", START, START - timedelta(days=1)))
    assert set(info.value.errors) == {"name", "kind", "ends"}
    assert services.campaigns.create(CampaignForm("宝马关怀周", "inspection", START, START + timedelta(days=6),
                                                  make="宝马")).targets == 0
    made = services.campaigns.create(CampaignForm("免费检测周", "inspection", START, START + timedelta(days=6),
                                                  offer="30项免费检测", make="大众"))
    assert made.targets == 1 and made.invite_from == START - timedelta(days=14)
    target = services.campaigns.targets(made.id)[0]
    text = services.campaigns.invitations(made.id)[0][1]
    assert "张伟" in text and "30项免费检测" in text and "粤B12345" in text
    services.campaigns.invite(target.id, "call", "coming", "周六上午来")
    services.appointments.book(form(workshop, at(10, day=START), campaign_id=made.id))
    row = next(c for c in services.campaigns.campaigns() if c.id == made.id)
    assert (row.invited, row.coming, row.booked, row.visited) == (1, 1, 1, 0)
    assert services.campaigns.targets(made.id)[0].appointment_number.startswith("AP")
    assert services.campaigns.invitations_pdf(made.id).startswith(b"%PDF")
    with pytest.raises(ValidationFailed):
        services.campaigns.invite(target.id, "fax", "coming")
