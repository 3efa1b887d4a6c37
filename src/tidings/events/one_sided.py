"""One-sided events (issue 5): an event with a blank source or target, as GDELT keeps events
with a blank Actor1 or Actor2 ("five protesters were arrested", "rebels clashed near the
border", "the army's offensive").

The coder proposes them only when asked (``code_sentence(..., one_sided=True)``); the stage
keeps one when its *construction* (how the side came to be missing) and its CAMEO root are
listed in ``data/one_sided.tsv``, chosen by measurement on the dev halves (docs/events.md,
"Round 13 — one-sided events"). Every flag and sense filter of a two-sided event applies
unchanged; only the missing side is new.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from tidings.events.codebook import data_rows
from tidings.events.doc_memo import children
from tidings.events.raw import RawEvent
from tidings.records import Actor, Event

__all__ = ["CONSTRUCTIONS", "PENALTY", "USE_OF_FORCE_ROOTS", "able_source", "accidental",
           "allowed", "construction", "drop_subsumed", "listed", "named_elsewhere", "physical"]

CONSTRUCTIONS = frozenset({
    "agentless_passive",  # "five protesters were arrested": target only
    "passive_modifier",  # "the men held since March": a participle or relative clause
    "intransitive",  # "rebels clashed near the border": source only, no object at all
    "object_not_actor",  # "police fired shots": the object resolves to no actor
    "nominal_no_source",  # "attacks on the convoy" with no owner or doer: target only
    "nominal_no_target",  # "the army's offensive": source only
    "unknown_side",  # one side resolved to an unknown kind (---UNK): blanked
})
# A blank side places the event in no dyad, and on the dev halves one-sided events were less
# often right than two-sided ones (docs/events.md, Round 13): the same step as a side
# without a country.
PENALTY = 0.2


@cache
def _table() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for n, row in data_rows("one_sided.tsv"):
        name = row["construction"]
        if name not in CONSTRUCTIONS:
            raise ValueError(f"one_sided.tsv:{n}: unknown construction {name!r}")
        out[name] = frozenset(r for r in row["roots"].split(",") if r)
    return out


@cache
def _causes(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(row["word"] for _, row in data_rows("one_sided_causes.tsv")
                     if row["kind"] in kinds)


# Uses of force: assault, fight, mass violence (CAMEO 18-20).
USE_OF_FORCE_ROOTS = frozenset({"18", "19", "20"})


@cache
def _force(kind: str) -> frozenset[str]:
    return frozenset(row["word"] for _, row in data_rows("one_sided_force.tsv")
                     if row["kind"] == kind)


def physical(raw: RawEvent) -> bool:
    """Whether a use of force is physical: a verb of harm ("were killed") or a weapon, an
    armed actor or fighting named in its sentence (``one_sided_force.tsv``)."""
    if raw.anchor.lemma_.lower() in _force("verb"):
        return True
    words = _force("word")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in raw.anchor.sent)


def accidental(raw: RawEvent, code: str, source_blank: bool) -> bool:
    """A one-sided use of force that nobody did (``one_sided_causes.tsv``): no doer and no
    physical force (:func:`physical`), or no doer in a sentence that names a disaster or an
    accident ("four passengers were killed as the lorry crashed on a pass"), or an only side
    that undergoes it ("soldiers died"); GDELT's blank actor would stand for a deed that did
    not happen."""
    if code[:2] not in USE_OF_FORCE_ROOTS:
        return False
    if not source_blank:  # "soldiers died": the only side undergoes the event
        return raw.anchor.lemma_.lower() in _causes(frozenset({"undergo"}))
    if not physical(raw):
        return True  # "the senator was attacked from all sides": no force at all
    words = _causes(frozenset({"disaster", "accident"}))
    return any(t.lemma_.lower() in words or t.lower_ in words for t in raw.anchor.sent)


@cache
def _sides() -> dict[str, frozenset[str]]:
    return {row["roots"]: frozenset(row["sectors"].split(","))
            for _, row in data_rows("one_sided_sides.tsv")}


def able_source(actor: Actor, code: str) -> bool:
    """Whether ``actor`` may be the only side of an event of ``code`` with a blank target
    (``one_sided_sides.tsv``: armed actors for force, the public for protest)."""
    sectors = _sides().get(code[:2])
    if sectors is None:
        return True
    own = (actor.code or "")[3:] + (actor.sector or "")
    return any(own[i:i + 3] in sectors for i in range(0, len(own), 3))


_NAMING_PREPS = frozenset({"with", "at", "against", "on", "upon", "for", "toward", "towards",
                           "into"})


def named_elsewhere(raw: RawEvent, lookup: Callable[[Token], list[Actor]]) -> bool:
    """Whether the sentence names the party a verbal one-sided event leaves blank: an actor
    after "with", "at", "against", "on", "for" on the verb ("fired back at X", "clashed
    with X"; the pattern took no target there, so its sense is in doubt), or, for a blank
    target, the noun a participle or relative clause modifies ("the officers who fired").
    A passive on a noun with no doer ("the men held since March") is left to its own
    construction, ``passive_modifier``, so that its row in ``one_sided.tsv`` decides."""
    verb = raw.anchor
    if verb.pos_ == "NOUN":
        return False
    if verb.dep_ in {"relcl", "acl"}:
        return raw.source is not None
    return any(lookup(g) for c in children(verb) if c.dep_ in {"prep", "prt"}
               and c.lower_ in _NAMING_PREPS for g in children(c) if g.dep_ == "pobj")


@cache
def listed(*names: str) -> bool:
    """Whether any of these constructions has a root in ``one_sided.tsv`` (the coder skips
    proposing what would never be emitted)."""
    return any(_table().get(n) for n in names)


def allowed(name: str, code: str) -> bool:
    """Whether a one-sided event of ``construction`` with CAMEO ``code`` is emitted."""
    return code[:2] in _table().get(name, frozenset())


def _has_object(verb: Token) -> bool:
    # Prepositional phrases are left out: most are places and times ("clashed near the
    # border"), not a missed participant.
    return any(c.dep_ in {"dobj", "dative", "attr", "oprd"} for c in children(verb))


def construction(raw: RawEvent, source_blank: bool) -> str:
    """How the raw event's blank side came about (``source_blank``: the source is blank)."""
    if raw.anchor.pos_ == "NOUN":
        return "nominal_no_source" if source_blank else "nominal_no_target"
    if source_blank and raw.source is None:
        # A passive that modifies a noun ("the men held since March", "who had been
        # detained") describes the participant, often by a deed long past.
        return "passive_modifier" if raw.anchor.dep_ in {"acl", "relcl"} \
            else "agentless_passive"
    if source_blank:
        return "unknown_side"
    if raw.target is not None:
        return "unknown_side"
    return "object_not_actor" if _has_object(raw.anchor) else "intransitive"


def drop_subsumed(events: list[Event]) -> list[Event]:
    """A one-sided event of a sentence that also has a two-sided event of the same root with
    the same actor on the same side ("jets struck the camp; the strike killed ten" with the
    strike's doer named only in the first clause) is a partial view of that event."""
    full = {(e.start, e.root, side, who) for e in events if not e.one_sided
            for side, who in (("s", e.source), ("t", e.target))}
    return [e for e in events if not e.one_sided
            or (e.start, e.root, "s" if e.source else "t", e.source or e.target) not in full]
