"""The actor knowledge base: shipped TSV files (plus user files) compiled into dicts.

Files (``data/``, see ``data/README.md``): ``phoenix_actors.tsv``, ``countries.tsv`` and
``agents.tsv`` are generated from the Phoenix/NGEC dictionaries by :mod:`build_kb`;
``curated/*.tsv`` are maintained by hand and bring the dictionaries up to 2026.
Later files override earlier ones pattern by pattern: phoenix < curated < user.

Every lookup key goes through :func:`norm`, so keys and queries are normalised alike
(accents, case, possessive ``'s``, dots, hyphens). Short keys that are English function
words ("us", "who", "is") are only matched as written in capitals (acronyms).
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from tidings.actors.rules import rules
from tidings.errors import ConfigError
from tidings.records import Actor

__all__ = [
    "KB",
    "Entry",
    "code_country",
    "code_sector",
    "country_name_keys",
    "iso_code",
    "load_kb",
    "norm",
    "with_country",
]

# the package directory, not this file's: a compiled build of this module lives elsewhere
DATA = Path(str(files("tidings.actors"))) / "data"
ACTOR_FILES = ("phoenix_actors.tsv", "curated/groups.tsv", "curated/groups_world.tsv",
               "curated/people.tsv", "curated/people_world.tsv", "curated/people_global.tsv")
COUNTRY_FILES = ("countries.tsv", "curated/countries.tsv")
AGENT_FILES = ("agents.tsv", "curated/agents.tsv")
ORIGIN_RANK = {"phoenix": 0, "ngec": 0, "geonames": 0, "user": 3}  # anything else (curated-*): 2
# the imported dictionaries' origins (rank 0), as against curated-* and user rows
IMPORTED_ORIGINS = frozenset(o for o, rank in ORIGIN_RANK.items() if rank == 0)

CAMEO_TO_PLOVER = rules().cameo_to_plover
SECTORS = rules().sectors
_STOP = rules().english_words
_SUFFIXES = rules().name_suffixes
_ORG_WORDS = rules().organisation_words
_PREFIX_ALIASES = rules().code_prefix_aliases
_BODIES = frozenset({"NGO", "IGO", "IMG", "MNC"})
_RELIGIONS = rules().religion_codes


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary row: a code valid for a name over a date range."""

    name: str
    code: str
    start: date | None
    end: date | None
    role: str
    origin: str
    source: str
    kind: str  # person | group | country

    def valid_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, eq=False)  # hashed by identity: resolution caches key on it
class KB:
    """Compiled lookup tables (built once per set of files)."""

    names: dict[str, tuple[Entry, ...]]
    acronyms: dict[str, tuple[Entry, ...]]  # exact-case keys ("US", "WHO")
    countries: dict[str, str]  # name or demonym -> ISO3
    country_acronyms: dict[str, str]
    capitals: dict[str, str]  # capital -> ISO3
    peoples: frozenset[str]  # plural demonyms naming a people ("afghans", "kazakhs")
    agents: dict[str, str]  # sector word -> CAMEO agent code ("GOV", "GOVMIL")
    iso3: frozenset[str]
    max_len: int
    first_len: dict[str, int]  # first word -> words in the longest key starting with it
    version: str
    # last name -> entries of the dictionary people who bear it, when they all share one
    # country ("mugabe"); used only after a title ("President Mugabe")
    surnames: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    # "first last" of dictionary people with middle names ("carlos menem"), same condition
    first_last: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    agent_words: frozenset[str] = frozenset()  # every word of every sector word
    # other cities (GeoNames, 100,000 people or more) -> ISO3: named as an actor, a city is
    # its people (PLOVER GSR convention), and it gives a phrase its country
    cities: dict[str, str] = field(default_factory=dict)
    # (first name, length of last name) -> (last name, middle names, entries) of dictionary
    # people named in two to four words: finds misspelt last names ("Laurent Gbago")
    spelling: dict[tuple[str, int], list[tuple[str, list[str], tuple[Entry, ...]]]] = \
        field(default_factory=dict)
    # members of a country's national parties, written with a capital ("republicans",
    # "democratic" -> USA; form ``party`` of the country files): a country only as written
    parties: dict[str, str] = field(default_factory=dict)


_PARENS = re.compile(r"\([^)]*\)")
_POSSESSIVE = re.compile(r"'s\b")
_DROP = re.compile(r"['.]")
_NONWORD = re.compile(r"[^\w]+")
_INITIAL = re.compile(r"(?<![.\w])[A-Za-z]\.(?=\s|$)")  # "J." in "Lloyd J. Austin", not "U.S."


