"""servicebay verify-ledger: walk the chain of issued invoices and credit notes and name the
first one changed after it was issued (the owner's or the tax office's question)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.shell import Translate, say
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    ledger = sub.add_parser("verify-ledger", parents=[common],
                            help="walk the invoice chain and name the first invoice changed after issue")
    ledger.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.billing.ledger import LedgerService

    check = LedgerService(db, args.desk).verify_ledger()
    if not check.ok:
        print(say(tr, QT_TRANSLATE_NOOP(
            "CLI", "Invoice {number} is not as it was issued: {reason}. The {count} before it are intact."),
            number=check.first_bad, reason=check.reason.render(tr) if check.reason else "",
            count=check.checked), file=sys.stderr)
        return 1
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "All {count} invoices and credit notes are as issued."),
              count=check.checked))
    return 0
