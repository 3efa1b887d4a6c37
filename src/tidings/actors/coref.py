"""Within-article clustering: resolved candidates -> mentions pointing at entities.

Rules, applied in text order (each leaves a line in the entity's evidence):

* names: a person resolved by the dictionary joins the entity of the same canonical name;
  an unknown one joins an earlier person whose name contains all its words ("Qomi" after
  "Hassan Kazemi Qomi"), also when NER mislabels the short form as ORG;
* pronouns he/she (him, his, her) and they/them/their: the antecedent rules of
  :mod:`tidings.actors.pronouns`; "it" is left alone;
* descriptions ("the Special Envoy", "the Iranian diplomat", "the minister"): the most recent
  person whose role or title fits and whose country (if the description names one) matches;
  otherwise a new entity resolved from the words themselves. A bare title joined to a titled
  name by "and" ("The Administrator and Executive Director Lowe") is such a description, and
  not the named person's title;
* groups, states and demonym+sector phrases: one entity per resolved code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from operator import methodcaller
from typing import Literal

from spacy.strings import get_string_id

from tidings.actors.candidates import Candidate
from tidings.actors.kb import KB, Entry, country_name_keys, norm, with_country
from tidings.actors.pronouns import pronoun_antecedent
from tidings.actors.resolve import resolve_with, scan
from tidings.actors.resolve_people import given_name_clash, other_names, surname_only
from tidings.actors.rules import rules
from tidings.actors.scanner import pick
from tidings.actors.view import View
from tidings.records import Actor, Entity, Mention

__all__ = ["cluster", "from_dictionary"]

EntityKind = Literal["person", "group", "state", "organisation", "other"]
_ROLE_FAMILIES = rules().role_families
_APPOS = get_string_id("appos")
_SINGULAR = frozenset(get_string_id(t) for t in ("NN", "NNP"))
_NNS = get_string_id("NNS")
_PLURALS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))
_TITLES = rules().bare_titles
_DEFINITE = rules().definite_determiners
_ONES = b"\x01" * 256


@dataclass(slots=True)
class _Ent:
    id: int
    actor: Actor
    kind: EntityKind
    words: set[str] = field(default_factory=set)  # name words, for surname matching
    titles: list[str] = field(default_factory=list)  # role words seen in the text


@dataclass(slots=True)
class _Seen:
    cand: Candidate
    ent: _Ent


class _State:
    def __init__(self, kb: KB, on: date, v: View) -> None:
        self.kb, self.on = kb, on
        self.idx, self.ends, self.text = v.idx, v.ends, v.text
        self.ents: list[_Ent] = []
        self.by_key: dict[str, _Ent] = {}
        self.seen: list[_Seen] = []
        self.v = v
        self.person_words: set[str] = set()  # name words of every person entity so far
        self.covered = bytearray(len(v.idx))  # tokens of the actor mentions found so far
        self._sent_start: dict[int, int] = {}
        self._nns: list[int] | None = None
        self._full: frozenset[str] | None = None

    def named_in_full(self) -> frozenset[str]:
        """Last names of the dictionary people the article names in full (a PERSON span of
        two words or more that the dictionary matches), looked up once, when a bare surname
        could also be an earlier namesake's."""
        if self._full is None:
            found = set()
            for span in self.v.ents:
                if span.label_ == "PERSON" and len(span) > 1:
                    actor = resolve_with(self.kb, span.text, self.on)
                    if actor is not None and from_dictionary(actor):
                        found.add(norm(actor.name).rsplit(" ", 1)[-1])
            self._full = frozenset(found)
        return self._full

    def plural_nouns(self) -> list[int]:
        """Tokens tagged NNS, in order (found on the first plural pronoun that asks)."""
        if self._nns is None:
            self._nns = [i for i, t in enumerate(self.v.tag) if t == _NNS]
        return self._nns

    def sent_start(self, i: int) -> int:
        """First token of token ``i``'s sentence."""
        sent = self.v.sents[i]
        start = self._sent_start.get(sent)
        if start is None:
            start = i
            while start > 0 and self.v.sents[start - 1] == sent:
                start -= 1
            self._sent_start[sent] = start
        return start

    def chars(self, start: int, end: int) -> str:
        return self.text[self.idx[start]:self.ends[end - 1]]

    def new(self, actor: Actor, kind: EntityKind, key: str | None) -> _Ent:
        ent = _Ent(len(self.ents) + 1, actor, kind)
        self.ents.append(ent)
        if key:
            self.by_key[key] = ent
        return ent


