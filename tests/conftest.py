"""Fixtures shared by the suite. `db_url` runs a test on a fresh SQLite file and, when make test has
started the private PostgreSQL server (SAHELWATCH_TEST_PG), on a fresh PostgreSQL database too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
PG_URL = os.environ.get("SAHELWATCH_TEST_PG", "")


def pytest_report_header(config: pytest.Config) -> str:
    return f"PostgreSQL for tests: {PG_URL or 'not started (postgres tests skip)'}"


@pytest.fixture
def shared() -> Path:
    """../shared (gold data, corpus): present on developers' machines and in CI, absent for users."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (as on a user's machine)")
    return SHARED


def fresh_postgres() -> Iterator[str]:
    import psycopg

    name = f"sw_test_{uuid.uuid4().hex[:10]}"
    admin = PG_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        with psycopg.connect(url, autocommit=True) as c:
            c.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server: make test starts one (scripts/test_postgres.sh)")
    yield from fresh_postgres()
