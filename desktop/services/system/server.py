"""The shop's PostgreSQL server (several workstations, 多工位): where it is, the program's own
login and database on it, setting them up, and what to say when a server cannot be used.

The PC that holds the data: ``check_admin`` (is a server there, may this login create
databases), then ``set_up`` (the program's login and database, the trigram extension the
search uses, the schema).  Every other PC: ``probe`` with the address and the program's
login.  The password goes to the credential store (``desktop.credentials``), never into
the settings.  No Qt here: the wizard and ``servicebay server`` say the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from desktop.db import server_connect_args
from desktop.services.core.errors import ServiceError, ValidationFailed
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "servicebay"
DEFAULT_LOGIN = "servicebay"
MIN_PASSWORD = 8
MIN_SERVER_VERSION = 120000  # PostgreSQL 12
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_HOST = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-:]{0,252}$")


def _msg(text_: str, **params: object) -> Message:
    return Message(text_, params, "Storage")


class ServerProblem(ServiceError):
    """The server cannot be used as asked; ``kind`` says why (for tests and the wizard)."""

    def __init__(self, kind: str, message: Message) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ServerAddress:
    """Where the shop's database is, and the login the program uses there."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    login: str = DEFAULT_LOGIN

    def url(self, password: str | None = None) -> str:
        return URL.create("postgresql+psycopg", username=self.login, password=password, host=self.host,
                          port=self.port, database=self.database).render_as_string(hide_password=False)

    @property
    def shown(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    @classmethod
    def of(cls, url: str) -> ServerAddress:
        u = make_url(url)
        return cls(u.host or "", u.port or DEFAULT_PORT, u.database or "", u.username or "")


def with_driver(url: str) -> str:
    """A server URL as typed (``postgresql://…``) with the driver the program uses."""
    scheme, sep, rest = url.partition("://")
    return f"postgresql+psycopg://{rest}" if sep and scheme in ("postgresql", "postgres") else url


def check_address(host: str, port: object, database: str = DEFAULT_DATABASE, login: str = DEFAULT_LOGIN,
                  password: str | None = None) -> ServerAddress:
    """The typed address, or every field that is wrong (named as the wizard names them)."""
    errors: dict[str, Message] = {}
    host = (host or "").strip()
    if not _HOST.match(host):
        errors["host"] = _msg(QT_TRANSLATE_NOOP(
            "Storage", "Type the server's name or address, as shown on the PC that holds the data "
            "(for example 192.168.1.10)."))
    try:
        number = int(str(port).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        errors["port"] = _msg(QT_TRANSLATE_NOOP("Storage", "The port is a number from 1 to 65535 (usually 5432)."))
    for field, value in (("database", database), ("login", login)):
        if not _NAME.match(value or ""):
            errors[field] = _msg(QT_TRANSLATE_NOOP(
                "Storage", "Use small Latin letters, digits and _ (at most 63), starting with a letter."))
    if password is not None and len(password) < MIN_PASSWORD:
        errors["password"] = _msg(QT_TRANSLATE_NOOP(
            "Storage", "The password needs at least {n} characters."), n=MIN_PASSWORD)
    if errors:
        raise ValidationFailed(errors)
    return ServerAddress(host, number, database, login)


def check_workstation_name(name: str) -> str:
    """This PC's name for the audit log and the list of desks (前台1, 车间 …)."""
    name = (name or "").strip()
    if not 1 <= len(name) <= 40 or "#" in name or any(ord(c) < 32 for c in name):
        raise ValidationFailed({"workstation": _msg(QT_TRANSLATE_NOOP(
            "Storage", "Give this PC a name of 1 to 40 characters without #, such as 前台1 or 车间."))})
    return name


def problem_of(exc: BaseException, where: str = "") -> ServerProblem:
    """What a failed connection means, in plain words."""
    said = str(getattr(exc, "orig", None) or exc).lower()
    if "password authentication failed" in said or "no password supplied" in said:
        return ServerProblem("login", _msg(QT_TRANSLATE_NOOP(
            "Storage", "The server refused the login: the name or the password is wrong.")))
    if "does not exist" in said and "database" in said:
        return ServerProblem("no-database", _msg(QT_TRANSLATE_NOOP(
            "Storage", "The server at {where} has no shop database of that name. Set it up first on the PC "
            "that holds the data."), where=where))
    if "no pg_hba.conf entry" in said:
        return ServerProblem("not-allowed", _msg(QT_TRANSLATE_NOOP(
            "Storage", "The server at {where} does not accept this PC. On the server, allow the shop's "
            "network in pg_hba.conf (see the README), then try again."), where=where))
    if "permission denied" in said or "must be superuser" in said or "must have createdb" in said:
        return ServerProblem("rights", _msg(QT_TRANSLATE_NOOP(
            "Storage", "This login may not create databases. Use the server's administrator "
            "(postgres) for the setup.")))
    if any(s in said for s in ("connection refused", "could not connect", "timeout expired", "timed out",
                               "no route to host", "name or service not known", "could not translate host",
                               "connection to server", "server closed the connection", "terminating connection")):
        return ServerProblem("unreachable", _msg(QT_TRANSLATE_NOOP(
            "Storage", "No database server answers at {where}. Check that the PC that holds the data is on and "
            "its PostgreSQL service is running, and that the address and port are right."), where=where))
    return ServerProblem("other", _msg(QT_TRANSLATE_NOOP(
        "Storage", "The server at {where} could not be used: {detail}"), where=where,
        detail=str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200] if str(exc) else type(exc).__name__))


@dataclass(frozen=True)
class ServerInfo:
    version: str  # "15.8"
    version_num: int
    superuser: bool
    may_create: bool  # may create databases and logins


def _engine(url: str) -> Any:
    return create_engine(url, isolation_level="AUTOCOMMIT", connect_args=server_connect_args(), poolclass=NullPool)


def probe(url: str) -> ServerInfo:
    """Connect once and say what is there; ``ServerProblem`` when it cannot."""
    where = ServerAddress.of(url).shown
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            num = int(conn.scalar(text("SHOW server_version_num")) or 0)
            version = str(conn.scalar(text("SHOW server_version")) or "").split(" ")[0]
            row = conn.execute(text("SELECT rolsuper, rolcreatedb AND rolcreaterole FROM pg_roles "
                                    "WHERE rolname = current_user")).one()
    except Exception as exc:
        raise problem_of(exc, where) from exc
    finally:
        engine.dispose()
    if num < MIN_SERVER_VERSION:
        raise ServerProblem("old", _msg(QT_TRANSLATE_NOOP(
            "Storage", "The server is PostgreSQL {version}; ServiceBay needs version 12 or newer."), version=version))
    return ServerInfo(version, num, bool(row[0]), bool(row[0] or row[1]))


def check_admin(admin_url: str) -> ServerInfo:
    info = probe(admin_url)
    if not info.may_create:
        raise ServerProblem("rights", _msg(QT_TRANSLATE_NOOP(
            "Storage", "This login may not create databases. Use the server's administrator "
            "(postgres) for the setup.")))
    return info


@dataclass(frozen=True)
class SetUpReport:
    created_login: bool
    created_database: bool
    trigram: bool  # the search's trigram indexes are available
    revision: str


def set_up(admin_url: str, address: ServerAddress, password: str) -> SetUpReport:
    """Create the program's login and the shop's database (each only if missing), add the
    trigram extension, and bring the schema to this program's.  Running it again is safe: an
    existing login gets the new password, an existing database is upgraded, not emptied."""
    from psycopg import sql

    check_address(address.host, address.port, address.database, address.login, password)
    check_admin(admin_url)
    where = address.shown
    admin = _engine(admin_url)
    try:
        with admin.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            has_login = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": address.login})
            verb = "ALTER" if has_login else "CREATE"
            raw.execute(sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(address.login), sql.Literal(password)))
            has_db = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": address.database})
            if not has_db:
                raw.execute(sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(address.database), sql.Identifier(address.login)))
    except ServerProblem:
        raise
    except Exception as exc:
        raise problem_of(exc, where) from exc
    finally:
        admin.dispose()
    trigram = _add_trigram(make_url(admin_url).set(database=address.database).render_as_string(hide_password=False))
    from desktop.db import open_database

    try:
        db = open_database(address.url(password))
    except Exception as exc:
        raise problem_of(exc, where) from exc
    try:
        from desktop.db import current_revision

        revision = current_revision(db.engine) or ""
    finally:
        db.dispose()
    return SetUpReport(not has_login, not has_db, trigram, revision)


