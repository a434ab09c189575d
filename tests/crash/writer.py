"""The child of the crash tests: works at the counter as fast as it can, and after each use
case returns (so its transaction has committed) prints what it made, one line each:
"order <id>", "invoice <id> <number>", "receipt <part id>".  The parent kills it with
SIGKILL at a random moment and checks that everything printed is still there.

    python -m tests.crash.writer SHOP.sqlite3 VEHICLE_ID ADVISOR_ID
    python -m tests.crash.writer --backup SHOP.sqlite3 USB_FOLDER   (backs up, again and again)
    python -m tests.crash.writer --restore SHOP.sqlite3 A.sbk B.sbk (restores one, then the other ...)
"""

from __future__ import annotations

import sys
import time
from itertools import count
from pathlib import Path

from desktop.db import open_database
from desktop.services.billing.records import CounterLine
from desktop.services.container import Services
from desktop.services.core.errors import ServiceError
from desktop.services.workorders.records import ReceptionForm


def backups() -> None:
    from desktop.services.backup import BackupService

    path, target = Path(sys.argv[2]), Path(sys.argv[3])
    db = open_database("sqlite:///" + str(path), path.parent / "snaps", create=False)
    service = BackupService(db, path.parent / "snaps", path.parent / "work")
    print("ready", flush=True)
    while True:
        made = service.backup(target, keep_last=1000)
        print(f"backup {made.path.name}", flush=True)


def restores() -> None:
    from desktop.services.backup import BackupService

    path, files = Path(sys.argv[2]), [Path(a) for a in sys.argv[3:5]]
    print("ready", flush=True)
    for i in count():
        db = open_database("sqlite:///" + str(path), path.parent / "snaps", create=False)
        try:
            BackupService(db, path.parent / "snaps", path.parent / "work").restore(files[i % 2])
        finally:
            db.dispose()
        print(f"restored {files[i % 2].name}", flush=True)


def main() -> None:
    if sys.argv[1] == "--backup":
        backups()
        return
    if sys.argv[1] == "--restore":
        restores()
        return
    path, vehicle_id, advisor_id = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    services = Services.create(open_database("sqlite:///" + str(path), path.parent / "snaps", create=False))
    part = services.parts.find("CRASH-1")
    assert part is not None
    print("ready", flush=True)
    while True:
        try:
            km = 20_000 + int(time.time() * 10) % 1_000_000  # rises across the processes sharing the car
            order = services.workorders.open_order(ReceptionForm(vehicle_id=vehicle_id, odometer_km=km,
                                                                 concern="保养", advisor_id=advisor_id))
            print(f"order {order.id}", flush=True)
            services.parts.receive(part.part_id, "2", "20")
            print(f"receipt {part.part_id}", flush=True)
            invoice = services.invoicing.counter_sale([CounterLine("CRASH-1", "1")], buyer="路过客户")
            print(f"invoice {invoice.id} {invoice.number}", flush=True)
        except ServiceError as exc:  # another workstation held the file too long: said, not a traceback
            print(f"refused {type(exc).__name__} {exc.message.render()}", flush=True)


if __name__ == "__main__":
    main()
