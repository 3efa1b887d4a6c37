"""Which dictionary person a name means on a date: office terms and their ranges, titles
that name an office the person held or had not yet taken, and surnames that a title, a
demonym or an appositive written with them contradicts. Used by :mod:`tidings.actors.resolve`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from tidings.actors.kb import IMPORTED_ORIGINS, KB, Entry, code_country, code_sector, norm
from tidings.actors.rules import rules
from tidings.actors.scanner import Scan, one_edit, person_name, pick, scan
from tidings.records import Actor

__all__ = ["by_title", "city_namesake", "clashes", "entry_actor", "given_name_clash",
           "other_names", "range_of",
           "surname_bearers",
           "surname_contradicted", "surname_only", "title_out_of_date", "title_word",
           "titled_out_of_office", "titled_surname", "weaker_than"]

_LEADING = rules().leading_words
_FORMER = rules().former_words
_GENERIC = rules().generic_heads
_TITLE_WORDS = rules().honorifics | rules().bare_titles
_GIVEN_FORMS = rules().given_name_forms

def entry_actor(kb: KB, entry: Entry, when: str, key: str, on: date) -> Actor:
    country = code_country(entry.code, kb.iso3)
    name = person_name(kb, entry.name) if entry.kind == "person" else entry.name
    why = (f"dictionary: '{key}' -> {entry.code} ({entry.origin}, {entry.source}"
           f"{range_of(entry)})")
    words = key.split()
    if key not in kb.names and key not in kb.surnames and key.upper() not in kb.acronyms \
            and f"{words[0]} {words[-1]}" not in kb.first_last:
        why += f"; '{key}' taken as a misspelling of '{entry.name}'"
    if when == "after" and entry.kind == "person":
        code = f"{country}ELI" if country else entry.code
        return Actor(name, country, code, "ELI", f"former {entry.role}".strip(),
                     (why, f"not in office on {on.isoformat()}: former official (ELI)"))
    if when == "before" and entry.kind == "person":
        sector = code_sector(entry.code, kb.iso3)
        return Actor(name, country, entry.code if sector else country, sector, None,
                     (why, f"role out of date: not yet in that office on {on.isoformat()}; "
                           f"country and the person's general sector kept"))
    return Actor(name, country, entry.code, code_sector(entry.code, kb.iso3),
                 entry.role or None, (why,))


def range_of(entry: Entry) -> str:
    if entry.start is None and entry.end is None:
        return ""
    a = entry.start.isoformat() if entry.start else "…"
    b = entry.end.isoformat() if entry.end else "…"
    return f", valid {a}..{b}"


@cache
def surname_bearers(kb: KB) -> dict[str, tuple[tuple[Entry, ...], ...]]:
    """Last name -> the dictionary people bearing it (each as its rows), whatever their
    countries: the knowledge base's own surname index keeps only names of one country."""
    people: dict[str, dict[str, list[Entry]]] = {}
    for entries in kb.names.values():
        for e in entries:
            words = norm(e.name).split() if e.kind == "person" else ()
            if len(words) > 1 and len(words[-1]) >= 4:
                rows = people.setdefault(words[-1], {}).setdefault(norm(e.name), [])
                if e not in rows:
                    rows.append(e)
    return {k: tuple(tuple(r) for r in v.values()) for k, v in people.items()}


def titled_surname(kb: KB, text: str, on: date, titled: Actor) -> Actor | None:
    """"Senator Collins" when people of several countries are called Collins: the one
    dictionary person of that surname whose office on the date has the title's sector (none
    when two or more fit, or when the title alone is not all the words before the name)."""
    words = text.split()
    last = words[-1].strip(".,")
    if len(words) < 2 or not (last[:1].isupper() and last.isalpha()):
        return None
    if not all(title_word(kb, w) for w in words[:-1]):
        return None  # "Planning Minister Karim Haddad": a first name, another person
    title = scan(kb, " ".join(words[:-1]), on)
    if title.agent is None or title.country is not None or title.entry is not None:
        return None
    fit, unsure = [], False
    for rows in surname_bearers(kb).get(norm(last), ()):
        entry, when = pick(rows, on)
        if entry is None or when:
            continue
        sector = code_sector(entry.code, kb.iso3)
        unsure |= sector is None  # "UN Secretary-General": an office the code does not say
        if sector == titled.sector:
            fit.append(entry)
    if len(fit) != 1 or unsure:
        return None
    actor = entry_actor(kb, fit[0], "", norm(fit[0].name), on)
    return replace(actor, evidence=(*actor.evidence, f"title '{titled.role}' + surname "
                                    f"'{last}': the only {titled.sector} of that name on "
                                    f"{on.isoformat()}"))