def _add_trigram(admin_db_url: str) -> bool:
    """``pg_trgm`` in the shop's database, added by the administrator (the program's login
    may not).  Without it the search still works, only slower on a big shop."""
    engine = _engine(admin_db_url)
    try:
        with engine.connect() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        return True
    except DBAPIError:
        return False
    finally:
        engine.dispose()


def install_hint(system: str) -> Message:
    """How to get a PostgreSQL server on the PC that will hold the data."""
    if system == "Windows":
        return _msg(QT_TRANSLATE_NOOP(
            "Storage", "Install PostgreSQL with the official Windows installer (postgresql.org → Download → "
            "Windows). Keep the port 5432, write down the password it asks for the postgres administrator, "
            "and let it install the service. Then allow the other PCs: in pgAdmin or in pg_hba.conf add "
            "the shop's network (for example 192.168.1.0/24) with scram-sha-256, set listen_addresses = '*', "
            "restart the service, and allow port 5432 in the Windows firewall for the private network."))
    return _msg(QT_TRANSLATE_NOOP(
        "Storage", "Install the server with the package manager: sudo apt install postgresql. Set a password for "
        "the administrator (sudo -u postgres psql -c \"\\password postgres\"). To allow the other PCs, set "
        "listen_addresses = '*' in postgresql.conf, add the shop's network (for example 192.168.1.0/24) with "
        "scram-sha-256 in pg_hba.conf, and restart it (sudo systemctl restart postgresql)."))
