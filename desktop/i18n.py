"""Translations: the program's own .qm files and Qt's, for the window and the command line.

Source strings are English; ``resources/translations/servicebay_zh_CN.ts`` holds the
Chinese, ``servicebay_en.ts`` the (identity) English.  ``scripts/translations.sh`` runs
``pyside6-lupdate`` and ``pyside6-lrelease`` over them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import translations_dir

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def load(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"servicebay_{language}", str(translations_dir())):
        return translator
    return None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ServiceBay's and Qt's own translations (standard dialogs speak Chinese too).
    The translators are returned and must be kept alive by the caller."""
    kept = []
    ours = load(language)
    if ours is not None:
        app.installTranslator(ours)
        kept.append(ours)
    if language != "en":
        qt = QTranslator()
        if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_dirs()):
            app.installTranslator(qt)
            kept.append(qt)
    QLocale.setDefault(QLocale(language))
    return kept


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations may be: where Qt says, and beside the PySide6 package in
    both wheel layouts (``PySide6/Qt/translations`` on Linux, ``PySide6/translations`` on
    Windows), which is also where the bundle keeps them when Qt's own path points elsewhere."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(package / "Qt" / "translations"), str(package / "translations")]


def translator_function(language: str) -> Callable[[str, str], str]:
    """A ``translate(context, text)`` for code without a running application (the CLI)."""
    translator = load(language)

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate
