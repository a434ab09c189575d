from datetime import timedelta

import pytest
from PySide6.QtCore import QDate

from desktop.services.container import Services
from desktop.services.reminders.rules.due import add_months
from tests.conftest import Workshop
from tests.services.aftercare.test_followups import delivered
from tests.services.reminders.test_reminders import TODAY

from desktop.views.reminders.page import CallDialog, DueListPage, MessagesDialog
from desktop.views.shared import common


def test_the_due_list_calls_and_books(qtbot, services: Services, workshop: Workshop, synchronous_background: None,
                                      monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    delivered(services, workshop)
    page = DueListPage(services)
    qtbot.addWidget(page)
    page.show()
    due = add_months(TODAY, 6)
    page.last.setDate(QDate(due.year, due.month, due.day) .addDays(5))
    page.refresh()
    assert page.model.rowCount() == 1
    assert "0 of 0" in page.rate.text() or "到期 0" in page.rate.text()  # nothing fell due last month
    page.table.selectRow(0)
    booked: list[tuple[int, int]] = []
    page.book_requested.connect(lambda c, v: booked.append((c, v)))

    def answer(dialog: CallDialog) -> bool:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("will_come"))
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(common, "run_dialog", answer)
    page.log_call()
    assert booked == [(workshop.customer_id, workshop.vehicle_id)]
    assert page.model.row(0).last_outcome == "will_come"
    messages = MessagesDialog(services, page.model.rows(), page)
    qtbot.addWidget(messages)
    assert "粤B12345" in messages.text.toPlainText()
    out = tmp_path / "sms.csv"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: str(out))
    messages.export()
    assert out.read_text(encoding="utf-8-sig").startswith("手机号码,短信内容")
    assert services.reminders.letters_pdf(page.model.rows()).startswith(b"%PDF")
    _ = timedelta


def test_a_campaign_from_the_page(qtbot, services: Services, workshop: Workshop, synchronous_background: None,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views.reminders.campaigns import InviteDialog, NewCampaignDialog
    from desktop.views.reminders.page import RemindersPage

    page = RemindersPage(services)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    tab = page.campaigns

    def answer(dialog: object) -> bool:
        if isinstance(dialog, NewCampaignDialog):
            dialog.save()
            assert dialog.errors.text("name")
            dialog.name.setText("免费检测周")
            dialog.save()
        elif isinstance(dialog, InviteDialog):
            dialog.answer.setCurrentIndex(dialog.answer.findData("coming"))
            dialog.save()
        return dialog.result() == 1  # type: ignore[attr-defined]

    monkeypatch.setattr(common, "run_dialog", answer)
    tab.new()
    assert tab.campaigns.rowCount() == 1 and tab.targets.rowCount() == 1
    booked: list[tuple[int, int, int]] = []
    page.book_requested.connect(lambda c, v, k: booked.append((c, v, k)))
    tab.target_view.selectRow(0)
    tab.invite()
    assert booked and booked[0][2] == tab.campaigns.row(0).id and tab.campaigns.row(0).coming == 1


def test_the_calendar_and_reminder_settings(qtbot, services: Services, workshop: Workshop) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.reminders.settings import RemindersSettings

    delivered(services, workshop)
    panel = RemindersSettings(services)
    qtbot.addWidget(panel)
    panel.hours.setText("18:00-08:00")
    panel.save_hours()
    assert panel.hours_error.text() and services.settings.get("reception_hours") == "08:30-17:30"
    panel.hours.setText("08:00-18:00")
    panel.breaks.setText("12:00-13:00")
    panel.save_hours()
    assert services.appointments.hours().opens.hour == 8 and services.appointments.hours().minutes_open() == 540
    panel.make.setText("大众")
    panel.km.setValue(5000)
    panel.months.setValue(3)
    panel.set_interval()
    assert panel.table.rowCount() == 1
    due = services.reminders.due_list(__import__("desktop.services.reminders.records", fromlist=["DueFilter"])
                                      .DueFilter(TODAY, add_months(TODAY, 4)))
    assert due and due[0].due_on == add_months(TODAY, 3)  # the make's own interval, recomputed at once
    panel.table.selectRow(0)
    panel.remove_interval()
    assert panel.table.rowCount() == 0
