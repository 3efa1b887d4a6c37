"""Appeals and demands stated with a modal in a speaker's own words.

"Putin should recognize the territorial integrity of Ukraine," said Senator Risch: the
speaker appeals to Putin (CAMEO 020); "The Biden Administration must communicate its
goals" is a demand (100) on the administration. The deed itself stays hypothetical (the
coder flags modals); the appeal is what the speaker did. The modals and their codes are
cues ``obligation`` in ``cues.tsv``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from tidings.events.characterise import characterisations
from tidings.events.coder import ActorLookup, RawEvent, clause_doers, undergoes
from tidings.events.cues import cue_lines, cues
from tidings.events.doc_memo import children
from tidings.events.syntax import is_located, under_condition
from tidings.events.timing import Flags
from tidings.records import Actor

__all__ = ["modal_appeals", "speaker_events", "sponsor_accusations"]


@cache
def _cue_codes(kind: str) -> dict[str, tuple[str, str]]:
    """Cue lemma of ``kind`` -> (CAMEO code, pattern id ``M<line>@cues.tsv:<line>``)."""
    return {lemma: (value, f"M{n}@cues.tsv:{n}") for lemma, (value, n) in cue_lines(kind).items()}


def sponsor_accusations(tok: Token, speaker: Actor, lookup: ActorLookup) -> list[RawEvent]:
    """"The Iran-backed Houthis", "groups funded by Iran" in a speaker's own words: the
    speaker blames the sponsor (the deed of the sponsored group is coded on its own)."""
    entry = _cue_codes("blamed_backer").get(tok.lower_)
    if entry is None or tok.dep_ not in {"amod", "acl"}:
        return []
    sponsors = [c for c in children(tok) if c.dep_ in {"npadvmod", "compound", "nmod"}]
    sponsors += [g for c in children(tok) if c.dep_ == "agent" for g in children(c)
                 if g.dep_ == "pobj"]
    code, pattern = entry
    found = [a for s in sponsors for a in lookup(s) if is_located(a)]
    return [RawEvent(speaker, a, code, tok, pattern, Flags(), (tok.i,),
                     extra={"sponsored": tok.head.text})
            for a in dict.fromkeys(found) if a.country != speaker.country]


def framed_demands(tok: Token, speaker: Actor, lookup: ActorLookup) -> list[RawEvent]:
    """"It is imperative that the administration provide ...", "it's time for the Biden
    Administration to reverse ...": a demand on the clause's doer."""
    entry = _cue_codes("obligation_frame").get(tok.lemma_.lower())
    if entry is None or tok.dep_ not in {"acomp", "attr"} \
            or not any(c.lower_ == "it" and c.dep_ == "nsubj" for c in children(tok.head)):
        return []
    clauses = [c for c in [*children(tok), *children(tok.head)]
               if c.dep_ in {"ccomp", "relcl", "acl", "advcl"} and c.i > tok.i]
    code, pattern = entry
    for clause in clauses:
        doers = [a for a in clause_doers(clause, lookup) if a != speaker]
        if doers:
            return [RawEvent(speaker, a, code, tok, pattern, Flags(), (tok.i,),
                             extra={"addressee_clause": clause.text}) for a in doers]
    return []


def speaker_events(tok: Token, speaker: Actor, lookup: ActorLookup,
                   verbless: bool = False) -> list[RawEvent]:
    """Events a speaker's own words make by their form: appeals and demands with a modal
    or a frame ("it is time for X to"), blame of a named sponsor; with ``verbless``, a
    pejorative predicate ("X is a threat", :mod:`tidings.events.characterise`)."""
    return (modal_appeals(tok, speaker, lookup) + framed_demands(tok, speaker, lookup)
            + sponsor_accusations(tok, speaker, lookup)
            + (characterisations(tok, speaker, lookup) if verbless else []))


def _modal(verb: Token) -> Token | None:
    return next((c for c in children(verb) if c.dep_ == "aux"
                 and c.lower_ in _cue_codes("obligation")), None)


def _question(verb: Token, modal: Token) -> bool:
    """"Should Putin withdraw?": a question (its mark, or the modal before the subject)."""
    last = next((t for t in reversed(verb.sent) if t.text not in {'"', "\u201d", "'"}), None)
    subj = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (last is not None and last.text == "?") or (subj is not None and modal.i < subj.i)


def _entitled(verb: Token) -> bool:
    """"People should be able to vote", "X should be free to travel": a right claimed for
    the subject (cues ``entitlement``), nothing asked of it ("must be ready to mediate"
    stays an appeal)."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in cues("entitlement")
        for c in children(verb))


def modal_appeals(verb: Token, speaker: Actor, lookup: ActorLookup) -> list[RawEvent]:
    """The speaker's appeal or demand to the doer of ``verb`` when a modal of obligation
    governs it ("X must/should ..."); first person and the speaker's own side are no
    addressees ("We must ...", "the United States must ..."; the stage drops a dyad of one
    country)."""
    modal = _modal(verb)
    if modal is None or _question(verb, modal) or undergoes(verb) or _entitled(verb):
        # "the safety of Israel must always be our priority", "X should face sanctions":
        # a state, or something done to the subject, asks nothing of it.
        return []
    if under_condition(verb):
        return []
    code, pattern = _cue_codes("obligation")[modal.lower_]
    return [RawEvent(speaker, target, code, verb, pattern, Flags(),
                     tuple(sorted((modal.i, verb.i))), extra={"addressee_clause": verb.text})
            for target in clause_doers(verb, lookup) if target != speaker]
