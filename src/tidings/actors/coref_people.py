"""The clustering's rules for people and descriptions (see :mod:`tidings.actors.coref`):
a person joins the entity of the same canonical name or an earlier person whose name holds
all its words; a description joins the most recent person whose role fits, else resolves on
its own; a short organisation or place name may be an earlier person's surname; in a
title line, subject, verb and a dictionary surname read by NER as one name leave the
surname alone (:func:`headline_object`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.strings import get_string_id

from tidings.actors.candidates import Candidate
from tidings.actors.coref_state import Ent, State, from_dictionary, group_entity
from tidings.actors.kb import KB, Entry, country_name_keys, norm, with_country
from tidings.actors.resolve import resolve_with, scan
from tidings.actors.resolve_people import given_name_clash, other_names, surname_only
from tidings.actors.rules import rules
from tidings.actors.scanner import pick
from tidings.actors.view import View
from tidings.records import Actor

__all__ = ["description_entity", "headline_object", "joined_titles", "own_title",
           "person_entity", "person_entry", "short_org_is_person", "titled_person"]

_ROLE_FAMILIES = rules().role_families
_APPOS = get_string_id("appos")
_SINGULAR = frozenset(get_string_id(t) for t in ("NN", "NNP"))
_PLURALS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))
_TITLES = rules().bare_titles
_DEFINITE = rules().definite_determiners


def person_entity(st: State, c: Candidate) -> Ent | None:
    name = st.chars(c.name_start, c.end)
    words = set(norm(name).split())
    actor = resolve_with(st.kb, c.query, st.on)
    if actor is not None and actor.country is not None and not from_dictionary(actor):
        actor = _country_in_name(st, c, name, actor)
    if actor is not None and _group_name(st, name, words):
        return group_entity(st, actor, "ORG")  # NER often calls "Houthis" or "Hamas" a person
    if actor is not None and c.query != name and c.query.endswith(name) and \
            from_dictionary(actor) and not words & set(norm(actor.name).split()):
        actor = _titled_member(st, c, name, actor)
    if actor is not None and from_dictionary(actor):
        ent = st.by_key.get(f"person:{actor.name}")
        if ent is None and len(words) == 1 and surname_only(st.kb, *words):
            namesake = _namesake(st, words)
            if namesake is not None:
                return namesake
        if ent is None:
            for prior in reversed(st.ents):  # "Qomi" resolved nowhere, then "Hassan Kazemi Qomi"
                if prior.kind == "person" and words and words <= prior.words and \
                        prior.actor.code is None:
                    if other_names(st.kb, prior.words, actor.name):
                        # "Ronald Cameron", then "Cameron": the namesake, not David Cameron;
                        # but with Donald Trump named in full, a later "Trump" is Donald
                        if words & st.named_in_full():
                            continue
                        return prior
                    ent = prior
                    break
        if ent is None:
            ent = st.new(actor, "person", f"person:{actor.name}")
        ent.words |= words | set(norm(actor.name).split())
        if ent.actor.code is None:
            ent.actor = actor
        return ent
    for prior in reversed(st.ents):
        if prior.kind == "person" and words and words <= prior.words:
            if actor is not None:  # "Gia" after "Tran Xuan Gia", now "Vietnamese minister Gia"
                _lend_country(st, prior, actor.country, None, c.query)
            return prior
    if actor is None:
        actor = Actor(name, None, None, None, None, ("unresolved person name",))
    elif actor.name != name:
        how = "appositive" if any(e.startswith("appositive") for e in actor.evidence) else "title"
        evidence = actor.evidence if how == "appositive" else (f"title: '{c.query}'",
                                                               *actor.evidence)
        actor = replace(actor, name=name, role=actor.role or c.query, evidence=evidence)
    ent = st.new(actor, "person", None)
    ent.words |= words
    return ent


def headline_object(st: State, c: Candidate) -> Candidate:
    """"Senators Urge Blinken to ...", "Thousands Cheer Erdogan", "Biden Taps Sullivan": in
    a title line, a plural noun or a dictionary surname, one capitalised word and a dictionary
    person's surname are subject, verb and object; NER's name took the verb as a given name.
    The surname alone is then the name, unless the word before it is a name of one of the
    people of that surname ("Hunter Biden" opening a title stays whole: no subject before
    it)."""
    last = c.end - 1
    verb, subj = last - 1, last - 2
    line = st.text.find("\n")
    if subj < 0 or c.name_start > verb or (line >= 0 and st.idx[c.start] > line):
        return c  # the title line only (or a text of one line)
    entries = _person_alias(st.kb, norm(st.chars(last, c.end)))
    if not entries or not (st.chars(subj, subj + 1)[:1].isupper() and
                           st.chars(verb, last)[:1].isupper()):
        return c
    word = st.chars(subj, verb)
    # title case hides plurals from the tagger ("Colleagues" NNP): a final s counts too
    plural = st.v.tag[subj] in _PLURALS or (word.endswith("s") and not word.endswith("ss"))
    if not plural and not _person_alias(st.kb, norm(word)):
        return c
    written = {norm(st.chars(verb, last))}
    if not all(other_names(st.kb, written, e.name) for e in entries):
        return c  # "U.S. Senators Dan Sullivan": a given name of one of them
    return c._replace(start=last, name_start=last, query=st.chars(last, c.end))


def _person_alias(kb: KB, key: str) -> tuple[Entry, ...]:
    """The dictionary people a one-word ``key`` names: an alias ("Blinken") or a surname
    shared within one country ("Sullivan"); empty when it names none."""
    if " " not in key and key in _person_keys(kb):
        return tuple(e for e in kb.names[key] if e.kind == "person")
    return kb.surnames.get(key, ())


def _namesake(st: State, words: set[str]) -> Ent | None:
    """"Ruth Compton, a teacher", then "Ms. Compton": a bare surname that only the surname
    index gives a dictionary person is the article's own person of that name when an earlier
    full name with it matched no dictionary person (had it been that person, the full name
    would have matched)."""
    if any(e.kind == "person" and words <= e.words and from_dictionary(e.actor)
           for e in st.ents):
        return None  # a dictionary person of that surname is in the article: ambiguous
    for prior in reversed(st.ents):
        if prior.kind == "person" and words < prior.words and not from_dictionary(prior.actor):
            return prior
    return None


def _country_in_name(st: State, c: Candidate, name: str, actor: Actor) -> Actor | None:
    """"Chad Connelly", "Mary Jordan Reyes", "Cuba Gooding", "Mark Cuban": a country's name
    written as a person's first or middle name, or a country word as the last, is part of
    the name and no country of the person (a demonym in front, "Afghan Ahmad Shah", still
    is); only the title or appositive written with the name is resolved."""
    found = scan(st.kb, name, st.on)
    if found.country is None or found.agent is not None or (
            found.entry is not None and
            not given_name_clash(st.kb, found.entry, found.entry_key, name)):
        return actor  # "Kerry Washington": "Kerry" clashes, so the capital is the last name
    key, words = found.country_key.split(), norm(name).split()
    n = len(key)
    at = [i for i in range(len(words) - n + 1) if words[i:i + n] == key]
    if len(words) <= n or not at or not (at[-1] == len(words) - n or (
            found.country_key in country_name_keys())):
        return actor
    # the title before the name, or the appositive after it ("X, the investor")
    rest = c.query.replace(name, " ", 1).strip(" ,") if name in c.query else ""
    titled = resolve_with(st.kb, rest, st.on) if rest else None
    why = f"'{found.country_key}' is part of the name, not the person's country"
    return replace(titled, evidence=(*titled.evidence, why)) if titled is not None else None


def _titled_member(st: State, c: Candidate, name: str, actor: Actor) -> Actor:
    """"House Foreign Affairs Committee Chairman Michael McCaul": the dictionary matched the
    title's organisation, not the person. He keeps his own name; the organisation gives code,
    country and sector, the title written before the name becomes his role."""
    found = scan(st.kb, c.query, st.on)
    if found.entry is None or found.entry.kind != "group":
        return actor
    title = c.query[:-len(name)].strip(" ,")
    return replace(actor, name=name, role=title or actor.role, evidence=(
        f"title: '{title}' names the organisation '{actor.name}' (code, country, sector); "
        f"the person keeps the name written in the text", *actor.evidence))


def titled_person(st: State, c: Candidate, actor: Actor) -> Candidate | None:
    """"USAID Administrator Samantha Power" tagged ORG: a title and a dictionary person's
    full name after it. The candidate as that person's titled name (so that "the
    Administrator" later finds her), or None."""
    if c.label != "ORG" or not from_dictionary(actor):
        return None
    n = len(actor.name.split())
    start = c.end - n
    if n < 2 or start <= c.start or norm(st.chars(start, c.end)) != norm(actor.name) \
            or not person_entry(st, actor.name, actor):
        return None
    return c._replace(kind="name", label="PERSON", name_start=start)


