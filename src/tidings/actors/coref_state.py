"""The clustering's state: entities being built, the candidates seen so far, and the
entity of a resolved group, state or organisation (one per code); shared by the rules of
:mod:`tidings.actors.coref_people`, the pronoun antecedents (:mod:`tidings.actors.pronouns`)
and the clustering loop (:mod:`tidings.actors.coref`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from operator import methodcaller
from typing import Literal

import numpy as np
from spacy.strings import get_string_id

from tidings.actors.candidates import Candidate
from tidings.actors.kb import KB, norm
from tidings.actors.resolve import resolve_with
from tidings.actors.view import View
from tidings.records import Actor

__all__ = ["Ent", "EntityKind", "Seen", "State", "entity_kind", "from_dictionary", "group_entity"]

EntityKind = Literal["person", "group", "state", "organisation", "other"]
_NNS = get_string_id("NNS")


@dataclass(slots=True)
class Ent:
    id: int
    actor: Actor
    kind: EntityKind
    words: set[str] = field(default_factory=set)  # name words, for surname matching
    titles: list[str] = field(default_factory=list)  # role words seen in the text


@dataclass(slots=True)
class Seen:
    cand: Candidate
    ent: Ent


class State:
    def __init__(self, kb: KB, on: date, v: View) -> None:
        self.kb, self.on = kb, on
        self.idx, self.ends, self.text = v.idx, v.ends, v.text
        self.ents: list[Ent] = []
        self.by_key: dict[str, Ent] = {}
        self.seen: list[Seen] = []
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
            self._nns = np.flatnonzero(self.v.arr[:, 6] == _NNS).tolist()  # the TAG column
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

    def new(self, actor: Actor, kind: EntityKind, key: str | None) -> Ent:
        ent = Ent(len(self.ents) + 1, actor, kind)
        self.ents.append(ent)
        if key:
            self.by_key[key] = ent
        return ent


def entity_kind(actor: Actor, label: str) -> EntityKind:
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


def group_entity(st: State, actor: Actor, label: str) -> Ent:
    key = f"code:{actor.code}" if actor.code else f"name:{actor.name}"
    if (actor.code or "")[:3] in ("IGO", "IMG", "NGO", "MNC") and from_dictionary(actor):
        # UNAMA, UNHCR and the Security Council share IGOUNO codes; "EC foreign ministers"
        # (IGOEUREECGOV) are not the EC itself
        key = f"name:{actor.name}:{actor.code}"
    if label == "NORP" and actor.sector is None:
        key += ":people"  # "Afghans" is not "Afghanistan"
    ent = st.by_key.get(key)
    if ent is None:
        ent = st.new(actor, entity_kind(actor, label), key)
    elif from_dictionary(actor) and not from_dictionary(ent.actor):
        ent.actor = actor  # name the entity after "Taliban" rather than "Kabul"
    return ent


def from_dictionary(actor: Actor) -> bool:
    """Whether the resolution came from a dictionary entry (a ``dictionary:`` evidence line)."""
    return any(map(_DICTIONARY_LINE, actor.evidence))  # no generator: asked per mention


_DICTIONARY_LINE = methodcaller("startswith", "dictionary:")

