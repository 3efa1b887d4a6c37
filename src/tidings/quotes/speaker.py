"""From a speaker token in the parse to the actor who spoke.

The actors stage does the real work: its mentions cover names, surnames,
pronouns and descriptions, each pointing at an entity whose ``Actor`` carries
the canonical name, country, code and role. The speaker of a quote is the
entity of the mention covering the speaker's head token.

When no mention covers the head (the actors stage missed it, or runs without
coreference) a conservative fallback is used, in this order:

* a name (spaCy PERSON/ORG/GPE/NORP entity on the head) is its own actor; a
  one-word PERSON goes to the full name given earlier that ends with it;
* a phrase is passed to ``tidings.actors.resolve`` when the actors package
  provides it ("the Pakistani government", "a foreign ministry statement");
* he/she goes to the nearest earlier person; "it"/"they" and a definite
  description of a non-person ("the report", "the agency") go to the last
  earlier non-person speaker; a role noun ("the spokesman") goes to the nearest
  earlier person written with that title;
* an organisation named inside the phrase ("a new United Nations report").

Anything else stays unresolved (``actor=None``): a speaker is never guessed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from tidings.document import Document
from tidings.records import Actor, Mention

__all__ = ["Speaker", "SpeakerResolver"]

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"it", "they"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NAME_DEPS = frozenset({"compound", "flat", "amod", "det", "poss", "nmod", "case", "punct"})
_HISTORY_CHARS = 2500  # how far back "it" / "the report" may look for its speaker


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a cue's subject is: the text as written and the resolved actor."""

    text: str
    start: int
    end: int
    actor: Actor | None
    confidence: float


@cache
def _actors_resolve() -> Any:
    """``tidings.actors.resolve`` if the actors package provides it (agreed interface)."""
    import tidings.actors as actors

    return getattr(actors, "resolve", None)


