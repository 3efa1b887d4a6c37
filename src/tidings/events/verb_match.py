"""Matching a verb against the verb patterns: its particles (free, or bound to the object
they go with) and the context lemmas before and after it. Split from
:mod:`tidings.events.coder`, which re-exports ``pattern_of`` for the benchmarks."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.control import for_addressee
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.one_sided import USE_OF_FORCE_ROOTS
from tidings.events.patterns import (
    NO_EVENT,
    PatternMatch,
    VerbTable,
    match_verb,
    verb_blocks,
    verb_lemma,
)

__all__ = ["pattern_of"]

_SUBJ = tree.SUBJ
_PASS_SUBJ = tree.PASS_SUBJ
_SUBJECTS = _SUBJ | _PASS_SUBJ

_CLAUSAL = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl", "conj", "cc",
                      "punct", "parataxis", "relcl", "mark", "aux", "auxpass", "neg", "xcomp",
                      "acl", "appos"})
_DEPTH = 3


def _context(tok: Token, skip: frozenset[str]) -> Iterator[Token]:
    frontier = [(c, 1) for c in children(tok) if c.dep_ not in skip and not tree.is_when(c)]
    while frontier:
        node, depth = frontier.pop()
        yield node
        if depth < _DEPTH:
            frontier.extend((c, depth + 1) for c in children(node)
                            if c.dep_ not in {"relcl", "ccomp", "advcl", "punct", "acl"})


def _lemmas(tokens: Iterator[Token]) -> frozenset[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(t.lemma_.lower())
        out.add(t.lower_)
    return frozenset(out)


def _particles(verb: Token) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(free, bound) particle candidates of ``verb``. Free: ``prt`` children and the
    prepositions on the verb. Bound (to the object lemmas they go with): an adverb particle
    (cues ``adverb_particle``) heading its own object after the verb's direct object, which
    is an adjunct unless the pattern uses that object ("gave grants to farmers in Kenya",
    "took a swipe at X over Y"; a split particle without an object, "forced UNHCR out of
    the country", stays free), and the prepositions the parser hangs on the direct object
    ("took a jab at Iran": "at" under "jab")."""
    kids = children(verb)
    objs = [c for c in kids if c.dep_ == "dobj"]
    free: set[str] = set()
    bound: dict[str, set[str]] = {}
    for c in kids:
        if _adverb_particle(verb, c):
            free.add(c.lower_)
            continue
        if c.dep_ not in {"prt", "prep", "agent"} or tree.is_when(c):
            continue
        before = {o.lemma_.lower() for o in objs if o.i < c.i}
        if c.dep_ == "prep" and before and c.lower_ in cues("adverb_particle") \
                and any(g.dep_ == "pobj" for g in children(c)):
            bound.setdefault(c.lower_, set()).update(before)
        else:
            free.add(c.lower_)
    for obj in objs:
        for c in children(obj):
            if c.dep_ == "prep" and not tree.is_when(c):
                bound.setdefault(c.lower_, set()).add(obj.lemma_.lower())
    if for_addressee(verb) is not None:
        free.add("for")  # "called for Pakistan to reopen": "for" marks the infinitive
    return frozenset(free), {p: frozenset(v) for p, v in bound.items() if p not in free}


def _adverb_particle(verb: Token, word: Token) -> bool:
    """A particle the parser made an adverb: "rolled back the tariffs", "rolled the
    tariffs back" (``advmod``, not ``prt``). Only a bare word after the verb: an adverb
    with a phrase of its own ("back in 2019") is no particle."""
    return word.dep_ == "advmod" and word.i > verb.i and not any(children(word)) \
        and word.lower_ in cues("adverb_particle")


def pattern_of(verb: Token, table: VerbTable | None,
               lookup: tree.ActorLookup | None = None) -> PatternMatch | None:
    """The verb's pattern. With ``lookup`` (the coder's), rows for a thing as object
    (``&THING``) may fire too: :func:`_thing_object`."""
    kids = children(verb)
    particles, bound = _particles(verb)
    before = _lemmas(t for c in kids if c.dep_ in _SUBJECTS for t in c.subtree)
    # The modals of a reported clause ("said that Sudan must return ...") make the
    # speech act a demand; they are the only part of a "that" clause a pattern may see.
    modals = (a for c in kids if c.dep_ == "ccomp" for a in children(c)
              if a.dep_ == "aux")
    after = _lemmas(_context(verb, _CLAUSAL)) | _lemmas(modals)
    gap = tree.gapped_object(verb)
    if gap is not None:
        after |= _lemmas(iter([gap]))  # "the support they received from Iran"
    adj = tree.small_clause(verb)
    if adj is not None:
        # "holds Pakistan responsible": the object complement the parser made a clause.
        after |= _lemmas(iter([adj]))
    lemma = verb_lemma(verb)
    thing = _thing_object(verb, lemma, lookup) if table is None else None
    if thing is not None:
        after |= {_THING}
    match = match_verb(lemma, particles, before, after, table, bound)
    if match is not None and thing is not None and _THING in match.words:
        # The object is what the row used, so it is no target.
        match = PatternMatch(match.pattern, match.words - {_THING} | {thing.lemma_.lower()})
    if match is None or match.pattern.code == NO_EVENT:
        match = _through_complement(verb, lemma, particles, before, after, table, bound) \
            or match
    return None if match is None or match.pattern.code == NO_EVENT else match