def title_word(kb: KB, word: str) -> bool:
    key = norm(word)
    return key in _TITLE_WORDS or key in _LEADING or key in kb.agents or key in kb.agent_words


def title_out_of_date(kb: KB, entry: Entry, when: str, text: str, on: date) -> Actor | None:
    """"President Bush" is itself a dictionary alias: out of office on ``on``, the title
    written in the phrase gives the sector, the dictionary the (stable) country."""
    words = norm(text).split()
    agent, agent_key = "", ""
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in kb.agents and key not in _GENERIC:
                agent, agent_key = kb.agents[key], key
        if agent:
            break
    country = code_country(entry.code, kb.iso3)
    if not agent or agent == "ELI" or country is None or any(w in _FORMER for w in words):
        return None
    code = country + agent
    return Actor(person_name(kb, entry.name), country, code, code_sector(code, kb.iso3),
                 agent_key,
                 (f"dictionary: '{norm(text)}' -> {entry.code} ({entry.origin}, "
                  f"{entry.source}{range_of(entry)}), role out of date on {on.isoformat()}",
                  f"title in the text: '{agent_key}' -> {code}"))


def surname_only(kb: KB, key: str) -> bool:
    return key in kb.surnames and key not in kb.names


def clashes(kb: KB, entry: Entry, country: str | None, sector: str | None, on: date) -> bool:
    """Whether a written country or sector disagrees with the entry's office on ``on``."""
    own_country = code_country(entry.code, kb.iso3)
    if country is not None and own_country is not None and country != own_country:
        return True
    if sector is None or sector == "ELI" or not entry.valid_on(on):
        return False  # an out-of-office title is read by titled_out_of_office instead
    own = code_sector(entry.code, kb.iso3)
    return own is not None and own != sector


def given_name_clash(kb: KB, entry: Entry, key: str, text: str) -> bool:
    """"Barry Bennett", "Jay Carney", "Gov. Nathan Deal", "Charles Chamberlain": a person's
    one-word alias (a surname, a monarch's name) matched inside a longer name is a namesake
    when a given name written before it is none of that person's names (nor a familiar form
    of one), or when a capitalised name word follows it (the alias was a given name)."""
    if entry.kind != "person" or " " in key:
        return False
    cased = norm(text, lower=False).split()
    words = [w.lower() for w in cased]
    if key not in words:
        return False
    i = len(words) - 1 - words[::-1].index(key)
    if i + 1 < len(words):
        after = words[i + 1]
        # a capital ending the name is its last name ("Kerry Washington"); one with more
        # capitalised words after it is a title line's place ("Kerry Washington Visit")
        place = after in kb.capitals and (i + 2 < len(words) and cased[i + 2][:1].isupper())
        return cased[i + 1][:1].isupper() and not title_word(kb, after) \
            and after not in kb.countries and not place
    given = []
    for j in range(i - 1, -1, -1):
        # a civilian's word opening the name is a given name ("Hunter Biden"); inside a run
        # of capitalised words (a headline: "Biden Admin Hostage Deal") it stays a noun, but
        # a span NER opened with a title line's verb ("Praise Hunter Biden") starts after it
        first = j == 0 or not cased[j - 1][:1].isupper() \
            or (j == i - 1 == 1 and not title_word(kb, words[0]))
        titled = title_word(kb, words[j]) and not (first and _civilian(kb, words[j]))
        if not cased[j][:1].isupper() or titled or words[j] in kb.countries \
                or words[j] in kb.capitals or (cased[j].isupper() and len(cased[j]) <= 3):
            break  # "AG Mukasey": an abbreviated title, no given name
        if len(words[j]) > 1:  # an initial ("T. Scott") fits any given name
            given.append(words[j])
    if not given:
        return False
    known = _name_words(kb).get(norm(entry.name), frozenset())
    return not any(_same_given(g, known) for g in given)


def city_namesake(kb: KB, entry: Entry, key: str, text: str) -> bool:
    """"Dallas Mavericks", "Detroit Tigers": a state's group (``FRAREB``) from an imported
    dictionary whose one-word alias follows, in one capitalised name, a city of another
    country is a namesake (a team or a local body named after its city), not that group.
    Imported rows only: Phoenix's non-state groups are mostly historic ones with common-word
    aliases, while the curated groups are the ones today's news names, and they act abroad
    ("Sidon Hamas officials", "Homs Hezbollah commanders")."""
    if entry.kind != "group" or " " in key or entry.code[:3] not in kb.iso3 \
            or entry.origin not in IMPORTED_ORIGINS:
        return False
    cased = norm(text, lower=False).split()
    words = [w.lower() for w in cased]
    if key not in words[1:]:
        return False
    i = words.index(key, 1)
    city = kb.cities.get(words[i - 1])
    return city is not None and city != entry.code[:3] and cased[i - 1][:1].isupper()