class SpeakerResolver:
    """Resolve speaker tokens of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        sdoc = doc.spacy_doc
        self.persons: list[Any] = [e for e in sdoc.ents if e.label_ == "PERSON"] if sdoc else []
        self.history: list[tuple[int, Actor, bool]] = []  # (offset, actor, is a person)

    def covering_mention(self, start: int, end: int) -> Mention | None:
        """The shortest mention that covers ``[start, end)``."""
        hi = bisect.bisect_right(self._starts, start)
        best: Mention | None = None
        for m in self.mentions[max(0, hi - 50) : hi]:
            covers = m.start <= start and end <= m.end
            if covers and (best is None or m.end - m.start < best.end - best.start):
                best = m
        return best

    def resolve(self, head: Any) -> Speaker:
        """The speaker whose syntactic head is the spaCy token ``head``."""
        mention = self.covering_mention(head.idx, head.idx + len(head.text))
        if mention is None or mention.kind == "description":
            anonymous = _anonymous_antecedent(head)
            if anonymous is not None:
                return self._anonymous(head, anonymous)
        if mention is None or not self._is_person(mention):
            # "Iran's Special Envoy for Afghanistan, Hassan Kazemi Qomi, says": the title
            # is the subject, the person is its appositive.
            person = self._appositive_person(head)
            if person is not None:
                return self.resolve(person)
        if mention is not None:
            ent = self.doc.entity(mention.entity_id)
            if ent is not None:
                self._remember(head.idx, ent.actor, ent.kind == "person")
                return Speaker(mention.text, mention.start, mention.end, ent.actor, 0.9)
        start, end = _phrase(head)
        text = self.doc.text[start:end]
        actor, conf, person = self._fallback(head, text)
        if actor is not None:
            self._remember(head.idx, actor, person)
        return Speaker(text, start, end, actor, conf)

    def _is_person(self, mention: Mention) -> bool:
        ent = self.doc.entity(mention.entity_id)
        return ent is not None and ent.kind == "person"

    def _appositive_person(self, head: Any) -> Any:
        """The appositive of ``head`` that is a person (a person mention, or a PERSON name)."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            mention = self.covering_mention(child.idx, child.idx + len(child.text))
            if mention is not None and self._is_person(mention):
                return child
            if mention is None and child.ent_type_ == "PERSON":
                return child
        return None

    def _anonymous(self, head: Any, antecedent: Any) -> Speaker:
        """An unnamed source ('a defense official' ... 'the official said').

        The speaker is the kind of actor the first phrase gives (its country and
        sector, when it has them), never a person of the article.
        """
        start, end = _phrase(head)
        text = self.doc.text[start:end]
        phrase = self.doc.text[slice(*_phrase(antecedent))]
        found = self._resolve_phrase(phrase)
        name = " ".join(w for w in phrase.split() if w.lower() not in _INDEFINITE)
        evidence = (f"unnamed source: introduced as '{phrase}'",)
        if found is None:
            return Speaker(text, start, end, None, 0.0)
        actor = Actor(name=name, country=found.country, code=found.code, sector=found.sector,
                      role=None, evidence=evidence + found.evidence)
        return Speaker(text, start, end, self._lent(actor, antecedent), 0.5)

    def _lent(self, actor: Actor, head: Any) -> Actor:
        """A speaker phrase the actors stage made no mention of ("the officials said" in
        a story about one country) takes the article's country on that stage's terms, as
        the events stage's own sides do; the evidence line says so."""
        from tidings.actors.context_country import lend_to_phrase, lendable

        if not lendable(actor):
            return actor
        span = head.doc.char_span(*_phrase(head), alignment_mode="expand")
        return lend_to_phrase(actor, self._home, head, span) if span is not None else actor

    @cached_property
    def _home(self) -> Any:
        """The article's country (:func:`tidings.actors.context_country.article_home`),
        decided once per document and only when a speaker needs it."""
        from tidings.actors.context_country import article_home

        return article_home(self.doc)

    def _remember(self, offset: int, actor: Actor, person: bool) -> None:
        bisect.insort(self.history, (offset, actor, person), key=lambda h: h[0])

    def _fallback(self, head: Any, phrase: str) -> tuple[Actor | None, float, bool]:
        low = head.lower_
        if low in _PERSON_PRONOUNS:
            person = self._person_before(head.idx, None)
            return (
                (_actor(person, "pronoun"), 0.6, True) if person is not None else (None, 0.0, True)
            )
        if low in _GROUP_PRONOUNS:
            return self._group_before(head.idx), 0.5, False
        ent = _entity_of(head)
        if ent is not None and ent.label_ in _NAME_LABELS:
            if ent.label_ == "PERSON" and len(ent) == 1:
                full = self._person_before(ent.start_char, ent.text)
                if full is not None:
                    return _actor(full, "surname"), 0.7, True
            return _actor(ent, "name"), 0.7, ent.label_ == "PERSON"
        if head.pos_ in ("NOUN", "PROPN") and any(t.lower_ in ("the", "this") for t in head.lefts):
            person = self._person_before(head.idx, head.lemma_.lower())
            if person is not None:  # "the spokesman" after "spokesman Zabihullah Mujahid"
                return _actor(person, "description"), 0.5, True
        actor = self._resolve_phrase(phrase)
        if actor is not None:
            return self._lent(actor, head), 0.6, False
        return self._description(head)

    def _resolve_phrase(self, phrase: str) -> Actor | None:
        """The actor ``tidings.actors.resolve`` makes of ``phrase``, if it gives a code or
        a country (an actor without them is the phrase echoed back, not a resolution)."""
        resolve = _actors_resolve()
        actor: Actor | None = (
            resolve(phrase, self.doc.article.published, None) if resolve is not None else None
        )
        if actor is not None and (actor.code or actor.country):
            return actor
        return None

    def _description(self, head: Any) -> tuple[Actor | None, float, bool]:
        if head.pos_ not in ("NOUN", "PROPN"):
            return None, 0.0, False
        definite = any(t.lower_ in ("the", "this") for t in head.lefts)
        inner = [
            e
            for e in head.doc.ents
            if e.label_ in ("ORG", "GPE") and e.end <= head.i + 1 and e.start >= head.left_edge.i
        ]
        if inner:
            return _actor(inner[-1], "organisation in phrase"), 0.5, False
        if definite and head.pos_ == "NOUN":
            return self._group_before(head.idx), 0.4, False
        return None, 0.0, False

    def _group_before(self, offset: int) -> Actor | None:
        for pos, actor, person in reversed(self.history):
            if pos < offset and not person and offset - pos < _HISTORY_CHARS:
                return actor
        return None

    def _person_before(self, offset: int, key: str | None) -> Any:
        """Nearest PERSON entity ending before ``offset``.

        ``key`` narrows it: a surname (the entity must end with it and be longer)
        or a role noun (the noun must be written as the name's title).
        """
        for ent in reversed(self.persons):
            if ent.end_char > offset:
                continue
            if key is None:
                return _full_name(ent, self.persons)
            words = ent.text.split()
            if key in words[-1:] and len(words) > 1:
                return ent
            if key.islower() and key in _titles_of(ent):
                return _full_name(ent, self.persons)
        return None


