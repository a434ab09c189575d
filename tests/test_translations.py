"""The translations are complete, keep their placeholders, and the compiled .qm files in
the repository match their .ts sources and the strings in the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDERS = re.compile(r"\{\w+\}|%\d|%n")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.findall("context") for m in ctx.findall("message")]


def texts(m: ET.Element) -> list[str]:
    tr = m.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms or [tr.text or ""]


def test_chinese_is_complete_and_keeps_placeholders() -> None:
    for context, source, m in messages(TS / "servicebay_zh_CN.ts"):
        tr = m.find("translation")
        assert tr is not None and tr.get("type") != "unfinished", (context, source)
        for text in texts(m):
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDERS.findall(text)) == sorted(PLACEHOLDERS.findall(source)), (
                context, source, text)


def test_english_plurals_keep_placeholders() -> None:
    for _context, source, m in messages(TS / "servicebay_en.ts"):
        if m.get("numerus") == "yes":
            for text in texts(m):
                assert sorted(PLACEHOLDERS.findall(text)) == sorted(PLACEHOLDERS.findall(source))


def test_no_tr_inside_f_strings() -> None:
    """lupdate cannot see tr() inside an f-string: such a string would never be translated."""
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""\bf(["']).*\btr\(""", line):
                offenders.append(f"{path.relative_to(ROOT)}:{no}")
    assert offenders == []


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="Qt Linguist tools not installed")
def test_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for lang in ("zh_CN", "en"):
        in_ts = {(c, s) for c, s, _ in messages(TS / f"servicebay_{lang}.ts")}
        assert in_code - in_ts == set(), f"run scripts/translations.sh ({lang})"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="Qt Linguist tools not installed")
def test_compiled_qm_files_are_up_to_date(tmp_path: Path) -> None:
    for lang in ("zh_CN", "en"):
        ts = tmp_path / f"{lang}.ts"
        shutil.copy(TS / f"servicebay_{lang}.ts", ts)
        qm = tmp_path / f"{lang}.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.read_bytes() == (TS / f"servicebay_{lang}.qm").read_bytes(), (
            f"run scripts/translations.sh compile ({lang})")


def test_chinese_reaches_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    app = QCoreApplication.instance()
    assert app is not None
    kept = i18n.install(app, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "Customers") == "客户档案"
        from desktop.services.customers.rules.vin import vin_problem

        problem = vin_problem("LSVAU2180N2123456")
        assert problem is not None
        assert problem.render(QCoreApplication.translate).startswith("校验位（第 9 位）应为 7")
    finally:
        for t in kept:
            app.removeTranslator(t)


def test_cli_speaks_the_language_setting() -> None:
    from desktop.i18n import translator_function

    tr = translator_function("zh_CN")
    assert tr("CLI", "Exported {count} rows to {file}.") == "已导出 {count} 行到 {file}。"
    assert translator_function("en")("CLI", "Exported {count} rows to {file}.").startswith("Exported")
