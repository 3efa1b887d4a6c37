"""Who a matched verb's event is between: sources (subject, passive agent, statement
issuers, joining partners) and targets (objects, declared prepositions, indirect targets, the
addressees of a reported demand), paired into (source, target) dyads. Split from
:mod:`tidings.events.coder`."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.control import partner
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.indirect import indirect_targets, purpose_clause
from tidings.events.issuers import statement_issuers
from tidings.events.owners import subject_actors
from tidings.events.patterns import PatternMatch, noun_rules
from tidings.events.targets import (
    CONFLICT_ROOTS,
    PLACE_ROOTS,
    STATEMENT_ROOT,
    verb_targets,
)
from tidings.events.verb_match import pattern_of
from tidings.records import Actor

__all__ = ["actor_pairs", "clause_doers", "undergoes", "verb_participants"]

ActorLookup = tree.ActorLookup
_SUBJ = tree.SUBJ
_PASS_SUBJ = tree.PASS_SUBJ


def actor_pairs(sources: list[Actor], targets: list[Actor],
                between: bool) -> list[tuple[Actor | None, Actor | None]]:
    if between and not sources:
        return [(a, b) for a, b in combinations(targets, 2) if a != b]
    if not targets and len(sources) > 1:
        return [(a, b) for a, b in combinations(sources, 2) if a != b]
    if not targets:
        return [(s, None) for s in sources]
    if between:
        # "strengthen the ties between the Israeli and American people": the source's own
        # country is its own side of the pair, not a target.
        own = {s.country for s in sources if s.country}
        targets = [t for t in targets if t.country not in own] or targets
    return [(s, t) for s in sources for t in targets if s != t]


def _borrowed_force(verb: Token, code: str) -> bool:
    """A participle of force that borrows its subject from a governor that is no use of
    force ("the team released the report amid a surge in attacks, killing hundreds"):
    whoever killed is not the governor's subject. "Jets struck the camp, killing ten"
    keeps it."""
    if code[:2] not in PLACE_ROOTS or verb.dep_ != "advcl" or verb.tag_ != "VBG" \
            or any(c.dep_ in _SUBJ | _PASS_SUBJ for c in children(verb)):
        return False
    gov = pattern_of(verb.head, None)
    if gov is not None and gov.pattern.code[:2] in CONFLICT_ROOTS:
        return False
    return not any(c.dep_ in {"dobj", "pobj"} and c.lemma_.lower() in noun_rules()
                   and noun_rules()[c.lemma_.lower()].code[:2] in PLACE_ROOTS
                   for c in children(verb.head))


def verb_participants(verb: Token, match: PatternMatch, lookup: ActorLookup,
                      one_sided: bool = False) -> list[tuple[Actor | None, Actor | None]]:
    """The verb's (source, target) pairs; a target may be blank (an intransitive use, an
    object that is no actor), and with ``one_sided`` the source of an agentless passive
    ("five protesters were arrested") too."""
    if _borrowed_force(verb, match.pattern.code):
        return []
    subj, passive = tree.subject(verb)
    agent = tree.agent(verb)
    if passive and agent is None and verb.lemma_.lower() in cues("stative_passive"):
        passive = False  # "Israel is opposed to French mediation": Israel's own stance
    sources = tree.actors_of(lookup, tree.group(agent)) if agent is not None else []
    between = False
    if passive:
        targets = tree.actors_of(lookup, tree.group(subj)) if subj is not None else []
        if not targets:
            # "The statues were returned to Peru by Chile": a thing undergoes the deed,
            # and the other party stands in the verb's own phrases, as in the active.
            targets, between = verb_targets(verb, match.pattern.code, match.words, lookup,
                                            tuple(sources), bool(match.pattern.reverse),
                                            _declared_preps(verb, match))
    elif match.words and match.words <= cues("modal"):
        sources = sources or subject_actors(subj, lookup)
        targets = _obliged(verb, lookup)
    else:
        sources = sources or subject_actors(subj, lookup) or statement_issuers(verb, lookup)
        # Prepositions follow the deed ("withdraw from"), not its intent/threat wrapper.
        targets, between = verb_targets(verb, match.pattern.code, match.words, lookup,
                                        tuple(sources), bool(match.pattern.reverse),
                                        _declared_preps(verb, match))
        if not targets:
            targets = _statement_addressees(verb, match, lookup) \
                or _indirect(verb, match, lookup, tuple(sources))
    joint = partner(verb)
    if joint is not None and not passive:
        # "Germany joined France in imposing sanctions": both impose them.
        joined = tree.actors_of(lookup, tree.group(joint))
        if not any(tree.is_located(t) for t in targets):
            return []  # partners in a deed without a target are no dyad of each other
        sources = sources + [a for a in joined if a not in sources]
    if between and not sources and subj is not None and not passive:
        # "The violence has strained relations between Islamabad and Kabul": a subject
        # that is no actor describes a state of affairs, not a joint act of the pair.
        return []
    if match.pattern.reverse:
        sources, targets = targets, sources
    elif one_sided and passive and not sources and not between:
        return [(None, t) for t in targets]
    if len(sources) > 1 and not any(tree.is_located(t) for t in targets):
        if match.pattern.code[:2] == STATEMENT_ROOT:
            return []  # "Iraq and the United States announced ...": no statement to each other
        if match.pattern.code[:2] in CONFLICT_ROOTS and targets:
            # "Russia and China attacked the rebels": a deed of conflict aimed at an actor
            # (if one without a country) is done together, not to each other.
            return [(s, t) for s in sources for t in targets if s != t]
        targets = []  # "Jordan and Britain agreed to hold exercises": a joint event
    return actor_pairs(sources, targets, between)


def _indirect(verb: Token, match: PatternMatch, lookup: ActorLookup,
              sources: tuple[Actor, ...]) -> list[Actor]:
    """Targets one step beyond the objects (:mod:`tidings.events.indirect`); the purpose
    clause's own pattern tells help from a fight ("provided weapons to fight ISIS")."""
    purpose = purpose_clause(verb)
    own = pattern_of(purpose, None) if purpose is not None else None
    return indirect_targets(verb, match.pattern.code, lookup, sources,
                            own.pattern.code if own is not None else None)


