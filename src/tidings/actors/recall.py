"""A recall pass after clustering: actor mentions the candidate finder and the clustering
leave out, found from the mentions and entities already resolved.

Steps, each general to news and press statements (see docs/actors.md, "News gold set"):

* a U.S. party-state tag after a name ("Jim Risch (R-Idaho)", "Mike Turner (OH-10)") makes
  an unplaced person a member of the U.S. Congress (USA LEG);
* a person's surname elsewhere in the article (the title line "Risch on ...", a name that NER
  fused with the next word, "Menendez Statement") is a mention of that person; a plural title
  before a list of surnames ("Senators Collins, Cornyn, and Barrasso") titles each of them;
* the head of an appositive title after a name ("…, ranking member of the Senate Foreign
  Relations Committee") is a mention of the person (:mod:`tidings.actors.recall_desc`);
* descriptions without a country of their own take it from the article
  (:mod:`tidings.actors.recall_desc`);
* a country written as the argument of a noun of action or stance ("the invasion of
  Ukraine", "support for Israel") is an actor (:mod:`tidings.actors.recall_names`);
* "members of X" are X, the noun after a hyphenated backer ("Iran-backed proxies") is an
  actor of its own, not the backer, and a relation noun in apposition to a named state ("our
  partner Israel") is that state (:mod:`tidings.actors.recall_groups`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from operator import attrgetter

from spacy.strings import get_string_id

from tidings.actors.candidates import Candidate, View
from tidings.actors.coref_state import from_dictionary
from tidings.actors.kb import KB, norm, with_country
from tidings.actors.pronouns import governing_verb, plural_rival, rank_antecedents
from tidings.actors.resolve import resolve_with
from tidings.actors.resolve_people import other_names, title_word
from tidings.actors.rules import RecallWords, rules
from tidings.records import Actor, Entity, Mention

__all__ = ["RecallWords", "Work", "recall", "recall_words"]

# sort keys read in C: the recall steps sort the mentions often (no Python call per mention)
_START = attrgetter("start")
_NNP = get_string_id("NNP")
_COMPOUND_DEP = get_string_id("compound")
_QUOTES = frozenset("\"'“‘")
_SPAN = attrgetter("start", "end")

# "(R-Idaho)", "(D-N.J.)", "(I-Maine)", "(D/I-W.Va.)": party and state of a member of
# Congress; "(OH-10)", "(CA-47)", "(WY-AL)": state and district of a representative.
_PARTY_TAG = re.compile(r"\s*\((?:[RDI](?:/[RDI])?\s?[-–]\s?[A-Z][A-Za-z. ]{1,18}"
                        r"|[A-Z]{2}[-–](?:\d{1,2}|AL))\)")


def recall_words() -> RecallWords:
    """The ``recall:`` section of ``data/rules.yaml`` (read once, with the other lists)."""
    return rules().recall


@dataclass
class Work:
    """Mentions and entities being completed (mutable copies of the stage's results)."""

    kb: KB
    v: View
    on: date
    mentions: list[Mention]
    ents: dict[int, Entity]
    dropped: list[Candidate] = field(default_factory=list)  # candidates with no mention
    cands: list[Candidate] = field(default_factory=list)  # every candidate of the finder
    # entities left without a country on purpose ("terrorists"): no later step places them
    unplaced: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.next_id = max(self.ents, default=0) + 1
        # characters covered by a mention: "is this span free" is a C-level find, not a scan
        # of every mention
        self._cov = bytearray(len(self.v.text) + 1)
        for m in self.mentions:
            self._cov[m.start:m.end] = b"\x01" * (m.end - m.start)
        self._backwards: list[Mention] | None = None

    def _mark(self, m: Mention, on: bool) -> None:
        if on:
            self._cov[m.start:m.end] = b"\x01" * (m.end - m.start)
        else:  # another mention may overlap the removed one: mark it again
            self._cov[m.start:m.end] = bytes(m.end - m.start)
            for other in self.overlapping(m.start, m.end):
                self._mark(other, True)
        self._backwards = None

    def backwards(self) -> list[Mention]:
        """The mentions, last first (kept until a mention is added or removed)."""
        if self._backwards is None:
            # a C key function, reversed: a stable sort keeps ties in list order, as -start did
            self._backwards = sorted(self.mentions, key=_START, reverse=True)
        return self._backwards

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or covers character ``char``."""
        return max(0, bisect_right(self.v.idx, char) - 1)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def free(self, start: int, end: int) -> bool:
        return self._cov.find(1, start, end) < 0

    def add(self, start: int, end: int, entity_id: int, kind: str) -> None:
        text = self.v.text[start:end]
        m = Mention(start, end, text, entity_id, kind)  # type: ignore[arg-type]
        self.mentions.append(m)
        self._mark(m, True)

    def remove(self, m: Mention) -> None:
        self.mentions.remove(m)
        self._mark(m, False)

    def new_entity(self, actor: Actor, kind: str) -> int:
        """An entity for ``actor``: for a state, the existing one with the same code if any
        (groups of the same code may be different people: "Americans", "individuals")."""
        for ent in self.ents.values():
            if kind == "state" and ent.kind == kind and actor.code and \
                    ent.actor.code == actor.code:
                return ent.id
        eid = self.next_id
        self.next_id += 1
        self.ents[eid] = Entity(eid, actor, kind)  # type: ignore[arg-type]
        return eid

    def sentence_of(self, char: int) -> int:
        return self.v.sents[self.token_at(char)]


def _dropped(v: View, cands: Iterable[Candidate], mentions: Iterable[Mention]) -> list[Candidate]:
    starts = {m.start for m in mentions}
    out = []
    idx = v.idx
    for c in cands:
        if (c.kind != "description" and c.kind != "pronoun") or idx[c.start] in starts:
            continue  # only dropped descriptions and pronouns are looked at again
        raw = v.chars(c.start, c.end)  # a mention starts after leading whitespace
        if v.idx[c.start] + len(raw) - len(raw.lstrip()) not in starts:
            out.append(c)
    return out


def party_tags(w: Work) -> None:
    """A person followed by a U.S. party-state tag sits in the U.S. Congress; the state
    inside the tag ("Ohio" in "(R-Ohio)") is no actor."""
    text = w.v.text
    inside: list[Mention] = []
    for m in w.mentions:
        ent = w.ents.get(m.entity_id or -1)
        if ent is None or ent.kind != "person":
            continue
        tag = _PARTY_TAG.match(text, m.end)
        if tag is None:
            continue
        inside += w.overlapping(tag.start() + 1, tag.end())
        actor = ent.actor
        last = (_surname(m.text) or m.text).lower()
        other = last not in norm(actor.name).split()  # the dictionary matched someone else
        if (actor.country not in (None, "USA") and not other) or (
                actor.country == "USA" and actor.sector not in (None, "GOV")):
            continue
        w.ents[ent.id] = replace(ent, actor=replace(
            actor, name=m.text if other else actor.name, country="USA", code="USALEG",
            sector="LEG", evidence=(*actor.evidence, f"U.S. party-state tag "
                                    f"'{tag.group().strip()}': a member of Congress (USALEG)")))
    for m in inside:
        if m in w.mentions:
            w.remove(m)


_SUFFIXES = rules().name_suffixes | {""}  # "Jr.", "III" and words of no letters


@lru_cache(maxsize=65_536)
def _surname(name: str) -> str:
    """The last word of a full name, written as a name (capitalised, letters only), or ''."""
    words = [w for w in name.split() if w[:1].isalpha()]
    while words and norm(words[-1]) in _SUFFIXES:
        words.pop()
    last = words[-1] if len(words) >= 2 else ""
    return last if len(last) >= 3 and last[:1].isupper() and last.isalpha() else ""


def _surnames(w: Work) -> dict[str, frozenset[int]]:
    """Surname -> the resolved person entities named in full that bear it."""
    found: dict[str, set[int]] = {}
    for m in w.mentions:
        if " " not in m.text:
            continue
        ent = w.ents.get(m.entity_id or -1)
        if ent is None or ent.kind != "person" or ent.actor.country is None:
            continue
        for name in (m.text, ent.actor.name):
            last = _surname(name)
            if last:
                found.setdefault(last, set()).add(ent.id)
    kb = w.kb
    return {k: frozenset(v) for k, v in found.items() if not _place(kb, k)}


def _place(kb: KB, word: str) -> bool:
    """A place name ends some misparsed person spans ("... Operation Inherent Resolve, Iraq")."""
    key = word.lower()
    return key in kb.countries or key in kb.capitals or key in kb.cities


def _weak(w: Work, m: Mention, surname: str, eid: int) -> bool:
    """Whether mention ``m`` (covering a surname occurrence) may give way to the person: it
    starts with the surname and its entity is unplaced or does not bear that name ("Menendez
    Statement", "Durbin Questions Secretaries Blinken")."""
    ent = w.ents.get(m.entity_id or -1)
    if ent is None or ent.id == eid:
        return False
    if m.text[len(surname):len(surname) + 1] in ("'", "’"):
        return False  # "Putin's FSB": the possessor of another actor
    if not m.text.startswith(surname) or m.text == surname:
        return ent.actor.country is None and ent.kind == "person" and surname in m.text.split()
    # a fused span NER made a name ("Senator Murray Chairs Hearing") holds no dictionary
    # person: a country the article lent it does not make it somebody else
    return ent.actor.country is None or not from_dictionary(ent.actor) or \
        surname.lower() not in norm(ent.actor.name).split()


def surnames(w: Work) -> bool:
    """Every other capitalised occurrence of a resolved person's surname is that person,
    when one person bears it; with a given name of none of them before it, it is their kin.
    Returns whether a mention gave way (a fused span may then free another surname)."""
    text = w.v.text
    freed = False
    for surname, eids in _surnames(w).items():
        if text.count(surname) < 2 and not text.startswith(surname):
            continue  # only the full name itself: nothing to find (most people)
        if _words_at(text, surname.lower()):
            continue  # also a common word ("power", "young"): capitals do not tell
        for at in _words_at(text, surname):
            if not _kin_name(w, at, at + len(surname), eids) and len(eids) == 1:
                freed |= _claim(w, at, at + len(surname), next(iter(eids)), surname)
    return freed


def _kin_name(w: Work, start: int, end: int, eids: frozenset[int]) -> bool:
    """"Ivanka Trump met ..." with Donald Trump in the article, NER tagging no name: a
    capitalised proper noun right before the surname that is none of the names of the people
    ``eids`` bearing it is another person's given name. The full name is that person, from
    the dictionary when it knows the full name, else their kin (:func:`_kin_actor`). Not in a
    run of capitalised words (a title line: "Voters Blast Trump Over ..."), nor a name that
    modifies a noun or opens a quotation (a slogan: "a 'Stop Trump' movement"), nor a word
    the article also writes in lower case (a common noun: "the nominee" makes "Nominee
    Trump" the person himself). Returns whether the occurrence was taken."""
    v, i = w.v, w.token_at(start)
    j = i - 1
    if j < 0 or v.idx[i] != start or v.ends[j] + 1 != start or v.tag[j] != _NNP \
            or v.sents[j] != v.sents[i] or v.dep[i] == _COMPOUND_DEP \
            or v.text[v.idx[j] - 1:v.idx[j]] in _QUOTES or not w.free(v.idx[j], start):
        return False
    # NER's surname alone: the word before is no name, unless several people bear the
    # surname ("Ivanka Trump and Eric Trump"), when the person it was given to is a guess
    taken = w.overlapping(start, end)
    if taken and (len(eids) == 1 or len(taken) > 1 or taken[0].kind != "surname"
                  or taken[0].entity_id not in eids or taken[0].start != start):
        return False
    given, text = v.text[v.idx[j]:v.ends[j]], v.text
    # a capitalised participle the tagger took for a name ("Joining Trump at the rally ...")
    participle = len(given) > 5 and given.endswith("ing")
    if not (given.isalpha() and given.istitle() and len(given) > 1) or participle \
            or v.heads[j] != i or title_word(w.kb, given) \
            or _place(w.kb, given) or text[end:end + 2].strip()[:1].isupper() \
            or (j > 0 and v.sents[j - 1] == v.sents[j] and v.chars(j - 1, j)[:1].isupper()):
        return False
    people = [w.ents[e].actor for e in sorted(eids)]
    if not all(other_names(w.kb, {norm(given)}, p.name) for p in people) \
            or _words_at(text, given.lower()):
        return False  # "Donald Trump" without a tag: the person himself
    for m in taken:
        w.remove(m)
    w.add(v.idx[j], end, _kin_actor(w, v.text[v.idx[j]:end], people), "name")
    return True


def _kin_actor(w: Work, full: str, people: list[Actor]) -> int:
    """The entity of ``full``, a name the article gives kin of ``people``: the dictionary
    person when the dictionary knows the full name, the kin already met under that name, else
    a new person of the people's country (when they share one), not of their office."""
    known = resolve_with(w.kb, full, w.on)
    if known is not None and from_dictionary(known) and norm(known.name) == norm(full):
        return w.new_entity(known, "person")
    for ent in w.ents.values():  # "Ivanka Trump ... Ivanka Trump": one person
        if ent.kind == "person" and ent.actor.name == full and not from_dictionary(ent.actor):
            return ent.id
    actor = Actor(full, None, None, evidence=("unresolved person name",))
    countries = {p.country for p in people}
    country = next(iter(countries)) if len(countries) == 1 else None
    if country is not None:
        names = "', '".join(p.name for p in people)
        actor = with_country(actor, country, w.kb.iso3, f"shares the surname of '{names}' "
                             "named in the article: kin, the same country")
    return w.new_entity(actor, "person")


def _words_at(text: str, word: str) -> list[int]:
    """Where ``word`` occurs as a whole word (not inside a longer or hyphenated one)."""
    out, at, n = [], text.find(word), len(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + n] if at + n < len(text) else " "
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            out.append(at)
        at = text.find(word, at + n)
    return out


def _claim(w: Work, start: int, end: int, eid: int, surname: str) -> bool:
    """Make ``[start, end)`` a mention of ``eid``; True when other mentions gave way."""
    over = w.overlapping(start, end)
    if any(m.entity_id == eid for m in over):
        return False
    if over and not all(_weak(w, m, surname, eid) for m in over):
        return False
    for m in over:
        w.remove(m)
    w.add(start, end, eid, "surname")
    return bool(over)


_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


@cache
def _list_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The regex of a plural title (rules.yaml recall.list_titles, capitalised) before a list of
    surnames, and those titles as written."""
    words = tuple(t[:1].upper() + t[1:] for t in recall_words().list_titles)
    title = "|".join(re.escape(t) for t in words)
    return re.compile(rf"\b(?P<title>{title})\s+(?P<names>[A-Z][\w'.-]*(?:(?:,\s*(?:and\s+)?|"
                      rf"\s+and\s+|\s*&\s*)[A-Z][\w'.-]*){{1,8}})"), words


def titled_lists(w: Work) -> None:
    """"Senators Collins, Cornyn, and Barrasso": each surname with the singular title."""
    titles = recall_words().list_titles
    pattern, words = _list_pattern()
    text = w.v.text
    if not any(t in text for t in words):  # most articles: no regex scan at all
        return
    for hit in pattern.finditer(text):
        title = titles[hit.group("title").lower()]
        pos = hit.start("names")
        for name in _SPLIT.split(hit.group("names")):
            start = w.v.text.index(name, pos)
            pos = start + len(name)
            _titled_surname(w, title, name.rstrip("."), start)


def _titled_surname(w: Work, title: str, name: str, start: int) -> None:
    end = start + len(name)
    actor = resolve_with(w.kb, f"{title} {name}", w.on)
    if actor is None or actor.country is None or not from_dictionary(actor):
        return
    eid = next((e.id for e in w.ents.values() if e.kind == "person" and
                e.actor.name == actor.name and e.actor.country == actor.country), 0)
    if not eid:
        eid = w.new_entity(actor, "person")
    _claim(w, start, end, eid, name)


# plural personal pronouns ("they", "their"): the pronoun candidates are rules.yaml's pronouns
_THEY = frozenset(p for p, gender in rules().pronouns.items() if gender == "p")
_PLURAL_TAGS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))


def plural_pronouns(w: Work) -> None:
    """"They"/"their" left unresolved by the clustering, now that the recall steps found
    plural actors: the nearest plural group mention in its sentence or the one before."""
    v = w.v
    for c in w.dropped:
        if c.kind != "pronoun" or c.query not in _THEY:
            continue
        a, b = v.idx[c.start], v.ends[c.end - 1]
        if not w.free(a, b):
            continue
        for m in w.backwards():
            if m.start >= a or m.kind == "pronoun":
                continue
            if c.sent - w.sentence_of(m.start) > 1:
                break
            ent = w.ents.get(m.entity_id or -1)
            last = w.token_at(m.end - 1)
            if v.dep[last] in _SUBJECT and v.heads[last] == governing_verb(v, c.start):
                continue  # "people ... stand with them": not the subject of its own verb
            if ent is not None and ent.kind == "group" and v.tag[last] in _PLURAL_TAGS \
                    and ent.id not in w.unplaced:  # people in general: no referent
                if w.sentence_of(m.start) == c.sent or not plural_rival(
                        v, c.start, last + 1, v.dep[last] in _SUBJECT,
                        lambda i: not w.free(v.idx[i], v.ends[i])):
                    w.add(a, b, ent.id, "pronoun")
                break  # a nearer plural noun that is no actor: none rather than a wrong one


_HE_SHE = frozenset(p for p, gender in rules().pronouns.items() if gender != "p")
_SUBJECT = frozenset(get_string_id(t) for t in ("nsubj", "nsubjpass"))
_OBJECT = frozenset(get_string_id(t) for t in ("dobj", "dative"))


def _antecedent(w: Work, m: Mention, chosen: dict[int, int]) -> int:
    """The clustering's rule for he/she (:func:`pronouns.rank_antecedents`) over every person
    mention now known. ``chosen`` holds the pronouns already re-ranked (start -> entity)."""
    v = w.v
    at = w.token_at(m.start)

    sent = v.sents[at]

    def people() -> Iterator[tuple[int, bool, int, int]]:
        for o in w.backwards():
            if o.start >= m.start:
                continue
            if sent - w.sentence_of(o.start) > 3:
                return
            eid = chosen.get(o.start, o.entity_id or -1)
            ent = w.ents.get(eid)
            if ent is not None and ent.kind == "person":
                last = w.token_at(o.end - 1)
                yield w.sentence_of(o.start), v.dep[last] in _SUBJECT, v.heads[last], eid

    object_of = v.heads[at] if v.dep[at] in _OBJECT else None
    return rank_antecedents(sent, object_of, people()) or 0


def person_pronouns(w: Work, before: tuple[Mention, ...]) -> None:
    """He/she chosen by the clustering before the recall steps found more people ("Alexei
    Navalny stood for freedom ... in the face of Vladimir Putin's tyranny, and he was
    poisoned": NER missed the subject, so the clustering took the possessor): ranked again
    once a person mention was added, by the same rule (subject of the nearest sentence)."""
    pronouns = [m for m in w.mentions if m.kind == "pronoun" and m.text.lower() in _HE_SHE]
    if not pronouns:
        return
    seen = {m.start for m in before}
    ents = w.ents
    if all(m.start in seen or (e := ents.get(m.entity_id or -1)) is None or e.kind != "person"
           for m in w.mentions):
        return  # no person found by the recall steps: the clustering saw every one
    chosen: dict[int, int] = {}
    for m in sorted(pronouns, key=_START):
        eid = _antecedent(w, m, chosen)
        if eid and eid != m.entity_id:
            chosen[m.start] = eid
    for m in [m for m in w.mentions if m.start in chosen and m.kind == "pronoun"]:
        w.remove(m)
        w.add(m.start, m.end, chosen[m.start], "pronoun")


def recall(kb: KB, v: View, cands: list[Candidate], mentions: tuple[Mention, ...],
           entities: tuple[Entity, ...], on: date,
           ) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """The stage's mentions and entities completed by the steps of this module."""
    if not v.idx:
        return mentions, entities
    w = Work(kb, v, on, list(mentions), {e.id: e for e in entities})
    w.dropped = _dropped(v, cands, mentions)
    w.cands = cands
    party_tags(w)
    titled_lists(w)
    if surnames(w):  # a fused span ("Durbin Questions Secretaries Blinken") freed a name
        surnames(w)
    person_pronouns(w, mentions)
    _descriptions_and_names(w)
    plural_pronouns(w)
    used = {m.entity_id for m in w.mentions}
    w.mentions.sort(key=_SPAN)
    return tuple(w.mentions), tuple(e for e in w.ents.values() if e.id in used)


def _descriptions_and_names(w: Work) -> None:
    """The steps of :mod:`recall_desc`, :mod:`recall_names`, :mod:`recall_nouns` and
    :mod:`recall_groups`, in order: a styled name is a person before its appositive is read,
    countries acting before committees are re-read."""
    recall_names.styled_names(w)
    recall_names.country_pairs(w)
    recall_names.hyphenated_names(w)
    recall_names.adjacent_names(w)
    recall_desc.appositive_titles(w)
    recall_desc.vocatives(w)
    recall_nouns.uncovered_people(w)
    recall_desc.context_descriptions(w)
    recall_desc.definite_heads(w)
    recall_names.party_arguments(w)
    recall_names.legislative_bodies(w)
    recall_groups.members_of(w)
    recall_groups.backed_groups(w)
    recall_groups.apposed_relations(w)
    recall_desc.home_officials(w)


# the description and name steps use Work and recall_words from this module: imported last
from tidings.actors import recall_desc, recall_groups, recall_names, recall_nouns  # noqa: E402
