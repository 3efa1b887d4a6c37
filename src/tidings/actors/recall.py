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
  Ukraine", "support for Israel") is an actor (:mod:`tidings.actors.recall_desc`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from tidings.actors.candidates import Candidate, View
from tidings.actors.kb import KB, norm
from tidings.actors.resolve import resolve_with
from tidings.errors import ConfigError
from tidings.records import Actor, Entity, Mention

__all__ = ["RecallWords", "Work", "recall", "recall_words"]

WORDS_FILE = Path(__file__).resolve().parent / "data" / "recall.yaml"

# "(R-Idaho)", "(D-N.J.)", "(I-Maine)", "(D/I-W.Va.)": party and state of a member of
# Congress; "(OH-10)", "(CA-47)", "(WY-AL)": state and district of a representative.
_PARTY_TAG = re.compile(r"\s*\((?:[RDI](?:/[RDI])?\s?[-–]\s?[A-Z][A-Za-z. ]{1,18}"
                        r"|[A-Z]{2}[-–](?:\d{1,2}|AL))\)")


@dataclass(frozen=True)
class RecallWords:
    list_titles: dict[str, str]
    appositive_heads: frozenset[str]
    appositive_openers: frozenset[str]
    party_nouns: frozenset[str]
    party_prepositions: frozenset[str]
    first_person_possessives: frozenset[str]
    home_descriptions: frozenset[str]
    vocative_titles: frozenset[str]
    head_match_stop: frozenset[str]
    place_words: frozenset[str]


@cache
def recall_words() -> RecallWords:
    """The parsed ``data/recall.yaml`` (read once)."""
    try:
        raw = yaml.safe_load(WORDS_FILE.read_text("utf-8"))
        sets = {k: frozenset(str(w).lower() for w in raw[k]) for k in (
            "appositive_heads", "appositive_openers", "party_nouns", "party_prepositions",
            "first_person_possessives", "home_descriptions",
            "vocative_titles", "head_match_stop", "place_words")}
        titles = {str(k).lower(): str(v) for k, v in raw["list_titles"].items()}
        return RecallWords(list_titles=titles, **sets)
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{WORDS_FILE}: cannot read recall words: {exc}") from exc


@dataclass
class Work:
    """Mentions and entities being completed (mutable copies of the stage's results)."""

    kb: KB
    v: View
    on: date
    mentions: list[Mention]
    ents: dict[int, Entity]
    dropped: list[Candidate] = field(default_factory=list)  # candidates with no mention

    def __post_init__(self) -> None:
        self.next_id = max(self.ents, default=0) + 1

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or covers character ``char``."""
        return max(0, bisect_right(self.v.idx, char) - 1)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def free(self, start: int, end: int) -> bool:
        return not self.overlapping(start, end)

    def add(self, start: int, end: int, entity_id: int, kind: str) -> None:
        text = self.v.text[start:end]
        self.mentions.append(Mention(start, end, text, entity_id, kind))  # type: ignore[arg-type]

    def new_entity(self, actor: Actor, kind: str) -> int:
        """An entity for ``actor``: an existing one with the same code and kind if any."""
        for ent in self.ents.values():
            if ent.kind == kind and actor.code and ent.actor.code == actor.code and \
                    kind in ("state", "group", "organisation"):
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
    for c in cands:
        raw = v.chars(c.start, c.end)
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
        if actor.country not in (None, "USA") or (actor.country == "USA" and
                                                  actor.sector not in (None, "GOV")):
            continue
        w.ents[ent.id] = replace(ent, actor=replace(
            actor, country="USA", code="USALEG", sector="LEG",
            evidence=(*actor.evidence, f"U.S. party-state tag '{tag.group().strip()}': "
                                       f"a member of Congress (USALEG)")))
    for m in inside:
        if m in w.mentions:
            w.mentions.remove(m)


def _surname(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if w[:1].isalpha()]
    while words and norm(words[-1]) in ("", "jr", "sr", "ii", "iii", "iv"):
        words.pop()
    return words[-1] if len(words) >= 2 else ""


def _surnames(w: Work) -> dict[str, int]:
    """Surname -> person entity, for resolved people named in full (ambiguous ones out)."""
    found: dict[str, set[int]] = {}
    for m in w.mentions:
        ent = w.ents.get(m.entity_id or -1)
        if ent is None or ent.kind != "person" or ent.actor.country is None:
            continue
        for name in (m.text, ent.actor.name):
            last = _surname(name)
            if len(last) >= 3 and last[:1].isupper() and last.isalpha():
                found.setdefault(last, set()).add(ent.id)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


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
    return ent.actor.country is None or surname.lower() not in norm(ent.actor.name).split()


def surnames(w: Work) -> None:
    """Every other capitalised occurrence of a resolved person's surname is that person."""
    text = w.v.text
    names = _surnames(w)
    for surname, eid in names.items():
        if re.search(rf"(?<![\w-]){re.escape(surname.lower())}(?![\w-])", text):
            continue  # also a common word ("power", "young"): capitals do not tell
        for hit in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            _claim(w, hit.start(), hit.end(), eid, surname)