def _entity_kind(actor: Actor, label: str) -> EntityKind:
    if label == "PERSON":
        return "person"
    if label == "NORP":
        return "group"  # "Afghans": people of a country, not the state
    code = actor.code or ""
    if actor.sector is None and actor.country and code == actor.country:
        return "state"
    if code.startswith(("IGO", "NGO")):
        return "organisation"
    return "group"


def _person(st: _State, c: Candidate) -> _Ent | None:
    name = st.chars(c.name_start, c.end)
    words = set(norm(name).split())
    actor = resolve_with(st.kb, c.query, st.on)
    if actor is not None and actor.country is not None and not from_dictionary(actor):
        actor = _country_in_name(st, c, name, actor)
    if actor is not None and _group_name(st, name, words):
        return _group(st, actor, "ORG")  # NER often calls "Houthis" or "Hamas" a person
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


def _headline_object(st: _State, c: Candidate) -> Candidate:
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


def _namesake(st: _State, words: set[str]) -> _Ent | None:
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


def _country_in_name(st: _State, c: Candidate, name: str, actor: Actor) -> Actor | None:
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


def _titled_member(st: _State, c: Candidate, name: str, actor: Actor) -> Actor:
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


def _titled_person(st: _State, c: Candidate, actor: Actor) -> Candidate | None:
    """"USAID Administrator Samantha Power" tagged ORG: a title and a dictionary person's
    full name after it. The candidate as that person's titled name (so that "the
    Administrator" later finds her), or None."""
    if c.label != "ORG" or not from_dictionary(actor):
        return None
    n = len(actor.name.split())
    start = c.end - n
    if n < 2 or start <= c.start or norm(st.chars(start, c.end)) != norm(actor.name) \
            or not _person_entry(st, actor.name, actor):
        return None
    return c._replace(kind="name", label="PERSON", name_start=start)


def _joined_titles(v: View, cands: list[Candidate]) -> Iterator[Candidate]:
    """The candidates, with a bare title joined to a titled name by "and" ("The
    Administrator and Executive Director Lowe") as a definite description of its own before
    the name's candidate: it refers back to whoever last bore that title."""
    for c in cands:
        if c.label == "PERSON" and " and " in c.query and _own_title(c.query) != c.query:
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


def _own_title(query: str) -> str:
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


def _person_entry(st: _State, query: str, actor: Actor) -> bool:
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


def _group_name(st: _State, name: str, words: set[str]) -> bool:
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


def _lend_country(st: _State, ent: _Ent, country: str | None, agent: str | None,
                  text: str) -> None:
    """A person known only by name (no country) takes the country of a later description
    or title that refers to them ("the Iranian diplomat"); the role stays theirs."""
    actor = ent.actor
    if country is None or actor.country is not None or ent.kind != "person":
        return
    ent.actor = with_country(actor, country, st.kb.iso3,
                             f"country from a later mention '{text}'", agent)


def _short_org_is_person(st: _State, c: Candidate) -> _Ent | None:
    if c.end - c.start > 2:
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


def _place_word_surname(st: _State, c: Candidate, key: str) -> _Ent | None:
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


def _fits(ent: _Ent, head_key: str, country: str | None) -> bool:
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


def _description(st: _State, c: Candidate) -> _Ent | None:
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
    return _group(st, actor, "CHUNK")


def _group(st: _State, actor: Actor, label: str) -> _Ent:
    key = f"code:{actor.code}" if actor.code else f"name:{actor.name}"
    if (actor.code or "")[:3] in ("IGO", "IMG", "NGO", "MNC") and from_dictionary(actor):
        # UNAMA, UNHCR and the Security Council share IGOUNO codes; "EC foreign ministers"
        # (IGOEUREECGOV) are not the EC itself
        key = f"name:{actor.name}:{actor.code}"
    if label == "NORP" and actor.sector is None:
        key += ":people"  # "Afghans" is not "Afghanistan"
    ent = st.by_key.get(key)
    if ent is None:
        ent = st.new(actor, _entity_kind(actor, label), key)
    elif from_dictionary(actor) and not from_dictionary(ent.actor):
        ent.actor = actor  # name the entity after "Taliban" rather than "Kabul"
    return ent


def from_dictionary(actor: Actor) -> bool:
    """Whether the resolution came from a dictionary entry (a ``dictionary:`` evidence line)."""
    return any(map(_DICTIONARY_LINE, actor.evidence))  # no generator: asked per mention


_DICTIONARY_LINE = methodcaller("startswith", "dictionary:")


_PARTY_LINE = methodcaller("startswith", "country party: ")


