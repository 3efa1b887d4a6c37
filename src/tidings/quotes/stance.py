"""Attributions without a reported clause: stances, intentions, "as X said".

* ``X criticized the deal`` / ``X called for a ceasefire``: a verb of
  ``data/np_cues.tsv`` whose noun-phrase object is what X said or holds
  (rule ``indirect-np``).
* ``X wants/plans/refuses to ...``: an attributed intention (``indirect-intention``).
* ``As the Post reported, CLAUSE``: the main clause is the report (``indirect-as``).

All of these are attributions only when an actor holds them, so the subject
must be a person or organisation (:func:`animate`): "the bill supports farmers"
or "attacks threatening progress" are not reports. A cue in an infinitival
purpose clause ("will travel to the region to urge ...") reports nothing yet
(:func:`in_purpose_clause`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tidings.quotes.lexicon import (
    actor_nouns,
    adj_cues,
    cue_class,
    cue_nouns,
    np_cues,
    passive_cues,
    raising_cues,
    stance_extent,
)
from tidings.quotes.speaker import SpeakerResolver

__all__ = [
    "adj_content", "animate", "as_report", "in_purpose_clause", "np_content", "passive_content",
    "raised_content",
]

_PERSON_PRONOUNS = frozenset({"he", "she", "they", "who", "i", "we", "you"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLAUSE_DEPS = ("advcl", "xcomp", "acl")
_RAISED = ("xcomp", "acomp", "oprd", "attr")
_PASSIVE_PREPS = frozenset({"as", "for"})
_NOT_CONTENT = frozenset({"it", "that", "which", "who", "this"})


def _extends(child: Any) -> bool:
    """Does this dependent after a stance's object belong to its content?"""
    kind, value = ("prep", child.lower_) if child.dep_ == "prep" else ("dep", child.dep_)
    return (kind, value) in stance_extent()


def animate(tok: Any, resolver: SpeakerResolver) -> bool:
    """Can ``tok`` (a subject head) hold a view: a name, a person pronoun, an actor?"""
    if tok.lower_ in _PERSON_PRONOUNS or tok.ent_type_ in _ACTOR_ENTS or tok.pos_ == "PROPN":
        return True
    if tok.lemma_.lower() in actor_nouns() or tok.lower_ in actor_nouns():
        return True
    if resolver.covering_mention(tok.idx, tok.idx + len(tok.text)) is not None:
        return True
    # "the Pakistani government", "officials": the head word itself must name an actor
    # ("Iranian attacks" has a country but is not one)
    return _names_actor(tok.lower_)


@lru_cache(maxsize=4096)
def _names_actor(word: str) -> bool:
    from tidings.actors import resolve

    actor = resolve(word)
    return actor is not None and bool(actor.code or actor.country)


def np_content(verb: Any) -> list[Any] | None:
    """The noun-phrase content of a stance verb ("praised [Christie's leadership]")."""
    if verb.pos_ != "VERB":
        return None
    preps = np_cues().get(verb.lemma_.lower())
    if not preps or any(c.dep_ in ("ccomp", "auxpass") for c in verb.children):
        return None  # a clause is a report for the other rules; a passive has no actor subject
    for child in verb.children:
        if child.dep_ == "dobj" and "-" in preps:
            if _noun_with_clause(child):
                return None  # "shared his view that ...": the noun cue reports the clause
            # "criticized Clinton for accepting donations": the grounds (data/stance_extent.tsv)
            # belong to the stance
            grounds = [c for c in verb.children if c.i > child.i and _extends(c)]
            return [t for c in (child, *grounds) for t in c.subtree]
        if child.dep_ == "prep" and child.lower_ in preps:
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
            if objs:  # "sees the deal as a victory": the object and how it is seen
                more = [c for c in verb.children if c.i > child.i and _extends(c)]
                return [*objs[0].subtree, *child.subtree, *(t for c in more for t in c.subtree)]
            content = [t for t in child.subtree if t.i != child.i]
            # "called for the EU to expand patrols ...": the to-clause is part of the call
            # and so are its other extents ("referred to immigrants as criminals")
            tail = [c for c in verb.children if c.i > child.i and _extends(c)]
            for c in tail:
                content.extend(c.subtree)
            return content or None
        if child.dep_ == "xcomp" and "to-inf" in preps and _to_clause(child):
            return list(child.subtree)  # "declined to comment", "voted to repeal"
        # "calling for the EU to expand patrols ...": parsed as a for-clause
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ in preps]
        if child.dep_ in ("advcl", "ccomp") and marks:
            return [t for t in child.subtree if t.i != marks[0].i]
    return None


def _noun_with_clause(noun: Any) -> bool:
    """A noun cue with its own that-clause ("his view that ...", "concern that ...")."""
    if noun.lemma_.lower() not in cue_nouns():
        return False
    return any(
        c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" for g in c.children)
        for c in noun.children
    )


def _to_clause(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def raised_content(verb: Any) -> list[Any] | None:
    """"X seemed to shrink", "X appears uneasy": the subject and the complement of a
    raising verb of ``data/raising_cues.tsv``; "it appears that ...": the clause."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in raising_cues():
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ == "it":
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        return list(clause.subtree) if clause is not None else None
    comp = next((c for c in verb.children if c.dep_ in _RAISED and c.i > verb.i), None)
    if comp is None:
        return None
    return [*subj.subtree, *comp.subtree]


def passive_content(verb: Any) -> list[Any] | None:
    """"X is expected to win", "the deal is seen as a victory": the passive subject and
    its complement, for a verb of ``data/passive_cues.tsv``."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in passive_cues():
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _NOT_CONTENT:
        return None
    comps = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ in _PASSIVE_PREPS))]
    return [*subj.subtree, *(t for c in comps for t in c.subtree)]


def adj_content(adj: Any) -> list[Any] | None:
    """"X is confident that ...", "critical of ...", "ready to ...": the content of an
    attitude adjective predicated of its clause's subject, or None."""
    how = adj_cues().get(adj.lower_)
    if how is None or adj.pos_ != "ADJ" or adj.dep_ not in ("acomp", "oprd", "ccomp"):
        return None
    for child in adj.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and how.to_clause):
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in how.preps:
            content = [t for t in child.subtree if t.i != child.i]
            return content or None
    return None


def as_report(tok: Any) -> list[Any] | None:
    """"As the Post reported, CLAUSE": the clause around the as-clause, or None."""
    if tok.dep_ != "advcl" or tok.head is tok:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # "as expected": nobody reports anything
    # the reporting "as" is set off by commas; "cheered as she noted" is temporal
    first, last = tok.left_edge, tok.right_edge
    sdoc = tok.doc
    before_ok = first.is_sent_start or sdoc[first.i - 1].is_punct or sdoc[first.i - 1].dep_ == "cc"
    after_ok = last.i + 1 < len(sdoc) and sdoc[last.i + 1].is_punct
    if not (before_ok and after_ok):
        return None
    skip = {t.i for t in tok.subtree}
    return [t for t in tok.head.subtree if t.i not in skip]


def in_purpose_clause(cue: Any) -> bool:
    """"travel to the region to urge ...": an infinitival cue under a non-cue verb."""
    if cue.dep_ not in _CLAUSE_DEPS or cue.head is cue:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    head = cue.head
    return cue_class(head.lemma_) is None and head.lemma_.lower() not in np_cues()
