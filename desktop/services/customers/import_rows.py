"""The customer file's rows, one at a time: each checked with the same rules as the forms,
the rules between rows (a plate or VIN twice in the file), and the writing in chunks
inside the caller's one transaction.  A file of any size takes the memory of a chunk and
of a few keys per row (its plate, VIN and owner), never of the whole file: 100,000 rows
are imported in a few hundred megabytes at most.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from desktop.models import (
    Customer,
    CustomerNameKey,
    CustomerPhone,
    CustomerTag,
    OdometerReading,
    Vehicle,
    VehicleOwnership,
)
from desktop.models.base import utcnow
from desktop.services.common.dates import is_placeholder, parse_date
from desktop.services.common.names import initials, name_keys
from desktop.services.core.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.core.sheets import RowError, cell
from desktop.services.customers.records import (
    CleanCustomer,
    CleanVehicle,
    CustomerForm,
    VehicleForm,
    check_customer,
    check_vehicle,
)
from desktop.services.customers.rules.vin import check_digit, check_digit_required

CHUNK = 1000  # rows checked against the file and written at a time

_KIND_WORDS = {"公司": "company", "单位": "company", "企业": "company", "company": "company",
               "个人": "person", "person": "person", "私人": "person"}
VEHICLE_FIELDS = frozenset({"plate", "vin", "make", "model", "series", "model_year", "colour", "engine_no",
                            "purchase_date", "warranty_start", "odometer_km"})

Key = tuple[str, str]  # an owner in the file: the name and the first phone's digits


@dataclass
class Record:
    """One customer to write, with its vehicles and the sheet rows they came from."""

    customer: CleanCustomer
    vehicles: list[CleanVehicle] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    existing_id: int | None = None
    vehicle_rows: list[int] = field(default_factory=list)  # the sheet row of each vehicle
    present: int = 0  # vehicles already on file with this very customer (a second import)
    legacy_id: str = ""  # the old system's id for the customer
    legacy: dict[str, str] = field(default_factory=dict)  # its columns ServiceBay has no field for


@dataclass(frozen=True)
class ImportReport:
    customers_created: int
    customers_updated: int
    vehicles_created: int
    rows: int
    vehicles_present: int = 0  # already on file with the same customer: a second import adds nothing
    kept_columns: tuple[str, ...] = ()  # columns with no field, kept with the customers as old-system data
    foreign_vins: tuple[str, ...] = ()  # VINs of cars built for other markets whose 9th character is no check digit


@dataclass
class Row:
    """One good row of the sheet: its owner and the car on it."""

    number: int
    customer: CleanCustomer
    vehicle: CleanVehicle | None
    legacy_id: str
    legacy: dict[str, str]

    @property
    def key(self) -> Key:
        c = self.customer
        return c.name, c.phones[0].digits if c.phones else f"row{self.number}"


def no_name_column(mapping: Mapping[int, str]) -> RowError | None:
    if "name" in mapping.values():
        return None
    return RowError(1, "name", Message(
        QT_TRANSLATE_NOOP("Import", "No column is mapped to the customer's name."), {}, "Import"))


class RowChecker:
    """Each row by the forms' rules, and the rules between rows: a plate or VIN that is
    also on an earlier row of the file."""

    def __init__(self, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
        self.headers = list(headers)
        self.mapping = dict(mapping)
        self.plates: dict[str, int] = {}
        self.vins: dict[str, int] = {}
        # Columns with no field are not dropped: their values stay with the customer, "from
        # the old system" (会员等级, 积分, 保险到期日 …), for the capabilities that take them over.
        self.extra = [(i, h[:40]) for i, h in enumerate(self.headers) if i not in self.mapping and h.strip()]

    def check(self, number: int, raw: Sequence[Any]) -> tuple[Row | None, list[RowError]]:
        """(the row, []) for a good row, (None, its errors) for a bad one, (None, []) for a
        blank line."""
        width = len(raw)
        values = {f: cell(raw[i]) if i < width else "" for i, f in self.mapping.items()}
        if not any(values.values()):
            return None, []
        form = CustomerForm(
            name=values.get("name", ""),
            kind=_KIND_WORDS.get(values.get("kind", "").lower(), "person"),
            phones=[p for p in (values.get("phone", ""), values.get("phone2", "")) if p],
            address=values.get("address", ""),
            tax_id=values.get("tax_id", ""),
            notes=values.get("notes", ""),
            tags=[t for t in re.split(r"[,，;；、]", values.get("tags", "")) if t.strip()],
        )
        data, problems = check_customer(form)
        vdata = None
        if any(values.get(f) for f in VEHICLE_FIELDS):
            vdata = self._vehicle(raw, values, problems)
        if problems:
            return None, [RowError(number, "phone" if f == "phones" else f, m) for f, m in problems.items()]
        if vdata is not None:
            if vdata.plate:
                self.plates[vdata.plate] = number
            if vdata.vin:
                self.vins[vdata.vin] = number
        legacy: dict[str, str] = {}
        for i, header in self.extra:
            value = cell(raw[i]) if i < width else ""
            if value and header not in legacy:
                legacy[header] = value[:200]
        return Row(number, data, vdata, values.get("legacy_id", "")[:64], legacy), []

    def _vehicle(self, raw: Sequence[Any], values: dict[str, str], problems: dict[str, Message]) -> CleanVehicle:
        dates: dict[str, date | None] = {}
        for f in ("purchase_date", "warranty_start"):
            column = next((i for i, m in self.mapping.items() if m == f), None)
            try:
                dates[f] = parse_date(raw[column] if column is not None and column < len(raw) else None)
                if is_placeholder(dates[f]):  # the old system's "empty date": no date
                    dates[f] = None
            except (ValueError, OverflowError):
                dates[f] = None
                problems[f] = Message(QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a date (use 2024-05-31)."),
                                      {"value": values.get(f, "")}, "Import")
        why = values.get("override_reason", "").strip()
        vdata, vproblems = check_vehicle(VehicleForm(
            plate=values.get("plate", ""), vin=values.get("vin", ""),
            plate_override=bool(why), plate_override_reason=why, vin_override=bool(why), vin_override_reason=why,
            make=values.get("make", ""), model=values.get("model", ""),
            series=values.get("series", ""), model_year=values.get("model_year") or None,
            colour=values.get("colour", ""), engine_no=values.get("engine_no", ""),
            purchase_date=dates["purchase_date"], warranty_start=dates["warranty_start"],
            odometer_km=values.get("odometer_km") or None,
        ))
        problems.update(vproblems)
        if vdata.plate and vdata.plate in self.plates and "plate" not in problems:
            problems["plate"] = Message(QT_TRANSLATE_NOOP("Import", "Plate {plate} is also on row {row}."),
                                        {"plate": vdata.plate, "row": self.plates[vdata.plate]}, "Import")
        if vdata.vin and vdata.vin in self.vins and "vin" not in problems:
            problems["vin"] = Message(QT_TRANSLATE_NOOP("Import", "VIN {vin} is also on row {row}."),
                                      {"vin": vdata.vin, "row": self.vins[vdata.vin]}, "Import")
        return vdata


def _table(model: type[Any]) -> Table:
    """A model's table: written through Core, without the ORM's bookkeeping per row."""
    return cast(Table, model.__table__)


def chunks(items: Iterable[Any], size: int = 500) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (an ``IN`` of 500 values at most; the export's pages)."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Writer:
    """Writes the file's owners and cars a chunk at a time inside the caller's transaction.
    An owner already on file (by the old system's id, else by name and first phone) gets
    the new cars; a car already on file with that very owner is already present (a file
    imported twice changes nothing); a plate or VIN on file with another owner is a
    conflict, said by row."""

    def __init__(self, s: Session, user: str) -> None:
        self.s = s
        self.user = user
        self.now = utcnow()
        self.stamp = {"created_at": self.now, "created_by": user, "updated_at": self.now, "updated_by": user,
                      "version": 1}
        self.owner: dict[Key, int] = {}  # the customer each owner of the file was written as or found to be
        self.found: set[Key] = set()  # owners that were already on file
        self.updated: set[Key] = set()  # ... and got a row of this file
        # A customer this import made: its phones and old-system columns so far, for the
        # owner's later rows that bring another phone or column.
        self.made: dict[Key, tuple[tuple[str, ...], frozenset[str]]] = {}
        self.created = self.vehicles = self.rows = self.present = 0
        self.kept: dict[str, None] = {}
        self.foreign: list[str] = []

    def match(self, rows: Sequence[Row]) -> None:
        """The owners of ``rows`` not met before: are they customers on file?"""
        new = {r.key: r for r in rows if r.key not in self.owner}
        by_legacy = {r.legacy_id: k for k, r in new.items() if r.legacy_id}
        for chunk in chunks(by_legacy):
            for cid, legacy_id in self.s.execute(select(Customer.id, Customer.legacy_id).where(
                    Customer.legacy_id.in_(chunk), Customer.merged_into_id.is_(None))):
                if legacy_id is not None:
                    self.owner[by_legacy[legacy_id]] = cid
                    self.found.add(by_legacy[legacy_id])
        by_phone = {k[1]: k for k, r in new.items() if r.customer.phones and k not in self.owner}
        for chunk in chunks(by_phone):
            for cid, name, digits in self.s.execute(
                    select(Customer.id, Customer.name, CustomerPhone.digits).join(CustomerPhone)
                    .where(CustomerPhone.digits.in_(chunk), Customer.merged_into_id.is_(None))):
                k = by_phone[digits]
                if k[0] == name and k not in self.owner:
                    self.owner[k] = cid
                    self.found.add(k)

    def conflicts(self, rows: Sequence[Row]) -> tuple[list[RowError], set[int]]:
        """The rows whose plate or VIN is on file with another owner (errors), and those
        whose car is on file with this very owner (already present)."""
        errors: list[RowError] = []
        present: set[int] = set()
        for f, column in (("plate", Vehicle.plate), ("vin", Vehicle.vin)):
            wanted = {getattr(r.vehicle, f): r for r in rows if r.vehicle is not None and getattr(r.vehicle, f)}
            for chunk in chunks(wanted):
                for value, name, owner in self.s.execute(
                        select(column, Customer.name, Vehicle.customer_id).join(Customer).where(column.in_(chunk))):
                    if value is None:
                        continue
                    row = wanted[value]
                    if row.key in self.found and self.owner[row.key] == owner:
                        present.add(row.number)
                    elif row.number not in present:
                        errors.append(RowError(row.number, f, Message(
                            QT_TRANSLATE_NOOP("Import", "{value} is already on file (customer {customer})."),
                            {"value": value, "customer": name}, "Import")))
        return errors, present - {e.row for e in errors}

    def write(self, rows: Sequence[Row], present: AbstractSet[int] = frozenset()) -> None:
        """Write good rows (their owners already matched): a new customer once, the others'
        new phones and columns, and every car not already present."""
        new: dict[Key, Row] = {}
        more_phones: list[tuple[Key, Any]] = []
        more_columns: dict[Key, dict[str, str]] = {}
        for row in rows:
            k = row.key
            self.rows += 1
            if k in new:  # the owner's second row in this chunk: merge into the customer to write
                first = new[k]
                known = {p.digits for p in first.customer.phones}
                first.customer.phones.extend(p for p in row.customer.phones if p.digits not in known)
                for header, value in row.legacy.items():
                    first.legacy.setdefault(header, value)
            elif k in self.made:  # written from an earlier chunk
                digits, headers = self.made[k]
                more_phones.extend((k, p) for p in row.customer.phones if p.digits not in digits)
                if set(row.legacy) - headers:
                    more_columns.setdefault(k, {}).update(
                        {h: v for h, v in row.legacy.items() if h not in headers})
            elif k in self.owner:
                self.updated.add(k)
            else:
                new[k] = row
        self._customers(list(new.values()))
        self._more(more_phones, more_columns)
        cars = [(self.owner[r.key], r.vehicle) for r in rows if r.vehicle is not None and r.number not in present]
        self.present += sum(1 for r in rows if r.vehicle is not None and r.number in present)
        self._vehicles(cars)

    def _customers(self, rows: list[Row]) -> None:
        if not rows:
            return
        ids = [row[0] for row in self.s.execute(
            insert(_table(Customer)).returning(_table(Customer).c.id, sort_by_parameter_order=True),
            [{"kind": r.customer.kind, "name": r.customer.name, "initials": initials(r.customer.name),
              "address": r.customer.address, "tax_id": r.customer.tax_id, "notes": r.customer.notes,
              "preferred_contact": r.customer.preferred_contact, "consent_contact": r.customer.consent_contact,
              "archive_reason": "", "legacy_id": r.legacy_id or None,
              "legacy": json.dumps(r.legacy, ensure_ascii=False) if r.legacy else "", **self.stamp}
             for r in rows])]
        phones: list[dict[str, Any]] = []
        keys: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        for r, cid in zip(rows, ids, strict=True):
            c = r.customer
            self.owner[r.key] = cid
            self.made[r.key] = (tuple(p.digits for p in c.phones), frozenset(r.legacy))
            self.kept.update(dict.fromkeys(r.legacy))
            phones.extend({"customer_id": cid, "number": p.number, "digits": p.digits, "kind": p.kind,
                           "position": i} for i, p in enumerate(c.phones))
            keys.extend({"customer_id": cid, "key": k} for k in name_keys(c.name))
            tags.extend({"customer_id": cid, "tag": t} for t in c.tags)
        self.created += len(rows)
        for model, values in ((CustomerPhone, phones), (CustomerNameKey, keys), (CustomerTag, tags)):
            if values:
                self.s.execute(insert(_table(model)), values)

    def _more(self, phones: list[tuple[Key, Any]], columns: dict[Key, dict[str, str]]) -> None:
        """An owner's later rows: a phone not yet on the customer, a column not yet kept."""
        for k, p in phones:
            digits, headers = self.made[k]
            if p.digits in digits:
                continue
            self.s.execute(insert(_table(CustomerPhone)).values(customer_id=self.owner[k], number=p.number, digits=p.digits,
                                                        kind=p.kind, position=len(digits)))
            self.made[k] = ((*digits, p.digits), headers)
        for k, more in columns.items():
            cid = self.owner[k]
            text = self.s.scalar(select(Customer.legacy).where(Customer.id == cid)) or ""
            kept = {**more, **(json.loads(text) if text else {})}
            self.s.execute(update(Customer).where(Customer.id == cid).values(
                legacy=json.dumps(kept, ensure_ascii=False)))
            self.made[k] = (self.made[k][0], frozenset(kept))
            self.kept.update(dict.fromkeys(more))

    def _vehicles(self, cars: Sequence[tuple[int, CleanVehicle]]) -> None:
        values = []
        for cid, v in cars:
            values.append({
                "customer_id": cid, "plate": v.plate, "plate_override_reason": v.plate_override_reason,
                "vin": v.vin, "vin_reversed": v.vin[::-1] if v.vin else None,
                "vin_override_reason": v.vin_override_reason, "make": v.make, "model": v.model,
                "series": v.series, "model_year": v.model_year, "colour": v.colour, "engine_no": v.engine_no,
                "purchase_date": v.purchase_date, "warranty_start": v.warranty_start, "notes": v.notes,
                "archive_reason": "", **self.stamp})
            if v.vin and len(v.vin) == 17 and not check_digit_required(v.vin) and v.vin[8] != check_digit(v.vin):
                self.foreign.append(v.vin)
        if not values:
            return
        vids = [row[0] for row in self.s.execute(
            insert(_table(Vehicle)).returning(_table(Vehicle).c.id, sort_by_parameter_order=True), values)]
        self.s.execute(insert(_table(VehicleOwnership)), [
            {"vehicle_id": vid, "customer_id": cid, "since": self.now, "note": "imported", "recorded_by": self.user}
            for vid, (cid, _) in zip(vids, cars, strict=True)])
        readings = [{"vehicle_id": vid, "km": v.odometer_km, "read_at": self.now, "source": "import", "reason": "",
                     "recorded_by": self.user}
                    for vid, (_, v) in zip(vids, cars, strict=True) if v.odometer_km is not None]
        if readings:
            self.s.execute(insert(_table(OdometerReading)), readings)
        self.vehicles += len(values)

    def report(self) -> ImportReport:
        return ImportReport(
            customers_created=self.created, customers_updated=len(self.updated), vehicles_created=self.vehicles,
            rows=self.rows, vehicles_present=self.present, kept_columns=tuple(self.kept),
            foreign_vins=tuple(self.foreign))


def write_records(s: Session, records: Sequence[Record], user: str) -> ImportReport:
    """Write checked records (the demo shop's, the benchmarks') in chunks inside the
    caller's transaction, each record a new customer with its cars."""
    writer = Writer(s, user)
    rows: list[Row] = []
    for number, record in enumerate(records, start=2):
        c = record.customer
        key_row = Row(number, c, None, record.legacy_id, record.legacy)
        rows.append(key_row)
        rows.extend(Row(number, c, v, record.legacy_id, record.legacy) for v in record.vehicles)
        if len(rows) >= CHUNK:
            writer.write(rows)
            rows = []
    writer.write(rows)
    report = writer.report()
    return ImportReport(report.customers_created, 0, report.vehicles_created, sum(len(r.rows) for r in records),
                        0, report.kept_columns, report.foreign_vins)