def joined_titles(v: View, cands: list[Candidate]) -> Iterator[Candidate]:
    """The candidates, with a bare title joined to a titled name by "and" ("The
    Administrator and Executive Director Lowe") as a definite description of its own before
    the name's candidate: it refers back to whoever last bore that title."""
    for c in cands:
        if c.label == "PERSON" and " and " in c.query and own_title(c.query) != c.query:
            title = _title_tokens(v, c)
            if title is not None:
                a, b = title
                yield Candidate(a, b, "description", v.chars(a, b), "CHUNK", c.subject, c.sent)
        yield c


def _title_tokens(v: View, c: Candidate) -> tuple[int, int] | None:
    """Tokens of the bare title before the "and" in front of titled name ``c`` (without
    its determiner), or None when the text does not read so."""
    want = norm(c.query.partition(" and ")[0])
    for k in range(c.start - 1, max(c.start - 8, 0), -1):
        if v.lower(k) != "and":
            continue
        for a in range(k - 1, max(k - 5, -1), -1):
            if norm(v.chars(a, k)) == want:
                return (a + 1, k) if v.lower(a) in _DEFINITE else (a, k)
        return None
    return None


def own_title(query: str) -> str:
    """The words of a titled name that are the person's: "The Administrator and Executive
    Director Lowe" joins two people, so a bare title before "and" is the other one's (the
    candidate finder reads the whole as one titled name); "Minister of Trade and Industry
    Lowe" is one title."""
    before, sep, after = query.partition(" and ")
    words = norm(before).split()
    if sep and " and " not in after and words and \
            " ".join(words[1:] if words[0] in _DEFINITE else words) in _TITLES:
        return after
    return query


