"""The house rules of DESIGN.md: views never touch the database, services never import Qt,
models know nothing above them, printing knows neither the database nor Qt; one package per
capability at every layer, the plumbing and the common rules under all of them, the demo
shop apart, and no import circle."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ROOT / "desktop" / "services"
VIEWS = ROOT / "desktop" / "views"
PLUMBING = ("core", "common")  # under every capability, above none


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    found = {}
    for top in ("desktop", "printing"):
        for path in (ROOT / top).rglob("*.py"):
            found[module_name(path)] = path
    return found


@cache
def imports_of(path: Path) -> tuple[str, ...]:
    """Every module this file imports, at the top or inside a function: ``from pkg import
    mod`` counts as an import of ``pkg.mod`` when that is a module."""
    known = modules()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            subs = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in known]
            found += subs or [node.module]
    return tuple(found)


def imports(folder: str) -> list[tuple[str, str]]:
    return [(str(path.relative_to(ROOT)), m) for path in sorted((ROOT / folder).rglob("*.py"))
            for m in imports_of(path)]


def offenders(folder: str, *prefixes: str) -> list[tuple[str, str]]:
    return [(f, m) for f, m in imports(folder) if m.split(".")[0] in prefixes or m.startswith(prefixes)]


def packages(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if (p / "__init__.py").exists())


def test_views_never_touch_the_database() -> None:
    assert offenders("desktop/views", "sqlalchemy", "desktop.models", "desktop.db") == []


def test_services_and_models_never_import_qt() -> None:
    assert offenders("desktop/services", "PySide6", "desktop.views", "desktop.app") == []
    assert offenders("desktop/models", "PySide6", "desktop.services", "desktop.views") == []
    assert offenders("desktop/demo", "PySide6", "desktop.views", "desktop.app") == []


def test_printing_knows_neither_database_nor_qt() -> None:
    assert offenders("printing", "PySide6", "sqlalchemy", "desktop") == []


def test_the_same_capabilities_at_every_layer() -> None:
    """A capability has its package in the services, the views and the tests of both
    (the views' shared parts and the services' plumbing excepted)."""
    services = set(packages(SERVICES)) - set(PLUMBING)
    views = set(packages(VIEWS)) - {"shared"}
    assert views <= services, "a page without its services: " + ", ".join(sorted(views - services))
    assert services - views <= {"documents"}, "services without a page: " + ", ".join(sorted(services - views))
    for capability in services:
        assert (ROOT / "tests" / "services" / capability).is_dir(), capability
    for capability in views:
        assert (ROOT / "tests" / "views" / capability).is_dir(), capability


def test_every_package_says_what_it_is() -> None:
    """Each package opens with a docstring: what the capability is and its entry points."""
    missing = []
    for folder in (SERVICES, VIEWS, ROOT / "desktop" / "demo", ROOT / "desktop" / "cli"):
        for init in [folder / "__init__.py", *folder.glob("*/__init__.py")]:
            if ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) is None:
                missing.append(str(init.relative_to(ROOT)))
    assert missing == []


def test_the_plumbing_uses_no_capability() -> None:
    capabilities = tuple(f"desktop.services.{c}" for c in packages(SERVICES) if c not in PLUMBING)
    assert offenders("desktop/services/core", *capabilities, "desktop.services.container", "desktop.demo") == []
    assert offenders("desktop/services/common", *capabilities, "desktop.services.container", "desktop.demo",
                     "sqlalchemy", "desktop.models", "desktop.db") == []


def test_pure_rules_import_no_database() -> None:
    """The rules of a capability (its ``rules/`` package) are plain functions: a test needs
    nothing to call them."""
    found = []
    for folder in SERVICES.glob("*/rules"):
        found += offenders(str(folder.relative_to(ROOT)), "sqlalchemy", "desktop.models", "desktop.db",
                           "desktop.services.core.uow")
    assert found == []


def test_only_the_command_line_and_the_first_run_load_the_demo_shop() -> None:
    allowed = {"desktop/cli", "desktop/views/system/first_run.py", "desktop/demo"}
    users = {f for f, m in imports("desktop") if m.startswith("desktop.demo")}
    assert {f for f in users if not f.startswith(tuple(allowed))} == set()


def test_no_capability_uses_another_capabilitys_views() -> None:
    """A page reaches another capability's dialog only through the main window, which hands
    it in; the shared parts of the window belong to no capability."""
    wrong = []
    for capability in packages(VIEWS):
        allowed = ("desktop.views.shared",) if capability == "shared" else (
            f"desktop.views.{capability}", "desktop.views.shared")
        wrong += [(f, m) for f, m in imports(f"desktop/views/{capability}")
                  if m.startswith("desktop.views") and not m.startswith(allowed)]
    assert wrong == []


def test_no_import_circle() -> None:
    """Tarjan's strongly connected components over every import in desktop/ and printing/."""
    known = modules()
    graph = {name: sorted({m for m in imports_of(path) if m in known and m != name})
             for name, path in known.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    assert circles == []


def test_no_module_grows_past_about_600_lines_unexplained() -> None:
    """A module over 600 lines says in its first lines why it is one piece."""
    long = []
    for path in list((ROOT / "desktop").rglob("*.py")) + list((ROOT / "printing").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > 600 and not any("one piece" in line for line in lines[:15]):
            long.append(f"{path.relative_to(ROOT)}: {len(lines)}")
    assert long == []


def test_the_start_loads_nothing_the_first_page_does_not_need() -> None:
    """The window and everything it builds at start, in a fresh process: no migration
    machinery (the schema is current on an everyday start), no page layout or PDF engine
    (until the first print), no pinyin tables (until a name is read), no spreadsheet
    readers, no cryptography (until a backup), no demo shop."""
    import os
    import subprocess
    import sys

    heavy = ("alembic", "pypinyin", "reportlab.platypus", "reportlab.pdfgen", "openpyxl", "python_calamine",
             "cryptography", "printing.documents", "pypdfium2", "desktop.demo")
    code = ("import sys, desktop.app, desktop.views.main_window\n"
            f"print([m for m in {heavy!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_the_schema_head_the_start_checks_is_the_migrations_head() -> None:
    from desktop.db import HEAD, head_revision

    assert head_revision() == HEAD, "a new migration: set desktop.db.HEAD to its revision"
