"""Browsing the store: articles, one article in full, quotes, actors, statistics.

Article and quote dates filter on ``articles.published``. Filters on actors match the
actor code or country exactly, or the name as a case-insensitive substring.
"""

from __future__ import annotations

import json
from typing import Any

from tidings.analysis.common import ALL_TIME, DateRange, QueryStore, counted, parse_key
from tidings.analysis.pages import DEFAULT_PAGE, Page, Where, fetch_page
from tidings.analysis.text import fts_condition, like_condition, like_pattern

__all__ = ["get_article", "list_actors", "list_articles", "list_quotes", "speaker_flags",
           "store_stats"]

QUOTE_COLUMNS = (
    "idx, kind, text, start_char AS start, end_char AS \"end\", cue, cue_start, cue_end, "
    "speaker_name, speaker_country, speaker_code, speaker_sector, speaker_role, speaker_text, "
    "speaker_start, speaker_end, rule, confidence, speaker_country_from_article"
)
EVENT_COLUMNS = (
    "e.id, e.idx, e.source_name, e.source_country, e.source_code, e.source_sector, "
    "e.target_name, e.target_country, e.target_code, e.target_sector, e.cameo, e.root, "
    "e.quad_class, e.goldstein, e.plover, e.sentence, e.start_char AS start, "
    "e.end_char AS \"end\", e.event_text, e.pattern, e.confidence, e.negated, e.hypothetical, "
    "e.reported, e.background, e.event_date, e.quote_idx, e.place_name, e.place_country, "
    "e.lat, e.lon, e.num_mentions, e.folded_into, e.country_from_place, e.country_from_article"
)
FLAGS = ("negated", "hypothetical", "reported", "background")


def _dialect(store: QueryStore) -> str:
    return str(getattr(store, "dialect", "sqlite"))


def _actor_exists(alias: str, actor: str | None, country: str | None) -> Where:
    where = Where()
    if actor:
        cond, params = like_condition("ac.name", actor)
        where.add(f"EXISTS (SELECT 1 FROM actors ac WHERE ac.article_id = {alias}.id "
                  f"AND (ac.code = ? OR ac.country = ? OR {cond}))",
                  [actor.strip().upper(), actor.strip().upper(), *params])
    if country:
        where.add(f"EXISTS (SELECT 1 FROM actors ac WHERE ac.article_id = {alias}.id "
                  "AND ac.country = ?)", [parse_key(country, "country")])
    return where


def list_articles(store: QueryStore, *, actor: str | None = None, country: str | None = None,
                  q: str | None = None, dates: DateRange = ALL_TIME,
                  page: Page = DEFAULT_PAGE) -> dict[str, Any]:
    """Articles, newest first, with their quote and event counts."""
    where = _actor_exists("a", actor, country)
    if q:
        where.add_pair(fts_condition(_dialect(store), "articles", "a", q))
    where.add_pair(dates.sql("a.published"))
    select = ("a.id, a.title, a.published, a.url, "
              "(SELECT COUNT(*) FROM quotes qq WHERE qq.article_id = a.id) AS n_quotes, "
              "(SELECT COUNT(*) FROM events ee WHERE ee.article_id = a.id) AS n_events")
    return fetch_page(store, select, f"FROM articles a WHERE {where.sql}", where.params,
                      "a.published DESC, a.id", page)


