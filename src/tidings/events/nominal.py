"""Nominal events ("talks with", "strikes on", "a visit to"): the noun's rule, its target
phrases (also those the parser hung on its verb), its source (owner, place of origin, the
subject of a verb that lends it) and the nouns that are only a topic. Split from
:mod:`tidings.events.coder`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.object_nouns import noun_rule
from tidings.events.owners import (
    clause_subject,
    light_relative,
    noun_owner,
    possessed_patient,
    relative_doer,
)
from tidings.events.participants import actor_pairs
from tidings.events.patterns import NO_EVENT, NounRule, PatternMatch, noun_rules
from tidings.events.raw import RawEvent
from tidings.events.senses import sensed_noun
from tidings.events.targets import FORCE_ROOTS, PLACE_PREPS, PLACE_ROOTS, places_below
from tidings.events.timing import verb_flags
from tidings.events.verb_events import VERBAL_ROOTS, wrapped_code
from tidings.events.verb_match import pattern_of
from tidings.records import Actor

__all__ = ["code_noun"]

ActorLookup = tree.ActorLookup
_MEDIATE = "045"


def _noun_source(noun: Token, lookup: ActorLookup, code: str = "") -> list[Actor]:
    if code[:2] in PLACE_ROOTS:
        # "cross-border attacks from Lebanon into Israel": force comes from a place.
        for _, place in tree.pobjs(noun, frozenset({"from"})):
            found = [a for a in tree.actors_of(lookup, tree.group(place)) if tree.is_located(a)]
            if found:
                return found
    owner = noun_owner(noun, lookup) or relative_doer(noun, lookup)
    if owner:
        return owner
    if noun.dep_ == "pobj" and noun.head.lower_ in cues("elaboration"):
        # "launched 27 attacks on vessels ..., including direct attacks on U.S. sailors":
        # the listed event is one of the event it elaborates, by the same author.
        outer = next((a for a in noun.head.ancestors if a.pos_ == "NOUN"
                      and noun_rule(a) is not None), None)
        if outer is not None:
            return _noun_source(outer, lookup, code)
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.pos_ in {"VERB", "AUX"} and noun.dep_ in {"dobj", "pobj", "nsubjpass"} \
            and _lends_subject(head):
        # "NATO confirmed it would tighten the blockade": "it" is the speaker.
        return clause_subject(noun, lookup)
    return []


def _lends_subject(verb: Token) -> bool:
    """Whether the verb's subject does the event of its object noun: yes for light verbs
    ("held talks"), verbs without a pattern ("tightened the blockade") and deeds ("killed
    ten in attacks on Gaza"); no for what is said about it ("condemned the attack on
    Pakistan", "offered aid to Pakistan", "threatened a blockade")."""
    if verb.lemma_.lower() in cues("light"):
        return True
    match = pattern_of(verb, None)
    return match is None or match.pattern.code[:2] not in VERBAL_ROOTS


def _is_topic(noun: Token) -> bool:
    """"negotiations on an Israeli troop pullback": the pullback is what is talked about,
    also when the parser hangs the "on" phrase on the verb ("renewed negotiations today on
    a pullback")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        # "the planning and facilitation of ISIS attacks": what the other noun is about;
        # "a series of attacks on X" counts them.
        outer = prep.head.lemma_.lower()
        return outer not in cues("quantity") and outer not in noun_rules()
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "about", "over", "regarding"} \
            or any(c.dep_ == "poss" for c in children(noun)):
        return False
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return True
    rules = noun_rules()
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in rules for c in children(head))


def _noun_pobjs(noun: Token, rule: NounRule,
                verb_match: PatternMatch | None) -> list[tuple[str, Token]]:
    """The noun's target phrases; for an object noun also those the parser hung on its
    verb ("condemned the attacks from Lebanon into Israel"), unless the verb's own
    pattern (``verb_match``, the match of the noun's head) used that preposition."""
    out = tree.pobjs(noun, rule.preps)
    light = light_relative(noun)
    if light is not None:
        out += tree.pobjs(light, rule.preps - PLACE_PREPS)  # "a talk X had with Y"
    # "the withdrawal of some forces from Panama": the phrase may hang on the "of" noun.
    if "of" not in rule.preps:
        out += [pair for _, of in tree.pobjs(noun, frozenset({"of"})) if of.pos_ == "NOUN"
                for pair in tree.pobjs(of, rule.preps)]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB":
        used = verb_match.words if verb_match is not None else frozenset()
        out += [(p, g) for p, g in tree.pobjs(verb, rule.preps - PLACE_PREPS - used)
                if not tree.is_when(g.head)]
    return out


def _sufferers(noun: Token, lookup: ActorLookup) -> list[Actor]:
    """"Three Palestinians were killed in an Israeli strike", "Ukrenergo, which was damaged
    in an attack by Russian forces": the subject of a passive verb is who the force in its
    "in"/"during" phrase was used on."""
    prep, rule = noun.head, noun_rule(noun)
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "during"} or rule is None \
            or rule.code[:2] not in FORCE_ROOTS or not tree.is_passive(prep.head):
        return []
    subj, passive = tree.subject(prep.head)
    return tree.actors_of(lookup, tree.group(subj)) if subj is not None and passive else []


def code_noun(noun: Token, lookup: ActorLookup, verb_match: PatternMatch | None,
              one_sided: bool = False) -> list[RawEvent]:
    """The noun's events; with ``one_sided`` also those with one participant only ("the
    army's offensive", "attacks on the convoy" by no one named): a blank side."""
    rule = sensed_noun(noun, noun_rule(noun))  # "harsh attacks on X": 111 (senses.tsv)
    if rule is None or rule.code == NO_EVENT or _is_topic(noun):
        return []
    targets: list[Actor] = []
    between = False
    for prep, pobj in _noun_pobjs(noun, rule, verb_match):
        targets = tree.actors_of(lookup, tree.group(pobj))
        if not targets and rule.code[:2] in PLACE_ROOTS:
            targets = next((found for found in places_below(lookup, pobj) if found), [])
        # CAMEO 045 "mediate": a third party between the two, who are its targets.
        between = prep == "between" and not rule.code.startswith(_MEDIATE)
        if targets:
            break
    if not targets:
        targets = _sufferers(noun, lookup) or possessed_patient(noun, lookup)
    if not targets:
        # "Israel and Lebanon renewed negotiations": a joint nominal event of the subjects.
        subjects = _noun_source(noun, lookup) if rule.joint else []
        if len(subjects) < 2:
            own = (subjects or _noun_source(noun, lookup, rule.code)) if one_sided else []
            return _raw_events(noun, rule, [(s, None) for s in own])
        targets, between = subjects, True
    sources = [] if between else _noun_source(noun, lookup, rule.code)
    if not sources and not between and rule.joint:
        # "two soldiers were killed in a clash with Taliban fighters": the other party of
        # a clash that killed the passive subject used the force on it.
        sufferers = _sufferers(noun, lookup)
        sources, targets = (targets, sufferers) if sufferers else ([], targets)
    if not sources and not between:
        return _raw_events(noun, rule, [(None, t) for t in targets] if one_sided else [])
    return _raw_events(noun, rule, actor_pairs(sources, targets, between))


def _raw_events(noun: Token, rule: NounRule,
                pairs: list[tuple[Actor | None, Actor | None]]) -> list[RawEvent]:
    if not pairs:
        return []
    flags = verb_flags(noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun)
    carrier = noun.head.head  # "will march on Friday, leading to clashes with X" (round 18)
    if noun.dep_ == "pobj" and carrier.tag_ == "VBG" and verb_flags(carrier).hypothetical:
        flags = replace(flags, hypothetical=True)
    if any(c.dep_ == "amod" and c.lemma_.lower() in cues("unrealised") for c in children(noun)):
        flags = replace(flags, hypothetical=True)
    code = rule.code
    if noun.head.pos_ in {"VERB", "AUX"} and noun.dep_ == "dobj":
        # "agreed to hold exercises", "would tighten the blockade", "refused to hold talks":
        # the carrying verb's intent, threat, refusal or future re-codes the noun's event.
        code = wrapped_code(noun.head, code, flags)[0]
    return [RawEvent(s, t, code, noun, f"{rule.id}@{rule.source}", flags, (noun.i,))
            for s, t in pairs]
