"""Moving in: importing a customer file of 100,000 rows (one car per row, an owner with
two or three cars on several rows), against a raw ``executemany`` of the same rows into
the same tables of an empty shop; both as whole processes, with their peak memory.

    python -m bench.bench_import [--rows 100000] [--repeat 3]

The file is a CSV as Excel writes it in China (UTF-8 with BOM, Chinese headers), made
once under ``bench/data`` from the demo generator.  The floor reads the same file with
the ``csv`` module and inserts the customers, their phones and name keys, the vehicles,
their ownership and odometer readings with ``sqlite3`` in one transaction: the import's
writes without its checks.  Goals: within 3x of the floor, and under 300 MB whatever the
size of the file.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import record

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
TARGET_RATIO = 3.0
TARGET_MB = 300.0
HEADERS = ["客户编号", "姓名", "类型", "手机", "电话2", "地址", "税号", "标签", "车牌号", "车架号", "品牌", "车型", "车系",
           "年款", "颜色", "发动机号", "购车日期", "里程", "会员等级"]


def make_file(path: Path, rows: int, seed: int = 11) -> Path:
    """The spreadsheet: ``rows`` cars; about one owner in six has two or three, and their
    rows are not always next to each other (a list sorted by plate)."""
    from desktop.demo.shop import DemoGenerator

    if path.exists():
        return path
    gen = DemoGenerator(seed)
    r = gen.rng
    owners: list[list[str]] = []
    lines: list[list[str]] = []
    while len(lines) < rows:
        c = gen.customer()
        owner = [f"K{len(owners) + 1:07d}", c.name, "公司" if c.kind == "company" else "个人", c.phones[0],
                 c.phones[1] if len(c.phones) > 1 else "", c.address, c.tax_id, "、".join(c.tags)]
        owners.append(owner)
        for _ in range(r.choice((1, 1, 1, 1, 1, 2, 2, 3))):
            v = gen.vehicle()
            lines.append([*owner, v.plate, v.vin, v.make, v.model, v.series, str(v.model_year), v.colour,
                          v.engine_no, v.purchase_date.isoformat() if v.purchase_date else "",
                          str(v.odometer_km or ""), r.choice(("普通", "银卡", "金卡"))])
    lines = lines[:rows]
    # A third of the file sorted by plate: some owners' cars far apart.
    third = len(lines) // 3
    lines[:third] = sorted(lines[:third], key=lambda line: line[8][2:])
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(lines)
    tmp.replace(path)
    return path


def empty_shop(path: Path) -> Path:
    """A shop with its schema and nothing else, made once and copied for every run."""
    if not path.exists():
        from desktop.db import open_database

        tmp = path.with_name(path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        open_database("sqlite:///" + str(tmp)).dispose()
        tmp.replace(path)
    return path


OURS = """
import sys, time
from pathlib import Path
from desktop.db import open_database
from desktop.services.customers.importing import ImportService
db = open_database("sqlite:///" + sys.argv[1])
started = time.perf_counter()
report = ImportService(db).import_file(Path(sys.argv[2]))
print(time.perf_counter() - started, report.rows, report.customers_created, report.vehicles_created)
"""

FLOOR = """
import csv, sqlite3, sys, time
from datetime import datetime, UTC
started = time.perf_counter()
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=NORMAL")
now = datetime.now(UTC).isoformat(" ")
stamp = (now, "bench", now, "bench", 1)
con.execute("BEGIN IMMEDIATE")
owners = {}
cars = []
with open(sys.argv[2], encoding="utf-8-sig", newline="") as handle:
    rows = csv.reader(handle)
    next(rows)
    for row in rows:
        key = (row[1], row[3])
        cid = owners.get(key)
        if cid is None:
            cid = con.execute(
                "INSERT INTO customer (kind, name, initials, address, tax_id, notes, preferred_contact, consent_contact,"
                " archive_reason, legacy_id, legacy, created_at, created_by, updated_at, updated_by, version)"
                " VALUES (?, ?, '', ?, ?, '', 'phone', 1, '', ?, '', ?, ?, ?, ?, ?) RETURNING id",
                ("company" if row[2] == "公司" else "person", row[1], row[5], row[6], row[0], *stamp)).fetchone()[0]
            owners[key] = cid
            con.executemany("INSERT INTO customer_phone (customer_id, number, digits, kind, position)"
                            " VALUES (?, ?, ?, 'mobile', ?)",
                            [(cid, p, p.replace("-", ""), i) for i, p in enumerate((row[3], row[4])) if p])
            con.execute("INSERT INTO customer_name_key (customer_id, key) VALUES (?, ?)", (cid, row[1]))
        cars.append((cid, row[8], row[9], row[9][::-1], row[10], row[11], row[12], int(row[13]), row[14], row[15],
                     row[16] or None, row[16] or None, *stamp, int(row[17] or 0)))
