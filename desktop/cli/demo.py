"""servicebay demo: fill an empty database with the demo shop."""

from __future__ import annotations

import argparse

from desktop.cli.shell import Translate, say
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common], help="fill an empty database with a demo shop")
    demo.add_argument("--customers", type=int, default=300)
    demo.add_argument("--vehicles", type=int, default=380)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.demo.people import sign_ins
    from desktop.demo.shop import create_demo

    counts = create_demo(db, args.customers, args.vehicles, args.seed)
    pins = counts.pop("pins")
    print(say(tr, QT_TRANSLATE_NOOP(
        "CLI", "Demo shop created: {customers} customers, {vehicles} vehicles, {orders} work orders, "
        "{invoices} invoices, {appointments} appointments, {follow_ups} follow-up calls, {complaints} complaints."),
        **counts))
    print(sign_ins(pins).render(tr))
    return 0
