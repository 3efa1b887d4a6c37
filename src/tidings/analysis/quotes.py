"""Who is quoted most: quotes grouped by speaker or by the speaker's country, optionally
on one topic (a full-text query), each group with its most recent quotes."""

from __future__ import annotations

from typing import Any, Literal

from tidings.analysis.common import ALL_TIME, AnalysisError, DateRange, QueryStore
from tidings.analysis.pages import Where
from tidings.analysis.text import fts_condition

__all__ = ["top_quoted"]

GROUPS = {
    "speaker": ("qt.speaker_name", "qt.speaker_code", "qt.speaker_country"),
    "country": ("qt.speaker_country",),
}


def top_quoted(store: QueryStore, by: Literal["speaker", "country"] = "speaker",
               q: str | None = None, dates: DateRange = ALL_TIME, limit: int = 10,
               examples: int = 3) -> list[dict[str, Any]]:
    """The ``limit`` most quoted speakers (or countries), with ``examples`` quotes each."""
    if by not in GROUPS:
        raise AnalysisError(f"by must be speaker or country, not {by!r}")
    if not 1 <= limit <= 500 or not 0 <= examples <= 20:
        raise AnalysisError("limit must be 1-500 and examples 0-20")
    cols = GROUPS[by]
    where = Where().add(f"{cols[0]} IS NOT NULL")
    if q:
        where.add_pair(fts_condition(str(getattr(store, "dialect", "sqlite")), "quotes", "qt", q))
    where.add_pair(dates.sql("a.published"))
    base = f"FROM quotes qt JOIN articles a ON a.id = qt.article_id WHERE {where.sql}"
    names = [c.split(".")[1] for c in cols]
    groups = store.query(
        f"SELECT {', '.join(cols)}, COUNT(*) AS n_quotes {base} GROUP BY {', '.join(cols)} "
        f"ORDER BY COUNT(*) DESC, {', '.join(f'COALESCE({c}, {chr(39) * 2})' for c in cols)} "
        "LIMIT ?", [*where.params, limit])
    for g in groups:
        match = " AND ".join(f"{c} = ?" for c in cols if g[c.split('.')[1]] is not None)
        nulls = " AND ".join(f"{c} IS NULL" for c in cols if g[c.split('.')[1]] is None)
        cond = " AND ".join(p for p in (match, nulls) if p)
        values = [g[n] for n in names if g[n] is not None]
        g["quotes"] = store.query(
            f"SELECT qt.id, qt.article_id, a.title AS article_title, a.published, qt.kind, "
            f"qt.text, qt.speaker_name {base} AND {cond} "
            "ORDER BY a.published DESC, qt.id LIMIT ?",
            [*where.params, *values, examples]) if examples else []
    return groups
