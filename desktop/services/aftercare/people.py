"""Reading the customers, cars and orders behind after-care rows in bulk: one query for
the phones of every customer listed, one for the work done on every order listed."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CustomerPhone, Staff, WorkOrderLine


def phones(s: Session, customer_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(customer_ids))
    out: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        for cid, number in s.execute(select(CustomerPhone.customer_id, CustomerPhone.number).where(
                CustomerPhone.customer_id.in_(ids[start:start + 900])).order_by(CustomerPhone.position.desc())):
            out[cid] = number  # the first phone wins (read last)
    return out


def work_done(s: Session, order_ids: Iterable[int], most: int = 3) -> dict[int, str]:
    ids = sorted(set(order_ids))
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), 900):
        for oid, text in s.execute(select(WorkOrderLine.work_order_id, WorkOrderLine.description).where(
                WorkOrderLine.work_order_id.in_(ids[start:start + 900]), WorkOrderLine.kind == "labour",
                WorkOrderLine.approval == "approved").order_by(WorkOrderLine.work_order_id, WorkOrderLine.position)):
            found.setdefault(oid, []).append(text)
    return {oid: "、".join(texts[:most]) + ("…" if len(texts) > most else "") for oid, texts in found.items()}


def names(s: Session) -> dict[int, str]:
    return {i: n for i, n in s.execute(select(Staff.id, Staff.name))}


def login_names(s: Session) -> dict[str, str]:
    return {login: name for login, name in s.execute(select(Staff.login, Staff.name)) if login}
