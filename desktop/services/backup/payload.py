"""The database inside a backup: is it this program's, whole, and as the program made it?

A backup comes from outside (a stick that went round the shop), so before a restore trusts
it, the SQLite file inside is checked: SQLite's full integrity check; the application id
that every ServiceBay database carries in its header (older backups, made before it was
set, are told by their schema alone); a schema revision this program knows, the same as the
manifest says; every table, index, trigger and view exactly as the program's migrations
make them at that revision (a dropped invoice trigger would make issued invoices editable);
and the row counts of the manifest.

The reference for a revision is an empty database built by the migrations in a private
temporary folder, once per process.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

from desktop.db import APPLICATION_ID
from desktop.services.backup.archive import BackupError, Manifest, fail
from desktop.services.core.messages import QT_TRANSLATE_NOOP

Schema = dict[tuple[str, str], str]
_lock = threading.Lock()


def uri(path: Path, mode: str = "ro") -> str:
    """A SQLite URI for a file: ``#``, ``%``, ``?`` and spaces in folder names are escaped
    (``门店备份#2`` must not cut the path short and open a new empty file)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_ro(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    if not path.is_file():
        raise sqlite3.OperationalError(f"unable to open database file: {path}")
    return sqlite3.connect(uri(path), uri=True, timeout=timeout)


def row_counts(path: Path) -> dict[str, int]:
    con = connect_ro(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def revision_of(path: Path) -> str:
    try:
        con = connect_ro(path)
    except sqlite3.Error:
        return ""
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.DatabaseError:
        return ""
    finally:
        con.close()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from desktop.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def _normal(sql: str | None) -> str:
    text = re.sub(r"[\"`\[\]]", "", (sql or "").lower())
    return re.sub(r"\s+", " ", text).strip()


def schema_of(con: sqlite3.Connection) -> Schema:
    """Every schema object, described so that two files made by the same migrations agree:
    tables by their columns, indexes by table and columns, triggers and views by their SQL."""
    found: Schema = {}
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            cols = con.execute(f'PRAGMA table_info("{name}")').fetchall()
            found[(kind, name)] = ",".join(f"{c[1]}:{c[2].lower()}:{c[3]}:{c[5]}" for c in cols)
        elif kind == "index":
            cols = con.execute(f'PRAGMA index_info("{name}")').fetchall()
            unique = " unique" if "unique" in _normal(sql) else ""
            found[(kind, name)] = f"{table}({','.join(str(c[2]) for c in cols)}){unique}"
        else:
            found[(kind, name)] = _normal(sql)
    return found


def _sweep_stale(hours: float = 1.0) -> int:
    """The reference folders a killed process left behind (its ``finally`` never ran): gone
    when over an hour old (a live one takes a second or two).  How many were removed."""
    gone = 0
    cutoff = time.time() - hours * 3600
    for old in Path(tempfile.gettempdir()).glob("servicebay-schema-*"):
        try:
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
                gone += 1
        except OSError:
            continue  # another process removing it at the same moment
    return gone


@lru_cache(maxsize=8)
def _reference(revision: str) -> tuple[Schema, tuple[tuple[str, int], ...]]:
    from alembic import command

    from desktop.db import alembic_config

    _sweep_stale()
    folder = Path(tempfile.mkdtemp(prefix="servicebay-schema-"))
    try:
        path = folder / "reference.sqlite3"
        command.upgrade(alembic_config("sqlite:///" + str(path)), revision)
        con = sqlite3.connect(path)
        try:
            schema = schema_of(con)
        finally:
            con.close()
        return schema, tuple(sorted(row_counts(path).items()))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def reference(revision: str) -> tuple[Schema, dict[str, int]]:
    """The schema and the row counts of an empty shop at ``revision``."""
    with _lock:
        schema, counts = _reference(revision)
    return schema, dict(counts)


def schema_differences(path: Path, revision: str) -> list[str]:
    """What in the file differs from what the migrations make at ``revision``: missing,
    changed or foreign tables, indexes, triggers and views, by name."""
    expected, _ = reference(revision)
    con = connect_ro(path)
    try:
        actual = schema_of(con)
    finally:
        con.close()
    out = []
    for key in sorted(set(expected) | set(actual)):
        kind, name = key
        if key not in actual:
            out.append(f"{kind} {name} missing")
        elif key not in expected:
            out.append(f"{kind} {name} not ServiceBay's")
        elif actual[key] != expected[key]:
            out.append(f"{kind} {name} changed")
    return out


def has_data(counts: dict[str, int], revision: str = "") -> bool:
    """More than an empty shop holds (an empty shop has the rows its migrations seed)."""
    from desktop.db import head_revision

    known = revision if revision in known_revisions() else head_revision()
    _, empty = reference(known)
    return any(count > empty.get(table, 0) for table, count in counts.items())


def check_copy(copy: Path, manifest: Manifest) -> None:
    """Every check a restore makes on the extracted database.  The rows are counted on a
    second connection while the pages are checked (SQLite lets go of the GIL: two cores)."""
    counted: dict[str, dict[str, int] | BaseException] = {}

    def count() -> None:
        try:
            counted["rows"] = row_counts(copy)
        except sqlite3.Error as exc:
            counted["rows"] = exc

    counter = threading.Thread(target=count, daemon=True)
    counter.start()
    try:
        _check_pages(copy, manifest)
    finally:
        counter.join()
    rows = counted.get("rows")
    if not isinstance(rows, dict) or rows != manifest.row_counts:
        raise fail("counts")


def _check_pages(copy: Path, manifest: Manifest) -> None:
    try:
        con = connect_ro(copy)
        try:
            # Every page, record and free list (quick_check: 2.3 s for a 922 MB shop where
            # integrity_check takes 8; no memory mapping, which would count the whole file
            # in the program's memory): the bytes are already those the backup sealed (their
            # SHA-256 matched), taken from a checked live file.
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise fail("integrity") from exc
    if result != "ok":
        raise fail("integrity")
    if app_id not in (0, APPLICATION_ID):
        raise fail("foreign")
    revision = revision_of(copy)
    if not revision:
        raise fail("foreign")
    if revision not in known_revisions():
        raise fail("newer")
    if revision != manifest.schema_revision:
        raise fail("revision")
    differences = schema_differences(copy, revision)
    if differences:
        raise SchemaAltered(differences)


class SchemaAltered(BackupError):
    """The tables, indexes, triggers or views inside differ from what the program makes."""

    def __init__(self, differences: list[str]) -> None:
        super().__init__("schema", QT_TRANSLATE_NOOP(
            "Backup", "The database inside the backup was changed outside ServiceBay ({what}); "
                      "it cannot be restored."), what="; ".join(differences[:6]))
        self.differences = differences
