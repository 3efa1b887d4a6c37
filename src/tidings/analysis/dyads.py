"""Per-dyad totals over a period: the shared core of the network and the top dyads.

Two queries instead of one ``GROUP BY COALESCE(...)``: country-to-country events (the
bulk) group on plain columns in the order of the ``events_dyad`` index, with no sort;
the few events with a code-keyed side (IGOs, groups) group on the dyad-key expressions.
On a million events this is about three times faster on SQLite, and the same on both
backends in meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.analysis.common import (
    ALL_TIME,
    SOURCE_KEY,
    TARGET_KEY,
    DateRange,
    QueryStore,
    counted,
    written_condition,
)

__all__ = ["DyadTotal", "dyad_totals"]

_AGGREGATES = (
    "COUNT(*) AS n, "
    "SUM(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END) AS coop, "
    "SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict, "
    "SUM(e.goldstein) AS gsum, SUM(e.num_mentions) AS mentions"
)


@dataclass
class DyadTotal:
    """Counted events of one directed dyad in a period."""

    n: int = 0
    coop: int = 0
    conflict: int = 0
    goldstein_sum: float = 0.0
    mentions: int = 0

    @property
    def goldstein_mean(self) -> float:
        return round(self.goldstein_sum / self.n, 3) if self.n else 0.0


def dyad_totals(store: QueryStore, dates: DateRange = ALL_TIME,
                written_countries: bool = False) -> dict[tuple[str, str], DyadTotal]:
    """``(source key, target key) -> totals`` for every dyad with both keys known.

    Two-sided events only: a one-sided event's blank side has no key. With
    ``written_countries``, only events no side country of which was inferred (place, article).
    """
    when, params = dates.sql()
    written, wparams = written_condition(written_countries)
    when, params = f"{when} AND {written}", [*params, *wparams]
    only = counted(store)
    countries = store.query(
        f"SELECT e.source_country AS s, e.target_country AS t, {_AGGREGATES} FROM events e "
        f"WHERE {only} AND {when} AND e.source_country IS NOT NULL "
        "AND e.target_country IS NOT NULL GROUP BY e.source_country, e.target_country",
        params)
    coded = store.query(
        f"SELECT {SOURCE_KEY} AS s, {TARGET_KEY} AS t, {_AGGREGATES} FROM events e "
        f"WHERE {only} AND {when} AND (e.source_country IS NULL OR e.target_country IS NULL) "
        f"AND {SOURCE_KEY} IS NOT NULL AND {TARGET_KEY} IS NOT NULL "
        f"GROUP BY {SOURCE_KEY}, {TARGET_KEY}",
        params)
    totals: dict[tuple[str, str], DyadTotal] = {}
    for r in (*countries, *coded):
        total = totals.setdefault((str(r["s"]), str(r["t"])), DyadTotal())
        total.n += int(r["n"])
        total.coop += int(r["coop"] or 0)
        total.conflict += int(r["conflict"] or 0)
        total.goldstein_sum += float(r["gsum"] or 0.0)
        total.mentions += int(r["mentions"] or 0)
    return totals
