"""Recall steps for actors named through a group or a relation: "members of the U.S. Senate"
are the body they belong to, "Iran-backed proxies" are an actor of their own, not their
backer, and "our partner Israel" is Israel. Steps of the recall pass
(:mod:`tidings.actors.recall`), run after the description steps."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import numpy as np
from spacy.strings import get_string_id

from tidings.actors.recall import Work, recall_words
from tidings.actors.resolve import resolve_with
from tidings.records import Actor, Entity, Mention

__all__ = ["apposed_relations", "backed_groups", "members_of"]

_NOUN = frozenset(get_string_id(p) for p in ("NOUN", "PROPN"))
_COMMON_NOUN = get_string_id("NOUN")
_APPOS = np.uint64(get_string_id("appos"))
_CONJ = get_string_id("conj")
# modifiers before a relation noun kept in its mention ("closest regional partner")
_MODIFIERS = frozenset(get_string_id(t) for t in ("amod", "compound"))
# kinds of entity a relation noun can stand for (a person's "friend" is left alone), and
# the mentions that name them
_RELATED_KINDS = frozenset({"state", "group", "organisation"})
_NAMING = frozenset({"name", "group", "capital"})


@cache
def _members_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(m) for m in sorted(recall_words().member_nouns))
    return re.compile(rf"\b(?:{words})\s+of\s+(?:(?:the|our|this|its|their)\s+)?",
                      re.IGNORECASE)


def members_of(w: Work) -> None:
    """"Members of the U.S. Senate", "members of our military": the members are the named
    body (a group, state or organisation with a country; a person's circle is left out)."""
    text = w.v.text
    if " of " not in text or not any(m in text or m.capitalize() in text
                                     for m in recall_words().member_nouns):
        return  # most articles: no regex scan
    for hit in _members_pattern().finditer(text):
        a = hit.start()
        b = a + len(hit.group().split(None, 1)[0])
        if not w.free(a, b):
            continue
        body = w.overlapping(hit.end(), hit.end() + 1)
        ent = w.ents.get(body[0].entity_id or -1) if body else None
        if ent is not None and ent.kind != "person" and ent.actor.country:
            w.add(a, b, ent.id, "description")


@cache
def _backer_marks() -> tuple[str, ...]:
    return tuple(f"{dash}{p}" for dash in "-–" for p in sorted(recall_words().backer_participles))


@cache
def _backer_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in sorted(recall_words().backer_participles))
    return re.compile(rf"[\w.][-–]({words})\b", re.IGNORECASE)


def _backed_noun(w: Work, k: int, fused: bool) -> int:
    """The noun a backer participle at token ``k`` modifies ("Iran - backed *proxies*",
    "U.S.-backed *fighters*", one token when ``fused``), or -1."""
    v = w.v
    if not fused and (k < 2 or v.lower(k - 1) not in ("-", "–") or
                      v.lower(k) not in recall_words().backer_participles):
        return -1
    head = v.heads[k]
    if not k < head <= k + 4 or v.pos[head] not in _NOUN:
        return -1
    return head


def _apposed_to(w: Work, start: int) -> Mention | None:
    """The named mention a description at character ``start`` is in apposition to ("the
    Houthis, an Iranian-backed terrorist organization"), or None."""
    before = w.v.text[max(0, start - 8):start]
    hit = re.search(r"(,\s+(?:an?|the)?\s*)$", before, re.IGNORECASE)
    if hit is None:
        return None
    at = start - len(hit.group(1))
    return next((m for m in w.mentions if m.end == at and m.kind == "name"), None)


