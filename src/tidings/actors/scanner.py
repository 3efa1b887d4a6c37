"""Scanning a phrase for dictionary names, countries, places and sector words.

:func:`scan` walks the normalised words of a phrase left to right and takes the longest
dictionary match at each word (:func:`_match_at`): capital, country or region, city, a
dictionary entry valid on the date (person, group, organisation), a sector word. The result
(:class:`Scan`) says which named actor heads the phrase, which country and which sector words
it carries; :mod:`tidings.actors.resolve` turns it into an :class:`~tidings.records.Actor`.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tidings.actors.kb import KB, ORIGIN_RANK, Entry, code_country, norm
from tidings.actors.rules import rules

__all__ = ["Scan", "one_edit", "person_name", "pick", "role_only", "scan"]

_LEADING = rules().leading_words
_FORMER = rules().former_words
_LOCATIVE = rules().locative_prepositions
_DIRECTIONAL = rules().directional_prepositions
_GENERIC = rules().generic_heads
_HONORIFICS = rules().honorifics
_PATRONYMIC = rules().patronymic_particles


class Scan(NamedTuple):  # immutable; built for every new phrase, 2x faster than a dataclass
    """What a left-to-right longest-match scan found in a phrase."""

    entry: Entry | None  # the best person/group/organisation named in it
    entry_key: str
    entry_final: bool  # nothing but sector words follow the name ("Hezbollah fighters")
    entry_then_agent: bool  # a sector word follows the name ("Taliban Foreign Ministry")
    country: str | None
    country_how: str  # "name" | "capital" | ""
    country_key: str
    agent: str | None  # CAMEO agent code of the (last) sector word
    agent_key: str
    former: bool
    last_people: bool = False  # the phrase ends with a people's name ("Iraqi Kurds")


def pick(entries: tuple[Entry, ...], on: date) -> tuple[Entry | None, str]:
    """The entry valid on ``on``: dated beats undated, then user > curated > phoenix."""

    def rank(e: Entry) -> tuple[int, int, date]:
        dated = int(e.start is not None or e.end is not None)
        return (dated, ORIGIN_RANK.get(e.origin, 2), e.start or date.min)

    if len(entries) == 1:  # most names: one entry, no ranking
        e = entries[0]
        if e.valid_on(on):
            return e, ""
        if e.end is not None and e.end < on:
            return e, "after"
        return (e, "before") if e.start is not None and e.start > on else (None, "")
    valid = [e for e in entries if e.valid_on(on)]
    if valid:
        return max(valid, key=rank), ""
    dated = [e for e in entries if e.end is not None and e.end < on]
    if dated:
        return max(dated, key=lambda e: e.end or date.min), "after"
    future = [e for e in entries if e.start is not None and e.start > on]
    if future:
        return min(future, key=lambda e: e.start or date.max), "before"
    return None, ""


def role_only(kb: KB, entry: Entry) -> bool:
    """A dictionary row for an office or a national institution written only with country,
    title and sector words ("The Us Secretary Of State"): not a named actor."""
    national = entry.kind == "person"
    return national and not person_name(kb, entry.name, keep_last=False)


def person_name(kb: KB, name: str, keep_last: bool = True) -> str:
    """Phoenix writes some people with their office ("Russian President Yeltsin", "The Us
    Secretary Of State"): the canonical name drops leading country, title and sector words
    (the office goes to ``role``)."""
    words = name.split()
    i = 0
    while i < len(words) - int(keep_last):
        w = norm(words[i])
        if not (w in kb.countries or w.upper() in kb.country_acronyms or w in kb.agent_words
                or w in _HONORIFICS
                or w in _LEADING or w in _ROLE_LINK):
            break
        i += 1
    return " ".join(words[i:]) if i else name


_ROLE_LINK = frozenset({"of", "for", "and"})


_ROLE_OBJECT = frozenset({"to", "for"})  # "Ambassador to the UN", "Envoy for Afghanistan"
_SPEAKING_FOR = rules().speaking_for  # "a spokesman for the Taliban" speaks for it


def _tokens(kb: KB, words: list[str], cased: list[str],
            on: date) -> list[tuple[int, int, str, object]]:
    """Longest matches, left to right: (start, end, type, value); type is capital, country,
    city (GeoNames), place (another Phoenix place pattern), entry, agent or unknown."""
    out: list[tuple[int, int, str, object]] = []
    i, n = 0, len(words)
    keys = _lookup_keys(kb)
    first_len, surnames = kb.first_len, kb.surnames
    while i < n:
        word = words[i]
        # most words start no key: the test _match_at begins with, without its call
        if word not in first_len and word not in surnames and not cased[i].isupper():
            found: tuple[int, int, str, object] = (i, i + 1, "unknown", None)
        else:
            found = _match_at(kb, words, cased, i, on, keys)
            if found[2] == "entry" and word in _HONORIFICS and i + 1 < n:
                # "Sheikh Tamim | bin Hamad Al Thani": an alias with a title must not cut a
                # longer name written after the title
                longer = _match_at(kb, words, cased, i + 1, on, keys)
                if longer[2] == "entry" and longer[1] > found[1]:
                    found = (i, i + 1, "unknown", None)
        if found[2] == "unknown" and out and out[-1][2] == "agent" and cased[i][:1].isupper():
            found = _misspelt(kb, words, i, on) or found  # "President Laurent Gbago"
        out.append(found)
        i = found[1]
    return out


def _match_at(kb: KB, words: list[str], cased: list[str], i: int,
              on: date, keys: frozenset[str]) -> tuple[int, int, str, object]:
    """The longest dictionary match starting at word ``i`` (or an unknown word); ``keys``:
    :func:`_lookup_keys`."""
    word, written = words[i], cased[i]
    first = kb.first_len.get(word, 0)
    # acronym keys are cased, so an unknown lower-case first word may still start one
    longest = first or (kb.max_len if written.isupper() else 0) or int(word in kb.surnames)
    if not longest:
        return (i, i + 1, "unknown", None)
    n = len(words)
    cap = written[:1].isupper()
    if cap and first:
        # "Omar Hassan al-Bashir": first and last name, see below (a first name is the first
        # word of some dictionary name, so other words start no longer match)
        longest = max(longest, min(n - i, 5))
    found: tuple[int, int, str, object] = (i, i + 1, "unknown", None)
    # after "bin"/"ibn" a name is the father's: "Tamim bin Hamad Al Thani" is not Hamad
    patronym = i > 0 and words[i - 1] in _PATRONYMIC
    # last words of the dictionary's "first last" names that start with this word: a run
    # longer than any key starting with it can only be one of those (or an acronym)
    lasts = _first_last_index(kb).get(word) if cap else None
    # a run whose first word ends in a lower-case letter is no acronym: no cased key needed
    maybe_acronym = not written[-1:].islower()
    ck, upper = "", False
    for j in range(min(n, i + longest), i, -1):
        # no lower-case key but a one-word surname has more words than the longest one
        # starting with this word (first_len)
        if j - i <= first or j == i + 1:
            key = " ".join(words[i:j])
            hit = key in keys
        else:
            key, hit = "", False
        if maybe_acronym:
            ck = " ".join(cased[i:j])
            upper = ck.isupper()
        if not hit and not upper and not (
                j - i >= 2 and lasts is not None and words[j - 1] in lasts):
            continue  # most word runs are in no table: every lookup below would miss
        if not key:
            key = " ".join(words[i:j])
        if key in kb.capitals:
            return (i, j, "capital", kb.capitals[key])
        iso = kb.countries.get(key) or (kb.country_acronyms.get(ck) if upper else None)
        if iso:
            return (i, j, "country", iso)
        if key in kb.cities and cap:  # "Nice", not "nice"
            return (i, j, "city", kb.cities[key])
        entries = kb.names.get(key) or (kb.acronyms.get(ck) if upper else None) \
            or (_first_last(kb, word, words[j - 1], cased[j - 1])
                if j - i >= 2 and cap else None)
        if entries and j == i + 1 and not cap and \
                entries[0].kind != "country":
            entries = None  # a one-word name written in lower case is a word: "car-borne"
        entry = pick(entries, on)[0] if entries and not patronym else None
        if entry is not None:
            # an office written as a person ("The Us Secretary Of State") counts as a
            # country plus a sector, like a breakaway region's code
            place = entry.kind == "country" or role_only(kb, entry)
            return (i, j, "place" if place else "entry", entry)
        if key in kb.agents:
            return (i, j, "agent", kb.agents[key])
        if j == i + 1 and key in kb.surnames and cap and not patronym:
            found = (i, j, "surname", kb.surnames[key])
    return found


@lru_cache(maxsize=8)
def _first_last_index(kb: KB) -> dict[str, frozenset[str]]:
    """First word -> last words of the dictionary's "first last" keys (``KB.first_last``),
    built once per knowledge base."""
    index: dict[str, set[str]] = {}
    for key in kb.first_last:
        head, _, last = key.partition(" ")
        index.setdefault(head, set()).add(last)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=8)
def _lookup_keys(kb: KB) -> frozenset[str]:
    """Every lower-case key :func:`_match_at` looks up, built once per knowledge base."""
    return frozenset().union(kb.names, kb.capitals, kb.countries, kb.cities, kb.agents,
                             kb.surnames)


def _misspelt(kb: KB, words: list[str], i: int, on: date) -> tuple[int, int, str, object] | None:
    """A dictionary person written after a title with the first name right and one letter
    wrong, missing, extra or swapped in a last name of five letters or more ("Abdelaziz
    Bouteflicka", "Juvenal Habyariman"). Only one candidate may fit."""
    index = kb.spelling
    for j in (i + 2, i + 3):
        if j > len(words):
            break
        last = words[j - 1]
        if len(last) < 5:
            continue
        middle = words[i + 1:j - 1]
        hits = [entries for n in (len(last) - 1, len(last), len(last) + 1)
                for other, mid, entries in index.get((words[i], n), ())
                if mid == middle and other != last and one_edit(last, other)]
        if len(hits) == 1:
            entry = pick(hits[0], on)[0]
            if entry is not None:
                return (i, j, "entry", entry)
    return None


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted, replaced or swapped letter
    (the first letter must agree)."""
    if a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = 0
    while k < len(short) and short[k] == long_[k]:
        k += 1
    return short[k:] == long_[k + 1:]


def _first_last(kb: KB, first: str, last: str, cased_last: str) -> tuple[Entry, ...] | None:
    """A dictionary person named by first and last name only, with other middle names or
    particles in the text ("Omar Hassan al-Bashir" for "Omar Hassan Ahmad Al Bashir")."""
    if not cased_last[:1].isupper():
        return None
    return kb.first_last.get(f"{first} {last}")


@lru_cache(maxsize=65_536)
def scan(kb: KB, text: str, on: date | None = None) -> Scan:
    """Longest-match scan of ``text`` for names, countries, capitals and sector words.

    Names are taken as of ``on`` (a pattern whose entries are all out of date is skipped).
    A place inside a personal name ("Feliciano Valencia"), a place after a locative word
    ("a park in Kabul": no metonymy) and the object of a role ("Ambassador to the UN") do
    not give the actor its country."""
    words = norm(text).split()
    cased = norm(text, lower=False).split()
    toks = _tokens(kb, words, cased, on or date.today())
    best: Entry | None = None
    best_key, best_at, entry_then_agent = "", -1, False
    country: str | None = None
    country_how = country_key = ""
    agent: str | None = None
    agent_key = ""
    seen_agent = False
    for k, (i, j, kind, value) in enumerate(toks):
        if kind == "unknown":  # a word of no table: nothing below applies
            continue
        key = words[i] if j == i + 1 else " ".join(words[i:j])
        prev = words[i - 1] if i else ""
        if kind == "agent" and value == "NON":
            continue  # Phoenix's non-actor words ("Monday", "power"): no sector, no actor
        if kind == "agent":
            if not (key in _GENERIC and agent is not None):  # "intelligence agency officer"
                agent, agent_key = str(value), key
            seen_agent = True
            entry_then_agent = best is not None
            continue
        if kind == "surname":  # a last name counts only after a title ("President Mugabe")
            if k == 0 or not isinstance(value, tuple) or (
                    toks[k - 1][2] != "agent" and words[i - 1] not in _HONORIFICS):
                continue
            kind, value = "entry", pick(value, on or date.today())[0]
        if kind == "unknown" or (prev in _ROLE_OBJECT and seen_agent and not (
                prev == "for" and agent_key in _SPEAKING_FOR)):
            continue
        if kind == "entry" and _other_person(toks, k, words, cased, value):
            continue
        if kind == "entry":
            assert isinstance(value, Entry)
            if best is not None and best_at == k - 1 and agent is None and \
                    len(best.code) > len(value.code) and best.code.startswith(value.code):
                # an office named before its holder: "UN Secretary-General (IGOUNOGOV)
                # Kofi Annan (IGOUNO)" -> the office's extra sector
                agent, agent_key = best.code[len(value.code):], best_key
            best, best_key, best_at, entry_then_agent = value, key, k, False
            continue
        if kind in ("place", "capital", "city") and _inside_name(toks, k, cased):
            continue
        if best is not None and best_at == k - 1 and best.kind == "group" and \
                code_country(best.code, kb.iso3) is not None:
            continue  # a national body's posting: "USAID/Iraq Mission Director" is American
        code = value.code if isinstance(value, Entry) else str(value)
        if country is not None:
            if kind == "place" and len(code) > 3 and agent is None:  # "Chile's Defense Dept"
                agent, agent_key = code[3:], key
            continue
        how = kind if kind in ("capital", "city") and prev not in _LOCATIVE else "name"
        if how == "city" and prev in _DIRECTIONAL:  # "a missionary from Calgary"
            how = "name"
        country, country_how, country_key = code[:3], how, key
        if len(code) > 3 and agent is None:  # "GEOPRE": a breakaway region
            agent, agent_key = code[3:], key
    # the rightmost name is the head ("CENTCOM's Gen. Frank McKenzie"); it only names the
    # actor if nothing but sector words follow it ("Hezbollah fighters")
    final = best is not None and all(t[2] == "agent" for t in toks[best_at + 1:])
    former = not _FORMER.isdisjoint(words)
    last = toks[-1] if toks else None
    last_people = last is not None and len(toks) > 1 and last[2] == "country" and \
        " ".join(words[last[0]:last[1]]) in kb.peoples
    return Scan(best, best_key, final, entry_then_agent, country, country_how, country_key,
                agent, agent_key, former, last_people)


def _other_person(toks: list[tuple[int, int, str, object]], k: int, words: list[str],
                  cased: list[str], value: object) -> bool:
    """A one-word dictionary alias ending a longer personal name whose other words are not
    the dictionary person's ("Qais Al-Muhammadawi Al-Abbasi" is not Shahid Khaqan Abbasi):
    someone else with the same surname."""
    i, j = toks[k][0], toks[k][1]
    if j - i != 1 or k == 0 or not isinstance(value, Entry) or value.kind != "person":
        return False
    p, _, kind, _ = toks[k - 1]
    if kind != "unknown" or not cased[p][:1].isupper() or len(words[p]) < 2:
        return False  # "Antony J. Blinken": an initial says nothing
    # the written name's other words, back to its start ("Vladimir Vladimirovich Putin" is
    # Putin: his first name is there)
    # ("Muhammad Buhari" is Muhammadu Buhari: a first name spelt otherwise shares its start)
    own = {w[:4] for w in norm(value.name).split() if len(w) > 2}
    n = k - 1
    while n >= 0 and toks[n][2] in ("unknown", "surname") and toks[n][1] - toks[n][0] == 1:
        if words[toks[n][0]][:4] in own:
            return False
        n -= 1
    # two words or fewer may be a relative's given names ("Maryam Nawaz Sharif" shares
    # her father's country); a longer name of its own is someone else
    return k - 1 - n >= 3


def _inside_name(toks: list[tuple[int, int, str, object]], k: int, cased: list[str]) -> bool:
    """A place match next to an unknown capitalised word is part of a personal name."""
    for n in (k - 1, k + 1):
        if 0 <= n < len(toks) and toks[n][2] == "unknown" and cased[toks[n][0]][:1].isupper():
            return True
    return False
