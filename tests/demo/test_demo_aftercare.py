from datetime import date, timedelta
from pathlib import Path

from desktop.__main__ import main
from desktop.services.aftercare.records import ComplaintFilter
from desktop.services.container import Services


def test_the_demo_year_of_follow_ups_and_complaints(tmp_path: Path, capsys, cli_user) -> None:  # type: ignore[no-untyped-def]
    db_path = str(tmp_path / "demo.sqlite3")
    assert main(["demo", "--db", db_path, "--customers", "80", "--vehicles", "100"]) == 0
    from desktop.db import open_database

    db = open_database("sqlite:///" + db_path)
    try:
        services = Services.create(db, "admin")
        today = date.today()
        assert services.followups.day_list(today)  # the last week's deliveries leave calls for today
        year = services.aftercare.register(today - timedelta(days=365), today, "followup")
        reached = sum(1 for r in year if r.reached) / len(year)
        assert 0.6 < reached < 0.9 and any(r.scores["quality"] == 5 for r in year)
        states = {c.state for c in services.complaints.page(ComplaintFilter(open_only=False))}
        assert states == {"open", "in_progress", "resolved", "closed"}
        complaints, delivered = services.aftercare.complaint_rate(today - timedelta(days=365), today)
        assert 0.005 < complaints / delivered < 0.06
        assert any(r.overdue for r in services.complaints.page(ComplaintFilter()))
    finally:
        db.dispose()
    capsys.readouterr()
    csv = tmp_path / "calls.csv"
    assert main(["followups", "--db", db_path, "--csv", str(csv)]) == 0
    assert "个回访电话" in capsys.readouterr().out and csv.read_text(encoding="utf-8-sig").startswith("due_by,")
    assert main(["complaints", "--open", "--db", db_path]) == 0
    assert "件投诉" in capsys.readouterr().out
