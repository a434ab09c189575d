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
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    Table,
    bindparam,
    column,
    func,
    select,
    table,
)
from sqlalchemy import text as sql_text

from desktop.db import Database
from desktop.models import Customer, CustomerNameKey, CustomerPhone, Vehicle
from desktop.services.common.text import clean, has_cjk, to_halfwidth
from desktop.services.core.uow import connected
from desktop.services.customers.rules.plate import PROVINCES

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


# The statements are built once, with bind parameters, and run on a plain connection:
# building and compiling them on every keystroke would cost more than the lookup itself.
_customer = cast(Table, Customer.__table__)
_phone = cast(Table, CustomerPhone.__table__)
_vehicle = cast(Table, Vehicle.__table__)
_key = cast(Table, CustomerNameKey.__table__)


def _like(value: str) -> str:
    """``value`` as a LIKE pattern that matches it anywhere, wildcards taken literally."""
    escaped = value.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


_N: BindParameter[int] = bindparam("n")
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_BY_PINYIN: Select[int] = (
    select(_key.c.customer_id)
    .where(_key.c.key >= bindparam("low"), _key.c.key < bindparam("high"))
    .limit(_N)
)
# On the server a plate or a name of three characters or more is one statement, read
# through its trigram index: wrapped as ``id IN (...)``, as on SQLite, it costs the server
# a plan of its own per look-up (1.5 ms more, measured).
_BY_PLATE: Select[int, str] = select(_vehicle.c.id, _vehicle.c.plate).where(
    _vehicle.c.plate.like(bindparam("pattern"), escape="/")
).limit(_N)
_BY_NAME: Select[int, str] = select(_customer.c.id, _customer.c.name).where(
    _customer.c.name.like(bindparam("pattern"), escape="/")
).limit(_N)
_OWNERS: Select[int, int] = select(_vehicle.c.id, _vehicle.c.customer_id).where(_vehicle.c.id.in_(_IDS))
_BY_VIN_TAIL: Select[int, int] = (
    select(_vehicle.c.customer_id, _vehicle.c.id)
    .where(_vehicle.c.vin_reversed >= bindparam("low"), _vehicle.c.vin_reversed < bindparam("high"))
    .limit(_N)
)
_BY_PHONE: Select[int, str] = select(_phone.c.customer_id, _phone.c.digits).where(
    _phone.c.digits.like(bindparam("pattern"), escape="/")
).limit(_N)
# On SQLite a fragment of three characters or more is looked up in the trigram indexes
# (FTS5, migration 0025) instead of reading every plate and phone; PostgreSQL's own
# trigram indexes serve the plain ``LIKE`` above.
_plate_fts = table("vehicle_plate_fts", column("rowid"), column("plate"))
_digits_fts = table("customer_phone_digits_fts", column("rowid"), column("digits"))
_BY_PHONE_FTS: Select[Any] = select(_phone.c.customer_id, _phone.c.digits).where(_phone.c.id.in_(
    select(_digits_fts.c.rowid).where(_digits_fts.c.digits.like(bindparam("pattern"))).limit(_N).scalar_subquery()))


_name_fts = table("customer_name_fts", column("rowid"), column("name"))
# Two characters, too short for a trigram: every two characters of every name (lower
# case) and plate, in one primary key (0026).
_gram = table("search_gram", column("kind"), column("gram"), column("ref"))


def plate_ids(fragment: str, sqlite: bool, limit: int | BindParameter[int]) -> Select[Any]:
    """The cars whose plate holds ``fragment`` (upper case): two characters in
    ``search_gram`` (0026, on both), more through the trigram index (FTS5 on one PC,
    PostgreSQL's GIN on the server)."""
    if len(fragment) == 2:
        return select(_gram.c.ref).where(_gram.c.kind == "p", _gram.c.gram == fragment).limit(limit)
    if sqlite and not set(fragment) & {"%", "_"} and len(fragment) >= 3:
        return select(_plate_fts.c.rowid).where(_plate_fts.c.plate.like(f"%{fragment}%")).limit(limit)
    return select(_vehicle.c.id).where(_vehicle.c.plate.like(_like(fragment), escape="/")).limit(limit)


