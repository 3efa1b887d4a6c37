"""Governors that say who does their complement.

Object control: "urged Iran to release the prisoners", "called on the UN to continue".

With an object-control governor (cues ``object_control``) the infinitive's doer is the
governor's object, not its subject: Pakistan urges, Iran is asked to release. The governor
is then an event of its own (an appeal to Iran), not a bare wrapper of the deed as in
"agreed to cooperate", and its subject's intent does not re-code the deed.

Joint action: "Germany joined France in imposing sanctions on Russia" (cues
``joint_action``): the joined party is a co-author of the deed, not the target of a
"join" event; the deed is coded for both.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.cues import cues
from tidings.events.doc_memo import children

__all__ = ["controller", "for_addressee", "joined_in", "partner"]

_OBJECTS = frozenset({"dobj", "dative", "iobj"})
_ACTOR_POS = frozenset({"PROPN", "NOUN", "PRON"})
# The prepositions that name the addressee of an appeal before its infinitive.
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})


def controller(verb: Token) -> Token | None:
    """The object of the governor that does ``verb`` when ``verb`` is the infinitive of an
    object-control governor; None otherwise."""
    if verb.dep_ == "advcl" and verb.head.i != verb.i:
        # "pushed for Pakistan to release the prisoners" parsed as a "for" phrase and a
        # subjectless infinitive: Pakistan would release, not the pusher.
        asked = for_addressee(verb.head)
        return asked if asked is not None and asked.dep_ == "pobj" \
            and asked.right_edge.i + 2 == verb.i else None
    # Only infinitives: a "that" clause has its own subject ("asked that Israel ease"), and
    # one the small parser left without it ("told the AP the Taliban closed ...") is no
    # deed of the listener.
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    gov = verb.head
    if gov.lemma_.lower() not in cues("object_control"):
        return None
    for c in children(gov):
        if c.dep_ in _OBJECTS and c.pos_ in _ACTOR_POS and c.i < verb.i:
            return c
        if c.dep_ in {"prep", "prt"} and c.lower_ in _ADDRESSEE_PREPS and c.i < verb.i:
            # "called on the UN to continue exploring ...", "appealed to Pakistan to
            # reopen the border", "pleaded with Iran to release"
            pobj = next((g for g in children(c) if g.dep_ == "pobj" and g.pos_ in _ACTOR_POS),
                        None)
            if pobj is not None:
                return pobj
    return None


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(clause))


def for_addressee(gov: Token) -> Token | None:
    """The doer asked for in "called for Pakistan to reopen the border", "pushed for the UN
    to act": the subject of an infinitive clause marked by "for" (the parser makes "for" the
    clause's ``mark``, or a preposition whose object stands before a subjectless
    infinitive). The governor keeps "for" as its particle; the doer is its addressee."""
    kids = children(gov)
    clauses = [c for c in kids if c.dep_ in {"advcl", "xcomp", "ccomp"}
               and c.i > gov.i and _infinitive(c)]
    for clause in clauses:
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in children(clause)):
            subj = next((s for s in children(clause) if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in _ACTOR_POS:
                return subj
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "for"):
        pobj = next((g for g in children(prep) if g.dep_ == "pobj" and g.pos_ in _ACTOR_POS),
                    None)
        if pobj is not None and any(
                c.i == pobj.right_edge.i + 2 and not any(s.dep_ == "nsubj" for s in children(c))
                for c in clauses):
            return pobj
    return None


def _joint_governor(verb: Token) -> Token | None:
    """"joined France in imposing ...": the "join" verb of an "in V-ing" complement."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    gov = prep.head
    return gov if gov.lemma_.lower() in cues("joint_action") else None


def partner(verb: Token) -> Token | None:
    """The party joined in doing ``verb`` ("France" in "joined France in imposing")."""
    gov = _joint_governor(verb)
    if gov is None:
        return None
    return next((c for c in children(gov) if c.dep_ == "dobj" and c.pos_ in _ACTOR_POS), None)


def joined_in(verb: Token) -> bool:
    """Whether ``verb`` is a "join" whose "in V-ing" complement is the event itself."""
    return verb.lemma_.lower() in cues("joint_action") and any(
        g.dep_ == "pcomp" and g.pos_ == "VERB" for c in children(verb)
        if c.dep_ == "prep" and c.lower_ == "in" for g in children(c))