def backed_groups(w: Work) -> None:
    """"Iran-backed proxies", "an Iranian-backed terrorist organization": the noun after a
    hyphenated backer participle is an actor of its own, not the backer before it (which
    keeps its own mention, as the clustering gave it). It keeps its own words' country and
    sector ("Iran-backed Iraqi militias" are Iraqi), or is the named actor it is apposed to;
    with no sector it is left."""
    v = w.v
    if not any(mark in v.text for mark in _backer_marks()):
        return  # most articles: a few substring tests, no regex scan
    for hit in _backer_pattern().finditer(v.text):
        k = max(0, bisect_right(v.idx, hit.start(1)) - 1)  # the token holding the participle
        fused = v.idx[k] < hit.start(1)  # "U.S.-backed" is one token
        head = _backed_noun(w, k, fused)
        if head < 0:
            continue
        a, b = v.idx[k + 1], v.ends[head]
        for m in w.overlapping(v.idx[k], b):
            if m.start < a < m.end:  # backer and noun taken as one: "U.S.-backed fighters"
                w.remove(m)
        if not w.free(a, b):
            continue
        actor = resolve_with(w.kb, v.chars(k + 1, head + 1), w.on)
        if actor is None or actor.sector is None:
            continue
        first = k if fused else k - 2
        backer = w.overlapping(v.idx[first], v.ends[first])
        near = _apposed_to(w, min([v.idx[first], *(m.start for m in backer)]))
        ent = w.ents.get(near.entity_id or -1) if near is not None else None
        if ent is None or ent.actor.sector != actor.sector:
            why = f"'{v.chars(first, k + 1)}': its backer, not its country"
            ent = w.ents[w.new_entity(Actor(v.chars(k + 1, head + 1), actor.country,
                                            actor.code, actor.sector, actor.role,
                                            (*actor.evidence, why)), "group")]
        w.add(v.idx[k + 1], v.ends[head], ent.id, "description")


def _named(w: Work, tok: int) -> Entity | None:
    """The placed state, group or organisation named at token ``tok``, or None (also for a
    name coordinated with another: in "Kenya and Uganda, its closest partners" the noun is
    both)."""
    if w.v.has_conjuncts(tok):
        return None
    for m in w.overlapping(w.v.idx[tok], w.v.ends[tok]):
        ent = w.ents.get(m.entity_id or -1)
        if m.kind in _NAMING and ent is not None and ent.kind in _RELATED_KINDS and \
                ent.actor.country:
            return ent
    return None


def _left_edge(w: Work, noun: int) -> int:
    """First token of the words before ``noun`` that depend on it ("the world's top state
    sponsor" from "sponsor")."""
    v, k = w.v, noun
    while k > 0 and noun - k < 8:
        up, hops = v.heads[k - 1], 0
        while up != noun and hops < 3 and noun - 8 <= up < noun:
            up, hops = v.heads[up], hops + 1
        if up != noun:
            break
        k -= 1
    return k


def _relation_target(w: Work, a: int) -> tuple[list[int], Entity | None]:
    """For an appositive token ``a``: the relation nouns of the pair (with a conjunct
    before them: "their neighbor and key U.S. partner, Taiwan") and the actor they name."""
    v, words = w.v, recall_words().relation_nouns
    h = v.heads[a]
    if v.lower(h) in words and v.pos[h] == _COMMON_NOUN:  # "our partner, Israel"
        nouns = [h]
        if v.dep[h] == _CONJ and v.lower(v.heads[h]) in words:
            nouns.append(v.heads[h])
        return nouns, _named(w, a)
    if v.lower(a) not in words or v.pos[a] != _COMMON_NOUN:
        return [], None
    ent = _named(w, h)  # "China, our pacing threat"
    left = _left_edge(w, a)
    if ent is None and left > 1 and v.lower(left - 1) == ",":
        ent = _named(w, left - 2)  # the parse hung the appositive on a later noun
    return [a], ent


def apposed_relations(w: Work) -> None:
    """A relation noun (``relation_nouns``: partner, ally, threat, sponsor) in apposition to
    a named state, group or organisation is a mention of that actor: "our closest regional
    partner, Israel", "China, our pacing threat", "Iran, the world's top state sponsor of
    terrorism". Its words after the possessor are the mention; a covered word ends it."""
    v = w.v
    for a in np.flatnonzero(v.arr[:, 7] == _APPOS).tolist():  # a few per article
        nouns, ent = _relation_target(w, a)
        if ent is None:
            continue
        for noun in nouns:
            start = noun
            while start > 0 and v.dep[start - 1] in _MODIFIERS and \
                    v.heads[start - 1] == noun and w.free(v.idx[start - 1], v.ends[start - 1]):
                start -= 1
            if w.free(v.idx[start], v.ends[noun]):
                w.add(v.idx[start], v.ends[noun], ent.id, "description")
