"""One demo shop per backend for the demo tests that only read it (building one takes
seconds, on PostgreSQL several)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.db import open_database
from desktop.demo.shop import create_demo
from desktop.services.container import Services
from tests.conftest import BACKENDS, _pg_database


@pytest.fixture(scope="session", params=BACKENDS)
def demo_shop(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        tuple[Services, dict[str, Any]]]:
    if request.param == "sqlite":
        urls: Iterator[str] = iter(["sqlite:///" + str(tmp_path_factory.mktemp("demo") / "shop.sqlite3")])
    else:
        urls = _pg_database()
    for url in urls:
        db = open_database(url)
        counts = create_demo(db, customers=40, vehicles=50)
        yield Services.create(db, "anna"), counts
        db.dispose()