def get_article(store: QueryStore, article_id: str) -> dict[str, Any] | None:
    """One article with its quotes, events, actors (with mentions) and places."""
    rows = store.query("SELECT id, title, published, dateline, url, source, language, "
                       "duplicate_of, text FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    article = rows[0]
    article["quotes"] = speaker_flags(store.query(
        f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE article_id = ? ORDER BY idx", [article_id]))
    events = store.query(
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.article_id = ? ORDER BY e.idx",
        [article_id])
    for ev in events:
        for flag in FLAGS:
            ev[flag] = bool(ev[flag])
    article["events"] = events
    actors = store.query("SELECT entity_id, name, country, code, sector, role, kind, evidence "
                         "FROM actors WHERE article_id = ? ORDER BY entity_id", [article_id])
    mentions = store.query("SELECT entity_id, start_char AS start, end_char AS \"end\", text, "
                           "kind FROM mentions WHERE article_id = ? ORDER BY start_char, "
                           "end_char", [article_id])
    by_entity: dict[Any, list[dict[str, Any]]] = {}
    for m in mentions:
        by_entity.setdefault(m.pop("entity_id"), []).append(m)
    for a in actors:
        a["evidence"] = _evidence(a["evidence"])
        a["mentions"] = by_entity.get(a["entity_id"], [])
    article["actors"] = actors
    article["places"] = store.query(
        "SELECT idx, name, start_char AS start, end_char AS \"end\", country, lat, lon, "
        "feature, geonameid FROM places WHERE article_id = ? ORDER BY idx", [article_id])
    return article


def speaker_flags(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``speaker_country_from_article`` as a boolean (None on rows stored before schema
    version 7, which did not record it)."""
    for q in quotes:
        flag = q.get("speaker_country_from_article")
        q["speaker_country_from_article"] = None if flag is None else bool(flag)
    return quotes


def _evidence(value: Any) -> list[str]:
    """The stored JSON list of evidence strings (older rows may hold plain text)."""
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return [str(p) for p in parsed] if isinstance(parsed, list) else [str(parsed)]


def list_quotes(store: QueryStore, *, speaker: str | None = None, country: str | None = None,
                q: str | None = None, dates: DateRange = ALL_TIME,
                page: Page = DEFAULT_PAGE) -> dict[str, Any]:
    """Quotes, newest article first, with the article they come from."""
    where = Where()
    if speaker:
        cond, params = like_condition("qt.speaker_name", speaker)
        where.add(f"qt.speaker_code = ? OR {cond}", [speaker.strip().upper(), *params])
    if country:
        where.add("qt.speaker_country = ?", [parse_key(country, "country")])
    if q:
        where.add_pair(fts_condition(_dialect(store), "quotes", "qt", q))
    where.add_pair(dates.sql("a.published"))
    select = ("qt.id, qt.article_id, a.title AS article_title, a.published, "
              + ", ".join(f"qt.{c.strip()}" for c in QUOTE_COLUMNS.split(", ")))
    found = fetch_page(
        store, select,
        f"FROM quotes qt JOIN articles a ON a.id = qt.article_id WHERE {where.sql}",
        where.params, "a.published DESC, qt.id", page)
    speaker_flags(found["items"])
    return found


def list_actors(store: QueryStore, *, country: str | None = None, q: str | None = None,
                page: Page = DEFAULT_PAGE) -> dict[str, Any]:
    """Actors aggregated over the store: how often each acts in events and speaks.

    ``n_events`` counts one-sided events too, for the side that is there.
    """
    where = Where()
    if q:
        where.add("LOWER(x.name) LIKE ? ESCAPE '\\' OR x.code = ?",
                  [like_pattern(q), q.strip().upper()])
    only = counted(store)
    # The country filter goes into each branch; on SQLite "+" keeps the planner on the
    # actor indexes (grouping without a sort) instead of seeking by country and sorting.
    plus = "+" if getattr(store, "dialect", "sqlite") == "sqlite" else ""
    key = parse_key(country, "country") if country else None
    src = f" AND {plus}e.source_country = ?" if key else ""
    tgt = f" AND {plus}e.target_country = ?" if key else ""
    spk = " AND speaker_country = ?" if key else ""
    act = " WHERE country = ?" if key else ""
    # Each branch is grouped on its own (from an index, migration 0003) before the union,
    # so only one row per distinct actor and branch is regrouped.
    union = (
        "SELECT e.source_name AS name, e.source_country AS country, e.source_code AS code, "
        "e.source_sector AS sector, COUNT(*) AS ev, 0 AS qu, 0 AS ar FROM events e "
        f"WHERE {only} AND e.source_name IS NOT NULL{src} "
        "GROUP BY e.source_name, e.source_country, e.source_code, e.source_sector UNION ALL "
        "SELECT e.target_name, e.target_country, e.target_code, e.target_sector, COUNT(*), 0, 0 "
        f"FROM events e WHERE {only} AND e.target_name IS NOT NULL{tgt} "
        "GROUP BY e.target_name, e.target_country, e.target_code, e.target_sector UNION ALL "
        "SELECT speaker_name, speaker_country, speaker_code, speaker_sector, 0, COUNT(*), 0 "
        f"FROM quotes WHERE speaker_name IS NOT NULL{spk} "
        "GROUP BY speaker_name, speaker_country, speaker_code, speaker_sector UNION ALL "
        f"SELECT name, country, code, sector, 0, 0, COUNT(*) FROM actors{act} "
        "GROUP BY name, country, code, sector"
    )
    grouped = (f"SELECT x.name, x.country, x.code, x.sector, SUM(x.ev) AS n_events, "
               f"SUM(x.qu) AS n_quotes, SUM(x.ar) AS n_articles FROM ({union}) x "
               f"WHERE {where.sql} GROUP BY x.name, x.country, x.code, x.sector")
    params = [*([key] * 4 if key else []), *where.params]
    return fetch_page(
        store, "g.*", f"FROM ({grouped}) g", params,
        "g.n_events DESC, g.n_quotes DESC, g.n_articles DESC, g.name, COALESCE(g.code, ''), "
        "COALESCE(g.country, ''), COALESCE(g.sector, '')", page)


def store_stats(store: QueryStore) -> dict[str, Any]:
    """Counts and date ranges of what the store holds."""
    one = store.query(
        "SELECT (SELECT COUNT(*) FROM articles) AS articles, "
        "(SELECT COUNT(*) FROM quotes) AS quotes, "
        "(SELECT COUNT(*) FROM events) AS events, "
        "(SELECT COUNT(*) FROM actors) AS actors, "
        "(SELECT COUNT(*) FROM places) AS places, "
        "(SELECT MIN(published) FROM articles) AS first_published, "
        "(SELECT MAX(published) FROM articles) AS last_published")[0]
    # One pass over the counted events (an index scan) for the rest.
    quads = ", ".join(f"SUM(CASE WHEN e.quad_class = {q} THEN 1 ELSE 0 END) AS q{q}"
                      for q in (1, 2, 3, 4))
    counted_row = store.query(
        f"SELECT COUNT(*) AS n, MIN(e.event_date) AS first_event, "
        f"MAX(e.event_date) AS last_event, {quads} FROM events e WHERE {counted(store)}")[0]
    one["unique_events"] = int(counted_row["n"] or 0)
    one["first_event"] = counted_row["first_event"]
    one["last_event"] = counted_row["last_event"]
    one["quad_classes"] = {str(q): int(counted_row[f"q{q}"] or 0) for q in (1, 2, 3, 4)}
    return one
