"""servicebay print KIND NUMBER --out FILE.pdf: any printed document as a PDF, no window
needed (a job card for a script, an invoice for the accountant)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.shell import Translate, say
from desktop.config import Settings
from desktop.db import Database
from desktop.services.core.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    prt = sub.add_parser("print", parents=[common], help="write a document as PDF (no window needed)")
    prt.add_argument("kind", choices=["job-card", "technician-copy", "estimate", "delivery-report", "invoice",
                                      "purchase-order", "pick-list", "count-sheet", "health-report", "pdi",
                                      "exit-slip", "claim", "old-part-tags", "accident-comparison",
                                      "authority-letter", "accident-checklist"])
    prt.add_argument("number", help="WO… for order documents, INV…/CN…, PO…, ST…, SP… for claims, BX… for accidents")
    prt.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    prt.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="default: the language setting")
    prt.add_argument("--paper", choices=["A4", "A5", "241x140", "241x93"], default=None,
                     help="default: the shop's paper for this document (241x140 and 241x93: dot-matrix forms)")
    prt.set_defaults(command_run=run)


def run(db: Database, args: argparse.Namespace, tr: Translate) -> int:
    from desktop.services.core.files import write_bytes
    from desktop.services.documents.service import DocumentService

    pdf = DocumentService(db, args.desk).render(args.kind, args.number, args.lang or Settings().get("language"), args.paper)
    write_bytes(args.out, pdf)
    print(say(tr, QT_TRANSLATE_NOOP("CLI", "Wrote {file} ({size} KB)."), file=args.out, size=len(pdf) // 1024))
    return 0
