"""Who does an event: the actors of a subject (an unresolved pronoun of a reported
clause is the speaker) and the owner of an event noun (possessor, modifier, agent phrase,
or the subject of a light verb's relative clause). Split from :mod:`tidings.events.coder`."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.patterns import noun_rules
from tidings.records import Actor

__all__ = ["FORCE_ROOTS", "clause_subject", "is_action", "is_thing", "light_relative", "noun_owner",
           "possessed_patient", "relative_doer", "subject_actors"]

ActorLookup = tree.ActorLookup
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def is_action(tok: Token) -> bool:
    """"The capture of these ISIS operatives will disrupt ...": an action noun's "of"
    phrase is who it was done to, so an action noun as subject names no actor. Not every
    event noun: "the deployment of NATO troops arrived" names its agent."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    rule = noun_rules().get(lemma)
    # "helicopter raids in Syria resulting in the detention of ...": a use of force names
    # no actor either.
    return lemma in cues("action_noun") or (rule is not None and rule.code[:2] in FORCE_ROOTS)


def is_thing(tok: Token) -> bool:
    """A common noun naming an act or a state of affairs, not an agent (cues
    ``thing_subject``, action nouns, uses of force): "CCP policies", "Russian attacks"."""
    return tok.pos_ == "NOUN" and (is_action(tok)
                                   or tok.lemma_.lower() in cues("thing_subject"))


def subject_actors(subj: Token | None, lookup: ActorLookup) -> list[Actor]:
    """Actors of a subject; an unresolved pronoun subject of a reported clause is the
    speaker ("Syria says it is willing to withdraw", "Japan said it had halted aid")."""
    if subj is None:
        return []
    if is_action(subj):
        # "Recent US Predator attacks have killed ...": the attacks' own author, if named.
        return noun_owner(subj, lookup)
    found = tree.actors_of(lookup, tree.group(subj))
    if found or subj.pos_ != "PRON":
        return found
    clause = subj.head
    while clause.dep_ in {"xcomp", "conj", "acomp"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues("speech"):
        speaker, passive = tree.subject(clause.head)
        if speaker is not None and not passive and speaker.i != subj.i:
            return tree.actors_of(lookup, tree.group(speaker))
    return []


def noun_owner(noun: Token, lookup: ActorLookup) -> list[Actor]:
    """Whose event the noun is: "Iran's strikes", "US attacks", "strikes by Iran"."""
    agent = tree.noun_agent(noun)
    if agent is not None:
        # "Mahsa Amini's murder by Iran's morality police": with an agent phrase, the
        # possessor of the event noun is who it was done to (see ``possessed_patient``).
        return tree.actors_of(lookup, tree.group(agent))
    for c in children(noun):
        if c.dep_ in {"amod", "compound"} and c.ent_type_ not in {"NORP", "GPE"}:
            # "US Predator attacks": the owner may modify a modifier (not a mention of the
            # whole phrase, "three helicopter raids").
            # A proper noun names the owner even when it also colours the whole phrase
            # ("yesterday's IDF attack on a WFP vehicle", "TTP-led terror attacks"); a
            # sponsor never does ("Iran-backed Houthi attacks").
            whole = lookup(noun)
            backer = c.lemma_.lower() in cues("backer") or c.lower_ in cues("backer")
            names = [] if backer else [
                g for g in children(c) if g.dep_ in {"compound", "npadvmod"}]
            found = [a for t in [c, *names] for a in tree.actors_of(lookup, tree.group(t))
                     if tree.is_located(a) and (t.pos_ == "PROPN" or a not in whole)]
            if found:
                return found
        if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}):
            found = tree.actors_of(lookup, tree.group(c))
            if found:
                return found
            if c.dep_ == "poss" and c.pos_ == "PRON" and noun.dep_ == "dobj":
                # "Iran defended its strikes on Iraq": an unresolved possessive on the
                # object is the clause's own subject (deeper, "the progress of Iraq in its
                # fight", a nearer noun may be meant).
                return clause_subject(noun, lookup)
    return []


def possessed_patient(noun: Token, lookup: ActorLookup) -> list[Actor]:
    """"Navalny's poisoning by the FSB", "Kuwait's invasion by Iraq": the possessor of an
    event noun that names its agent in a "by" phrase is the patient."""
    if tree.noun_agent(noun) is None:
        return []
    return [a for c in children(noun) if c.dep_ == "poss"
            for a in tree.actors_of(lookup, tree.group(c))]


def light_relative(noun: Token) -> Token | None:
    """A light verb whose relative clause has the noun as object ("a talk Zelenskyy had
    with senators", "the strikes Israel carried out on Gaza")."""
    return next((c for c in children(noun) if c.dep_ == "relcl"
                 and c.lemma_.lower() in cues("light") and tree.gapped_object(c) == noun), None)


def relative_doer(noun: Token, lookup: ActorLookup) -> list[Actor]:
    verb = light_relative(noun)
    if verb is None:
        return []
    subj, _ = tree.subject(verb)
    return subject_actors(subj, lookup) if subj is not None else []


def clause_subject(noun: Token, lookup: ActorLookup) -> list[Actor]:
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    subj, passive = tree.subject(head)
    return [] if subj is None or passive else subject_actors(subj, lookup)
