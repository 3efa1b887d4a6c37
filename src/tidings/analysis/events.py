"""Event listings: filtered events, the top dyads, and events by place.

Only counted events (unfolded, neither negated nor hypothetical) are listed or counted
unless ``include_folded`` or ``include_flagged`` is asked for.
Listings include one-sided events (a blank source or target, NULL in its columns; a side
filter matches only a side that is there); the top dyads count two-sided events only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tidings.analysis.browse import EVENT_COLUMNS, FLAGS
from tidings.analysis.common import (
    ALL_TIME,
    ASSERTED,
    SOURCE_KEY,
    TARGET_KEY,
    AnalysisError,
    DateRange,
    QueryStore,
    counted,
    dyad_condition,
    id_list,
    parse_dyad,
    parse_key,
    side_condition,
    unfolded,
    written_condition,
)
from tidings.analysis.dyads import dyad_totals
from tidings.analysis.pages import DEFAULT_PAGE, Page, Where
from tidings.analysis.text import fts_condition, like_condition

__all__ = ["EVENT_SORTS", "EventFilter", "list_events", "places_summary", "top_dyads"]

# The sort orders a caller may ask for; each ends with the id so pages never overlap.
EVENT_SORTS: dict[str, str] = {
    "date": "e.event_date, e.id",
    "-date": "e.event_date DESC, e.id DESC",
    "id": "e.id",
    "-id": "e.id DESC",
    "goldstein": "e.goldstein, e.id",
    "-goldstein": "e.goldstein DESC, e.id",
    "mentions": "e.num_mentions, e.id",
    "-mentions": "e.num_mentions DESC, e.id",
}
MAX_PLACE_EVENT_IDS = 100
_INDEXED_SORTS = frozenset({"date", "-date", "id", "-id"})


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    country: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: str | None = None
    directed: bool = False
    cameo: str | None = None
    root: str | None = None
    quad_class: int | None = None
    q: str | None = None
    include_folded: bool = False
    include_flagged: bool = False  # also negated and hypothetical events (shown with flags)
    written_countries: bool = False  # leave out events with a place- or article-given country

    def where(self, dates: DateRange, dialect: str = "sqlite", probe: bool = False) -> Where:
        """The conditions; ``probe`` makes the word search a membership test (below)."""
        where = Where()
        if not self.include_folded:
            where.add(unfolded(dialect))
        if not self.include_flagged:
            where.add(ASSERTED)
        if self.actor:
            key = self.actor.strip().upper()
            name, params = like_condition("e.source_name", self.actor)
            tname, tparams = like_condition("e.target_name", self.actor)
            where.add(f"{SOURCE_KEY} = ? OR {TARGET_KEY} = ? OR e.source_code = ? "
                      f"OR e.target_code = ? OR {name} OR {tname}",
                      [key, key, key, key, *params, *tparams])
        if self.country:
            c = parse_key(self.country, "country")
            where.add("e.source_country = ? OR e.target_country = ?", [c, c])
        if self.source:
            where.add_pair(side_condition("source", parse_key(self.source, "source")))
        if self.target:
            where.add_pair(side_condition("target", parse_key(self.target, "target")))
        if self.dyad:
            where.add_pair(dyad_condition(*parse_dyad(self.dyad), self.directed))
        if self.cameo:
            if not self.cameo.isdigit() or len(self.cameo) > 4:
                raise AnalysisError(f"cameo must be 1-4 digits, got {self.cameo!r}")
            where.add("e.cameo LIKE ?", [self.cameo + "%"])
        if self.root:
            if not self.root.isdigit() or len(self.root) != 2:
                raise AnalysisError(f"root must be two digits (01-20), got {self.root!r}")
            where.add("e.root = ?", [self.root])
        if self.quad_class is not None:
            if self.quad_class not in (1, 2, 3, 4):
                raise AnalysisError("quad_class must be 1, 2, 3 or 4")
            where.add("e.quad_class = ?", [self.quad_class])
        if self.q:
            cond, params = fts_condition(dialect, "events", "e", self.q)
            # SQLite cannot tell how many rows a word matches and always walks the matches;
            # "+e.id" makes it walk a date range (or the date order) and probe the matches.
            where.add("+" + cond if probe and dialect == "sqlite" else cond, params)
        if self.written_countries:
            where.add_pair(written_condition(True))
        return where.add_pair(dates.sql())

    @property
    def narrowed(self) -> bool:
        """Whether an indexed filter bounds the rows (so probing the word matches pays)."""
        return bool(self.dyad or self.source or self.target)


def list_events(store: QueryStore, filters: EventFilter = EventFilter(),
                dates: DateRange = ALL_TIME, sort: str = "-date",
                page: Page = DEFAULT_PAGE) -> dict[str, Any]:
    """Events matching ``filters``, with the article each comes from."""
    if sort not in EVENT_SORTS:
        raise AnalysisError(f"sort must be one of {', '.join(EVENT_SORTS)}, not {sort!r}")
    dialect = str(getattr(store, "dialect", "sqlite"))
    bounded = filters.narrowed or dates.start is not None or dates.end is not None
    count_where = filters.where(dates, dialect, probe=bounded)
    page_where = filters.where(dates, dialect, probe=bounded or sort in _INDEXED_SORTS)
    total = int(store.query(f"SELECT COUNT(*) AS n FROM events e WHERE {count_where.sql}",
                            count_where.params)[0]["n"])
    # Two steps: the page's ids (sorted from the index alone), then their rows. Sorting
    # whole rows (sentences and all) of a large dyad would cost far more.
    id_rows = store.query(
        f"SELECT e.id FROM events e WHERE {page_where.sql} ORDER BY {EVENT_SORTS[sort]} "
        "LIMIT ? OFFSET ?", [*page_where.params, page.limit, page.offset]
    ) if total > page.offset else []
    ids: dict[str, Any] = {"items": [], "total": total, "limit": page.limit,
                           "offset": page.offset}
    wanted = [int(r["id"]) for r in id_rows]
    rows: dict[int, dict[str, Any]] = {}
    if wanted:
        marks = ", ".join("?" for _ in wanted)
        for row in store.query(
                f"SELECT {EVENT_COLUMNS}, e.article_id, a.title AS article_title, a.published "
                f"FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN ({marks})",
                wanted):
            for flag in FLAGS:
                row[flag] = bool(row[flag])
            rows[int(row["id"])] = row
    ids["items"] = [rows[i] for i in wanted if i in rows]
    return ids


def top_dyads(store: QueryStore, dates: DateRange = ALL_TIME, limit: int = 20,
              include_self: bool = False, written_countries: bool = False
              ) -> list[dict[str, Any]]:
    """The directed dyads with the most (two-sided) events (``written_countries``: of
    events no side country of which was taken from the place or the article)."""
    if not 1 <= limit <= 500:
        raise AnalysisError("limit must be between 1 and 500")
    totals = dyad_totals(store, dates, written_countries)
    ranked = sorted(((key, total) for key, total in totals.items()
                     if include_self or key[0] != key[1]),
                    key=lambda kt: (-kt[1].n, kt[0]))
    return [
        {"source": s, "target": t, "n_events": total.n, "goldstein_mean": total.goldstein_mean,
         "coop": total.coop, "conflict": total.conflict}
        for (s, t), total in ranked[:limit]
    ]


def places_summary(store: QueryStore, dates: DateRange = ALL_TIME,
                   limit: int = 500) -> list[dict[str, Any]]:
    """Places where events happened, most events first, with (up to 100) event ids each."""
    if not 1 <= limit <= 5000:
        raise AnalysisError("limit must be between 1 and 5000")
    when, params = dates.sql()
    rows = store.query(
        f"SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, "
        f"COUNT(*) AS n, {id_list(store)} AS ids FROM events e "
        f"WHERE {counted(store)} AND e.lat IS NOT NULL AND e.lon IS NOT NULL AND {when} "
        "GROUP BY e.place_name, e.place_country, e.lat, e.lon", params)
    places = [
        {"name": r["name"], "lat": r["lat"], "lon": r["lon"], "country": r["country"],
         "n_events": int(r["n"]),
         "event_ids": sorted(int(x) for x in str(r["ids"]).split(","))[:MAX_PLACE_EVENT_IDS]}
        for r in rows
    ]
    ordered = sorted(places,
                     key=lambda p: (-p["n_events"], str(p["name"]), p["lat"], p["lon"]))
    return ordered[:limit]
