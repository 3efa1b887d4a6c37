"""PostgreSQL test databases: one helper for every test package that needs a server."""

from __future__ import annotations

import os

import pytest

PG_ENV = "TIDINGS_TEST_PG_URL"


def pg_base_url() -> str:
    """The server URL from ``scripts/ci-postgres.sh``; skips the test when unset."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (run scripts/ci-postgres.sh to start a server)")
    return base


def with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def fresh_schema_url(schema: str) -> str:
    """A URL whose default schema is ``schema``, dropped and created empty."""
    import psycopg

    base = pg_base_url()
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    return with_search_path(base, schema)
