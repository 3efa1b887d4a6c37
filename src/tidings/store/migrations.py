"""Versioned schema: numbered SQL files per dialect, applied in order on open.

``migrations/<dialect>/NNNN_name.sql`` moves the schema from version NNNN-1 to
NNNN. Each file runs in its own transaction together with the row it adds to
``schema_version``, so a failure leaves the database at the previous version.
A database written by a newer Tidings is refused rather than guessed at.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from typing import Any

from tidings.errors import StoreError
from tidings.store.connection import Dialect, write_transaction

__all__ = ["Migration", "current_version", "latest_version", "migrate", "migrations"]

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations(dialect: Dialect) -> tuple[Migration, ...]:
    folder = files("tidings.store").joinpath("migrations", dialect)
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    if [mig.version for mig in found] != list(range(1, len(found) + 1)):
        raise StoreError(f"migration files for {dialect} are not numbered 0001, 0002, ...")
    return tuple(found)


def latest_version(dialect: Dialect) -> int:
    return migrations(dialect)[-1].version


def current_version(conn: Any, dialect: Dialect) -> int:
    """The highest applied version, 0 for an empty database."""
    if dialect == "sqlite":
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
    else:
        exists = conn.execute("SELECT to_regclass('schema_version')").fetchone()[0]
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: Any, dialect: Dialect, *, upto: int | None = None) -> int:
    """Apply pending migrations (up to ``upto``); return the resulting version."""
    target = latest_version(dialect) if upto is None else upto
    # Up to date (the common case): answer without taking the write lock, so
    # opening a store never waits for a running ingest.
    version = _checked_version(conn, dialect)
    while version < target:
        with write_transaction(conn, dialect):
            version = _checked_version(conn, dialect)  # another process may have migrated
            if version < target:
                _apply(conn, dialect, migrations(dialect)[version])
                version += 1
    return version


def _checked_version(conn: Any, dialect: Dialect) -> int:
    version = current_version(conn, dialect)
    if version > latest_version(dialect):
        raise StoreError(
            f"the database has schema version {version}, newer than this Tidings "
            f"supports ({latest_version(dialect)}); upgrade Tidings to open it"
        )
    return version


def _apply(conn: Any, dialect: Dialect, mig: Migration) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    try:
        if dialect == "sqlite":
            for statement in _split_sqlite(mig.sql):
                conn.execute(statement)
        else:
            conn.execute(mig.sql)
    except Exception as exc:
        raise StoreError(f"migration {mig.name} failed: {exc}") from exc
    placeholder = "?" if dialect == "sqlite" else "%s"
    conn.execute(
        f"INSERT INTO schema_version (version, name, applied_at) "
        f"VALUES ({placeholder}, {placeholder}, {placeholder})",
        (mig.version, mig.name, datetime.now(UTC).isoformat(timespec="seconds")),
    )


def _split_sqlite(script: str) -> list[str]:
    """Split a script into statements; trigger bodies keep their inner semicolons.

    ``executescript`` would be simpler but commits first, which breaks the
    one-transaction-per-migration guarantee.
    """
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        raise StoreError("migration script ends inside a statement")
    return statements
