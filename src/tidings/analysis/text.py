"""Text conditions that combine with other filters: full-text and substring matches.

Full-text conditions repeat the store's search index expressions exactly (FTS5 tables on
SQLite, ``to_tsvector('english', ...)`` GIN indexes on PostgreSQL), so the planner uses
them. Every word of the query must match; query syntax is never passed through.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from tidings.analysis.common import AnalysisError

__all__ = ["fts_condition", "like_condition", "like_pattern", "words"]

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 20


def words(text: str) -> list[str]:
    found = _WORD.findall(text)
    if not found:
        raise AnalysisError(f"search text {text!r} has no words")
    return found[:MAX_WORDS]


_PG_VECTORS = {
    "quotes": "to_tsvector('english', {a}.text)",
    "articles": "to_tsvector('english', coalesce({a}.title, '') || ' ' || {a}.text)",
    "events": "to_tsvector('english', {a}.sentence)",
}


def fts_condition(dialect: str, table: Literal["quotes", "articles", "events"], alias: str,
                  text: str) -> tuple[str, list[Any]]:
    """A condition selecting rows of ``table`` (aliased ``alias``) that match ``text``.

    Event sentences are indexed by migration 0003 (``events_fts`` / a GIN index).
    """
    found = words(text)
    if dialect == "postgresql":
        doc = _PG_VECTORS[table].format(a=alias)
        return f"{doc} @@ plainto_tsquery('english', ?)", [" ".join(found)]
    # Each word as an FTS5 string: implicit AND, and no operator can be smuggled in.
    match = " ".join(f'"{w}"' for w in found)
    rowid = f"{alias}.rowid" if table == "articles" else f"{alias}.id"
    return f"{rowid} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)", [match]


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards escaped (use with ``ESCAPE '\\'``), lower-cased."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_condition(column: str, text: str) -> tuple[str, list[Any]]:
    """Case-insensitive substring match on ``column`` (same result on both backends)."""
    return f"LOWER({column}) LIKE ? ESCAPE '\\'", [like_pattern(text)]
