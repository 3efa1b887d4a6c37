from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pgtest import fresh_schema_url
from tidings.store import Store, open_store

PG_SCHEMA = "tidings_test_analysis"


def _pg_url() -> str:
    """A fresh schema of its own, so other test modules' tables are never touched."""
    return fresh_schema_url(PG_SCHEMA)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path / 'a.db'}" if request.param == "sqlite" else _pg_url()
    st = open_store(url)
    yield st
    st.close()