def _civilian(kb: KB, word: str) -> bool:
    """A civilian's sector word that is no title ("Hunter Biden", "Hunter" is also CVL): a
    civilian noun cannot be the office of a dictionary person, so it is read as a given name."""
    key = norm(word)
    return key not in _TITLE_WORDS and key not in _LEADING and kb.agents.get(key) == "CVL"


def other_names(kb: KB, words: set[str], person: str) -> bool:
    """Whether ``words`` (a name written in the article) hold a name word, not an initial,
    that is none of the dictionary person ``person``'s names nor a familiar form of one
    ("Melania Trump" is not Donald Trump)."""
    known = _name_words(kb).get(norm(person), frozenset(norm(person).split()))
    return any(len(w) > 1 and not _same_given(w, known) for w in words)


def _same_given(word: str, known: frozenset[str]) -> bool:
    if word in known or any(f in known for f in _GIVEN_FORMS.get(word, ())):
        return True
    # ben/benjamin; a misspelt given name ("Vladmir") is still the person's
    return len(word) >= 3 and any(len(k) >= 3 and (
        k.startswith(word) or word.startswith(k) or (len(k) >= 5 and one_edit(word, k)))
        for k in known)


@cache
def _name_words(kb: KB) -> dict[str, frozenset[str]]:
    """Canonical person name -> every word of every key naming that person (aliases, first
    names, transliterations), built once per knowledge base."""
    found: dict[str, set[str]] = {}
    for key, entries in kb.names.items():
        for e in entries:
            if e.kind == "person":
                name = norm(e.name)
                found.setdefault(name, set(name.split())).update(key.split())
    return {k: frozenset(v) for k, v in found.items()}


def surname_contradicted(kb: KB, entry: Entry, key: str, found: Scan, on: date) -> bool:
    """"Iranian deputy minister Mr. Amini", "German diplomat Schultz": a bare surname is
    weak evidence, so the one dictionary person of that surname is not the one meant when
    the words written with it give another country or sector."""
    if entry.kind != "person" or not surname_only(kb, key) or found.former:
        return False
    sector = code_sector(f"---{found.agent}", kb.iso3) if found.agent else None
    return clashes(kb, entry, found.country, sector, on)


def weaker_than(kb: KB, head: str, known: Actor, described: Actor, on: date) -> bool:
    """"Mr. Schultz, a German diplomat": the appositive outweighs a surname-only match."""
    found = scan(kb, head, on)
    if found.entry is None or found.entry.kind != "person" \
            or not surname_only(kb, found.entry_key):
        return False
    if described.country is None and described.sector is None:
        return False
    entry, _ = pick(kb.surnames[found.entry_key], on)
    return entry is not None and known.code == entry.code \
        and clashes(kb, entry, described.country, described.sector, on)


def titled_out_of_office(kb: KB, entry: Entry, when: str, found: Scan,
                          on: date) -> Actor | None:
    """"President Bush" on a date the dictionary has him out of office: the title written in
    the article is better evidence of his office then than the dictionary's dates."""
    out_of_office = bool(when) or code_sector(entry.code, kb.iso3) == "ELI"
    if not out_of_office or entry.kind != "person" or not found.agent or found.former \
            or found.entry_then_agent or found.agent == "ELI":
        return None
    country = found.country or code_country(entry.code, kb.iso3)
    if country is None:
        return None
    code = country + found.agent
    return Actor(person_name(kb, entry.name), country, code, code_sector(code, kb.iso3),
                 found.agent_key,
                 (f"dictionary: '{found.entry_key}' -> {entry.code} ({entry.origin}, "
                  f"{entry.source}{range_of(entry)}), not valid on {on.isoformat()}",
                  f"title in the text: '{found.agent_key}' -> {code}"))


def by_title(kb: KB, entries: tuple[Entry, ...], agent: str | None) -> tuple[Entry, ...]:
    """"Senator Sullivan" when the dictionary has a senator and an adviser of that surname:
    the people whose office fits the written title (only when the entries name several
    people; one person's rows are left to the date)."""
    if agent is None or len(entries) < 2 or len({norm(e.name) for e in entries}) < 2:
        return entries
    sector = code_sector(f"---{agent}", kb.iso3)
    fit = tuple(e for e in entries if code_sector(e.code, kb.iso3) == sector)
    return fit or entries
