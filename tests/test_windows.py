"""Windows, where the shops are (issue 17): each Windows behaviour tested on Linux by
emulating it — a GBK or cp1252 console, no stdin, a file Excel holds open, removable
drives, the installer script read in the Windows code page, the Windows wheel's layout."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: list[str], tmp_path: Path, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding,
           "SERVICEBAY_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=tmp_path, capture_output=True, env=env,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small shop whose name the English console cannot show (made once for the module)."""
    from desktop.db import open_database
    from desktop.demo.shop import create_demo
    from desktop.services.system.settings import ShopSettings

    path = tmp_path_factory.mktemp("shop") / "shop.sqlite3"
    db = open_database("sqlite:///" + str(path))
    create_demo(db, customers=10, vehicles=12)
    ShopSettings(db).set("shop_name", "宏达汽修 • 一号店")
    db.dispose()
    return path


@pytest.mark.parametrize("encoding", ["cp936", "cp1252"])
def test_a_console_that_cannot_show_the_text_never_fails_a_finished_command(
        shop: Path, tmp_path: Path, encoding: str) -> None:
    done = run_cli(["backup", "--to", str(tmp_path / "usb"), "--db", str(shop)], tmp_path, encoding)
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    assert b"Traceback" not in done.stderr and list((tmp_path / "usb").glob("*.sbk"))
    failed = run_cli(["export", "customers", str(tmp_path / "x.csv"), "--db", str(tmp_path / "none.sqlite3")],
                     tmp_path, encoding)
    assert failed.returncode == 1 and b"Traceback" not in failed.stderr and failed.stderr.strip()


def test_the_windowed_program_has_no_stdin(shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli_user) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    copy = tmp_path / "shop.sqlite3"
    shutil.copy(shop, copy)
    assert main(["backup", "--to", str(tmp_path / "usb"), "--encrypt", "--db", str(copy)]) == 2  # no passphrase
    assert main(["backup", "--to", str(tmp_path / "usb"), "--db", str(copy)]) == 0
    (backup,) = (tmp_path / "usb").glob("*.sbk")
    assert main(["restore", str(backup), "--db", str(copy)]) == 2  # cannot ask: says to add --yes


