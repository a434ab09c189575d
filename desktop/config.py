"""Where ServiceBay keeps its data, its settings, and which database it opens.

Nothing here imports Qt: the command line and the services read the same settings as
the window.  Every setting is declared once in ``SETTINGS`` with its type, default and
description; the file on disk is a small JSON document written atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "ServiceBay"
ENV_DATA_DIR = "SERVICEBAY_DATA_DIR"
ENV_DB = "SERVICEBAY_DB"
DB_FILENAME = "servicebay.sqlite3"


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()

    def coerce(self, value: Any) -> Any:
        if value is None:
            return self.default
        if not isinstance(value, self.type):
            try:
                value = self.type(value)
            except (TypeError, ValueError):
                return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value


SETTINGS: dict[str, SettingSpec] = {
    spec.name: spec
    for spec in (
        SettingSpec("language", str, "zh_CN", "Interface language", choices=("zh_CN", "en")),
        SettingSpec(
            "database_url",
            str,
            "",
            "SQLAlchemy database URL; empty means the SQLite file in the data folder",
        ),
        SettingSpec("last_backup_at", str, "", "When the last verified backup was made (ISO time)"),
        SettingSpec("last_backup_dir", str, "", "The folder (USB drive) of the last backup"),
        SettingSpec("backup_reminder_days", int, 1, "Remind when the last backup is older than this"),
        SettingSpec("printers", dict, {}, "Per document type: the printer and copies last used on this PC"),
        SettingSpec("first_run_done", bool, False, "The first-run wizard has been completed on this PC"),
        SettingSpec("workstation_name", str, "",
                    "This PC's name in the audit log and the list of desks (empty: the computer's name)"),
        SettingSpec("lock_minutes", int, 10, "Lock the screen after this many minutes without use (0: never)",
                    choices=tuple(range(121))),
    )
}


def data_dir() -> Path:
    """The folder that holds the database, the settings, the logs and the snapshots."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def work_dir() -> Path:
    """The program's private folder for plaintext work files (removed after use)."""
    return data_dir() / "tmp"


def snapshot_dir() -> Path:
    path = data_dir() / "snapshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


class Settings:
    """The settings file: values for the names declared in ``SETTINGS``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "settings.json"
        self._values: dict[str, Any] = self._read()
        self._changed: set[str] = set()

    def _read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in loaded.items() if k in SETTINGS} if isinstance(loaded, dict) else {}

    def get(self, name: str) -> Any:
        spec = SETTINGS[name]
        return spec.coerce(self._values.get(name))

    def set(self, name: str, value: Any) -> None:
        spec = SETTINGS[name]
        self._values[name] = spec.coerce(value)
        self._changed.add(name)

    def save(self) -> None:
        """Write to a temporary file in the same folder, flush, then rename over.  Only the
        settings changed through this object are written over what the file holds now: the
        window's copy, read at start, never puts back a value another part (the server
        wizard, a command) saved since."""
        current = self._read()
        current.update({k: self._values[k] for k in self._changed if k in self._values})
        self._values = current
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            self._changed.clear()
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


_names: dict[str, str] = {}


def workstation_name() -> str:
    """This PC's name as the audit log and the other desks show it: the name given in
    System → Several workstations (前台, 车间 …), else the computer's.  Read once per data
    folder (every audited action asks)."""
    key = os.environ.get(ENV_DATA_DIR, "")
    name = _names.get(key)
    if name is None:
        import platform

        name = (Settings().get("workstation_name") or "").strip()[:40] or platform.node()[:40] or "?"
        _names[key] = name
    return name


def set_workstation_name(name: str, settings: Settings | None = None) -> str:
    settings = settings or Settings()
    settings.set("workstation_name", name.strip()[:40])
    settings.save()
    _names.clear()
    return workstation_name()


def url_from_argument(value: str) -> str:
    """``--db`` takes either a database URL or the path of a SQLite file.  A server's URL
    without a password gets the one filed in the credential store."""
    if "://" in value:
        if value.startswith("sqlite"):
            return value
        from desktop.credentials import NoCredentialStore, complete

        try:
            return complete(value)
        except NoCredentialStore:  # the server then refuses the login, and that is said
            return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def database_url(cli_value: str | None = None, settings: Settings | None = None) -> str:
    """The database to open: ``--db``, then ``SERVICEBAY_DB``, then the settings, then the
    SQLite file in the data folder."""
    if cli_value:
        return url_from_argument(cli_value)
    env = os.environ.get(ENV_DB)
    if env:
        return url_from_argument(env)
    settings = settings or Settings()
    configured = settings.get("database_url")
    if configured:
        return url_from_argument(configured)
    return url_from_argument(str(data_dir() / DB_FILENAME))
