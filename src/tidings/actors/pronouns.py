"""Antecedents of the pronouns he/she and they/them/their, for the clustering.

he/she (him, his, her) take the nearest preceding person, preferring subjects of the same
sentence, then of the previous sentence, then any person within three sentences.
they/them/their take the nearest preceding group or plural description, never an agency,
company or national institution named in the singular (IGO/NGO/MNC code,
``singular_bodies``) nor a capital standing for its government; a state only for a
possessive "their" whose nearest earlier candidate in its sentence is that state as subject.
An object pronoun, or one after a preposition, never takes the subject of the verb that
governs it. :func:`governing_verb`, :func:`rank_antecedents` and :func:`plural_rival` are
also asked by the recall pass (:mod:`tidings.actors.recall`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import takewhile
from typing import TypeVar

from spacy.strings import get_string_id

from tidings.actors.candidates import PRONOUNS, Candidate
from tidings.actors.coref_state import Ent, Seen, State
from tidings.actors.rules import rules
from tidings.actors.view import View

__all__ = ["governing_verb", "plural_rival", "pronoun_antecedent", "rank_antecedents"]

_SINGULAR = frozenset(get_string_id(t) for t in ("NN", "NNP"))
_PLURAL = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))
_NNS = get_string_id("NNS")
_POSS = get_string_id("poss")
_CONJ = get_string_id("conj")
_OBJECT = frozenset(get_string_id(t) for t in ("dobj", "dative"))
_POBJ = get_string_id("pobj")
_VERBS = frozenset(get_string_id(t) for t in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
_COMPOUND_DEPS = frozenset(get_string_id(t) for t in ("compound", "amod", "nmod"))
_MEASURE = rules().measure_nouns
_SINGULAR_ORGS = frozenset(("IGO", "NGO", "MNC"))
_BODIES = rules().singular_bodies
_REFLEXIVE = frozenset(p for p in rules().pronouns if p.endswith(("self", "selves")))


def pronoun_antecedent(st: State, c: Candidate) -> Ent | None:
    """Nearest compatible antecedent: in the pronoun's sentence a subject before it, else the
    nearest; failing that, in the closest earlier sentence that has one, its subject, else
    its nearest. An object pronoun never takes the subject of its own verb ("US forces
    destroyed them"), and a plural pronoun with a nearer plural noun that is no actor in
    its sentence is left unresolved ("Iran's strikes ..., saying they targeted ...")."""
    want_person = PRONOUNS[c.query] != "p"  # a pronoun's query is its lower-case form
    v = st.v
    heads = v.heads
    if not want_person and v.dep[c.start] == _POSS:
        state = _state_subject(st, c)
        if state is not None:
            return state
    reflexive = c.query in _REFLEXIVE
    if reflexive:
        own = _own_subject(st, c, want_person)
        if own is not None:
            return own
    best = rank_antecedents(
        c.sent, None if reflexive else governing_verb(v, c.start),
        ((seen.cand.sent, seen.cand.subject, heads[seen.cand.end - 1], seen)
         for seen in takewhile(lambda s: c.sent - s.cand.sent <= 3, reversed(st.seen))
         if _compatible(st, seen, want_person)))
    if best is None or (not want_person and _nearer_plural(st, c, best)):
        return None
    return best.ent


def _own_subject(st: State, c: Candidate, want_person: bool) -> Ent | None:
    """"Maria Lindqvist said Peter Hallam sees himself as ...": a reflexive object or the object
    of a preposition of its verb means that verb's own subject, not the nearest subject of
    the sentence (the rule for other object pronouns is the opposite)."""
    verb = governing_verb(st.v, c.start)
    if verb is None:
        return None
    heads = st.v.heads
    for seen in reversed(st.seen):
        if seen.cand.sent != c.sent:
            return None
        if seen.cand.start < c.start and seen.cand.subject \
                and heads[seen.cand.end - 1] == verb and _compatible(st, seen, want_person):
            return seen.ent
    return None


def _state_subject(st: State, c: Candidate) -> Ent | None:
    """"Ukraine is not asking anybody to fight their fight": a possessive "their" whose
    nearest earlier candidate in its sentence is a state as subject is that state's (states
    are otherwise no antecedent of they/their: "sanctions on Iran ... they" is unclear)."""
    for seen in reversed(st.seen):
        if seen.cand.sent != c.sent:
            return None
        if seen.cand.start < c.start:
            if seen.ent.kind != "state" or not seen.cand.subject:
                return None
            # "Pakistan refused to let Afghan patients and their carers in": a plural noun
            # between them is the nearer owner
            nns, covered = st.plural_nouns(), st.covered.__getitem__
            between = nns[bisect_left(nns, seen.cand.end):bisect_left(nns, c.start)]
            return None if any(_rival(st.v, k, covered) for k in between) else seen.ent
    return None


def governing_verb(v: View, i: int) -> int | None:
    """The verb whose subject pronoun ``i`` cannot mean: the verb of an object pronoun, or
    of a preposition it is the object of ("freedom loving people ... stand with them": a
    subject meaning itself there would say "themselves")."""
    if v.dep[i] in _OBJECT:
        return v.heads[i]
    if v.dep[i] == _POBJ:
        verb = v.heads[v.heads[i]]
        if v.tag[verb] in _VERBS:
            return verb
    return None


_Item = TypeVar("_Item")


def rank_antecedents(sent: int, object_of: int | None,
                     earlier: Iterable[tuple[int, bool, int, _Item]]) -> _Item | None:
    """The antecedent of a pronoun in sentence ``sent`` among ``earlier`` compatible
    candidates, nearest first, each (sentence, is a subject, its head verb, item): in the
    nearest sentence (of the pronoun's and the three before) that has one, its subject, else
    its nearest. A pronoun that is the object of verb ``object_of`` never takes that verb's
    subject. Shared by the clustering and the recall pass's re-ranking."""
    found: tuple[int, _Item] | None = None  # (sentence, item) of the nearest candidate
    for where, subject, head, item in earlier:
        if sent - where > 3 or (found is not None and where < found[0]):
            break
        if subject:
            if object_of is not None and head == object_of:
                continue
            return item
        if found is None:
            found = (where, item)
    return found[1] if found is not None else None


def _nearer_plural(st: State, c: Candidate, best: Seen) -> bool:
    """Whether a plural common noun that is no actor mention stands between the chosen
    antecedent and the pronoun, in the pronoun's sentence: the nearer plausible antecedent.
    "Their" after the subject of its own sentence stays with the subject ("the Houthis
    launched drones from their territory")."""
    v = st.v
    if v.dep[c.start] == _POSS and best.cand.subject and best.cand.sent == c.sent:
        return False
    # an object pronoun also looks back over the previous sentence ("... launched drones.
    # US forces destroyed them"); a subject "they" opening a sentence continues its subject
    lo = st.sent_start(c.start)
    if v.dep[c.start] in _OBJECT and lo > 0:
        lo = st.sent_start(lo - 1)
    lo = max(best.cand.end, lo)
    nns = st.plural_nouns()
    covered = st.covered.__getitem__
    return any(_rival(v, nns[k], covered)
               for k in range(bisect_left(nns, c.start) - 1, bisect_left(nns, lo) - 1, -1))


def _rival(v: View, i: int, covered: Callable[[int], int]) -> bool:
    """Whether plural noun ``i`` (no part of an actor mention) could itself be what a
    later "they" means: not a modifier, a measure word, or a conjunct of an actor
    ("citizens and their family members ... they": both, not a rival)."""
    return not covered(i) and v.dep[i] not in _COMPOUND_DEPS and \
        v.lower(i) not in _MEASURE and not (v.dep[i] == _CONJ and covered(v.heads[i]))


def plural_rival(v: View, pronoun: int, antecedent_end: int, antecedent_subject: bool,
                 covered: Callable[[int], int]) -> bool:
    """The clustering's nearer-plural test for an antecedent found later (the recall pass's
    plural groups): whether a plural noun that is no actor stands between the antecedent
    (ending before token ``antecedent_end``) and plural pronoun token ``pronoun``, in the
    pronoun's sentence, or the one before for an object pronoun. ``covered(i)``: token
    ``i`` is part of an actor mention."""
    sents = v.sents
    lo = pronoun
    while lo > 0 and sents[lo - 1] == sents[pronoun]:
        lo -= 1
    if v.dep[pronoun] == _POSS and antecedent_subject and antecedent_end > lo:
        return False
    if v.dep[pronoun] in _OBJECT and lo > 0:
        lo -= 1
        while lo > 0 and sents[lo - 1] == sents[lo]:
            lo -= 1
    return any(v.tag[i] == _NNS and _rival(v, i, covered)
               for i in range(pronoun - 1, max(antecedent_end, lo) - 1, -1))


def _compatible(st: State, seen: Seen, want_person: bool) -> bool:
    if want_person:
        return seen.ent.kind == "person"
    if seen.ent.kind in ("person", "state") or (seen.cand.kind == "pronoun" and
                                                 PRONOUNS.get(seen.cand.query) != "p"):
        return False
    if seen.cand.kind == "description":
        return st.v.tag[seen.cand.end - 1] in _PLURAL
    # "the WFP ... they discussed": an agency or company named in the singular is an "it";
    # a plural "they" after it means the people around it, not the organisation. So is a
    # national institution ("the Department of State") or a capital standing for its
    # government ("Washington")
    last = seen.cand.end - 1
    return not (st.v.tag[last] in _SINGULAR and (
        (seen.ent.actor.code or "")[:3] in _SINGULAR_ORGS or seen.cand.kind == "capital"
        or st.v.lower(last) in _BODIES))
