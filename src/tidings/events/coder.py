"""A dependency-based CAMEO coder over one spaCy sentence.

For each event word (a verb matched by a pattern, or a nominal event such as "talks with"
or "strikes on") it finds the source (subject, or the agent of a passive; inherited by
``xcomp``/``conj`` verbs and relative clauses) and the targets (object, prepositional
object, or the other members of a "between X and Y" pair), and returns one
:class:`RawEvent` per (source actor, target actor) pair. Actors are looked up through an
:class:`ActorLookup`, so the coder knows nothing about how names become actors.

This module is the sentence driver; the steps live in siblings, in the order they run:
:mod:`~tidings.events.verb_match` (a verb's pattern), :mod:`~tidings.events.verb_events`
(its flags and re-coding), :mod:`~tidings.events.participants` (its sources and targets)
and :mod:`~tidings.events.nominal` (event nouns). The names other modules and the
benchmarks import from here stay importable from here.
"""

from __future__ import annotations

from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from tidings.events import syntax as tree
from tidings.events.control import controller
from tidings.events.doc_memo import children, columns
from tidings.events.nominal import code_noun
from tidings.events.object_nouns import noun_rule
from tidings.events.one_sided import listed
from tidings.events.owners import subject_actors
from tidings.events.participants import clause_doers, undergoes
from tidings.events.patterns import PatternMatch, VerbTable
from tidings.events.raw import RawEvent
from tidings.events.targets import STANCE_ROOTS
from tidings.events.verb_events import code_verb
from tidings.events.verb_match import pattern_of  # the benchmarks import it from here

__all__ = ["ActorLookup", "RawEvent", "clause_doers", "code_sentence", "noun_rule",
           "subject_actors", "undergoes"]

ActorLookup = tree.ActorLookup
_subject = tree.subject  # used by benchmarks/events.py --errors
_ROOT = get_string_id("ROOT")


def code_sentence(sent: Span, lookup: ActorLookup, table: VerbTable | None = None,
                  one_sided: bool = False) -> list[RawEvent]:
    """Every event of one sentence (before reported-speech, folding and record building).

    With ``table`` (another verb dictionary) only verbs are coded, not nominal events.
    ``one_sided`` also proposes events with a blank source (agentless passives, event nouns
    without a doer, and event nouns without a target; :mod:`tidings.events.one_sided`); a
    verb's blank target is always proposed."""
    out: list[RawEvent] = []
    nominal_one_sided = one_sided and listed("nominal_no_source", "nominal_no_target")
    covered: set[int] = set()
    matches: dict[int, PatternMatch | None] = {}  # verb index -> its match (default table)
    verbs, nouns = _candidates(sent)
    for tok in verbs:
        matches[tok.i] = pattern_of(tok, table, lookup)
        found = code_verb(tok, matches[tok.i], lookup, table, one_sided)
        out.extend(found)
        if found and found[0].code[:2] not in STANCE_ROOTS:
            # Praise or blame of an event ("condemned the attacks from Lebanon into
            # Israel") leaves the event itself to be coded.
            # "the support they received from Iran": the relative clause's noun too.
            objs = [t for t in children(tok) if t.dep_ in {"dobj", "attr"}]
            objs += [g for g in [tree.gapped_object(tok)] if g is not None]
            covered.update(t.i for t in objs if t.lemma_.lower() in found[0].consumed)
    for tok in nouns:
        if table is None and tok.i not in covered:
            # A noun's head verb is in this sentence, so its match is already known.
            out.extend(code_noun(tok, lookup, matches.get(tok.head.i), nominal_one_sided))
    return _drop_bare_governors(out)


def _candidates(sent: Span) -> tuple[list[Token], list[Token]]:
    """(verbs, nouns) of the sentence, in order: a verb, an auxiliary or a root adjective
    may be an event word, a noun a nominal event. The article's label ids are compared and
    Tokens made only for the words kept (a walk over Tokens cost a Token per word)."""
    doc = sent.doc
    cols = columns(doc)
    verbs: list[Token] = []
    nouns: list[Token] = []
    for i in range(sent.start, sent.end):
        pos = cols.pos[i]
        if pos in {VERB, AUX} or (pos == ADJ and cols.dep[i] == _ROOT):
            verbs.append(doc[i])
        elif pos == NOUN:
            nouns.append(doc[i])
    return verbs, nouns


def _drop_bare_governors(events: list[RawEvent]) -> list[RawEvent]:
    """"agreed to cooperate" is one event (031), not an extra bare "agree" (050)."""
    governors = {e.anchor.head.i for e in events
                 if e.anchor.dep_ == "xcomp" and controller(e.anchor) is None}
    governors |= {g.i for e in events if (g := tree.intent_complement(e.anchor)) is not None}
    # "failed to reach agreement" (164): a governor whose pattern read its complement
    # (verb_match._through_complement) is no bare governor.
    return [e for e in events if e.anchor.i not in governors or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in e.consumed for c in children(e.anchor))]
