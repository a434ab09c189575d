"""The password of the program's database login, kept in the operating system's credential
store (Windows Credential Manager, the Secret Service on Linux, the macOS Keychain) through
``keyring``; never in the settings file.

The settings hold the server's URL *without* its password; ``complete`` puts the password
back when the database is opened.  Nothing here imports Qt or the database; ``keyring`` is
imported only when a server is used (a one-PC shop never loads it).
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy.engine import URL, make_url

SERVICE = "ServiceBay"


class NoCredentialStore(RuntimeError):
    """This computer has no usable credential store (or it refused)."""


def is_server(url: str) -> bool:
    return "://" in url and not url.startswith("sqlite")


def account(url: str | URL) -> str:
    """The name the password is filed under: ``login@host:port/database``."""
    u = make_url(url) if isinstance(url, str) else url
    return f"{u.username or ''}@{u.host or ''}:{u.port or 5432}/{u.database or ''}"


def without_password(url: str) -> str:
    """The URL the settings file keeps."""
    u = make_url(url)
    return URL.create(u.drivername, u.username, None, u.host, u.port, u.database,
                      u.query).render_as_string(hide_password=False)


def _keyring() -> Any:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise NoCredentialStore(str(exc)) from exc
    return keyring, KeyringError


def save(url: str) -> str:
    """File the password of ``url`` in the credential store; the URL without it back."""
    u = make_url(url)
    if u.password is None:
        return url
    keyring, error = _keyring()
    try:
        keyring.set_password(SERVICE, account(u), str(u.password))
    except error as exc:
        raise NoCredentialStore(str(exc)) from exc
    return without_password(url)


def complete(url: str) -> str:
    """``url`` with the password from the credential store when it has none of its own.
    A URL whose password is not filed comes back as it is: the server then refuses the
    login, and says so."""
    if not is_server(url):
        return url
    u = make_url(url)
    if u.password is not None or not u.username:
        return url
    keyring, error = _keyring()
    try:
        password = keyring.get_password(SERVICE, account(u))
    except error as exc:
        raise NoCredentialStore(str(exc)) from exc
    if password is None:
        return url
    return u.set(password=password).render_as_string(hide_password=False)


def forget(url: str) -> None:
    """Remove the filed password (a shop that gives up its server)."""
    keyring, error = _keyring()
    with contextlib.suppress(error):
        keyring.delete_password(SERVICE, account(url))