def excel_holds(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file another program has open."""
    from desktop.services.core import files

    real = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == target:
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                                "by another process", str(dst))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "replace", replace)


@pytest.mark.parametrize("argv", [["export", "customers"], ["export", "invoices"], ["parts", "abc", "--csv"],
                                  ["print", "job-card", "FIRST", "--out"]])
def test_a_file_open_in_excel_is_a_message_and_leaves_nothing_behind(
        shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        argv: list[str], cli_user) -> None:
    target = tmp_path / ("out.pdf" if argv[0] == "print" else "out.csv")
    target.write_text("what Excel shows")
    if "FIRST" in argv:
        import sqlite3

        number = sqlite3.connect(shop).execute("SELECT number FROM work_order ORDER BY id LIMIT 1").fetchone()[0]
        argv = [number if a == "FIRST" else a for a in argv]
    excel_holds(target, monkeypatch)
    args = [*argv[:2], str(target), *argv[2:]] if argv[0] == "export" else [*argv, str(target)]
    capsys.readouterr()
    assert main([*args, "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert "Excel" in err and "Traceback" not in err
    assert target.read_text() == "what Excel shows"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_each_process_logs_to_its_own_file(tmp_path: Path) -> None:
    code = ("import logging; from desktop.logging_setup import setup; p = setup(); "
            "logging.getLogger('x').info('hello'); print(p)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SERVICEBAY_DATA_DIR": str(tmp_path / "data")}
    paths = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            check=True).stdout.strip() for _ in range(2)}
    assert len(paths) == 2 and all("hello" in Path(p).read_text(encoding="utf-8") for p in paths)


def test_light_backgrounds_always_come_with_dark_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop.views.shared.table_model import Column, RowTableModel

    model = RowTableModel([Column("real", "Order", editable=True), Column("imag", "N")], rows=[1, 2])
    for row in range(2):
        for col in range(2):
            index = model.index(row, col)
            if model.data(index, Qt.ItemDataRole.BackgroundRole) is not None:
                assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None


def test_the_preview_is_sharp_on_a_high_dpi_screen(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from printing import render

    from desktop.views.shared import print_preview

    pdf = render.build([render.para("张伟", render.styles()["base"])], title="T", number="N", shop="S", lang="zh_CN")
    sizes = {}
    for ratio in (1.0, 2.0):
        monkeypatch.setattr(print_preview, "screen_ratio", lambda r=ratio: r)
        preview = print_preview.PrintPreview(pdf, "t", "job-card", "x.pdf")
        qtbot.addWidget(preview)
        sizes[ratio] = preview.images[0].width()
    assert sizes[2.0] == pytest.approx(2 * sizes[1.0], rel=0.02)


def test_only_removable_drives_are_offered(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.volumes import DRIVE_REMOTE, DRIVE_REMOVABLE, Mounted, pick_drives

    mounted = [Mounted("C:\\", "系统", 10**11, True), Mounted("D:\\", "数据", 10**11, True),
               Mounted("E:\\", "U盘", 8 * 10**9, True), Mounted("Z:\\", "共享", 10**12, True),
               Mounted("F:\\", "坏U盘", 0, False)]
    kinds = {"C:\\": 3, "D:\\": 3, "E:\\": DRIVE_REMOVABLE, "Z:\\": DRIVE_REMOTE, "F:\\": DRIVE_REMOVABLE}
    assert pick_drives(mounted, "C:\\", "C:\\", platform="win32", drive_type=kinds.__getitem__) == \
        [("E:\\", "U盘", 8 * 10**9)]
    linux = [Mounted("/", "root", 1, True), Mounted("/media/anna/STICK", "STICK", 5, True),
             Mounted("/home", "home", 1, True), Mounted("/run/media/anna/USB", "USB", 7, True)]
    assert [d[0] for d in pick_drives(linux, "/", "/home", platform="linux")] == \
        ["/media/anna/STICK", "/run/media/anna/USB"]


def test_file_dialogs_start_in_documents(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.shared import common

    path = Path(common.start_path("customers.csv"))
    assert path.is_absolute() and path.name == "customers.csv" and path.parent == Path(common.documents_folder())
    assert common.start_path("/tmp/x.csv") == "/tmp/x.csv"


def test_a_double_clicked_backup_opens_the_restore_dialog(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.config import Settings
    from desktop.services.backup import BackupService
    from desktop.services.customers.records import CustomerForm

    from desktop.views.backup.dialogs import RestoreDialog
    from desktop.views.main_window import MainWindow

    services.customers.create_customer(CustomerForm(name="张伟"))
    backup = BackupService(services.db, tmp_path / "snaps", tmp_path / "work").backup(tmp_path / "usb").path
    window = MainWindow(services, Settings(tmp_path / "settings.json"), tmp_path / "x.log")
    qtbot.addWidget(window)
    window.open_backup_file(backup)
    dialog = window.backup.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.file.text() == str(backup)
    assert dialog.save_button.isEnabled() and "1" in dialog.summary.text()
    dialog.reject()
    assert "--open-backup" in (ROOT / "packaging" / "servicebay.nsi").read_text(encoding="utf-8-sig")


def test_the_mutex_is_windows_only() -> None:
    from desktop.winapi import MUTEX_NAME, hold_program_mutex

    assert hold_program_mutex(platform="linux") is False
    nsi = (ROOT / "packaging" / "servicebay.nsi").read_text(encoding="utf-8-sig")
    assert f'!define MUTEX "{MUTEX_NAME}"' in nsi


# --- the installer and the bundle -----------------------------------------------------------------

NSI = ROOT / "packaging" / "servicebay.nsi"


def test_the_installer_script_has_a_byte_order_mark_and_removes_only_its_own_files() -> None:
    raw = NSI.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # makensis on Windows reads a file without one as ANSI
    text = raw.decode("utf-8-sig")
    assert 'RMDir /r "$INSTDIR"' not in text and 'RMDir "$INSTDIR"' in text
    assert "Function .onVerifyInstDir" in text and "${AtLeastWin10}" in text and "${RunningX64}" in text
    assert "explorer.exe" in text  # the finish page starts the program unelevated


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian's nsis) is not installed")
def test_the_installer_script_compiles_as_windows_reads_it(tmp_path: Path) -> None:
    src = tmp_path / "bundle"
    (src / "_internal").mkdir(parents=True)
    for name in ("servicebay.exe", "servicebay-cli.exe"):
        (src / name).write_bytes(b"MZ")
    done = subprocess.run(["makensis", "-INPUTCHARSET", "CP1252", "-V4", "-DFAST", "-DVERSION=0.1.0",
                           f"-DSRC={src}", f"-DOUT={tmp_path / 'setup.exe'}", NSI.name],
                          cwd=NSI.parent, capture_output=True, check=False)
    out = done.stdout.decode("utf-8", "replace")
    assert done.returncode == 0, out[-2000:]
    assert 'Name: "ServiceBay 售后管家 0.1.0"' in out
    assert re.search(r'CreateShortcut: "\$DESKTOP\\ServiceBay 售后管家\.lnk"', out)
    assert "卸载 Uninstall.lnk" in out and (tmp_path / "setup.exe").stat().st_size > 0


def test_the_bundle_filters_fit_the_windows_wheel() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from bundle_filters import keep_binary, keep_data
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    files = [line for line in (ROOT / "packaging" / "pyside6-win_amd64-files.txt").read_text().splitlines()
             if line and not line.startswith("#")]
    dlls = [f for f in files if f.endswith(".dll")]
    translations = [f for f in files if "/translations/" in f]
    kept = [f for f in translations if keep_data(f)]
    assert kept and all(f.endswith(("_zh_CN.qm", "_en.qm")) for f in kept) and len(kept) < 12
    assert "PySide6/translations/qtbase_zh_CN.qm" in kept
    assert not keep_binary("PySide6/opengl32sw.dll")
    # the 绩效 charts (PySide6-Addons): QtCharts and the OpenGL libraries it links against stay
    assert all(keep_binary(f"PySide6/{dll}") for dll in ("Qt6Charts.dll", "Qt6OpenGL.dll", "Qt6OpenGLWidgets.dll"))
    for needed in ("PySide6/Qt6Core.dll", "PySide6/Qt6Gui.dll", "PySide6/Qt6Widgets.dll",
                   "PySide6/Qt6PrintSupport.dll", "PySide6/plugins/platforms/qwindows.dll"):
        assert needed in dlls and keep_binary(needed), needed
    assert not any(keep_binary(f) for f in dlls if "Qt6Quick" in f or "Qt6Qml" in f or "Qt6WebEngine" in f)
    # the same filters on the Linux layout
    assert keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm") and not keep_data("PySide6/Qt/translations/qt_de.qm")


def test_the_icon_holds_every_size_windows_asks_for() -> None:
    from PIL import Image

    sizes = Image.open(ROOT / "resources" / "icons" / "servicebay.ico").info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 256)} <= set(sizes)


def test_the_windows_workflow_runs_the_tests_and_installs_the_server_driver() -> None:
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "postgres" in text and "pytest" in text and "PYTHONIOENCODING" in text and "signtool" in text
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"rl_accel",' not in spec and "_rl_accel" in spec and "psycopg" in spec and "version_info()" in spec


# --- printing: characters outside the shipped font -----------------------------------------------


def test_rare_name_characters_print_in_a_fallback_font() -> None:
    from printing import fonts, render

    if not any(path.is_file() for path, _ in fonts.CANDIDATES):
        pytest.skip("no fallback font with rare characters on this machine (scripts/setup.sh installs one)")
    import pypdfium2 as pdfium

    st = render.styles()
    pdf = render.build([render.para("客户：刘䶮", st["base"]), render.grid([["姓名"], ["𠮷田"]], [200], st)],
                       title="工单", number="WO1", shop="䶮记汽修", lang="zh_CN")
    doc = pdfium.PdfDocument(pdf)
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    assert "刘䶮" in text and "䶮记汽修" in text
    assert b"CJK-fallback" not in pdf  # fonts are embedded by their own names
    assert pdf.count(b"/FontFile2") >= 2  # the shipped font and a fallback, both embedded
    assert fonts.needs_fallback("𠮷", render.FONT) and not fonts.needs_fallback("张伟 ABC 123", render.FONT)