_INDEFINITE = frozenset({"a", "an", "another", "one"})


def _anonymous_antecedent(head: Any) -> Any:
    """The indefinite phrase a definite description refers back to, if it is the nearest.

    "a defense official" brings a new, unnamed person into the story; a later "the
    official" is that person, not the named official before it, as long as no
    other phrase with the same head noun comes in between.
    """
    if head.pos_ != "NOUN" or not any(t.lower_ in ("the", "this", "that") for t in head.lefts):
        return None
    lemma = head.lemma_.lower()
    for tok in reversed(head.doc[: head.i]):
        # Same noun, same number: "the official" does not refer back to "officials".
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.tag_ != head.tag_:
            continue
        if any(t.lower_ in _INDEFINITE and t.dep_ in ("det", "nummod") for t in tok.lefts):
            return tok
        # An earlier "the official" is the same unnamed person again: look further back.
        # The word as a named person's title ("official John Smith") ends the search.
        if _names_someone(tok) or not any(t.lower_ in ("the", "this", "that") for t in tok.lefts):
            return None
    return None


def _names_someone(tok: Any) -> bool:
    near = [tok.head, *tok.children]
    return tok.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in near)


def _titles_of(ent: Any) -> set[str]:
    """Words written as a title of a name: "spokesman X", "Secretary of State X", "X, the envoy"."""
    titles = {t.lemma_.lower() for t in ent.doc[max(0, ent.start - 4) : ent.start] if t.is_alpha}
    for tok in ent.root.children:
        if tok.dep_ == "appos":
            titles.add(tok.lemma_.lower())
    return titles


def _full_name(ent: Any, persons: list[Any]) -> Any:
    """A one-word PERSON entity expanded to the earlier full name ending with it."""
    if len(ent) > 1:
        return ent
    for other in persons:
        if other.start_char < ent.start_char and len(other) > 1 and other[-1].text == ent.text:
            return other
    return ent


def _entity_of(tok: Any) -> Any:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _actor(ent: Any, how: str) -> Actor:
    name = ent.text.removesuffix("’s").removesuffix("'s").strip()
    name = name.removeprefix("the ").removeprefix("The ")
    role = _role_before(ent)
    evidence = (f"quotes fallback: {how}",)
    return Actor(name=name, country=None, code=None, role=role, evidence=evidence)


def _role_before(ent: Any) -> str | None:
    """A common-noun title right before a name ("spokesman Abdul Qahar Balkhi")."""
    nouns = []
    for tok in reversed(ent.doc[max(0, ent.start - 4) : ent.start]):
        if tok.pos_ != "NOUN" or tok.dep_ != "compound":
            break
        nouns.append(tok.text)
    return " ".join(reversed(nouns)) or None


def _phrase(head: Any) -> tuple[int, int]:
    """Char span of the noun phrase headed by ``head``, without clauses hanging off it."""
    ent = _entity_of(head)
    lo = hi = head.i
    for child in head.lefts:
        if child.dep_ in _NAME_DEPS:
            lo = min(lo, child.left_edge.i)
    for child in head.rights:
        if child.dep_ in ("compound", "flat"):
            hi = max(hi, child.right_edge.i)
    if ent is not None:
        lo, hi = min(lo, ent.start), max(hi, ent.end - 1)
    doc = head.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
