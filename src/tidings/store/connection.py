"""Opening a database from a URL, and the few places where SQL dialects differ.

Everything above this module writes qmark (``?``) SQL; :func:`to_dialect`
rewrites it for psycopg. Connections run in autocommit mode and the store opens
explicit transactions itself, so a statement never silently joins an older one.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from tidings.errors import StoreError

__all__ = ["Dialect", "Target", "connect", "parse_url", "to_dialect", "write_transaction"]

Dialect = Literal["sqlite", "postgresql"]

# Any constant works; it only has to be the same for every Tidings process.
PG_LOCK_KEY = 7_401_100


@dataclass(frozen=True)
class Target:
    """A parsed database URL."""

    dialect: Dialect
    location: str  # file path for SQLite, the libpq URL for PostgreSQL

    def display(self) -> str:
        """The URL without a password, for messages."""
        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", self.location)


def parse_url(url: str) -> Target:
    """``sqlite:///relative/or/abs.db``, ``sqlite:////abs.db`` or ``postgresql://...``."""
    if not isinstance(url, str) or not url.strip():
        raise StoreError("empty database URL; use sqlite:///path or postgresql://...")
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if not path or path.endswith("/"):
            raise StoreError(f"database URL {url!r} names no file (e.g. sqlite:///tidings.db)")
        return Target("sqlite", path)
    if url.startswith(("postgresql://", "postgres://")):
        return Target("postgresql", url)
    raise StoreError(
        f"unsupported database URL {url!r}: use sqlite:///path/to/file.db or postgresql://..."
    )


def connect(target: Target) -> Any:
    """A DB-API connection in autocommit mode, or :class:`StoreError` saying why not."""
    if target.dialect == "sqlite":
        return _connect_sqlite(Path(target.location))
    return _connect_postgresql(target)


def _bind_null(value: None) -> None:
    return value


# Python's sqlite3 binds str, int, float and bytes directly, but looks for an adapter for
# every other value, None included, and finding none costs two failed attribute look-ups
# (__adapt__, __conform__): about 3,300 instructions per NULL, 5% of a bulk save
# (docs/store.md, Round 4). With an adapter registered for None the look-up succeeds at
# once; the value bound is still NULL. Adapters are per process, and this one changes no
# value for any other user of sqlite3.
sqlite3.register_adapter(type(None), _bind_null)


def _connect_sqlite(path: Path) -> sqlite3.Connection:
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise StoreError(f"cannot create database {path}: directory {parent} does not exist")
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(parent, os.W_OK):
        raise StoreError(f"cannot write database {path}: permission denied")
    try:
        conn = sqlite3.connect(
            str(path), timeout=30.0, isolation_level=None, check_same_thread=False
        )
        # WAL: readers (API, dashboard) never block the ingest writer, and a
        # committed transaction survives a killed process. NORMAL sync keeps
        # that guarantee for process crashes at a fraction of FULL's cost.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # Index pages of a growing events table stay in memory during bulk saves.
        # 16 MB keeps inserts as fast as 64 MB did (benchmarks/store_insert.py)
        # while bounding how much a long ingest's memory can grow with the database.
        conn.execute("PRAGMA cache_size=-16384")
        conn.execute("PRAGMA temp_store=MEMORY")
        # A bulk save dirties most leaf pages of every events index in each commit, so
        # the default checkpoint (1,000 pages) ran after every commit and copied pages
        # that the next commit rewrote. 10,000 pages (~40 MB of WAL) cut the bytes
        # written by benchmarks/store_insert.py from 158 to 120 MB and read from 80 to
        # 42 MB. Cost: a power loss (not a killed process) can drop up to that much WAL
        # since the last checkpoint, i.e. the last few ingest batches; a rerun of the
        # ingest stores them again. Durability stays WAL + synchronous=NORMAL.
        conn.execute("PRAGMA wal_autocheckpoint=10000")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open SQLite database {path}: {exc}") from exc
    return conn


def _connect_postgresql(target: Target) -> Any:
    import psycopg

    try:
        return psycopg.connect(target.location, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(
            f"cannot connect to PostgreSQL at {target.display()}: {detail}"
        ) from exc
    except psycopg.ProgrammingError as exc:
        raise StoreError(f"invalid PostgreSQL URL {target.display()}: {exc}") from exc


_QMARK = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


@lru_cache(maxsize=512)
def to_dialect(sql: str, dialect: Dialect) -> str:
    """Rewrite qmark placeholders as ``%s`` for psycopg (and escape literal ``%``).

    Quoted literals and identifiers are left alone, so ``LIKE '%x?'`` stays intact.
    """
    if dialect == "sqlite":
        return sql

    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "?":
            return "%s"
        if tok == "%":
            return "%%"
        return tok.replace("%", "%%")

    return _QMARK.sub(sub, sql)


@contextmanager
def write_transaction(conn: Any, dialect: Dialect) -> Iterator[None]:
    """One write transaction, serialised against every other Tidings writer.

    SQLite's ``BEGIN IMMEDIATE`` takes the write lock up front; on PostgreSQL a
    transaction-scoped advisory lock does the same, so event folding (read the
    first report, then insert) can never race with another process.
    """
    if dialect == "sqlite":
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    else:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (PG_LOCK_KEY,))
            yield