for start in range(0, len(cars), 5000):
    chunk = cars[start:start + 5000]
    ids = [con.execute(
        "INSERT INTO vehicle (customer_id, plate, plate_override_reason, vin, vin_reversed, vin_override_reason, make,"
        " model, series, model_year, colour, engine_no, purchase_date, warranty_start, notes, archive_reason,"
        " created_at, created_by, updated_at, updated_by, version)"
        " VALUES (?, ?, '', ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?) RETURNING id", c[:-1]).fetchone()[0]
        for c in chunk]
    con.executemany("INSERT INTO vehicle_ownership (vehicle_id, customer_id, since, note, recorded_by)"
                    " VALUES (?, ?, ?, 'imported', 'bench')", [(v, c[0], now) for v, c in zip(ids, chunk)])
    con.executemany("INSERT INTO odometer_reading (vehicle_id, km, read_at, source, reason, recorded_by)"
                    " VALUES (?, ?, ?, 'import', '', 'bench')", [(v, c[-1], now) for v, c in zip(ids, chunk)])
con.execute("COMMIT")
print(time.perf_counter() - started, len(cars), len(owners), len(cars))
"""

# Runs one program and reports its peak memory (the children's maximum resident size).
MEASURE = """
import resource, subprocess, sys
out = subprocess.run(sys.argv[1:], check=True, capture_output=True, text=True)
print(out.stdout.strip().splitlines()[-1])
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run(code: str, shop: Path, sheet: Path) -> tuple[float, float, str]:
    """(seconds of work, peak MB, what it wrote) of one import into a fresh copy of the shop."""
    with tempfile.TemporaryDirectory(dir=DATA) as folder:
        target = Path(folder) / "shop.sqlite3"
        shutil.copyfile(shop, target)
        out = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-c", code, str(target), str(sheet)],
                             cwd=ROOT, capture_output=True, text=True, check=False,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if out.returncode:
            raise SystemExit(out.stderr[-3000:])
        result, kb = out.stdout.strip().splitlines()[-2:]
        seconds, *counts = result.split()
        return float(seconds), int(kb) / 1024, " ".join(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sheet = make_file(DATA / f"import-{args.rows}.csv", args.rows)
    shop = empty_shop(DATA / "empty-shop.sqlite3")
    print(f"file {sheet.name}: {sheet.stat().st_size / 1e6:.1f} MB ({time.perf_counter() - started:.1f} s to make)")
    ours, floor = [], []
    for _ in range(max(1, args.repeat)):
        ours.append(run(OURS, shop, sheet))
        floor.append(run(FLOOR, shop, sheet))
    print(f"ours:  rows/customers/vehicles {ours[0][2]}")
    print(f"floor: rows/customers/vehicles {floor[0][2]}")
    t, t0 = statistics.median(x[0] for x in ours), statistics.median(x[0] for x in floor)
    m, m0 = max(x[1] for x in ours), max(x[1] for x in floor)
    ok_time, ok_mem = t <= TARGET_RATIO * t0, m < TARGET_MB
    print(f"import {args.rows} rows: {t:.2f} s, floor {t0:.2f} s, {t / t0:.2f}x (goal {TARGET_RATIO}x): "
          f"{'met' if ok_time else 'NOT met'}")
    print(f"peak memory: {m:.0f} MB, floor {m0:.0f} MB (goal < {TARGET_MB:.0f} MB): {'met' if ok_mem else 'NOT met'}")
    record(f"import {args.rows:,} customer rows", t * 1000, t0 * 1000, f"<= {TARGET_RATIO}x raw executemany", ok_time,
           floor_name="raw executemany")
    record(f"import {args.rows:,} rows: peak memory", m, m0, f"< {TARGET_MB:.0f} MB", ok_mem, unit="MB",
           floor_name="raw executemany")


if __name__ == "__main__":
    main()