def name_ids(fragment: str, sqlite: bool, limit: int | BindParameter[int]) -> Select[Any]:
    """The customers whose name holds ``fragment`` (any case), as ``plate_ids``."""
    if len(fragment) == 2:
        return select(_gram.c.ref).where(_gram.c.kind == "n", _gram.c.gram == fragment.lower()).limit(limit)
    if sqlite and not set(fragment) & {"%", "_"} and len(fragment) >= 3:
        return select(_name_fts.c.rowid).where(_name_fts.c.name.like(f"%{fragment}%")).limit(limit)
    return select(_customer.c.id).where(_customer.c.name.like(_like(fragment), escape="/")).limit(limit)


# Most shops have no old ids at all: SQLite's statistics then say every row shares one
# value and it would read all customers for each search; the index is named.
_BY_LEGACY: Select[int] = select(_customer.c.id).where(_customer.c.legacy_id == bindparam("old"),
                                                       _customer.c.merged_into_id.is_(None))
_BY_LEGACY_SQLITE = sql_text("SELECT id FROM customer INDEXED BY ix_customer_legacy_id "
                         "WHERE legacy_id = :old AND merged_into_id IS NULL")


def fragment_indexed(conn: Connection, value: str) -> bool:
    """Whether the trigram index answers ``LIKE '%value%'`` here (three characters or more,
    no wildcard of its own: the index takes no ESCAPE)."""
    return conn.dialect.name == "sqlite" and len(value) >= 3 and not set(value) & {"%", "_"}


_SHOWN: Select[int] = select(_customer.c.id).where(_customer.c.id.in_(_IDS), _customer.c.merged_into_id.is_(None))
_SHOWN_ACTIVE = _SHOWN.where(_customer.c.archived_at.is_(None))
_ROW_CUSTOMERS: Select[int, str, str, datetime | None] = select(
    _customer.c.id, _customer.c.name, _customer.c.kind, _customer.c.archived_at
).where(_customer.c.id.in_(_IDS))
_ROW_PHONES: Select[int, str] = (
    select(_phone.c.customer_id, _phone.c.number)
    .where(_phone.c.customer_id.in_(_IDS))
    .order_by(_phone.c.customer_id, _phone.c.position)
)
_ROW_VEHICLES: Select[int, str | None, str | None, str, str] = (
    select(_vehicle.c.customer_id, _vehicle.c.plate, _vehicle.c.vin, _vehicle.c.make,
           _vehicle.c.model)
    .where(_vehicle.c.customer_id.in_(_IDS), _vehicle.c.archived_at.is_(None))
    .order_by(_vehicle.c.customer_id, _vehicle.c.id)
)
_PAGE: Select[int] = select(_customer.c.id).where(_customer.c.merged_into_id.is_(None)).order_by(
    _customer.c.id.desc()
).limit(_N)


def _prefix(value: str) -> dict[str, str]:
    """Bounds for "starts with ``value``" as an index range: ``zw`` ≤ key < ``zx``.  The keys
    are ASCII (pinyin, reversed VINs), so this holds in any collation, PostgreSQL's
    locale-aware ones included."""
    return {"low": value, "high": value[:-1] + chr(ord(value[-1]) + 1)}


