"""Full-text search over quotes and articles (FTS5 on SQLite, tsvector on PostgreSQL).

User text is never passed through as query syntax: it is cut into words and
each word is quoted, so ``"``, ``NEAR``, ``*`` or a stray parenthesis cannot
cause a syntax error or change the meaning of the search. All words must match.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from tidings.errors import StoreError

if TYPE_CHECKING:
    from tidings.store.store import Store

__all__ = ["fts5_query", "search"]

_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_LIMIT = 1000

_QUOTE_COLUMNS = (
    "q.id, q.article_id, q.idx, q.kind, q.text, q.start_char, q.end_char, q.cue, "
    "q.speaker_name, q.speaker_country, q.speaker_code, q.speaker_sector, q.speaker_role, "
    "q.speaker_text, q.rule, q.confidence, q.speaker_country_from_article, "
    "a.title AS article_title, a.published"
)
_ARTICLE_COLUMNS = "a.id, a.title, a.published, a.dateline, a.url, a.source"

_SQLITE = {
    "quotes": (
        f"SELECT {_QUOTE_COLUMNS} FROM quotes_fts "
        "JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
        "WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts), q.id LIMIT ? OFFSET ?"
    ),
    "articles": (
        f"SELECT {_ARTICLE_COLUMNS}, "
        "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet FROM articles_fts "
        "JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?"
    ),
}
# The tsvector expressions must equal those of the GIN indexes (migration 0002).
_Q_VEC = "to_tsvector('english', q.text)"
_A_VEC = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)"
_PG = {
    "quotes": (
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id, "
        "plainto_tsquery('english', ?) query "
        f"WHERE {_Q_VEC} @@ query ORDER BY ts_rank({_Q_VEC}, query) DESC, q.id LIMIT ? OFFSET ?"
    ),
    "articles": (
        f"SELECT {_ARTICLE_COLUMNS}, ts_headline('english', a.text, query, "
        "'StartSel=[, StopSel=], MaxWords=30, MinWords=12') AS snippet "
        "FROM articles a, plainto_tsquery('english', ?) query "
        f"WHERE {_A_VEC} @@ query ORDER BY ts_rank({_A_VEC}, query) DESC, a.id LIMIT ? OFFSET ?"
    ),
}


def fts5_query(text: str) -> str:
    """An FTS5 query matching rows that contain every word of ``text``."""
    return " ".join(f'"{w}"' for w in _WORD.findall(text))


def search(
    store: Store, table: Literal["quotes", "articles"], text: str, limit: int, offset: int
) -> list[dict[str, Any]]:
    if table not in ("quotes", "articles"):
        raise StoreError(f"search works on quotes or articles, not {table!r}")
    if limit < 0 or offset < 0:
        raise StoreError("search limit and offset must not be negative")
    words = _WORD.findall(text or "")
    if not words:
        return []
    limit = min(limit, _MAX_LIMIT)
    if store.dialect == "sqlite":
        return store.query(_SQLITE[table], (fts5_query(text), limit, offset))
    return store.query(_PG[table], (" ".join(words), limit, offset))