def _party_needs_context(st: _State) -> None:
    """A party member word ("Republicans", "Democratic lawmakers") is also written of other
    countries' parties (Italy's, Kosovo's or South Korea's Democrats, Irish republicans):
    it keeps the country of the countries files' party form only when an actor of another
    kind in the article is of that country (a senator, "Washington", the White House);
    a wrong country is worse than none. A party-state tag ("D-Calif.") is no party word."""
    if not any(word in st.text for word in _party_words(st.kb)):
        return  # most articles: no capitalised party word, nothing to look through
    partisan = {e.id: e for e in st.ents if e.actor.country is not None
                and any(map(_PARTY_LINE, e.actor.evidence))}
    if not partisan:
        return
    named = {seen.ent.actor.country for seen in st.seen
             if seen.ent.id not in partisan and seen.cand.kind != "pronoun"}
    for ent in partisan.values():
        country = ent.actor.country or ""
        if country in named:
            continue
        code = ent.actor.code or ""
        ent.actor = replace(ent.actor, country=None,
                            code="---" + code[3:] if code.startswith(country) else code,
                            evidence=(*ent.actor.evidence, f"no other actor of {country} "
                                      "in the article: the party word gives no country"))


@lru_cache(maxsize=4)
def _party_words(kb: KB) -> tuple[str, ...]:
    """The party words of the countries files as written with a capital, none beginning with
    another kept one ("Democrat" covers "Democrats" and "Democratic")."""
    words = sorted({w.capitalize() for w in kb.parties}, key=len)
    return tuple(w for i, w in enumerate(words) if not any(map(w.startswith, words[:i])))


_PHOENIX_HORIZON = date(2016, 1, 1)


def _former_needs_context(st: _State) -> None:
    """"George Wallace", "Michael Moore" in American news: a full name that only Phoenix
    knows, as a former official (ELI on the article's date) or on a date after Phoenix's
    dictionaries were written (2014; the curated files hold the people in office since), is
    often a namesake. It keeps the dictionary country only when the text
    corroborates it: a title or description written with the name, another actor of the
    article or a place it names is of that country ("Hosni Mubarak" in a story that names
    Egypt). Only when other actors of the article are placed, all elsewhere: a phrase or
    story naming no other country keeps it. A wrong country is worse than none."""
    stale = st.on >= _PHOENIX_HORIZON  # its open-ended offices are then out of date too
    suspect = [ent for ent in st.ents if ent.kind == "person" and ent.actor.country is not None
               and (stale or ent.actor.sector == "ELI") and ent.actor.evidence
               and ent.actor.evidence[0].startswith("dictionary:")
               and "(phoenix," in ent.actor.evidence[0]]
    if not suspect:
        return
    placed: dict[str, set[int]] = {}  # country -> the entities of it, pronouns left out
    for seen in st.seen:
        if seen.cand.kind != "pronoun" and seen.ent.actor.country is not None:
            placed.setdefault(seen.ent.actor.country, set()).add(seen.ent.id)
    places: frozenset[str] | None = None
    for ent in suspect:
        actor = ent.actor
        country = actor.country or ""
        others = {c for c, ids in placed.items() if ids - {ent.id}}
        if not others or country in others or any(
                seen.ent is ent and scan(st.kb, seen.cand.query, st.on).country == country
                for seen in st.seen):
            continue  # no other placed actor: nothing says the article is elsewhere
        if places is None:  # "in Jerusalem": places named outside actor mentions count too
            places = _place_countries(st)
        if country in places:
            continue
        placed.get(country, set()).discard(ent.id)
        first = next(seen.cand for seen in st.seen if seen.ent is ent)
        written = st.chars(max(first.name_start, first.start), first.end)
        ent.actor = Actor(written, None, None, None, None,
                          (*actor.evidence, f"no other actor of {country} in the article and "
                           "no title naming it: a former official known only to Phoenix may "
                           "be a namesake, no country"))


def _place_countries(st: _State) -> frozenset[str]:
    """Countries of the places and peoples spaCy names in the article (GPE, LOC, NORP)."""
    found = set()
    for span in st.v.ents:
        if span.label_ in _PLACE_LABELS:
            actor = resolve_with(st.kb, span.text, st.on)
            if actor is not None and actor.country is not None:
                found.add(actor.country)
    return frozenset(found)


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _kin_country(st: _State) -> None:
    """"Melania Trump", "Michelle Obama" in an article about Donald Trump or Barack Obama: a
    person the dictionary does not know (their given name is not the dictionary person's)
    who shares the surname of a dictionary person named in the same article takes that
    person's country (kin, usually), not the person's office. A namesake in an article
    without the dictionary person ("Barry Bennett") stays without a country."""
    known: dict[str, Actor] = {}
    for e in st.ents:
        if e.kind == "person" and e.actor.country is not None and from_dictionary(e.actor):
            known.setdefault(norm(e.actor.name).rsplit(" ", 1)[-1], e.actor)
    if not known:
        return
    for e in st.ents:
        if e.kind != "person" or e.actor.country is not None or from_dictionary(e.actor):
            continue
        *given, last = norm(e.actor.name).split() or [""]
        kin = known.get(last)
        # only a written given name ("T. Scott" may be Tim Scott himself: left to recall)
        if kin is not None and kin.country is not None and any(len(g) > 1 for g in given):
            e.actor = with_country(e.actor, kin.country, st.kb.iso3,
                                   f"shares the surname of '{kin.name}' named in the "
                                   "article: kin, the same country")


