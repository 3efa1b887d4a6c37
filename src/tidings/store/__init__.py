"""The database: SQLite (embedded default) or PostgreSQL, one versioned schema.

``open_store(url)`` creates or upgrades the schema and returns a :class:`Store`
whose writes are all-or-nothing per article. Tables and columns are listed in
:mod:`tidings.store.schema` and documented in ``docs/store.md``.
"""

from tidings.errors import StoreError
from tidings.store.schema import (
    COLUMNS,
    EXPORT_TABLES,
    NOT_INFERRED,
    SCHEMA_VERSION,
    column_names,
)
from tidings.store.store import KnownArticle, Rejection, Store, open_store

__all__ = [
    "COLUMNS",
    "EXPORT_TABLES",
    "NOT_INFERRED",
    "SCHEMA_VERSION",
    "KnownArticle",
    "Rejection",
    "Store",
    "StoreError",
    "column_names",
    "open_store",
]
