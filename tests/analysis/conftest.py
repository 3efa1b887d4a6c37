from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.store import Store, open_store

PG_SCHEMA = "tidings_test_analysis"


def _pg_url() -> str:
    """A fresh schema of its own in the test database (other modules' tables untouched)."""
    import psycopg

    base = os.environ.get("TIDINGS_TEST_PG_URL")
    if not base:
        pytest.skip("TIDINGS_TEST_PG_URL is not set (run scripts/ci-postgres.sh)")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
        conn.execute(f"CREATE SCHEMA {PG_SCHEMA}")
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{PG_SCHEMA}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path / 'a.db'}" if request.param == "sqlite" else _pg_url()
    st = open_store(url)
    yield st
    st.close()
