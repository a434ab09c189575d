"""What the bundle leaves out of PySide6, for both wheel layouts: Linux puts Qt under
``PySide6/Qt/`` (``PySide6/Qt/translations``, ``PySide6/Qt/lib``), Windows right under
``PySide6/`` (``PySide6/translations``, ``PySide6/Qt6Core.dll``, ``PySide6/opengl32sw.dll``).
build.spec imports it; tests/test_windows.py checks it against the Windows wheel's file
list kept beside it (``pyside6-win_amd64-files.txt``)."""

from __future__ import annotations

# Qt libraries and plugins nothing in the program loads (QML, Quick, WebEngine, PDF: the
# preview renders with pdfium), and Windows' software OpenGL fallback (20 MB: widgets
# do not need OpenGL).
DROP = ("qml", "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6VirtualKeyboard", "wayland", "Qt6WebEngine",
        "Qt6Designer", "qtvirtualkeyboard", "Qt6Multimedia", "Qt6Labs", "Qt6Lottie", "opengl32sw",
        "Qt6ShaderTools", "Qt6SpatialAudio", "Qt6Graphs")
LANGUAGES = ("zh_CN", "en")  # the program's own languages: Qt's strings for its dialogs


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_binary(dest: str) -> bool:
    name = _norm(dest)
    return not any(d in name for d in DROP)


def keep_data(dest: str) -> bool:
    name = _norm(dest)
    if "qml/" in name or "translations/qtwebengine" in name:
        return False
    if name.startswith("PySide6/") and "/translations/" in name and name.endswith(".qm"):
        file = name.rsplit("/", 1)[-1]  # Qt's own dialogs only: not Designer's, Linguist's, Assistant's
        return file.startswith(("qt_", "qtbase_")) and any(file.endswith(f"_{lang}.qm") for lang in LANGUAGES)
    return True