def find(conn: Connection, p: Plan, limit: int, include_archived: bool) -> list[tuple[int, int | None, str, int]]:
    """(customer id, vehicle id, what matched, rank) for the best ``limit`` hits.

    Each lookup reads one narrow index (no join: a join would make SQLite walk the
    customer table first); archived and merged files are dropped afterwards, for the few
    customers that matched.
    """
    hits: list[tuple[int, int | None, str, int]] = []
    n = limit * 2
    if p.pinyin:
        for (cid,) in conn.execute(_BY_PINYIN, {**_prefix(p.pinyin), "n": n}):
            hits.append((cid, None, "pinyin", PREFIX))
    sqlite = conn.dialect.name == "sqlite"
    if p.plate:
        rows = (conn.execute(_BY_PLATE, {"pattern": _like(p.plate), "n": n}) if not sqlite and len(p.plate) != 2
                else conn.execute(select(_vehicle.c.id, _vehicle.c.plate).where(
                    _vehicle.c.id.in_(plate_ids(p.plate, sqlite, n)))))
        found: list[tuple[int, str]] = [(cast(int, vid), str(plate)) for vid, plate in rows]
        owners: dict[int, int] = {}
        if found:
            owners = {vid: cid for vid, cid in conn.execute(_OWNERS, {"ids": [v for v, _ in found]})}
        for vid, plate in found:
            rank = EXACT if plate == p.plate else PREFIX if plate.startswith(p.plate) else FRAGMENT
            hits.append((owners[vid], vid, "plate", rank))
    if p.vin_tail:
        rank = EXACT if len(p.vin_tail) >= 6 else PREFIX
        for cid, vid in conn.execute(_BY_VIN_TAIL, {**_prefix(p.vin_tail[::-1]), "n": n}):
            hits.append((cid, vid, "vin", rank))
    if p.phone:
        by_phone = (conn.execute(_BY_PHONE_FTS, {"pattern": f"%{p.phone}%", "n": n})
                    if fragment_indexed(conn, p.phone) else conn.execute(_BY_PHONE, {"pattern": _like(p.phone), "n": n}))
        for cid, digits in ((cast(int, c), str(d)) for c, d in by_phone):
            rank = EXACT if digits == p.phone else PREFIX if digits.endswith(p.phone) else FRAGMENT
            hits.append((cid, None, "phone", rank))
    if p.name:
        by_name = (conn.execute(_BY_NAME, {"pattern": _like(p.name), "n": n}) if not sqlite and len(p.name) != 2
                   else conn.execute(select(_customer.c.id, _customer.c.name).where(
                       _customer.c.id.in_(name_ids(p.name, sqlite, n)))))
        for cid, name in ((cast(int, c), str(m)) for c, m in by_name):
            rank = EXACT if name == p.name else PREFIX if name.startswith(p.name) else FRAGMENT
            hits.append((cid, None, "name", rank))
    best: dict[int, tuple[int, int | None, str, int]] = {}
    for hit in hits:
        known = best.get(hit[0])
        if known is None or hit[3] < known[3]:
            best[hit[0]] = hit
    if best:
        q = _SHOWN if include_archived else _SHOWN_ACTIVE
        shown: set[int] = set(conn.scalars(q, {"ids": list(best)}))
        best = {cid: hit for cid, hit in best.items() if cid in shown}
    ranked = sorted(best.values(), key=lambda h: (h[3], h[0]))
    return ranked[:limit]


def rows_for(conn: Connection, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """Display rows for these customers, in three queries whatever their number."""
    if not ids:
        return {}
    params = {"ids": list(ids)}
    phones: dict[int, list[str]] = {}
    for cid, number in conn.execute(_ROW_PHONES, params):
        phones.setdefault(cid, []).append(number)
    plates: dict[int, list[str]] = {}
    models: dict[int, list[str]] = {}
    for cid, plate, vin, make, model in conn.execute(_ROW_VEHICLES, params):
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
        for cid, name, kind, archived_at in conn.execute(_ROW_CUSTOMERS, params)
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
        with connected(self.db) as conn:
            hits = find(conn, p, limit, include_archived)
            old = query.strip()
            if old and " " not in old and len(old) <= 64:  # the old system's id, as the shop knew it
                found = {h[0] for h in hits}
                by_legacy = _BY_LEGACY_SQLITE if conn.dialect.name == "sqlite" else _BY_LEGACY
                ids: list[int] = list(conn.scalars(by_legacy, {"old": old}))
                legacy = [cid for cid in ids if cid not in found]
                hits = [(cid, None, "legacy_id", 0) for cid in legacy] + list(hits)
            rows = rows_for(conn, [h[0] for h in hits])
        out = []
        for cid, vid, matched, _rank in hits:
            row = rows.get(cid)
            if row is not None:
                out.append(
                    CustomerRow(**{**row.__dict__, "matched": matched, "vehicle_id": vid})
                )
        return out

    def rows_for_ids(self, ids: Sequence[int]) -> dict[int, CustomerRow]:
        with connected(self.db) as conn:
            return rows_for(conn, ids)

    def page(
        self, after_id: int | None, limit: int = 200, include_archived: bool = False
    ) -> list[CustomerRow]:
        """The customer list, newest first, one page at a time (keyset, so page 300 is as
        quick as page 1)."""
        q = _PAGE if include_archived else _PAGE.where(_customer.c.archived_at.is_(None))
        if after_id is not None:
            q = q.where(_customer.c.id < after_id)
        with connected(self.db) as conn:
            ids: list[int] = list(conn.scalars(q, {"n": limit}))
            rows = rows_for(conn, ids)
        return [rows[i] for i in ids if i in rows]

    def count(self, include_archived: bool = False) -> int:
        q = select(func.count()).select_from(_customer).where(_customer.c.merged_into_id.is_(None))
        if not include_archived:
            q = q.where(_customer.c.archived_at.is_(None))
        with connected(self.db) as conn:
            return int(conn.scalar(q) or 0)
