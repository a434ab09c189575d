"""The meetings page: a meeting announced through its dialog (too soon is said, nothing
saved), its minutes with a new action item, the notice and minutes printed; a problem
raised and answered; the overdue items at sign-in."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime

from desktop.services.container import Services
from desktop.services.core.desk import Actor
from desktop.services.kpi.meetings import NewItem
from tests.conftest import Workshop

from desktop.views.kpi.meetings import MeetingsPage


def test_announce_minute_print_and_problems(qtbot, services: Services, workshop: Workshop,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    from desktop.views.shared import common

    page = MeetingsPage(services)
    qtbot.addWidget(page)
    page.show()
    dialog = page.announce()
    dialog.topic.setText("返修分析会")
    dialog.agenda.setPlainText("1. 上月返修\n2. 投诉案例")
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(1))
    dialog.accept()
    assert page.message.text() and page.meetings.rowCount() == 0  # too soon: nothing saved
    dialog = page.announce()
    dialog.topic.setText("返修分析会")
    dialog.accept()  # four days ahead by default
    assert page.meetings.rowCount() == 1
    page.meeting_view.setCurrentIndex(page.meetings.index(0, 0))
    notice = page.print_meeting("notice")
    assert notice is not None and notice.isVisible()
    notice.close()
    minutes = page.keep_minutes()
    assert minutes is not None
    minutes.attendees.setText("郑经理、王师傅")
    text, owner, _due = minutes.new[0]
    text.setText("制定复检清单")
    owner.setCurrentIndex(owner.findData(workshop.inspector))
    minutes.accept()
    assert not page.message.text() and page.items.rowCount() == 1 and page.items.row(0).owner == "赵质检"
    page.meeting_view.setCurrentIndex(page.meetings.index(0, 0))
    printed = page.print_meeting("minutes")
    assert printed is not None
    printed.close()

    monkeypatch.setattr(common, "ask_text", lambda *a: "前台打印机经常卡纸")
    page.raise_problem()
    assert page.problems.rowCount() == 1
    page.problem_view.setCurrentIndex(page.problems.index(0, 0))
    monkeypatch.setattr(common, "ask_item", lambda *a: "王师傅")
    page.assign()
    assert page.problems.row(0).owner == "王师傅"
    page.problem_view.setCurrentIndex(page.problems.index(0, 0))
    monkeypatch.setattr(common, "ask_text", lambda *a: "已更换搓纸轮")
    page.close_item(page.problem_view, page.problems)
    assert page.problems.row(0).answer == "已更换搓纸轮"


def test_overdue_items_are_said_at_sign_in(qtbot, services: Services, workshop: Workshop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from desktop.config import Settings
    from desktop.services.kpi.meetings import MeetingService

    earlier = [datetime.now().astimezone() - timedelta(days=20)]
    past = MeetingService(services.db, services.desk, clock=lambda: earlier[0])
    made = past.announce(earlier[0] + timedelta(days=4), "例会", "")
    past.minutes(made.id, made.version, "全体", "", "", {}, [NewItem("整理工具柜", workshop.tech, date.today()
                                                                 - timedelta(days=3))])
    from desktop.views.main_window import MainWindow

    window = MainWindow(services, Settings(Path(tmp_path) / "s.json"), Path(tmp_path) / "log")
    qtbot.addWidget(window)
    services.desk.sign_in(Actor("wang", "王师傅", workshop.tech, frozenset({"technician"}), frozenset()))
    assert "1" in window.reminder.text() and window.reminder.isVisibleTo(window)
