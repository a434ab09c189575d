import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop import __version__
from desktop.__main__ import main


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_import_export(tmp_path: Path, capsys, cli_user) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--db", db, "--customers", "20", "--vehicles", "25"]) == 0
    assert main(["--db", db, "demo"]) == 1  # not into a database with customers
    out = tmp_path / "export.csv"
    assert main(["export", "customers", str(out), "--db", db]) == 0
    # a row per car: the 25, and the new car in stock sold to a customer (the others are the shop's own)
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 27
    sheet = tmp_path / "in.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["客户", "号码"], ["钱九", "13500009999"]])
    capsys.readouterr()
    assert main(["import", "customers", str(sheet), "--db", db, "--map", "号码=phone"]) == 0
    assert "新客户 1 位" in capsys.readouterr().out  # Chinese is the default language
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机\n,123\n", encoding="utf-8")
    assert main(["import", "customers", str(bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "第 2 行" in err and "未导入任何数据" in err


def test_newer_database_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "new.sqlite3"
    assert main(["demo", "--db", str(db), "--customers", "2", "--vehicles", "2"]) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    assert main(["export", "customers", str(tmp_path / "x.csv"), "--db", str(db)]) == 1
    assert "更新版本" in capsys.readouterr().err


def test_english_is_a_setting(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.config import Settings

    settings = Settings()
    settings.set("language", "en")
    settings.save()
    assert main(["demo", "--db", str(tmp_path / "en.sqlite3"), "--customers", "2", "--vehicles", "2"]) == 0
    assert "Demo shop created: 2 customers" in capsys.readouterr().out


def test_entry_point_runs_as_a_module(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and __version__ in result.stdout


def test_backup_verify_restore(tmp_path: Path, capsys, monkeypatch, cli_user) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "10", "--vehicles", "12"]) == 0
    usb = tmp_path / "usb"
    assert main(["backup", "--to", str(usb), "--db", db]) == 0
    (backup,) = usb.glob("*.sbk")
    assert main(["verify", str(backup), "--db", db]) == 0
    assert main(["restore", str(backup), "--db", db]) == 2  # no terminal, no --yes: nothing replaced
    assert main(["restore", str(backup), "--db", db, "--yes"]) == 0
    monkeypatch.setenv("SERVICEBAY_BACKUP_PASSPHRASE", "a good passphrase")
    assert main(["backup", "--to", str(tmp_path / "usb2"), "--encrypt", "--db", db]) == 0
    (secret,) = (tmp_path / "usb2").glob("*.sbk")
    assert main(["verify", str(secret), "--db", db]) == 0
    monkeypatch.setenv("SERVICEBAY_BACKUP_PASSPHRASE", "wrong")
    capsys.readouterr()
    assert main(["verify", str(secret), "--db", db]) == 1
    assert "密码错误" in capsys.readouterr().err
    junk = tmp_path / "junk.sbk"
    junk.write_text("not a backup")
    assert main(["restore", str(junk), "--db", db, "--yes"]) == 1
    # A shop cut in half (a pulled plug on a failing disk): the restore still puts it right.
    import os

    os.truncate(db, os.path.getsize(db) // 2)
    assert main(["restore", str(backup), "--db", db, "--yes"]) == 0
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM customer").fetchone()[0] >= 10
    con.close()


def test_parts_abc_and_reorder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.db import open_database
    from desktop.services.parts.records import PartForm
    from desktop.services.parts.service import PartsService

    db_path = str(tmp_path / "shop.sqlite3")
    db = open_database("sqlite:///" + db_path)
    parts = PartsService(db)
    pid = parts.save_part(PartForm("FLT-OIL", "机油滤清器")).part_id
    parts.receive(pid, "3", "30")
    db.dispose()
    out = tmp_path / "abc.csv"
    assert main(["parts", "abc", "--db", db_path, "--csv", str(out)]) == 0
    assert "FLT-OIL" in out.read_text(encoding="utf-8-sig")
    assert main(["parts", "reorder", "--db", db_path]) == 0


def test_print_verify_ledger_export_invoices_and_import_parts(tmp_path: Path, capsys, cli_user) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--db", db, "--customers", "30", "--vehicles", "40"]) == 0
    con = sqlite3.connect(db)
    order, invoice = con.execute("SELECT w.number, i.number FROM invoice i JOIN work_order w "
                                 "ON w.id = i.work_order_id LIMIT 1").fetchone()
    con.close()
    for kind, number in (("job-card", order), ("delivery-report", order), ("invoice", invoice)):
        out = tmp_path / f"{kind}.pdf"
        assert main(["print", kind, number, "--out", str(out), "--db", db]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert main(["print", "invoice", "INV1999-000001", "--out", str(tmp_path / "x.pdf"), "--db", db]) == 1
    capsys.readouterr()
    assert main(["verify-ledger", "--db", db]) == 0
    assert "一致" in capsys.readouterr().out
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER invoice_frozen")
    con.execute("UPDATE invoice SET total = total + 100 WHERE number = ?", (invoice,))
    con.commit()
    con.close()
    assert main(["verify-ledger", "--db", db]) == 1
    assert invoice in capsys.readouterr().err
    out = tmp_path / "inv.csv"
    assert main(["export", "invoices", str(out), "--since", "2020-01-01", "--db", db]) == 0
    assert (tmp_path / "inv-payments.csv").exists() and invoice in out.read_text("utf-8-sig")
    parts = tmp_path / "parts.csv"
    parts.write_text("配件号,名称,库存,成本\nNEW-1,新配件,5,10\n", "utf-8")
    assert main(["import", "parts", str(parts), "--db", db]) == 0
    history = tmp_path / "moves.csv"
    history.write_text("日期,配件号,数量\n2026-01-05,NEW-1,2\n2030-01-01,NEW-1,1\n", "utf-8")
    capsys.readouterr()
    assert main(["import", "movements", str(history), "--db", db]) == 1
    assert "第 3 行" in capsys.readouterr().err


def test_reorder_prints_its_headers_and_abc_reports_a_past_day(tmp_path: Path, capsys, cli_user) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    db = str(tmp_path / "shop.sqlite3")
    assert main(["demo", "--db", db, "--customers", "20", "--vehicles", "25"]) == 0
    capsys.readouterr()
    assert main(["parts", "reorder", "--all", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:4] == ["supplier", "part", "name", "class"]
    before = sqlite3.connect(db).execute("SELECT number, abc_class FROM part ORDER BY id").fetchall()
    out = tmp_path / "abc-june.csv"
    assert main(["parts", "abc", "--as-of", "2026-06-30", "--csv", str(out), "--db", db]) == 0
    said = capsys.readouterr().out
    assert "2026-06-30" in said and out.read_text(encoding="utf-8-sig").count("\n") > 10
    assert sqlite3.connect(db).execute("SELECT number, abc_class FROM part ORDER BY id").fetchall() == before


def test_a_shop_with_users_asks_who_runs_the_command(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.demo.people import DEMO_PASSWORD

    db = str(tmp_path / "users.sqlite3")
    assert main(["demo", "--db", db, "--customers", "3", "--vehicles", "3"]) == 0
    assert DEMO_PASSWORD in capsys.readouterr().out  # the demo says how to sign in
    for name in ("SERVICEBAY_USER", "SERVICEBAY_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["export", "customers", str(tmp_path / "x.csv"), "--db", db]) == 2
    assert "--user" in capsys.readouterr().err and not (tmp_path / "x.csv").exists()
    monkeypatch.setenv("SERVICEBAY_PASSWORD", "not-the-password")
    assert main(["export", "customers", str(tmp_path / "x.csv"), "--db", db, "--user", "admin"]) == 2
    assert "登录失败" in capsys.readouterr().err
    # A backup without --user runs unattended, and is recorded as the scheduled task.
    monkeypatch.delenv("SERVICEBAY_PASSWORD")
    assert main(["backup", "--to", str(tmp_path / "usb"), "--db", db]) == 0
    with sqlite3.connect(db) as con:
        by = con.execute("SELECT value FROM shop_setting WHERE name = 'last_backup_by'").fetchone()[0]
    assert by.startswith("scheduled-task")
    # The administrator manages users from the console; the passwords are never arguments.
    monkeypatch.setenv("SERVICEBAY_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("SERVICEBAY_NEW_PASSWORD", "Huang#Shifu9")
    admin = ["--db", db, "--user", "admin"]
    assert main(["users", "add", "黄工", "--login", "huang", "--role", "technician", *admin]) == 0
    assert main(["users", "roles", "huang", "technician", "inspector", *admin]) == 0
    capsys.readouterr()
    assert main(["users", "list", *admin]) == 0
    listed = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("huang"))
    assert "inspector,technician" in listed and "yes" in listed
    assert main(["users", "disable", "huang", *admin]) == 0
    # An advisor is not an administrator: refused, and said why.
    assert main(["users", "enable", "huang", "--db", db, "--user", "lina"]) == 1
    assert "管理用户" in capsys.readouterr().err
