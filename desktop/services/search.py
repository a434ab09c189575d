"""One search box for reception: plate fragment, VIN tail, any part of a phone number,
name, or the pinyin of a name (``zw`` finds 张伟).

What the query looks like decides which lookups run (``plan``, a pure function): digits
look in phones, plates and VIN tails; Latin letters look in pinyin keys (by index range),
plates and VIN tails; Chinese looks in names and plates.  Each lookup is bounded, the
hits are ranked (exact before prefix before fragment), and only the customers shown are
then loaded.  Archived and merged files are left out unless asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import Customer, CustomerNameKey, CustomerPhone, Vehicle
from desktop.services.rules.plate import PROVINCES
from desktop.services.rules.text import clean, has_cjk, to_halfwidth

DEFAULT_LIMIT = 50

# Lower rank sorts first.
EXACT, PREFIX, FRAGMENT = 0, 1, 2


@dataclass(frozen=True)
class Plan:
    text: str  # normalised query, upper case Latin
    pinyin: str | None = None  # lower-case pinyin prefix
    name: str | None = None  # name fragment
    phone: str | None = None  # digit fragment
    plate: str | None = None  # plate fragment
    vin_tail: str | None = None  # end of the VIN


def plan(query: str) -> Plan | None:
    """Which lookups a query calls for; None when there is nothing to look for."""
    text = clean(to_halfwidth(query))
    if not text:
        return None
    compact = re.sub(r"[\s\-·.()（）+]", "", text).upper()
    if not compact:
        return None
    if has_cjk(compact):
        plate = compact if compact[0] in PROVINCES and len(compact) >= 2 else None
        return Plan(text=compact, name=text, plate=plate)
    if compact.isdigit():
        if compact.startswith("86") and len(compact) == 13:
            compact = compact[2:]
        return Plan(
            text=compact,
            phone=compact if len(compact) >= 3 else None,
            plate=compact if len(compact) >= 3 else None,
            vin_tail=compact if len(compact) >= 4 else None,
        )
    if compact.isalnum():
        letters = compact.isalpha()
        return Plan(
            text=compact,
            pinyin=compact.lower() if letters else None,
            name=text if letters and len(compact) >= 2 else None,
            plate=compact if len(compact) >= 2 else None,
            vin_tail=compact if len(compact) >= 4 else None,
        )
    return Plan(text=compact, name=text)


@dataclass(frozen=True)
class CustomerRow:
    """A line of the customer list or of the search results."""

    id: int
    name: str
    kind: str
    phones: str
    plates: str
    vehicles: str
    archived: bool
    matched: str = ""  # what the query hit: plate, vin, phone, name, pinyin
    vehicle_id: int | None = None  # the vehicle the query hit, if any


def _prefix_range(column, prefix: str):  # type: ignore[no-untyped-def]
    """``column`` starts with ``prefix``, as an index range (portable, case-sensitive)."""
    return (column >= prefix) & (column < prefix + "\uffff")


def _active(q: Select, include_archived: bool) -> Select:
    q = q.where(Customer.merged_into_id.is_(None))
    if not include_archived:
        q = q.where(Customer.archived_at.is_(None))
    return q


def find(s: Session, p: Plan, limit: int, include_archived: bool) -> list[tuple[int, int | None, str, int]]:
    """(customer id, vehicle id, what matched, rank) for the best ``limit`` hits.

    Each lookup reads one narrow index (no join: a join would make SQLite walk the
    customer table first); archived and merged files are dropped afterwards, for the few
    customers that matched.
    """
    hits: list[tuple[int, int | None, str, int]] = []
    fetch = limit * 2
    if p.pinyin:
        q = select(CustomerNameKey.customer_id).where(_prefix_range(CustomerNameKey.key, p.pinyin))
        for (cid,) in s.execute(q.limit(fetch)):
            hits.append((cid, None, "pinyin", PREFIX))
    if p.plate:
        q = select(Vehicle.id, Vehicle.plate).where(Vehicle.plate.contains(p.plate, autoescape=True))
        found = s.execute(q.limit(fetch)).all()
        owners = _owners(s, [vid for vid, _ in found])
        for vid, plate in found:
            rank = EXACT if plate == p.plate else PREFIX if plate.startswith(p.plate) else FRAGMENT
            hits.append((owners[vid], vid, "plate", rank))
    if p.vin_tail:
        q = select(Vehicle.customer_id, Vehicle.id).where(
            _prefix_range(Vehicle.vin_reversed, p.vin_tail[::-1])
        )
        for cid, vid in s.execute(q.limit(fetch)):
            hits.append((cid, vid, "vin", EXACT if len(p.vin_tail) >= 6 else PREFIX))
    if p.phone:
        q = select(CustomerPhone.customer_id, CustomerPhone.digits).where(
            CustomerPhone.digits.contains(p.phone, autoescape=True)
        )
        for cid, digits in s.execute(q.limit(fetch)):
            rank = EXACT if digits == p.phone else PREFIX if digits.endswith(p.phone) else FRAGMENT
            hits.append((cid, None, "phone", rank))
    if p.name:
        q = select(Customer.id, Customer.name).where(Customer.name.contains(p.name, autoescape=True))
        for cid, name in s.execute(q.limit(fetch)):
            rank = EXACT if name == p.name else PREFIX if name.startswith(p.name) else FRAGMENT
            hits.append((cid, None, "name", rank))
    best: dict[int, tuple[int, int | None, str, int]] = {}
    for hit in hits:
        known = best.get(hit[0])
        if known is None or hit[3] < known[3]:
            best[hit[0]] = hit
    if best:
        q = _active(select(Customer.id).where(Customer.id.in_(list(best))), include_archived)
        shown = set(s.scalars(q))
        best = {cid: hit for cid, hit in best.items() if cid in shown}
    ranked = sorted(best.values(), key=lambda h: (h[3], h[0]))
    return ranked[:limit]


def _owners(s: Session, vehicle_ids: Sequence[int]) -> dict[int, int]:
    if not vehicle_ids:
        return {}
    q = select(Vehicle.id, Vehicle.customer_id).where(Vehicle.id.in_(vehicle_ids))
    return {vid: cid for vid, cid in s.execute(q)}


def rows_for(s: Session, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """Display rows for these customers, in three queries whatever their number."""
    if not ids:
        return {}
    customers = s.execute(
        select(Customer.id, Customer.name, Customer.kind, Customer.archived_at).where(
            Customer.id.in_(ids)
        )
    ).all()
    phones: dict[int, list[str]] = {}
    for cid, number in s.execute(
        select(CustomerPhone.customer_id, CustomerPhone.number)
        .where(CustomerPhone.customer_id.in_(ids))
        .order_by(CustomerPhone.customer_id, CustomerPhone.position)
    ):
        phones.setdefault(cid, []).append(number)
    plates: dict[int, list[str]] = {}
    models: dict[int, list[str]] = {}
    for cid, plate, vin, make, model in s.execute(
        select(Vehicle.customer_id, Vehicle.plate, Vehicle.vin, Vehicle.make, Vehicle.model)
        .where(Vehicle.customer_id.in_(ids), Vehicle.archived_at.is_(None))
        .order_by(Vehicle.customer_id, Vehicle.id)
    ):
        plates.setdefault(cid, []).append(plate or (vin or "")[-6:])
        models.setdefault(cid, []).append(" ".join(x for x in (make, model) if x))
    return {
        cid: CustomerRow(
            id=cid,
            name=name,
            kind=kind,
            phones=", ".join(phones.get(cid, [])),
            plates=", ".join(plates.get(cid, [])),
            vehicles=", ".join(m for m in models.get(cid, []) if m),
            archived=archived_at is not None,
        )
        for cid, name, kind, archived_at in customers
    }


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self, query: str, limit: int = DEFAULT_LIMIT, include_archived: bool = False
    ) -> list[CustomerRow]:
        p = plan(query)
        if p is None:
            return []
        with self.db.read() as s:
            hits = find(s, p, limit, include_archived)
            rows = rows_for(s, [h[0] for h in hits])
        out = []
        for cid, vid, matched, _rank in hits:
            row = rows.get(cid)
            if row is not None:
                out.append(
                    CustomerRow(**{**row.__dict__, "matched": matched, "vehicle_id": vid})
                )
        return out

    def rows_for_ids(self, ids: Sequence[int]) -> dict[int, CustomerRow]:
        with self.db.read() as s:
            return rows_for(s, ids)

    def page(
        self, after_id: int | None, limit: int = 200, include_archived: bool = False
    ) -> list[CustomerRow]:
        """The customer list, newest first, one page at a time (keyset, so page 300 is as
        quick as page 1)."""
        with self.db.read() as s:
            q = select(Customer.id).order_by(Customer.id.desc()).limit(limit)
            if after_id is not None:
                q = q.where(Customer.id < after_id)
            ids = list(s.scalars(_active(q, include_archived)))
            rows = rows_for(s, ids)
        return [rows[i] for i in ids if i in rows]

    def count(self, include_archived: bool = False) -> int:
        with self.db.read() as s:
            q = _active(select(func.count()).select_from(Customer), include_archived)
            return int(s.scalar(q) or 0)