def _claim(w: Work, start: int, end: int, eid: int, surname: str) -> None:
    over = w.overlapping(start, end)
    if any(m.entity_id == eid for m in over):
        return
    if over and not all(_weak(w, m, surname, eid) for m in over):
        return
    for m in over:
        w.mentions.remove(m)
    w.add(start, end, eid, "surname")


_LIST = re.compile(r"\b(?P<title>Senators|Sens\.|Representatives|Reps\.|Congressmen|"
                   r"Congresswomen)\s+(?P<names>[A-Z][\w'.-]*(?:(?:,\s*(?:and\s+)?|\s+and\s+|"
                   r"\s*&\s*)[A-Z][\w'.-]*){1,8})")
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def titled_lists(w: Work) -> None:
    """"Senators Collins, Cornyn, and Barrasso": each surname with the singular title."""
    titles = recall_words().list_titles
    for hit in _LIST.finditer(w.v.text):
        title = titles.get(hit.group("title").lower())
        if title is None:
            continue
        pos = hit.start("names")
        for name in _SPLIT.split(hit.group("names")):
            start = w.v.text.index(name, pos)
            pos = start + len(name)
            _titled_surname(w, title, name.rstrip("."), start)


def _titled_surname(w: Work, title: str, name: str, start: int) -> None:
    end = start + len(name)
    actor = resolve_with(w.kb, f"{title} {name}", w.on)
    if actor is None or actor.country is None or not any(
            e.startswith("dictionary:") for e in actor.evidence):
        return
    eid = next((e.id for e in w.ents.values() if e.kind == "person" and
                e.actor.name == actor.name and e.actor.country == actor.country), 0)
    if not eid:
        eid = w.new_entity(actor, "person")
    _claim(w, start, end, eid, name)


def recall(kb: KB, v: View, cands: list[Candidate], mentions: tuple[Mention, ...],
           entities: tuple[Entity, ...], on: date,
           ) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """The stage's mentions and entities completed by the steps of this module."""
    from tidings.actors import recall_desc

    if not v.idx:
        return mentions, entities
    w = Work(kb, v, on, list(mentions), {e.id: e for e in entities})
    w.dropped = _dropped(v, cands, mentions)
    party_tags(w)
    titled_lists(w)
    for _ in range(2):  # a fused span ("Durbin Questions Secretaries Blinken") frees a name
        surnames(w)
    recall_desc.complete(w)
    used = {m.entity_id for m in w.mentions}
    w.mentions.sort(key=lambda m: (m.start, m.end))
    return tuple(w.mentions), tuple(e for e in w.ents.values() if e.id in used)


def tokens_between(w: Work, start: int, end: int) -> range:
    """Token indices whose start lies in ``[start, end)``."""
    return range(bisect_left(w.v.idx, start), bisect_left(w.v.idx, end))