# "returned the looted bronzes to Nigeria" (CAMEO 0842 return property) against "returned
# the migrants to Mexico" (0841 people): PETRARCH's RETURN rows list a few objects one word
# at a time; a row whose context is "&THING" (curated_patterns.tsv) takes any object that
# is a thing.
_THING = "&thing"


@cache
def _thing_verbs() -> frozenset[str]:
    return frozenset(lemma for lemma, pats in verb_blocks().items()
                     if any(_THING in e for p in pats for e in p.post))


def _thing_object(verb: Token, lemma: str, lookup: tree.ActorLookup | None) -> Token | None:
    """The verb's object (a passive's subject) when it is a thing: a common noun that is
    no name and stands for no actor (people, forces, a country); only for verbs with a
    ``&THING`` row."""
    if lookup is None or lemma not in _thing_verbs():
        return None
    obj = next((c for c in children(verb) if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is None:
        return None
    obj = tree.counted_noun(obj)  # "returned dozens of looted bronzes"
    if obj.pos_ != "NOUN" or obj.ent_type_ or obj.lemma_.lower() in _not_things() \
            or tree.actors_of(lookup, tree.group(obj)):
        return None
    return obj


@cache
def _not_things() -> frozenset[str]:
    """Objects that are no property: acts returned in kind and states of affairs
    ("returned the favour", "returned power to civilians"), words and abstractions."""
    from tidings.events.senses import sense_words  # senses reads patterns through this module

    words = sense_words()
    return frozenset().union(*(words[c] for c in _NOT_THINGS))


_NOT_THINGS = ("RETURNED_ACT", "ABSTRACT", "VERBAL", "VIEWPOINT")


def _through_complement(verb: Token, lemma: str, particles: frozenset[str],
                        before: frozenset[str], after: frozenset[str], table: VerbTable | None,
                        bound: dict[str, frozenset[str]]) -> PatternMatch | None:
    """A pattern over the verb's infinitive complement, for a verb that codes nothing
    alone (its bare row is ``---``): "failed to reach agreement" is PETRARCH's FAIL * TALKS
    kind of event (CAMEO 164), while bare "fail" is none. Only a pattern that uses a word
    of the complement counts, and a verb with an event of its own keeps it."""
    comps = [c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}] \
        + _claimed_deeds(verb)
    if not comps:
        return None
    bare = match_verb(lemma, frozenset(), frozenset(), frozenset(), table)
    if bare is None or bare.pattern.code != NO_EVENT:
        return None
    for comp in comps:
        words = _lemmas(iter([comp])) | _lemmas(_context(comp, _CLAUSAL)) \
            | _deed_class(verb, comp)
        match = match_verb(lemma, particles, before, after | words, table, bound)
        if match is not None and match.pattern.code != NO_EVENT and match.words & words:
            # The class mark stands for the deed's verb, whose target the claim takes.
            return PatternMatch(match.pattern, match.words | {comp.lemma_.lower()}) \
                if _FORCE_DEED in match.words else match
    return None


# "claimed that they had shelled X": a claimed deed whose own pattern is a use of force
# (CAMEO 18-20: assault, fight, mass violence) is what PETRARCH's CLAIM * ATTACK /
# BOMBING / KILLING / MASSACRE rows name one word at a time; the claim rows use this mark
# (curated_patterns.tsv) instead of a list of force verbs.
_FORCE_DEED = "&force_deed"


def _deed_class(verb: Token, comp: Token) -> frozenset[str]:
    """The class mark of a deed claimed ("claimed that they had shelled", "claimed to have
    shelled": "&force_deed" for a use of force), else none."""
    if verb.lemma_.lower() not in cues("deed_claim"):
        return frozenset()
    own = pattern_of(comp, None)
    return frozenset({_FORCE_DEED}) if own is not None \
        and own.pattern.code[:2] in USE_OF_FORCE_ROOTS else frozenset()


def _claimed_deeds(verb: Token) -> list[Token]:
    """"claimed that they had attacked X" (cues ``deed_claim``): a "that" clause whose
    subject is a pronoun is the speaker's own deed claimed, read as the infinitive of
    "failed to ..." is; a clause with a named doer ("claimed that X had attacked") is
    another party's deed."""
    if verb.lemma_.lower() not in cues("deed_claim"):
        return []
    return [c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ == "VERB"
            and any(g.dep_ in _SUBJ and g.pos_ == "PRON" for g in children(c))]
