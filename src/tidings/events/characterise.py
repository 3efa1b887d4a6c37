"""Verbless accusations: a speaker characterising an actor with a copular predicate.

"Iran is the world's top state sponsor of terrorism", "the Taliban remain a terrorist
group", "Russia is responsible for the attacks", or an apposition ("Iran, the world's top
sponsor of terrorism, ..."), said in a speaker's own words: CAMEO codes no verb here, but
the speaker accuses (112) or denounces (111) the subject. The predicate
heads and modifiers that carry the charge, and the codes, are cues
``pejorative_predicate``, ``pejorative_modifier`` and ``harm_noun`` in ``cues.tsv``. A
negated ("is not a threat"), modal or conditional ("could become a threat", "if Iran is
responsible") or questioned predicate accuses nobody; the speaker's own side as subject
gives nothing (the stage drops a dyad of one country).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from tidings.events.codebook import lookup
from tidings.events.coder import ActorLookup, RawEvent, noun_rule, subject_actors
from tidings.events.cues import cue_lines, cues
from tidings.events.doc_memo import children
from tidings.events.syntax import is_located, under_condition
from tidings.events.timing import Flags
from tidings.records import Actor

__all__ = ["characterisations"]

# Grammar, not vocabulary: the verbs that link a subject to a predicate noun or adjective.
_COPULAS = frozenset({"be", "remain", "become", "stay"})
_PREDICATE_DEPS = frozenset({"attr", "acomp"})
_DEED = "@deed"


@cache
def _rows(kind: str) -> dict[str, tuple[str, str, str]]:
    """Lemma -> (CAMEO code, requirement, pattern id ``V<line>@cues.tsv:<line>``)."""
    out: dict[str, tuple[str, str, str]] = {}
    for lemma, (value, n) in cue_lines(kind).items():
        code, _, need = value.partition(" ")
        out[lemma] = (code, need.strip(), f"V{n}@cues.tsv:{n}")
    return out


def _conflictual(noun: Token) -> bool:
    """A deed one can be blamed for: a conflictual event noun ("attack", "bombing") or a
    listed harm ("death", "crimes")."""
    if noun.lemma_.lower() in cues("harm_noun"):
        return True
    rule = noun_rule(noun)
    return rule is not None and lookup(rule.code).quad_class >= 3


def _meets(head: Token, need: str) -> bool:
    """Whether ``head`` has the preposition and object its cue row requires."""
    if not need:
        return True
    prep, _, words = need.partition("=")
    wanted = frozenset(words.split("|"))
    for p in children(head):
        if p.dep_ != "prep" or p.lower_ != prep:
            continue
        for obj in children(p):
            if obj.dep_ != "pobj":
                continue
            objs = [obj, *(c for c in children(obj) if c.dep_ == "conj")]
            if words == _DEED and any(_conflictual(o) for o in objs):
                return True
            if any(o.lemma_.lower() in wanted or o.lower_ in wanted for o in objs):
                return True
    return False


def _charge(pred: Token) -> tuple[str, str] | None:
    """(CAMEO code, pattern id) of a pejorative predicate head, or of a pejorative
    modifier of a predicate noun ("a terrorist group")."""
    row = _rows("pejorative_predicate").get(pred.lemma_.lower()) \
        or _rows("pejorative_predicate").get(pred.lower_)
    if row is not None:
        code, need, pattern = row
        return (code, pattern) if _meets(pred, need) else None
    if pred.pos_ not in {"NOUN", "PROPN"}:
        return None
    mods = _rows("pejorative_modifier")
    for c in children(pred):
        if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in mods:
            code, _, pattern = mods[c.lemma_.lower()]
            return code, pattern
    return None


def _denied(tok: Token) -> bool:
    """"is not a threat", "is no threat", "never was a threat"."""
    negs = cues("negation")
    return any(c.dep_ in negs or c.lower_ in negs or (c.dep_ == "det" and c.lower_ == "no")
               for c in children(tok))


def _doubted(copula: Token) -> bool:
    """"could become a threat", "if X is responsible", "is X a threat?"."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(copula)):
        return True
    if under_condition(copula):
        return True
    last = next((t for t in reversed(copula.sent) if t.is_alpha or t.text in {"?", "."}), None)
    return last is not None and last.text == "?"


def _predicate(tok: Token) -> tuple[Token, Token | None] | None:
    """(subject token, copula) of the clause whose predicate ``tok`` heads ("is a dictator
    and a murderer": both nouns), or of the actor that ``tok`` stands in apposition to
    ("Iran, the world's top sponsor of terrorism, ..."; no copula); None otherwise."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos" and head.head.i != head.i:
        return head.head, None
    if head.dep_ not in _PREDICATE_DEPS or head.head.lemma_.lower() not in _COPULAS:
        return None
    subj = next((c for c in children(head.head) if c.dep_ == "nsubj"), None)
    return (subj, head.head) if subj is not None else None


def characterisations(tok: Token, speaker: Actor, actor_lookup: ActorLookup) -> list[RawEvent]:
    """The speaker's accusation or denunciation of the subject of a copular clause whose
    predicate ``tok`` heads, in the speaker's own words."""
    found = _predicate(tok)
    charge = _charge(tok) if found is not None else None
    if found is None or charge is None:
        return []
    subj, copula = found
    if _denied(tok) or (copula is not None and (_denied(copula) or _doubted(copula))):
        return []
    code, pattern = charge
    targets = [a for a in dict.fromkeys(subject_actors(subj, actor_lookup))
               if a != speaker and not (speaker.country and a.country == speaker.country)]
    words = tuple(sorted({tok.i} | ({copula.i} if copula is not None else set())))
    return [RawEvent(speaker, a, code, tok, pattern, Flags(), words,
                     extra={"characterised_as": tok.text})
            for a in targets if is_located(a)]