def person_entry(st: State, query: str, actor: Actor) -> bool:
    """Whether a resolution came from a dictionary person named by the whole phrase."""
    key = norm(query)
    if key not in _person_keys(st.kb):
        return False
    entry = pick(st.kb.names[key], st.on)[0]
    return entry is not None and entry.kind == "person" and from_dictionary(actor)


@lru_cache(maxsize=4)
def _person_keys(kb: KB) -> frozenset[str]:
    """Dictionary names with a person among their entries (built once per knowledge base)."""
    return frozenset(k for k, entries in kb.names.items()
                     if any(e.kind == "person" for e in entries))


def _group_name(st: State, name: str, words: set[str]) -> bool:
    """Whether a name (its normalised ``words``) is a dictionary group's. Asked only once a
    resolution exists; the scan is the costly part of a first-seen name, and it can only
    find a group when some word starts a group's name (most personal names: none does)."""
    if words.isdisjoint(_group_starts(st.kb)):
        return False
    found = scan(st.kb, name, st.on)
    return found.entry is not None and found.entry_final and found.entry.kind == "group"


@lru_cache(maxsize=4)
def _group_starts(kb: KB) -> frozenset[str]:
    """First words (lower case) of every name or acronym with a group among its entries:
    a scan finds a group only in a run of words that starts with one of these."""
    return frozenset(k.split(" ", 1)[0].lower() for table in (kb.names, kb.acronyms)
                     for k, entries in table.items() if any(e.kind == "group" for e in entries))


def _lend_country(st: State, ent: Ent, country: str | None, agent: str | None,
                  text: str) -> None:
    """A person known only by name (no country) takes the country of a later description
    or title that refers to them ("the Iranian diplomat"); the role stays theirs."""
    actor = ent.actor
    if country is None or actor.country is not None or ent.kind != "person":
        return
    ent.actor = with_country(actor, country, st.kb.iso3,
                             f"country from a later mention '{text}'", agent)


