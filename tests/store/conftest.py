"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

The PostgreSQL run needs ``TIDINGS_TEST_PG_URL`` (``scripts/ci-postgres.sh``
prints it) and gets a fresh schema per test, dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pgtest import pg_base_url, with_search_path
from tidings.store import Store, open_store

from .helpers import MakeDoc, build_doc


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose default schema is new and empty."""
    import psycopg

    base = pg_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield with_search_path(base, schema)
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tidings.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as s:
        yield s


@pytest.fixture
def make_doc() -> MakeDoc:
    """Build a Document with records by hand (storage tests need no NLP)."""
    return build_doc
