"""A credential store for the tests: a JSON file in the test's data folder, so that the
program and the commands it starts share it (``PYTHON_KEYRING_BACKEND``).  The real program
uses the operating system's store; this machine has none."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["SERVICEBAY_DATA_DIR"]) / "test-keyring.json"

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}|{username}"] = password
        self._path().parent.mkdir(parents=True, exist_ok=True)
        self._path().write_text(json.dumps(values), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        values.pop(f"{service}|{username}", None)
        self._path().write_text(json.dumps(values), encoding="utf-8")
