"""Export events as an ICEWS coded-event table (tab-separated, with ICEWS's header).

ICEWS users expect every record to be a located dyad: two actors, each with a country or
an international identity (an IGO, a transnational group), on a known day. So this export
writes counted events (unfolded, neither negated nor hypothetical) that have both sides,
no side of unknown country (``---GOV``: GDELT-like partial actors stay in the GDELT
export), and a date. The 20 ICEWS columns come first, in ICEWS's order; four evidence
columns follow (the sentence, its character offsets in the article, the number of
reports), which readers that select ICEWS's columns by name ignore. The column mapping is
in docs/api.md.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tidings.analysis.common import (
    ALL_TIME,
    DateRange,
    QueryStore,
    actor_types,
    counted,
    country_names,
    written_condition,
)
from tidings.analysis.tabular import place_feature, write_tsv
from tidings.events.codebook import UnknownCodeError, lookup

__all__ = ["ICEWS_COLUMNS", "export_icews", "icews_rows"]

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
    "Sentence", "Start Char", "End Char", "Num Mentions",
)
_PAGE = 5000
_MISSING = "NA"
_TYPES = Path(__file__).parent / "data" / "actor_types.tsv"


def _located(side: str) -> str:
    # A country, or a code of its own that is not "unknown country" ("---GOV"); a blank
    # side (all NULL) and an actor with neither fail both (NULL NOT LIKE is not true).
    return f"(e.{side}_country IS NOT NULL OR e.{side}_code NOT LIKE '---%')"


@cache
def _type_names() -> dict[str, str]:
    with _TYPES.open(encoding="utf-8") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        return {r["code"]: r["name"] for r in csv.DictReader(lines, delimiter="\t")}


def _sectors(row: dict[str, Any], side: str) -> str:
    code, sector, country = row[f"{side}_code"], row[f"{side}_sector"], row[f"{side}_country"]
    codes = actor_types(code, country, sector) or ([str(sector)] if sector else [])
    names = _type_names()
    if not country and code and code[:3] in names:
        # A country-less code starts with its type (IGOUNO, IMGMUSISI), and ICEWS names it
        # first for the IGO's own officials too ("International Government Organization,
        # ..." for a UN rapporteur), so the sector follows it instead of replacing it.
        codes = [code[:3], *codes]
    return ",".join(dict.fromkeys(names.get(c, c) for c in codes))


def _country(iso3: str | None) -> str:
    return country_names().get(iso3, iso3) if iso3 else ""


def _event_text(cameo: str) -> str:
    try:
        return lookup(cameo).name
    except UnknownCodeError:
        return ""


def _publisher(row: dict[str, Any]) -> str:
    host = urlsplit(row["url"]).hostname if row["url"] else None
    return host or row["source"] or ""


def _place(row: dict[str, Any]) -> list[str]:
    """City, District, Province, Country, Latitude, Longitude of the event's place."""
    if row["lat"] is None or row["lon"] is None:
        return [""] * 6
    feature, name = place_feature(row), row["place_name"] or ""
    return [name if feature == "city" else "", "", name if feature == "admin1" else "",
            _country(row["place_country"]), f"{float(row['lat']):.4f}",
            f"{float(row['lon']):.4f}"]


def _row(r: dict[str, Any]) -> list[str]:
    icews = [
        str(r["id"]), str(r["event_date"])[:10], r["source_name"], _sectors(r, "source"),
        _country(r["source_country"]), _event_text(r["cameo"]), r["cameo"],
        f"{float(r['goldstein']):g}", r["target_name"], _sectors(r, "target"),
        _country(r["target_country"]), r["article_id"], "", _publisher(r), *_place(r),
    ]
    # ICEWS's files mark every cell without a value (an IGO's country, a place's district)
    # NA, never empty, so code written for them tests for NA.
    return [*(v or _MISSING for v in icews),
            r["sentence"] or "", str(r["start_char"]), str(r["end_char"]), str(r["num_mentions"])]


def icews_rows(store: QueryStore, dates: DateRange = ALL_TIME,
               written_countries: bool = False) -> Iterator[list[str]]:
    """ICEWS rows of the located, dated, counted events, in event id order, page by page."""
    when, params = dates.sql()
    written, wparams = written_condition(written_countries)
    last = 0
    while True:
        rows = store.query(
            "SELECT e.*, a.url, a.source, "
            "(SELECT p.feature FROM places p WHERE p.article_id = e.article_id "
            "AND p.name = e.place_name ORDER BY p.idx LIMIT 1) AS feature "
            f"FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {counted(store)} AND e.event_date IS NOT NULL AND {_located('source')} "
            f"AND {_located('target')} AND {when} AND {written} AND e.id > ? "
            "ORDER BY e.id LIMIT ?",
            [*params, *wparams, last, _PAGE])
        if not rows:
            return
        for r in rows:
            yield _row(r)
        last = int(rows[-1]["id"])


def export_icews(store: QueryStore, path: str | Path, dates: DateRange = ALL_TIME,
                 written_countries: bool = False) -> int:
    """Write the ICEWS table (with its header) to ``path``; returns the number of events."""
    return write_tsv(path, icews_rows(store, dates, written_countries), ICEWS_COLUMNS)