def _statement_addressees(verb: Token, match: PatternMatch,
                          lookup: ActorLookup) -> list[Actor]:
    """Who a statement carried by its noun is addressed to ("expressed condolences to X",
    "conveyed concerns to X"): the "to" phrase on the object the pattern used. The
    statement's common-noun objects are no targets (they are what was said), so their
    phrases are not otherwise read."""
    if match.pattern.code not in _ADDRESSED_CODES or not match.words:
        return []
    used = [c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in match.words]
    return [a for obj in used for _, pobj in tree.pobjs(obj, _ADDRESS_PREPS)
            for a in tree.actors_of(lookup, tree.group(pobj))]


_ADDRESS_PREPS = frozenset({"to"})
# CAMEO statements said to someone: make a statement (010), a pessimistic (012), optimistic
# (013) or empathetic comment (018), express accord (019). Not 011 "decline comment" (whose
# PETRARCH rows include "deal a blow to"), nor considering (014), acknowledging (015),
# denying (016) or symbolic acts (017).
_ADDRESSED_CODES = frozenset({"010", "012", "013", "018", "019"})


def _declared_preps(verb: Token, match: PatternMatch) -> frozenset[str]:
    """Prepositions the pattern names, as particles or as context words on the verb
    ("stand behind", "side with"): their objects are the targets."""
    named = frozenset(match.pattern.particles) | match.words
    on_verb = frozenset(c.lower_ for c in children(verb)
                        if c.dep_ in {"prep", "prt", "dative"} and c.lower_ in named)
    # "took a jab at Iran": a pattern's particle may hang on the object it used (its
    # context words there stay the object's: "condemned the killing of X" blames no X).
    on_object = frozenset(g.lower_ for c in children(verb) if c.dep_ == "dobj"
                          and c.lemma_.lower() in match.words for g in children(c)
                          if g.dep_ == "prep" and g.lower_ in match.pattern.particles)
    return on_verb | on_object


def clause_doers(clause: Token, lookup: ActorLookup) -> list[Actor]:
    """Located actors who do ``clause``: its active subject or its passive agent; a
    first-person subject is nobody else's deed."""
    subj, passive = tree.subject(clause)
    doer = tree.agent(clause) if passive else subj
    if doer is None and passive and subj is not None:
        # "The Americans held by Iran must be released": who holds them is to release them;
        # also through a copula ("The Americans held by Iran are hostages who must be
        # released": the hostages are the subject's own noun).
        nouns = [subj, *(c for c in children(subj.head) if c.dep_ in _SUBJ
                         and subj.dep_ in {"attr", "acomp"})]
        doer = next((a for n in nouns for c in children(n) if c.dep_ in {"acl", "relcl"}
                     and (a := tree.agent(c)) is not None), None)
    if doer is None or doer.lower_ in {"i", "we"}:
        return []
    return [a for a in tree.actors_of(lookup, tree.group(doer)) if tree.is_located(a)]


def undergoes(verb: Token) -> bool:
    """A verb whose subject undergoes the deed ("should face sanctions", cues ``undergo``)
    or a copula stating what the subject is ("must always be our priority"; not "must be
    ready to mediate")."""
    if verb.lemma_.lower() in cues("undergo"):
        return True
    return verb.lemma_.lower() == "be" and not any(
        g.dep_ == "xcomp" for c in children(verb) if c.dep_ in {"acomp", "attr"}
        for g in children(c))


def _obliged(verb: Token, lookup: ActorLookup) -> list[Actor]:
    """Who a "said that X must ..." demand is addressed to: the clause's subject, or the
    agent of a passive clause ("must be provided by the countries of the region"). Never
    the listener: "Qomi told reporters the region must ..." demands nothing of reporters."""
    for comp in (c for c in children(verb) if c.dep_ == "ccomp"):
        if undergoes(comp):
            continue  # "said the safety of Israel must be our priority": no one is asked
        if tree.subject(comp)[0] is not None:
            return clause_doers(comp, lookup)
    return []
