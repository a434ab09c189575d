"""servicebay users list|add|passwd|disable|enable|roles: the shop's users from a console, as
the administrator (``--user``).  Passwords and PINs are asked, never put on the command line
(where the shell's history would keep them); a script gives SERVICEBAY_NEW_PASSWORD."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.shell import Translate, password_from, print_table, say
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    from desktop.services.users.rules.roles import ROLES

    users = sub.add_parser("users", parents=[common], help="the shop's users, roles and passwords (administrator)")
    what = users.add_subparsers(dest="what", required=True)
    what.add_parser("list", parents=[common], help="everyone, with their roles and how they sign in")
    add = what.add_parser("add", parents=[common], help="a new user (the password is asked)")
    add.add_argument("name")
    add.add_argument("--login", default="", help="empty: the person uses only the workshop kiosk")
    add.add_argument("--role", action="append", required=True, choices=list(ROLES), dest="roles")
    add.add_argument("--pin", action="store_true", help="also ask for a 4-6 digit kiosk PIN")
    passwd = what.add_parser("passwd", parents=[common],
                             help="a new password for LOGIN (changed at their next sign-in); your own: changed now")
    passwd.add_argument("login")
    for verb in ("disable", "enable"):
        one = what.add_parser(verb, parents=[common], help=f"{verb} LOGIN (history stays)")
        one.add_argument("login")
    roles = what.add_parser("roles", parents=[common], help="set the roles of LOGIN")
    roles.add_argument("login")
    roles.add_argument("roles", nargs="+", choices=list(ROLES))
    users.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.users.records import UserForm
    from desktop.services.users.service import UserService

    service = UserService(db, args.desk)
    people = service.users()
    if args.what == "list":
        print_table(["login", "name", "roles", "active", "password", "PIN"],
                    [[u.login or "-", u.name, ",".join(u.roles), "yes" if u.active else "no",
                      "yes" if u.has_password else "", "yes" if u.has_pin else ""] for u in people])
        return 0
    if args.what == "add":
        password = ""
        if args.login:
            password = _new_secret(tr, QT_TRANSLATE_NOOP("CLI", "First password of {name}: "), args.name)
            if password is None:
                return 2
        pin = ""
        if args.pin:
            pin = _new_secret(tr, QT_TRANSLATE_NOOP("CLI", "Kiosk PIN of {name}: "), args.name,
                              env="SERVICEBAY_NEW_PIN") or ""
        added = service.add_user(UserForm(args.name, args.login, tuple(args.roles), password, pin))
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Added {name} ({roles})."), name=added.name,
                  roles=", ".join(_role(r, tr) for r in added.roles)))
        return 0
    person = next((u for u in people if u.login == args.login.strip().lower()), None)
    if person is None:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "No user has the login {login}."), login=args.login), file=sys.stderr)
        return 1
    if args.what == "passwd":
        if person.login == args.desk.login:
            old = password_from(say(tr, QT_TRANSLATE_NOOP("CLI", "Current password: ")))
            new = _new_secret(tr, QT_TRANSLATE_NOOP("CLI", "New password of {name}: "), person.name)
            if not old or new is None:
                return 2
            service.change_password(old, new)
        else:
            new = _new_secret(tr, QT_TRANSLATE_NOOP("CLI", "New password of {name}: "), person.name)
            if new is None:
                return 2
            service.reset_password(person.id, new)
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "The password of {name} is set."), name=person.name))
    elif args.what in ("disable", "enable"):
        service.set_active(person.id, args.what == "enable")
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "{name}: done."), name=person.name))
    else:
        service.update_user(person.id, person.name, person.login, tuple(args.roles))
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "{name}: done."), name=person.name))
    return 0


def _role(code: str, tr: Translate) -> str:
    from desktop.services.core.messages import Message
    from desktop.services.users.rules.roles import ROLES

    return Message(ROLES.get(code, code), {}, "Roles").render(tr)


def _new_secret(tr: Translate, prompt: str, name: str, env: str = "SERVICEBAY_NEW_PASSWORD") -> str | None:
    """Typed twice at a console (or from ``env`` in a script); None when not given or the
    two differ."""
    import os

    if os.environ.get(env):
        return os.environ[env]
    first = password_from(say(tr, prompt, name=name), env=None)
    if not first:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "Nothing typed; nothing was changed.")), file=sys.stderr)
        return None
    again = password_from(say(tr, QT_TRANSLATE_NOOP("CLI", "Again: ")), env=None)
    if again != first:
        print(say(tr, QT_TRANSLATE_NOOP("CLI", "The two differ; nothing was changed.")), file=sys.stderr)
        return None
    return first