@lru_cache(maxsize=200_000)
def norm(text: str, lower: bool = True) -> str:
    """Normalise a name for lookup: 'Iran’s Amir-Abdollahian' -> 'iran amir abdollahian'."""
    if lower:  # scans ask for both forms of a phrase: the work is then done once
        return norm(text, lower=False).lower()
    if text.isascii() and text.replace(" ", "").isalpha():  # most words: no regexes needed
        return " ".join([w for w in text.split() if w.lower() not in _SUFFIXES])
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    # each pattern needs a character that most phrases lack: test for it before the regex
    if "(" in text:
        text = _PARENS.sub(" ", text)
    dot, quote = "." in text, "'" in text
    if dot:
        text = _INITIAL.sub(" ", text)
    if quote:
        text = _POSSESSIVE.sub("", text)
    if dot or quote:
        text = _DROP.sub("", text)
    text = _NONWORD.sub(" ", text)
    # initials and generational suffixes vary between sources: "Lloyd J. Austin III"
    words = [w for w in text.split() if w.lower() not in _SUFFIXES]
    return " ".join(words)


def _is_acronym(raw: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", raw)
    return bool(letters) and letters.isupper() and len(letters) <= 6


def _date(raw: str) -> date | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise ConfigError(f"actor dictionary: bad date {raw!r}") from exc


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV (``#`` comment lines, then a header) or a YAML list of mappings."""
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(path.read_text("utf-8")) or []
        if not isinstance(data, list):
            raise ConfigError(f"{path}: expected a YAML list of entries")
        for item in data:
            if not isinstance(item, dict):
                raise ConfigError(f"{path}: each YAML entry must be a mapping")
            row = {str(k): "" if v is None else str(v) for k, v in item.items()}
            if isinstance(item.get("patterns"), list):
                row["patterns"] = "|".join(str(p) for p in item["patterns"])
            yield row
        return
    with open(path, encoding="utf-8") as fh:
        lines = (ln for ln in fh if not ln.startswith("#") and ln.strip())
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _origin_file(fname: str, row: dict[str, str]) -> str:
    """The Phoenix file a generated row came from (its source), else the file read."""
    source = (row.get("source") or "").strip()
    return source if source.startswith("Phoenix.") else fname


def _kind(code: str, fname: str, iso3: frozenset[str], name: str = "") -> str:
    if code in iso3:
        return "country"
    if "people" in fname:
        return "person"
    if fname == "Phoenix.Countries.actors.txt":
        # CountryInfo lists office holders after each country's names; organisations there
        # carry an organisation word in their name
        words = set(norm(name).split())
        return "group" if words & _ORG_WORDS or len(words) > 5 else "person"
    return "group"


def _initials_dropped(raw: str, key: str) -> bool:
    """"E. C. B. Jones", "P. J. Patterson": initials and a surname, which normalise to the
    bare surname; as a key it would name every Jones or Patterson (a Liberian minister for a
    U.S. witness). Such a person is found by a longer alias or not at all."""
    words = raw.split()
    return " " not in key and len(words) > 1 and all(
        len(w.strip(".")) == 1 for w in words[:-1])


class _Builder:
    def __init__(self, iso3: frozenset[str]) -> None:
        self.iso3 = iso3
        self.names: dict[str, list[Entry]] = {}
        self.acronyms: dict[str, list[Entry]] = {}
        self.max_len = 1

    def add_file(self, rows: Iterable[dict[str, str]], fname: str, default_origin: str) -> None:
        fresh: dict[str, list[Entry]] = {}
        fresh_acr: dict[str, list[Entry]] = {}
        for row in rows:
            code = (row.get("code") or "").strip().upper()
            code = iso_code(code)
            pats = [p.strip() for p in (row.get("patterns") or row.get("pattern") or "").split("|")]
            if not code or not any(pats):
                continue
            name = (row.get("name") or pats[0]).strip()
            origin = (row.get("origin") or default_origin).strip()
            entry = Entry(name, code, _date(row.get("start") or ""), _date(row.get("end") or ""),
                          (row.get("role") or "").strip(), origin,
                          (row.get("source") or fname).strip(),
                          (row.get("kind") or _kind(code, _origin_file(fname, row),
                                                    self.iso3, name)).strip())
            for raw in pats:
                key = norm(raw)
                if not key or (entry.kind == "person" and _initials_dropped(raw, key)):
                    continue
                if key in _STOP or _is_acronym(raw):
                    fresh_acr.setdefault(norm(raw, lower=False).upper(), []).append(entry)
                    if key in _STOP or len(key) <= 2:
                        continue  # "US", "WHO", "IS": only as written in capitals
                fresh.setdefault(key, []).append(entry)
                self.max_len = max(self.max_len, key.count(" ") + 1)
        # a later file replaces, pattern by pattern, what earlier files said
        superseded: set[tuple[str, str]] = set()
        for key, entries in fresh.items():
            if any(e.kind == "person" for e in entries):
                old = [e for e in self.names.get(key, ()) if e.origin == "phoenix"]
                superseded |= {(e.name, e.source) for e in old}
                entries = entries + _history(old, entries)
            self.names[key] = entries
        if superseded:
            self._drop(superseded)
        for key, entries in fresh_acr.items():
            self.acronyms[key] = entries


    def _drop(self, superseded: set[tuple[str, str]]) -> None:
        """A curated person replaces every alias of the Phoenix block it matched: Phoenix
        (2014) leaves terms open ("President Barack Obama" -> USAGOV from 2009)."""
        for table in (self.names, self.acronyms):
            for key in [k for k, v in table.items()
                        if all((e.name, e.source) in superseded for e in v)]:
                del table[key]


def _history(old: list[Entry], new: list[Entry]) -> list[Entry]:
    """Phoenix's dated offices that ended before a curated person's first dated office: the
    curated file starts in 2015, Phoenix knows the 1990s ("Alassane Ouattara", prime
    minister of Ivory Coast 1990-1993)."""
    starts = [e.start for e in new if e.start is not None]
    if not starts:
        return []
    first = min(starts)
    return [e for e in old if e.end is not None and e.end < first]


def _plurals(word: str) -> list[str]:
    irregular = {"man": "men", "woman": "women", "person": "people", "child": "children",
                 "chief": "chiefs", "staff": "staff", "police": "police", "media": "media",
                 "people": "people", "militia": "militias", "authorities": "authorities"}
    if word in irregular:
        return [irregular[word]]
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es", word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def _agents(files: Iterable[Path]) -> dict[str, str]:
    agents: dict[str, str] = {}
    for path in files:
        for row in read_rows(path):
            key, code = norm(row.get("pattern", "")), (row.get("code") or "").strip().upper()
            if not key or not code:
                continue
            if row.get("origin") == "ngec":  # PLOVER spelling -> CAMEO spelling
                code = code.replace("MED", "HLH").replace("JRN", "MED")
            head, _, last = key.rpartition(" ")
            forms = [key] + [f"{head} {p}".strip() for p in _plurals(last)]
            for form in forms:
                if path.parent.name == "curated" or form not in agents:
                    agents[form] = code
    return agents


def _countries(files: Iterable[Path]) -> tuple[dict[str, str], dict[str, str], dict[str, str],
                                               frozenset[str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    parties: dict[str, str] = {}
    cities: dict[str, str] = {}
    plural: set[str] = set()
    proper: set[str] = set()
    acronyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for path in files:
        for row in read_rows(path):
            iso3, form, raw = row["iso3"].strip().upper(), row["form"].strip(), row["text"]
            key = norm(raw)
            if key.startswith("the ") and not (form == "capital" and " " not in key[4:]):
                key = key[4:]  # a capital "The Valley" keeps its article: "valley" is a word
            if not key or not iso3:
                continue
            if form == "party":  # never a country name: a lower-case "democratic" is none
                parties[key] = iso3
                continue
            if form == "demonym" and key.endswith("s"):
                plural.add(key)
            elif form == "name":
                proper.add(key)
            if form == "capital":
                capitals[key] = iso3
            elif form == "city":
                cities[key] = iso3
            elif key in _STOP or (len(key) <= 3 and _is_acronym(raw)):
                acronyms[norm(raw, lower=False).upper()] = iso3
            elif key not in names or path.parent.name == "curated":
                names[key] = iso3
    cities = {k: v for k, v in cities.items()
              if k not in names and k not in capitals and k not in _STOP}
    return names, acronyms, capitals, frozenset(plural - proper), cities, parties


def build_kb(user_files: tuple[str, ...] = ()) -> KB:
    """Compile the shipped files and then ``user_files`` (TSV or YAML, same columns)."""
    cnames, cacr, capitals, peoples, cities, parties = _countries(
        DATA / f for f in COUNTRY_FILES)
    iso3 = frozenset(cnames.values()) | frozenset(capitals.values())
    builder = _Builder(iso3)
    for fname in ACTOR_FILES:
        builder.add_file(read_rows(DATA / fname), fname, "curated-2026")
    user_agents: list[Path] = []
    for raw in user_files:
        path = Path(raw)
        if not path.is_file():
            raise ConfigError(f"actor dictionary not found: {path}")
        rows = list(read_rows(path))
        if rows and "pattern" in rows[0] and "patterns" not in rows[0] and "name" not in rows[0]:
            user_agents.append(path)  # a sector-word file
            continue
        builder.add_file(({**r, "origin": r.get("origin") or "user"} for r in rows),
                         path.name, "user")
    agents = _agents([*(DATA / f for f in AGENT_FILES), *user_agents])
    version = _version()
    cities = _unlike_people(cities, builder.names, agents)
    first_len: dict[str, int] = {}
    for table in (builder.names, cnames, capitals, agents, cities):
        for key in table:
            words = key.split()
            if words and len(words) > first_len.get(words[0], 0):
                first_len[words[0]] = len(words)
    surnames = _surnames(builder.names, cnames, capitals, agents)
    first_last = _name_index(builder.names, lambda w: f"{w[0]} {w[-1]}" if len(w) > 2 else "")
    names = {k: tuple(v) for k, v in builder.names.items()}
    return KB(
        surnames=surnames, first_last=first_last, spelling=_spelling(names),
        agent_words=frozenset(w for k in agents for w in k.split()),
        names=names,
        acronyms={k: tuple(v) for k, v in builder.acronyms.items()},
        countries=cnames, country_acronyms=cacr, capitals=capitals, peoples=peoples,
        cities=cities, parties=parties,
        agents=agents,
        iso3=iso3, max_len=min(builder.max_len, 12), first_len=first_len, version=version,
    )


@cache
def country_name_keys() -> frozenset[str]:
    """The normalised country names of the shipped countries files (form ``name``: "chad",
    "jordan", "israel"), without their demonyms, capitals, cities and regions."""
    keys = set()
    for fname in COUNTRY_FILES:
        for row in read_rows(DATA / fname):
            key = norm(row["text"])
            if row["form"].strip() == "name" and key:
                keys.add(key[4:] if key.startswith("the ") else key)
    return frozenset(keys)


def _spelling(names: dict[str, tuple[Entry, ...]],
              ) -> dict[tuple[str, int], list[tuple[str, list[str], tuple[Entry, ...]]]]:
    index: dict[tuple[str, int], list[tuple[str, list[str], tuple[Entry, ...]]]] = {}
    for key, entries in names.items():
        if " " not in key or any(e.kind != "person" for e in entries):
            continue
        words = key.split()
        if len(words) <= 4 and len(words[-1]) >= 4:
            index.setdefault((words[0], len(words[-1])), []).append(
                (words[-1], words[1:-1], entries))
    return index


def _unlike_people(cities: dict[str, str], names: dict[str, list[Entry]],
                   agents: dict[str, str]) -> dict[str, str]:
    """Cities whose name is no dictionary key and no word of a dictionary person's name
    ("Jackson", "Norman" are surnames and first names before they are cities)."""
    person_words = {w for entries in names.values() for e in entries if e.kind == "person"
                    for w in norm(e.name).split()}
    return {k: v for k, v in cities.items()
            if all(e.kind == "country" and e.code == v for e in names.get(k, ()))
            and k not in agents and k not in person_words}


def _name_index(names: dict[str, list[Entry]], key_of: Callable[[list[str]], str],
                *taken: dict[str, str]) -> dict[str, tuple[Entry, ...]]:
    """A short form of each dictionary person's canonical name (``key_of`` its words) ->
    that person's entries, kept only when every bearer has the same country prefix and the
    short form is no other key."""
    found: dict[str, set[Entry]] = {}
    for entries in names.values():
        for e in entries:
            key = key_of(norm(e.name).split()) if e.kind == "person" else ""
            if key:
                found.setdefault(key, set()).add(e)
    out: dict[str, tuple[Entry, ...]] = {}
    for key, flat in found.items():
        if key in _STOP or key in names or any(key in t for t in taken):
            continue
        if len({e.code[:3] for e in flat}) == 1:
            out[key] = tuple(sorted(flat, key=lambda e: (e.name, e.start or date.min)))
    return out


def _surnames(names: dict[str, list[Entry]], *taken: dict[str, str],
              ) -> dict[str, tuple[Entry, ...]]:
    """Last word of each dictionary person's name (four letters or more) -> entries."""
    return _name_index(names, lambda w: w[-1] if len(w) > 1 and len(w[-1]) >= 4 else "",
                       *taken)


def _version() -> str:
    readme = DATA / "README.md"
    if readme.is_file():
        m = re.search(r"^Version:\s*(\S+)", readme.read_text("utf-8"), re.M)
        if m:
            return m.group(1)
    return "unknown"


def load_kb(user_files: tuple[str, ...] = ()) -> KB:
    """The compiled knowledge base, built once per process and set of user files, and again
    when a user file changes (size or modification time, as Python checks its own bytecode):
    an analyst editing an override file sees the edit in a running process, and every
    resolution cache, keyed on the knowledge base object, starts afresh with it."""
    if not user_files:
        return _shipped()
    return _with_user_files(user_files, tuple(_stamp(f) for f in user_files))


@cache
def _shipped() -> KB:
    return build_kb(())


@lru_cache(maxsize=8)  # a few versions of a few override files; the shipped KB stays apart
def _with_user_files(user_files: tuple[str, ...], stamps: tuple[tuple[int, int], ...]) -> KB:
    return build_kb(user_files)


def _stamp(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)  # build_kb reports the missing file
    return (st.st_mtime_ns, st.st_size)


def iso_code(code: str) -> str:
    """Phoenix's non-ISO country prefixes read as ISO 3166 alpha-3 (``TMP`` -> ``TLS``,
    ``ANG`` -> ``AGO``, ``KSV`` -> ``XKX``), also after a body prefix (``NGOTMPHRI``)."""
    code = _PREFIX_ALIASES.get(code[:3], code[:3]) + code[3:]
    if code[:3] in _BODIES and code[3:6] in _PREFIX_ALIASES:
        code = code[:3] + _PREFIX_ALIASES[code[3:6]] + code[6:]
    return code


def code_country(code: str | None, iso3: frozenset[str]) -> str | None:
    """``IRNGOV`` -> ``IRN``; an NGO or company with a home country (CAMEO ``NGOGBRHRI``,
    ``MNCUSA``) -> that country; IGOs, other NGOs and regional codes -> ``None``."""
    if code and code[:3] in iso3:
        return code[:3]
    if code and code[:3] in ("NGO", "MNC") and code[3:6] in iso3:
        return code[3:6]
    return None


@lru_cache(maxsize=8192)  # asked for nearly every resolution; a few thousand codes recur
def code_sector(code: str | None, iso3: frozenset[str]) -> str | None:
    """The first sector of a CAMEO code, in PLOVER spelling (``IRNGOVMIL`` -> ``GOV``)."""
    if not code:
        return None
    head = code[:3]
    if head == "NGO":
        return "NGO"
    if head == "IMG":
        return "REB"
    if head == "MNC":
        return "BUS"
    rest = code[6:] if head == "IGO" else code[3:] if (head in iso3 or len(code) > 3) else ""
    chunks = [rest[i:i + 3] for i in range(0, len(rest) - 2, 3)]
    for k, chunk in enumerate(chunks):
        if chunk in SECTORS:
            if chunk == "GOV" and chunks[k + 1:k + 2] == ["LEG"]:
                return "LEG"  # CAMEO's legislature within government is PLOVER's LEG
            return CAMEO_TO_PLOVER.get(chunk, chunk)
    if any(chunk in _RELIGIONS for chunk in chunks):  # "LBNCHR": Lebanese Christians
        return "REL"
    return None


def with_country(actor: Actor, country: str, iso3: frozenset[str], why: str,
                 agent: str | None = None) -> Actor:
    """``actor``, known only by its kind (a ``---`` code or none), given the country
    ``country``: the code becomes the country plus the role part of the old code (or
    ``agent``), the sector stays or is read from the new code, and ``why`` joins the
    evidence. The one way every stage places an unplaced actor."""
    old = actor.code or ""
    code = country + ((old[3:] if old.startswith("---") else "") or agent or "")
    return replace(actor, country=country, code=code,
                   sector=actor.sector or code_sector(code, iso3),
                   evidence=(*actor.evidence, why))