def _country_from_article(st: _State) -> None:
    """A titled person the text gives no country ("Planning and Investment Minister Tran
    Xuan Gia said Vietnam is ...": ---GOV) takes the only country named as an actor in the
    sentence of their first mention, else the only one named in the whole article."""
    if not any((e.actor.code or "").startswith("---") for e in st.ents):
        return
    by_sent: dict[int, set[str]] = {}
    first: dict[int, int] = {}
    for seen in st.seen:
        first.setdefault(seen.ent.id, seen.cand.sent)
        country = seen.ent.actor.country
        # a company's or NGO's home country (MNCUSA: "Twitter") is not named in the text
        if country and seen.ent.kind != "person" and seen.cand.kind != "pronoun" \
                and (seen.ent.actor.code or "")[:3] not in ("MNC", "NGO"):
            by_sent.setdefault(seen.cand.sent, set()).add(country)
    everywhere = set().union(*by_sent.values()) if by_sent else set()
    for ent in st.ents:
        code = ent.actor.code or ""
        if not code.startswith("---") or ent.id not in first:
            continue
        here = by_sent.get(first[ent.id], set())
        where = "its sentence" if here else "the article"
        # a group ("Tamil civilian refugees") only from its own sentence: groups cross borders
        only = here or (everywhere if ent.kind == "person" else set())
        if len(only) == 1:
            country = next(iter(only))
            ent.actor = with_country(ent.actor, country, st.kb.iso3,
                                     f"country {country}: the only country named in {where}")


def cluster(kb: KB, v: View, cands: list[Candidate],
            on: date) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Resolve and cluster candidates into mentions and per-article entities."""
    st = _State(kb, on, v)
    mentions: list[Mention] = []
    for c in _joined_titles(v, cands):
        ent: _Ent | None
        kind = c.kind
        if c.label == "PERSON":
            c = _headline_object(st, c)
            ent = _person(st, c)
            if ent is not None and c.end - c.name_start == 1 and len(ent.words) > 1:
                kind = "surname"
        elif c.kind == "pronoun":
            ent = pronoun_antecedent(st, c)
        elif c.kind == "description":
            ent = _description(st, c)
        else:
            ent = _short_org_is_person(st, c) if c.label in ("ORG", "GPE", "NORP") else None
            if ent is not None:
                kind = "surname"
            else:
                actor = resolve_with(kb, c.query, on)
                if actor is not None and c.end - c.start <= 3 and \
                        _person_entry(st, c.query, actor):
                    # NER calls some surnames places ("Muttaqi", GPE): the person, not
                    # the code's group (AFGGOV is also the Taliban)
                    c = c._replace(label="PERSON", name_start=c.start)
                    ent = _person(st, c)
                    if ent is not None and c.end - c.start == 1 and len(ent.words) > 1:
                        kind = "surname"
                elif actor is not None and (named := _titled_person(st, c, actor)) is not None:
                    c, ent = named, _person(st, named)
                else:
                    ent = _group(st, actor, c.label) if actor is not None else None
        if ent is None:
            continue
        if c.kind in ("description", "name") and ent.kind == "person":
            ent.titles.append(_own_title(c.query))
        st.seen.append(_Seen(c, ent))
        if ent.kind == "person":
            st.person_words |= ent.words
        st.covered[c.start:c.end] = _ONES[:c.end - c.start] if c.end - c.start <= 256 \
            else b"\x01" * (c.end - c.start)
        a, b = st.idx[c.start], st.ends[c.end - 1]
        raw = st.text[a:b]
        a, b = a + len(raw) - len(raw.lstrip()), b - len(raw) + len(raw.rstrip())
        mentions.append(Mention(a, b, st.text[a:b], ent.id,
                                kind))  # type: ignore[arg-type]
    _party_needs_context(st)
    _former_needs_context(st)
    _kin_country(st)
    _country_from_article(st)
    used = {m.entity_id for m in mentions}
    entities = tuple(Entity(e.id, e.actor, e.kind) for e in st.ents if e.id in used)
    return tuple(mentions), entities
