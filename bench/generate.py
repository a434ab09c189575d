"""Make the big shop: a database with many customers and vehicles, for the benchmarks.

    python -m bench.generate --out bench/data/bigshop.sqlite3 [--customers 60000 --vehicles 80000]

The data comes from the demo generator (valid phones, plates, VINs) and is written by the
import path in one transaction.  The file is not committed; the benchmarks make it when
it is missing.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

from desktop.db import open_database
from desktop.services.demo import DemoGenerator
from desktop.services.importing import write_records

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "bigshop.sqlite3"


def generate(path: Path, customers: int = 60_000, vehicles: int = 80_000, seed: int = 7) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    db = open_database("sqlite:///" + str(tmp))
    gen = DemoGenerator(seed)
    records = gen.records(customers, vehicles)
    with db.write("bench") as s:
        write_records(s, records, "bench")
    db.dispose()
    raw = sqlite3.connect(str(tmp))
    raw.execute("ANALYZE")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    tmp.replace(path)
    return path


def ensure(path: Path = DEFAULT_PATH, customers: int = 60_000, vehicles: int = 80_000) -> Path:
    if not path.exists():
        generate(path, customers, vehicles)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--customers", type=int, default=60_000)
    parser.add_argument("--vehicles", type=int, default=80_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    start = time.perf_counter()
    generate(args.out, args.customers, args.vehicles, args.seed)
    size = args.out.stat().st_size / 1e6
    print(f"{args.out}: {args.customers} customers, {args.vehicles} vehicles, "
          f"{size:.1f} MB in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
