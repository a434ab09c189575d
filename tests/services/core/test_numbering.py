"""Work order numbers: per year, gapless, never shared, even with four processes at once."""

import multiprocessing
from pathlib import Path

from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.models import WorkOrder
from desktop.services.core.numbering import format_number, next_number


def test_numbers_count_up_per_series_and_a_rollback_gives_the_number_back(sqlite_db: Database) -> None:
    with sqlite_db.write() as s:
        assert [next_number(s, "WO2026") for _ in range(3)] == [1, 2, 3]
        assert next_number(s, "WO2027") == 1
    try:
        with sqlite_db.write() as s:
            assert next_number(s, "WO2026") == 4
            raise RuntimeError("the save failed")
    except RuntimeError:
        pass
    with sqlite_db.write() as s:
        assert next_number(s, "WO2026") == 4  # not 5: no gap
    assert format_number("WO", 2026, 123) == "WO2026-000123"


def _take_numbers(path: str, count: int, out: "multiprocessing.Queue[list[int]]") -> None:
    db = Database("sqlite:///" + path)
    got = []
    for _ in range(count):
        with db.write() as s:
            got.append(next_number(s, "WO2026"))
    db.dispose()
    out.put(got)


def test_four_processes_never_share_or_skip_a_number(tmp_path: Path) -> None:
    path = str(tmp_path / "shop.sqlite3")
    open_database("sqlite:///" + path).dispose()
    ctx = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue[list[int]] = ctx.Queue()
    workers = [ctx.Process(target=_take_numbers, args=(path, 75, out)) for _ in range(4)]
    for w in workers:
        w.start()
    taken = [n for _ in workers for n in out.get(timeout=120)]
    for w in workers:
        w.join(timeout=60)
    assert sorted(taken) == list(range(1, 301))


def test_orders_are_unique_per_year(services) -> None:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        assert s.scalars(select(WorkOrder)).all() == []