def short_org_is_person(st: State, c: Candidate) -> Ent | None:
    if c.end - c.start > 2 or not st.person_words:  # no person yet: no surname to match
        return None
    key = norm(st.chars(c.start, c.end))
    words = set(key.split())
    # most organisations share no word with any person named so far: no need to look
    if not words or not words <= st.person_words:
        return None
    if c.label != "ORG" and (key in st.kb.countries or key in st.kb.capitals or
                             key in st.kb.names):
        # NER calls some surnames places ("Zaeef"); real places stay places
        return _place_word_surname(st, c, key)
    if c.label == "NORP":
        return None
    for prior in reversed(st.ents):
        if prior.kind == "person" and words <= prior.words:
            if len(words) == 1 < len(prior.words) and not from_dictionary(prior.actor) \
                    and key in st.named_in_full():
                # "Melania Trump", later "Trump" in a story naming Donald Trump too: the
                # dictionary person (a "Ronald Cameron" story without David Cameron keeps it)
                return None
            return prior
    return None


def _place_word_surname(st: State, c: Candidate, key: str) -> Ent | None:
    """"Michael Jordan ... Jordan said", "Mark Cuban ... Cuban said", "Kerry Washington ...
    Washington said": a lone country, demonym or capital word standing as a subject, that an
    earlier person's written last name is, refers to that person (a place does not say)."""
    if c.end - c.start != 1 or not c.subject:
        return None
    place = st.kb.countries.get(key) or st.kb.capitals.get(key)
    if any(e.actor.country == place for e in st.ents if e.kind != "person" or
           (e.actor.country is not None and from_dictionary(e.actor))):
        return None  # the country is an actor of the story too ("King Abdullah"): ambiguous
    for prior in reversed(st.ents):
        if prior.kind == "person" and len(prior.words) > 1 and \
                norm(prior.actor.name).rsplit(" ", 1)[-1] == key:
            return prior
    return None


def _fits(ent: Ent, head_key: str, country: str | None) -> bool:
    if ent.kind != "person":
        return False
    if country and ent.actor.country and ent.actor.country != country:
        return False
    roles = " ".join([ent.actor.role or "", *ent.titles]).lower()
    family = _ROLE_FAMILIES.get(head_key)
    if family is None:
        return head_key in roles
    return any(f in roles for f in family) and (head_key != "official" or
                                                 ent.actor.sector in ("GOV", None))


def description_entity(st: State, c: Candidate) -> Ent | None:
    v, root = st.v, c.end - 1
    appos = v.dep[root] == _APPOS and bool(st.seen)
    singular = v.tag[root] in _SINGULAR
    definite = singular and (
        (c.start > 0 and v.lower(c.start - 1) in _DEFINITE) or v.lower(c.start) in _DEFINITE)
    # the scan only serves to attach the description to an earlier person
    found = scan(st.kb, c.query, st.on) if appos or definite else None
    head = found.agent_key if found is not None else ""
    if definite and not head and norm(c.query) in _TITLES:
        head = norm(c.query)  # "The Secretary": a title that is no sector word
    if appos and head and found is not None:  # "Zaeef, the Afghan ambassador,"
        prev = st.seen[-1]
        if prev.ent.kind == "person" and prev.cand.start <= v.heads[root] < prev.cand.end:
            _lend_country(st, prev.ent, found.country, found.agent, c.query)
            if prev.ent.actor.role is None:
                prev.ent.actor = replace(prev.ent.actor, role=c.query)
            return prev.ent
    if definite and head and found is not None:
        for seen in reversed(st.seen):
            if c.sent - seen.cand.sent > 6:
                break
            if _fits(seen.ent, head, found.country):
                _lend_country(st, seen.ent, found.country, found.agent, c.query)
                return seen.ent
    actor = resolve_with(st.kb, c.query, st.on)
    if actor is None or (actor.country is None and (actor.code or "---").startswith("---")):
        # "officials" with no country: too vague to be an actor on its own; a code of its
        # own ("the Daesh terrorist group" IMGMUSISI, IGOs, NGOs) locates it all the same
        return None
    return group_entity(st, actor, "CHUNK")

