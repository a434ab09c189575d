"""The house rules of DESIGN.md: views never touch the database, services never import Qt,
models know nothing above them, printing knows neither the database nor Qt."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(folder: str) -> list[tuple[str, str]]:
    found = []
    for path in (ROOT / folder).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(str(path.relative_to(ROOT)), a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.append((str(path.relative_to(ROOT)), node.module))
    return found


def offenders(folder: str, *prefixes: str) -> list[tuple[str, str]]:
    return [(f, m) for f, m in imports(folder) if m.split(".")[0] in prefixes or m.startswith(prefixes)]


def test_views_never_touch_the_database() -> None:
    assert offenders("desktop/views", "sqlalchemy", "desktop.models", "desktop.db") == []


def test_services_and_models_never_import_qt() -> None:
    assert offenders("desktop/services", "PySide6", "desktop.views", "desktop.app") == []
    assert offenders("desktop/models", "PySide6", "desktop.services", "desktop.views") == []


def test_printing_knows_neither_database_nor_qt() -> None:
    assert offenders("printing", "PySide6", "sqlalchemy", "desktop") == []
